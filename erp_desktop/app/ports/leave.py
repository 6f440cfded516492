"""Leave requests: asked at the branch by or for an employee, decided by its manager, sent
to head office. ``leave_taken`` is what payroll reads: the approved leave of a period."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol
from uuid import UUID

from erp_desktop.kernel.hr.leave import LeaveRequest


class LeaveReads(Protocol):
    def leave_request(self, request_id: UUID) -> LeaveRequest: ...
    def leave_of(self, staff_id: UUID) -> list[LeaveRequest]: ...
    def leave_between(
        self, start: date, end: date, branch_id: UUID | None = None
    ) -> list[LeaveRequest]: ...
    def leave_taken(self, staff_id: UUID, start: date, end: date) -> list[LeaveRequest]: ...


class LeaveRepository(LeaveReads, Protocol):
    def save_leave_request(self, request: LeaveRequest, now: datetime) -> None: ...
