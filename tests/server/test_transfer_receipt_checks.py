"""A transfer's receipt and the transfer out it receives are two branches' rows, on two
shards once the server runs on Citus: since 0036 no foreign key links them, and what the
foreign keys refused is still refused, by the merger, with a coded error and nothing
written: a receipt naming a document that does not exist, or one that is not a transfer
out, a related document on any other kind, a transfer marked received by a receipt that
is not there; a stock document's key never changes."""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from erp_desktop.app.stock.adjustments import adjust_stock
from erp_desktop.app.stock.transfers import (
    accept_incoming_transfer,
    receive_transfer,
    send_transfer,
)
from erp_desktop.kernel.documents import StockDocument
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import new_id
from sync_server.db.engine import unit_of_work
from sync_server.db.mergers.stock_documents import SentTransfer, mark_transfer_received
from sync_server.services import headoffice
from sync_server.services.enrollment import Device, enroll
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for, outbox_batch, register_users
from tests.server.test_merge_sets import apply, of, pending, scalar

_SEQUENCES = itertools.count(500_000)  # far past what the replicas number


@pytest.fixture(scope="module")
def alger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Branch]:
    built = build_branch(Path(tmp_path_factory.mktemp("alger")))
    yield built
    built.replica.close()


@pytest.fixture(scope="module")
def oran(tmp_path_factory: pytest.TempPathFactory, alger: Branch) -> Iterator[Branch]:
    built = build_branch(
        Path(tmp_path_factory.mktemp("oran")),
        "ALG02",
        user_prefix="oran_",
        ids=alger.ids,  # type: ignore[attr-defined]
    )
    yield built
    built.replica.close()


@pytest.fixture(scope="module")
def devices(engine: Engine, alger: Branch, oran: Branch) -> tuple[Device, Device]:
    head_office_for(engine, alger)
    register_users(engine, oran)
    alger_device = enroll(engine, headoffice.add_device(engine, "ALG01", "till")[1])[0]
    oran_device = enroll(engine, headoffice.add_device(engine, "ALG02", "till")[1])[0]
    for branch, device in ((alger, alger_device), (oran, oran_device)):  # opening stock
        assert {r["status"] for r in apply(engine, device, pending(branch, device))} == {"accepted"}
    return alger_device, oran_device


def _sent(engine: Engine, alger: Branch, oran: Branch, device: Device) -> StockDocument:
    """A transfer out from Alger to Oran, merged, in transit."""
    sent, _ = send_transfer(
        alger.deps, alger.actor("clerk"), oran.branch_id, [(alger.products[3], Decimal(2))]
    )
    assert {r["status"] for r in apply(engine, device, pending(alger, device))} == {"accepted"}
    return sent


def _adjusted(engine: Engine, alger: Branch, device: Device) -> dict[str, Any]:
    """An adjustment of Alger's, merged: a stock document that is not a transfer."""
    adjust_stock(alger.deps, alger.actor("manager"), [(alger.products[5], Decimal(1))], "found")
    batch = pending(alger, device)
    (adjustment,) = of(batch, "stock_document")
    assert adjustment["payload"]["kind"] == "adjustment"
    assert {r["status"] for r in apply(engine, device, batch)} == {"accepted"}
    return adjustment


def _forged(change: dict[str, Any], **payload: Any) -> dict[str, Any]:
    """``change`` as another document of its branch (its own id and number) with
    ``payload`` changed: nothing but the change made would refuse it."""
    forged = copy.deepcopy(change)
    forged["id"] = str(new_id())
    number = re.sub(
        r"\d+$",
        lambda m: str(int(m[0]) + next(_SEQUENCES)).zfill(len(m[0])),
        change["payload"]["number"],
    )
    forged["payload"] |= {"id": str(new_id()), "number": number, **payload}
    return forged


