"""The sales pipeline: opportunities with their stage, expected amount and date, probability
(the stage's, data), owner and next activity; the board by stage; the activities due; and a
won opportunity handed to the invoicing module as a quote (``app.ports.quotes``).

Opportunities are edited at any site offline and merged field by field by clock, like
interactions. Won and lost are final (``crm.invalid_stage_transition``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any
from uuid import UUID

from erp_desktop.app.bridge import queue
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import UnitOfWork
from erp_desktop.app.ports.quotes import QuoteMaker
from erp_desktop.kernel.crm import interactions as rules
from erp_desktop.kernel.crm.field_merge import OPPORTUNITY_FIELDS
from erp_desktop.kernel.crm.interactions import (
    CLOSED_STAGES,
    DEFAULT_PROBABILITIES,
    Opportunity,
    QuoteInput,
    QuoteLine,
    Stage,
)
from erp_desktop.kernel.errors import NotFound, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission

OPPORTUNITY = "opportunity"
_quote_maker: list[QuoteMaker] = []


def install_quote_maker(maker: QuoteMaker | None) -> None:
    """The invoicing module's quote maker (the composition root installs it; None removes)."""
    _quote_maker.clear()
    if maker is not None:
        _quote_maker.append(maker)


def _lines(lines: tuple[QuoteLine, ...]) -> list[dict[str, Any]]:
    return [
        {
            "product_id": str(ln.product_id),
            "quantity": str(ln.quantity),
            "unit_price_minor": ln.unit_price.to_minor(),
            "currency": ln.unit_price.currency,
        }
        for ln in lines
    ]


def _payload(o: Opportunity, clocks: dict[str, str], quote_id: UUID | None) -> dict[str, Any]:
    return {
        "id": str(o.id),
        "customer_id": str(o.customer_id),
        "title": o.title,
        "owner": o.owner,
        "stage": str(o.stage),
        "expected_minor": o.expected_amount.to_minor(),
        "currency": o.expected_amount.currency,
        "expected_on": o.expected_on.isoformat(),
        "next_activity": o.next_activity,
        "next_activity_on": o.next_activity_on.isoformat() if o.next_activity_on else None,
        "lines": _lines(o.lines),
        "quote_id": str(quote_id) if quote_id else None,
        "field_clocks": clocks,
    }


def _save(
    deps: Deps,
    tx: UnitOfWork,
    o: Opportunity,
    clocks: dict[str, str],
    quote_id: UUID | None,
    actor: Actor,
) -> None:
    tx.pipeline.save_opportunity(o, clocks, quote_id, deps.now())
    queue(deps, tx, OPPORTUNITY, o.id, _payload(o, clocks, quote_id), actor.user_id)


def open_opportunity(
    deps: Deps,
    actor: Actor,
    customer_id: UUID,
    title: str,
    expected_amount: Money,
    expected_on: date,
    *,
    owner: str | None = None,
    stage: Stage | str = Stage.LEAD,
    next_activity: str = "",
    next_activity_on: date | None = None,
    lines: tuple[QuoteLine, ...] = (),
) -> Done[Opportunity]:
    actor.require(Permission.CRM_PIPELINE)
    if not title.strip():
        raise ValidationError("common.required", field="title")
    if expected_amount.amount < 0:
        raise ValidationError(
            "common.invalid_value", field="expected_amount", value=str(expected_amount)
        )
    with deps.store.transaction(actor.user_id) as tx:
        try:
            tx.customers.customer(customer_id)
        except NotFound:
            raise NotFound("crm.unknown_customer", customer=str(customer_id)) from None
        try:
            chosen = Stage(stage)
        except ValueError:
            raise ValidationError("crm.invalid_stage", stage=str(stage)) from None
        opportunity = Opportunity(
            new_id(),
            customer_id,
            title.strip(),
            (owner or actor.username).strip(),
            chosen,
            expected_amount,
            expected_on,
            next_activity.strip(),
            next_activity_on,
            lines,
        )
        clocks = dict.fromkeys(OPPORTUNITY_FIELDS, deps.hlc.now().encode())
        _save(deps, tx, opportunity, clocks, None, actor)
    return Done(opportunity, frozenset({Changed.CUSTOMERS, Changed.OUTBOX}))


