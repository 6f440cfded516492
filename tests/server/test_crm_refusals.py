"""What the server refuses of CRM's pushes, with its code, over real HTTP: a movement, an
interaction or a document for a customer it does not know (``crm.unknown_customer``), a
merge pushed by a branch (``sync.owned_by_head_office``); the rest of the batch is applied."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.bridge import queue
from erp_desktop.app.customers import save_customer
from erp_desktop.kernel.crm.loyalty import earn
from erp_desktop.kernel.documents.fields import to_payload
from erp_desktop.kernel.ids import new_id
from erp_desktop.sync.runner import synchronize
from sync_server.db.engine import unit_of_work
from tests.builders import Branch
from tests.server.crm_world import two_sites


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Engine, Branch, Branch]]:
    with two_sites(tmp_path) as sites:
        yield sites


def push(branch: Branch, entity: str, payload: dict[str, Any]) -> None:
    cashier = branch.actor("cashier").user_id
    with branch.deps.store.transaction(None) as tx:
        queue(branch.deps, tx, entity, new_id(), payload, cashier)


def rejected(branch: Branch) -> dict[str, str]:
    with branch.deps.store.read() as tx:
        return {r["entity"]: r["error_code"] for r in tx.outbox.rejected()}


def test_crm_changes_naming_an_unknown_customer_or_owned_elsewhere_are_refused(
    world: tuple[Engine, Branch, Branch],
) -> None:
    engine, alger, _oran = world
    known, _ = save_customer(alger.deps, alger.actor("cashier"), None, name="Connu")
    stranger = new_id()
    at = alger.clock.now()
    push(alger, "loyalty_movement", to_payload(earn(stranger, 10, at, "ALG01")))
    push(
        alger,
        "interaction",
        {
            "id": str(new_id()),
            "customer_id": str(stranger),
            "kind": "call",
            "at": at.isoformat(),
            "site": "ALG01",
            "owner": "cashier",
            "text": "?",
            "follow_up_on": None,
            "status": None,
            "field_clocks": {"text": alger.deps.hlc.now().encode()},
        },
    )
    push(
        alger,
        "customer_merge",
        {
            "id": str(new_id()),
            "merged_id": str(known.id),
            "kept_id": str(stranger),
            "at": datetime.fromisoformat(at.isoformat()).isoformat(),
            "reason": "",
            "transfers": [],
        },
    )
    push(alger, "loyalty_movement", to_payload(earn(known.id, 10, at, "ALG01")))
    report = synchronize(alger.deps)
    assert report.rejected == 3
    assert rejected(alger) == {
        "loyalty_movement": "crm.unknown_customer",
        "interaction": "crm.unknown_customer",
        "customer_merge": "sync.owned_by_head_office",
    }
    with unit_of_work(engine, head_office=True) as conn:
        held = conn.execute(text("SELECT customer_id, points FROM crm.loyalty_movements")).all()
    assert [(r[0], r[1]) for r in held] == [(known.id, 10)]  # the good one went in
