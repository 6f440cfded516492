"""The shop backs its replica up to a folder or a USB key, on a schedule or at once, and a
new PC restores it and sells on; a backup made by an older client is upgraded on restore
with the upgrade's own backup first, and an upgrade that fails leaves the shop's data as
it was."""

from __future__ import annotations

import contextlib
import functools
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from erp_desktop import cli
from erp_desktop.app.auth import log_in, log_in_with_pin
from erp_desktop.app.backups import (
    back_up_now,
    backup_state,
    run_due_backup,
    set_backup_schedule,
)
from erp_desktop.app.shop_setup.plan import Person, ShopSetup
from erp_desktop.app.shop_setup.product_file import read_product_file, write_template
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.bootstrap import (
    Branch,
    open_branch,
    replica_path,
    restore_replica,
    set_up_shop,
    workstation_register,
)
from erp_desktop.kernel.clock import FixedClock
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.kernel.tax.catalog import default_catalog
from erp_desktop.storage import migrate
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.migrate import MIGRATIONS, current_revision, head_revision

MONTH_OLD_CLIENT = Path(__file__).parents[1] / "faults" / "fixtures" / "offline_month.sqlite3"
NOON = datetime(2026, 11, 30, 11, 0, tzinfo=UTC)


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Branch]:
    products, _ = read_product_file(
        write_template(tmp_path / "p.csv"), "DZD", default_catalog().tax_classes("DZ")
    )
    set_up_shop(
        tmp_path / "shop",
        ShopSetup(
            "Épicerie Ben Ali", "", "DZ", "DZD", {}, "Blida", "BLI01", "Blida", "", "C1",
            (
                Person("karim", "Karim", "secret-owner", "4321", ("owner",)),
                Person("nadia", "Nadia", "secret-cash", "1357", ("cashier",)),
            ),
            tuple(products),
        ),
    )  # fmt: skip
    branch = open_branch(tmp_path / "shop")
    branch.deps.clock = FixedClock(NOON)
    yield branch
    branch.close()


def sell(branch: Branch, data_dir: Path, quantity: int = 1) -> str:
    register = workstation_register(branch, data_dir)
    cashier = log_in_with_pin(branch.deps, "1357", register)
    with branch.deps.store.read() as tx:
        milk = tx.catalog.product_by_sku("LAIT-1L")
    assert milk is not None
    with contextlib.suppress(ErpError):  # the day's session may be open already
        open_cash_session(branch.deps, cashier, Money.of(Decimal(1000), "DZD"))
    sale = checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(milk.id, Decimal(quantity)),),
            (Tender(TenderKind.CASH, Money.of(Decimal(500), "DZD")),),
        ),
    ).sale
    return sale.number


def test_a_backup_is_a_checked_copy_named_for_the_shop_and_old_ones_are_pruned(
    shop: Branch, tmp_path: Path
) -> None:
    sell(shop, tmp_path / "shop")
    key = tmp_path / "usb"
    boss = log_in(shop.deps, "karim", "secret-owner")
    set_backup_schedule(shop.deps, boss, str(key), 24, 2)
    made = []
    for hours in range(3):
        shop.deps.clock = FixedClock(NOON + timedelta(hours=hours))
        made.append(back_up_now(shop.deps, boss).made)
    assert made[0].path.name == "maghreb-erp-BLI01-20261130-110000.sqlite3"
    state = backup_state(shop.deps, boss)
    assert [b.path for b in state.found] == [made[2].path, made[1].path]  # two kept
    assert not made[0].path.exists()
    assert state.last_at == NOON + timedelta(hours=2)
    copy = Replica(made[2].path)
    with copy.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM sales_documents")).scalar() == 1
    copy.close()


def test_the_scheduled_backup_runs_when_due_and_only_then(shop: Branch, tmp_path: Path) -> None:
    assert run_due_backup(shop.deps) is None  # no folder chosen yet
    boss = log_in(shop.deps, "karim", "secret-owner")
    set_backup_schedule(shop.deps, boss, str(tmp_path / "usb"), 6, 7)
    assert run_due_backup(shop.deps) is not None  # never backed up: due at once
    shop.deps.clock = FixedClock(NOON + timedelta(hours=5, minutes=59))
    assert run_due_backup(shop.deps) is None
    shop.deps.clock = FixedClock(NOON + timedelta(hours=6))
    assert run_due_backup(shop.deps) is not None


def test_a_cashier_cannot_change_where_backups_go(shop: Branch, tmp_path: Path) -> None:
    cashier = log_in_with_pin(shop.deps, "1357")
    with pytest.raises(ErpError) as refused:
        set_backup_schedule(shop.deps, cashier, str(tmp_path), 24, 7)
    assert refused.value.code == "auth.permission_denied"


