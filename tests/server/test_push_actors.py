"""The server applies a pushed change only for a user who may make it: known, working for
the device's branch (or for head office) and holding the change's permission. A refusal
is that change's answer alone; the rest of the batch goes in."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import Engine, event, text

from erp_desktop.app.stock.adjustments import adjust_stock
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.storage.outbox import mark_sent
from sync_server.api.push_answers import status_of
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from sync_server.services.enrollment import Device, enroll
from sync_server.services.push import apply_push
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for, outbox_batch


def DA(value: int) -> Money:
    return Money.of(Decimal(value), "DZD")


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Branch]:
    built = build_branch(Path(tmp_path_factory.mktemp("alger")))
    open_cash_session(built.deps, built.actor("cashier"), DA(0))
    yield built
    built.replica.close()


@pytest.fixture(scope="module")
def device(engine: Engine, branch: Branch) -> Device:
    head_office_for(engine, branch)
    return enroll(engine, headoffice.add_device(engine, "ALG01", "till")[1])[0]


def pending(branch: Branch, device: Device) -> dict[str, Any]:
    batch = outbox_batch(branch, device.id)
    with branch.replica.transaction(None) as conn:
        mark_sent(conn, [UUID(c["id"]) for c in batch["changes"]], branch.deps.now())
    return batch


def answers(engine: Engine, device: Device, batch: dict[str, Any]) -> dict[str, dict[str, Any]]:
    outcome = apply_push(engine, device, json.dumps(batch).encode())
    assert status_of(outcome) == 200, outcome.body
    return {r["change_id"]: r for r in outcome.body["results"]}


def sell(branch: Branch, product: int, username: str = "cashier") -> None:
    checkout(
        branch.deps,
        branch.actor(username),
        CheckoutRequest(
            (CartLine(branch.products[product], Decimal(1)),),
            (Tender(TenderKind.CASH, DA(100000)),),
        ),
    )


def level(engine: Engine, branch: Branch, product: int) -> int:
    with unit_of_work(engine, branch_id=branch.branch_id) as conn:
        return int(
            conn.execute(
                text(
                    "SELECT coalesce(sum(quantity_milli), 0) FROM inventory.stock_levels "
                    "WHERE product_id = :p"
                ),
                {"p": branch.products[product]},
            ).scalar_one()
        )


def test_a_cashiers_device_cannot_push_a_stock_adjustment_signed_by_a_cashier(
    engine: Engine, branch: Branch, device: Device
) -> None:
    opening = answers(engine, device, pending(branch, device))  # the goods receipt, the session
    assert {r["status"] for r in opening.values()} == {"accepted"}
    sell(branch, 0)
    adjust_stock(
        branch.deps, branch.actor("manager"), [(branch.products[5], Decimal(-3))], "broken"
    )
    batch = pending(branch, device)
    before = level(engine, branch, 5)
    cashier = str(branch.users["cashier"])
    adjustment = [
        c for c in batch["changes"] if c["payload"].get("document_type") == "adjustment"
    ] + [c for c in batch["changes"] if c["entity"] == "stock_document"]
    for change in adjustment:
        change["actor_id"] = cashier  # the till's owner signs the manager's adjustment
    got = answers(engine, device, batch)
    for change in adjustment:
        assert got[change["id"]]["status"] == "rejected"
        assert got[change["id"]]["code"] == "sync.actor_not_permitted"
        assert got[change["id"]]["params"] == {
            "change": change["id"],
            "actor": cashier,
            "permission": "inventory.adjust",
        }
    others = [c for c in batch["changes"] if c not in adjustment]
    assert {c["entity"] for c in others} == {"sale", "stock_movement"}
    assert {got[c["id"]]["status"] for c in others} == {"accepted"}  # the queue goes on
    assert level(engine, branch, 5) == before
    # Signed by the manager who made it, the same adjustment goes in.
    for change in adjustment:
        change["actor_id"] = str(branch.users["manager"])
    batch["idempotency_key"] = f"again-{new_id().hex}"
    assert {r["status"] for r in answers(engine, device, batch).values()} == {"accepted"}
    assert level(engine, branch, 5) == before - 3000


def test_a_change_is_refused_without_an_actor_of_this_branch_or_head_office(
    engine: Engine, branch: Branch, device: Device
) -> None:
    oran_user = headoffice.add_user(
        engine, "oran_boss", "Boss", "oran-2026!", ["branch_manager"], "ALG02"
    )
    chief = headoffice.add_user(engine, "chief", "Chief", "chief-2026!", ["administrator"])
    stranger = new_id()
    for product in range(4):
        sell(branch, product)
    batch = pending(branch, device)
    sales = [c for c in batch["changes"] if c["entity"] == "sale"]
    signed = [None, str(stranger), str(oran_user), str(chief)]
    for change, actor in zip(sales, signed, strict=True):
        change["actor_id"] = actor
    got = answers(engine, device, batch)
    assert [(got[c["id"]]["code"], got[c["id"]]["params"]) for c in sales] == [
        ("sync.actor_missing", {"change": sales[0]["id"]}),
        ("sync.actor_unknown", {"change": sales[1]["id"], "actor": str(stranger)}),
        (
            "sync.actor_other_branch",
            {
                "change": sales[2]["id"],
                "actor": str(oran_user),
                "branch": str(branch.other_branch_id),
            },
        ),
        (None, {}),  # a head-office administrator may sell anywhere
    ]
    movements = [c for c in batch["changes"] if c["entity"] == "stock_movement"]
    assert {got[c["id"]]["status"] for c in movements} == {"accepted"}


def test_the_actors_of_a_whole_batch_are_read_in_one_query(
    engine: Engine, branch: Branch, device: Device
) -> None:
    for product in range(10):
        sell(branch, product % 8, "cashier" if product % 2 else "manager")
    batch = pending(branch, device)
    assert len({c["actor_id"] for c in batch["changes"]}) == 2
    reads: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "auth.users" in statement:
            reads.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        got = answers(engine, device, batch)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert {r["status"] for r in got.values()} == {"accepted"}
    assert len(batch["changes"]) == 20 and len(reads) == 1
