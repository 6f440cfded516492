"""What HR enters for an employee's month ahead of the payroll run (advance on salary,
overtime, unpaid hours, a one-off bonus or deduction): one row per employee and month, on
head office's replica alone (kernel.payroll.month_items). The audit and no-delete
triggers are laid by ``ddl.refresh_triggers`` after the upgrade.

Revision ID: 0021
Revises: 0020
"""

from alembic import op

revision = "0021"
down_revision = "0020"

_STATEMENTS = (
    """CREATE TABLE IF NOT EXISTS payroll_month_items (
    id CHAR(32) NOT NULL,
    employee_id CHAR(32) NOT NULL,
    month VARCHAR(10) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    advance_minor INTEGER NOT NULL,
    bonus_minor INTEGER NOT NULL,
    deduction_minor INTEGER NOT NULL,
    absence_hours VARCHAR(40) NOT NULL,
    overtime_hours VARCHAR(40) NOT NULL,
    overtime_kind VARCHAR(20) NOT NULL,
    note VARCHAR(200) NOT NULL,
    recorded_at VARCHAR(32),
    recorded_by CHAR(32),
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (employee_id, month)
)""",
    "CREATE INDEX IF NOT EXISTS ix_payroll_month_items_month ON payroll_month_items (month)",
)


def upgrade() -> None:
    connection = op.get_bind()
    for statement in _STATEMENTS:
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    op.get_bind().exec_driver_sql("DROP TABLE payroll_month_items")
