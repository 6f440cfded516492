"""An invoice says what the law of its country requires, and its stamp duty follows how it
is paid: Algerian duty is due on the part paid in cash only (Code du timbre art. 100-I)."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from erp_desktop.kernel.amount_words import amount_in_words
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.tax import stamp_duty
from erp_desktop.printing.formatting import amount
from erp_desktop.printing.invoice import HEIGHT, M, render_invoice
from erp_desktop.printing.legal import missing_mentions
from erp_desktop.printing.models import Settlement, stamp_duty_due
from erp_desktop.printing.specimens import WHEN, specimen_invoice
from tests.printing.poppler import page_words, pdftotext


def shown(money: Money) -> str:
    """An amount as pdftotext reads it back (the narrow no-break space becomes a space)."""
    return amount(money).replace("\u202f", " ")


def test_an_algerian_invoice_has_every_mention_of_decree_05_468() -> None:
    doc = specimen_invoice("DZ", 5, means="cheque")
    text = pdftotext(render_invoice(doc))
    seller, buyer = doc.seller, doc.customer
    # The seller: name, legal form, capital, activity, address, RC, NIF, NIS, art. d'imposition.
    assert seller.capital is not None
    for mention in (seller.name, "SARL", shown(seller.capital), seller.activity, "Didouche"):
        assert mention in text
    for key in ("RC", "NIF", "NIS", "AI"):
        assert seller.legal_ids[key] in text
    assert "Art. imp." in text
    # The buyer: name, legal form, identifiers.
    assert buyer.name in text and "SPA" in text
    for value in buyer.legal_ids.values():
        assert value in text
    # Number and date; each line's designation, quantity, unit price and total tax excluded.
    assert doc.number in text and "10/03/2026" in text
    assert "P.U. HT" in text and "Montant HT" in text
    for line in doc.lines:
        assert line.description in text
        assert shown(line.unit_price) in text and shown(line.amount) in text
    # Each tax by nature and rate, the total tax included in figures and in words.
    for vat in doc.vat:
        assert f"TVA {vat.rate} %" in text and shown(vat.vat) in text
    assert f"{shown(doc.total)} DZD" in text
    assert amount_in_words(doc.total, "fr").split()[0] in text
    # How and when it is settled.
    assert "Mode et date de règlement" in text
    assert f"Chèque {shown(doc.total)} DZD le 30/04/2026" in text
    assert "طريقة وتاريخ الدفع" in text and "شيك" in text


def test_the_moroccan_and_tunisian_mentions() -> None:
    ma = specimen_invoice("MA", 3)
    text = pdftotext(render_invoice(ma))
    for key in ("IF", "ICE", "RC", "Patente"):
        assert ma.seller.legal_ids[key] in text
    assert "TP: " in text and "الرسم المهني" in text
    assert ma.customer.legal_ids["ICE"] in text  # CGI art. 145-III-4°: the buyer's ICE
    tn = specimen_invoice("TN", 3)
    text = pdftotext(render_invoice(tn))
    assert "Matricule fiscal: " + tn.seller.legal_ids["MF"] in text
    assert tn.seller.legal_ids["RC"] in text
    assert tn.customer.legal_ids["MF"] in text  # Code de la TVA art. 18: the buyer's MF


def test_a_seller_record_lacking_a_required_mention_is_named() -> None:
    seller = specimen_invoice("DZ").seller
    assert missing_mentions("DZ", seller) == []
    bare = replace(seller, legal_form="", legal_ids={"RC": "16/00-1"})
    assert missing_mentions("DZ", bare) == ["legal_form", "NIF", "NIS", "AI"]


@pytest.mark.parametrize("means", ["transfer", "cheque", "card"])
def test_an_algerian_invoice_not_paid_in_cash_bears_no_stamp_duty(means: str) -> None:
    doc = specimen_invoice("DZ", 5, means=means)
    assert doc.stamp_duty == Money.zero("DZD")
    assert doc.total == doc.total_base + doc.total_vat
    text = pdftotext(render_invoice(doc))
    assert "Droit de timbre" not in text and "حقوق الطابع" not in text


def test_an_algerian_invoice_paid_in_cash_bears_the_kernels_duty() -> None:
    doc = specimen_invoice("DZ", 5, means="cash")
    due = doc.total_base + doc.total_vat
    # 2 034,70 DA in cash, 2026 tariff: 21 started hundreds at 1 DA (Code du timbre
    # art. 100-I as amended by LF 2025).
    assert doc.stamp_duty == stamp_duty("DZ", WHEN.date(), due, due).duty == Money.of(21, "DZD")
    text = pdftotext(render_invoice(doc))
    assert "Droit de timbre" in text and "Espèces" in text


def test_only_the_cash_part_of_a_mixed_settlement_bears_duty() -> None:
    due = Money.of("52340.00", "DZD")
    paid = (
        Settlement("cash", Money.of("12340.00", "DZD"), date(2026, 3, 10)),
        Settlement("transfer", Money.of("40000.00", "DZD"), date(2026, 4, 30)),
    )
    # 12 340 DA in cash: 124 started hundreds at 1 DA.
    assert stamp_duty_due("DZ", date(2026, 3, 10), due, paid) == Money.of(124, "DZD")
    doc = replace(
        specimen_invoice("DZ", 5, means="transfer"),
        settlements=paid,
        stamp_duty=Money.of(124, "DZD"),
    )
    text = pdftotext(render_invoice(doc))
    assert "Espèces 12 340,00 DZD le 10/03/2026" in text
    assert "Virement 40 000,00 DZD le 30/04/2026" in text


def test_tunisias_fixed_duty_does_not_depend_on_the_means() -> None:
    by_transfer = specimen_invoice("TN", 3, means="transfer")
    in_cash = specimen_invoice("TN", 3, means="cash")
    assert by_transfer.stamp_duty == in_cash.stamp_duty == Money.of(Decimal("1.000"), "TND")


def test_a_credit_note_bears_no_stamp_duty() -> None:
    assert specimen_invoice("DZ", 3, kind="credit_note", means="cash").stamp_duty.is_zero()


def test_an_unknown_means_of_payment_is_refused() -> None:
    with pytest.raises(ValueError):
        Settlement("bitcoin", Money.of(1, "DZD"), date(2026, 3, 10))


@pytest.mark.parametrize("lines", [8, 22, 26, 70])
def test_no_line_or_total_runs_into_the_footer(lines: int) -> None:
    doc = specimen_invoice("DZ", lines)
    pdf = render_invoice(doc)
    pages = page_words(pdf)
    footer_rule = HEIGHT - (M + 14)  # from the top of the page
    for number, page in enumerate(pages, start=1):
        below = {text for text, _l, _r, bottom in page if bottom > footer_rule}
        # -bbox gives words in drawing order: "صفحة" comes out reversed.
        assert below <= {doc.number, "-", "page", f"{number}/{len(pages)}", "صفحة"[::-1]}
    text = pdftotext(pdf)
    assert all(text.count(line.code) >= 1 for line in doc.lines)
    assert text.count("Total TTC") == 1 and f"{shown(doc.total)} DZD" in text
