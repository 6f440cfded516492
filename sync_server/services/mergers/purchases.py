"""The purchase documents pushed by the sites (issue 14), each posted once with the kernel's
rule over the very payload the replica posted from (``posting_of`` of the document the
payload describes, purchasing's accounts added: ``purchasing_chart``), so the entry and its
id are the replica's.

- An order: by the site that raised it (a branch for itself; head office for any branch);
  the branch it is for moves its status as its goods arrive. Orders post nothing.
- A receipt: by the receiving branch; against an order, that order must be for this branch
  (``payables.order_for_another_branch``) and still open; stock against "invoices not yet
  received".
- A supplier invoice: by head office. The server matches it again three ways, over the
  receipts of every branch it holds (head office's replica may not have pulled the last
  one yet): when its verdict differs from head office's, an alert says so. An invoice
  changes once, when accepted; the acceptance is recorded, nothing posted again.
- A supplier payment: by head office; an invoice it settles must be known here and
  payable (``payables.invoice_blocked``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.kernel.documents import document_from_payload, posting_of
from erp_desktop.kernel.documents.purchase import (
    ACCEPTED,
    MATCHED,
    InvoiceLineInput,
    PurchaseOrder,
    PurchaseReceipt,
    SupplierInvoice,
)
from erp_desktop.kernel.errors import NotFound, PermissionDenied, ValidationError
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.protocol.envelope import Change
from erp_desktop.kernel.purchasing.accounts import purchasing_chart
from erp_desktop.kernel.purchasing.matching import received_goods, three_way_match
from sync_server.db.engine import act_as
from sync_server.db.mergers import alerts, postings
from sync_server.db.mergers import purchases as rows
from sync_server.services.mergers.base import MergeContext

Payload = Mapping[str, Any]
OPEN_STATUSES = ("open", "partially_received")


@dataclass(frozen=True, slots=True)
class Checked:
    payload: Payload
    entry: JournalEntry | None = None
    extra: Any = None


def _suppliers(ctx: MergeContext, changes: Sequence[Change]) -> set[str]:
    return rows.known_suppliers(ctx.conn, (c.payload["supplier_id"] for c in changes))


def _supplier_known(known: set[str], p: Payload) -> None:
    if p["supplier_id"] not in known:
        raise NotFound("common.not_found", entity="supplier", id=p["supplier_id"])


class PurchaseOrderMerger:
    entity = "purchase_order"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Checked]:
        known = _suppliers(ctx, changes)
        held = rows.orders_by_id(ctx.conn, (c.payload["id"] for c in changes))
        office = rows.head_office_site(ctx.conn)

        def check(change: Change) -> Checked:
            p = change.payload
            _supplier_known(known, p)
            before = held.get(p["id"])
            raised_by = before["branch_id"] if before else ctx.branch_id
            for_branch = UUID(p["for_branch_id"])
            if before is None and ctx.branch_id != office and for_branch != ctx.branch_id:
                raise PermissionDenied("payables.order_for_another_branch", order=p["number"])
            if before is not None and ctx.branch_id not in (raised_by, for_branch, office):
                raise PermissionDenied("payables.order_for_another_branch", order=p["number"])
            return Checked(p, extra=raised_by)

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Checked]]) -> None:
        for change, done in checked:
            act_as(ctx.conn, change.actor_id)
            rows.save_order(ctx.conn, done.extra, done.payload)


class PurchaseReceiptMerger:
    entity = "purchase_receipt"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Checked]:
        known = _suppliers(ctx, changes)
        orders = rows.orders_by_id(ctx.conn, (c.payload["order_id"] for c in changes))
        chart = purchasing_chart(ctx.chart)

        def check(change: Change) -> Checked:
            p = change.payload
            _supplier_known(known, p)
            if p["order_id"] is not None:
                order = orders.get(p["order_id"])
                # a branch sees the orders raised by it or for it (row-level security), and
                # its order always reached the server before its receipts: one it cannot
                # see is another branch's
                if order is None or order["for_branch_id"] != ctx.branch_id:
                    raise ValidationError("payables.order_for_another_branch", order=p["number"])
                if order["payload"]["supplier_id"] != p["supplier_id"]:
                    raise ValidationError("payables.wrong_supplier", order=p["number"])
            receipt = document_from_payload("purchase_receipt", p, ctx.branch_id)
            assert isinstance(receipt, PurchaseReceipt)
            value = Money.of(receipt.value(), chart.currency).to_minor()
            return Checked(p, posting_of(receipt, chart), value)

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Checked]]) -> None:
        for change, done in checked:
            act_as(ctx.conn, change.actor_id)
            written = rows.insert_receipt(ctx.conn, ctx.branch_id, done.payload, done.extra)
            if written and done.entry is not None:
                postings.insert_entry(ctx.conn, done.entry, ctx.branch_id)


def server_match(
    invoice: SupplierInvoice, order: PurchaseOrder | None, receipts: Sequence[PurchaseReceipt]
) -> tuple[str, list[dict[str, Any]]]:
    """The three-way match over every receipt the server holds of the invoice's order."""
    inputs = [
        InvoiceLineInput(
            ln.quantity,
            ln.unit_price,
            ln.vat_rate,
            ln.nature,
            ln.product_id,
            ln.order_line_id,
            ln.description,
        )
        for ln in invoice.lines
    ]
    match, problems = three_way_match(inputs, received_goods(receipts), order=order)
    return match, [
        {"line": p.line, "kind": p.kind, "expected": p.expected, "found": p.found} for p in problems
    ]


