"""A start-up check of an installed client (``erp-desktop --smoke USER``): the window a
person sees, on a real replica, then exit.

It does what a person does: the login screen is painted, the replica opens on the database
worker, the user's name and password are typed into the login screen and submitted, the
main window opens and every query it asked of the replica is answered, in the language
asked for (the client's own catalog loaded) and with the shipped font. Then the client
quits with 0 and prints how long it took; anything that went wrong on the way (the replica,
the login, a timeout) prints the reason and quits with 1. Used by CI on the PyInstaller
bundle, offscreen (``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from erp_desktop.resources import fonts_dir, translations_dir
from erp_desktop.ui.application import Workstation, make_context, prepare_application
from erp_desktop.ui.i18n import loaded_catalogs
from erp_desktop.ui.login_dialog import LoginDialog

POLL_MS = 50
FONT = "DejaVu Sans"  # erp_desktop/resources/fonts, set as the application's font


def smoke_start(
    open_workstation: Callable[[], Workstation],
    data_dir: Path,
    language: str,
    username: str,
    password: str,
    timeout_s: float = 120.0,
    say: Callable[[str], None] = print,
) -> int:
    started = time.perf_counter()
    app = prepare_application()
    # Windows are closed after the loop ends: closing the last one must not post a quit that
    # would end the caller's next event loop (a test's, when run in-process).
    quit_on_last = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    ctx = make_context(app, None, data_dir, language, None, "DZ")
    login = LoginDialog(ctx)
    login.show()
    opened: list[Workstation] = []
    outcome: list[str] = []
    kept: list[QWidget] = []  # the main window lives until the check ends

    def finish(reason: str) -> None:
        if not outcome:
            outcome.append(reason)
            app.quit()

    def ready(workstation: Workstation) -> None:
        opened.append(workstation)
        ctx.open(workstation.deps, workstation.register_id)
        ctx.languages.country = workstation.country
        ctx.languages.switch(ctx.languages.language)
        login.set_ready(True)
        login.tabs.setCurrentIndex(0)
        login.username.setText(username)
        login.password.setText(password)
        login.try_login()
        QTimer.singleShot(POLL_MS, refused)

    def refused() -> None:
        if outcome or kept:
            return
        if login.error.text():  # the login screen shows why it refused
            finish(f"{username} could not log in: {login.error.text()}")
        else:
            QTimer.singleShot(POLL_MS, refused)

    def replica_failed(error: Exception) -> None:
        finish(f"the replica in {data_dir} did not open: {ctx.explain(error)}")

    def logged_in() -> None:
        from erp_desktop.ui.main_window import MainWindow

        window = MainWindow(ctx)
        kept.append(window)
        window.show()
        QTimer.singleShot(POLL_MS, settled)

    def settled() -> None:
        if ctx.db.pending():
            QTimer.singleShot(POLL_MS, settled)
            return
        finish(missing_resources(ctx.languages.language))

    def too_long() -> None:
        shown = login.error.text() or "no answer"
        finish(f"the main window did not open within {timeout_s:.0f} s ({shown})")

    login.accepted.connect(logged_in)
    ctx.db.submit(open_workstation, ready, replica_failed)
    QTimer.singleShot(int(timeout_s * 1000), too_long)
    try:
        app.exec()
    finally:
        for window in kept:
            window.close()
        login.close()
        ctx.shutdown()
        for workstation in opened:
            workstation.close()
        app.setQuitOnLastWindowClosed(quit_on_last)
    if outcome and outcome[0]:
        say(f"smoke: {outcome[0]}")
        return 1
    seconds = time.perf_counter() - started
    say(
        f"smoke: main window of {username} open on {data_dir} in {seconds:.2f} s "
        f"({app.font().family()}, {ctx.languages.language})"
    )
    return 0


def missing_resources(language: str) -> str:
    """What the client shipped but did not load: its catalog of ``language`` (none for
    English, the source language) and its font. Empty when nothing is missing."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if language != "en" and f"erp_desktop_{language}.qm" not in {
        path.name for path in loaded_catalogs()
    }:
        return f"the {language} catalog was not loaded from {translations_dir()}"
    if app.font().family() != FONT:
        return f"the font {FONT} was not loaded from {fonts_dir()}"
    return ""
