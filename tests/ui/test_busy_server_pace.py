"""A busy server (503 ``sync.server_busy`` with Retry-After: the till's lane is full) is
asked again no sooner than it said, and the till does not think itself offline."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from erp_desktop.kernel.errors import ErpError
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.main_window import MainWindow
from tests.builders import Branch


def test_the_next_sync_waits_what_the_busy_server_said_and_the_till_stays_online(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    ctx.actor = branch.actor("manager")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window._synced(ErpError("sync.server_busy", changes=600, retry_after=30))
    assert window.online
    assert 30_000 <= window.sync_timer.interval() <= 42_000
    window._synced(ErpError("sync.offline", url="http://head-office"))
    assert not window.online
    assert window.sync_timer.interval() <= 6_000  # the first retry after a failure
