"""Ledger day totals: debit and credit per day, account, role and VAT rate.

Reports over a year of a busy branch read millions of journal lines; summing them at every
report took seconds to minutes. Journal lines are append-only (posted entries are never
changed, only reversed), so an insert trigger keeps these totals exact in the same
transaction as the line, and reports sum a few thousand rows instead. The upgrade fills
the totals from the lines already there. Derived data: not audited, never synced.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    c = op.get_bind()
    c.exec_driver_sql(
        "CREATE TABLE ledger_day_totals ("
        "entry_date VARCHAR(10) NOT NULL, account_code VARCHAR(20) NOT NULL, "
        "role VARCHAR(30) NOT NULL, vat_rate VARCHAR(20) NOT NULL, "  # '' when the line has none
        "debit_minor INTEGER NOT NULL, credit_minor INTEGER NOT NULL, "
        "PRIMARY KEY (entry_date, account_code, role, vat_rate)) WITHOUT ROWID"
    )
    c.exec_driver_sql(
        "INSERT INTO ledger_day_totals "
        "SELECT e.entry_date, l.account_code, coalesce(l.role, ''), coalesce(l.vat_rate, ''), "
        "sum(CASE WHEN l.side = 'debit' THEN l.amount_minor ELSE 0 END), "
        "sum(CASE WHEN l.side = 'credit' THEN l.amount_minor ELSE 0 END) "
        "FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id "
        "GROUP BY 1, 2, 3, 4"
    )
    c.exec_driver_sql(
        "CREATE TRIGGER ledger_day_totals_insert AFTER INSERT ON journal_lines BEGIN "
        "INSERT INTO ledger_day_totals "
        "SELECT e.entry_date, NEW.account_code, coalesce(NEW.role, ''), coalesce(NEW.vat_rate, ''), "
        "CASE WHEN NEW.side = 'debit' THEN NEW.amount_minor ELSE 0 END, "
        "CASE WHEN NEW.side = 'credit' THEN NEW.amount_minor ELSE 0 END "
        "FROM journal_entries e WHERE e.id = NEW.entry_id "
        "ON CONFLICT (entry_date, account_code, role, vat_rate) DO UPDATE SET "
        "debit_minor = debit_minor + excluded.debit_minor, "
        "credit_minor = credit_minor + excluded.credit_minor; END"
    )


def downgrade() -> None:
    c = op.get_bind()
    c.exec_driver_sql("DROP TRIGGER ledger_day_totals_insert")
    c.exec_driver_sql("DROP TABLE ledger_day_totals")
