"""CRM's records pushed by the sites: what a document said of its customer (appended once
each), interactions and opportunities (field by field, the newest edit wins, as for
customers), and the merges of duplicates head office decides (once each, with the loyalty
movements that carry the merged customer's points over). Each refuses a customer the
server does not know (``crm.unknown_customer``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any
from uuid import UUID

from erp_desktop.kernel.clock import HlcTimestamp, check_drift, utc_now
from erp_desktop.kernel.crm.field_merge import INTERACTION_FIELDS, OPPORTUNITY_FIELDS, merge_fields
from erp_desktop.kernel.crm.interactions import ComplaintStatus, InteractionKind, Stage
from erp_desktop.kernel.crm.timeline import CustomerDocument
from erp_desktop.kernel.documents.fields import values_from
from erp_desktop.kernel.errors import ConflictError, NotFound, ValidationError
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.engine import act_as
from sync_server.db.mergers import crm_records as rows
from sync_server.db.mergers import loyalty as loyalty_rows
from sync_server.db.mergers.profiles import known_customers
from sync_server.services.mergers.base import MergeContext, by_actor
from sync_server.services.mergers.loyalty import movement_of

Payload = Mapping[str, Any]


def _known(ctx: MergeContext, changes: Sequence[Change], *keys: str) -> Callable[[Change], None]:
    known = known_customers(ctx.conn, [c.payload[k] for c in changes for k in keys])

    def check(change: Change) -> None:
        for key in keys:
            if change.payload[key] not in known:
                raise NotFound("crm.unknown_customer", customer=change.payload[key])

    return check


class CustomerDocumentMerger:
    entity = "customer_document"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Payload]:
        known = _known(ctx, changes, "customer_id")

        def check(change: Change) -> Payload:
            known(change)
            CustomerDocument(**values_from(CustomerDocument, change.payload, "", wire=True))
            return change.payload

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Payload]]) -> None:
        for actor, group in by_actor(checked):
            act_as(ctx.conn, actor)
            rows.insert_documents(ctx.conn, ctx.branch_id, group)


class _ClockedRecordMerger:
    """A record merged field by field by clock (interactions, opportunities)."""

    entity = ""
    table = ""
    fixed: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()

    def validate(self, payload: Payload) -> None:
        raise NotImplementedError

    def checks(
        self, ctx: MergeContext, changes: Sequence[Change]
    ) -> Callable[[Change], dict[str, str]]:
        known = _known(ctx, changes, "customer_id")
        now_ms = int(utc_now().timestamp() * 1000)

        def check(change: Change) -> dict[str, str]:
            known(change)
            self.validate(change.payload)
            clocks = {str(k): str(v) for k, v in dict(change.payload["field_clocks"]).items()}
            for stamp in clocks.values():
                check_drift(HlcTimestamp.decode(stamp), now_ms)
            return clocks

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, dict[str, str]]]) -> None:
        for change, clocks in checked:
            act_as(ctx.conn, change.actor_id)
            p = change.payload
            record_id = UUID(p["id"])
            stored = rows.record_for_update(ctx.conn, self.table, self.fields, record_id)
            incoming = {f: p[f] for f in self.fields}
            if stored is None:
                rows.save_record(
                    ctx.conn,
                    self.table,
                    {"id": p["id"], **{f: p[f] for f in self.fixed}},
                    incoming,
                    clocks,
                    exists=False,
                )
                continue
            values, merged = merge_fields(self.fields, stored[0], stored[1], incoming, clocks)
            if (values, merged) != stored:
                rows.save_record(ctx.conn, self.table, {"id": p["id"]}, values, merged, exists=True)


class InteractionMerger(_ClockedRecordMerger):
    entity = "interaction"
    table = "crm.interactions"
    fixed = ("customer_id", "kind", "at", "site")
    fields = INTERACTION_FIELDS

    def validate(self, payload: Payload) -> None:
        try:
            kind = InteractionKind(payload["kind"])
            if payload["status"] is not None:
                ComplaintStatus(payload["status"])
        except ValueError:
            raise ValidationError(
                "crm.invalid_interaction_kind", kind=str(payload["kind"])
            ) from None
        if (kind is InteractionKind.COMPLAINT) != (payload["status"] is not None):
            raise ValidationError(
                "common.invalid_value", field="status", value=str(payload["status"])
            )


class OpportunityMerger(_ClockedRecordMerger):
    entity = "opportunity"
    table = "crm.opportunities"
    fixed = ("customer_id",)
    fields = OPPORTUNITY_FIELDS

    def validate(self, payload: Payload) -> None:
        try:
            Stage(payload["stage"])
        except ValueError:
            raise ValidationError("crm.invalid_stage", stage=str(payload["stage"])) from None
        if payload["expected_minor"] < 0:
            raise ValidationError(
                "common.invalid_value", field="expected_minor", value=str(payload["expected_minor"])
            )


class CustomerMergeMerger:
    """A duplicate merged at head office (the ownership table lets no branch push one)."""

    entity = "customer_merge"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Payload]:
        known = _known(ctx, changes, "merged_id", "kept_id")
        merged = rows.merged_ids(ctx.conn)

        def check(change: Change) -> Payload:
            p = change.payload
            if p["merged_id"] == p["kept_id"]:
                raise ValidationError("crm.merge_into_itself", customer=p["merged_id"])
            known(change)
            if p["kept_id"] in merged:
                raise ConflictError("crm.merge_target_merged", customer=p["kept_id"], kept="?")
            for t in p["transfers"]:
                movement = movement_of(t)
                if str(movement.customer_id) not in (p["merged_id"], p["kept_id"]):
                    raise ValidationError(
                        "common.invalid_value", field="transfers", value=str(movement.customer_id)
                    )
            return p

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Payload]]) -> None:
        for change, p in checked:
            act_as(ctx.conn, change.actor_id)
            if rows.insert_merge(ctx.conn, p, change.actor_id) and p["transfers"]:
                loyalty_rows.insert_movements(
                    ctx.conn, ctx.branch_id, [(t, change.actor_id) for t in p["transfers"]]
                )
