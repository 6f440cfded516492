"""The sync panel against the real server: enroll with a URL and a one-time token,
synchronize with progress, see a refused change with its reason in French, retry it."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from erp_desktop.app.stock.adjustments import adjust_stock
from erp_desktop.app.sync_status import sync_status
from erp_desktop.kernel.ids import new_id
from erp_desktop.storage.seed import ProductSeed, seed_products
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.tasks import TaskRunner
from sync_server.services import headoffice
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for, running_server


@pytest.fixture
def setting(
    engine: Engine, pg_url: str, tmp_path: Path, qapp: QApplication
) -> Iterator[tuple[str, Branch, UiContext]]:
    branch = build_branch(tmp_path)
    head_office_for(engine, branch)
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    ctx = UiContext(
        branch.deps, TaskRunner("replica-sync"), languages, tmp_path, branch.register_id
    )
    ctx.actor = branch.actor("manager")
    with running_server(pg_url) as url:
        yield url, branch, ctx
    ctx.shutdown()
    branch.replica.close()


def test_enroll_sync_and_see_what_the_server_refused(
    qtbot: QtBot, engine: Engine, setting: tuple[str, Branch, UiContext]
) -> None:
    url, branch, ctx = setting
    # A product made on this PC only (head office never heard of it), then counted in:
    # the server cannot take its stock movement and says why.
    ghost = new_id()
    with branch.replica.transaction(None) as conn:
        seed_products(
            conn,
            branch.clock.now(),
            [
                ProductSeed(
                    ghost, "LOCAL1", "Article local", "منتج محلي", "pce", 1000, "DZD", "standard"
                )
            ],
        )
    adjust_stock(
        branch.deps, branch.actor("manager"), [(ghost, Decimal(3))], "found in the back room"
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    panel = window.open_sync_panel()
    qtbot.waitUntil(lambda: panel.status is not None, timeout=5000)
    assert panel.enrollment.isVisible() and not panel.sync_button.isEnabled()

    _device, token = headoffice.add_device(engine, "ALG01", "till 1")
    qtbot.keyClicks(panel.url, url)
    qtbot.keyClicks(panel.token, token)
    qtbot.mouseClick(panel.enroll_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.status is not None and panel.status.enrolled, timeout=10000)
    assert not panel.enrollment.isVisible()
    assert panel.message.text() == "Ce poste est inscrit."

    waiting = sync_status(branch.deps).pending
    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Terminé"), timeout=15000)
    assert panel.message.text().startswith(f"Terminé : {waiting - 1} envoyée(s), 1 refusée(s), ")
    qtbot.waitUntil(lambda: panel.refused.rowCount() == 1, timeout=5000)
    entity, _reference, reason = panel.refused.rows[0]
    assert entity == "stock_movement"
    assert reason == f"product {ghost} est introuvable."
    assert panel.progress.value() == panel.progress.maximum()
    assert panel.retry_button.isEnabled()
    qtbot.waitUntil(lambda: "Synchronisation" in window.message.text(), timeout=5000)
    assert "En ligne" in window.sync.text()
