"""A purchasing fortnight in the kernel alone: suggestions -> order -> partial receipts ->
an invoice with an accepted price difference and an import with landed costs -> payments;
the ledger's "invoices not yet received" and payables say what is really outstanding."""

from datetime import date, datetime
from decimal import Decimal
from uuid import uuid4
from zoneinfo import ZoneInfo

from erp_desktop.kernel.documents import posting_of
from erp_desktop.kernel.documents.purchase import (
    BLOCKED,
    CUSTOMS,
    InvoiceLineInput,
    PurchaseLineInput,
    purchase_order,
    supplier_invoice,
)
from erp_desktop.kernel.inventory.costing import AverageCost, apply_movement
from erp_desktop.kernel.inventory.movements import MovementKind
from erp_desktop.kernel.invoicing.terms import PaymentTerms
from erp_desktop.kernel.ledger.accounts import load_chart
from erp_desktop.kernel.ledger.journal import JournalEntry, Side
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.purchasing.accounts import purchasing_chart
from erp_desktop.kernel.purchasing.landed_costs import LandedLine, absorbed, spread
from erp_desktop.kernel.purchasing.matching import (
    accept,
    received_goods,
    three_way_match,
    with_received_costs,
)
from erp_desktop.kernel.purchasing.orders import (
    PARTIALLY_RECEIVED,
    check_approved,
    received_by_line,
    status_from_receipts,
)
from erp_desktop.kernel.purchasing.payables import open_payables, supplier_payment
from erp_desktop.kernel.purchasing.receiving import Received, receive
from erp_desktop.kernel.purchasing.reorder import ReorderFigures, order_lines, suggestions
from erp_desktop.kernel.purchasing.suppliers import SuppliedProduct, supplier

ALGIERS = ZoneInfo("Africa/Algiers")
CHART = purchasing_chart(load_chart("DZ"))
BRANCH, MANAGER, ACCOUNTANT = uuid4(), uuid4(), uuid4()
OIL, TEA = uuid4(), uuid4()


def _at(day: int) -> datetime:
    return datetime(2026, 3, day, 9, 0, tzinfo=ALGIERS)


def _balance(entries: list[JournalEntry], code: str) -> Money:
    total = Money.zero("DZD")
    for entry in entries:
        assert entry.is_balanced()
        for ln in entry.lines:
            if ln.account == code:
                total = total + (ln.amount if ln.side is Side.DEBIT else -ln.amount)
    return total


