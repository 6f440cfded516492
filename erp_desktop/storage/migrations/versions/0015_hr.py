"""Employees, contracts, shifts, attendance and leave (storage/tables/hr.py says why the
tables are split). A replica made before starts them empty; head office's pull then brings
the records it keeps, a branch's pull the attendance profiles of its own staff only.

Revision ID: 0015
Revises: 0011
"""

from alembic import op

revision = "0015"
down_revision = "0011"

_TABLES = (
    """CREATE TABLE IF NOT EXISTS shifts (
    id CHAR(32) NOT NULL,
    code VARCHAR(20) NOT NULL,
    name VARCHAR(100) NOT NULL,
    name_ar VARCHAR(100) NOT NULL,
    starts VARCHAR(5) NOT NULL,
    ends VARCHAR(5) NOT NULL,
    break_minutes INTEGER NOT NULL,
    weekdays VARCHAR(7) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (code)
)""",
    """CREATE TABLE IF NOT EXISTS staff (
    id CHAR(32) NOT NULL,
    number VARCHAR(20) NOT NULL,
    name VARCHAR(200) NOT NULL,
    name_ar VARCHAR(200) NOT NULL,
    branch_id CHAR(32) NOT NULL,
    shift_id CHAR(32),
    pin_hash VARCHAR(200),
    active BOOLEAN NOT NULL,
    hired_on DATE,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (number),
    FOREIGN KEY(branch_id) REFERENCES branches (id),
    FOREIGN KEY(shift_id) REFERENCES shifts (id)
)""",
    """CREATE TABLE IF NOT EXISTS attendance (
    id CHAR(32) NOT NULL,
    branch_id CHAR(32) NOT NULL,
    staff_id CHAR(32) NOT NULL,
    work_date DATE NOT NULL,
    clock_in VARCHAR(32) NOT NULL,
    clock_out VARCHAR(32),
    planned_minutes INTEGER NOT NULL,
    late_minutes INTEGER NOT NULL,
    worked_minutes INTEGER NOT NULL,
    overtime_minutes INTEGER NOT NULL,
    corrected_by CHAR(32),
    correction_reason VARCHAR(300) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    FOREIGN KEY(branch_id) REFERENCES branches (id),
    FOREIGN KEY(staff_id) REFERENCES staff (id),
    FOREIGN KEY(corrected_by) REFERENCES users (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_attendance_staff_day ON attendance (staff_id, work_date)",
    """CREATE TABLE IF NOT EXISTS leave_requests (
    id CHAR(32) NOT NULL,
    branch_id CHAR(32) NOT NULL,
    staff_id CHAR(32) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    days INTEGER NOT NULL,
    status VARCHAR(10) NOT NULL,
    reason VARCHAR(300) NOT NULL,
    requested_by CHAR(32),
    requested_at VARCHAR(32) NOT NULL,
    decided_by CHAR(32),
    decided_at VARCHAR(32),
    decision_note VARCHAR(300) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    FOREIGN KEY(branch_id) REFERENCES branches (id),
    FOREIGN KEY(staff_id) REFERENCES staff (id),
    FOREIGN KEY(requested_by) REFERENCES users (id),
    FOREIGN KEY(decided_by) REFERENCES users (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_leave_staff_start ON leave_requests (staff_id, starts_on)",
    """CREATE TABLE IF NOT EXISTS employees (
    id CHAR(32) NOT NULL,
    number VARCHAR(20) NOT NULL,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    first_name_ar VARCHAR(100) NOT NULL,
    last_name_ar VARCHAR(100) NOT NULL,
    country VARCHAR(2) NOT NULL,
    branch_id CHAR(32) NOT NULL,
    job_title VARCHAR(100) NOT NULL,
    job_title_ar VARCHAR(100) NOT NULL,
    hired_on DATE NOT NULL,
    birth_date DATE,
    gender VARCHAR(1) NOT NULL,
    national_id VARCHAR(40) NOT NULL,
    social_security_number VARCHAR(40) NOT NULL,
    address VARCHAR(300) NOT NULL,
    phone VARCHAR(40) NOT NULL,
    bank_name VARCHAR(100) NOT NULL,
    bank_account VARCHAR(40) NOT NULL,
    active BOOLEAN NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (number),
    FOREIGN KEY(branch_id) REFERENCES branches (id)
)""",
    """CREATE TABLE IF NOT EXISTS employee_family (
    id CHAR(32) NOT NULL,
    employee_id CHAR(32) NOT NULL,
    valid_from DATE NOT NULL,
    marital_status VARCHAR(12) NOT NULL,
    dependants INTEGER NOT NULL,
    children INTEGER NOT NULL,
    head_of_family BOOLEAN NOT NULL,
    recorded_at VARCHAR(32) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (employee_id, valid_from),
    FOREIGN KEY(employee_id) REFERENCES employees (id)
)""",
    """CREATE TABLE IF NOT EXISTS contracts (
    id CHAR(32) NOT NULL,
    employee_id CHAR(32) NOT NULL,
    number VARCHAR(30) NOT NULL,
    kind VARCHAR(3) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE,
    trial_ends_on DATE,
    currency VARCHAR(3) NOT NULL,
    job_title VARCHAR(100) NOT NULL,
    job_title_ar VARCHAR(100) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    FOREIGN KEY(employee_id) REFERENCES employees (id),
    UNIQUE (number)
)""",
    """CREATE TABLE IF NOT EXISTS contract_terms (
    id CHAR(32) NOT NULL,
    contract_id CHAR(32) NOT NULL,
    valid_from DATE NOT NULL,
    base_salary_minor INTEGER NOT NULL,
    monthly_hours VARCHAR(40) NOT NULL,
    weekly_hours VARCHAR(40) NOT NULL,
    allowances TEXT NOT NULL,
    reason VARCHAR(30) NOT NULL,
    recorded_at VARCHAR(32) NOT NULL,
    recorded_by CHAR(32),
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (contract_id, valid_from),
    FOREIGN KEY(contract_id) REFERENCES contracts (id)
)""",
)


def upgrade() -> None:
    connection = op.get_bind()
    for statement in _TABLES:
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    connection = op.get_bind()
    for table in (
        "leave_requests",
        "attendance",
        "staff",
        "shifts",
        "contract_terms",
        "contracts",
        "employee_family",
        "employees",
    ):
        connection.exec_driver_sql(f"DROP TABLE {table}")
