"""What a push leaves in the server's outbox is done once it has committed: an item left
pending (an earlier push's, whose check failed) is done after the next push, even one of
stock movements only; a push that leaves none does not look for any in a transaction of
its own (it asks in its own scope before it commits)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.stock.adjustments import adjust_stock
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from sync_server.db import outbox
from sync_server.db.engine import Connection, unit_of_work
from sync_server.services import headoffice, push
from sync_server.services.enrollment import Device, enroll
from sync_server.services.outbox import HANDLERS
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for
from tests.server.test_merge_sets import apply, of, pending

KIND = "test_after_push"


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Branch]:
    built = build_branch(Path(tmp_path_factory.mktemp("alger")))
    open_cash_session(built.deps, built.actor("cashier"), Money.of(Decimal(0), "DZD"))
    yield built
    built.replica.close()


@pytest.fixture(scope="module")
def device(engine: Engine, branch: Branch) -> Device:
    head_office_for(engine, branch)
    _device_id, token = headoffice.add_device(engine, "ALG01", "till")
    return enroll(engine, token)[0]


def _movements_only(branch: Branch, device: Device, product: int) -> dict[str, Any]:
    adjust_stock(
        branch.deps, branch.actor("manager"), [(branch.products[product], Decimal(1))], "found"
    )
    batch = pending(branch, device)
    batch["changes"] = of(batch, "stock_movement")
    return batch


def test_a_push_leaving_nothing_pending_looks_for_nothing_after_commit(
    engine: Engine, branch: Branch, device: Device, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    monkeypatch.setattr(push, "run_pending", lambda *a, **k: calls.append(a) or 0)
    answers = apply(engine, device, _movements_only(branch, device, 1))
    assert answers and {a["status"] for a in answers} == {"accepted"}
    assert calls == []


def test_an_item_left_pending_is_done_after_the_next_push_of_movements(
    engine: Engine, branch: Branch, device: Device, monkeypatch: pytest.MonkeyPatch
) -> None:
    done: list[int] = []

    def record(conn: Connection, item: outbox.Item) -> None:
        done.append(item.id)

    monkeypatch.setitem(HANDLERS, KIND, record)
    with unit_of_work(engine, branch_id=branch.branch_id) as conn:
        left = outbox.enqueue(conn, branch.branch_id, KIND, {})
    answers = apply(engine, device, _movements_only(branch, device, 2))
    assert {a["status"] for a in answers} == {"accepted"}
    assert done == [left]
    with unit_of_work(engine, head_office=True) as conn:
        still = conn.execute(
            text("SELECT count(*) FROM sync.outbox WHERE id = :i AND done_at IS NULL"), {"i": left}
        ).scalar_one()
    assert still == 0
