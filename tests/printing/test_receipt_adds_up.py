"""A receipt adds up as printed: a customer adding its lines, less the discount line, plus the
stamp duty and the rounding lines, gets the printed total."""

import re
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from uuid import UUID

import pytest

from erp_desktop.app.records import CompanyInfo
from erp_desktop.kernel.documents import SaleDocument, SaleLine, payments_of
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales.totals import Discount, SaleLineInput, compute_sale
from erp_desktop.kernel.tax.vat import PriceMode
from erp_desktop.printing.from_sales import receipt_of
from erp_desktop.printing.receipt import render_receipt
from erp_desktop.printing.specimens import specimen_receipt
from tests.printing.poppler import pdftotext

AMOUNT = re.compile(r"(-?\d{1,3}(?:[ \u202f\u00a0]\d{3})*,\d{2,3})\s*$")


def _value(text: str) -> Decimal:
    return Decimal(re.sub(r"[ \u202f\u00a0]", "", text).replace(",", "."))


def printed_sum(pdf: bytes) -> tuple[Decimal, Decimal, Decimal | None]:
    """(what the printed lines add up to, the printed total, the printed subtotal): every
    line between the ticket's header and its TOTAL that ends with an amount is added."""
    lines = pdftotext(pdf, "-layout").splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.lstrip().startswith("Ticket"))
    end = next(i for i, ln in enumerate(lines) if ln.lstrip().startswith("TOTAL"))
    added = Decimal(0)
    subtotal = None
    for line in lines[start + 1 : end]:
        found = AMOUNT.search(line)
        if not found:
            continue
        if line.lstrip().startswith("Sous-total"):
            subtotal = _value(found.group(1))
            continue
        added += _value(found.group(1))
    total = AMOUNT.search(lines[end])
    assert total is not None
    return added, _value(total.group(1)), subtotal


@pytest.mark.parametrize("country", ["DZ", "MA", "TN"])
def test_the_lines_less_the_discount_make_the_printed_total(country: str) -> None:
    doc = specimen_receipt(country)
    assert doc.discount.amount > 0  # a line discount and a ticket discount
    added, total, subtotal = printed_sum(render_receipt(doc))
    assert total == doc.total.amount
    assert added == total
    assert subtotal == doc.subtotal.amount


def _sale(price_mode: PriceMode) -> tuple[SaleDocument, CompanyInfo]:
    """A sale as the till records it: lines after their share of the discounts."""
    inputs = [
        SaleLineInput(UUID(int=1), Decimal(3), Decimal("149.90"), Decimal(19), "Huile 5 L"),
        SaleLineInput(
            UUID(int=2),
            Decimal("1.235"),
            Decimal("890"),
            Decimal(9),
            "Dattes",
            Discount(percent=Decimal(10)),
        ),
        SaleLineInput(UUID(int=3), Decimal(7), Decimal("33.35"), Decimal(19), "Lait 1 L"),
    ]
    totals = compute_sale(inputs, "DZD", price_mode, Discount(percent=Decimal("7.5")))
    when = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
    lines = tuple(
        SaleLine(
            UUID(int=10 + i),
            i + 1,
            lt.product_id,
            inp.description,
            lt.quantity,
            lt.unit_price,
            lt.vat_rate,
            lt.line_discount + lt.document_discount,
            lt.base,
            lt.vat,
            Decimal(0),
        )
        for i, (inp, lt) in enumerate(zip(inputs, totals.lines, strict=True))
    )
    stamp = Money.of(14, "DZD")
    total = totals.gross + stamp
    sale = SaleDocument(
        id=UUID(int=99),
        kind="receipt",
        number="ALG01-C1-2026-000042",
        series="ALG01-C1-2026",
        sequence=42,
        status="final",
        register_id=UUID(int=7),
        session_id=None,
        branch_id=UUID(int=8),
        customer_id=None,
        cashier_id=UUID(int=9),
        original_id=None,
        issued_at=when,
        currency="DZD",
        rate=Decimal(1),
        price_mode=str(price_mode),
        base=totals.base,
        vat=totals.vat,
        discount=totals.discount,
        stamp_duty=stamp,
        rounding=Money.zero("DZD"),
        total=total,
        change=Money.zero("DZD"),
        cost=Decimal(0),
        previous_hash="",
        hash="",
        lines=lines,
        payments=payments_of(UUID(int=99), [("cash", total, Decimal(1), "")]),
    )
    company = CompanyInfo(UUID(int=1), "El Bahia", "البهية", "DZ", "DZD", {})
    return sale, company


@pytest.mark.parametrize("price_mode", [PriceMode.TAX_INCLUDED, PriceMode.TAX_EXCLUDED])
def test_a_till_receipt_adds_up_as_printed(price_mode: PriceMode) -> None:
    sale, company = _sale(price_mode)
    doc = receipt_of(sale, company, "C1", "Amina")
    added, total, subtotal = printed_sum(render_receipt(doc))
    assert total == sale.total.amount
    assert added == total
    assert subtotal == doc.subtotal.amount
    # The VAT is printed as included in the total, after it, not as one more line to add.
    text = pdftotext(render_receipt(doc), "-layout")
    assert text.index("dont TVA") > text.index("TOTAL")


def test_a_receipt_without_discount_prints_no_discount_line() -> None:
    zero = Money.zero("MAD")  # paid by card: no discount, no cash duty, no rounding
    doc = replace(specimen_receipt("MA"), discount=zero, stamp_duty=zero, rounding=zero)
    doc = replace(doc, total=doc.subtotal)
    text = pdftotext(render_receipt(doc), "-layout")
    assert "Remise" not in text and "Sous-total" not in text
