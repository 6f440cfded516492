"""The desktop application: fonts, language, the database worker, login, then the main window.

``run`` is called by the composition root with ready-made dependencies; logging out
returns to the login screen, closing the login screen quits.
"""

from __future__ import annotations

import sys
from pathlib import Path
from uuid import UUID

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog

from erp_desktop.app.deps import Deps
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.login_dialog import LoginDialog
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.tasks import TaskRunner

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def load_fonts(app: QApplication) -> None:
    """DejaVu Sans carries Arabic and Latin glyphs: the same look on every branch PC."""
    families: list[str] = []
    for font in sorted((RESOURCES / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        families += QFontDatabase.applicationFontFamilies(font_id)
    if families:
        app.setFont(QFont(families[0], 10))


def make_context(
    app: QApplication,
    deps: Deps,
    data_dir: Path,
    language: str,
    register_id: UUID | None,
    country: str,
) -> UiContext:
    languages = LanguageManager(app, country)
    languages.switch(language)
    return UiContext(deps, TaskRunner("replica", app), languages, data_dir, register_id)


def run(deps: Deps, data_dir: Path, language: str, register_id: UUID | None, country: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Maghreb ERP")
    app.setOrganizationName("Maghreb ERP")
    load_fonts(app)
    ctx = make_context(app, deps, data_dir, language, register_id, country)
    try:
        while _work_session(app, ctx):
            pass
        return 0
    finally:
        ctx.db.shutdown()


def _work_session(app: QApplication, ctx: UiContext) -> bool:
    """One user's session: login, then the main window; True when they logged out."""
    login = LoginDialog(ctx)
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
