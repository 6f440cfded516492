"""Fixtures of the UI tests: real widgets (offscreen) over a real seeded replica."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from erp_desktop.ui.application import load_fonts
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.tasks import TaskRunner
from tests.builders import Branch, build_branch


@pytest.fixture
def branch(tmp_path: Path) -> Iterator[Branch]:
    built = build_branch(tmp_path)
    yield built
    built.replica.close()


@pytest.fixture
def ctx(qapp: QApplication, branch: Branch, tmp_path: Path) -> Iterator[UiContext]:
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    context = UiContext(
        branch.deps, TaskRunner("replica-test"), languages, tmp_path, branch.register_id
    )
    yield context
    languages.switch("fr")
    context.shutdown()


@pytest.fixture
def client_fonts(qapp: QApplication) -> Iterator[None]:
    """The client's own fonts (DejaVu Sans), as on a branch PC, given back after: a test
    that left them would change what the tests after it measure, in whatever order the
    test workers run the files."""
    before = qapp.font()
    load_fonts(qapp)
    yield
    qapp.setFont(before)


def settle(qtbot: QtBot, ctx: UiContext, ms: int = 50) -> None:
    """Waits until the database worker has answered everything asked so far."""
    qtbot.waitUntil(lambda: ctx.db.pending() == 0, timeout=10000)
    qtbot.wait(ms)
    qtbot.waitUntil(lambda: ctx.db.pending() == 0, timeout=10000)


def on_next_dialog(act: Callable[[QDialog], None], failures: list[BaseException]) -> None:
    """Runs ``act`` on the modal dialog about to open; a failure closes the dialog (so the
    test cannot hang on it) and is kept for the test to raise."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, run)
            return
        try:
            act(dialog)
        except BaseException as exc:  # handed back to the test
            failures.append(exc)
            dialog.reject()

    QTimer.singleShot(20, run)
