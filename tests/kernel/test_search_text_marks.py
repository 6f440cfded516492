"""Dropping combining marks with one character class gives what dropping them character by
character did, on any text (French accents, harakat, marks beyond the BMP included)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from erp_desktop.kernel import text


def _one_by_one(value: str) -> str:
    if not value:
        return ""
    folded = value.casefold().translate(text._ARABIC_MAP)
    decomposed = unicodedata.normalize("NFKD", folded)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = unicodedata.normalize("NFC", stripped).translate(text._ARABIC_MAP)
    return text._SPACES.sub(" ", text._PUNCT.sub(" ", stripped)).strip()


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_any_text_normalizes_as_it_did_character_by_character(value: str) -> None:
    assert text.normalize_for_search(value) == _one_by_one(value)


def test_accents_and_harakat_go_as_before() -> None:
    assert text.normalize_for_search("Café Crème قَهْوَة 𝅘𝅥𝅮") == _one_by_one("Café Crème قَهْوَة 𝅘𝅥𝅮")
    assert text.normalize_for_search("Café Crème قَهْوَة") == "cafe creme قهوه"
