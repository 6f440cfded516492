"""The operator's backup and restore (installer/server/erp-sync-backup, erp-sync-restore),
end to end on real PostgreSQL: a server database with a pushed branch day is dumped,
restored into a new database, migrated and reconciled clean; what a branch had pushed is
all there, and the same push again changes nothing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from sync_server.db.engine import make_engine, unit_of_work
from sync_server.services import headoffice
from sync_server.services.enrollment import enroll
from sync_server.services.push import apply_push
from sync_server.services.reconcile import reconcile
from tests.builders import PRODUCTS, Branch, build_branch
from tests.pg import temporary_database
from tests.server.helpers import head_office_for, outbox_batch

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        not (shutil.which("pg_dump") and shutil.which("pg_restore") and shutil.which("psql")),
        reason="pg_dump, pg_restore and psql are PostgreSQL's client programs",
    ),
]

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "installer" / "server"
COUNTED = (
    "sales.documents",
    "sales.payments",
    "sales.cash_sessions",
    "accounting.journal_entries",
    "accounting.journal_lines",
    "inventory.stock_movements",
    "audit.log",
    "audit.company_log",
    "sync.change_log",
    "auth.devices",
    "sync.batches",
)


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Branch]:
    built = build_branch(Path(tmp_path_factory.mktemp("alger")))
    cashier = built.actor("cashier")
    open_cash_session(built.deps, cashier, Money.of(Decimal(1000), "DZD"))
    for i in range(4):
        due = Money.of(Decimal(PRODUCTS[i][2] * (i + 1)), "DZD")
        checkout(
            built.deps,
            cashier,
            CheckoutRequest(
                (CartLine(built.products[i], Decimal(i + 1)),),
                (Tender(TenderKind.CARD, due, reference="T"),),
            ),
        )
    yield built
    built.replica.close()


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "ERP_SYNC_SERVER": f"{sys.executable} -m sync_server.cli",
    }


def _counts(engine: Engine) -> dict[str, int]:
    with unit_of_work(engine, head_office=True) as conn:
        return {
            table: int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
            for table in COUNTED
        }


def test_a_backup_restored_into_a_new_database_reconciles_clean_with_every_pushed_row(
    engine: Engine, pg_url: str, branch: Branch, tmp_path: Path
) -> None:
    head_office_for(engine, branch)
    device_id, token = headoffice.add_device(engine, "ALG01", "till")
    device, _ = enroll(engine, token)
    batch = outbox_batch(branch, device_id)
    pushed = apply_push(engine, device, json.dumps(batch).encode())
    assert {r["status"] for r in pushed.body["results"]} == {"accepted"}, pushed.body
    assert reconcile(engine).clean
    before = _counts(engine)
    assert before["sales.documents"] == 4 and before["audit.log"] > 0
    assert before["audit.company_log"] > 0  # head office set the company up

    backups = tmp_path / "backups"
    made = subprocess.run(
        [SCRIPTS / "erp-sync-backup", str(backups)],
        env={**_env(), "ERP_BACKUP_DATABASE_URL": pg_url},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    (dump,) = backups.glob("erp-*.dump")
    (roles,) = backups.glob("erp-*.roles.sql")
    assert "CREATE ROLE erp_app" in roles.read_text(encoding="utf-8")
    assert not list(backups.glob("*.part"))

    with temporary_database() as restored_url:
        restored = subprocess.run(
            [SCRIPTS / "erp-sync-restore", str(dump), restored_url, "--roles", str(roles)],
            env=_env(),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert restored.returncode == 0, restored.stdout + restored.stderr
        assert "database is at the newest revision" in restored.stdout
        restored_engine = make_engine(restored_url)
        try:
            assert _counts(restored_engine) == before
            assert reconcile(restored_engine).clean
            # The branch pushes its outbox again (it does not know the server was restored):
            # the batch is recognised, nothing is written twice.
            again = apply_push(restored_engine, device, json.dumps(batch).encode())
            assert len(again.body["results"]) == len(batch["changes"])
            assert _counts(restored_engine) == before
            assert reconcile(restored_engine).clean
        finally:
            restored_engine.dispose()


def test_a_restore_refuses_a_database_that_is_not_empty(
    engine: Engine, pg_url: str, tmp_path: Path
) -> None:
    dump = tmp_path / "empty.dump"
    subprocess.run(["pg_dump", "-Fc", "-f", str(dump), pg_url], check=True, timeout=120)
    refused = subprocess.run(
        [SCRIPTS / "erp-sync-restore", str(dump), pg_url],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode == 2
    assert "is not empty" in refused.stderr
