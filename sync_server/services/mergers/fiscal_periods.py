"""Periods closed at head office and pushed from its replica; accepted from the
head-office site alone (``services.ownership``), kept once per month, and sent down to
every site. From then on the server posts a late document dated inside one on the first
open day after it, with an alert for the accountant (``services.periods``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ledger.periods import month_period
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.engine import act_as
from sync_server.db.mergers import head_office as rows
from sync_server.services.mergers.base import MergeContext

Payload = Mapping[str, Any]


class FiscalPeriodMerger:
    entity = "fiscal_period"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Payload]:
        def check(change: Change) -> Payload:
            p = change.payload
            start, end = date.fromisoformat(p["start_date"]), date.fromisoformat(p["end_date"])
            month = month_period(start)
            if (month.code, month.start, month.end) != (p["code"], start, end):
                raise ValidationError("common.invalid_value", field="period", value=p["code"])
            return p

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Payload]]) -> None:
        for change, p in checked:
            act_as(ctx.conn, change.actor_id)
            rows.close_period(
                ctx.conn,
                UUID(p["id"]),
                p["code"],
                date.fromisoformat(p["start_date"]),
                date.fromisoformat(p["end_date"]),
                datetime.fromisoformat(p["closed_at"]),
                change.actor_id,
            )
