"""A customer's payment (or refund) and the fate of its cheque or traite, pushed by the
site that received it: checked, stored once under its branch, posted once with the kernel's
rule under the replica's deterministic entry ids.

A payment's allocations may name invoices of other branches (a customer pays at Oran what
Alger invoiced): the server keeps them as pushed, since the money was taken, and every site
receives the payment down, so each computes the same open balance. An instrument event is
posted with the payment it concerns (pushed before it, in the same batch or an earlier
one); a step the instrument cannot take (a cleared cheque bounced) is refused with
``receivables.bad_instrument_transition``. A replayed push changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from erp_desktop.kernel.documents import posting_of
from erp_desktop.kernel.documents.business import (
    CustomerPayment,
    InstrumentEvent,
    instrument_from_payload,
    payment_from_payload,
)
from erp_desktop.kernel.errors import NotFound, ValidationError
from erp_desktop.kernel.invoicing.payments import instrument_state
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.engine import act_as
from sync_server.db.mergers import customer_payments as rows
from sync_server.db.mergers import postings
from sync_server.services.mergers.base import MergeContext

_STEP = {
    "instrument_deposited": "deposit",
    "instrument_cleared": "clear",
    "instrument_bounced": "bounce",
}


@dataclass(frozen=True, slots=True)
class CheckedPayment:
    payment: CustomerPayment
    entry: JournalEntry | None


class CustomerPaymentMerger:
    entity = "customer_payment"

    def checks(
        self, ctx: MergeContext, changes: Sequence[Change]
    ) -> Callable[[Change], CheckedPayment]:
        def check(change: Change) -> CheckedPayment:
            payment = payment_from_payload(change.payload, ctx.branch_id)
            if payment.allocated > payment.amount:
                raise ValidationError(
                    "receivables.allocation_exceeds_payment",
                    payment=payment.number,
                    allocated=str(payment.allocated),
                    amount=str(payment.amount),
                )
            return CheckedPayment(payment, posting_of(payment, ctx.chart))

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, CheckedPayment]]) -> None:
        for change, done in checked:
            act_as(ctx.conn, change.actor_id)
            if rows.insert_payment(ctx.conn, ctx.branch_id, change.payload) and done.entry:
                postings.insert_entry(ctx.conn, done.entry, ctx.branch_id)


@dataclass(frozen=True, slots=True)
class CheckedEvent:
    event: InstrumentEvent
    entry: JournalEntry | None


class InstrumentEventMerger:
    entity = "instrument_event"

    def checks(
        self, ctx: MergeContext, changes: Sequence[Change]
    ) -> Callable[[Change], CheckedEvent]:
        ids = sorted({str(c.payload["payment_id"]) for c in changes})
        payments = rows.payment_payloads(ctx.conn, ids)
        past = rows.events_of(ctx.conn, ids)

        def check(change: Change) -> CheckedEvent:
            if change.payload["kind"] not in _STEP:
                raise ValidationError(
                    "protocol.bad_value", path="payload.kind", expected="an instrument event"
                )
            event = instrument_from_payload(change.payload, ctx.branch_id)
            found = payments.get(str(event.payment_id))
            if found is None:
                raise NotFound("receivables.payment_not_found", payment=str(event.payment_id))
            payment = payment_from_payload(found, ctx.branch_id)
            history = past.get(str(payment.id), [])
            if str(event.id) not in {event_id for event_id, _ in history}:  # not a replay
                steps = [_STEP[kind] for _, kind in history]
                instrument_state(payment.tender, [*steps, _STEP[event.kind]])
            return CheckedEvent(event, posting_of(replace(event, payment=payment), ctx.chart))

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, CheckedEvent]]) -> None:
        for change, done in checked:
            act_as(ctx.conn, change.actor_id)
            if rows.insert_event(ctx.conn, ctx.branch_id, change.payload) and done.entry:
                postings.insert_entry(ctx.conn, done.entry, ctx.branch_id)
