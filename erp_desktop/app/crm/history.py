"""A customer's history, built from the documents through the event bus and the server.

Each document that names a customer is recorded by CRM when its event is heard (after the
document commits, on the site that made it): a sale (``sales.sale_completed``), a return
(``sales.return_completed``), an invoice and a payment of the invoicing and receivables
modules (``INVOICE_ISSUED`` / ``PAYMENT_RECEIVED`` below: the events those modules publish,
with the data named there). The record is queued for the server, which sends it to every
site: a till shows the customer's purchases at every branch, the open balance, the lifetime
value and the last visit without reading another module's tables. A customer merged into
another at head office is read under the kept one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from erp_desktop.app.bridge import queue
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.events import Event, Handler
from erp_desktop.app.ports import ReadView, UnitOfWork
from erp_desktop.kernel.crm.history import HistorySummary
from erp_desktop.kernel.crm.interactions import Interaction
from erp_desktop.kernel.crm.loyalty import PointMovement
from erp_desktop.kernel.crm.timeline import (
    CustomerDocument,
    DocumentKind,
    TimelineEntry,
    history_of,
    timeline,
)
from erp_desktop.kernel.documents.fields import to_payload
from erp_desktop.kernel.permissions import Permission

DOCUMENT = "customer_document"  # the entity a record travels as
SALE_COMPLETED = "sales.sale_completed"
RETURN_COMPLETED = "sales.return_completed"
# The seam for the invoicing and receivables modules: publish these after the commit with
# ``document_id``, ``customer_id``, ``number``, ``at`` (ISO 8601), ``total_minor``,
# ``currency``, ``due_minor`` (what the invoice leaves owing), ``actor_id`` (the user who
# made it: the server refuses a change without one) and, for a payment, ``applies_to``
# (the invoice it settles).
INVOICE_ISSUED = "invoicing.invoice_issued"
PAYMENT_RECEIVED = "receivables.payment_received"


@dataclass(frozen=True, slots=True)
class CustomerHistory:
    customer_id: UUID
    summary: HistorySummary
    documents: tuple[CustomerDocument, ...]
    entries: tuple[TimelineEntry, ...]  # newest first
    merged: tuple[UUID, ...]  # the customers merged into this one


def _record(deps: Deps, tx: UnitOfWork, document: CustomerDocument, actor_id: UUID | None) -> None:
    """Recorded once, queued under the user who made the document (the server audits it)."""
    if tx.history.add_documents([document], deps.now()):
        queue(deps, tx, DOCUMENT, document.id, to_payload(document), actor_id)


def record_sales(deps: Deps) -> Handler:
    """On ``sales.sale_completed``: the sale, if it names a customer."""

    def on_sale(event: Event) -> None:
        with deps.store.transaction(None) as tx:
            sale = tx.sales.sale(UUID(event.data["sale_id"]))
            if sale.customer_id is None:
                return
            _record(
                deps,
                tx,
                CustomerDocument(
                    sale.id,
                    sale.customer_id,
                    DocumentKind.SALE,
                    sale.number,
                    sale.issued_at,
                    tx.org.branch(sale.branch_id).code,
                    abs(sale.total.to_minor()),
                    sale.total.currency,
                    0,
                ),
                sale.cashier_id,
            )

    return on_sale


def record_returns(deps: Deps) -> Handler:
    """On ``sales.return_completed``: the credit note, if its sale named a customer."""

    def on_return(event: Event) -> None:
        with deps.store.transaction(None) as tx:
            credit = tx.sales.sale_by_number(str(event.data["credit_note"]))
            if credit is None or credit.customer_id is None:
                return
            _record(
                deps,
                tx,
                CustomerDocument(
                    credit.id,
                    credit.customer_id,
                    DocumentKind.RETURN,
                    credit.number,
                    credit.issued_at,
                    tx.org.branch(credit.branch_id).code,
                    abs(credit.total.to_minor()),
                    credit.total.currency,
                    0,
                    credit.original_id,
                ),
                credit.cashier_id,
            )

    return on_return


def record_business_documents(deps: Deps, kind: DocumentKind) -> Handler:
    """On ``INVOICE_ISSUED`` / ``PAYMENT_RECEIVED``: the invoice or payment (see above)."""

    def on_document(event: Event) -> None:
        d: Mapping[str, Any] = event.data
        if not d.get("customer_id"):
            return
        with deps.store.transaction(None) as tx:
            _record(
                deps,
                tx,
                CustomerDocument(
                    UUID(str(d["document_id"])),
                    UUID(str(d["customer_id"])),
                    kind,
                    str(d["number"]),
                    datetime.fromisoformat(str(d["at"])),
                    tx.org.local_branch().code,
                    int(d["total_minor"]),
                    str(d["currency"]),
                    int(d.get("due_minor") or 0),
                    UUID(str(d["applies_to"])) if d.get("applies_to") else None,
                ),
                UUID(str(d["actor_id"])) if d.get("actor_id") else None,
            )

    return on_document


def subscribe_history(deps: Deps) -> None:
    deps.bus.subscribe(SALE_COMPLETED, record_sales(deps))
    deps.bus.subscribe(RETURN_COMPLETED, record_returns(deps))
    deps.bus.subscribe(INVOICE_ISSUED, record_business_documents(deps, DocumentKind.INVOICE))
    deps.bus.subscribe(PAYMENT_RECEIVED, record_business_documents(deps, DocumentKind.PAYMENT))


def _sign(kind: str) -> int:
    return -1 if kind in (DocumentKind.RETURN, DocumentKind.PAYMENT) else 1


def _entries(
    tx: ReadView,
    ids: Sequence[UUID],
    documents: Sequence[CustomerDocument],
    movements: Mapping[UUID, list[PointMovement]] | None,
    interactions: Mapping[UUID, Sequence[Interaction]] | None,
) -> list[TimelineEntry]:
    """The timeline's entries: documents, point movements and interactions (each read here
    unless given, by customer)."""
    entries = [
        TimelineEntry(d.at, d.kind, d.site, d.number, _sign(d.kind) * d.amount_minor, d.id)
        for d in documents
    ]
    for cid in ids:
        entries.extend(
            TimelineEntry(m.at, "points", m.site, m.kind, m.points, m.id)
            for m in (
                movements[cid] if movements and cid in movements else tx.loyalty.movements_of(cid)
            )
        )
        entries.extend(
            TimelineEntry(i.at, i.kind, i.site, i.text, 0, i.id)
            for i in (
                interactions[cid]
                if interactions and cid in interactions
                else tx.interactions.interactions_of(cid)
            )
        )
    return entries


def history_from(
    tx: ReadView,
    customer_id: UUID,
    limit: int | None = 200,
    movements: Mapping[UUID, list[PointMovement]] | None = None,
) -> CustomerHistory:
    """The history of ``customer_id`` and of those merged into it, every document folded
    here; ``movements`` gives point movements already read (by customer)."""
    merged = tx.history.merged_into(customer_id)
    ids = [customer_id, *merged]
    documents = tx.history.documents_of(ids)
    currency = tx.org.company().currency
    return CustomerHistory(
        customer_id,
        history_of(documents, currency),
        tuple(documents),
        tuple(timeline(_entries(tx, ids, documents, movements, None), limit)),
        tuple(merged),
    )


def recent_history(
    tx: ReadView,
    customer_id: UUID,
    limit: int,
    movements: Mapping[UUID, list[PointMovement]] | None = None,
    interactions: Mapping[UUID, Sequence[Interaction]] | None = None,
) -> CustomerHistory:
    """What the profile page shows: the same summary, from the replica's aggregates over
    every document rather than from the rows (two years of a regular's tickets are
    thousands), and the ``limit`` newest documents for the timeline (``documents`` holds
    only those)."""
    merged = tx.history.merged_into(customer_id)
    ids = [customer_id, *merged]
    documents = tx.history.latest_documents(ids, limit)
    summary = tx.history.summary_of(ids, tx.org.company().currency)
    return CustomerHistory(
        customer_id,
        summary,
        tuple(documents),
        tuple(timeline(_entries(tx, ids, documents, movements, interactions), limit)),
        tuple(merged),
    )


def customer_history(
    deps: Deps, actor: Actor, customer_id: UUID, limit: int | None = 200
) -> CustomerHistory:
    """The summary, the documents and the timeline (documents, interactions, points) of a
    customer and of those merged into them."""
    actor.require(Permission.CRM_CUSTOMER_VIEW)
    with deps.store.read() as tx:
        return history_from(tx, customer_id, limit)
