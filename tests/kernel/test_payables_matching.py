"""Supplier invoices: the three-way match, acceptance, landed costs, foreign currency and
the invoice's posting (issue 14)."""

from datetime import date, datetime
from decimal import Decimal
from uuid import uuid4
from zoneinfo import ZoneInfo

import pytest

from erp_desktop.kernel.documents import payload, posting_of
from erp_desktop.kernel.documents.purchase import (
    ACCEPTED,
    BLOCKED,
    CUSTOMS,
    FREIGHT,
    MATCHED,
    InvoiceLineInput,
    PurchaseLineInput,
    PurchaseOrder,
    SupplierInvoice,
    invoice_from_payload,
    purchase_order,
    supplier_invoice,
)
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.inventory.costing import AverageCost
from erp_desktop.kernel.invoicing.terms import PaymentTerms
from erp_desktop.kernel.ledger.accounts import load_chart
from erp_desktop.kernel.ledger.journal import JournalEntry, Side
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.purchasing.accounts import purchasing_chart
from erp_desktop.kernel.purchasing.landed_costs import LandedLine, absorbed, spread
from erp_desktop.kernel.purchasing.matching import (
    NOT_ON_ORDER,
    NOT_RECEIVED,
    PRICE_DIFFERS,
    QUANTITY_ABOVE_RECEIVED,
    accept,
    check_payable,
    received_goods,
    three_way_match,
    with_received_costs,
)
from erp_desktop.kernel.purchasing.policy import Tolerances
from erp_desktop.kernel.purchasing.receiving import Received, receive

AT = datetime(2026, 3, 20, 10, 0, tzinfo=ZoneInfo("Africa/Algiers"))
OIL, RICE = uuid4(), uuid4()
BRANCH, SUPPLIER = uuid4(), uuid4()
TOL = Tolerances(invoice_price_percent=Decimal(2), invoice_quantity_percent=Decimal(0))


def _order(currency: str = "DZD", rate: str = "1") -> PurchaseOrder:
    return purchase_order(
        number="BC-1",
        branch_id=BRANCH,
        supplier_id=SUPPLIER,
        issued_at=AT,
        expected_on=date(2026, 3, 20),
        currency=currency,
        lines=[
            PurchaseLineInput(OIL, Decimal(100), Decimal("850.00"), Decimal(19)),
            PurchaseLineInput(RICE, Decimal(50), Decimal("120.00"), Decimal(9)),
        ],
        terms=PaymentTerms.net(30),
        rate=Decimal(rate),
    )


def _received(order: PurchaseOrder, oil: str, rice: str = "0", rate: str | None = None):  # type: ignore[no-untyped-def]
    lines = [Received(OIL, Decimal(oil), Decimal(19))]
    if rice != "0":
        lines.append(Received(RICE, Decimal(rice), Decimal(9)))
    receipt, _ = receive(
        number="BR-1",
        branch_id=BRANCH,
        supplier_id=SUPPLIER,
        received_at=AT,
        lines=lines,
        order=order,
        rate=Decimal(rate) if rate else None,
    )
    return receipt


def _lines(order: PurchaseOrder, oil: tuple[str, str], rice: tuple[str, str] | None = None):  # type: ignore[no-untyped-def]
    out = [
        InvoiceLineInput(
            Decimal(oil[0]),
            Decimal(oil[1]),
            Decimal(19),
            product_id=OIL,
            order_line_id=order.lines[0].id,
        )
    ]
    if rice:
        out.append(
            InvoiceLineInput(
                Decimal(rice[0]),
                Decimal(rice[1]),
                Decimal(9),
                product_id=RICE,
                order_line_id=order.lines[1].id,
            )
        )
    return out


def _invoice(order: PurchaseOrder, lines, match: str, **kw) -> SupplierInvoice:  # type: ignore[no-untyped-def]
    return supplier_invoice(
        number="FF-1",
        supplier_number="F2026/118",
        country="DZ",
        branch_id=BRANCH,
        supplier_id=SUPPLIER,
        issued_at=AT,
        currency=kw.pop("currency", order.currency),
        lines=lines,
        terms=PaymentTerms.net(30),
        match=match,
        order_id=order.id,
        **kw,
    )


def test_an_invoice_that_bills_what_was_ordered_and_received_matches() -> None:
    order = _order()
    got = received_goods([_received(order, "100", "50")])
    result, problems = three_way_match(
        _lines(order, ("100", "850.00"), ("50", "120.00")), got, order=order, tolerances=TOL
    )
    assert (result, problems) == (MATCHED, ())


def test_a_price_within_the_tolerance_matches_and_beyond_it_blocks() -> None:
    order = _order()
    got = received_goods([_received(order, "100")])
    assert (
        three_way_match(_lines(order, ("100", "867.00")), got, order=order, tolerances=TOL)[0]
        == MATCHED
    )  # +2 %
    result, problems = three_way_match(
        _lines(order, ("100", "868.00")), got, order=order, tolerances=TOL
    )
    assert result == BLOCKED
    assert [(p.line, p.kind, p.expected, p.found) for p in problems] == [
        (1, PRICE_DIFFERS, "850.00", "868.00")
    ]


