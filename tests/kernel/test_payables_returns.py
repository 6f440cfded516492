"""Supplier returns (debit notes): goods sent back against a receipt, and against its
invoice once booked; the checks, the cost they leave stock at, their postings, and what
they do to open payables and to the three-way match."""

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from uuid import uuid4
from zoneinfo import ZoneInfo

import pytest

from erp_desktop.kernel.documents import document_from_payload, payload, posting_of
from erp_desktop.kernel.documents.purchase import (
    MATCHED,
    InvoiceLineInput,
    PurchaseLineInput,
    PurchaseOrder,
    PurchaseReceipt,
    SupplierInvoice,
    purchase_order,
    supplier_invoice,
)
from erp_desktop.kernel.documents.supplier_return import (
    ReturnedLine,
    SupplierReturn,
    supplier_return,
)
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.inventory.costing import AverageCost, apply_movement
from erp_desktop.kernel.inventory.movements import MovementKind
from erp_desktop.kernel.invoicing.terms import PaymentTerms
from erp_desktop.kernel.ledger.accounts import load_chart
from erp_desktop.kernel.ledger.journal import Side
from erp_desktop.kernel.purchasing.accounts import purchasing_chart
from erp_desktop.kernel.purchasing.matching import received_goods
from erp_desktop.kernel.purchasing.payables import open_payables
from erp_desktop.kernel.purchasing.receiving import Received, receive

AT = datetime(2026, 3, 12, 8, 0, tzinfo=ZoneInfo("Africa/Algiers"))
OIL, RICE = uuid4(), uuid4()
BRANCH, SUPPLIER, OTHER = uuid4(), uuid4(), uuid4()
CHART = purchasing_chart(load_chart("DZ"))