def _written(engine: Engine, document_ids: list[str]) -> dict[str, int]:
    """What a document left behind: its row, its posting, its audit rows, its alerts."""
    ids = {"ids": document_ids}
    return {
        "documents": scalar(
            engine,
            "SELECT count(*) FROM inventory.stock_documents WHERE id = ANY(CAST(:ids AS uuid[]))",
            **ids,
        ),
        "entries": scalar(
            engine,
            "SELECT count(*) FROM accounting.journal_entries "
            "WHERE source_id = ANY(CAST(:ids AS uuid[]))",
            **ids,
        ),
        "audit": scalar(
            engine,
            "SELECT count(*) FROM audit.trail WHERE row_id = ANY(CAST(:ids AS text[]))",
            **ids,
        ),
        "alerts": scalar(engine, "SELECT count(*) FROM sync.alerts"),
    }


def test_a_receipt_naming_no_transfer_out_is_refused_and_writes_nothing(
    engine: Engine, alger: Branch, oran: Branch, devices: tuple[Device, Device]
) -> None:
    alger_device, oran_device = devices
    sent = _sent(engine, alger, oran, alger_device)
    adjustment = _adjusted(engine, alger, alger_device)
    with oran.deps.store.transaction(None) as tx:  # what the pull brings to Oran
        accept_incoming_transfer(tx, sent, oran.clock.now())
    receive_transfer(oran.deps, oran.actor("clerk"), sent.id)
    batch = pending(oran, oran_device)
    (receipt,) = [c for c in of(batch, "stock_document") if c["payload"]["kind"] == "transfer_in"]
    nothing, not_a_transfer = str(new_id()), adjustment["payload"]["id"]
    forged = [_forged(receipt, related_id=nothing), _forged(receipt, related_id=not_a_transfer)]
    written_before = _written(engine, [f["payload"]["id"] for f in forged])

    answers = apply(engine, oran_device, _batch_of(oran, oran_device, forged))

    assert [(a["status"], a["code"], a["params"]) for a in answers] == [
        ("rejected", "inventory.transfer_not_in_transit", {"transfer": nothing}),
        ("rejected", "inventory.transfer_not_in_transit", {"transfer": not_a_transfer}),
    ]
    assert _written(engine, [f["payload"]["id"] for f in forged]) == written_before
    assert written_before["documents"] == written_before["entries"] == 0
    assert (
        scalar(engine, "SELECT status FROM inventory.stock_documents WHERE id = :id", id=sent.id)
        == "in_transit"
    )

    # The true receipt, in the same batch as Oran's movements, is accepted and links both.
    assert {a["status"] for a in apply(engine, oran_device, batch)} == {"accepted"}
    with unit_of_work(engine, head_office=True) as conn:
        links = conn.execute(
            text(
                "SELECT s.status, s.received_by, r.related_id, r.branch_id "
                "FROM inventory.stock_documents s JOIN inventory.stock_documents r "
                "ON r.id = s.received_by WHERE s.id = :id"
            ),
            {"id": sent.id},
        ).one()
    assert tuple(links) == ("received", UUID(receipt["payload"]["id"]), sent.id, oran.branch_id)


def test_only_a_receipt_names_another_document(
    engine: Engine, alger: Branch, oran: Branch, devices: tuple[Device, Device]
) -> None:
    """The foreign key let any kind name a document that exists; only a transfer in does."""
    alger_device, _ = devices
    sent = _sent(engine, alger, oran, alger_device)
    adjustment = _adjusted(engine, alger, alger_device)
    forged = _forged(adjustment, related_id=str(sent.id))
    written_before = _written(engine, [forged["payload"]["id"]])

    (answer,) = apply(engine, alger_device, _batch_of(alger, alger_device, [forged]))

    assert (answer["status"], answer["code"], answer["params"]) == (
        "rejected",
        "common.invalid_value",
        {"field": "related_id", "value": str(sent.id)},
    )
    assert _written(engine, [forged["payload"]["id"]]) == written_before


