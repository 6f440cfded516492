"""Customers: field by field, the newest edit wins (``kernel.crm.customers``), and the
server decides. A clock days ahead of the server's is refused: it would win every later
edit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from uuid import UUID

from erp_desktop.kernel.clock import HlcTimestamp, check_drift, utc_now
from erp_desktop.kernel.crm.customers import merge_customer
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.engine import act_as
from sync_server.db.mergers import customers as rows
from sync_server.services.mergers.base import MergeContext

Clocks = dict[str, str]


class CustomerMerger:
    entity = "customer"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Clocks]:
        now_ms = int(utc_now().timestamp() * 1000)

        def check(change: Change) -> Clocks:
            clocks = {str(k): str(v) for k, v in dict(change.payload["field_clocks"]).items()}
            for stamp in clocks.values():
                check_drift(HlcTimestamp.decode(stamp), now_ms)
            return clocks

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Clocks]]) -> None:
        for change, clocks in checked:  # in the batch's order: two edits merge one by one
            act_as(ctx.conn, change.actor_id)
            p = change.payload
            customer_id = UUID(p["id"])
            incoming = {f: p[f] for f in rows.CUSTOMER_FIELDS}
            stored = rows.customer_for_update(ctx.conn, customer_id)
            if stored is None:
                rows.save_customer(ctx.conn, customer_id, incoming, clocks, exists=False)
                continue
            values, merged = merge_customer(stored[0], stored[1], incoming, clocks)
            if (values, merged) != (stored[0], stored[1]):
                rows.save_customer(ctx.conn, customer_id, values, merged, exists=True)