def test_a_mismatch_lists_every_difference_at_once() -> None:
    order = _order()
    got = received_goods([_received(order, "60")])
    stray = InvoiceLineInput(Decimal(1), Decimal(10), Decimal(19), product_id=uuid4())
    lines = [*_lines(order, ("70", "900.00"), ("5", "120.00")), stray]
    result, problems = three_way_match(lines, got, order=order, tolerances=TOL)
    assert result == BLOCKED
    assert [(p.line, p.kind) for p in problems] == [
        (1, PRICE_DIFFERS),
        (1, QUANTITY_ABOVE_RECEIVED),
        (2, NOT_RECEIVED),
        (3, NOT_ON_ORDER),
    ]


def test_what_earlier_invoices_billed_counts_against_what_was_received() -> None:
    order = _order()
    got = received_goods([_received(order, "100")])
    key = order.lines[0].id
    result, problems = three_way_match(
        _lines(order, ("30", "850.00")),
        got,
        order=order,
        invoiced_before={key: Decimal(80)},
        tolerances=TOL,
    )
    assert result == BLOCKED and problems[0].found == "110"


def test_a_blocked_invoice_cannot_be_paid_until_accepted_with_a_reason() -> None:
    order = _order()
    invoice = _invoice(order, _lines(order, ("100", "868.00")), BLOCKED)
    with pytest.raises(ValidationError) as error:
        check_payable(invoice)
    assert error.value.code == "payables.invoice_blocked"
    with pytest.raises(ValidationError) as error:
        accept(invoice, uuid4(), "  ")
    assert error.value.code == "payables.acceptance_needs_reason"
    accountant = uuid4()
    accepted = accept(invoice, accountant, "price rise agreed by phone on 18 March")
    assert accepted.match == ACCEPTED and accepted.accepted_by == accountant
    assert accepted.acceptance_reason == "price rise agreed by phone on 18 March"
    check_payable(accepted)
    with pytest.raises(ValidationError) as error:
        accept(accepted, accountant, "again")
    assert error.value.code == "payables.nothing_to_accept"


def test_an_invoice_is_due_by_its_terms_and_needs_the_suppliers_number() -> None:
    order = _order()
    invoice = _invoice(order, _lines(order, ("100", "850.00")), MATCHED)
    assert invoice.total == Money.of("101150.00", "DZD")
    assert [(d.due_on, d.amount) for d in invoice.schedule] == [
        ("2026-04-19", Money.of("101150.00", "DZD"))
    ]
    with pytest.raises(ValidationError) as error:
        supplier_invoice(
            number="FF-2",
            supplier_number=" ",
            country="DZ",
            branch_id=BRANCH,
            supplier_id=SUPPLIER,
            issued_at=AT,
            currency="DZD",
            lines=_lines(order, ("1", "850.00")),
            terms=PaymentTerms.cash(),
            match=MATCHED,
        )
    assert error.value.code == "payables.missing_supplier_number"


def _on(entry: JournalEntry, code: str) -> Money:
    """Debit minus credit on ``code``."""
    total = Money.zero(entry.currency)
    for ln in entry.lines:
        if ln.account == code:
            total = total + (ln.amount if ln.side is Side.DEBIT else -ln.amount)
    return total


def test_an_invoice_clears_goods_received_not_invoiced_and_puts_the_difference_into_stock() -> None:
    chart = purchasing_chart(load_chart("DZ"))
    order = _order()
    receipt = _received(order, "100")
    got = received_goods([receipt])
    lines = with_received_costs(_lines(order, ("100", "860.00")), got)
    invoice = accept(_invoice(order, lines, BLOCKED), uuid4(), "agreed")
    entry = posting_of(invoice, chart)
    assert entry is not None and entry.is_balanced()
    assert _on(entry, "408") == Money.of("85000.00", "DZD")  # what the receipt booked
    assert _on(entry, "30") == Money.of("1000.00", "DZD")  # 100 x (860 - 850)
    assert _on(entry, "4456") == Money.of("16340.00", "DZD")  # 19 % of 86,000
    assert _on(entry, "401") == -Money.of("102340.00", "DZD")
    receipt_entry = posting_of(receipt, chart)
    assert receipt_entry is not None
    assert _on(receipt_entry, "408") + _on(entry, "408") == Money.zero("DZD")  # nets out


def test_an_import_in_euros_is_booked_at_the_invoices_rate_and_the_rate_change_is_cost() -> None:
    chart = purchasing_chart(load_chart("DZ"))
    order = _order("EUR", "150")
    receipt = _received(order, "100")  # 100 x 850 EUR at 150 = 12,750,000 DA
    got = received_goods([receipt])
    lines = with_received_costs(_lines(order, ("100", "850.00")), got)
    invoice = _invoice(order, lines, MATCHED, currency="EUR", rate=Decimal("151"))
    entry = posting_of(invoice, chart)
    assert entry is not None and entry.is_balanced()
    assert _on(entry, "408") == Money.of("12750000.00", "DZD")
    assert _on(entry, "30") == Money.of("85000.00", "DZD")  # 85,000 EUR x (151 - 150)
    payable = next(ln for ln in entry.lines if ln.account == "401")
    assert payable.txn_amount == Money.of("101150.00", "EUR") and payable.rate == 151


