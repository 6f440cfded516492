"""The owner of a shop that runs alone manages its users on the Users page: a new cashier
with her PIN, saved on the worker, listed at once, and able to log in; at a branch the
page is read-only and says the users come from the server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from erp_desktop.app.auth import log_in, log_in_with_pin
from erp_desktop.app.shop_setup.plan import Person, ShopSetup
from erp_desktop.bootstrap import open_branch, set_up_shop
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.tasks import TaskRunner
from erp_desktop.ui.users_view import UsersView
from tests.builders import Branch
from tests.ui.conftest import settle


def test_the_owner_adds_a_cashier_who_then_logs_in_with_her_pin(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    set_up_shop(
        tmp_path / "shop",
        ShopSetup(
            "Épicerie Ben Ali", "", "DZ", "DZD", {}, "Blida", "BLI01", "Blida", "", "C1",
            (Person("karim", "Karim", "secret-owner", "4321", ("owner",)),),
        ),
    )  # fmt: skip
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    db = TaskRunner("replica-test")
    branch = db.run_here(lambda: open_branch(tmp_path / "shop"))
    ctx = UiContext(branch.deps, db, languages, tmp_path / "shop")
    try:
        ctx.actor = db.run_here(lambda: log_in(branch.deps, "karim", "secret-owner"))
        view = UsersView(ctx)
        qtbot.addWidget(view)
        settle(qtbot, ctx)
        assert view.new_button.isEnabled() and view.note.isHidden()
        assert view.model.rowCount() == 1
        qtbot.keyClicks(view.username, "sofiane")
        qtbot.keyClicks(view.full_name, "Sofiane Hadj")
        qtbot.keyClicks(view.password, "sofiane-pw")
        qtbot.keyClicks(view.pin, "2468")
        view.role.setCurrentIndex(view.role.findData("cashier"))
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10000)
        assert db.run_here(lambda: log_in_with_pin(branch.deps, "2468")).username == "sofiane"
        qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(view.username, "sofiane")  # a second new user of the same name
        qtbot.keyClicks(view.full_name, "Sofiane bis")
        qtbot.keyClicks(view.password, "another-pw")
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "deux fois" in view.status.text(), timeout=10000)
        assert view.status.text() == "Le nom d'utilisateur sofiane est donné deux fois."
        assert view.model.rowCount() == 2
    finally:
        db.run_here(branch.close)
        ctx.shutdown()


def test_at_a_branch_the_users_come_from_the_server(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    ctx.actor = branch.actor("admin")
    view = UsersView(ctx)
    qtbot.addWidget(view)
    settle(qtbot, ctx)
    assert not view.save_button.isEnabled() and not view.note.isHidden()
    assert view.model.rowCount() >= 1
