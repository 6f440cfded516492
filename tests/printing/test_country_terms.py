"""Each country's documents use its own Arabic tax words: an Algerian invoice says
"الرسم على القيمة المضافة", a Moroccan one "الضريبة على القيمة المضافة", a Tunisian one
"الأداء على القيمة المضافة", "معلوم الطابع" and "الحريف"."""

import pytest

from erp_desktop.printing.invoice import render_invoice
from erp_desktop.printing.receipt import render_receipt, render_session_report
from erp_desktop.printing.specimens import specimen_invoice, specimen_receipt, specimen_z_report
from erp_desktop.printing.terms import COUNTRIES, term
from tests.printing.poppler import pdftotext

OWN = {
    "DZ": {"vat": "الرسم على القيمة المضافة", "stamp_duty": "حقوق الطابع", "customer": "الزبون"},
    "MA": {"vat": "الضريبة على القيمة المضافة", "customer": "الزبون"},
    "TN": {
        "vat": "الأداء على القيمة المضافة",
        "stamp_duty": "معلوم الطابع",
        "customer": "الحريف",
    },
}
FOREIGN_VAT = {c: [OWN[o]["vat"] for o in OWN if o != c] for c in OWN}


@pytest.mark.parametrize("country", ["DZ", "MA", "TN"])
def test_an_invoice_speaks_its_countrys_arabic(country: str) -> None:
    # Paid in cash so that Algeria's duty is printed; Tunisia's is due whatever the means.
    text = pdftotext(render_invoice(specimen_invoice(country, 5, means="cash")))
    for word in OWN[country].values():
        assert word in text
    for foreign in FOREIGN_VAT[country]:
        assert foreign not in text
    if country == "TN":
        assert "الزبون" not in text


@pytest.mark.parametrize("country", ["DZ", "MA", "TN"])
def test_the_till_documents_speak_it_too(country: str) -> None:
    receipt = pdftotext(render_receipt(specimen_receipt(country)))
    assert OWN[country]["vat"] in receipt  # "dont TVA": the VAT included
    if "stamp_duty" in OWN[country] and specimen_receipt(country).stamp_duty:
        assert OWN[country]["stamp_duty"] in receipt
    z = pdftotext(render_session_report(specimen_z_report(country)))
    assert term(country, "stamp_duty").ar in z


def test_every_country_has_every_word() -> None:
    keys = {"vat", "vat_short", "vat_by_rate", "stamp_duty", "customer", "unit_price_ht"}
    keys |= {"amount_ht", "total_ht", "total_vat", "total_ttc", "settlement", "vat_included"}
    for country in COUNTRIES:
        for key in keys:
            assert term(country, key).ar and term(country, key).fr
    assert term("TN", "means_cheque").ar == "صك" and term("DZ", "means_cheque").ar == "شيك"
