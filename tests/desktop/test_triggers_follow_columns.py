"""The replica's audit and refusal triggers follow its columns: a revision that only adds a
column gets it audited, and frozen on a finalized sale, without writing a trigger."""

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.storage.ddl import refresh_triggers
from erp_desktop.storage.migrate import MIGRATIONS, head_revision, upgrade_replica
from tests.builders import Branch


def _revision_adding_columns(tmp_path: Path) -> Path:
    """The real migrations and one more revision that adds two columns, and nothing else."""
    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, migrations)
    (migrations / "versions" / "0099_shelf_and_note.py").write_text(
        f'from alembic import op\nrevision = "0099"\ndown_revision = "{head_revision()}"\n\n'
        "def upgrade() -> None:\n"
        "    c = op.get_bind()\n"
        "    c.exec_driver_sql(\"ALTER TABLE products ADD COLUMN shelf VARCHAR(20) NOT NULL DEFAULT ''\")\n"
        "    c.exec_driver_sql(\n"
        "        \"ALTER TABLE sales_documents ADD COLUMN note VARCHAR(40) NOT NULL DEFAULT ''\"\n"
        "    )\n",
        encoding="utf-8",
    )
    return migrations


def test_a_column_a_migration_adds_is_audited_with_its_before_and_after(
    branch: Branch, tmp_path: Path
) -> None:
    upgrade_replica(branch.replica, migrations=_revision_adding_columns(tmp_path))
    admin = branch.actor("admin")
    with branch.replica.transaction(admin.user_id) as conn:
        conn.execute(text("UPDATE products SET shelf = 'A3' WHERE sku = 'SKU0000'"))
    with branch.replica.read() as conn:
        before, after = conn.execute(
            text(
                "SELECT before, after FROM audit_log WHERE table_name = 'products' "
                "AND operation = 'update' ORDER BY id DESC LIMIT 1"
            )
        ).one()
    assert (json.loads(before)["shelf"], json.loads(after)["shelf"]) == ("", "A3")


def test_a_column_a_migration_adds_to_sales_cannot_be_changed_once_the_sale_is_final(
    branch: Branch, tmp_path: Path
) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, Money.of(Decimal(1000), "DZD"))
    checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(branch.products[0], Decimal(1)),),
            (Tender(TenderKind.CASH, Money.of(Decimal(2000), "DZD")),),
        ),
    )
    upgrade_replica(branch.replica, migrations=_revision_adding_columns(tmp_path))
    with (
        pytest.raises(IntegrityError, match=r"storage\.immutable"),
        branch.replica.transaction(None) as conn,
    ):
        conn.execute(text("UPDATE sales_documents SET note = 'changed afterwards'"))


def test_the_triggers_the_migrations_lay_are_the_ones_the_columns_call_for(
    branch: Branch,
) -> None:
    with branch.replica.engine.begin() as conn:
        assert refresh_triggers(conn) == []
