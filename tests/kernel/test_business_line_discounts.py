"""A business line's own discount in the kernel: VAT on the discounted base, the typed
percent kept beside its amount, the share a partial follow-up takes (the last part takes
exactly what is left), the payload and the entry the server rebuilds."""

from __future__ import annotations

from decimal import Decimal

from erp_desktop.kernel.documents import chained, document_from_payload, payload, posting_of
from erp_desktop.kernel.documents.business import (
    CUSTOMER_INVOICE,
    SALES_ORDER,
    BusinessDocument,
    BusinessLineInput,
)
from erp_desktop.kernel.invoicing.line_discounts import discount_share
from erp_desktop.kernel.ledger import AccountRole, load_chart
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales.totals import Discount
from tests.kernel.test_receivables_documents import BRANCH, OIL, RICE, _doc


def _da(minor: int) -> Money:
    return Money.from_minor(minor, "DZD")


def _order() -> BusinessDocument:
    # tax excluded: 10 × 1,000 DA at 19 % with 7.5 % off; 3 × 333.33 DA at 9 % with 10 DA off
    return _doc(
        SALES_ORDER,
        [
            BusinessLineInput(
                Decimal(10),
                Decimal(1000),
                Decimal(19),
                OIL,
                discount=Discount(percent=Decimal("7.5")),
                name_ar="زيت",
            ),
            BusinessLineInput(
                Decimal(3),
                Decimal("333.33"),
                Decimal(9),
                RICE,
                discount=Discount(amount=_da(1000)),
                name_ar="أرز",
            ),
        ],
    )


def test_vat_is_charged_on_the_base_after_the_line_discount() -> None:
    oil, rice = _order().lines
    # 10,000 − 750 = 9,250 DA; VAT 19 % = 1,757.50 DA
    assert (oil.discount, oil.discount_percent, oil.base, oil.vat) == (
        _da(75000),
        Decimal("7.5"),
        _da(925000),
        _da(175750),
    )
    # 999.99 − 10 = 989.99 DA; VAT 9 % = 89.0991 → 89.10 DA
    assert (rice.discount, rice.discount_percent, rice.base, rice.vat) == (
        _da(1000),
        None,
        _da(98999),
        _da(8910),
    )
    assert (oil.name_ar, rice.name_ar) == ("زيت", "أرز")


def test_partial_follow_ups_share_the_discount_and_the_last_takes_what_is_left() -> None:
    _, rice = _order().lines
    first = discount_share(rice, Decimal(1), Decimal(0), _da(0))
    assert first == Discount(amount=_da(333))  # 10 DA / 3 = 3.333… → 3.33 DA
    second = discount_share(rice, Decimal(1), Decimal(1), _da(333))
    assert second == Discount(amount=_da(333))
    last = discount_share(rice, Decimal(1), Decimal(2), _da(666))
    assert last == Discount(amount=_da(334))  # exactly what is left
    no_discount = _doc(
        SALES_ORDER, [BusinessLineInput(Decimal(1), Decimal(5), Decimal(19), OIL)]
    ).lines[0]
    assert discount_share(no_discount, Decimal(1), Decimal(0), _da(0)) is None


def test_the_server_rebuilds_a_discounted_invoice_and_posts_the_same_entry() -> None:
    chart = load_chart("DZ")
    invoice = _doc(
        CUSTOMER_INVOICE,
        [
            BusinessLineInput(
                Decimal(4),
                Decimal(250),
                Decimal(19),
                product_id=None,
                nature="service",
                description="Maintenance",
                discount=Discount(percent=Decimal(20)),
            )
        ],
        number="ALG01-FA-2026-000009",
    )
    wire = payload(invoice)
    assert wire["lines"][0]["discount_percent"] == "20"
    rebuilt = document_from_payload("business_document", wire, BRANCH)
    assert isinstance(rebuilt, BusinessDocument)
    assert rebuilt.lines[0].discount_percent == Decimal(20)
    assert rebuilt.lines[0].discount == _da(20000)
    entry = posting_of(rebuilt, chart)
    assert entry == posting_of(invoice, chart) and not chained(invoice)
    # 1,000 − 200 = 800 DA of revenue, 152 DA of VAT: the discount is not revenue
    sales = sum((ln.amount for ln in entry.lines if ln.role is AccountRole.SALES_REVENUE), _da(0))
    assert sales == _da(80000) and invoice.total == _da(95200)
