"""The legal identifiers an invoice must show, per country, with their bilingual labels."""

from __future__ import annotations

# key -> (French label, Arabic label)
LEGAL_IDS: dict[str, list[tuple[str, str, str]]] = {
    "DZ": [
        ("RC", "RC", "س.ت"),
        ("NIF", "NIF", "ر.ت.ج"),
        ("NIS", "NIS", "ر.ت.إ"),
        ("AI", "Art. imp.", "م.ض"),
    ],
    "MA": [
        ("ICE", "ICE", "ت.م.م"),
        ("IF", "IF", "ت.ض"),
        ("RC", "RC", "س.ت"),
        ("Patente", "Patente", "الضريبة المهنية"),
        ("CNSS", "CNSS", "ص.و.ض.ج"),
    ],
    "TN": [("MF", "Matricule fiscal", "المعرف الجبائي"), ("RC", "RC", "س.ت")],
}


def missing_ids(country: str, ids: dict[str, str]) -> list[str]:
    """Identifiers the law requires on an invoice that the company record lacks."""
    return [key for key, _fr, _ar in LEGAL_IDS.get(country, []) if not ids.get(key)]
