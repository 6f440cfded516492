"""A pull tells the open screens what changed: the new product head office sent shows in the
stock list without anyone pressing anything. The network worker does HTTP only: the replica
belongs to the database worker, which refuses any other thread, and the sync still works."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from erp_desktop.app.changes import Changed
from erp_desktop.kernel.barcodes import make_ean13
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import SyncReport, enroll_device, synchronize
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.stock_view import StockView
from erp_desktop.ui.tasks import TaskRunner
from sync_server.services import headoffice
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for, running_server
from tests.ui.conftest import settle


@pytest.fixture(scope="module")
def enrolled(
    engine: Engine, pg_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Branch]:
    branch = build_branch(Path(tmp_path_factory.mktemp("alger")))
    head_office_for(engine, branch)
    with running_server(pg_url) as url:
        _device, token = headoffice.add_device(engine, "ALG01", "till ALG01")
        client = SyncClient(url)
        enroll_device(branch.deps, client, token)
        client.close()
        synchronize(branch.deps)
        yield branch
    branch.replica.close()


def _harissa(engine: Engine, sku: str, ean: str) -> None:
    headoffice.import_products(
        engine,
        [
            {
                "sku": sku,
                "name": "Harissa du Cap Bon 135 g",
                "name_ar": "هريسة الوطن القبلي 135 غ",
                "unit": "pce",
                "price": "185",
                "currency": "DZD",
                "tax_class": "standard",
                "barcodes": make_ean13(ean),
            }
        ],
    )


def test_a_pull_says_it_changed_the_catalog(enrolled: Branch, engine: Engine) -> None:
    _harissa(engine, "HARISSA-1", "613999000011")
    report = synchronize(enrolled.deps)
    assert report.pulled >= 2
    assert {Changed.CATALOG, Changed.STOCK} <= report.changes
    quiet = synchronize(enrolled.deps)  # nothing new came down
    assert quiet.pulled == 0 and Changed.CATALOG not in quiet.changes


def test_the_stock_list_shows_a_product_head_office_just_sent(
    enrolled: Branch, engine: Engine, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    ctx = UiContext(
        enrolled.deps, TaskRunner("alger-db"), languages, tmp_path, enrolled.register_id
    )
    ctx.actor = enrolled.actor("admin")
    # From now on only the database worker may touch the replica (as when the app opens it).
    ctx.db.run_here(enrolled.replica.confine_to_current_thread)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        settle(qtbot, ctx)
        stock = window.pages["stock"]
        assert isinstance(stock, StockView)
        before = stock.total
        _harissa(engine, "HARISSA-2", "613999000028")
        outcomes: list[object] = []
        ctx.net.submit(
            lambda: synchronize(ctx.deps, run_db=ctx.db.run_here), outcomes.append, outcomes.append
        )
        qtbot.waitUntil(lambda: bool(outcomes), timeout=20000)
        report = outcomes[0]
        assert isinstance(report, SyncReport), report
        qtbot.waitUntil(lambda: stock.total == before + 1, timeout=10000)
        settle(qtbot, ctx)
        stock.model.data(stock.model.index(0, 1))
        settle(qtbot, ctx)
        skus = [
            row.sku
            for row in (stock.model.row_at(i) for i in range(stock.model.rowCount()))
            if row is not None
        ]
        assert "HARISSA-2" in skus
    finally:
        ctx.shutdown()
        enrolled.replica.confine_to_current_thread()  # the test's thread takes it back


def test_the_network_worker_is_refused_the_replica(
    enrolled: Branch, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    languages = LanguageManager(qapp, "DZ")
    ctx = UiContext(
        enrolled.deps, TaskRunner("alger-db"), languages, tmp_path, enrolled.register_id
    )
    ctx.db.run_here(enrolled.replica.confine_to_current_thread)
    try:
        failures: list[Exception] = []
        ctx.net.submit(lambda: synchronize(ctx.deps), lambda _r: None, failures.append)
        qtbot.waitUntil(lambda: bool(failures), timeout=10000)
        assert str(failures[0]).startswith("storage.foreign_thread")
    finally:
        ctx.shutdown()
        enrolled.replica.confine_to_current_thread()  # the test's thread takes it back
