"""Customers' profiles: field by field, the newest edit wins (``kernel.crm.profile_record``),
as for the customer's own fields; a clock days ahead of the server's is refused. Consent
events: appended once each. Both refuse a customer the server does not know
(``crm.unknown_customer``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any
from uuid import UUID

from erp_desktop.kernel.clock import HlcTimestamp, check_drift, utc_now
from erp_desktop.kernel.crm.profile import Channel
from erp_desktop.kernel.crm.profile_record import PROFILE_FIELDS, merge_profile
from erp_desktop.kernel.errors import NotFound, ValidationError
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.engine import act_as
from sync_server.db.mergers import profiles as rows
from sync_server.services.mergers.base import MergeContext, by_actor

Clocks = dict[str, str]


class CustomerProfileMerger:
    entity = "customer_profile"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Clocks]:
        now_ms = int(utc_now().timestamp() * 1000)
        known = rows.known_customers(ctx.conn, [c.payload["id"] for c in changes])

        def check(change: Change) -> Clocks:
            if change.payload["id"] not in known:
                raise NotFound("crm.unknown_customer", customer=change.payload["id"])
            clocks = {str(k): str(v) for k, v in dict(change.payload["field_clocks"]).items()}
            unknown = set(clocks) - set(PROFILE_FIELDS)
            if unknown:
                raise ValidationError("common.invalid_value", field=sorted(unknown)[0], value="?")
            for stamp in clocks.values():
                check_drift(HlcTimestamp.decode(stamp), now_ms)
            return clocks

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Clocks]]) -> None:
        for change, clocks in checked:
            act_as(ctx.conn, change.actor_id)
            customer_id = UUID(change.payload["id"])
            incoming = dict(change.payload["values"])
            stored = rows.profile_for_update(ctx.conn, customer_id)
            current: tuple[Mapping[str, Any], Mapping[str, str]] = stored or ({}, {})
            values, merged = merge_profile(current[0], current[1], incoming, clocks)
            if stored is None or (values, merged) != (stored[0], stored[1]):
                rows.save_profile(ctx.conn, customer_id, values, merged, exists=stored is not None)


class ConsentEventMerger:
    entity = "consent_event"

    def checks(
        self, ctx: MergeContext, changes: Sequence[Change]
    ) -> Callable[[Change], Mapping[str, Any]]:
        known = rows.known_customers(ctx.conn, [c.payload["customer_id"] for c in changes])

        def check(change: Change) -> Mapping[str, Any]:
            p = change.payload
            if p["customer_id"] not in known:
                raise NotFound("crm.unknown_customer", customer=p["customer_id"])
            if p["decision"] not in ("given", "withdrawn"):
                raise ValidationError("common.invalid_value", field="decision", value=p["decision"])
            try:
                Channel(p["channel"])
            except ValueError:
                raise ValidationError(
                    "common.invalid_value", field="channel", value=p["channel"]
                ) from None
            return p

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Mapping[str, Any]]]) -> None:
        for actor, group in by_actor(checked):
            act_as(ctx.conn, actor)
            for p in group:
                rows.insert_consent(ctx.conn, ctx.branch_id, p, actor)
