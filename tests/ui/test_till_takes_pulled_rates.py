"""The till takes what a pull changed at once: today's euro rate head office sent down is the
one the open till converts with, without logging out and in again."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from pytestqt.qtbot import QtBot

from erp_desktop.app.changes import Done
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.pos_view import PosView
from tests.builders import Branch
from tests.ui.conftest import settle


def test_an_open_till_converts_with_the_rate_a_pull_just_brought(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    ctx.actor = branch.actor("cashier")
    open_cash_session(branch.deps, ctx.actor, Money.of(Decimal(2000), "DZD"))
    pos = PosView(ctx)
    qtbot.addWidget(pos)
    pos.show()
    settle(qtbot, ctx)
    assert pos.foreign_rates["EUR"] == Decimal("150.25")
    today = branch.deps.now().date()
    rate = {
        "id": "0190a000-0000-7000-8000-0000000000e1",
        "on_date": today.isoformat(),
        "source": "EUR",
        "target": "DZD",
        "rate": "151.40",
    }

    def pull() -> Done[int]:  # a pulled page applied on the DB worker, and what it changed
        with branch.deps.store.transaction(None) as tx:
            changed = tx.sync.apply_remote("exchange_rate", rate, datetime.now(UTC))
        return Done(1, changed)

    ctx.db.submit(pull, lambda _r: None)
    qtbot.waitUntil(lambda: pos.foreign_rates["EUR"] == Decimal("151.40"), timeout=5000)
