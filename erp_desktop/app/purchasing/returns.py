"""Sending goods back to a supplier (issue 14): a supplier return, or debit note, against
one of this branch's receipts, whole or in part.

The kernel decides (kernel.documents.supplier_return): the receipt's supplier, neither the
receipt nor the invoice cancelled, no more back than came less earlier returns. When head
office's invoice of those goods is here (it comes down to the branch that received them),
the return is a debit note against it: priced as invoiced, VAT reversed, the payable
reduced; before it, the accrual ("invoices not yet received") is reversed at cost. Then,
in one local transaction: the return through the one finalize step (numbered in its own
``SR`` series, posted, queued) and a stock movement per line at the cost it entered at
(the rest of the product re-averaged: kernel.inventory.costing).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import KW_ONLY, dataclass
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.bridge import chart_of, move_stock
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.finalize import InTransaction, finalize
from erp_desktop.app.ports import ReadView
from erp_desktop.app.records import ProductInfo
from erp_desktop.kernel.documents.purchase import GOODS, PurchaseReceipt, SupplierInvoice
from erp_desktop.kernel.documents.supplier_return import (
    SUPPLIER_RETURN,
    ReturnedLine,
    SupplierReturn,
    returned_so_far,
    supplier_return,
)
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.inventory.movements import MovementKind
from erp_desktop.kernel.ownership import write_refusal
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.purchasing.accounts import purchasing_chart

RETURN_CHANGES = frozenset({Changed.PURCHASING, Changed.STOCK, Changed.JOURNAL, Changed.OUTBOX})


@dataclass(frozen=True, slots=True)
class ReturnRequest:
    receipt_id: UUID
    lines: Sequence[ReturnedLine]
    _: KW_ONLY  # the rest by name: a reason is never read as a supplier
    supplier_id: UUID | None = None  # None: the receipt's (given, it is checked)
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Returnable:
    """A receipt of this branch and what is left of each of its lines to send back."""

    receipt: PurchaseReceipt
    left: dict[UUID, Decimal]  # by receipt line
    invoice: SupplierInvoice | None  # head office's invoice of it, when here
    products: dict[UUID, ProductInfo]  # its products' names, for the screen


def booked_invoice(
    tx: ReadView, receipt: PurchaseReceipt, products: Sequence[UUID] = ()
) -> SupplierInvoice | None:
    """Head office's invoice of the receipt's goods (of ``products``, when named), if here."""
    if receipt.order_id is not None:
        found = tx.purchasing.invoices_of_order(receipt.order_id)
    else:
        found = tx.purchasing.invoices_of_receipt(receipt.id)
    wanted = set(products)
    for invoice in found:
        billed = {ln.product_id for ln in invoice.lines if ln.nature == GOODS}
        if wanted <= billed:
            return invoice
    return None


def return_to_supplier(deps: Deps, actor: Actor, request: ReturnRequest) -> Done[SupplierReturn]:
    """Sends goods back; refused with the kernel's code and nothing written."""
    actor.require(Permission.INVENTORY_RECEIVE)
    with deps.store.transaction(actor.user_id) as tx:
        site = tx.org.local_branch()
        refusal = write_refusal(SUPPLIER_RETURN, site.kind)
        if refusal is not None:
            raise refusal
        company = tx.org.company()
        now = deps.now()
        receipt = tx.purchasing.purchase_receipt(request.receipt_id)
        if receipt.branch_id != site.id:
            raise ValidationError("payables.receipt_of_another_branch", receipt=receipt.number)
        came = {ln.id: ln.product_id for ln in receipt.lines}
        products = [came[ln.receipt_line_id] for ln in request.lines if ln.receipt_line_id in came]
        sent_back = supplier_return(
            number="",
            branch_id=site.id,
            supplier_id=request.supplier_id or receipt.supplier_id,
            issued_at=now,
            receipt=receipt,
            lines=request.lines,
            home=company.currency,
            reason=request.reason,
            invoice=booked_invoice(tx, receipt, products),
            earlier=tx.purchasing.returns_of_receipts([receipt.id]),
        )
        warehouse = tx.org.default_warehouse(site.id)
        steps = InTransaction(deps, tx, actor.user_id, now, warehouse_id=warehouse)
        sent_back, _entry = finalize(steps, sent_back, purchasing_chart(chart_of(tx)))
        for ln in sent_back.lines:
            move_stock(
                deps,
                tx,
                warehouse_id=warehouse,
                branch_id=site.id,
                product_id=ln.product_id,
                kind=MovementKind.SUPPLIER_RETURN,
                quantity=-ln.quantity,
                unit_cost=ln.unit_cost,
                document_type=SUPPLIER_RETURN,
                document_id=sent_back.id,
                actor_id=actor.user_id,
            )
    return Done(sent_back, RETURN_CHANGES)


def returnable_receipts(deps: Deps, actor: Actor, limit: int = 200) -> list[Returnable]:
    """This branch's recent receipts with something left to send back, newest first."""
    actor.require(Permission.INVENTORY_RECEIVE)
    with deps.store.read() as tx:
        branch = tx.org.local_branch().id
        receipts = [r for r in tx.purchasing.recent_receipts(limit) if r.branch_id == branch]
        returns = tx.purchasing.returns_of_receipts([r.id for r in receipts])
        out = []
        for receipt in receipts:
            taken = returned_so_far([x for x in returns if x.receipt_id == receipt.id])
            left = {ln.id: ln.quantity - taken.get(ln.id, Decimal(0)) for ln in receipt.lines}
            if any(q > 0 for q in left.values()):
                products = tx.catalog.products([ln.product_id for ln in receipt.lines])
                out.append(
                    Returnable(
                        receipt, left, booked_invoice(tx, receipt), {p.id: p for p in products}
                    )
                )
        return out


def find_supplier_returns(
    deps: Deps, actor: Actor, supplier_id: UUID | None = None, limit: int = 200
) -> list[SupplierReturn]:
    actor.require(Permission.PURCHASING_VIEW)
    with deps.store.read() as tx:
        return tx.purchasing.supplier_returns(supplier_id, limit)
