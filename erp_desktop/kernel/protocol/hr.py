"""Payload schemas of HR: what head office pushes (an employee's record with its dated
family situation, a contract with its dated terms, an attendance profile, a shift) and
what a branch pushes (a day clocked, a leave request). ``payloads`` takes them into its one
table of schemas."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

HR_SCHEMAS: Mapping[str, Mapping[str, Any]] = {
    "employee": {  # confidential: head office's HR only
        "id": "uuid",
        "number": "str",
        "first_name": "str",
        "last_name": "str",
        "first_name_ar": "str",
        "last_name_ar": "str",
        "country": "str",
        "branch_id": "uuid",
        "job_title": "str",
        "job_title_ar": "str",
        "hired_on": "civil_date",
        "birth_date": "civil_date?",
        "gender": "str",
        "national_id": "str",
        "social_security_number": "str",
        "address": "str",
        "phone": "str",
        "bank_name": "str",
        "bank_account": "str",
        "active": "bool",
        "family": [  # every dated row so far; the server adds those it lacks
            {
                "id": "uuid",
                "valid_from": "civil_date",
                "marital_status": "str",
                "dependants": "int",
                "children": "int",
                "head_of_family": "bool",
                "recorded_at": "datetime",
            }
        ],
    },
    "contract": {  # confidential: head office's HR only
        "id": "uuid",
        "employee_id": "uuid",
        "number": "str",
        "kind": "str",
        "starts_on": "civil_date",
        "ends_on": "civil_date?",
        "trial_ends_on": "civil_date?",
        "currency": "currency",
        "job_title": "str",
        "job_title_ar": "str",
        "terms": [  # every dated row so far, never changed once sent
            {
                "id": "uuid",
                "valid_from": "civil_date",
                "base_salary_minor": "int",
                "monthly_hours": "decimal",
                "weekly_hours": "decimal",
                "allowances": [{"kind": "str", "amount_minor": "int"}],
                "reason": "str",
                "recorded_at": "datetime",
                "recorded_by": "uuid?",
            }
        ],
    },
    "staff": {  # the attendance profile, sent down to the employee's branch
        "id": "uuid",
        "number": "str",
        "name": "str",
        "name_ar": "str",
        "branch_id": "uuid",
        "shift_id": "uuid?",
        "pin_hash": "str?",
        "active": "bool",
        "hired_on": "civil_date?",
    },
    "shift": {
        "id": "uuid",
        "code": "str",
        "name": "str",
        "name_ar": "str",
        "starts": "str",  # "08:00", local time
        "ends": "str",
        "break_minutes": "int",
        "weekdays": "str",
    },
    "attendance": {  # a branch's day clocked (or corrected by its manager)
        "id": "uuid",
        "branch_id": "uuid",
        "staff_id": "uuid",
        "work_date": "date",
        "clock_in": "datetime",
        "clock_out": "datetime?",
        "planned_minutes": "int",
        "late_minutes": "int",
        "worked_minutes": "int",
        "overtime_minutes": "int",
        "corrected_by": "uuid?",
        "correction_reason": "str",
    },
    "leave_request": {
        "id": "uuid",
        "branch_id": "uuid",
        "staff_id": "uuid",
        "kind": "str",
        "starts_on": "date",
        "ends_on": "date",
        "days": "int",
        "status": "str",
        "reason": "str",
        "requested_by": "uuid?",
        "requested_at": "datetime",
        "decided_by": "uuid?",
        "decided_at": "datetime?",
        "decision_note": "str",
    },
}
