"""A product's picture removed at head office goes down as removed (SQL in
0029_product_pictures_removed.sql).

Revision ID: 0029
Revises: 0027
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0029"
down_revision = "0027"


def upgrade() -> None:
    run_sql_file(__file__)
