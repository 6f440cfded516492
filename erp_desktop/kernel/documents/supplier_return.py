"""The supplier return (a debit note): goods sent back to a supplier against the receipt
they came with, whole or in part, and, when the supplier's invoice of them was booked
already, against that invoice too (issue 14).

Declared once, as the other purchase documents (kernel.documents.purchase). Each line
leaves stock at the cost it entered at: the receipt's cost while nothing was invoiced,
the invoice's price at its rate once it was (the invoice put its difference into stock).
Before the invoice the return is valued at cost, in the company's currency, with no VAT
(none was booked); against an invoice it is priced as the invoice was, in its currency and
at its rate, VAT per rate, and it reduces what is owed on that invoice.

What a return checks before it is made (:func:`supplier_return`): the receipt's and the
invoice's supplier, neither cancelled, the goods on the receipt (and on the invoice), and
no more sent back than was received less what earlier returns took.
"""

# Each field is a dataclasses.field carrying its declaration (kernel.documents.fields).
# ruff: noqa: RUF009

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.kernel.documents.fields import Kind, children, declared, values_from
from erp_desktop.kernel.documents.purchase import GOODS, PurchaseReceipt, SupplierInvoice
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.quantity import Quantity, canonical
from erp_desktop.kernel.sales.totals import SaleLineInput, compute_sale
from erp_desktop.kernel.tax.vat import PriceMode

SUPPLIER_RETURN = "supplier_return"


@dataclass(frozen=True, slots=True)
class ReturnLine:
    id: UUID = declared(Kind.UUID)
    position: int = declared(Kind.INT, wire=False)
    receipt_line_id: UUID = declared(Kind.UUID)  # the line the goods came in on
    product_id: UUID = declared(Kind.UUID)
    quantity: Quantity = declared(Kind.QUANTITY)
    unit_cost: Decimal = declared(Kind.DECIMAL)  # company currency: what it leaves stock at
    unit_price: Decimal = declared(Kind.DECIMAL)  # tax excluded, the return's currency
    vat_rate: Decimal = declared(Kind.DECIMAL, check="percent")
    base: Money = declared(Kind.MONEY)
    vat: Money = declared(Kind.MONEY)

    def __post_init__(self) -> None:
        object.__setattr__(self, "quantity", canonical(self.quantity))

    @property
    def cost(self) -> Decimal:
        return self.unit_cost * self.quantity


@dataclass(frozen=True, slots=True)
class SupplierReturn:
    id: UUID = declared(Kind.UUID)
    kind: str = declared(Kind.STR, length=20)  # supplier_return
    number: str = declared(Kind.STR, check="number", length=40)
    status: str = declared(Kind.STR, length=20)  # final
    branch_id: UUID = declared(Kind.UUID, wire=False)  # the site that sent the goods back
    supplier_id: UUID = declared(Kind.UUID)
    receipt_id: UUID = declared(Kind.UUID)
    invoice_id: UUID | None = declared(Kind.UUID, optional=True)  # None: not invoiced yet
    issued_at: datetime = declared(Kind.DATETIME)
    currency: str = declared(Kind.STR, check="currency", length=3)
    rate: Decimal = declared(Kind.RATE)  # the invoice's (1 before the invoice)
    base: Money = declared(Kind.MONEY)
    vat: Money = declared(Kind.MONEY)
    total: Money = declared(Kind.MONEY)
    reason: str = declared(Kind.STR, length=300)
    lines: tuple[ReturnLine, ...] = children(ReturnLine)

    def cost(self) -> Decimal:
        """The goods at the cost they leave stock at (company currency)."""
        return sum((ln.cost for ln in self.lines), Decimal(0))


@dataclass(frozen=True, slots=True)
class ReturnedLine:
    receipt_line_id: UUID
    quantity: Decimal


def returned_so_far(returns: Sequence[SupplierReturn]) -> dict[UUID, Decimal]:
    """What earlier returns took back of each receipt line."""
    out: dict[UUID, Decimal] = {}
    for done in returns:
        if done.status == "cancelled":
            continue
        for ln in done.lines:
            out[ln.receipt_line_id] = out.get(ln.receipt_line_id, Decimal(0)) + ln.quantity
    return out


def _invoice_covers(invoice: SupplierInvoice, receipt: PurchaseReceipt) -> bool:
    if invoice.order_id is not None:
        return invoice.order_id == receipt.order_id
    return invoice.receipt_id in (None, receipt.id) and receipt.order_id is None