def test_a_transfer_is_marked_received_only_by_a_receipt_that_is_there(
    engine: Engine, alger: Branch, oran: Branch, devices: tuple[Device, Device]
) -> None:
    alger_device, _ = devices
    sent = _sent(engine, alger, oran, alger_device)
    transfer = SentTransfer(alger.branch_id, {"id": str(sent.id)})
    with (
        pytest.raises(ValidationError) as refused,
        unit_of_work(engine, branch_id=oran.branch_id) as conn,
    ):
        mark_transfer_received(conn, transfer, new_id(), oran.branch_id, {})
    assert (refused.value.code, refused.value.params) == (
        "inventory.transfer_not_in_transit",
        {"transfer": str(sent.id)},
    )
    assert (
        scalar(
            engine,
            "SELECT status || coalesce(received_by::text, '') FROM inventory.stock_documents "
            "WHERE id = :id",
            id=sent.id,
        )
        == "in_transit"
    )


def test_a_stock_document_s_key_never_changes(
    engine: Engine, alger: Branch, oran: Branch, devices: tuple[Device, Device]
) -> None:
    """What the foreign keys guarded on the side they named: a receipt's transfer keeps its
    id and its branch (and is never deleted, the no_delete trigger)."""
    alger_device, _ = devices
    sent = _sent(engine, alger, oran, alger_device)
    for change in ("id = gen_random_uuid()", "branch_id = :other"):
        with pytest.raises(DBAPIError, match="key_change_refused"), engine.begin() as conn:
            conn.execute(
                text(f"UPDATE inventory.stock_documents SET {change} WHERE id = :id"),
                {"id": sent.id, "other": oran.branch_id},
            )
    with pytest.raises(DBAPIError, match="delete_refused"), engine.begin() as conn:
        conn.execute(text("DELETE FROM inventory.stock_documents WHERE id = :id"), {"id": sent.id})


def _batch_of(branch: Branch, device: Device, changes: list[dict[str, Any]]) -> dict[str, Any]:
    """A batch of the branch holding ``changes`` alone, under a key of its own."""
    return outbox_batch(branch, device.id) | {"changes": changes}


def test_a_transfer_received_twice_stays_the_first_receipt_s_and_head_office_hears_of_it(
    engine: Engine, alger: Branch, oran: Branch, devices: tuple[Device, Device]
) -> None:
    """Two PCs of Oran received the same delivery while offline: both receipts counted the
    goods in, so neither is refused (their movements are merged already); the transfer
    keeps the first receipt and each later one is flagged, in the same push or a later."""
    alger_device, oran_device = devices
    sent = _sent(engine, alger, oran, alger_device)
    with oran.deps.store.transaction(None) as tx:
        accept_incoming_transfer(tx, sent, oran.clock.now())
    receive_transfer(oran.deps, oran.actor("clerk"), sent.id)
    batch = pending(oran, oran_device)
    (receipt,) = [c for c in of(batch, "stock_document") if c["payload"]["kind"] == "transfer_in"]
    same_push, later_push = _forged(receipt), _forged(receipt)
    batch["changes"].append(same_push)

    assert {a["status"] for a in apply(engine, oran_device, batch)} == {"accepted"}
    (later,) = apply(engine, oran_device, _batch_of(oran, oran_device, [later_push]))
    assert later["status"] == "accepted"

    with unit_of_work(engine, head_office=True) as conn:
        received_by = conn.execute(
            text("SELECT received_by FROM inventory.stock_documents WHERE id = :id"),
            {"id": sent.id},
        ).scalar_one()
        flagged = conn.execute(
            text(
                "SELECT params FROM sync.alerts WHERE kind = 'transfer_received_twice' "
                "AND params->>'transfer' = :number ORDER BY params->>'received_again_as'"
            ),
            {"number": sent.number},
        ).scalars()
        flags = [dict(p) for p in flagged]
    assert received_by == UUID(receipt["payload"]["id"])
    assert flags == sorted(
        (
            {
                "transfer": sent.number,
                "first_receipt_id": receipt["payload"]["id"],
                "received_again_as": again["payload"]["number"],
            }
            for again in (same_push, later_push)
        ),
        key=lambda f: f["received_again_as"],
    )
    ids = [c["payload"]["id"] for c in (receipt, same_push, later_push)]
    written = _written(engine, ids)
    assert (written["documents"], written["entries"]) == (3, 3)  # each as the site recorded
