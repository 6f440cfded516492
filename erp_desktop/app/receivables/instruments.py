"""The life of a post-dated cheque or traite after it was received: deposited at the bank,
then cleared, or bounced.

Each step is an event of its own (never an edit of the payment), numbered in the branch's
``IE`` series, posted and queued by the one finalize step: a deposit moves no value, a clearing
moves the amount from "cheques to cash" to the bank, a bounce reverses the payment's entry so
the invoices it settled are open again (their open amounts, their aged balance) and the
customer owes them again. A step the instrument cannot take (a cleared cheque bounced, a
card payment deposited) is refused with ``receivables.bad_instrument_transition``; a
cheque received at another site is followed there (``receivables.instrument_elsewhere``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID

from erp_desktop.app.bridge import chart_of
from erp_desktop.app.changes import Changes
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.finalize import InTransaction, finalize
from erp_desktop.app.events import Event
from erp_desktop.app.receivables.payments import RECEIVABLES_CHANGES
from erp_desktop.app.records import HeldInstrument
from erp_desktop.kernel.documents.business import INSTRUMENTS, InstrumentEvent
from erp_desktop.kernel.documents.business_posting import (
    INSTRUMENT_BOUNCED,
    INSTRUMENT_CLEARED,
    INSTRUMENT_DEPOSITED,
)
from erp_desktop.kernel.errors import ConflictError, NotFound, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.invoicing.payments import instrument_state
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.permissions import Permission

# the step a user takes -> the event it records
STEPS = {"deposit": INSTRUMENT_DEPOSITED, "clear": INSTRUMENT_CLEARED, "bounce": INSTRUMENT_BOUNCED}
_STEP_OF = {kind: step for step, kind in STEPS.items()}


@dataclass(frozen=True, slots=True)
class InstrumentRecorded:
    event: InstrumentEvent
    state: str  # deposited, cleared, bounced
    entry: JournalEntry | None
    changes: Changes = field(default=RECEIVABLES_CHANGES)


def record_instrument_step(
    deps: Deps, actor: Actor, payment_id: UUID, step: str
) -> InstrumentRecorded:
    """Records that the payment's cheque or traite was deposited, cleared or bounced."""
    actor.require(Permission.SALES_INVOICE)
    if step not in STEPS:
        raise ValidationError("common.invalid_value", field="step", value=step)
    with deps.store.transaction(actor.user_id) as tx:
        payment = tx.receivables.payment(payment_id)
        if payment is None:
            raise NotFound("receivables.payment_not_found", payment=str(payment_id))
        if payment.tender not in INSTRUMENTS or payment.kind != "customer_payment":
            raise ValidationError("receivables.not_an_instrument", payment=payment.number)
        if payment.branch_id != actor.branch_id:  # its bank account and entry are that site's
            branch = tx.org.branch(payment.branch_id).code
            raise ConflictError(
                "receivables.instrument_elsewhere", payment=payment.number, branch=branch
            )
        past = [_STEP_OF[e.kind] for e in tx.receivables.instrument_events_of(payment.id)]
        state = instrument_state(payment.tender, [*past, step])  # refuses what cannot be
        now = deps.now()
        event = InstrumentEvent(
            id=new_id(),
            kind=STEPS[step],
            number="",
            branch_id=actor.branch_id,
            payment_id=payment.id,
            happened_at=now,
            payment=payment,
        )
        event, entry = finalize(InTransaction(deps, tx, actor.user_id, now), event, chart_of(tx))
    deps.bus.publish(
        Event(
            f"receivables.instrument_{state}",
            {"payment_id": str(payment_id), "customer_id": str(payment.customer_id)},
        )
    )
    return InstrumentRecorded(event, state, entry)


def held_instruments(deps: Deps, actor: Actor) -> list[HeldInstrument]:
    """The cheques and traites in hand or at the bank, by due date (what to deposit when)."""
    actor.require(Permission.SALES_INVOICE)
    with deps.store.read() as view:
        return view.receivables.held_instruments()
