"""What the HR fakes hold (employees, contracts, staff, attendance, leave), apart from the
rest of the fake replica so that HR adds one field to it."""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID

from erp_desktop.kernel.hr.attendance import Attendance, Shift, StaffMember
from erp_desktop.kernel.hr.leave import LeaveRequest
from erp_desktop.kernel.hr.records import (
    ContractTerms,
    Employee,
    EmploymentContract,
    FamilyRecord,
)


@dataclass
class PeopleData:
    employees: dict[UUID, Employee] = field(default_factory=dict)
    family: list[FamilyRecord] = field(default_factory=list)
    contracts: dict[UUID, EmploymentContract] = field(default_factory=dict)
    terms: list[ContractTerms] = field(default_factory=list)
    shifts: dict[UUID, Shift] = field(default_factory=dict)
    staff: dict[UUID, StaffMember] = field(default_factory=dict)
    attendance: dict[UUID, Attendance] = field(default_factory=dict)
    leave: dict[UUID, LeaveRequest] = field(default_factory=dict)
