"""Supplier returns (debit notes) pushed by the branch that sent the goods back (issue 14),
posted once with the kernel's rule over the very payload the replica posted from, so the
entry and its id are the replica's.

The server checks again what the replica checked, over what it holds: the receipt is this
branch's and from the return's supplier, and no more goes back than it brought less every
earlier return of it (``payables.return_above_received``). The stock leaves by the
return's own stock movements (merged as every movement). A return that names no invoice
while head office's invoice of the receipt's goods is here already (the branch had not
pulled it) still reverses the accrual, as its entry says: an alert tells head office to
settle it with the supplier (``supplier_return_after_invoice``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from erp_desktop.kernel.documents import document_from_payload, posting_of
from erp_desktop.kernel.documents.supplier_return import SupplierReturn
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.protocol.envelope import Change
from erp_desktop.kernel.purchasing.accounts import purchasing_chart
from sync_server.db.engine import act_as
from sync_server.db.mergers import alerts, postings
from sync_server.db.mergers import supplier_returns as rows
from sync_server.services.mergers.base import MergeContext
from sync_server.services.mergers.purchases import Checked, _supplier_known, _suppliers


class SupplierReturnMerger:
    entity = "supplier_return"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Checked]:
        known = _suppliers(ctx, changes)
        receipt_ids = [c.payload["receipt_id"] for c in changes]
        receipts = rows.receipts_by_id(ctx.conn, ctx.branch_id, receipt_ids)
        taken = rows.returned_by_line(ctx.conn, ctx.branch_id, receipt_ids)
        invoiced = rows.invoiced_receipts(ctx.conn, receipt_ids)
        chart = purchasing_chart(ctx.chart)
        batch: list[tuple[str, str, int]] = []  # what this batch's returns took, as checked

        def check(change: Change) -> Checked:
            p = change.payload
            _supplier_known(known, p)
            receipt = receipts.get(p["receipt_id"])
            if receipt is None:
                raise ValidationError("payables.receipt_of_another_branch", receipt=p["number"])
            if receipt["payload"]["supplier_id"] != p["supplier_id"]:
                raise ValidationError("payables.return_wrong_supplier", document=receipt["number"])
            came = {ln["id"]: ln for ln in receipt["payload"]["lines"]}
            earlier: dict[str, int] = {}
            for other, line, milli in (*taken, *batch):
                if other != p["id"]:  # a replay is not its own earlier return
                    earlier[line] = earlier.get(line, 0) + milli
            asked: dict[str, int] = {}
            for ln in p["lines"]:
                key = ln["receipt_line_id"]
                got = came.get(key)
                if got is None:
                    raise ValidationError(
                        "payables.invalid_line", line=ln["id"], quantity="", price=""
                    )
                asked[key] = asked.get(key, 0) + int(ln["quantity_milli"])
                left = int(got["quantity_milli"]) - earlier.get(key, 0)
                if asked[key] > left:
                    raise ValidationError(
                        "payables.return_above_received",
                        product=got["product_id"],
                        returned=str(Decimal(asked[key]).scaleb(-3)),
                        left=str(Decimal(left).scaleb(-3)),
                    )
            sent_back = document_from_payload("supplier_return", p, ctx.branch_id)
            assert isinstance(sent_back, SupplierReturn)
            batch.extend((p["id"], k, q) for k, q in asked.items())
            late = p["invoice_id"] is None and p["receipt_id"] in invoiced
            return Checked(p, posting_of(sent_back, chart), late)

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Checked]]) -> None:
        for change, done in checked:
            act_as(ctx.conn, change.actor_id)
            if not rows.insert_return(ctx.conn, ctx.branch_id, done.payload):
                continue
            if done.entry is not None:
                postings.insert_entry(ctx.conn, done.entry, ctx.branch_id)
            if done.extra:
                alerts.insert_alerts(
                    ctx.conn,
                    ctx.branch_id,
                    [("supplier_return_after_invoice", {"return": done.payload["number"]})],
                )