def _order(currency: str = "DZD", rate: str = "1") -> PurchaseOrder:
    return purchase_order(
        number="BC-1",
        branch_id=BRANCH,
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


def _receipt(order: PurchaseOrder) -> PurchaseReceipt:
    receipt, _ = receive(
        number="ALG01-PR-2026-000001",
        branch_id=BRANCH,
        supplier_id=SUPPLIER,
        received_at=AT,
        lines=[Received(OIL, Decimal(100), Decimal(19)), Received(RICE, Decimal(50), Decimal(9))],
        order=order,
        rate=Decimal(order.rate),
    )
    return receipt


def _invoice(order: PurchaseOrder, oil_price: str = "860.00", rate: str = "1") -> SupplierInvoice:
    return supplier_invoice(
        number="HO-SI-2026-000001",
        supplier_number="FA-1",
        country="DZ",
        branch_id=uuid4(),
        supplier_id=SUPPLIER,
        issued_at=AT,
        currency=order.currency,
        lines=[
            InvoiceLineInput(Decimal(100), Decimal(oil_price), Decimal(19), product_id=OIL),
            InvoiceLineInput(Decimal(50), Decimal("120.00"), Decimal(9), product_id=RICE),
        ],
        terms=PaymentTerms.net(30),
        match=MATCHED,
        rate=Decimal(rate),
        order_id=order.id,
    )


def _back(receipt: PurchaseReceipt, quantity: str, **kw: object) -> SupplierReturn:
    oil = next(ln for ln in receipt.lines if ln.product_id == OIL)
    return supplier_return(
        number="ALG01-SR-2026-000001",
        branch_id=BRANCH,
        supplier_id=kw.pop("supplier_id", SUPPLIER),  # type: ignore[arg-type]
        issued_at=AT,
        receipt=receipt,
        lines=[ReturnedLine(oil.id, Decimal(quantity))],
        home="DZD",
        reason="bidons percés",
        **kw,  # type: ignore[arg-type]
    )


def _moved(entry: object) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for ln in entry.lines:  # type: ignore[attr-defined]
        sign = 1 if ln.side is Side.DEBIT else -1
        out[ln.account] = out.get(ln.account, Decimal(0)) + sign * ln.amount.amount
    return out


def test_before_the_invoice_a_return_reverses_the_accrual_at_the_receipt_cost() -> None:
    receipt = _receipt(_order())
    back = _back(receipt, "12")
    # 12 cans of oil at the 850 DA they came in at, no VAT: none was booked yet
    assert (back.currency, back.base.amount, back.vat.amount) == ("DZD", Decimal(10200), 0)
    assert back.lines[0].unit_cost == Decimal("850.00")
    entry = posting_of(back, CHART)
    assert entry is not None and entry.is_balanced()
    assert _moved(entry) == {"408": Decimal(10200), "30": Decimal(-10200)}
    again = document_from_payload("supplier_return", payload(back), BRANCH)
    assert again == back


def test_once_invoiced_it_is_a_debit_note_at_the_invoice_price_with_the_vat_reversed() -> None:
    order = _order()
    receipt = _receipt(order)
    invoice = _invoice(order)  # the oil billed at 860, 10 above the order
    note = _back(receipt, "10", invoice=invoice)
    # 10 x 860 = 8,600 and VAT 19 % = 1,634: the payable reduced by 10,234
    assert (note.base.amount, note.vat.amount, note.total.amount) == (8600, 1634, 10234)
    assert note.lines[0].unit_cost == Decimal("860.00")  # what it stands at in stock now
    entry = posting_of(note, CHART)
    assert entry is not None and entry.is_balanced()
    assert _moved(entry) == {"401": Decimal(10234), "30": Decimal(-8600), "4456": Decimal(-1634)}


def test_a_debit_note_on_an_import_is_priced_in_its_currency_at_the_invoice_rate() -> None:
    order = _order("EUR", "145.50")
    receipt = _receipt(order)
    invoice = _invoice(order, "6.00", rate="146.00")
    note = _back(receipt, "5", invoice=invoice)
    assert (note.currency, note.rate, note.total.amount) == (
        "EUR",
        Decimal("146.00"),
        Decimal("35.70"),
    )
    entry = posting_of(note, CHART)
    assert entry is not None and entry.is_balanced()
    # 30 EUR x 146 = 4,380 DA out of stock, 5.70 EUR of VAT = 832.20 DA, 35.70 EUR = 5,212.20
    assert _moved(entry) == {
        "401": Decimal("5212.20"),
        "30": Decimal(-4380),
        "4456": Decimal("-832.20"),
    }


def test_goods_leave_at_the_cost_they_entered_and_the_rest_is_re_averaged() -> None:
    held = AverageCost(Decimal(30), Decimal("800.0000"))  # 30 at 800, after 10 came at 850
    after = apply_movement(held, MovementKind.SUPPLIER_RETURN, Decimal(-10), Decimal(850))
    # 30 x 800 - 10 x 850 = 15,500 left over 20: 775
    assert after == AverageCost(Decimal(20), Decimal("775.0000"))
    sold = apply_movement(held, MovementKind.SALE, Decimal(-10), Decimal(850))
    assert sold.unit_cost == Decimal("800.0000")  # a sale leaves at the average
    gone = apply_movement(held, MovementKind.SUPPLIER_RETURN, Decimal(-30), Decimal(850))
    assert gone == AverageCost(Decimal(0), Decimal("800.0000"))


def test_more_than_received_another_supplier_and_a_cancelled_document_are_refused() -> None:
    order = _order()
    receipt = _receipt(order)
    first = _back(receipt, "60")
    with pytest.raises(ValidationError) as error:  # 40 left of the 100
        _back(receipt, "41", earlier=[first])
    assert (error.value.code, error.value.params["left"]) == (
        "payables.return_above_received",
        "40",
    )
    assert _back(receipt, "40", earlier=[first]).lines[0].quantity == 40
    with pytest.raises(ValidationError) as error:
        _back(receipt, "1", supplier_id=OTHER)
    assert error.value.code == "payables.return_wrong_supplier"
    with pytest.raises(ValidationError) as error:
        _back(replace(receipt, status="cancelled"), "1")
    assert error.value.code == "payables.return_from_cancelled"
    invoice = _invoice(order)
    with pytest.raises(ValidationError) as error:
        _back(receipt, "1", invoice=replace(invoice, status="cancelled"))
    assert error.value.code == "payables.return_from_cancelled"
    with pytest.raises(ValidationError) as error:
        _back(receipt, "1", invoice=replace(invoice, supplier_id=OTHER))
    assert error.value.code == "payables.return_wrong_supplier"
    with pytest.raises(ValidationError) as error:  # an invoice of another order
        _back(receipt, "1", invoice=replace(invoice, order_id=uuid4()))
    assert error.value.code == "payables.return_not_invoiced"


def test_a_debit_note_offsets_its_invoice_and_a_return_before_it_is_not_received() -> None:
    order = _order()
    receipt = _receipt(order)
    invoice = _invoice(order)
    note = _back(receipt, "10", invoice=invoice)
    [item] = open_payables("DZ", [invoice], [], [note])
    assert item.open.amount == invoice.total.amount - 10234
    before = _back(receipt, "15")
    got = received_goods([receipt], [before, note])
    oil_line = order.lines[0].id
    # only the return before the invoice is taken off what the supplier may bill
    assert got[oil_line].quantity == 85 and got[oil_line].value == Decimal(85 * 850)
