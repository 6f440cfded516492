"""The fake of the leave repository (app/ports/leave.py)."""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from erp_desktop.kernel.hr.leave import LeaveRequest, LeaveStatus
from tests.desktop.fakes.replica import FakeReplica, _not_found


class FakeLeave:
    def __init__(self, db: FakeReplica) -> None:
        self.people = db.people

    def leave_request(self, request_id: UUID) -> LeaveRequest:
        if request_id not in self.people.leave:
            raise _not_found("leave_request", request_id)
        return self.people.leave[request_id]

    def leave_of(self, staff_id: UUID) -> list[LeaveRequest]:
        found = [r for r in self.people.leave.values() if r.staff_id == staff_id]
        return sorted(found, key=lambda r: r.starts_on)

    def leave_between(
        self, start: date, end: date, branch_id: UUID | None = None
    ) -> list[LeaveRequest]:
        found = [
            r
            for r in self.people.leave.values()
            if r.overlaps(start, end) and branch_id in (None, r.branch_id)
        ]
        return sorted(found, key=lambda r: r.starts_on)

    def leave_taken(self, staff_id: UUID, start: date, end: date) -> list[LeaveRequest]:
        return [
            r
            for r in self.leave_of(staff_id)
            if r.status is LeaveStatus.APPROVED and r.overlaps(start, end)
        ]

    def save_leave_request(self, request: LeaveRequest, now: datetime) -> None:
        self.people.leave[request.id] = request