def test_landed_costs_are_spread_by_value_weight_or_quantity_and_add_up_exactly() -> None:
    a, b = uuid4(), uuid4()
    lines = [
        LandedLine(a, Decimal(100), Decimal("127500.00"), Decimal(500)),
        LandedLine(b, Decimal(50), Decimal("18000.00"), Decimal(1500)),
    ]
    freight = Money.of("100000.00", "DZD")
    by_value = spread(freight, lines, "value")
    # values 12,750,000 and 900,000: 93.4066 % and 6.5934 %
    assert [s.share for s in by_value] == [Money.of("93406.59", "DZD"), Money.of("6593.41", "DZD")]
    assert by_value[0].unit_cost == Decimal("127500.00") + Decimal("934.0659")
    by_weight = spread(freight, lines, "weight")
    assert [s.share.amount for s in by_weight] == [Decimal("25000.00"), Decimal("75000.00")]
    by_quantity = spread(Money.of("100.00", "DZD"), lines, "quantity")
    assert [s.share.amount for s in by_quantity] == [Decimal("66.67"), Decimal("33.33")]
    with pytest.raises(ValidationError) as error:
        spread(freight, lines, "volume")
    assert error.value.code == "payables.bad_landed_basis"


def test_landed_costs_raise_the_average_cost_of_the_stock_still_held() -> None:
    state = AverageCost(Decimal(100), Decimal("127500.0000"))
    assert absorbed(state, Decimal("93406.59")).unit_cost == Decimal("128434.0659")


def test_a_customs_or_freight_invoice_goes_into_stock_with_its_vat_deductible() -> None:
    chart = purchasing_chart(load_chart("DZ"))
    order = _order()
    lines = [
        InvoiceLineInput(Decimal(1), Decimal("60000.00"), Decimal(19), nature=FREIGHT),
        InvoiceLineInput(Decimal(1), Decimal("40000.00"), Decimal(0), nature=CUSTOMS),
    ]
    result, problems = three_way_match(lines, {}, order=order, tolerances=TOL)
    assert (result, problems) == (MATCHED, ())  # landed costs are not matched
    invoice = _invoice(order, lines, result)
    entry = posting_of(invoice, chart)
    assert entry is not None and entry.is_balanced()
    assert _on(entry, "30") == Money.of("100000.00", "DZD")
    assert _on(entry, "4456") == Money.of("11400.00", "DZD")
    assert _on(entry, "408") == Money.zero("DZD")


def test_a_tunisian_supplier_invoice_bears_the_stamp_duty_it_billed_as_an_expense() -> None:
    chart = purchasing_chart(load_chart("TN"))
    order = _order("TND")
    lines = [
        InvoiceLineInput(
            Decimal(2),
            Decimal("10.000"),
            Decimal(19),
            product_id=OIL,
            received_cost=Decimal("10.000"),
        )
    ]
    invoice = supplier_invoice(
        number="FF-9",
        supplier_number="T-77",
        country="TN",
        branch_id=BRANCH,
        supplier_id=SUPPLIER,
        issued_at=AT,
        currency="TND",
        lines=lines,
        terms=PaymentTerms.cash(),
        match=MATCHED,
        stamp_duty=Money.of("1.000", "TND"),
        order_id=order.id,
    )
    assert invoice.total == Money.of("24.800", "TND")
    entry = posting_of(invoice, chart)
    assert entry is not None and entry.is_balanced()
    assert _on(entry, "6654") == Money.of("1.000", "TND")


def test_an_invoice_travels_as_its_payload_and_the_server_posts_the_same_entry() -> None:
    chart = purchasing_chart(load_chart("DZ"))
    order = _order()
    got = received_goods([_received(order, "100")])
    invoice = _invoice(order, with_received_costs(_lines(order, ("100", "850.00")), got), MATCHED)
    back = invoice_from_payload(payload(invoice), invoice.branch_id)
    assert back == invoice
    assert posting_of(back, chart) == posting_of(invoice, chart)


def test_goods_bought_without_an_order_are_matched_against_their_receipt_by_product() -> None:
    receipt, _ = receive(
        number="BR-9",
        branch_id=BRANCH,
        supplier_id=SUPPLIER,
        received_at=AT,
        lines=[Received(OIL, Decimal(3), unit_cost=Decimal("900"))],
    )
    got = received_goods([receipt])
    lines = [InvoiceLineInput(Decimal(3), Decimal("900"), Decimal(19), product_id=OIL)]
    assert three_way_match(lines, got, tolerances=TOL) == (MATCHED, ())
    more = [InvoiceLineInput(Decimal(4), Decimal("900"), Decimal(19), product_id=OIL)]
    result, problems = three_way_match(more, got, tolerances=TOL)
    assert result == BLOCKED and problems[0].kind == QUANTITY_ABOVE_RECEIVED
    assert with_received_costs(lines, got)[0].received_cost == Decimal("900")
