"""Duplicate customers at head office: the likely pairs (same phone, same legal id, names
close in Arabic or French after folding: ``kernel.crm.duplicates``) and their merge.

A merge is decided at head office only (``crm.not_head_office`` elsewhere): the kept
customer's fields are merged field by field (the newest edit wins), its phones and tags
become the union, the merged customer's loyalty lots move over by transfer movements, and
the merge itself is recorded (``customer_merges``) and sent to every site, which from then
on reads the merged customer's whole history (documents, interactions, points) under the
kept one. Nothing is deleted: the merged customer stays, marked merged. Merging a customer
into itself is refused (``crm.merge_into_itself``); one merged already is refused too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from uuid import UUID

from erp_desktop.app.bridge import queue
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.crm.profiles import known_customer, profile_of
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import ReadView
from erp_desktop.app.records import CustomerInfo
from erp_desktop.kernel.crm.customers import FIELDS
from erp_desktop.kernel.crm.duplicates import (
    CustomerKeys,
    Duplicates,
    MergePlan,
    MergeSide,
    find_duplicates,
    merge_plan,
)
from erp_desktop.kernel.crm.profile_record import record_from
from erp_desktop.kernel.documents.fields import to_payload
from erp_desktop.kernel.errors import ConflictError, PermissionDenied, ValidationError
from erp_desktop.kernel.ownership import SiteKind
from erp_desktop.kernel.permissions import Permission

MERGE = "customer_merge"


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """A likely pair: each side as the finder read it (names, phones in E.164, legal ids)."""

    first: CustomerKeys
    second: CustomerKeys
    reasons: frozenset[str]
    name_distance: int | None


def likely_duplicates(deps: Deps, actor: Actor, limit: int = 500) -> list[DuplicateCandidate]:
    """The likely pairs, read in one pass over the replica's customers (no read per pair)."""
    actor.require(Permission.CRM_CUSTOMER_EDIT)
    with deps.store.read() as tx:
        keys = tx.profiles.duplicate_keys()
    found: Duplicates = find_duplicates(keys)
    by_id = {k.id: k for k in keys}
    return [
        DuplicateCandidate(by_id[p.first], by_id[p.second], p.reasons, p.name_distance)
        for p in found.pairs[:limit]
    ]


def merge_customers(
    deps: Deps, actor: Actor, merged_id: UUID, kept_id: UUID, reason: str = ""
) -> Done[MergePlan]:
    """Merges ``merged_id`` into ``kept_id`` with its history (see the module's doc)."""
    actor.require(Permission.CRM_CUSTOMER_EDIT)
    if merged_id == kept_id:
        raise ValidationError("crm.merge_into_itself", customer=str(merged_id))
    with deps.store.transaction(actor.user_id) as tx:
        site = tx.org.local_branch()
        if SiteKind(site.kind) is not SiteKind.HEAD_OFFICE:
            raise PermissionDenied("crm.not_head_office")
        source = known_customer(tx, merged_id)
        target = known_customer(tx, kept_id)
        for customer in (source, target):
            already = tx.history.kept_for(customer.id)
            if already is not None:
                code = "crm.already_merged" if customer is source else "crm.merge_target_merged"
                raise ConflictError(code, customer=str(customer.id), kept=str(already))
        now = deps.now()
        plan = merge_plan(
            _side(tx, source),
            _side(tx, target),
            now,
            site.code,
        )
        tx.history.add_merge(plan.merge_id, merged_id, kept_id, now, actor.user_id, reason, now)
        tx.loyalty.add_movements(list(plan.movements), now)  # they travel with the merge
        stamp = deps.hlc.now().encode()
        clocks = dict(plan.clocks)
        merged = {f: str(plan.values.get(f, "")) for f in FIELDS}
        kept = replace(
            target,
            name=merged["name"],
            name_ar=merged["name_ar"],
            phone=merged["phone"],
            email=merged["email"],
            tax_id=merged["tax_id"],
            field_clocks=clocks,
        )
        tx.customers.save_customer(kept, now)
        queue(
            deps,
            tx,
            "customer",
            kept_id,
            {"id": str(kept_id), **{f: getattr(kept, f) for f in FIELDS}, "field_clocks": clocks},
            actor.user_id,
        )
        profile = profile_of(tx, kept_id)
        values = profile.values()
        values["phones"] = list(dict.fromkeys((*profile.phones, *plan.phones)))
        values["tags"] = sorted(set(profile.tags) | set(plan.tags))
        profile_clocks = {**dict(profile.field_clocks), "phones": stamp, "tags": stamp}
        tx.profiles.save_profile(record_from(kept_id, values, profile_clocks), now)
        queue(
            deps,
            tx,
            "customer_profile",
            kept_id,
            {"id": str(kept_id), "values": values, "field_clocks": profile_clocks},
            actor.user_id,
        )
        queue(
            deps,
            tx,
            MERGE,
            plan.merge_id,
            {
                "id": str(plan.merge_id),
                "merged_id": str(merged_id),
                "kept_id": str(kept_id),
                "at": now.isoformat(),
                "reason": reason.strip(),
                "transfers": [to_payload(m) for m in plan.movements],
            },
            actor.user_id,
        )
    return Done(plan, frozenset({Changed.CUSTOMERS, Changed.OUTBOX}))


def _side(view: ReadView, customer: CustomerInfo) -> MergeSide:
    profile = profile_of(view, customer.id)
    phones = tuple(profile.phones)
    return MergeSide(
        customer.id,
        {f: getattr(customer, f) for f in FIELDS},
        dict(customer.field_clocks),
        phones,
        frozenset(profile.tags),
        tuple(view.loyalty.movements_of(customer.id)),
    )