def test_a_key_that_is_not_plugged_in_is_said_and_leaves_no_half_file(
    shop: Branch, tmp_path: Path
) -> None:
    boss = log_in(shop.deps, "karim", "secret-owner")
    (tmp_path / "not-a-folder").write_text("x")
    missing = tmp_path / "not-a-folder" / "usb"
    set_backup_schedule(shop.deps, boss, str(missing), 24, 7)
    with pytest.raises(ErpError) as refused:
        run_due_backup(shop.deps)
    assert refused.value.code == "backup.folder_unwritable"
    assert backup_state(shop.deps, boss).last_at is None  # due again at the next check


def test_a_new_pc_restores_the_backup_and_the_series_goes_on(shop: Branch, tmp_path: Path) -> None:
    first = sell(shop, tmp_path / "shop")
    boss = log_in(shop.deps, "karim", "secret-owner")
    set_backup_schedule(shop.deps, boss, str(tmp_path / "usb"), 24, 7)
    backup = back_up_now(shop.deps, boss).made.path
    new_pc = tmp_path / "new-pc"
    assert restore_replica(new_pc, backup) == "BLI01"
    restored = open_branch(new_pc)
    try:
        restored.deps.clock = FixedClock(NOON + timedelta(hours=1))
        following = sell(restored, new_pc)
        with restored.deps.store.read() as tx:
            assert tx.org.local_branch().kind == "standalone"
    finally:
        restored.close()
    assert int(following.rsplit("-", 1)[1]) == int(first.rsplit("-", 1)[1]) + 1
    with pytest.raises(ErpError) as refused:
        restore_replica(new_pc, backup)  # never over a shop's data
    assert refused.value.code == "setup.replica_exists"


def test_a_file_that_is_not_a_backup_restores_nothing(tmp_path: Path) -> None:
    fake = tmp_path / "maghreb-erp-BLI01-20261130-110000.sqlite3"
    fake.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(ErpError) as refused:
        restore_replica(tmp_path / "new-pc", fake)
    assert refused.value.code == "backup.unreadable"
    assert not replica_path(tmp_path / "new-pc").exists()


def test_a_backup_of_an_older_client_is_upgraded_on_restore_its_own_backup_first(
    tmp_path: Path,
) -> None:
    new_pc = tmp_path / "new-pc"
    assert restore_replica(new_pc, MONTH_OLD_CLIENT) == "ALG01"
    kept = replica_path(new_pc).with_name(f"replica.sqlite3.before-{head_revision()}.bak")
    assert kept.exists()
    before = Replica(kept)
    assert current_revision(before) == "0003"  # the upgrade's backup, as the old client left it
    before.close()
    after = Replica(replica_path(new_pc))
    assert current_revision(after) == head_revision()
    with after.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM sales_documents")).scalar() == 121
    after.close()


def test_a_client_upgrade_that_fails_leaves_the_shops_data_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, broken)
    (broken / "versions" / "0099_broken.py").write_text(
        f'from alembic import op\nrevision = "0099"\ndown_revision = "{head_revision()}"\n\n'
        "def upgrade() -> None:\n"
        '    op.get_bind().exec_driver_sql("DELETE FROM outbox")\n'
        '    raise RuntimeError("disk full")\n',
        encoding="utf-8",
    )
    data_dir = tmp_path / "pc"
    data_dir.mkdir()
    shutil.copy(MONTH_OLD_CLIENT, replica_path(data_dir))
    open_branch(data_dir).close()  # today's client: upgraded to its head
    monkeypatch.setattr(
        migrate, "upgrade_replica", functools.partial(migrate.upgrade_replica, migrations=broken)
    )
    with pytest.raises(ErpError) as refused:
        open_branch(data_dir)  # tomorrow's client, whose migration fails midway
    assert refused.value.code == "storage.migration_failed"
    assert refused.value.params["backup"].endswith("replica.sqlite3.before-0099.bak")
    monkeypatch.undo()
    branch = open_branch(data_dir)  # the client of today still opens it, nothing lost
    try:
        with branch.replica.read() as conn:
            assert conn.execute(text("SELECT count(*) FROM outbox")).scalar() > 0
    finally:
        branch.close()


def test_the_command_line_backs_up_and_restores(
    shop: Branch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop.close()
    assert (
        cli.main(["backup", "--to", str(tmp_path / "usb"), "--data-dir", str(tmp_path / "shop")])
        == 0
    )
    (made,) = (tmp_path / "usb").glob("maghreb-erp-BLI01-*.sqlite3")
    assert cli.main(["restore", str(made), "--data-dir", str(tmp_path / "pc")]) == 0
    assert "replica of BLI01 restored" in capsys.readouterr().out
    assert cli.main(["restore", str(made), "--data-dir", str(tmp_path / "pc")]) == 2
    shop.replica = Replica(replica_path(tmp_path / "shop"))  # for the fixture to close
