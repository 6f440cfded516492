"""Test-wide settings: Qt runs offscreen; hypothesis keeps CI fast and deterministic."""

import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def no_worker_left_running() -> Iterator[None]:
    """A test that starts a client worker shuts it down: until then Python's garbage is
    collected on the GUI thread only (ui/garbage.py), and a worker left running would keep
    it so for every later test."""
    import sys

    def holders() -> int:
        garbage = sys.modules.get("erp_desktop.ui.garbage")
        return garbage.gui_thread_collector().holders if garbage else 0

    before = holders()
    yield
    assert holders() == before, "a client worker (ui/tasks.TaskRunner) was left running"


@pytest.fixture(autouse=True)
def shown_widgets_live_until_closed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A widget given to ``qtbot.addWidget`` is kept until pytest-qt has closed and deleted
    it, as a window on screen is kept by the client. pytest-qt holds it by a weak reference
    only: once the test returned, a window kept by nothing but its own reference cycles was
    Python garbage while Qt still painted it, and a collection in pytest-qt's last event
    pass could empty its model's attributes under a live header (AttributeError in
    headerData at teardown)."""
    from pytestqt.qtbot import QtBot

    kept: list[object] = []
    add = QtBot.addWidget

    def keeping(self: QtBot, widget: object, **kwargs: object) -> None:
        kept.append(widget)
        add(self, widget, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(QtBot, "addWidget", keeping)
    yield
    kept.clear()