class SupplierInvoiceMerger:
    entity = "supplier_invoice"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Checked]:
        known = _suppliers(ctx, changes)
        order_ids = [c.payload["order_id"] for c in changes]
        orders = rows.orders_by_id(ctx.conn, order_ids)
        receipts = rows.receipts_of_orders(ctx.conn, order_ids)
        held = rows.invoices_by_id(ctx.conn, (c.payload["id"] for c in changes))
        chart = purchasing_chart(ctx.chart)

        def check(change: Change) -> Checked:
            p = change.payload
            _supplier_known(known, p)
            invoice = document_from_payload("supplier_invoice", p, ctx.branch_id)
            assert isinstance(invoice, SupplierInvoice)
            before = held.get(p["id"])
            if before is not None:  # only an acceptance changes an invoice
                if not (before["match"] == "blocked" and p["match"] == ACCEPTED):
                    raise ValidationError("payables.nothing_to_accept", invoice=p["number"])
                if not str(p["acceptance_reason"]).strip():
                    raise ValidationError("payables.acceptance_needs_reason", invoice=p["number"])
                return Checked(p, None, ("accepted", []))
            found = orders.get(p["order_id"]) if p["order_id"] else None
            order = None
            if found is not None:
                made = document_from_payload("purchase_order", found["payload"], found["branch_id"])
                assert isinstance(made, PurchaseOrder)
                order = made
            got = [
                r
                for payload, branch in receipts.get(p["order_id"] or "", [])
                if isinstance(
                    r := document_from_payload("purchase_receipt", payload, branch),
                    PurchaseReceipt,
                )
            ]
            verdict = server_match(invoice, order, got) if order is not None else (p["match"], [])
            return Checked(p, posting_of(invoice, chart), verdict)

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Checked]]) -> None:
        for change, done in checked:
            act_as(ctx.conn, change.actor_id)
            p = done.payload
            verdict, problems = done.extra
            if rows.save_invoice(ctx.conn, p, verdict, problems):
                if done.entry is not None:
                    postings.insert_entry(ctx.conn, done.entry, ctx.branch_id)
                rows.record_last_prices(ctx.conn, p["supplier_id"], p["currency"], _last_prices(p))
                if verdict != p["match"]:
                    alerts.insert_alerts(
                        ctx.conn,
                        ctx.branch_id,
                        [
                            (
                                "supplier_invoice_match",
                                {
                                    "invoice": p["number"],
                                    "pushed": p["match"],
                                    "server": verdict,
                                    "problems": problems,
                                },
                            )
                        ],
                    )


def _last_prices(p: Payload) -> dict[str, int]:
    """Each goods line's price in minor units of the invoice's currency (the supplier's
    currency when it bills in it: the client checks that, the row keeps one currency)."""
    prices = {}
    for ln in p["lines"]:
        if ln["nature"] == "goods" and ln["product_id"]:
            prices[ln["product_id"]] = Money.of(Decimal(ln["unit_price"]), p["currency"]).to_minor()
    return prices


class SupplierPaymentMerger:
    entity = "supplier_payment"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Checked]:
        known = _suppliers(ctx, changes)
        invoices = rows.invoices_by_id(
            ctx.conn, (a["invoice_id"] for c in changes for a in c.payload["allocations"])
        )
        chart = purchasing_chart(ctx.chart)

        def check(change: Change) -> Checked:
            p = change.payload
            _supplier_known(known, p)
            for a in p["allocations"]:
                found = invoices.get(a["invoice_id"])
                if found is None:
                    raise NotFound(
                        "common.not_found", entity="supplier_invoice", id=a["invoice_id"]
                    )
                if found["match"] not in (MATCHED, ACCEPTED):
                    raise ValidationError(
                        "payables.invoice_blocked", invoice=found["payload"]["number"]
                    )
            payment = document_from_payload("supplier_payment", p, ctx.branch_id)
            return Checked(p, posting_of(payment, chart))

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Checked]]) -> None:
        for change, done in checked:
            act_as(ctx.conn, change.actor_id)
            if rows.insert_payment(ctx.conn, done.payload) and done.entry is not None:
                postings.insert_entry(ctx.conn, done.entry, ctx.branch_id)
