"""Interactions with customers and the sales pipeline, as values and pure rules.

An interaction (a call, a visit, a message, a complaint, a note) is logged at the till or by
a sales representative, offline, with an owner and maybe a follow-up date; a complaint also
has a status that moves only along :data:`COMPLAINT_TRANSITIONS`.

An opportunity (for a business customer, usually) has a stage, an expected amount and date,
an owner and its next activity. Each stage has a probability (data, a default table below):
the weighted pipeline is the expected amounts times their stage's probability, totalled by
stage and by owner. A won opportunity becomes the input of a quote: its customer and lines.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from erp_desktop.kernel.errors import ConflictError, NotFound, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money

# -- interactions ----------------------------------------------------------------------------


class InteractionKind(StrEnum):
    CALL = "call"
    VISIT = "visit"
    MESSAGE = "message"
    COMPLAINT = "complaint"
    NOTE = "note"


class ComplaintStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    REJECTED = "rejected"
    CLOSED = "closed"


# A resolved or rejected complaint may be reopened when the customer comes back; a closed
# one stays closed (a new complaint is logged instead, and can name the old one).
COMPLAINT_TRANSITIONS: Mapping[ComplaintStatus, frozenset[ComplaintStatus]] = {
    ComplaintStatus.OPEN: frozenset(
        {ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED, ComplaintStatus.REJECTED}
    ),
    ComplaintStatus.IN_PROGRESS: frozenset({ComplaintStatus.RESOLVED, ComplaintStatus.REJECTED}),
    ComplaintStatus.RESOLVED: frozenset({ComplaintStatus.CLOSED, ComplaintStatus.OPEN}),
    ComplaintStatus.REJECTED: frozenset({ComplaintStatus.CLOSED, ComplaintStatus.OPEN}),
    ComplaintStatus.CLOSED: frozenset(),
}


@dataclass(frozen=True, slots=True)
class Interaction:
    id: UUID
    customer_id: UUID
    kind: InteractionKind
    at: datetime
    owner: str  # the user who follows it up
    site: str
    text: str = ""
    follow_up_on: date | None = None
    status: ComplaintStatus | None = None  # complaints only


def log_interaction(
    customer_id: UUID,
    kind: InteractionKind | str,
    at: datetime,
    owner: str,
    site: str,
    known_customers: Collection[UUID],
    *,
    text: str = "",
    follow_up_on: date | None = None,
) -> Interaction:
    """A new interaction, refused with a code for a customer the replica does not know, a
    kind that is not one, or a follow-up dated before the interaction."""
    try:
        kind = InteractionKind(kind)
    except ValueError:
        raise ValidationError("crm.invalid_interaction_kind", kind=str(kind)) from None
    if customer_id not in known_customers:
        raise NotFound("crm.unknown_customer", customer=str(customer_id))
    if follow_up_on is not None and follow_up_on < at.date():
        raise ValidationError(
            "crm.follow_up_before_interaction",
            follow_up=follow_up_on.isoformat(),
            on=at.date().isoformat(),
        )
    status = ComplaintStatus.OPEN if kind is InteractionKind.COMPLAINT else None
    return Interaction(
        new_id(), customer_id, kind, at, owner, site, text.strip(), follow_up_on, status
    )


def complaint_transition(complaint: Interaction, target: ComplaintStatus | str) -> Interaction:
    """The complaint at ``target``, or a ``crm.invalid_complaint_transition`` conflict."""
    current = complaint.status
    try:
        wanted = ComplaintStatus(target)
    except ValueError:
        wanted = None
    if (
        complaint.kind is not InteractionKind.COMPLAINT
        or current is None
        or wanted is None
        or wanted not in COMPLAINT_TRANSITIONS[current]
    ):
        raise ConflictError(
            "crm.invalid_complaint_transition", current=str(current), target=str(target)
        )
    return replace(complaint, status=wanted)


def follow_ups_due(
    interactions: Iterable[Interaction], on: date, owner: str | None = None
) -> list[Interaction]:
    """The interactions whose follow-up is due by ``on`` (oldest first), for one owner or
    all; a closed, resolved or rejected complaint needs no follow-up."""
    done = {ComplaintStatus.CLOSED, ComplaintStatus.RESOLVED, ComplaintStatus.REJECTED}
    due = [
        i
        for i in interactions
        if i.follow_up_on is not None
        and i.follow_up_on <= on
        and (owner is None or i.owner == owner)
        and i.status not in done
    ]
    return sorted(due, key=lambda i: (i.follow_up_on or on, i.at, i.id.bytes))


# -- the pipeline ---------------------------------------------------------------------------


class Stage(StrEnum):
    LEAD = "lead"
    QUALIFIED = "qualified"
    PROPOSAL = "proposal"
    NEGOTIATION = "negotiation"
    WON = "won"
    LOST = "lost"


DEFAULT_PROBABILITIES: Mapping[Stage, Decimal] = {
    Stage.LEAD: Decimal("0.10"),
    Stage.QUALIFIED: Decimal("0.25"),
    Stage.PROPOSAL: Decimal("0.50"),
    Stage.NEGOTIATION: Decimal("0.75"),
    Stage.WON: Decimal(1),
    Stage.LOST: Decimal(0),
}
CLOSED_STAGES = frozenset({Stage.WON, Stage.LOST})


@dataclass(frozen=True, slots=True)
class QuoteLine:
    product_id: UUID
    quantity: Decimal
    unit_price: Money


@dataclass(frozen=True, slots=True)
class Opportunity:
    id: UUID
    customer_id: UUID
    title: str
    owner: str
    stage: Stage
    expected_amount: Money
    expected_on: date
    next_activity: str = ""
    next_activity_on: date | None = None
    lines: tuple[QuoteLine, ...] = ()


def move_stage(opportunity: Opportunity, target: Stage | str) -> Opportunity:
    """The opportunity at ``target``: any open stage may move to any stage (deals skip
    steps and fall back); a won or lost one stays where it is."""
    try:
        stage = Stage(target)
    except ValueError:
        raise ValidationError("crm.invalid_stage", stage=str(target)) from None
    if opportunity.stage in CLOSED_STAGES and stage != opportunity.stage:
        raise ConflictError(
            "crm.invalid_stage_transition",
            opportunity=str(opportunity.id),
            current=str(opportunity.stage),
            target=str(stage),
        )
    return replace(opportunity, stage=stage)


@dataclass(frozen=True, slots=True)
class PipelineTotals:
    by_stage: dict[Stage, Money]
    by_owner: dict[str, Money]
    by_stage_and_owner: dict[tuple[Stage, str], Money]
    total: Money


def weighted_pipeline(
    opportunities: Iterable[Opportunity],
    currency: str,
    probabilities: Mapping[Stage, Decimal] = DEFAULT_PROBABILITIES,
    *,
    open_only: bool = True,
) -> PipelineTotals:
    """Expected amounts times their stage's probability, each rounded to the currency,
    totalled by stage, by owner and by both (won and lost left out unless ``open_only`` is
    false)."""
    by_stage: dict[Stage, Money] = {}
    by_owner: dict[str, Money] = {}
    both: dict[tuple[Stage, str], Money] = {}
    zero = Money.zero(currency)
    total = zero
    for opp in opportunities:
        if open_only and opp.stage in CLOSED_STAGES:
            continue
        weighted = opp.expected_amount * probabilities[opp.stage]
        by_stage[opp.stage] = by_stage.get(opp.stage, zero) + weighted
        by_owner[opp.owner] = by_owner.get(opp.owner, zero) + weighted
        key = (opp.stage, opp.owner)
        both[key] = both.get(key, zero) + weighted
        total = total + weighted
    return PipelineTotals(by_stage, by_owner, both, total)


@dataclass(frozen=True, slots=True)
class QuoteInput:
    """What the invoicing module needs to draft a quote from a won opportunity."""

    opportunity_id: UUID
    customer_id: UUID
    currency: str
    lines: tuple[QuoteLine, ...]


def quote_input(opportunity: Opportunity) -> QuoteInput:
    if opportunity.stage is not Stage.WON:
        raise ConflictError(
            "crm.opportunity_not_won",
            opportunity=str(opportunity.id),
            stage=str(opportunity.stage),
        )
    if not opportunity.lines:
        raise ValidationError("crm.opportunity_without_lines", opportunity=str(opportunity.id))
    return QuoteInput(
        opportunity.id,
        opportunity.customer_id,
        opportunity.expected_amount.currency,
        opportunity.lines,
    )
