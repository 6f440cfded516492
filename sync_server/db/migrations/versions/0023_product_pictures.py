"""The till's product grid: categories of the catalog, a product's category, and a small
picture of each product, set at head office and sent down to every site (SQL in
0023_product_pictures.sql).

Revision ID: 0023
Revises: 0022
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0023"
down_revision = "0022"


def upgrade() -> None:
    run_sql_file(__file__)
