"""Idempotency keys scoped per device (SQL in 0015_batch_keys_per_device.sql).

Revision ID: 0015
Revises: 0009
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0015"
down_revision = "0014"


def upgrade() -> None:
    run_sql_file(__file__)
