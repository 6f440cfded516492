"""A transfer a manager let go beyond the replica's stock (the shelf held more than the
offline books knew) is accepted by the server, the negative level flagged, not refused."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.auth import log_in_with_pin
from erp_desktop.app.stock.transfers import send_transfer
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for, outbox_batch, running_server
from tests.server.test_push import push


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Branch]:
    built = build_branch(Path(tmp_path_factory.mktemp("alger")))
    yield built
    built.replica.close()


@pytest.fixture(scope="module")
def server(engine: Engine, pg_url: str, branch: Branch) -> Iterator[str]:
    head_office_for(engine, branch)
    with running_server(pg_url) as url:
        yield url


def test_a_confirmed_transfer_beyond_stock_is_accepted_and_flagged(
    server: str, engine: Engine, branch: Branch
) -> None:
    device_id, token = headoffice.add_device(engine, "ALG01", "warehouse PC")
    enrolled = httpx.post(f"{server}/api/v1/enroll", json={"token": token})
    assert enrolled.status_code == 200, enrolled.text
    manager = log_in_with_pin(branch.deps, "3222", branch.register_id)
    product = branch.products[2]
    sent, _ = send_transfer(
        branch.deps,
        branch.actor("clerk"),
        branch.ids["alg02"],  # type: ignore[attr-defined]
        [(product, Decimal(500))],
        confirmed_by=manager,
    )
    answer = push(server, enrolled.json()["credential"], outbox_batch(branch, device_id))
    assert answer.status_code == 200, answer.text
    assert {r["status"] for r in answer.json()["results"]} == {"accepted"}
    with unit_of_work(engine, head_office=True) as conn:
        status = conn.execute(
            text("SELECT status FROM inventory.stock_documents WHERE id = :id"), {"id": sent.id}
        ).scalar_one()
        alerts = (
            conn.execute(text("SELECT params FROM sync.alerts WHERE kind = 'negative_stock'"))
            .scalars()
            .all()
        )
    assert status == "in_transit"
    assert [a["quantity_milli"] for a in alerts if a["product_id"] == str(product)] == [-400000]