def test_a_purchasing_fortnight_leaves_exactly_what_is_outstanding_in_the_ledger() -> None:
    oil_maker = supplier(
        id=uuid4(),
        code="F1",
        name="Huilerie",
        name_ar="معصرة",
        country="DZ",
        currency="DZD",
        terms=PaymentTerms.net(30),
        products=[SuppliedProduct(OIL, "HUI-5L", Money.of("850.00", "DZD"), 5, Decimal(20))],
    )
    (suggested,) = suggestions(
        ReorderFigures(
            [OIL],
            [oil_maker.id],
            [Decimal(100)],
            [Decimal(0)],
            [Decimal(300)],
            [Decimal(20)],
            [5],
            [Decimal(20)],
        )
    )  # 100 - 20 x 5 = 0 at arrival: back to 600
    order = purchase_order(
        number="BC-1",
        branch_id=BRANCH,
        supplier_id=oil_maker.id,
        issued_at=_at(2),
        expected_on=date(2026, 3, 7),
        currency="DZD",
        lines=order_lines(suggested, oil_maker, {OIL: Decimal(19)}),
        terms=oil_maker.terms,
        approved_by=MANAGER,
    )
    check_approved(order, "DZ")  # 606,900 DA: above 500,000, approved
    line = order.lines[0]
    first, _ = receive(
        number="BR-1",
        branch_id=BRANCH,
        supplier_id=oil_maker.id,
        received_at=_at(7),
        lines=[Received(OIL, Decimal(400), Decimal(19))],
        order=order,
    )
    second, _ = receive(
        number="BR-2",
        branch_id=BRANCH,
        supplier_id=oil_maker.id,
        received_at=_at(9),
        lines=[Received(OIL, Decimal(150), Decimal(19))],
        order=order,
        already={line.id: Decimal(400)},
    )
    got = received_by_line(order, [{line.id: Decimal(400)}, {line.id: Decimal(150)}])
    assert status_from_receipts(order, got) == PARTIALLY_RECEIVED
    # the supplier invoices the first 400 at 870 instead of 850: blocked, then accepted
    billed = [
        InvoiceLineInput(
            Decimal(400), Decimal("870.00"), Decimal(19), product_id=OIL, order_line_id=line.id
        )
    ]
    result, problems = three_way_match(billed, received_goods([first]), order=order)
    assert result == BLOCKED and [p.kind for p in problems] == ["price_differs"]
    invoice = accept(
        supplier_invoice(
            number="FF-1",
            supplier_number="H-2026-31",
            country="DZ",
            branch_id=BRANCH,
            supplier_id=oil_maker.id,
            issued_at=_at(10),
            currency="DZD",
            lines=with_received_costs(billed, received_goods([first])),
            terms=oil_maker.terms,
            match=result,
            order_id=order.id,
        ),
        ACCOUNTANT,
        "new price list from 1 March",
    )
    # an import of tea in euros, then the customs agent's bill spread over it by value
    tea_order = purchase_order(
        number="BC-2",
        branch_id=BRANCH,
        supplier_id=oil_maker.id,
        issued_at=_at(2),
        expected_on=date(2026, 3, 12),
        currency="EUR",
        lines=[PurchaseLineInput(TEA, Decimal(1000), Decimal("4.00"), Decimal(0))],
        terms=PaymentTerms.net(60),
        rate=Decimal(150),
        approved_by=MANAGER,
    )
    tea, _ = receive(
        number="BR-3",
        branch_id=BRANCH,
        supplier_id=oil_maker.id,
        received_at=_at(12),
        lines=[Received(TEA, Decimal(1000))],
        order=tea_order,
    )
    customs = supplier_invoice(
        number="FF-2",
        supplier_number="DOUANE-88",
        country="DZ",
        branch_id=BRANCH,
        supplier_id=oil_maker.id,
        issued_at=_at(13),
        currency="DZD",
        lines=[InvoiceLineInput(Decimal(1), Decimal("60000.00"), Decimal(0), nature=CUSTOMS)],
        terms=PaymentTerms.cash(),
        match="matched",
    )
    (share,) = spread(customs.base, [LandedLine(tea.lines[0].id, Decimal(1000), Decimal(600))])
    assert share.unit_cost == Decimal(660)  # 600 DA a kilo + 60 DA of customs
    paid = supplier_payment(
        number="PF-1",
        country="DZ",
        branch_id=BRANCH,
        supplier_id=oil_maker.id,
        paid_at=_at(14),
        tender="transfer",
        amount=Money.of("200000.00", "DZD"),
        invoices=[invoice, customs],
        items=open_payables("DZ", [invoice, customs]),
        explicit={invoice.id: Money.of("200000.00", "DZD")},
    )
    entries = [posting_of(d, CHART) for d in (first, second, invoice, tea, customs, paid)]
    posted = [e for e in entries if e is not None]
    # "invoices not yet received": 150 oil at 850 and 1,000 kg of tea at 600, no more
    assert _balance(posted, "408") == -Money.of("727500.00", "DZD")
    # the payables equal the open items: 414,120 - 200,000 + 60,000
    owed = sum((i.open for i in open_payables("DZ", [invoice, customs], [paid])), Money.zero("DZD"))
    assert owed == Money.of("274120.00", "DZD")
    assert _balance(posted, "401") == -owed
    # stock: 550 x 850 + 400 x 20 of price difference + 600,000 of tea + 60,000 of customs
    assert _balance(posted, "30") == Money.of("1135500.00", "DZD")
    # the average cost moves with the receipts and then with the price difference
    oil = AverageCost(Decimal(100), Decimal("840.0000"))
    for receipt in (first, second):
        ln = receipt.lines[0]
        oil = apply_movement(oil, MovementKind.RECEIPT, ln.quantity, ln.unit_cost)
    assert oil.unit_cost == Decimal("848.4615")  # (84,000 + 467,500) / 650
    assert absorbed(oil, Decimal(8000)).unit_cost == Decimal("860.7692")
