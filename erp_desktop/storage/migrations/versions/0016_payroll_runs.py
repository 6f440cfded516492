"""Head office's payroll runs and their payslips (kernel.payroll.run), immutable once
written: a month is paid by one run, a change by a corrective run beside it. Only a head
office replica ever holds rows here (payroll is head office's, and never flows down to a
branch). A replica made before starts them empty.

Revision ID: 0016
Revises: 0011
"""

from alembic import op

revision = "0016"
down_revision = "0011"

_TABLES = (
    """CREATE TABLE IF NOT EXISTS payroll_runs (
    id CHAR(32) NOT NULL,
    number VARCHAR(40) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    country VARCHAR(2) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    month VARCHAR(10) NOT NULL,
    prepared_at VARCHAR(32) NOT NULL,
    prepared_by CHAR(32) NOT NULL,
    branch_id CHAR(32) NOT NULL,
    corrects_id CHAR(32),
    previous TEXT NOT NULL,
    employees INTEGER NOT NULL,
    gross_minor INTEGER NOT NULL,
    net_to_pay_minor INTEGER NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (number),
    FOREIGN KEY(branch_id) REFERENCES branches (id),
    FOREIGN KEY(corrects_id) REFERENCES payroll_runs (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_payroll_runs_month ON payroll_runs (month)",
    """CREATE TABLE IF NOT EXISTS payslips (
    id CHAR(32) NOT NULL,
    run_id CHAR(32) NOT NULL,
    employee_id CHAR(32) NOT NULL,
    month VARCHAR(10) NOT NULL,
    name VARCHAR(200) NOT NULL,
    name_ar VARCHAR(200) NOT NULL,
    social_number VARCHAR(40) NOT NULL,
    bank_account VARCHAR(60) NOT NULL,
    job VARCHAR(100) NOT NULL,
    gross_minor INTEGER NOT NULL,
    net_to_pay_minor INTEGER NOT NULL,
    lines TEXT NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (run_id, employee_id),
    FOREIGN KEY(run_id) REFERENCES payroll_runs (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_payslips_employee ON payslips (employee_id, month)",
)


def upgrade() -> None:
    connection = op.get_bind()
    for statement in _TABLES:
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    connection = op.get_bind()
    connection.exec_driver_sql("DROP TABLE payslips")
    connection.exec_driver_sql("DROP TABLE payroll_runs")
