"""A branch's day pushed over real HTTP: enrollment, the outbox applied in one transaction
with an answer per change, replays that change nothing, and the journal the server posts
being the replica's very journal."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.stock.transfers import (
    accept_incoming_transfer,
    receive_transfer,
    send_transfer,
)
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.returns import ReturnRequest, return_sale
from erp_desktop.app.till.sessions import close_cash_session, open_cash_session
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from tests.builders import Branch, build_branch
from tests.server.helpers import (
    head_office_for,
    outbox_batch,
    register_users,
    running_server,
)


def DA(value: int) -> Money:
    return Money.of(Decimal(value), "DZD")


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Branch]:
    built = build_branch(Path(tmp_path_factory.mktemp("alger")))
    cashier = built.actor("cashier")
    open_cash_session(built.deps, cashier, DA(2000))
    sold = [
        checkout(
            built.deps,
            cashier,
            CheckoutRequest(
                (CartLine(built.products[i], Decimal(q)),), (Tender(TenderKind.CASH, DA(70000)),)
            ),
        ).sale
        for i, q in ((0, 2), (1, 6), (4, 1), (8, 1))
    ]
    checkout(
        built.deps,
        cashier,
        CheckoutRequest(
            (CartLine(built.products[2], Decimal(1)),),
            (Tender(TenderKind.CARD, DA(1190), reference="TPE-1"),),
        ),
    )
    return_sale(
        built.deps, cashier, ReturnRequest(sold[0].number, {sold[0].lines[0].id: Decimal(1)})
    )
    close_cash_session(built.deps, cashier, {"2000": 20})
    yield built
    built.replica.close()


@pytest.fixture(scope="module")
def server(engine: Engine, pg_url: str, branch: Branch) -> Iterator[str]:
    head_office_for(engine, branch)
    with running_server(pg_url) as url:
        yield url


def enroll(server: str, engine: Engine, branch_code: str = "ALG01") -> tuple[str, str]:
    device_id, token = headoffice.add_device(engine, branch_code, f"till of {branch_code}")
    answer = httpx.post(f"{server}/api/v1/enroll", json={"token": token})
    assert answer.status_code == 200, answer.text
    assert answer.json()["device_id"] == str(device_id)
    return str(device_id), answer.json()["credential"]


def push(
    server: str, credential: str, batch: dict[str, Any], compress: bool = True
) -> httpx.Response:
    body = json.dumps(batch).encode()
    headers = {"authorization": f"Bearer {credential}", "content-type": "application/json"}
    if compress:
        body = gzip.compress(body)
        headers["content-encoding"] = "gzip"
    return httpx.post(f"{server}/api/v1/push", content=body, headers=headers, timeout=30)


def count(engine: Engine, sql: str) -> int:
    with unit_of_work(engine, head_office=True) as conn:
        return int(conn.execute(text(sql)).scalar_one())


def test_a_device_enrolls_once_and_then_holds_its_own_credential(
    server: str, engine: Engine
) -> None:
    device_id, token = headoffice.add_device(engine, "ALG01", "back office PC")
    first = httpx.post(f"{server}/api/v1/enroll", json={"token": token})
    assert first.status_code == 200
    again = httpx.post(f"{server}/api/v1/enroll", json={"token": token})
    assert again.status_code == 401 and again.json()["code"] == "auth.invalid_credentials"
    credential = first.json()["credential"]
    empty = {
        "protocol_version": 1,
        "idempotency_key": f"k-{new_id().hex}",
        "device_id": str(device_id),
        "branch_id": first.json()["branch_id"],
        "changes": [],
    }
    assert push(server, credential, empty).status_code == 200
    assert push(server, credential + "x", empty).status_code == 401
    headoffice.revoke_device(engine, device_id)
    refused = push(server, credential, empty | {"idempotency_key": f"k-{new_id().hex}"})
    # Revoked is said as such (not as a wrong secret): the branch stops and asks head office.
    assert refused.status_code == 401 and refused.json()["code"] == "auth.device_revoked"
    assert httpx.post(f"{server}/api/v1/push", content=b"{}").status_code == 401


def test_the_branch_day_is_merged_and_posted_as_on_the_replica(
    server: str, engine: Engine, branch: Branch
) -> None:
    device_id, credential = enroll(server, engine)
    batch = outbox_batch(branch, device_id)
    answer = push(server, credential, batch)
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert len(results) == len(batch["changes"])
    entity = {c["id"]: c["entity"] for c in batch["changes"]}
    by_status: dict[tuple[str, str, str | None], int] = {}
    for r in results:
        key = (entity[r["change_id"]], r["status"], r["code"])
        by_status[key] = by_status.get(key, 0) + 1
    assert by_status == {
        ("stock_movement", "accepted", None): 10 + 5 + 1,  # receipts, sales, the return
        ("sale", "accepted", None): 6,
        ("cash_session", "accepted", None): 2,  # opened, then closed
        ("stock_document", "accepted", None): 1,  # the goods receipt
    }
    # Levels: the server moved them by the same deltas as the replica.
    with branch.replica.read() as conn:
        replica_levels = {
            str(UUID(str(r[0]))): r[1]
            for r in conn.execute(text("SELECT product_id, quantity_milli FROM stock_levels"))
        }
    with unit_of_work(engine, branch_id=branch.branch_id) as conn:
        server_levels = {
            str(r[0]): r[1]
            for r in conn.execute(
                text("SELECT product_id, quantity_milli FROM inventory.stock_levels")
            )
        }
        entries = conn.execute(
            text(
                "SELECT e.id, l.account_code, l.side, l.amount_minor FROM accounting.journal_entries e "
                "JOIN accounting.journal_lines l ON l.entry_id = e.id"
            )
        ).all()
        session = conn.execute(
            text("SELECT status, counted_cash_minor FROM sales.cash_sessions")
        ).one()
    assert server_levels == {k: v for k, v in replica_levels.items()}
    assert tuple(session) == ("closed", 4000000)
    # The sales' entries are the replica's entries: same ids, same lines.
    sale_ids = [
        c["entity_id"] for c in batch["changes"] if c["entity"] in ("sale", "stock_document")
    ]
    with branch.deps.store.read() as tx:
        mine = [e for e in tx.ledger.entries(None, None) if str(e.source_id) in sale_ids]
    assert sorted(
        (str(e.id), ln.account, str(ln.side), ln.amount.to_minor()) for e in mine for ln in e.lines
    ) == sorted((str(r[0]), r[1], r[2], r[3]) for r in entries)


def test_a_replayed_batch_changes_nothing_and_a_reused_key_is_refused(
    server: str, engine: Engine, branch: Branch
) -> None:
    device_id, credential = enroll(server, engine)
    batch = outbox_batch(branch, device_id, key="replayed-batch-1")
    first = push(server, credential, batch)
    before = count(engine, "SELECT count(*) FROM audit.log")
    again = push(server, credential, batch, compress=False)
    assert again.status_code == 200 and again.json() == first.json()
    assert count(engine, "SELECT count(*) FROM audit.log") == before
    other = push(server, credential, batch | {"changes": batch["changes"][:1]})
    assert other.status_code == 409 and other.json()["code"] == "protocol.key_reused"
    # Pushing the same changes again under a new key: accepted, still nothing doubles.
    entries = count(engine, "SELECT count(*) FROM accounting.journal_entries")
    movements = count(engine, "SELECT count(*) FROM inventory.stock_movements")
    assert (
        push(server, credential, batch | {"idempotency_key": "replayed-batch-2"}).status_code == 200
    )
    assert count(engine, "SELECT count(*) FROM accounting.journal_entries") == entries
    assert count(engine, "SELECT count(*) FROM inventory.stock_movements") == movements


def movement(branch: Branch, product: object, quantity_milli: int, kind: str) -> dict[str, Any]:
    change_id, movement_id = new_id(), new_id()
    return {
        "id": str(change_id),
        "entity": "stock_movement",
        "operation": "insert",
        "entity_id": str(movement_id),
        "hlc": "0000000000001-0000-ALG01",
        "actor_id": str(branch.users["manager"]),  # a branch manager may adjust stock
        "branch_id": str(branch.branch_id),
        "recorded_at": "2026-03-10T10:00:00+00:00",
        "payload": {
            "id": str(movement_id),
            "product_id": str(product),
            "warehouse_id": str(branch.ids["wh01"]),  # type: ignore[attr-defined]
            "kind": kind,
            "quantity_milli": quantity_milli,
            "unit_cost": "10",
            "occurred_at": "2026-03-10T10:00:00+00:00",
            "document_type": "adjustment",
            "document_id": None,
        },
    }


def test_negative_stock_is_flagged_not_refused_and_order_never_matters(
    server: str, engine: Engine, branch: Branch
) -> None:
    device_id, credential = enroll(server, engine)
    water = branch.products[7]
    with unit_of_work(engine, branch_id=branch.branch_id) as conn:
        start = conn.execute(
            text("SELECT quantity_milli FROM inventory.stock_levels WHERE product_id = :p"),
            {"p": water},
        ).scalar_one()
    out = movement(branch, water, -(start + 5000), "adjustment")
    back = movement(branch, water, 7000, "adjustment")
    for changes in ([out], [back]):
        batch = {
            "protocol_version": 1,
            "idempotency_key": f"k-{new_id().hex}",
            "device_id": device_id,
            "branch_id": str(branch.branch_id),
            "changes": changes,
        }
        assert push(server, credential, batch).json()["results"][0]["status"] == "accepted"
    with unit_of_work(engine, branch_id=branch.branch_id) as conn:
        level = conn.execute(
            text("SELECT quantity_milli FROM inventory.stock_levels WHERE product_id = :p"),
            {"p": water},
        ).scalar_one()
        alerts = (
            conn.execute(text("SELECT params FROM sync.alerts WHERE kind = 'negative_stock'"))
            .scalars()
            .all()
        )
    assert level == 2000
    assert [a["quantity_milli"] for a in alerts] == [-5000]


def test_a_device_cannot_push_for_another_branch(
    server: str, engine: Engine, branch: Branch
) -> None:
    device_id, credential = enroll(server, engine, "ALG02")
    batch = outbox_batch(branch, device_id)
    refused = push(server, credential, batch)
    assert refused.status_code == 403 and refused.json()["code"] == "protocol.wrong_branch"
    sneaky = batch | {
        "branch_id": str(branch.other_branch_id)
    }  # claims Oran, carries Alger's changes
    answer = push(server, credential, sneaky)
    assert answer.status_code == 200
    assert {r["code"] for r in answer.json()["results"]} == {"protocol.wrong_branch"}


def test_bad_batches_get_a_coded_error(server: str, engine: Engine, branch: Branch) -> None:
    device_id, credential = enroll(server, engine)
    headers = {"authorization": f"Bearer {credential}"}
    not_json = httpx.post(f"{server}/api/v1/push", content=b"<xml/>", headers=headers)
    assert not_json.status_code == 400 and not_json.json()["code"] == "protocol.invalid_json"
    batch = outbox_batch(branch, device_id)
    batch["changes"][0]["payload"]["quantity_milli"] = "lots"
    # A change whose content is wrong is refused alone, the batch is answered (it was a
    # 422 for the whole batch, which stopped the branch's queue behind it).
    bad = push(server, credential, batch)
    assert bad.status_code == 200
    first = bad.json()["results"][0]
    assert (first["status"], first["code"]) == ("rejected", "protocol.wrong_type")
    assert {r["status"] for r in bad.json()["results"][1:]} == {"accepted"}
    # A change without a readable id cannot be answered alone: the batch is refused.
    del batch["changes"][0]["id"]
    unreadable = push(server, credential, batch)
    assert unreadable.status_code == 422 and unreadable.json()["code"] == "protocol.missing_field"
    newer = push(server, credential, outbox_batch(branch, device_id) | {"protocol_version": 9})
    assert newer.status_code == 422 and newer.json()["code"] == "protocol.unsupported_version"


def test_a_transfer_travels_from_alger_to_oran_through_goods_in_transit(
    server: str, engine: Engine, branch: Branch, tmp_path: Path
) -> None:
    oran = build_branch(tmp_path / "oran", "ALG02", user_prefix="oran_", ids=branch.ids)  # type: ignore[attr-defined]
    register_users(engine, oran)
    alger_device, alger_credential = enroll(server, engine, "ALG01")
    oran_device, oran_credential = enroll(server, engine, "ALG02")
    # Oran's own opening stock reaches the server first.
    assert push(server, oran_credential, outbox_batch(oran, oran_device)).status_code == 200
    sent, _ = send_transfer(
        branch.deps,
        branch.actor("clerk"),
        oran.branch_id,
        [(branch.products[3], Decimal(12)), (branch.products[5], Decimal(4))],
    )
    answer = push(server, alger_credential, outbox_batch(branch, alger_device))
    assert {r["status"] for r in answer.json()["results"]} == {"accepted"}
    with oran.deps.store.transaction(None) as tx:  # what the pull will bring to Oran
        accept_incoming_transfer(tx, sent, oran.clock.now())
    receive_transfer(
        oran.deps,
        oran.actor("clerk"),
        sent.id,
        {branch.products[3]: Decimal(12), branch.products[5]: Decimal(3)},
    )
    answer = push(server, oran_credential, outbox_batch(oran, oran_device))
    assert {r["status"] for r in answer.json()["results"]} == {"accepted"}
    with unit_of_work(engine, head_office=True) as conn:
        status, differences = conn.execute(
            text("SELECT status, differences FROM inventory.stock_documents WHERE id = :id"),
            {"id": sent.id},
        ).one()
        in_transit = conn.execute(
            text(
                "SELECT coalesce(sum(CASE WHEN side = 'debit' THEN amount_minor ELSE -amount_minor END), 0) "
                "FROM accounting.journal_lines l JOIN accounting.journal_entries e ON e.id = l.entry_id "
                "WHERE l.account_code = '37' AND e.source_id IN (SELECT id FROM inventory.stock_documents "
                "WHERE id = :id OR related_id = :id)"
            ),
            {"id": sent.id},
        ).scalar_one()
        alert = conn.execute(
            text("SELECT params FROM sync.alerts WHERE kind = 'transfer_difference'")
        ).scalar_one()
    assert status == "received"
    assert differences == {str(branch.products[5]): -1000}
    assert in_transit == 0  # what left Alger arrived in Oran (the missing one as variance)
    assert alert["transfer"] == sent.number
    with unit_of_work(
        engine, branch_id=oran.branch_id
    ) as conn:  # Oran sees its copy of the transfer...
        assert (
            conn.execute(
                text("SELECT count(*) FROM inventory.stock_documents WHERE id = :id"),
                {"id": sent.id},
            ).scalar_one()
            == 1
        )
    with unit_of_work(
        engine, branch_id=oran.branch_id
    ) as conn:  # ...but not Alger's other documents
        assert (
            conn.execute(
                text(
                    "SELECT count(*) FROM inventory.stock_documents WHERE branch_id = :b "
                    "AND kind = 'goods_receipt'"
                ),
                {"b": branch.branch_id},
            ).scalar_one()
            == 0
        )
    oran.replica.close()


def test_a_sale_whose_chain_does_not_hold_is_kept_and_flagged(
    server: str, engine: Engine, branch: Branch
) -> None:
    device_id, credential = enroll(server, engine)
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, DA(0))  # the module's first session was closed
    checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(branch.products[6], Decimal(1)),),
            (Tender(TenderKind.CARD, DA(110), reference="T9"),),
        ),
    )
    batch = outbox_batch(branch, device_id)
    sale = [c for c in batch["changes"] if c["entity"] == "sale"][-1]  # the new one
    sale["payload"]["total_minor"] = 100  # altered on the way: no longer what was hashed
    answer = push(server, credential, batch)
    assert {r["status"] for r in answer.json()["results"]} == {"accepted"}
    with unit_of_work(engine, branch_id=branch.branch_id) as conn:
        alerts = (
            conn.execute(text("SELECT params FROM sync.alerts WHERE kind = 'chain_break'"))
            .scalars()
            .all()
        )
    assert alerts == [{"number": sale["payload"]["number"], "reasons": ["hash_mismatch"]}]
