"""The replica: durable settings, audit with the actor, refusals, search, safe upgrades."""

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.errors import ConflictError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.migrate import MIGRATIONS, current_revision, head_revision, upgrade_replica
from erp_desktop.storage.search import search_products
from tests.builders import Branch

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_replica_runs_in_wal_with_full_sync_and_foreign_keys(branch: Branch) -> None:
    with branch.replica.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_every_change_is_audited_with_its_actor_before_and_after(branch: Branch) -> None:
    admin = branch.actor("admin")
    with branch.replica.transaction(admin.user_id) as conn:
        conn.execute(text("UPDATE products SET price_minor = 47000 WHERE sku = 'SKU0000'"))
    with branch.replica.read() as conn:
        row = conn.execute(
            text(
                "SELECT actor_id, before, after FROM audit_log WHERE table_name = 'products' AND operation = 'update' "
                "ORDER BY id DESC LIMIT 1"
            )
        ).one()
    assert row.actor_id == admin.user_id.hex
    assert '"price_minor":45000' in row.before
    assert "47000" in row.after


def test_business_rows_are_never_deleted(branch: Branch) -> None:
    with (
        pytest.raises(IntegrityError, match=r"storage\.delete_refused"),
        branch.replica.transaction(None) as conn,
    ):
        conn.execute(text("DELETE FROM products"))
    with branch.replica.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM products")).scalar() == 10


def test_posted_entries_and_movements_cannot_be_edited(branch: Branch) -> None:
    for sql in (
        "UPDATE journal_lines SET amount_minor = 1",
        "UPDATE stock_movements SET quantity_milli = 1",
    ):
        with (
            pytest.raises(IntegrityError, match=r"storage\.immutable"),
            branch.replica.transaction(None) as conn,
        ):
            conn.execute(text(sql))


def test_a_crash_mid_transaction_leaves_nothing(branch: Branch) -> None:
    with pytest.raises(RuntimeError), branch.replica.transaction(None) as conn:
        conn.execute(text("UPDATE products SET name = 'changed' WHERE sku = 'SKU0001'"))
        raise RuntimeError("power cut")
    with branch.replica.read() as conn:
        assert (
            conn.execute(text("SELECT name FROM products WHERE sku = 'SKU0001'")).scalar()
            == "Lait UHT 1 L"
        )


@pytest.mark.parametrize(
    "typed", ["قهوة", "قَهْوَة", "قهوه", "قهـــوة", "cafe", "CAFÉ moulu", "6130000000", "sku0000"]
)
def test_the_cashier_finds_the_coffee_however_it_is_typed(branch: Branch, typed: str) -> None:
    with branch.replica.read() as conn:
        found = search_products(conn, typed)
    assert branch.products[0] in found


def test_a_replica_made_at_the_first_revision_upgrades_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "replica_v1.sqlite3", path)
    replica = Replica(path)
    assert current_revision(replica) == "0001"
    backup = upgrade_replica(replica)
    assert backup is not None and Path(backup).exists()
    assert current_revision(replica) == head_revision()
    with replica.read() as conn:
        assert conn.execute(text("SELECT name_ar FROM products")).scalar() == "قهوة محمصة 250 غ"
        assert conn.execute(text("SELECT count(*) FROM product_barcodes")).scalar() == 1
        assert len(search_products(conn, "قهوه")) == 1  # indexed by the upgrade itself
    assert upgrade_replica(replica) is None  # already current
    replica.close()


def test_a_failing_migration_restores_the_backup(tmp_path: Path) -> None:
    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, migrations)
    (migrations / "versions" / "0099_broken.py").write_text(
        f'from alembic import op\nrevision = "0099"\ndown_revision = "{head_revision()}"\n\n'
        "def upgrade() -> None:\n"
        "    op.get_bind().exec_driver_sql(\"UPDATE company SET name = 'half written'\")\n"
        '    raise RuntimeError("disk full")\n',
        encoding="utf-8",
    )
    path = tmp_path / "r.sqlite3"
    shutil.copy(FIXTURES / "replica_v1.sqlite3", path)
    replica = Replica(path)
    upgrade_replica(replica)  # to the head of the real migrations
    with pytest.raises(ConflictError) as err:
        upgrade_replica(replica, migrations=migrations)
    assert err.value.code == "storage.migration_failed"
    assert current_revision(replica) == head_revision()
    with replica.read() as conn:
        assert conn.execute(text("SELECT name FROM company")).scalar() == "Épicerie Tlemcen"
    replica.close()


def test_upgrading_to_ledger_day_totals_sums_the_lines_already_posted(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, Money.of(Decimal(1000), "DZD"))
    for quantity in (1, 2, 3):
        checkout(
            branch.deps,
            cashier,
            CheckoutRequest(
                (CartLine(branch.products[0], Decimal(quantity)),),
                (Tender(TenderKind.CASH, Money.of(Decimal(2000), "DZD")),),
            ),
        )
    with branch.deps.store.read() as tx:
        kept_by_trigger = tx.ledger.account_totals(None, None)
        by_rate = tx.ledger.role_rate_totals(None, None)
    # The replica as it was before 0003: no totals table, no trigger.
    with branch.replica.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER ledger_day_totals_insert")
        conn.exec_driver_sql("DROP TABLE ledger_day_totals")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0002'")
    upgrade_replica(branch.replica)
    with branch.deps.store.read() as tx:
        assert tx.ledger.account_totals(None, None) == kept_by_trigger
        assert tx.ledger.role_rate_totals(None, None) == by_rate
        entries = list(tx.ledger.entries(None, None))
    debit = sum(ln.amount.to_minor() for e in entries for ln in e.lines if ln.side.value == "debit")
    assert sum(d for d, _ in kept_by_trigger.values()) == debit > 0


def test_a_read_opened_inside_a_write_fails_loudly_and_loses_nothing(branch: Branch) -> None:
    """It used to get the very same connection, and its closing rollback silently undid the
    outer transaction's writes once the caller caught its error."""
    with branch.replica.transaction(None) as conn:
        conn.execute(text("UPDATE branches SET name = 'Alger Centre-Ville' WHERE code = 'ALG01'"))
        with (
            pytest.raises(RuntimeError, match=r"storage\.nested_transaction"),
            branch.replica.read(),
        ):
            pass
        with (
            pytest.raises(RuntimeError, match=r"storage\.nested_transaction"),
            branch.replica.transaction(None),
        ):
            pass
    with branch.replica.read() as conn:
        name = conn.execute(text("SELECT name FROM branches WHERE code = 'ALG01'")).scalar_one()
    assert name == "Alger Centre-Ville"


def test_another_thread_waits_for_the_connection_instead_of_sharing_it(branch: Branch) -> None:
    import threading

    seen: list[str] = []

    def other() -> None:
        with branch.replica.read() as conn:
            seen.append(
                conn.execute(text("SELECT name FROM branches WHERE code = 'ALG01'")).scalar_one()
            )

    with branch.replica.transaction(None) as conn:
        conn.execute(text("UPDATE branches SET name = 'Bab Ezzouar' WHERE code = 'ALG01'"))
        thread = threading.Thread(target=other)
        thread.start()
        thread.join(0.3)
        assert thread.is_alive() and seen == []  # waiting, not reading our half-done write
    thread.join(5)
    assert seen == ["Bab Ezzouar"]
