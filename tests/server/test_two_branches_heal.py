"""Two branches sell while the line is down, Alger sends goods to Oran, and when the line
comes back they sync in different orders, in small batches, with every batch sent twice.
After healing: every sale is on the server exactly once and posted once, stock levels are
the sum of the movements on the server and in both replicas (and agree with each other),
the trial balance balances and the nightly reconciliation is clean."""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.stock.transfers import receive_transfer, send_transfer
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.sync import runner
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server.db.engine import make_engine, unit_of_work
from sync_server.services import headoffice
from sync_server.services.reconcile import reconcile
from tests.builders import Branch, build_branch
from tests.pg import migrated_database
from tests.server.helpers import head_office_for, register_users, running_server


class EchoingClient(SyncClient):
    """Sends every push twice, as a client does whose first answer was lost: the server
    must give the same answer and change nothing the second time."""

    def push(self, batch: dict[str, Any]) -> dict[str, Any]:
        first = super().push(batch)
        again = super().push(batch)
        assert again == first
        return again


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Engine, str, Branch, Branch]]:
    with migrated_database() as url:
        engine = make_engine(url)
        alger = build_branch(tmp_path / "alger")
        oran = build_branch(tmp_path / "oran", "ALG02", ids=alger.ids, user_prefix="oran_")  # type: ignore[attr-defined]
        head_office_for(engine, alger)
        register_users(engine, oran)
        with running_server(url) as base:
            for branch, code in ((alger, "ALG01"), (oran, "ALG02")):
                _device, token = headoffice.add_device(engine, code, f"till {code}")
                client = SyncClient(base)
                enroll_device(branch.deps, client, token)
                client.close()
                open_cash_session(branch.deps, branch.actor("cashier"), Money.of(Decimal(0), "DZD"))
            yield engine, base, alger, oran
        alger.replica.close()
        oran.replica.close()
        engine.dispose()


def sell(branch: Branch, tickets: int, rng: random.Random) -> None:
    cashier = branch.actor("cashier")
    for _ in range(tickets):
        lines = tuple(
            CartLine(branch.products[rng.randrange(10)], Decimal(rng.randint(1, 3)))
            for _ in range(rng.randint(1, 3))
        )
        tender = Tender(TenderKind.CASH, Money.of(Decimal(1000000), "DZD"))
        checkout(branch.deps, cashier, CheckoutRequest(lines, (tender,)))


ORDERS = {
    "alger first": ("alger", "oran"),
    "oran first": ("oran", "alger"),
    "small batches sent twice": ("oran", "alger"),
}


@pytest.mark.parametrize("order", list(ORDERS))
def test_two_branches_sell_offline_and_heal_in_any_order(
    order: str, world: tuple[Engine, str, Branch, Branch], monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, base, alger, oran = world
    branches = {"alger": alger, "oran": oran}
    client_type = SyncClient
    if order == "small batches sent twice":
        monkeypatch.setattr(runner, "PUSH_BATCH", 4)
        client_type = EchoingClient
    rng = random.Random(order)

    def sync(branch: Branch) -> None:
        with branch.deps.store.read() as tx:
            client = client_type(base, tx.org.setting("sync_credential"))
        try:
            report = synchronize(branch.deps, client)
        finally:
            client.close()
        assert report.rejected == 0
        assert report.comparison is not None and report.comparison.agrees

    sell(alger, 12, rng)  # the line is down: both branches go on selling
    sell(oran, 9, rng)
    sent, _ = send_transfer(
        alger.deps, alger.actor("clerk"), oran.branch_id, [(alger.products[4], Decimal(6))]
    )
    sell(alger, 3, rng)
    for name in ORDERS[order]:  # the line is back
        sync(branches[name])
    sync(oran)  # Oran has the transfer now, whatever the order
    _received, differences, _ = receive_transfer(oran.deps, oran.actor("clerk"), sent.id)
    assert differences == {}
    sell(oran, 4, rng)
    for name in ORDERS[order]:
        sync(branches[name])

    numbers = replica_sale_numbers(alger) | replica_sale_numbers(oran)
    assert len(numbers) == 28
    with unit_of_work(engine, head_office=True) as conn:
        on_server = conn.execute(
            text(
                "SELECT d.number, count(e.id) FROM sales.documents d "
                "LEFT JOIN accounting.journal_entries e ON e.source_id = d.id GROUP BY d.number"
            )
        ).all()
        assert sorted((n, c) for n, c in on_server) == sorted((n, 1) for n in numbers)
        assert conn.execute(text(LEVELS_OFF_MOVEMENTS_ON_SERVER)).all() == []
        debit, credit = conn.execute(text(TRIAL_BALANCE)).one()
        assert debit == credit > 0
        server_levels = {
            (str(w), str(p)): int(q)
            for w, p, q in conn.execute(
                text("SELECT warehouse_id, product_id, quantity_milli FROM inventory.stock_levels")
            )
        }
        status = conn.execute(
            text("SELECT status FROM inventory.stock_documents WHERE id = :id"), {"id": sent.id}
        ).scalar_one()
    assert status == "received"
    for branch in (alger, oran):
        levels = replica_levels(branch)
        assert levels == replica_movement_sums(branch)
        assert levels == {k: v for k, v in server_levels.items() if k[0] in warehouses(branch)}
    report = reconcile(engine)
    assert report.clean, report.lines()


LEVELS_OFF_MOVEMENTS_ON_SERVER = """
    SELECT l.warehouse_id, l.product_id, l.quantity_milli, m.total
    FROM inventory.stock_levels l
    FULL JOIN (SELECT warehouse_id, product_id, sum(quantity_milli) AS total
               FROM inventory.stock_movements GROUP BY warehouse_id, product_id) m
    USING (warehouse_id, product_id)
    WHERE l.quantity_milli IS DISTINCT FROM m.total
"""

TRIAL_BALANCE = """
    SELECT sum(amount_minor) FILTER (WHERE side = 'debit'),
           sum(amount_minor) FILTER (WHERE side = 'credit')
    FROM accounting.journal_lines
"""


def replica_sale_numbers(branch: Branch) -> set[str]:
    with branch.replica.read() as conn:
        return {r[0] for r in conn.execute(text("SELECT number FROM sales_documents"))}


def warehouses(branch: Branch) -> set[str]:
    with branch.replica.read() as conn:
        return {
            str(UUID(r[0]))
            for r in conn.execute(
                text("SELECT id FROM warehouses WHERE branch_id = :b"),
                {"b": branch.branch_id.hex},
            )
        }


def replica_levels(branch: Branch) -> dict[tuple[str, str], int]:
    own = warehouses(branch)
    with branch.replica.read() as conn:
        rows = conn.execute(
            text("SELECT warehouse_id, product_id, quantity_milli FROM stock_levels")
        )
        return {(str(UUID(w)), str(UUID(p))): int(q) for w, p, q in rows if str(UUID(w)) in own}


def replica_movement_sums(branch: Branch) -> dict[tuple[str, str], int]:
    with branch.replica.read() as conn:
        rows = conn.execute(
            text(
                "SELECT warehouse_id, product_id, sum(quantity_milli) FROM stock_movements "
                "GROUP BY warehouse_id, product_id"
            )
        )
        return {(str(UUID(w)), str(UUID(p))): int(q) for w, p, q in rows}
