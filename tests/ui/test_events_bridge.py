"""Core events reach the screens on the GUI thread (Electrum's bridge): published on the
database worker after a commit, re-emitted as a Qt signal whose slots run where widgets live."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from erp_desktop.app.events import Event
from erp_desktop.ui.context import UiContext
from tests.ui.conftest import settle


def test_an_event_published_on_the_database_worker_arrives_on_the_gui_thread(
    qtbot: QtBot, ctx: UiContext
) -> None:
    gui = threading.get_ident()
    heard: list[tuple[str, object, int]] = []
    ctx.events.event_did_arrive.connect(
        lambda name, data: heard.append((name, data, threading.get_ident()))
    )
    published_on: list[int] = []

    def job() -> None:
        published_on.append(threading.get_ident())
        ctx.deps.bus.publish(Event("stock.low_stock", {"sku": "SKU0000", "level": "2"}))

    ctx.db.submit(job, lambda _r: None)
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert heard == [("stock.low_stock", {"sku": "SKU0000", "level": "2"}, gui)]
    assert published_on and published_on[0] != gui


def test_a_failing_handler_does_not_keep_the_event_from_the_screens(
    qtbot: QtBot, ctx: UiContext
) -> None:
    def broken(_event: Event) -> None:
        raise RuntimeError("the CRM module is broken")

    ctx.deps.bus.subscribe("sales.sale_completed", broken)
    heard: list[str] = []
    ctx.events.event_did_arrive.connect(lambda name, _data: heard.append(name))
    ctx.db.submit(
        lambda: ctx.deps.bus.publish(Event("sales.sale_completed", {"sale_id": "x"})),
        lambda _r: None,
    )
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert heard == ["sales.sale_completed"]


def test_a_closed_context_no_longer_hears_the_bus(qtbot: QtBot, ctx: UiContext) -> None:
    heard: list[str] = []
    ctx.events.event_did_arrive.connect(lambda name, _data: heard.append(name))
    ctx.events.stop()
    ctx.deps.bus.publish(Event("stock.low_stock", {}))
    settle(qtbot, ctx)
    assert heard == []
