"""The fake of the purchasing repository (app/ports/purchasing.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.documents.purchase import (
    ACCEPTED,
    PurchaseOrder,
    PurchaseReceipt,
    SupplierInvoice,
    SupplierPayment,
)
from erp_desktop.kernel.documents.supplier_return import SupplierReturn
from erp_desktop.kernel.purchasing.reorder import ReorderFigures
from tests.desktop.fakes.replica import FakeReplica, _not_found

_PREFIX = {
    "purchase_order": "PO",
    "purchase_receipt": "PR",
    "supplier_invoice": "SI",
    "supplier_payment": "SP",
    "supplier_return": "SR",
}


class FakePurchasing:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def reorder_figures(
        self, branch_id: UUID, warehouse_id: UUID, until: datetime, window_days: int
    ) -> ReorderFigures:
        since = until - timedelta(days=window_days)
        rows = []
        for product in sorted(self.db.products.values(), key=lambda p: p.sku):
            offers = [
                (item.last_price.to_minor(), item.lead_time_days, s.id, item)
                for s in self.db.suppliers.values()
                for item in s.products
                if item.product_id == product.id
            ]
            if product.reorder_point <= 0 or not offers:
                continue
            _price, lead, supplier_id, item = min(offers, key=lambda o: (o[0], o[1]))
            sold = -sum(
                (
                    m.quantity
                    for m in self.db.movements
                    if m.product_id == product.id
                    and m.warehouse_id == warehouse_id
                    and m.kind == "sale"
                    and m.occurred_at > since
                ),
                Decimal(0),
            )
            orders = [
                o
                for o in self.db.purchase_orders.values()
                if o.for_branch_id == branch_id
                and o.status in ("draft", "open", "partially_received")
            ]
            ordered = sum(
                (ln.quantity for o in orders for ln in o.lines if ln.product_id == product.id),
                Decimal(0),
            )
            came = sum(
                (
                    ln.quantity
                    for r in self.db.purchase_receipts.values()
                    if r.order_id in {o.id for o in orders}
                    for ln in r.lines
                    if ln.product_id == product.id
                ),
                Decimal(0),
            )
            level = self.db.levels.get((warehouse_id, product.id))
            rows.append(
                (
                    product.id,
                    supplier_id,
                    level.quantity if level else Decimal(0),
                    max(ordered - came, Decimal(0)),
                    product.reorder_point,
                    sold / window_days,
                    lead,
                    item.pack,
                )
            )
        return ReorderFigures(
            [r[0] for r in rows],
            [r[1] for r in rows],
            [r[2] for r in rows],
            [r[3] for r in rows],
            [r[4] for r in rows],
            [r[5] for r in rows],
            [r[6] for r in rows],
            [r[7] for r in rows],
        )

    def _numbers(self) -> list[str]:
        return [
            *(d.number for d in self.db.purchase_orders.values()),
            *(d.number for d in self.db.purchase_receipts.values()),
            *(d.number for d in self.db.supplier_invoices.values()),
            *(d.number for d in self.db.supplier_payments.values()),
            *(d.number for d in self.db.supplier_returns.values()),
        ]

    def next_purchase_number(self, kind: str, branch_code: str, year: int) -> str:
        head = f"{branch_code}-{_PREFIX[kind]}-{year}-"
        count = sum(1 for n in self._numbers() if n.startswith(head))
        return f"{head}{count + 1:06d}"

    def save_order(self, order: PurchaseOrder, actor_id: UUID | None, now: datetime) -> None:
        self.db.purchase_orders[order.id] = order

    def set_order_status(self, order_id: UUID, status: str, now: datetime) -> None:
        held = self.db.purchase_orders[order_id]
        self.db.purchase_orders[order_id] = replace(held, status=status)

    def purchase_order(self, order_id: UUID) -> PurchaseOrder:
        if order_id not in self.db.purchase_orders:
            raise _not_found("purchase_order", order_id)
        return self.db.purchase_orders[order_id]

    def purchase_order_by_number(self, number: str) -> PurchaseOrder | None:
        return next((o for o in self.db.purchase_orders.values() if o.number == number), None)

    def purchase_orders(
        self, statuses: Sequence[str], for_branch_id: UUID | None, limit: int
    ) -> list[PurchaseOrder]:
        found = [
            o
            for o in self.db.purchase_orders.values()
            if (not statuses or o.status in statuses)
            and (for_branch_id is None or o.for_branch_id == for_branch_id)
        ]
        return sorted(found, key=lambda o: (o.issued_at, o.number), reverse=True)[:limit]

    def insert_receipt(
        self,
        receipt: PurchaseReceipt,
        warehouse_id: UUID | None,
        actor_id: UUID | None,
        now: datetime,
    ) -> None:
        self.db.purchase_receipts[receipt.id] = receipt

    def purchase_receipt(self, receipt_id: UUID) -> PurchaseReceipt:
        if receipt_id not in self.db.purchase_receipts:
            raise _not_found("purchase_receipt", receipt_id)
        return self.db.purchase_receipts[receipt_id]

    def receipts_of_order(self, order_id: UUID) -> list[PurchaseReceipt]:
        found = [r for r in self.db.purchase_receipts.values() if r.order_id == order_id]
        return sorted(found, key=lambda r: r.issued_at)

    def receipts_of_supplier(self, supplier_id: UUID, limit: int) -> list[PurchaseReceipt]:
        found = [r for r in self.db.purchase_receipts.values() if r.supplier_id == supplier_id]
        return sorted(found, key=lambda r: r.issued_at, reverse=True)[:limit]

    def insert_supplier_invoice(self, invoice: SupplierInvoice, now: datetime) -> None:
        self.db.supplier_invoices[invoice.id] = invoice

    def supplier_invoice(self, invoice_id: UUID) -> SupplierInvoice:
        if invoice_id not in self.db.supplier_invoices:
            raise _not_found("supplier_invoice", invoice_id)
        return self.db.supplier_invoices[invoice_id]

    def supplier_invoices(self, supplier_id: UUID | None, limit: int) -> list[SupplierInvoice]:
        found = [
            i
            for i in self.db.supplier_invoices.values()
            if supplier_id is None or i.supplier_id == supplier_id
        ]
        return sorted(found, key=lambda i: i.issued_at, reverse=True)[:limit]

    def invoices_of_order(self, order_id: UUID) -> list[SupplierInvoice]:
        return [
            i
            for i in self.db.supplier_invoices.values()
            if i.order_id == order_id and i.status != "cancelled"
        ]

    def accept_supplier_invoice(
        self, invoice_id: UUID, by: UUID, reason: str, now: datetime
    ) -> None:
        held = self.db.supplier_invoices[invoice_id]
        self.db.supplier_invoices[invoice_id] = replace(
            held, match=ACCEPTED, accepted_by=by, acceptance_reason=reason
        )

    def insert_supplier_payment(self, payment: SupplierPayment, now: datetime) -> None:
        self.db.supplier_payments[payment.id] = payment

    def supplier_payments(self, supplier_id: UUID | None, limit: int) -> list[SupplierPayment]:
        found = [
            p
            for p in self.db.supplier_payments.values()
            if supplier_id is None or p.supplier_id == supplier_id
        ]
        return sorted(found, key=lambda p: p.paid_at, reverse=True)[:limit]

    def invoices_of_receipt(self, receipt_id: UUID) -> list[SupplierInvoice]:
        return [
            i
            for i in self.db.supplier_invoices.values()
            if i.receipt_id == receipt_id and i.status != "cancelled"
        ]

    def insert_supplier_return(
        self, sent_back: SupplierReturn, actor_id: UUID | None, now: datetime
    ) -> None:
        self.db.supplier_returns[sent_back.id] = sent_back

    def supplier_return(self, return_id: UUID) -> SupplierReturn:
        if return_id not in self.db.supplier_returns:
            raise _not_found("supplier_return", return_id)
        return self.db.supplier_returns[return_id]

    def supplier_returns(self, supplier_id: UUID | None, limit: int) -> list[SupplierReturn]:
        found = [
            r
            for r in self.db.supplier_returns.values()
            if supplier_id is None or r.supplier_id == supplier_id
        ]
        return sorted(found, key=lambda r: r.issued_at, reverse=True)[:limit]

    def returns_of_receipts(self, receipt_ids: Sequence[UUID]) -> list[SupplierReturn]:
        wanted = set(receipt_ids)
        found = [r for r in self.db.supplier_returns.values() if r.receipt_id in wanted]
        return sorted(found, key=lambda r: r.issued_at)

    def recent_receipts(self, limit: int) -> list[PurchaseReceipt]:
        found = sorted(self.db.purchase_receipts.values(), key=lambda r: r.issued_at)
        return list(reversed(found))[:limit]
