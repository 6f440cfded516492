"""Tunisia's daily global invoices of ticket sales, and the stamp duty expense account.

The table, its audit and its refusals (never deleted, never changed) are frozen in
0006_global_invoices.sql. The invoice posts the stamp duty the retailer bears to a new
chart role, ``stamp_duty_expense``: a replica made before has the rest of its chart, so the
account of its country is added here (Tunisia's SCE 6654, Algeria's SCF 645, Morocco's CGNC
61671), unless the company already has that code.

Revision ID: 0006
Revises: 0003
"""

from datetime import UTC, datetime
from pathlib import Path

from alembic import op

from erp_desktop.kernel.ids import new_id

revision = "0006"
down_revision = "0004"

_ACCOUNTS = {
    "TN": ("6654", "Droits d'enregistrement et de timbre", "معاليم التسجيل والطابع"),
    "DZ": ("645", "Autres impôts et taxes (droits de timbre)", "ضرائب ورسوم أخرى (حقوق الطابع)"),
    "MA": ("61671", "Droits d'enregistrement et de timbre", "رسوم التسجيل والتنبر"),
}


def upgrade() -> None:
    connection = op.get_bind()
    sql = Path(__file__).with_suffix(".sql").read_text(encoding="utf-8")
    for statement in _statements(sql):
        connection.exec_driver_sql(statement)
    country = connection.exec_driver_sql("SELECT country FROM company").scalar()
    if country not in _ACCOUNTS:
        return  # a replica not yet set up gets the whole chart when it is
    code, name, name_ar = _ACCOUNTS[country]
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    connection.exec_driver_sql(
        "INSERT INTO accounts (id, code, name, name_ar, type, role, created_at, updated_at) "
        "SELECT ?, ?, ?, ?, 'expense', 'stamp_duty_expense', ?, ? "
        "WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE code = ?)",
        (new_id().hex, code, name, name_ar, now, now, code),
    )


def downgrade() -> None:
    connection = op.get_bind()
    connection.exec_driver_sql("DROP TABLE global_invoices")


def _statements(sql: str) -> list[str]:
    parts, current = [], []
    for line in sql.splitlines():
        if line.startswith("--"):
            continue
        current.append(line)
        if line.rstrip().endswith(";"):
            parts.append("\n".join(current).strip().rstrip(";"))
            current = []
    return [p for p in parts if p]
