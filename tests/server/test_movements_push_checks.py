"""The checks of a pushed set of stock movements, each still refusing what it refused
(issue 19 moved the audit's reads to once per statement): a movement naming another
branch's warehouse or an unknown product is refused alone and nothing of it is written; a
replayed batch, or the same movements under a new key, moves no level twice; every
movement and every level it moves is audited with the acting user and the branch."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from sync_server.services.enrollment import Device, enroll
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for
from tests.server.test_merge_sets import apply, of, pending, scalar, sell


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


def _level(engine: Engine, branch: Branch, product: int) -> int:
    """The server's level of the branch's ``product`` (0 before any movement of it)."""
    return int(
        scalar(
            engine,
            "SELECT coalesce(sum(quantity_milli), 0) FROM inventory.stock_levels "
            "WHERE product_id = :p",
            p=str(branch.products[product]),
        )
    )


def _rows(engine: Engine, sql: str, **params: Any) -> list[Any]:
    with unit_of_work(engine, head_office=True) as conn:
        return list(conn.execute(text(sql), params).all())


def _another(movement: dict[str, Any], **payload: Any) -> dict[str, Any]:
    """A movement like ``movement``, of its own id, with ``payload`` changed."""
    change = dict(movement, id=str(new_id()))
    change["payload"] = dict(movement["payload"], id=str(new_id()), **payload)
    return change


def test_a_movement_naming_another_branchs_warehouse_or_an_unknown_product_is_refused_alone(
    engine: Engine, branch: Branch, device: Device
) -> None:
    oran_warehouse = scalar(
        engine,
        "SELECT w.id FROM inventory.warehouses w JOIN auth.branches b ON b.id = w.branch_id "
        "WHERE b.code = 'ALG02' LIMIT 1",
    )
    sell(branch, "cashier", 3)
    batch = pending(branch, device)
    mine = of(batch, "stock_movement")
    theirs = _another(mine[0], warehouse_id=str(oran_warehouse))
    ghost = _another(mine[0], product_id=str(new_id()))
    nowhere = _another(mine[0], warehouse_id=str(new_id()))
    batch["changes"] += [theirs, ghost, nowhere]
    before = _level(engine, branch, 3)
    answers = {r["change_id"]: r for r in apply(engine, device, batch)}
    assert (answers[theirs["id"]]["code"], answers[theirs["id"]]["params"]) == (
        "protocol.wrong_branch",
        {"what": "warehouse", "id": str(oran_warehouse)},
    )
    assert answers[ghost["id"]]["code"] == "common.not_found"
    assert answers[ghost["id"]]["params"]["entity"] == "product"
    assert answers[nowhere["id"]]["code"] == "common.not_found"
    assert answers[nowhere["id"]]["params"]["entity"] == "warehouse"
    assert {answers[m["id"]]["status"] for m in mine} == {"accepted"}
    refused = [c["payload"]["id"] for c in (theirs, ghost, nowhere)]
    written = scalar(
        engine,
        "SELECT count(*) FROM inventory.stock_movements WHERE CAST(id AS text) = ANY(:ids)",
        ids=refused,
    )
    assert written == 0
    water = str(branch.products[3])
    moved = sum(m["payload"]["quantity_milli"] for m in mine if m["payload"]["product_id"] == water)
    assert _level(engine, branch, 3) == before + moved


def test_a_replayed_batch_or_the_same_movements_under_a_new_key_move_no_level_twice(
    engine: Engine, branch: Branch, device: Device
) -> None:
    sell(branch, "cashier", 4, 2)
    batch = pending(branch, device)
    first = apply(engine, device, batch)
    assert {r["status"] for r in first} == {"accepted"}
    level = _level(engine, branch, 4)
    audited = scalar(engine, "SELECT count(*) FROM audit.log")
    assert apply(engine, device, batch) == first  # the stored answer
    again = dict(batch, idempotency_key=f"batch-{new_id().hex}")
    assert {r["status"] for r in apply(engine, device, again)} == {"accepted"}
    assert _level(engine, branch, 4) == level
    ids = [m["payload"]["id"] for m in of(batch, "stock_movement")]
    assert scalar(
        engine,
        "SELECT count(*) FROM inventory.stock_movements WHERE CAST(id AS text) = ANY(:ids)",
        ids=ids,
    ) == len(ids)
    assert scalar(engine, "SELECT count(*) FROM audit.log") == audited  # nothing written again


def test_every_movement_and_level_a_push_moves_is_audited_with_its_user_and_branch(
    engine: Engine, branch: Branch, device: Device
) -> None:
    sell(branch, "cashier", 5)
    sell(branch, "manager", 5)
    batch = pending(branch, device)
    assert {r["status"] for r in apply(engine, device, batch)} == {"accepted"}
    movements = of(batch, "stock_movement")
    assert len({m["actor_id"] for m in movements}) == 2
    for movement in movements:
        audited = _rows(
            engine,
            "SELECT CAST(actor_id AS text), CAST(branch_id AS text) FROM audit.trail "
            "WHERE table_name = 'stock_movements' AND row_id = :id",
            id=movement["payload"]["id"],
        )
        assert [tuple(a) for a in audited] == [(movement["actor_id"], str(branch.branch_id))]
    level_id = scalar(
        engine,
        "SELECT CAST(id AS text) FROM inventory.stock_levels WHERE product_id = :p",
        p=str(branch.products[5]),
    )
    updates = _rows(
        engine,
        "SELECT CAST(actor_id AS text), CAST(branch_id AS text), "
        "CAST(after ->> 'quantity_milli' AS bigint) FROM audit.log "
        "WHERE table_name = 'stock_levels' AND row_id = :id AND operation = 'update' "
        "ORDER BY id DESC LIMIT 2",
        id=level_id,
    )
    assert {u[0] for u in updates} == {m["actor_id"] for m in movements}  # one per user
    assert {u[1] for u in updates} == {str(branch.branch_id)}
    assert _level(engine, branch, 5) in {u[2] for u in updates}
