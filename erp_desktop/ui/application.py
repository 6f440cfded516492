"""The desktop application: fonts, language, the database worker, login, then the main window.

The login screen is painted first; the replica is opened meanwhile on the database worker
(``open_workstation``, given by the composition root), and the login button comes alive
when it is ready. Logging out returns to the login screen; closing it quits.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog

from erp_desktop.app.deps import Deps
from erp_desktop.resources import fonts_dir, icons_dir
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.login_dialog import LoginDialog
from erp_desktop.ui.tasks import TaskRunner


@dataclass(frozen=True)
class Workstation:
    """This PC once its replica is open: the app's dependencies and which register it is."""

    deps: Deps
    register_id: UUID | None
    country: str
    close: Callable[[], None]


def load_fonts(app: QApplication) -> None:
    """DejaVu Sans carries Arabic and Latin glyphs: the same look on every branch PC."""
    families: list[str] = []
    for font in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        families += QFontDatabase.applicationFontFamilies(font_id)
    if families:
        app.setFont(QFont(families[0], 10))


def make_context(
    app: QApplication,
    deps: Deps | None,
    data_dir: Path,
    language: str,
    register_id: UUID | None,
    country: str,
) -> UiContext:
    languages = LanguageManager(app, country)
    languages.switch(language)
    return UiContext(deps, TaskRunner("replica", app), languages, data_dir, register_id)


def prepare_application() -> QApplication:
    """The QApplication with the client's name, icon and fonts."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Maghreb ERP")
    app.setOrganizationName("Maghreb ERP")
    app.setWindowIcon(QIcon(str(icons_dir() / "maghreb-erp.png")))
    load_fonts(app)
    return app


def run(open_workstation: Callable[[], Workstation], data_dir: Path, language: str) -> int:
    app = prepare_application()
    ctx = make_context(app, None, data_dir, language, None, "DZ")
    login = LoginDialog(ctx)
    login.show()
    opened: list[Workstation] = []

    def ready(workstation: Workstation) -> None:
        opened.append(workstation)
        ctx.open(workstation.deps, workstation.register_id)
        ctx.languages.country = workstation.country
        ctx.languages.switch(ctx.languages.language)
        login.set_ready(True)

    ctx.db.submit(open_workstation, ready, login.show_error)
    try:
        while _work_session(app, ctx, login):
            login = LoginDialog(ctx)
        return 0
    finally:
        ctx.shutdown()
        for workstation in opened:
            workstation.close()


def _work_session(app: QApplication, ctx: UiContext, login: LoginDialog) -> bool:
    """One user's session: login, then the main window; True when they logged out."""
    from erp_desktop.ui.main_window import MainWindow  # after the login is painted

    if login.exec() != QDialog.DialogCode.Accepted:
        return False
    window = MainWindow(ctx)
    logged_out: list[bool] = []

    def log_out() -> None:
        logged_out.append(True)
        window.close()

    window.logout_requested.connect(log_out)
    window.show()
    app.exec()
    ctx.actor = None
    window.deleteLater()
    return bool(logged_out)
