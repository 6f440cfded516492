"""A branch of the previous release traded thirty days without reaching the server (the
replica fixture `fixtures/offline_month.sqlite3`, made by that release, its outbox full).
Today's client opens it, upgrading its schema with the backup first; today's server takes
the whole month in one sync: every ticket once, each posted once and balanced, the series
gapless with its chain verified, the edited customer merged, and the replica agreeing with
the server afterwards."""

from __future__ import annotations

import shutil
from pathlib import Path
from uuid import UUID

from sqlalchemy import text

from erp_desktop.app.deps import Deps, resume_clock
from erp_desktop.kernel.clock import FixedClock, utc_now
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.migrate import current_revision, head_revision, upgrade_replica
from erp_desktop.storage.store import SqliteStore
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server.db.catalog import ProductRow, upsert_products
from sync_server.db.engine import make_engine, unit_of_work
from sync_server.services import headoffice
from sync_server.services.reconcile import reconcile
from tests.pg import migrated_database
from tests.server.helpers import running_server

FIXTURE = Path(__file__).parent / "fixtures" / "offline_month.sqlite3"


def head_office_from(engine: object, replica: Replica) -> None:
    """The head office the fixture's branch belonged to, with the replica's own ids."""
    with replica.read() as conn:
        q = lambda sql: conn.execute(text(sql)).mappings().all()  # noqa: E731
        company = q("SELECT name, name_ar, country, currency FROM company")[0]
        branches = q(
            "SELECT b.id, b.code, b.name, b.name_ar, w.id AS wh FROM branches b "
            "JOIN warehouses w ON w.branch_id = b.id"
        )
        registers = q(
            "SELECT r.id, r.code, r.cash_step_minor, b.code AS branch FROM registers r "
            "JOIN branches b ON b.id = r.branch_id"
        )
        users = q(
            "SELECT u.id, u.username, u.full_name, b.code AS branch FROM users u "
            "LEFT JOIN branches b ON b.id = u.branch_id"
        )
        roles = q("SELECT user_id, role FROM user_roles")
        products = q(
            "SELECT id, sku, name, name_ar, unit, price_minor, currency, tax_class FROM products"
        )
        barcodes = q("SELECT product_id, barcode AS code FROM product_barcodes")
    headoffice.set_up_company(
        engine, company["name"], company["name_ar"], company["country"], company["currency"]
    )  # type: ignore[arg-type]
    for b in branches:
        headoffice.add_branch(
            engine, b["code"], b["name"], b["name_ar"], UUID(b["id"]), UUID(b["wh"])
        )  # type: ignore[arg-type]
    for r in registers:
        headoffice.add_register(engine, r["branch"], r["code"], r["cash_step_minor"], UUID(r["id"]))  # type: ignore[arg-type]
    for u in users:
        mine = [r["role"] for r in roles if r["user_id"] == u["id"]]
        headoffice.add_user(
            engine, u["username"], u["full_name"], "s3cret-pass", mine, u["branch"], None, u["id"]
        )  # type: ignore[arg-type]
    with unit_of_work(engine, head_office=True) as conn:  # type: ignore[arg-type]
        upsert_products(
            conn,
            [
                ProductRow(
                    p["id"],
                    p["sku"],
                    p["name"],
                    p["name_ar"],
                    p["unit"],
                    p["price_minor"],
                    p["currency"],
                    p["tax_class"],
                    tuple(c["code"] for c in barcodes if c["product_id"] == p["id"]),
                )
                for p in products
            ],
        )


def test_a_month_offline_across_an_upgrade_arrives_whole(tmp_path: Path) -> None:
    path = tmp_path / "ALG01.sqlite3"
    shutil.copy(FIXTURE, path)
    replica = Replica(path)
    assert current_revision(replica) == "0003"  # the earlier release's schema
    upgrade_replica(replica)  # what the client does when it opens it
    assert current_revision(replica) == head_revision()
    store = SqliteStore(replica)
    deps = Deps(store, FixedClock(utc_now()), resume_clock(store, "ALG01"))
    with replica.read() as conn:
        waiting = conn.execute(
            text("SELECT count(*) FROM outbox WHERE state = 'pending'")
        ).scalar_one()
        numbers = sorted(conn.execute(text("SELECT number FROM sales_documents")).scalars())
    assert len(numbers) == 121  # 30 days of 4 tickets, and a return
    with migrated_database() as url:
        engine = make_engine(url)
        head_office_from(engine, replica)
        with running_server(url) as base:
            _device, token = headoffice.add_device(engine, "ALG01", "till")
            enroll_device(deps, SyncClient(base), token)
            report = synchronize(deps)
            assert (report.accepted, report.rejected) == (waiting, 0)
            assert report.comparison is not None and report.comparison.agrees
        with unit_of_work(engine, head_office=True) as conn:
            q = lambda sql: conn.execute(text(sql)).all()  # noqa: E731
            assert sorted(r[0] for r in q("SELECT number FROM sales.documents")) == numbers
            posted = q(
                "SELECT count(DISTINCT source_id), count(*) FROM accounting.journal_entries "
                "WHERE source_type IN ('receipt', 'credit_note')"
            )
            assert posted == [(121, 121)]  # each posted, once
            assert q("SELECT name FROM crm.customers") == [("Mme Benali",)]
        assert reconcile(engine).clean, reconcile(engine).lines()
        engine.dispose()
    replica.close()
