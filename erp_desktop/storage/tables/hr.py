"""Employees, contracts, shifts, attendance and leave on the replica (migration 0015).

Two groups that never share a table:

* what a branch needs to clock its staff in: ``shifts``, ``staff`` (the attendance profile:
  names, PIN hash, branch, shift) and the branch's own ``attendance``; every replica has
  them, a branch's filled with its own staff only;
* what only head office's HR keeps: ``employees`` (the personal record: identity and
  social-security numbers, address, bank account), ``employee_family`` (dated),
  ``contracts`` and ``contract_terms`` (dated pay and hours, one row per change, never
  updated). They exist empty on a branch replica: the server never sends their rows down
  to a branch and the replica refuses them should one arrive (``storage.remote``).
"""

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
    Uuid,
)

from erp_desktop.storage.tables.base import DecimalText, Json, UtcDateTime, metadata, pk, stamps

# -- what every site has (attendance) ---------------------------------------------------------

shifts = Table(
    "shifts",
    metadata,
    pk(),
    Column("code", String(20), nullable=False, unique=True),
    Column("name", String(100), nullable=False),
    Column("name_ar", String(100), nullable=False),
    Column("starts", String(5), nullable=False),  # "08:00", local time at the branch
    Column("ends", String(5), nullable=False),
    Column("break_minutes", Integer, nullable=False),
    Column("weekdays", String(7), nullable=False),  # "012345": Monday to Saturday
    *stamps(),
)

staff = Table(
    "staff",
    metadata,
    pk(),  # the employee's id
    Column("number", String(20), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("name_ar", String(200), nullable=False),
    Column("branch_id", Uuid, ForeignKey("branches.id"), nullable=False),
    Column("shift_id", Uuid, ForeignKey("shifts.id"), nullable=True),
    Column("pin_hash", String(200), nullable=True),
    Column("active", Boolean, nullable=False),
    Column("hired_on", Date, nullable=True),
    *stamps(),
)

attendance = Table(
    "attendance",
    metadata,
    pk(),
    Column("branch_id", Uuid, ForeignKey("branches.id"), nullable=False),
    Column("staff_id", Uuid, ForeignKey("staff.id"), nullable=False),
    Column("work_date", Date, nullable=False),
    Column("clock_in", UtcDateTime, nullable=False),
    Column("clock_out", UtcDateTime, nullable=True),
    Column("planned_minutes", Integer, nullable=False),
    Column("late_minutes", Integer, nullable=False),
    Column("worked_minutes", Integer, nullable=False),
    Column("overtime_minutes", Integer, nullable=False),
    Column("corrected_by", Uuid, ForeignKey("users.id"), nullable=True),
    Column("correction_reason", String(300), nullable=False),
    *stamps(),
)

# -- head office's HR only (confidential) -----------------------------------------------------

employees = Table(
    "employees",
    metadata,
    pk(),  # the same id as the employee's row of ``staff``
    Column("number", String(20), nullable=False, unique=True),
    Column("first_name", String(100), nullable=False),
    Column("last_name", String(100), nullable=False),
    Column("first_name_ar", String(100), nullable=False),
    Column("last_name_ar", String(100), nullable=False),
    Column("country", String(2), nullable=False),
    Column("branch_id", Uuid, ForeignKey("branches.id"), nullable=False),
    Column("job_title", String(100), nullable=False),
    Column("job_title_ar", String(100), nullable=False),
    Column("hired_on", Date, nullable=False),
    Column("birth_date", Date, nullable=True),
    Column("gender", String(1), nullable=False),
    Column("national_id", String(40), nullable=False),
    Column("social_security_number", String(40), nullable=False),
    Column("address", String(300), nullable=False),
    Column("phone", String(40), nullable=False),
    Column("bank_name", String(100), nullable=False),
    Column("bank_account", String(40), nullable=False),
    Column("active", Boolean, nullable=False),
    *stamps(),
)

employee_family = Table(
    "employee_family",
    metadata,
    pk(),
    Column("employee_id", Uuid, ForeignKey("employees.id"), nullable=False),
    Column("valid_from", Date, nullable=False),
    Column("marital_status", String(12), nullable=False),
    Column("dependants", Integer, nullable=False),
    Column("children", Integer, nullable=False),
    Column("head_of_family", Boolean, nullable=False),
    Column("recorded_at", UtcDateTime, nullable=False),
    *stamps(),
    UniqueConstraint("employee_id", "valid_from"),
)

contracts = Table(
    "contracts",
    metadata,
    pk(),
    Column("employee_id", Uuid, ForeignKey("employees.id"), nullable=False),
    Column("number", String(30), nullable=False, unique=True),
    Column("kind", String(3), nullable=False),  # CDI, CDD
    Column("starts_on", Date, nullable=False),
    Column("ends_on", Date, nullable=True),
    Column("trial_ends_on", Date, nullable=True),
    Column("currency", String(3), nullable=False),
    Column("job_title", String(100), nullable=False),
    Column("job_title_ar", String(100), nullable=False),
    *stamps(),
)

contract_terms = Table(
    "contract_terms",
    metadata,
    pk(),
    Column("contract_id", Uuid, ForeignKey("contracts.id"), nullable=False),
    Column("valid_from", Date, nullable=False),
    Column("base_salary_minor", Integer, nullable=False),
    Column("monthly_hours", DecimalText, nullable=False),
    Column("weekly_hours", DecimalText, nullable=False),
    Column("allowances", Json, nullable=False),  # [{"kind": ..., "amount_minor": ...}]
    Column("reason", String(30), nullable=False),
    Column("recorded_at", UtcDateTime, nullable=False),
    Column("recorded_by", Uuid, nullable=True),
    *stamps(),
    UniqueConstraint("contract_id", "valid_from"),
)

# -- what every site has (leave) -------------------------------------------------------------

leave_requests = Table(
    "leave_requests",
    metadata,
    pk(),
    Column("branch_id", Uuid, ForeignKey("branches.id"), nullable=False),
    Column("staff_id", Uuid, ForeignKey("staff.id"), nullable=False),
    Column("kind", String(20), nullable=False),  # annual, sick, maternity, ...
    Column("starts_on", Date, nullable=False),
    Column("ends_on", Date, nullable=False),
    Column("days", Integer, nullable=False),  # the days the leave counts (its law's unit)
    Column("status", String(10), nullable=False),  # pending, approved, refused, cancelled
    Column("reason", String(300), nullable=False),
    Column("requested_by", Uuid, ForeignKey("users.id"), nullable=True),
    Column("requested_at", UtcDateTime, nullable=False),
    Column("decided_by", Uuid, ForeignKey("users.id"), nullable=True),
    Column("decided_at", UtcDateTime, nullable=True),
    Column("decision_note", String(300), nullable=False),
    *stamps(),
)

Index("ix_attendance_staff_day", attendance.c.staff_id, attendance.c.work_date)
Index("ix_leave_staff_start", leave_requests.c.staff_id, leave_requests.c.starts_on)
