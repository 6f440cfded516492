"""HR's items of a month pushed by head office (kernel.payroll.month_items): checked with
the kernel's rules (a negative figure is refused with its code), refused once the month is
paid (``payroll.items_month_paid``), then written as the pushing user, whom the table's
row-level security requires to be an HR role."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.payroll.month_items import items_from_payload
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.engine import act_as
from sync_server.db.mergers import payroll_items as rows
from sync_server.services.mergers.base import MergeContext

Payload = Mapping[str, Any]


class PayrollItemsMerger:
    entity = "payroll_items"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Payload]:
        def check(change: Change) -> Payload:
            found = items_from_payload(change.payload)
            act_as(ctx.conn, change.actor_id)  # the runs are read by HR roles alone
            number = rows.paid_by(ctx.conn, found.month)
            if number is not None:
                raise ValidationError(
                    "payroll.items_month_paid", month=found.month.isoformat()[:7], number=number
                )
            return change.payload

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Payload]]) -> None:
        for change, p in checked:
            act_as(ctx.conn, change.actor_id)
            rows.save_items(ctx.conn, p)
