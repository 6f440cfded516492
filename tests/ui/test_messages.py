"""Every error code has a sentence in French, Arabic and English, naming the same
parameters as its declaration; a real error reads well in each language."""

from __future__ import annotations

import pytest

from erp_desktop.kernel.errors import ValidationError, error_catalog
from erp_desktop.ui.messages import MESSAGES, message, parameters, template


@pytest.mark.parametrize("code", sorted(error_catalog()))
def test_every_code_has_a_message_in_three_languages(code: str) -> None:
    declared = parameters(error_catalog()[code])
    assert code in MESSAGES, f"{code} has no French and Arabic sentence"
    for language in ("fr", "ar", "en"):
        text = template(code, language)
        assert text and text != code
        assert parameters(text) == declared, (code, language, text)
    assert any("\u0600" <= ch <= "\u06ff" for ch in template(code, "ar"))


def test_no_message_for_a_code_that_does_not_exist() -> None:
    assert set(MESSAGES) <= set(error_catalog())


def test_a_real_error_in_each_language() -> None:
    error = ValidationError("sales.unknown_product", code="6130000000999")
    assert message(error, "fr") == "Aucun article pour le code 6130000000999."
    assert message(error, "ar") == "لا يوجد منتج بالرمز 6130000000999."
    assert message(error, "en") == "No product with code 6130000000999."
