"""Receiving against an order, and a receipt's posting to "invoices not yet received"."""

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from uuid import uuid4
from zoneinfo import ZoneInfo

import pytest

from erp_desktop.kernel.documents import payload, posting_of
from erp_desktop.kernel.documents.purchase import (
    PurchaseLineInput,
    PurchaseOrder,
    purchase_order,
    receipt_from_payload,
)
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.invoicing.terms import PaymentTerms
from erp_desktop.kernel.ledger.accounts import load_chart
from erp_desktop.kernel.ledger.journal import Side
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.purchasing.accounts import purchasing_chart
from erp_desktop.kernel.purchasing.orders import CLOSED
from erp_desktop.kernel.purchasing.policy import Tolerances
from erp_desktop.kernel.purchasing.receiving import OVER, SUBSTITUTED, UNDER, Received, receive

AT = datetime(2026, 3, 12, 8, 0, tzinfo=ZoneInfo("Africa/Algiers"))
OIL, RICE, OTHER_OIL = uuid4(), uuid4(), uuid4()
BRANCH, SUPPLIER = uuid4(), uuid4()
TOL = Tolerances(over_delivery_percent=Decimal(5), under_delivery_percent=Decimal(0))


def _order(rate: str = "1", currency: str = "DZD") -> PurchaseOrder:
    return purchase_order(
        number="BC-1",
        branch_id=uuid4(),  # raised at head office ...
        for_branch_id=BRANCH,  # ... for the branch
        supplier_id=SUPPLIER,
        issued_at=AT,
        expected_on=date(2026, 3, 12),
        currency=currency,
        lines=[
            PurchaseLineInput(OIL, Decimal(100), Decimal("850.00"), Decimal(19)),
            PurchaseLineInput(RICE, Decimal(50), Decimal("120.00"), Decimal(9)),
        ],
        terms=PaymentTerms.net(30),
        rate=Decimal(rate),
    )


def _receive(order: PurchaseOrder | None, *lines: Received, **kw: object):  # type: ignore[no-untyped-def]
    return receive(
        number="BR-1",
        branch_id=kw.pop("branch_id", BRANCH),  # type: ignore[arg-type]
        supplier_id=kw.pop("supplier_id", SUPPLIER),  # type: ignore[arg-type]
        received_at=AT,
        lines=list(lines),
        order=order,
        tolerances=TOL,
        **kw,  # type: ignore[arg-type]
    )


def test_a_partial_receipt_enters_stock_at_the_order_price_and_reports_nothing() -> None:
    order = _order()
    receipt, report = _receive(order, Received(OIL, Decimal(60), Decimal(19)))
    assert report == ()
    (line,) = receipt.lines
    assert line.order_line_id == order.lines[0].id and line.unit_cost == Decimal("850.00")
    assert receipt.value() == Decimal("51000.00") and receipt.order_id == order.id


def test_an_import_enters_stock_at_the_orders_rate_in_the_company_currency() -> None:
    order = _order(rate="150.25", currency="EUR")
    receipt, _ = _receive(order, Received(OIL, Decimal(10)))
    assert receipt.lines[0].unit_cost == Decimal("850.00") * Decimal("150.25")
    receipt, _ = _receive(order, Received(OIL, Decimal(10)), rate=Decimal("151"))
    assert receipt.lines[0].unit_cost == Decimal("850.00") * 151


def test_an_over_delivery_within_the_tolerance_is_reported() -> None:
    order = _order()
    _, report = _receive(
        order, Received(OIL, Decimal(5)), already={order.lines[0].id: Decimal(100)}
    )
    assert [(d.kind, d.ordered, d.received) for d in report] == [(OVER, 100, 105)]


def test_an_over_delivery_beyond_the_tolerance_is_refused_unless_a_manager_accepts_it() -> None:
    order = _order()
    with pytest.raises(ValidationError) as error:
        _receive(order, Received(OIL, Decimal(110)))
    assert error.value.code == "payables.over_delivery"
    assert error.value.params["tolerance"] == "5"
    manager = uuid4()
    receipt, report = _receive(order, Received(OIL, Decimal(110)), accepted_by=manager)
    assert receipt.accepted_by == manager and report[0].kind == OVER


