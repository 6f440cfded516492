"""What a branch pushes of its staff: the days clocked (a clock-in, then its clock-out or a
manager's correction) and the leave requests with their decisions. A site writes only its
own staff's rows; a leave sharing a day with another leave of the same employee that the
server already holds is refused (``hr.leave_overlaps``), as the branch refused it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any
from uuid import UUID

from erp_desktop.kernel.errors import ConflictError, NotFound, ValidationError
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.engine import act_as
from sync_server.db.mergers import hr as rows
from sync_server.services.mergers.base import MergeContext, owned

Payload = Mapping[str, Any]


def _own_staff(ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Payload], None]:
    branches = rows.staff_branches(ctx.conn, (c.payload["staff_id"] for c in changes))

    def check(p: Payload) -> None:
        if UUID(p["branch_id"]) != ctx.branch_id:
            raise ValidationError("protocol.wrong_branch", what="branch", id=p["branch_id"])
        found = branches.get(p["staff_id"])
        if found is None:
            raise NotFound("common.not_found", entity="staff", id=p["staff_id"])
        owned(found, ctx.branch_id, "staff", p["staff_id"])

    return check


class AttendanceMerger:
    entity = "attendance"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Payload]:
        own = _own_staff(ctx, changes)

        def check(change: Change) -> Payload:
            p = change.payload
            own(p)
            if p["clock_out"] is not None and p["clock_out"] < p["clock_in"]:
                raise ValidationError(
                    "hr.clock_out_before_in", clock_in=p["clock_in"], clock_out=p["clock_out"]
                )
            if p["corrected_by"] is not None and not p["correction_reason"].strip():
                raise ValidationError("hr.correction_reason_required")
            return p

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Payload]]) -> None:
        for change, p in checked:
            act_as(ctx.conn, change.actor_id)
            rows.save_attendance(ctx.conn, ctx.branch_id, p)


class LeaveRequestMerger:
    entity = "leave_request"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Payload]:
        own = _own_staff(ctx, changes)
        held = rows.leave_of(ctx.conn, (c.payload["staff_id"] for c in changes))

        def check(change: Change) -> Payload:
            p = change.payload
            own(p)
            start, end = date.fromisoformat(p["starts_on"]), date.fromisoformat(p["ends_on"])
            if end < start:
                raise ValidationError(
                    "hr.leave_ends_before_start", start=p["starts_on"], end=p["ends_on"]
                )
            if p["status"] in ("pending", "approved"):
                for other in held:
                    if (
                        str(other["staff_id"]) == p["staff_id"]
                        and str(other["id"]) != p["id"]
                        and other["starts_on"] <= end
                        and start <= other["ends_on"]
                    ):
                        raise ConflictError(
                            "hr.leave_overlaps", start=p["starts_on"], end=p["ends_on"]
                        )
            return p

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Payload]]) -> None:
        for change, p in checked:
            act_as(ctx.conn, change.actor_id)
            rows.save_leave_request(ctx.conn, ctx.branch_id, p)
