"""Leave requests (storage/tables/hr.py)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert

from erp_desktop.kernel.hr.leave import LeaveRequest, LeaveStatus
from erp_desktop.storage.repositories.base import RepositoryBase, not_found, stamped
from erp_desktop.storage.tables.hr import leave_requests

FIELDS = (
    "branch_id",
    "staff_id",
    "kind",
    "starts_on",
    "ends_on",
    "days",
    "status",
    "reason",
    "requested_by",
    "requested_at",
    "decided_by",
    "decided_at",
    "decision_note",
)


def request_of(row: Any) -> LeaveRequest:
    values = {f: row[f] for f in FIELDS}
    values["status"] = LeaveStatus(values["status"])
    return LeaveRequest(row["id"], **values)


class LeaveRepository(RepositoryBase):
    def leave_request(self, request_id: UUID) -> LeaveRequest:
        row = (
            self.conn.execute(select(leave_requests).where(leave_requests.c.id == request_id))
            .mappings()
            .first()
        )
        if row is None:
            raise not_found("leave_request", request_id)
        return request_of(row)

    def leave_of(self, staff_id: UUID) -> list[LeaveRequest]:
        rows = self.conn.execute(
            select(leave_requests)
            .where(leave_requests.c.staff_id == staff_id)
            .order_by(leave_requests.c.starts_on)
        ).mappings()
        return [request_of(r) for r in rows]

    def leave_between(
        self, start: date, end: date, branch_id: UUID | None = None
    ) -> list[LeaveRequest]:
        query = select(leave_requests).where(
            leave_requests.c.starts_on <= end, leave_requests.c.ends_on >= start
        )
        if branch_id is not None:
            query = query.where(leave_requests.c.branch_id == branch_id)
        rows = self.conn.execute(query.order_by(leave_requests.c.starts_on)).mappings()
        return [request_of(r) for r in rows]

    def leave_taken(self, staff_id: UUID, start: date, end: date) -> list[LeaveRequest]:
        rows = self.conn.execute(
            select(leave_requests)
            .where(
                leave_requests.c.staff_id == staff_id,
                leave_requests.c.status == str(LeaveStatus.APPROVED),
                leave_requests.c.starts_on <= end,
                leave_requests.c.ends_on >= start,
            )
            .order_by(leave_requests.c.starts_on)
        ).mappings()
        return [request_of(r) for r in rows]

    def save_leave_request(self, request: LeaveRequest, now: datetime) -> None:
        values = {f: getattr(request, f) for f in FIELDS}
        values["status"] = str(request.status)
        statement = insert(leave_requests).values(stamped(now, id=request.id, **values))
        self.conn.execute(
            statement.on_conflict_do_update(
                index_elements=["id"], set_={**values, "updated_at": now}
            )
        )
