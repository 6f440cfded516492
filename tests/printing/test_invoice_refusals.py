"""An invoice the law would reject is not printed: a seller record lacking a mandatory
mention refuses the PDF with a code that names what is missing, in French and Arabic."""

from dataclasses import replace

import pytest

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.printing.invoice import render_invoice
from erp_desktop.printing.specimens import specimen_invoice
from erp_desktop.ui.messages import message


def test_an_algerian_invoice_whose_seller_has_no_legal_form_or_nif_is_refused() -> None:
    doc = specimen_invoice("DZ", 3)
    legal_ids = {k: v for k, v in doc.seller.legal_ids.items() if k != "NIF"}
    bare = replace(doc, seller=replace(doc.seller, legal_form="", legal_ids=legal_ids))
    with pytest.raises(ValidationError) as refused:
        render_invoice(bare)
    assert refused.value.code == "invoicing.missing_mentions"
    assert refused.value.params == {"mentions": "forme juridique, NIF / الشكل القانوني، ر.ت.ج"}
    assert "forme juridique, NIF" in message(refused.value, "fr")


def test_a_tunisian_credit_note_without_the_matricule_fiscal_is_refused() -> None:
    doc = specimen_invoice("TN", 2, kind="credit_note")
    bare = replace(doc, seller=replace(doc.seller, legal_ids={"RC": doc.seller.legal_ids["RC"]}))
    with pytest.raises(ValidationError, match=r"invoicing\.missing_mentions") as refused:
        render_invoice(bare)
    assert "Matricule fiscal" in refused.value.params["mentions"]


def test_an_invoice_with_every_mention_prints() -> None:
    for country in ("DZ", "MA", "TN"):
        assert render_invoice(specimen_invoice(country, 2)).startswith(b"%PDF")
