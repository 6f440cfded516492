"""Cancelling a business document: an unpaid, uncredited invoice by reversing its entry;
an order or a quote with nothing following it (the reservation goes). Never an edit or a
delete."""

from __future__ import annotations

from dataclasses import replace
from uuid import UUID

from erp_desktop.app.bridge import chart_of, post_entry
from erp_desktop.app.business.documents import (
    POSTED,
    WRITTEN,
    check_own_final,
    document_of,
)
from erp_desktop.app.changes import Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.events import Event
from erp_desktop.app.ports import ReadView
from erp_desktop.kernel.documents import document_from_payload, payload
from erp_desktop.kernel.documents.business import (
    CUSTOMER_CREDIT_NOTE,
    CUSTOMER_INVOICE,
    DELIVERY_NOTE,
    BusinessDocument,
)
from erp_desktop.kernel.documents.business_posting import cancellation_entry
from erp_desktop.kernel.errors import ConflictError, ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.protocol.payloads import validate_payload


def open_amount_paid(tx: ReadView, invoice: BusinessDocument) -> Money:
    """What payments settled of the invoice (the receivables module's allocations, less
    those of bounced cheques and traites)."""
    return Money.from_minor(tx.receivables.allocated_to(invoice.id), invoice.currency)


def cancel_document(deps: Deps, actor: Actor, document_id: UUID) -> Done[BusinessDocument]:
    """Cancels a quote, an order with nothing delivered, or an unpaid and uncredited invoice
    (by the reversal of its entry); never an edit or a delete."""
    actor.require(Permission.SALES_INVOICE)
    with deps.store.transaction(actor.user_id) as tx:
        document = document_of(tx, document_id)
        check_own_final(document, actor)
        following = [
            d for d in tx.business.documents_related_to(document.id) if d.status == "final"
        ]
        if document.kind in (DELIVERY_NOTE, CUSTOMER_CREDIT_NOTE):
            raise ConflictError("business.not_cancellable", number=document.number)
        changes = WRITTEN
        now = deps.now()
        cancelled = replace(document, status="cancelled", cancelled_at=now)
        wire = validate_payload("business_document", payload(cancelled))
        if document.kind == CUSTOMER_INVOICE:
            if following:
                raise ConflictError("business.invoice_credited", number=document.number)
            if not open_amount_paid(tx, document).is_zero():
                raise ValidationError("receivables.invoice_paid", invoice=document.number)
            # the reversal from the payload queued, as the server will make it
            sent = document_from_payload("business_document", wire, document.branch_id)
            assert isinstance(sent, BusinessDocument)
            post_entry(tx, cancellation_entry(chart_of(tx), sent), now)
            changes = POSTED
        elif following:
            raise ConflictError("business.document_followed", number=following[0].number)
        tx.business.cancel_business_document(document.id, now)  # its cancelled_at: now
        tx.outbox.queue_change(
            "business_document", document.id, wire, deps.hlc.now().encode(), actor.user_id, now
        )
    deps.bus.publish(
        Event(
            "business.document_cancelled",
            {"document_id": str(document.id), "kind": document.kind, "number": document.number},
        )
    )
    return Done(cancelled, changes)