def test_the_last_receipt_of_an_order_reports_every_short_line() -> None:
    order = _order()
    _, report = _receive(order, Received(OIL, Decimal(90)), final=True)
    assert {(d.kind, d.product_id, d.received) for d in report} == {
        (UNDER, OIL, Decimal(90)),
        (UNDER, RICE, Decimal(0)),
    }


def test_a_substitute_is_refused_unless_a_manager_accepts_it_for_an_ordered_line() -> None:
    order = _order()
    with pytest.raises(ValidationError) as error:
        _receive(order, Received(OTHER_OIL, Decimal(10)))
    assert error.value.code == "payables.substitution_refused"
    with pytest.raises(ValidationError):
        _receive(order, Received(OTHER_OIL, Decimal(10), substitute_for=OIL))  # no manager
    receipt, report = _receive(
        order, Received(OTHER_OIL, Decimal(10), substitute_for=OIL), accepted_by=uuid4()
    )
    line = receipt.lines[0]
    assert line.order_line_id == order.lines[0].id and line.substitute_for == OIL
    assert line.unit_cost == Decimal("850.00") and report[0].kind == SUBSTITUTED


def test_a_receipt_for_another_branchs_or_suppliers_or_closed_order_is_refused() -> None:
    order = _order()
    codes = []
    for kw in ({"branch_id": uuid4()}, {"supplier_id": uuid4()}):
        with pytest.raises(ValidationError) as error:
            _receive(order, Received(OIL, Decimal(1)), **kw)
        codes.append(error.value.code)
    with pytest.raises(ValidationError) as error:
        _receive(replace(order, status=CLOSED), Received(OIL, Decimal(1)))
    codes.append(error.value.code)
    assert codes == [
        "payables.order_for_another_branch",
        "payables.wrong_supplier",
        "payables.order_not_open",
    ]


def test_a_receipt_without_an_order_names_its_supplier_and_its_price() -> None:
    receipt, report = _receive(None, Received(OIL, Decimal(3), unit_cost=Decimal("900")))
    assert receipt.order_id is None and receipt.supplier_id == SUPPLIER and report == ()
    with pytest.raises(ValidationError) as error:
        _receive(None, Received(OIL, Decimal(3), unit_cost=Decimal("900")), supplier_id=None)
    assert error.value.code == "payables.receipt_without_supplier"
    with pytest.raises(ValidationError):
        _receive(None, Received(OIL, Decimal(3)))  # no price to enter stock at


def _amounts(entry, code: str) -> list[tuple[Side, Money]]:  # type: ignore[no-untyped-def]
    return [(ln.side, ln.amount) for ln in entry.lines if ln.account == code]


def test_a_receipt_posts_stock_at_cost_against_invoices_not_yet_received() -> None:
    chart = purchasing_chart(load_chart("DZ"))
    receipt, _ = _receive(_order(), Received(OIL, Decimal(60)))
    entry = posting_of(receipt, chart)
    assert entry is not None and entry.is_balanced()
    assert _amounts(entry, "30") == [(Side.DEBIT, Money.of("51000.00", "DZD"))]
    assert _amounts(entry, "408") == [(Side.CREDIT, Money.of("51000.00", "DZD"))]


def test_a_receipt_travels_as_its_payload_and_posts_the_same_on_the_server() -> None:
    chart = purchasing_chart(load_chart("TN"))
    receipt, _ = _receive(None, Received(OIL, Decimal("2.5"), unit_cost=Decimal("12.345")))
    back = receipt_from_payload(payload(receipt), receipt.branch_id)
    assert back == receipt
    assert posting_of(back, chart) == posting_of(receipt, chart)


def test_the_purchasing_accounts_are_added_to_each_countrys_chart() -> None:
    codes = {c: purchasing_chart(load_chart(c)).accounts for c in ("DZ", "MA", "TN")}
    assert "408" in codes["DZ"] and "4417" in codes["MA"] and "408" in codes["TN"]
    assert "403" in codes["DZ"] and "4415" in codes["MA"] and "432" in codes["TN"]
