"""What the screens of business documents read: the list (filtered by kind and status) with
each document's customer and its status in its life (an order open, partly delivered or
delivered; a quote ordered; an invoice credited), and one document with what follows it
and what is left to deliver, invoice or credit on each line."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.business.document_chain import billable_lines
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import ReadView
from erp_desktop.app.records import CustomerInfo
from erp_desktop.kernel.documents.business import (
    CUSTOMER_CREDIT_NOTE,
    CUSTOMER_INVOICE,
    DELIVERY_NOTE,
    GOODS,
    QUOTE,
    SALES_ORDER,
    BusinessDocument,
)
from erp_desktop.kernel.errors import NotFound
from erp_desktop.kernel.invoicing import credit_notes, flow
from erp_desktop.kernel.permissions import Permission

# the statuses a list may be filtered by, beyond final and cancelled
ORDERED, CREDITED, PARTLY_CREDITED = "ordered", "credited", "partly_credited"
INVOICED = "invoiced"  # an order delivered and billed in full


@dataclass(frozen=True, slots=True)
class DocumentRow:
    document: BusinessDocument
    customer: str
    customer_ar: str
    status: str  # final, cancelled, ordered, open, partially_delivered, delivered, credited...


@dataclass(frozen=True, slots=True)
class DocumentDetail:
    document: BusinessDocument
    customer: CustomerInfo
    follows: BusinessDocument | None
    following: tuple[BusinessDocument, ...]
    status: str
    # per line id: what is left to deliver (an order), to invoice (an order), to credit
    # (an invoice)
    to_deliver: dict[UUID, Decimal]
    to_invoice: dict[UUID, Decimal]
    to_credit: dict[UUID, Decimal]


def status_of(doc: BusinessDocument, following: Sequence[BusinessDocument]) -> str:
    live = [d for d in following if d.status == "final"]
    if doc.status == "cancelled":
        return "cancelled"
    if doc.kind == QUOTE:
        return ORDERED if any(d.kind == SALES_ORDER for d in live) else "final"
    if doc.kind == SALES_ORDER:
        deliveries = [d for d in live if d.kind == DELIVERY_NOTE]
        shown = flow.order_status(doc, deliveries)
        invoices = [d for d in live if d.kind == CUSTOMER_INVOICE]
        billed: dict[UUID, Decimal] = defaultdict(Decimal)
        for inv in invoices:
            for ln in inv.lines:
                if ln.source_line_id is not None:
                    billed[ln.source_line_id] += ln.quantity
        if shown == flow.DELIVERED and all(billed[ln.id] >= ln.quantity for ln in doc.lines):
            return INVOICED
        return shown
    if doc.kind == CUSTOMER_INVOICE:
        taken = credit_notes.credited(doc, [d for d in live if d.kind == CUSTOMER_CREDIT_NOTE])
        if not taken:
            return "final"
        whole = all(taken.get(ln.id, (Decimal(0),))[0] >= ln.quantity for ln in doc.lines)
        return CREDITED if whole else PARTLY_CREDITED
    return "final"


def list_documents(
    deps: Deps,
    actor: Actor,
    kinds: Sequence[str] = (),
    status: str | None = None,
    customer_id: UUID | None = None,
    limit: int = 300,
) -> list[DocumentRow]:
    """The newest documents first, of ``kinds`` (all when empty), in ``status`` (any)."""
    actor.require(Permission.SALES_VIEW)
    with deps.store.read() as tx:
        stored = "cancelled" if status == "cancelled" else None
        docs = tx.business.business_documents(kinds, customer_id, stored, limit)
        following: dict[UUID, list[BusinessDocument]] = defaultdict(list)
        for d in tx.business.documents_following([d.id for d in docs], docs):
            assert d.related_id is not None
            following[d.related_id].append(d)
        names: dict[UUID, CustomerInfo] = {}
        rows = []
        for doc in docs:
            if doc.customer_id not in names:
                names[doc.customer_id] = tx.customers.customer(doc.customer_id)
            shown = status_of(doc, following[doc.id])
            if status is not None and shown != status:
                continue
            customer = names[doc.customer_id]
            rows.append(DocumentRow(doc, customer.name, customer.name_ar, shown))
        return rows


def _left_to_credit(tx: ReadView, invoice: BusinessDocument) -> dict[UUID, Decimal]:
    notes = [
        d
        for d in tx.business.documents_related_to(invoice.id)
        if d.kind == CUSTOMER_CREDIT_NOTE and d.status == "final"
    ]
    taken = credit_notes.credited(invoice, notes)
    left = {ln.id: ln.quantity - taken.get(ln.id, (Decimal(0),))[0] for ln in invoice.lines}
    return {k: v for k, v in left.items() if v > 0}


def document_detail(deps: Deps, actor: Actor, document_id: UUID) -> DocumentDetail:
    actor.require(Permission.SALES_VIEW)
    with deps.store.read() as tx:
        doc = tx.business.business_document(document_id)
        if doc is None:
            raise NotFound("common.not_found", entity="business_document", id=str(document_id))
        following = tuple(tx.business.documents_related_to(doc.id))
        follows = tx.business.business_document(doc.related_id) if doc.related_id else None
        to_deliver: dict[UUID, Decimal] = {}
        to_invoice: dict[UUID, Decimal] = {}
        to_credit: dict[UUID, Decimal] = {}
        if doc.kind == SALES_ORDER and doc.status == "final":
            done = flow.delivered(d for d in following if d.status == "final")
            to_deliver = {
                ln.id: ln.quantity - done.get(ln.id, Decimal(0))
                for ln in doc.lines
                if ln.nature == GOODS and ln.quantity > done.get(ln.id, Decimal(0))
            }
            to_invoice = billable_lines(tx, doc)
        if doc.kind == CUSTOMER_INVOICE and doc.status == "final" and doc.ticket_id is None:
            to_credit = _left_to_credit(tx, doc)
        return DocumentDetail(
            doc,
            tx.customers.customer(doc.customer_id),
            follows,
            following,
            status_of(doc, following),
            to_deliver,
            to_invoice,
            to_credit,
        )


def customers_open_orders(deps: Deps, actor: Actor, customer_id: UUID) -> dict[str, int]:
    """How many documents of each kind the customer has (the editor's summary)."""
    actor.require(Permission.SALES_VIEW)
    with deps.store.read() as tx:
        counts: dict[str, int] = defaultdict(int)
        for d in tx.business.business_documents((), customer_id, None, 10_000):
            counts[d.kind] += 1
        return dict(counts)
