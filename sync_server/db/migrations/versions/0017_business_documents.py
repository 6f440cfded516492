"""Documents of sales to business customers pushed by the site that issued them, keyed by
its branch, and a business customer's fields on the shared customer (SQL in
0017_business_documents.sql).

Revision ID: 0017
Revises: 0016
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0017"
down_revision = "0016"


def upgrade() -> None:
    run_sql_file(__file__)
