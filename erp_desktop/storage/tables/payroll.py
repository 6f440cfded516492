"""The payroll runs of head office and their payslips, immutable once written.

A run row holds what lists and reports read (month, kind, totals); its payslips hold each
employee's lines as JSON in the wire's shape (``kernel.payroll.run_wire``), so that a
payslip read back years later is the one the employee was given, with the law it cites.
A correction is a new run beside the one it corrects (``corrects_id``), never an update.
"""

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, UniqueConstraint, Uuid

from erp_desktop.storage.tables.base import DecimalText, Json, UtcDateTime, metadata, pk, stamps

payroll_runs = Table(
    "payroll_runs",
    metadata,
    pk(),
    Column("number", String(40), nullable=False, unique=True),
    Column("kind", String(20), nullable=False),
    Column("country", String(2), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("month", String(10), nullable=False),  # its first day, ISO
    Column("prepared_at", UtcDateTime, nullable=False),
    Column("prepared_by", Uuid, nullable=False),
    Column("branch_id", Uuid, ForeignKey("branches.id"), nullable=False),  # head office's site
    Column("corrects_id", Uuid, ForeignKey("payroll_runs.id"), nullable=True),
    Column("previous", Json, nullable=False),  # the corrected run's journal, [] for a first run
    Column("employees", Integer, nullable=False),
    Column("gross_minor", Integer, nullable=False),
    Column("net_to_pay_minor", Integer, nullable=False),
    *stamps(),
    Index("ix_payroll_runs_month", "month"),
)

payslips = Table(
    "payslips",
    metadata,
    pk(),
    Column("run_id", Uuid, ForeignKey("payroll_runs.id"), nullable=False),
    Column("employee_id", Uuid, nullable=False),
    Column("month", String(10), nullable=False),
    Column("name", String(200), nullable=False),
    Column("name_ar", String(200), nullable=False),
    Column("social_number", String(40), nullable=False),
    Column("bank_account", String(60), nullable=False),
    Column("job", String(100), nullable=False),
    Column("hours", DecimalText, nullable=False),
    Column("overtime_hours", DecimalText, nullable=False),
    Column("gross_minor", Integer, nullable=False),
    Column("net_to_pay_minor", Integer, nullable=False),
    Column("lines", Json, nullable=False),
    *stamps(),
    UniqueConstraint("run_id", "employee_id"),
    Index("ix_payslips_employee", "employee_id", "month"),
)

# What HR enters for an employee's month ahead of the run (kernel.payroll.month_items): one
# row per employee and month, changed until the month is paid, then left as the run read it.
payroll_month_items = Table(
    "payroll_month_items",
    metadata,
    pk(),
    Column("employee_id", Uuid, nullable=False),
    Column("month", String(10), nullable=False),  # its first day, ISO
    Column("currency", String(3), nullable=False),
    Column("advance_minor", Integer, nullable=False),
    Column("bonus_minor", Integer, nullable=False),
    Column("deduction_minor", Integer, nullable=False),
    Column("absence_hours", DecimalText, nullable=False),
    Column("overtime_hours", DecimalText, nullable=False),
    Column("overtime_kind", String(20), nullable=False),
    Column("note", String(200), nullable=False),
    Column("recorded_at", UtcDateTime, nullable=True),
    Column("recorded_by", Uuid, nullable=True),
    *stamps(),
    UniqueConstraint("employee_id", "month"),
    Index("ix_payroll_month_items_month", "month"),
)
