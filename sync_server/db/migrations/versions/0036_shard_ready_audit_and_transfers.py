"""The audit log and the stock documents ready for sharding by branch: the company's own
audit rows in audit.company_log, the transfer's cross-branch foreign keys checked by the
merger, both tables keyed through branch_id (SQL in 0036_shard_ready_audit_and_transfers.sql).

Revision ID: 0036
Revises: 0035
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0036"
down_revision = "0035"


def upgrade() -> None:
    run_sql_file(__file__)
