"""What the law requires an invoice to say about its seller, per country, with bilingual labels.

- Algeria, décret exécutif 05-468 (10 December 2005) art. 3: legal form, nature of the
  activity, share capital, RC, NIS; the NIF and the article d'imposition are required by the
  tax codes (CPF art. 4 NIF); for the buyer, name, legal form, address, RC and identifiers.
- Morocco, CGI art. 145-III: identifiant fiscal (IF) and the taxe professionnelle (TP, the
  former patente) number, the ICE of the seller and of the buyer, RC.
- Tunisia, Code de la TVA art. 18: matricule fiscal of the seller and of the buyer; RC.

``render_invoice`` refuses (``invoicing.missing_mentions``, naming each one in French and in
Arabic) an invoice whose seller lacks any of them, rather than print one the law rejects.
"""

from __future__ import annotations

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.printing.models import Party

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
        # The key stays "Patente" (company records keep it); the tax is the taxe
        # professionnelle since 2008 (loi 47-06), الرسم المهني.
        ("Patente", "TP", "الرسم المهني"),
        ("CNSS", "CNSS", "ص.و.ض.ج"),
    ],
    "TN": [("MF", "Matricule fiscal", "المعرف الجبائي"), ("RC", "RC", "س.ت")],
}

# Besides the identifiers: what the seller's record must say (decree 05-468 art. 3).
SELLER_MENTIONS: dict[str, tuple[str, ...]] = {
    "DZ": ("legal_form", "activity", "address"),
    "MA": ("address",),
    "TN": ("address",),
}
MENTION_LABELS: dict[str, tuple[str, str]] = {
    "legal_form": ("forme juridique", "الشكل القانوني"),
    "activity": ("activité", "النشاط"),
    "address": ("adresse", "العنوان"),
}


def missing_ids(country: str, ids: dict[str, str]) -> list[str]:
    """Identifiers the law requires on an invoice that the company record lacks."""
    return [key for key, _fr, _ar in LEGAL_IDS.get(country, []) if not ids.get(key)]


def missing_mentions(country: str, seller: Party) -> list[str]:
    """Everything the law requires of the seller on an invoice that ``seller`` lacks."""
    lacking = [name for name in SELLER_MENTIONS.get(country, ()) if not getattr(seller, name)]
    return lacking + missing_ids(country, seller.legal_ids)


def require_mentions(country: str, seller: Party) -> None:
    """Refuses a seller that lacks a mention the law requires on an invoice of ``country``."""
    lacking = missing_mentions(country, seller)
    if not lacking:
        return
    labels = dict(MENTION_LABELS)
    labels.update({key: (fr, ar) for key, fr, ar in LEGAL_IDS.get(country, [])})
    fr = ", ".join(labels[key][0] for key in lacking)
    ar = "، ".join(labels[key][1] for key in lacking)
    raise ValidationError("invoicing.missing_mentions", mentions=f"{fr} / {ar}")
