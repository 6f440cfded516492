"""Interactions logged at the till or by a sales representative, offline: calls, visits,
messages, complaints (with their status) and notes, each with an owner and maybe a
follow-up date; and the reminders of follow-ups due.

An interaction is made where it happens and queued for the server, which sends it to every
site. Its later edits (a complaint's status, a new follow-up date, another owner, the text)
are stamped field by field with the hybrid logical clock, so two sites editing it offline
keep the newest edit of each field (``kernel.crm.field_merge``). An interaction for a
customer this replica does not know is refused with ``crm.unknown_customer``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any
from uuid import UUID

from erp_desktop.app.bridge import queue
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import UnitOfWork
from erp_desktop.kernel.crm import interactions as rules
from erp_desktop.kernel.crm.interactions import ComplaintStatus, Interaction, InteractionKind
from erp_desktop.kernel.errors import NotFound, ValidationError
from erp_desktop.kernel.permissions import Permission

INTERACTION = "interaction"


def _payload(i: Interaction, clocks: dict[str, str]) -> dict[str, Any]:
    return {
        "id": str(i.id),
        "customer_id": str(i.customer_id),
        "kind": str(i.kind),
        "at": i.at.isoformat(),
        "site": i.site,
        "owner": i.owner,
        "text": i.text,
        "follow_up_on": i.follow_up_on.isoformat() if i.follow_up_on else None,
        "status": str(i.status) if i.status else None,
        "field_clocks": clocks,
    }


def _save(deps: Deps, tx: UnitOfWork, i: Interaction, clocks: dict[str, str], actor: Actor) -> None:
    tx.interactions.save_interaction(i, clocks, deps.now())
    queue(deps, tx, INTERACTION, i.id, _payload(i, clocks), actor.user_id)


def log_interaction(
    deps: Deps,
    actor: Actor,
    customer_id: UUID,
    kind: InteractionKind | str,
    text: str = "",
    follow_up_on: date | None = None,
    owner: str | None = None,
) -> Done[Interaction]:
    actor.require(Permission.CRM_CUSTOMER_EDIT)
    with deps.store.transaction(actor.user_id) as tx:
        try:
            tx.customers.customer(customer_id)
            known = {customer_id}
        except NotFound:
            known = set()
        interaction = rules.log_interaction(
            customer_id,
            kind,
            deps.now(),
            (owner or actor.username).strip(),
            tx.org.local_branch().code,
            known,
            text=text,
            follow_up_on=follow_up_on,
        )
        stamp = deps.hlc.now().encode()
        _save(
            deps,
            tx,
            interaction,
            dict.fromkeys(("owner", "text", "follow_up_on", "status"), stamp),
            actor,
        )
    return Done(interaction, frozenset({Changed.CUSTOMERS, Changed.OUTBOX}))


def _held(tx: UnitOfWork, interaction_id: UUID) -> Interaction:
    held = tx.interactions.interaction(interaction_id)
    if held is None:
        raise NotFound("common.not_found", entity="interaction", id=str(interaction_id))
    return held


def move_complaint(
    deps: Deps, actor: Actor, interaction_id: UUID, status: ComplaintStatus | str
) -> Done[Interaction]:
    """A complaint to its next status (``crm.invalid_complaint_transition`` otherwise)."""
    actor.require(Permission.CRM_CUSTOMER_EDIT)
    with deps.store.transaction(actor.user_id) as tx:
        moved = rules.complaint_transition(_held(tx, interaction_id), status)
        clocks = {
            **tx.interactions.interaction_clocks(interaction_id),
            "status": deps.hlc.now().encode(),
        }
        _save(deps, tx, moved, clocks, actor)
    return Done(moved, frozenset({Changed.CUSTOMERS, Changed.OUTBOX}))


def follow_up(
    deps: Deps,
    actor: Actor,
    interaction_id: UUID,
    *,
    on: date | None = None,
    owner: str | None = None,
    text: str | None = None,
    clear: bool = False,
) -> Done[Interaction]:
    """A new follow-up date (or none, ``clear``), another owner, or the text amended."""
    actor.require(Permission.CRM_CUSTOMER_EDIT)
    with deps.store.transaction(actor.user_id) as tx:
        held = _held(tx, interaction_id)
        stamp = deps.hlc.now().encode()
        clocks = tx.interactions.interaction_clocks(interaction_id)
        changed = held
        if on is not None or clear:
            if on is not None and on < held.at.date():
                raise ValidationError(
                    "crm.follow_up_before_interaction",
                    follow_up=on.isoformat(),
                    on=held.at.date().isoformat(),
                )
            changed, clocks["follow_up_on"] = replace(changed, follow_up_on=on), stamp
        if owner is not None and owner.strip():
            changed, clocks["owner"] = replace(changed, owner=owner.strip()), stamp
        if text is not None:
            changed, clocks["text"] = replace(changed, text=text.strip()), stamp
        _save(deps, tx, changed, clocks, actor)
    return Done(changed, frozenset({Changed.CUSTOMERS, Changed.OUTBOX}))


def interactions_of(deps: Deps, actor: Actor, customer_id: UUID) -> list[Interaction]:
    actor.require(Permission.CRM_CUSTOMER_VIEW)
    with deps.store.read() as tx:
        return tx.interactions.interactions_of(customer_id)


def follow_ups_due(
    deps: Deps, actor: Actor, on: date | None = None, owner: str | None = None
) -> list[Interaction]:
    """The reminders: follow-ups due by ``on`` (today), for one owner or everyone; settled
    complaints need none."""
    actor.require(Permission.CRM_CUSTOMER_VIEW)
    with deps.store.read() as tx:
        day = on or deps.business_date(tx.org.company().country)
        return rules.follow_ups_due(tx.interactions.follow_ups_until(day), day, owner)