def _held(tx: UnitOfWork, opportunity_id: UUID) -> Opportunity:
    held = tx.pipeline.opportunity(opportunity_id)
    if held is None:
        raise NotFound("common.not_found", entity="opportunity", id=str(opportunity_id))
    return held


def plan_next_activity(
    deps: Deps, actor: Actor, opportunity_id: UUID, activity: str, on: date | None
) -> Done[Opportunity]:
    actor.require(Permission.CRM_PIPELINE)
    with deps.store.transaction(actor.user_id) as tx:
        held = _held(tx, opportunity_id)
        changed = replace(held, next_activity=activity.strip(), next_activity_on=on)
        stamp = deps.hlc.now().encode()
        clocks = {
            **tx.pipeline.opportunity_clocks(opportunity_id),
            "next_activity": stamp,
            "next_activity_on": stamp,
        }
        _save(deps, tx, changed, clocks, tx.pipeline.quote_of(opportunity_id), actor)
    return Done(changed, frozenset({Changed.CUSTOMERS, Changed.OUTBOX}))


@dataclass(frozen=True, slots=True)
class StageMove:
    opportunity: Opportunity
    quote_input: QuoteInput | None  # a won opportunity with lines
    quote_id: UUID | None  # the quote the invoicing module drafted, when it is installed


def move_opportunity(
    deps: Deps, actor: Actor, opportunity_id: UUID, stage: Stage | str
) -> Done[StageMove]:
    """The opportunity to ``stage``; won, with lines, it becomes a quote when the invoicing
    module's quote maker is installed (its own transaction, after this one)."""
    actor.require(Permission.CRM_PIPELINE)
    with deps.store.transaction(actor.user_id) as tx:
        held = _held(tx, opportunity_id)
        moved = rules.move_stage(held, stage)
        quote = rules.quote_input(moved) if moved.stage is Stage.WON and moved.lines else None
        clocks = {
            **tx.pipeline.opportunity_clocks(opportunity_id),
            "stage": deps.hlc.now().encode(),
        }
        quote_id = tx.pipeline.quote_of(opportunity_id)
        _save(deps, tx, moved, clocks, quote_id, actor)
    if quote is not None and quote_id is None and _quote_maker:
        quote_id = _quote_maker[0].draft_quote(deps, actor, quote)
        with deps.store.transaction(actor.user_id) as tx:
            clocks = {
                **tx.pipeline.opportunity_clocks(opportunity_id),
                "quote_id": deps.hlc.now().encode(),
            }
            _save(deps, tx, moved, clocks, quote_id, actor)
    return Done(StageMove(moved, quote, quote_id), frozenset({Changed.CUSTOMERS, Changed.OUTBOX}))


@dataclass(frozen=True, slots=True)
class BoardColumn:
    stage: Stage
    probability: Any  # Decimal
    opportunities: tuple[Opportunity, ...]
    expected: Money
    weighted: Money


def pipeline_board(deps: Deps, actor: Actor, owner: str | None = None) -> list[BoardColumn]:
    """One column per stage, in the pipeline's order, with its totals (expected, and
    weighted by the stage's probability)."""
    actor.require(Permission.CRM_PIPELINE)
    with deps.store.read() as tx:
        currency = tx.org.company().currency
        held = [o for o in tx.pipeline.opportunities() if owner is None or o.owner == owner]
    totals = rules.weighted_pipeline(held, currency, open_only=False)
    columns = []
    for stage in Stage:
        mine = tuple(o for o in held if o.stage is stage)
        expected = sum((o.expected_amount for o in mine), Money.zero(currency))
        columns.append(
            BoardColumn(
                stage,
                DEFAULT_PROBABILITIES[stage],
                mine,
                expected,
                totals.by_stage.get(stage, Money.zero(currency)),
            )
        )
    return columns


def activities_due(
    deps: Deps, actor: Actor, on: date | None = None, owner: str | None = None
) -> list[Opportunity]:
    """The reminders: open opportunities whose next activity is due by ``on`` (today)."""
    actor.require(Permission.CRM_PIPELINE)
    with deps.store.read() as tx:
        day = on or deps.business_date(tx.org.company().country)
        held = tx.pipeline.opportunities()
    due = [
        o
        for o in held
        if o.stage not in CLOSED_STAGES
        and o.next_activity_on is not None
        and o.next_activity_on <= day
        and (owner is None or o.owner == owner)
    ]
    return sorted(due, key=lambda o: (o.next_activity_on or day, o.id.bytes))
