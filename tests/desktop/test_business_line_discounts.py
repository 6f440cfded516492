"""A discount typed on a business document's line (a percent or an amount off the line,
beside the customer's discount in the price) on a real replica: VAT on the discounted base,
partial deliveries and invoices each taking their share and together exactly the order's,
the Arabic name carried by every line, refusals coded with nothing written."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import text

from erp_desktop.app.business.credit_notes import credit_invoice
from erp_desktop.app.business.document_chain import deliver, invoice_order, order_from_quote
from erp_desktop.app.business.documents import DocumentRequest, LineRequest, issue_document
from erp_desktop.kernel.documents import payload
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.protocol.payloads import validate_payload
from tests.builders import Branch
from tests.desktop.test_business_documents import business_customer


def _da(minor: int) -> Money:
    return Money.from_minor(minor, "DZD")


def test_line_discounts_pass_from_the_quote_to_two_invoices_to_the_centime(
    branch: Branch,
) -> None:
    manager = branch.actor("manager")
    customer = business_customer(branch)
    coffee, milk = branch.products[0], branch.products[1]  # 450 DA at 19 %, 120 DA at 9 %
    quote, _ = issue_document(
        branch.deps,
        manager,
        DocumentRequest(
            "quote",
            customer,
            (
                LineRequest(Decimal(10), coffee, discount_percent=Decimal(10)),
                LineRequest(Decimal(30), milk, discount_amount=Decimal(100)),
            ),
        ),
    )
    cafe, lait = quote.lines
    assert (cafe.discount, cafe.discount_percent) == (_da(45000), Decimal(10))
    assert (lait.discount, lait.discount_percent) == (_da(10000), None)
    # prices tax included: 4,500 − 450 = 4,050 DA at 19 % → base 3,403.36, VAT 646.64
    assert (cafe.base, cafe.vat) == (_da(340336), _da(64664))
    # 3,600 − 100 = 3,500 DA at 9 % → base 3,211.01, VAT 288.99
    assert (lait.base, lait.vat) == (_da(321101), _da(28899))
    assert (cafe.name_ar, lait.name_ar) == ("قهوة مطحونة 250 غ", "حليب 1 لتر")
    order, _ = order_from_quote(branch.deps, manager, quote.id)
    assert [(ln.discount, ln.discount_percent) for ln in order.lines] == [
        (_da(45000), Decimal(10)),
        (_da(10000), None),
    ]
    first, second = order.lines
    deliver(branch.deps, manager, order.id, {first.id: Decimal(3), second.id: Decimal(7)})
    one, _ = invoice_order(branch.deps, manager, order.id)
    # 100 DA × 7 / 30 = 23.333… → 23.33 DA; the coffee's 10 % of 1,350 = 135 DA
    assert [ln.discount for ln in one.lines] == [_da(13500), _da(2333)]
    assert one.lines[0].discount_percent == Decimal(10)  # shown as typed on the order
    # VAT on the discounted base: 1,350 − 135 = 1,215 DA → base 1,021.01, VAT 193.99
    assert (one.lines[0].base, one.lines[0].vat) == (_da(102101), _da(19399))
    deliver(branch.deps, manager, order.id, {first.id: Decimal(7), second.id: Decimal(23)})
    two, _ = invoice_order(branch.deps, manager, order.id)
    # the last part takes exactly what is left: 450 − 135 and 100 − 23.33
    assert [ln.discount for ln in two.lines] == [_da(31500), _da(7667)]
    assert two.lines[1].name_ar == "حليب 1 لتر"
    both = [a.base + a.vat + b.base + b.vat for a, b in zip(one.lines, two.lines, strict=True)]
    assert sum(both, _da(0)) == _da(405000 + 350000)  # what the customer owes, to the centime
    wire = validate_payload("business_document", payload(one))
    assert (wire["lines"][0]["discount_percent"], wire["lines"][1]["discount_percent"]) == (
        "10",
        None,
    )
    assert wire["lines"][0]["name_ar"] == "قهوة مطحونة 250 غ"
    note, _ = credit_invoice(branch.deps, manager, two.id)  # all of it back, exactly
    assert [ln.discount for ln in note.lines] == [ln.discount for ln in two.lines]
    assert [ln.name_ar for ln in note.lines] == [ln.name_ar for ln in two.lines]
    with branch.deps.store.read() as tx:
        kept = tx.business.business_document(one.id)
    assert kept is not None and kept.lines == one.lines  # stored and read back as issued


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ({"discount_amount": Decimal("4500.01")}, "sales.discount_exceeds_amount"),
        ({"discount_amount": Decimal(-5)}, "sales.invalid_discount"),
        ({"discount_percent": Decimal(-1)}, "sales.invalid_discount"),
        ({"discount_percent": Decimal(101)}, "sales.invalid_discount"),
        (
            {"discount_percent": Decimal(5), "discount_amount": Decimal(5)},
            "sales.invalid_discount",
        ),
    ],
)
def test_a_line_discount_above_the_line_or_negative_is_refused_with_nothing_written(
    branch: Branch, line: dict[str, Decimal], code: str
) -> None:
    manager = branch.actor("manager")
    customer = business_customer(branch)
    request = DocumentRequest(
        "sales_order", customer, (LineRequest(Decimal(10), branch.products[0], **line),)
    )
    with branch.replica.read() as conn:
        queued = conn.execute(text("SELECT count(*) FROM outbox")).scalar()
    with pytest.raises(ValidationError) as refused:
        issue_document(branch.deps, manager, request)
    assert refused.value.code == code
    with branch.replica.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM business_documents")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM outbox")).scalar() == queued
