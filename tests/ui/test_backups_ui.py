"""Backups from the client, with real widgets over a founded shop's replica: the owner sees
the Backups menu (a cashier does not), chooses a folder and backs up at once, the timer
takes the scheduled backup when it is due, and a new PC's first-run dialog restores it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from erp_desktop.app.auth import log_in, log_in_with_pin
from erp_desktop.app.backups import set_backup_schedule
from erp_desktop.app.shop_setup.plan import Person, ShopSetup
from erp_desktop.bootstrap import Branch, open_branch, replica_path, restore_replica, set_up_shop
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.permissions import Permission
from erp_desktop.ui.backup_dialog import BackupDialog
from erp_desktop.ui.backup_timer import BackupTimer
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.first_run import FirstRunDialog
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.tasks import TaskRunner


@pytest.fixture
def shop(qapp: QApplication, tmp_path: Path) -> Iterator[tuple[UiContext, Branch]]:
    set_up_shop(
        tmp_path / "shop",
        ShopSetup(
            "Épicerie Ben Ali", "", "DZ", "DZD", {}, "Blida", "BLI01", "Blida", "", "C1",
            (
                Person("karim", "Karim", "secret-owner", "4321", ("owner",)),
                Person("nadia", "Nadia", "secret-cash", "1357", ("cashier",)),
            ),
        ),
    )  # fmt: skip
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    db = TaskRunner("replica-test")
    branch = db.run_here(lambda: open_branch(tmp_path / "shop"))
    ctx = UiContext(branch.deps, db, languages, tmp_path / "shop")
    yield ctx, branch
    db.run_here(branch.close)
    ctx.shutdown()


def test_the_owner_backs_up_at_once_from_the_menu_and_a_cashier_has_no_such_menu(
    qtbot: QtBot, shop: tuple[UiContext, Branch], tmp_path: Path
) -> None:
    ctx, branch = shop
    cashier = ctx.db.run_here(lambda: log_in_with_pin(branch.deps, "1357"))
    assert not cashier.may(Permission.ADMIN_SETTINGS)  # the menu is shown by this right
    ctx.actor = ctx.db.run_here(lambda: log_in(branch.deps, "karim", "secret-owner"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.backup_action.isVisible()
    qtbot.waitUntil(lambda: window.status is not None, timeout=5000)
    assert window.status is not None and window.status.alone  # "runs alone", not "offline"
    dialog = window.open_backups()
    assert isinstance(dialog, BackupDialog)  # the window's child: closed with it
    qtbot.waitUntil(lambda: ctx.db.pending() == 0, timeout=5000)
    assert dialog.last.text() == "Aucune sauvegarde de cette réplique pour l’instant."  # in French
    dialog.folder.setText(str(tmp_path / "usb"))
    qtbot.mouseClick(dialog.now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.found.count() == 1, timeout=10000)
    assert "maghreb-erp-BLI01-" in dialog.found.item(0).text()
    assert list((tmp_path / "usb").glob("maghreb-erp-BLI01-*.sqlite3"))


def test_an_unplugged_key_is_said_in_the_dialog(
    qtbot: QtBot, shop: tuple[UiContext, Branch], tmp_path: Path
) -> None:
    ctx, branch = shop
    ctx.actor = ctx.db.run_here(lambda: log_in(branch.deps, "karim", "secret-owner"))
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    (tmp_path / "file").write_text("x")
    dialog.folder.setText(str(tmp_path / "file" / "usb"))
    qtbot.mouseClick(dialog.now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.now_button.isEnabled(), timeout=10000)
    assert "la clé est-elle branchée" in dialog.status.text()


def test_the_timer_takes_the_scheduled_backup_when_it_is_due(
    qtbot: QtBot, qapp: QApplication, shop: tuple[UiContext, Branch], tmp_path: Path
) -> None:
    ctx, branch = shop
    owner = ctx.db.run_here(lambda: log_in(branch.deps, "karim", "secret-owner"))
    ctx.db.run_here(lambda: set_backup_schedule(branch.deps, owner, str(tmp_path / "usb"), 24, 7))
    timer = BackupTimer(ctx, qapp)
    timer.check()
    qtbot.waitUntil(lambda: len(list((tmp_path / "usb").glob("*.sqlite3"))) == 1, timeout=10000)
    timer.check()  # not due again for 24 hours
    qtbot.waitUntil(lambda: ctx.db.pending() == 0, timeout=5000)
    assert len(list((tmp_path / "usb").glob("*.sqlite3"))) == 1
    timer.deleteLater()


def test_a_new_pc_restores_the_backup_from_the_first_run_dialog(
    qtbot: QtBot, qapp: QApplication, shop: tuple[UiContext, Branch], tmp_path: Path
) -> None:
    ctx, branch = shop
    made = ctx.db.run_here(
        lambda: branch.deps.backups.back_up(tmp_path / "usb", 7, branch.deps.now())
    )  # type: ignore[union-attr]
    new_pc = tmp_path / "new-pc"

    def refuse(url: str, token: str) -> None:
        raise ErpError("sync.offline", url=url)

    dialog = FirstRunDialog(
        ctx.languages, lambda: None, refuse, None, lambda path: restore_replica(new_pc, path)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restore_button.isVisible() and not dialog.alone_button.isVisible()
    dialog.restore_from(made.path)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
    assert replica_path(new_pc).exists()