def supplier_return(
    *,
    number: str,
    branch_id: UUID,
    supplier_id: UUID,
    issued_at: datetime,
    receipt: PurchaseReceipt,
    lines: Sequence[ReturnedLine],
    home: str,
    reason: str = "",
    invoice: SupplierInvoice | None = None,
    earlier: Sequence[SupplierReturn] = (),
    document_id: UUID | None = None,
) -> SupplierReturn:
    """The return of ``lines`` of ``receipt`` to its supplier, or a coded refusal with
    nothing made. ``home`` is the company's currency; ``earlier`` the receipt's returns."""
    if receipt.supplier_id != supplier_id:
        raise ValidationError("payables.return_wrong_supplier", document=receipt.number)
    if receipt.status == "cancelled":
        raise ValidationError("payables.return_from_cancelled", document=receipt.number)
    if invoice is not None:
        if invoice.supplier_id != supplier_id:
            raise ValidationError("payables.return_wrong_supplier", document=invoice.number)
        if invoice.status == "cancelled":
            raise ValidationError("payables.return_from_cancelled", document=invoice.number)
        if not _invoice_covers(invoice, receipt):
            raise ValidationError(
                "payables.return_not_invoiced", receipt=receipt.number, invoice=invoice.number
            )
    if not lines:
        raise ValidationError("payables.empty_document", kind=SUPPLIER_RETURN)
    came = {ln.id: ln for ln in receipt.lines}
    taken = returned_so_far(earlier)
    asked: dict[UUID, Decimal] = {}
    for index, ln in enumerate(lines, start=1):
        got = came.get(ln.receipt_line_id)
        if got is None or ln.quantity <= 0:
            raise ValidationError(
                "payables.invalid_line", line=index, quantity=str(ln.quantity), price=""
            )
        asked[ln.receipt_line_id] = asked.get(ln.receipt_line_id, Decimal(0)) + ln.quantity
        left = got.quantity - taken.get(got.id, Decimal(0))
        if asked[ln.receipt_line_id] > left:
            raise ValidationError(
                "payables.return_above_received",
                product=str(got.product_id),
                returned=str(asked[ln.receipt_line_id]),
                left=str(left),
            )
    currency = invoice.currency if invoice is not None else home
    rate = invoice.rate if invoice is not None and invoice.currency != home else Decimal(1)
    priced = []
    for ln in lines:
        got = came[ln.receipt_line_id]
        if invoice is None:
            priced.append((got, ln.quantity, got.unit_cost, got.unit_cost, Decimal(0)))
            continue
        billed = next(
            (
                b
                for b in invoice.lines
                if b.nature == GOODS
                and b.product_id == got.product_id
                and (got.order_line_id is None or b.order_line_id in (None, got.order_line_id))
            ),
            None,
        )
        if billed is None:
            raise ValidationError(
                "payables.return_not_invoiced", receipt=receipt.number, invoice=invoice.number
            )
        priced.append(
            (got, ln.quantity, billed.unit_price * rate, billed.unit_price, billed.vat_rate)
        )
    totals = compute_sale(
        [SaleLineInput(g.product_id, q, price, vat) for g, q, _c, price, vat in priced],
        currency,
        PriceMode.TAX_EXCLUDED,
    )
    made = tuple(
        ReturnLine(
            id=new_id(),
            position=i,
            receipt_line_id=got.id,
            product_id=got.product_id,
            quantity=quantity,
            unit_cost=cost,
            unit_price=price,
            vat_rate=t.vat_rate,
            base=t.base,
            vat=t.vat,
        )
        for i, ((got, quantity, cost, price, _v), t) in enumerate(
            zip(priced, totals.lines, strict=True), start=1
        )
    )
    return SupplierReturn(
        id=document_id or new_id(),
        kind=SUPPLIER_RETURN,
        number=number,
        status="final",
        branch_id=branch_id,
        supplier_id=supplier_id,
        receipt_id=receipt.id,
        invoice_id=invoice.id if invoice is not None else None,
        issued_at=issued_at,
        currency=currency,
        rate=rate,
        base=totals.base,
        vat=totals.vat,
        total=totals.base + totals.vat,
        reason=reason.strip(),
        lines=made,
    )


def return_from_payload(payload: Mapping[str, Any], branch_id: UUID) -> SupplierReturn:
    currency = payload["currency"]
    return SupplierReturn(
        **values_from(SupplierReturn, payload, currency, wire=True),
        branch_id=branch_id,
        lines=tuple(
            ReturnLine(**values_from(ReturnLine, ln, currency, wire=True), position=i)
            for i, ln in enumerate(payload["lines"], start=1)
        ),
    )
