"""Applying purchasing rows pulled from the server (see ``storage.remote``, issue 14):
head office's suppliers at every site; the purchase orders head office raised for a branch
(and the branches' orders and receipts at head office); head office's supplier invoices,
whose price differences and landed costs move the average cost of what a branch holds
(and which the branch keeps, so goods it sends back once invoiced make a debit note); the
branches' supplier returns at head office, where they offset the supplier's balance."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, select, update

from erp_desktop.app.changes import Changed, Changes
from erp_desktop.kernel.documents import document_from_payload, posting_of
from erp_desktop.kernel.errors import NotFound
from erp_desktop.kernel.inventory.costing import AverageCost
from erp_desktop.kernel.ledger.accounts import load_chart
from erp_desktop.kernel.protocol.payloads import validate_payload
from erp_desktop.kernel.purchasing.accounts import purchasing_chart
from erp_desktop.kernel.purchasing.invoice_costs import absorbed_by_held, added_costs
from erp_desktop.kernel.quantity import from_milli
from erp_desktop.storage.repositories.ledger import LedgerRepository
from erp_desktop.storage.repositories.purchasing import PurchasingRepository
from erp_desktop.storage.repositories.suppliers import SuppliersRepository, supplier_of
from erp_desktop.storage.tables.catalog import suppliers
from erp_desktop.storage.tables.org import branches, company, warehouses
from erp_desktop.storage.tables.stock import stock_levels

Applier = Callable[[Connection, Mapping[str, Any], datetime], None]


def _supplier(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """Head office's supplier, whole: its row and the products it supplies (issue 14)."""
    SuppliersRepository(conn).save_supplier(supplier_of(p), now, active=bool(p["active"]))


def _purchase_document(entity: str, p: Mapping[str, Any]) -> Any:
    """A branch's purchase document as the server sends it on (its wire payload and the
    site that pushed it): head office receives the branches' receipts and orders, a branch
    the orders head office raised for it."""
    wire = validate_payload(entity, {k: v for k, v in p.items() if k != "branch_id"})
    return document_from_payload(entity, wire, UUID(str(p["branch_id"])))


def _purchase_order(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    PurchasingRepository(conn).save_order(_purchase_document("purchase_order", p), None, now)


def _purchase_receipt(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    receipt = _purchase_document("purchase_receipt", p)
    PurchasingRepository(conn).insert_receipt(receipt, None, None, now)


def _supplier_invoice(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """Head office's invoice of goods this branch received: its price and rate difference
    and its landed costs move the average cost of what the branch still holds (the stock
    levels' cost; quantities and movements stay as they are)."""
    if _local_kind(conn) == "head_office":
        return  # head office has its own invoices and keeps no stock
    invoice = _purchase_document("supplier_invoice", p)
    _keep_invoice(conn, invoice, now)
    home = conn.execute(select(company.c.currency)).scalar_one()
    warehouse = conn.execute(
        select(warehouses.c.id)
        .join(branches, branches.c.id == warehouses.c.branch_id)
        .where(branches.c.is_local.is_(True))
        .order_by(warehouses.c.code)
        .limit(1)
    ).scalar()
    if warehouse is None:
        return
    for product_id, (invoiced, added) in added_costs(invoice, home).items():
        level = conn.execute(
            select(stock_levels.c.quantity_milli, stock_levels.c.average_cost).where(
                stock_levels.c.warehouse_id == warehouse,
                stock_levels.c.product_id == product_id,
            )
        ).first()
        if level is None:
            continue
        state = AverageCost(from_milli(level[0]), Decimal(level[1]))
        moved = absorbed_by_held(state, invoiced, added)
        conn.execute(
            update(stock_levels)
            .where(
                stock_levels.c.warehouse_id == warehouse,
                stock_levels.c.product_id == product_id,
            )
            .values(average_cost=moved.unit_cost, updated_at=now)
        )


def _keep_invoice(conn: Connection, invoice: Any, now: datetime) -> None:
    """The invoice, kept once at the branch (what a return of its goods is priced by)."""
    repository = PurchasingRepository(conn)
    known = conn.execute(select(branches.c.id).where(branches.c.id == invoice.branch_id)).first()
    supplier = conn.execute(
        select(suppliers.c.id).where(suppliers.c.id == invoice.supplier_id)
    ).first()
    if known is None or supplier is None:
        return  # head office's site or the supplier not pulled yet: the costs still move
    try:
        repository.supplier_invoice(invoice.id)
    except NotFound:
        repository.insert_supplier_invoice(invoice, now)


def _supplier_return(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """A branch's return at head office: its debit note offsets the supplier's balance, its
    return before the invoice nets what the supplier may still bill. A debit note is also
    posted here, with the branch's entry (the same id, from the same rule): head office's
    books hold the supplier's invoices and payments, so the note reducing one belongs
    beside them (its payable then equals its open items)."""
    sent_back = _purchase_document("supplier_return", p)
    repository = PurchasingRepository(conn)
    try:
        repository.supplier_return(sent_back.id)
        return  # pulled again
    except NotFound:
        repository.insert_supplier_return(sent_back, None, now)
    if sent_back.invoice_id is None or _local_kind(conn) != "head_office":
        return
    country = conn.execute(select(company.c.country)).scalar_one()
    entry = posting_of(sent_back, purchasing_chart(load_chart(country)))
    if entry is not None:
        LedgerRepository(conn).insert_entry(entry, now)


def _local_kind(conn: Connection) -> str | None:
    return conn.execute(select(branches.c.kind).where(branches.c.is_local.is_(True))).scalar()


PURCHASING_APPLIERS: dict[str, Applier] = {
    "supplier": _supplier,
    "purchase_order": _purchase_order,
    "purchase_receipt": _purchase_receipt,
    "supplier_invoice": _supplier_invoice,
    "supplier_return": _supplier_return,
}
PURCHASING_CHANGES: dict[str, Changes] = {
    "supplier": frozenset({Changed.SUPPLIERS}),
    "purchase_order": frozenset({Changed.PURCHASING}),
    "purchase_receipt": frozenset({Changed.PURCHASING}),
    "supplier_invoice": frozenset({Changed.STOCK, Changed.PURCHASING}),  # the average cost
    "supplier_return": frozenset({Changed.PURCHASING, Changed.JOURNAL}),
}
