"""Purchase documents on the replica (issue 14): orders, receipts, supplier invoices and
supplier payments, supplier returns, each row derived from the document's declared fields.

Receipts, invoices' lines and payments are written once. An order changes: its status
follows its receipts, and while it is a draft its lines are replaced (the old ones soft
deleted, as every row here: nothing is deleted). An invoice's match changes once, when
someone accepts its mismatch.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Table, func, select, text, update

from erp_desktop.kernel.documents.business import Allocation, DueLine
from erp_desktop.kernel.documents.purchase import (
    InvoiceLine,
    PurchaseLine,
    PurchaseOrder,
    PurchaseReceipt,
    ReceiptLine,
    SupplierInvoice,
    SupplierPayment,
)
from erp_desktop.kernel.documents.supplier_return import ReturnLine, SupplierReturn
from erp_desktop.kernel.purchasing.reorder import ReorderFigures
from erp_desktop.storage.repositories.base import RepositoryBase, not_found, stamped
from erp_desktop.storage.repositories.reorder import reorder_figures
from erp_desktop.storage.tables.declared import row_of, value_of
from erp_desktop.storage.tables.purchasing import (
    purchase_order_lines,
    purchase_orders,
    purchase_receipt_lines,
    purchase_receipts,
    supplier_invoice_dues,
    supplier_invoice_lines,
    supplier_invoices,
    supplier_payment_allocations,
    supplier_payments,
    supplier_return_lines,
    supplier_returns,
)

_SERIES = {
    "purchase_order": ("PO", purchase_orders),
    "purchase_receipt": ("PR", purchase_receipts),
    "supplier_invoice": ("SI", supplier_invoices),
    "supplier_payment": ("SP", supplier_payments),
    "supplier_return": ("SR", supplier_returns),
}


def _children(conn: Any, table: Table, ids: Sequence[UUID]) -> dict[UUID, list[Any]]:
    found: dict[UUID, list[Any]] = {i: [] for i in ids}
    if ids:
        rows = conn.execute(
            select(table)
            .where(table.c.document_id.in_(list(ids)), table.c.deleted_at.is_(None))
            .order_by(text(f"{table.name}.rowid"))
        ).mappings()
        for row in rows:
            found[row["document_id"]].append(row)
    return found


class PurchasingRepository(RepositoryBase):
    def reorder_figures(
        self, branch_id: UUID, warehouse_id: UUID, until: datetime, window_days: int
    ) -> ReorderFigures:
        return reorder_figures(self.conn, branch_id, warehouse_id, until, window_days)

    def next_purchase_number(self, kind: str, branch_code: str, year: int) -> str:
        prefix, table = _SERIES[kind]
        like = f"{branch_code}-{prefix}-{year}-%"
        count = self.conn.execute(
            select(func.count()).select_from(table).where(table.c.number.like(like))
        ).scalar_one()
        return f"{branch_code}-{prefix}-{year}-{count + 1:06d}"

    # orders ------------------------------------------------------------------------------
    def save_order(self, order: PurchaseOrder, actor_id: UUID | None, now: datetime) -> None:
        """Writes the order, or its new header and lines (a draft edited, a status moved)."""
        held = self.conn.execute(
            select(purchase_orders.c.id).where(purchase_orders.c.id == order.id)
        ).first()
        row = row_of(order)
        if held is None:
            self.conn.execute(purchase_orders.insert(), stamped(now, **row, created_by=actor_id))
        else:
            self.conn.execute(
                update(purchase_orders)
                .where(purchase_orders.c.id == order.id)
                .values(**row, updated_at=now)
            )
        kept = {r["id"] for r in _children(self.conn, purchase_order_lines, [order.id])[order.id]}
        wanted = {ln.id for ln in order.lines}
        if kept - wanted:
            self.conn.execute(
                update(purchase_order_lines)
                .where(purchase_order_lines.c.id.in_(list(kept - wanted)))
                .values(deleted_at=now, updated_at=now)
            )
        new = [ln for ln in order.lines if ln.id not in kept]
        if new:
            self.conn.execute(
                purchase_order_lines.insert(),
                [stamped(now, **row_of(ln, document_id=order.id)) for ln in new],
            )

    def _orders(self, rows: Sequence[Any]) -> list[PurchaseOrder]:
        lines = _children(self.conn, purchase_order_lines, [r["id"] for r in rows])
        return [
            value_of(
                PurchaseOrder,
                r,
                r["currency"],
                lines=tuple(value_of(PurchaseLine, ln, r["currency"]) for ln in lines[r["id"]]),
            )
            for r in rows
        ]

    def purchase_order(self, order_id: UUID) -> PurchaseOrder:
        rows = self.conn.execute(
            select(purchase_orders).where(purchase_orders.c.id == order_id)
        ).mappings()
        found = self._orders(rows.all())
        if not found:
            raise not_found("purchase_order", order_id)
        return found[0]

    def purchase_order_by_number(self, number: str) -> PurchaseOrder | None:
        rows = self.conn.execute(
            select(purchase_orders).where(purchase_orders.c.number == number)
        ).mappings()
        found = self._orders(rows.all())
        return found[0] if found else None

    def purchase_orders(
        self, statuses: Sequence[str], for_branch_id: UUID | None, limit: int
    ) -> list[PurchaseOrder]:
        """The orders in ``statuses`` (all when empty), for one branch or all, newest first."""
        query = select(purchase_orders)
        if statuses:
            query = query.where(purchase_orders.c.status.in_(list(statuses)))
        if for_branch_id is not None:
            query = query.where(purchase_orders.c.for_branch_id == for_branch_id)
        rows = self.conn.execute(
            query.order_by(
                purchase_orders.c.issued_at.desc(), purchase_orders.c.number.desc()
            ).limit(limit)
        ).mappings()
        return self._orders(rows.all())

    def set_order_status(self, order_id: UUID, status: str, now: datetime) -> None:
        self.conn.execute(
            update(purchase_orders)
            .where(purchase_orders.c.id == order_id)
            .values(status=status, updated_at=now)
        )

    # receipts ----------------------------------------------------------------------------
    def insert_receipt(
        self,
        receipt: PurchaseReceipt,
        warehouse_id: UUID | None,
        actor_id: UUID | None,
        now: datetime,
    ) -> None:
        """Writes a receipt once (a pulled one already here is left as it is)."""
        held = self.conn.execute(
            select(purchase_receipts.c.id).where(purchase_receipts.c.id == receipt.id)
        ).first()
        if held is not None:
            return
        self.conn.execute(
            purchase_receipts.insert(),
            stamped(now, **row_of(receipt, warehouse_id=warehouse_id, created_by=actor_id)),
        )
        self.conn.execute(
            purchase_receipt_lines.insert(),
            [stamped(now, **row_of(ln, document_id=receipt.id)) for ln in receipt.lines],
        )

    def _receipts(self, rows: Sequence[Any]) -> list[PurchaseReceipt]:
        lines = _children(self.conn, purchase_receipt_lines, [r["id"] for r in rows])
        return [
            value_of(
                PurchaseReceipt,
                r,
                "",
                lines=tuple(value_of(ReceiptLine, ln, "") for ln in lines[r["id"]]),
            )
            for r in rows
        ]

    def purchase_receipt(self, receipt_id: UUID) -> PurchaseReceipt:
        rows = self.conn.execute(
            select(purchase_receipts).where(purchase_receipts.c.id == receipt_id)
        ).mappings()
        found = self._receipts(rows.all())
        if not found:
            raise not_found("purchase_receipt", receipt_id)
        return found[0]

    def receipts_of_order(self, order_id: UUID) -> list[PurchaseReceipt]:
        rows = self.conn.execute(
            select(purchase_receipts)
            .where(purchase_receipts.c.order_id == order_id)
            .order_by(purchase_receipts.c.issued_at)
        ).mappings()
        return self._receipts(rows.all())

    def receipts_of_supplier(self, supplier_id: UUID, limit: int) -> list[PurchaseReceipt]:
        rows = self.conn.execute(
            select(purchase_receipts)
            .where(purchase_receipts.c.supplier_id == supplier_id)
            .order_by(purchase_receipts.c.issued_at.desc())
            .limit(limit)
        ).mappings()
        return self._receipts(rows.all())

    # supplier invoices -------------------------------------------------------------------
    def insert_supplier_invoice(self, invoice: SupplierInvoice, now: datetime) -> None:
        self.conn.execute(supplier_invoices.insert(), stamped(now, **row_of(invoice)))
        self.conn.execute(
            supplier_invoice_lines.insert(),
            [stamped(now, **row_of(ln, document_id=invoice.id)) for ln in invoice.lines],
        )
        if invoice.schedule:
            self.conn.execute(
                supplier_invoice_dues.insert(),
                [stamped(now, **row_of(d, document_id=invoice.id)) for d in invoice.schedule],
            )

    def _invoices(self, rows: Sequence[Any]) -> list[SupplierInvoice]:
        ids = [r["id"] for r in rows]
        lines = _children(self.conn, supplier_invoice_lines, ids)
        dues = _children(self.conn, supplier_invoice_dues, ids)
        return [
            value_of(
                SupplierInvoice,
                r,
                r["currency"],
                lines=tuple(value_of(InvoiceLine, ln, r["currency"]) for ln in lines[r["id"]]),
                schedule=tuple(value_of(DueLine, d, r["currency"]) for d in dues[r["id"]]),
            )
            for r in rows
        ]

    def supplier_invoice(self, invoice_id: UUID) -> SupplierInvoice:
        rows = self.conn.execute(
            select(supplier_invoices).where(supplier_invoices.c.id == invoice_id)
        ).mappings()
        found = self._invoices(rows.all())
        if not found:
            raise not_found("supplier_invoice", invoice_id)
        return found[0]

    def supplier_invoices(self, supplier_id: UUID | None, limit: int) -> list[SupplierInvoice]:
        query = select(supplier_invoices)
        if supplier_id is not None:
            query = query.where(supplier_invoices.c.supplier_id == supplier_id)
        rows = self.conn.execute(
            query.order_by(supplier_invoices.c.issued_at.desc()).limit(limit)
        ).mappings()
        return self._invoices(rows.all())

    def invoices_of_order(self, order_id: UUID) -> list[SupplierInvoice]:
        rows = self.conn.execute(
            select(supplier_invoices).where(
                supplier_invoices.c.order_id == order_id, supplier_invoices.c.status != "cancelled"
            )
        ).mappings()
        return self._invoices(rows.all())

    def accept_supplier_invoice(
        self, invoice_id: UUID, by: UUID, reason: str, now: datetime
    ) -> None:
        self.conn.execute(
            update(supplier_invoices)
            .where(supplier_invoices.c.id == invoice_id)
            .values(match="accepted", accepted_by=by, acceptance_reason=reason, updated_at=now)
        )

    # supplier payments -------------------------------------------------------------------
    def insert_supplier_payment(self, payment: SupplierPayment, now: datetime) -> None:
        self.conn.execute(supplier_payments.insert(), stamped(now, **row_of(payment)))
        if payment.allocations:
            self.conn.execute(
                supplier_payment_allocations.insert(),
                [stamped(now, **row_of(a, document_id=payment.id)) for a in payment.allocations],
            )

    def supplier_payments(self, supplier_id: UUID | None, limit: int) -> list[SupplierPayment]:
        query = select(supplier_payments)
        if supplier_id is not None:
            query = query.where(supplier_payments.c.supplier_id == supplier_id)
        rows = (
            self.conn.execute(query.order_by(supplier_payments.c.paid_at.desc()).limit(limit))
            .mappings()
            .all()
        )
        allocations = _children(self.conn, supplier_payment_allocations, [r["id"] for r in rows])
        return [
            value_of(
                SupplierPayment,
                r,
                r["currency"],
                allocations=tuple(
                    value_of(Allocation, a, r["currency"]) for a in allocations[r["id"]]
                ),
            )
            for r in rows
        ]

    def invoices_of_receipt(self, receipt_id: UUID) -> list[SupplierInvoice]:
        """The invoices off an order that bill this receipt (a market purchase)."""
        rows = self.conn.execute(
            select(supplier_invoices).where(
                supplier_invoices.c.receipt_id == receipt_id,
                supplier_invoices.c.status != "cancelled",
            )
        ).mappings()
        return self._invoices(rows.all())

    # supplier returns --------------------------------------------------------------------
    def insert_supplier_return(
        self, sent_back: SupplierReturn, actor_id: UUID | None, now: datetime
    ) -> None:
        """Writes a return once (a pulled one already here is left as it is)."""
        held = self.conn.execute(
            select(supplier_returns.c.id).where(supplier_returns.c.id == sent_back.id)
        ).first()
        if held is not None:
            return
        self.conn.execute(
            supplier_returns.insert(), stamped(now, **row_of(sent_back, created_by=actor_id))
        )
        self.conn.execute(
            supplier_return_lines.insert(),
            [stamped(now, **row_of(ln, document_id=sent_back.id)) for ln in sent_back.lines],
        )

    def _returns(self, rows: Sequence[Any]) -> list[SupplierReturn]:
        lines = _children(self.conn, supplier_return_lines, [r["id"] for r in rows])
        return [
            value_of(
                SupplierReturn,
                r,
                r["currency"],
                lines=tuple(value_of(ReturnLine, ln, r["currency"]) for ln in lines[r["id"]]),
            )
            for r in rows
        ]

    def supplier_return(self, return_id: UUID) -> SupplierReturn:
        rows = self.conn.execute(
            select(supplier_returns).where(supplier_returns.c.id == return_id)
        ).mappings()
        found = self._returns(rows.all())
        if not found:
            raise not_found("supplier_return", return_id)
        return found[0]

    def supplier_returns(self, supplier_id: UUID | None, limit: int) -> list[SupplierReturn]:
        query = select(supplier_returns)
        if supplier_id is not None:
            query = query.where(supplier_returns.c.supplier_id == supplier_id)
        rows = self.conn.execute(
            query.order_by(supplier_returns.c.issued_at.desc()).limit(limit)
        ).mappings()
        return self._returns(rows.all())

    def returns_of_receipts(self, receipt_ids: Sequence[UUID]) -> list[SupplierReturn]:
        if not receipt_ids:
            return []
        rows = self.conn.execute(
            select(supplier_returns)
            .where(supplier_returns.c.receipt_id.in_(list(receipt_ids)))
            .order_by(supplier_returns.c.issued_at)
        ).mappings()
        return self._returns(rows.all())

    def recent_receipts(self, limit: int) -> list[PurchaseReceipt]:
        rows = self.conn.execute(
            select(purchase_receipts).order_by(purchase_receipts.c.issued_at.desc()).limit(limit)
        ).mappings()
        return self._receipts(rows.all())
