"""What HR queues for the server, built from the kernel's values (the wire schemas are in
``kernel.protocol.hr``)."""

from __future__ import annotations

from typing import Any

from erp_desktop.kernel.hr.attendance import Attendance, Shift, StaffMember
from erp_desktop.kernel.hr.leave import LeaveRequest
from erp_desktop.kernel.hr.records import (
    ContractTerms,
    Employee,
    EmploymentContract,
    FamilyRecord,
)


def _day(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _id(value: Any) -> str | None:
    return str(value) if value is not None else None


def employee_payload(employee: Employee, family: list[FamilyRecord]) -> dict[str, Any]:
    return {
        "id": str(employee.id),
        "number": employee.number,
        "first_name": employee.first_name,
        "last_name": employee.last_name,
        "first_name_ar": employee.first_name_ar,
        "last_name_ar": employee.last_name_ar,
        "country": employee.country,
        "branch_id": str(employee.branch_id),
        "job_title": employee.job_title,
        "job_title_ar": employee.job_title_ar,
        "hired_on": employee.hired_on.isoformat(),
        "birth_date": _day(employee.birth_date),
        "gender": employee.gender,
        "national_id": employee.national_id,
        "social_security_number": employee.social_security_number,
        "address": employee.address,
        "phone": employee.phone,
        "bank_name": employee.bank_name,
        "bank_account": employee.bank_account,
        "active": employee.active,
        "family": [
            {
                "id": str(r.id),
                "valid_from": r.valid_from.isoformat(),
                "marital_status": str(r.marital_status),
                "dependants": r.dependants,
                "children": r.children,
                "head_of_family": r.head_of_family,
                "recorded_at": r.recorded_at.isoformat() if r.recorded_at else None,
            }
            for r in family
        ],
    }


def contract_payload(contract: EmploymentContract, terms: list[ContractTerms]) -> dict[str, Any]:
    return {
        "id": str(contract.id),
        "employee_id": str(contract.employee_id),
        "number": contract.number,
        "kind": str(contract.kind),
        "starts_on": contract.starts_on.isoformat(),
        "ends_on": _day(contract.ends_on),
        "trial_ends_on": _day(contract.trial_ends_on),
        "currency": contract.currency,
        "job_title": contract.job_title,
        "job_title_ar": contract.job_title_ar,
        "terms": [
            {
                "id": str(t.id),
                "valid_from": t.valid_from.isoformat(),
                "base_salary_minor": t.base_salary_minor,
                "monthly_hours": str(t.monthly_hours),
                "weekly_hours": str(t.weekly_hours),
                "allowances": [
                    {"kind": a.kind, "amount_minor": a.amount_minor} for a in t.allowances
                ],
                "reason": t.reason,
                "recorded_at": t.recorded_at.isoformat() if t.recorded_at else None,
                "recorded_by": _id(t.recorded_by),
            }
            for t in terms
        ],
    }


def staff_payload(member: StaffMember) -> dict[str, Any]:
    return {
        "id": str(member.id),
        "number": member.number,
        "name": member.name,
        "name_ar": member.name_ar,
        "branch_id": str(member.branch_id),
        "shift_id": _id(member.shift_id),
        "pin_hash": member.pin_hash,
        "active": member.active,
        "hired_on": _day(member.hired_on),
    }


def shift_payload(shift: Shift) -> dict[str, Any]:
    return {
        "id": str(shift.id),
        "code": shift.code,
        "name": shift.name,
        "name_ar": shift.name_ar,
        "starts": shift.starts.strftime("%H:%M"),
        "ends": shift.ends.strftime("%H:%M"),
        "break_minutes": shift.break_minutes,
        "weekdays": shift.weekdays,
    }


def attendance_payload(a: Attendance) -> dict[str, Any]:
    return {
        "id": str(a.id),
        "branch_id": str(a.branch_id),
        "staff_id": str(a.staff_id),
        "work_date": a.work_date.isoformat(),
        "clock_in": a.clock_in.isoformat(),
        "clock_out": a.clock_out.isoformat() if a.clock_out else None,
        "planned_minutes": a.planned_minutes,
        "late_minutes": a.late_minutes,
        "worked_minutes": a.worked_minutes,
        "overtime_minutes": a.overtime_minutes,
        "corrected_by": _id(a.corrected_by),
        "correction_reason": a.correction_reason,
    }


def leave_payload(r: LeaveRequest) -> dict[str, Any]:
    return {
        "id": str(r.id),
        "branch_id": str(r.branch_id),
        "staff_id": str(r.staff_id),
        "kind": r.kind,
        "starts_on": r.starts_on.isoformat(),
        "ends_on": r.ends_on.isoformat(),
        "days": r.days,
        "status": str(r.status),
        "reason": r.reason,
        "requested_by": _id(r.requested_by),
        "requested_at": r.requested_at.isoformat(),
        "decided_by": _id(r.decided_by),
        "decided_at": r.decided_at.isoformat() if r.decided_at else None,
        "decision_note": r.decision_note,
    }
