"""The warehouse desk's list of documents: what the branch received, sent, counted and
adjusted over a period, and the transfers other branches sent it (arriving, or received),
each as one row the desk filters by kind, status and text, sorts and adds up.

The period is in the branch's own calendar (a document issued at 23:30 in Algiers belongs
to that day, not the next UTC one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.kernel.calendar import zone_of
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.permissions import Permission

DOCUMENTS_AT_MOST = 2000  # a year of a busy branch's receipts, counts and transfers
ARRIVING = "arriving"  # a transfer another branch sent here: its kind on the desk


@dataclass(frozen=True, slots=True)
class StockDocumentRow:
    id: UUID
    issued_at: datetime
    kind: str  # goods_receipt, transfer_out, transfer_in, count, adjustment, opening, arriving
    number: str
    status: str  # final, in_transit, received
    counterpart: str  # the other branch's code (a transfer's), else ""
    lines: int
    quantity: Decimal  # the lines' quantities added, signed as the stock moves here
    value: Decimal  # at the lines' unit costs, company currency


def stock_documents(deps: Deps, actor: Actor, start: date, end: date) -> list[StockDocumentRow]:
    """The documents of the days ``start`` to ``end`` included, latest first."""
    actor.require(Permission.INVENTORY_VIEW)
    if end < start or (end - start).days > 3660:
        raise ValidationError("common.invalid_value", field="period", value=f"{start}..{end}")
    with deps.store.read() as tx:
        zone = zone_of(tx.org.company().country)
        here = tx.org.local_branch().id
        codes = {b.id: b.code for b in tx.org.branches()}
        first = datetime.combine(start, time(0), zone)
        after = datetime.combine(end + timedelta(days=1), time(0), zone)
        documents = tx.stock.stock_documents_between(here, first, after, DOCUMENTS_AT_MOST)
    rows = []
    for doc in documents:
        sent_here = doc.branch_id != here
        other = doc.branch_id if sent_here else doc.counterpart_branch_id
        sign = -1 if sent_here else 1  # what another branch sent out comes in here
        rows.append(
            StockDocumentRow(
                doc.id,
                doc.issued_at,
                ARRIVING if sent_here else doc.kind,
                doc.number,
                doc.status,
                codes.get(other, "") if other else "",
                len(doc.lines),
                sign * sum((ln.quantity for ln in doc.lines), Decimal(0)),
                sign * doc.value().quantize(Decimal("0.01")),
            )
        )
    return rows
