"""What a replica found wrong in itself (an altered document, a level that is not its
movements) becomes an alert for head office, once: its id is the finding's."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from uuid import UUID

from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.engine import act_as
from sync_server.db.mergers import alerts
from sync_server.services.mergers.base import MergeContext


class IntegrityAlertMerger:
    entity = "integrity_alert"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], None]:
        return lambda change: None  # a finding is kept whatever it says

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, None]]) -> None:
        for change, _ in checked:
            act_as(ctx.conn, change.actor_id)
            p = change.payload
            alerts.insert_alert_once(
                ctx.conn, UUID(p["id"]), ctx.branch_id, f"replica.{p['code']}", p["params"]
            )
