"""``erp-desktop --smoke USER``: the login screen, the user logs in, the main window opens on
the replica and settles, then the client quits; what the installed bundle is checked with."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from erp_desktop.cli import main


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    assert main(["demo-data", "--data-dir", str(folder), "--products", "30", "--days", "2"]) == 0
    return folder


def test_the_smoke_check_opens_the_main_window_of_the_user_and_exits_zero(
    qapp: QApplication, demo_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(demo_folder), "--smoke", "manager"]) == 0
    said = capsys.readouterr().out
    assert f"smoke: main window of manager open on {demo_folder} in " in said


def test_the_smoke_check_fails_with_the_login_screens_reason_on_a_wrong_password(
    qapp: QApplication,
    demo_folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ERP_SMOKE_PASSWORD", "not-the-password")
    assert main(["--data-dir", str(demo_folder), "--lang", "en", "--smoke", "manager"]) == 1
    said = capsys.readouterr().out
    assert "smoke: manager could not log in:" in said


def test_the_smoke_check_fails_when_the_clients_catalog_is_not_where_the_client_reads_it(
    qapp: QApplication,
    demo_folder: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from erp_desktop.ui import i18n

    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)  # a bundle built without them
    assert main(["--data-dir", str(demo_folder), "--lang", "ar", "--smoke", "manager"]) == 1
    assert "smoke: the ar catalog was not loaded from" in capsys.readouterr().out


def test_after_the_smoke_check_the_application_still_runs_event_loops(
    qapp: QApplication, demo_folder: Path
) -> None:
    assert main(["--data-dir", str(demo_folder), "--smoke", "manager"]) == 0
    gc.collect()  # the smoke's login screen and window are gone now, as they are later anyway
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    qapp.processEvents()
    fired: list[bool] = []
    loop = QEventLoop()
    QTimer.singleShot(20, lambda: fired.append(True))
    QTimer.singleShot(200, loop.quit)
    loop.exec()  # returns at once if closing the smoke's windows posted a quit
    assert fired == [True]
