"""Customers edited with clocks that lie, and replicas that drift from the server.

A till whose clock ran three days ahead, was corrected and restarted, used to lose its next
customer edit (its clock restarted from the wall clock, below its own earlier stamps) and
the branches disagreed on that customer forever with nothing noticing. Now the replica's
clock never goes below what it issued or observed, the server refuses stamps too far ahead,
and after each sync a customer that differs from the server's copy is repaired."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.customers import save_customer
from erp_desktop.app.deps import resume_clock
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.clock import utc_now
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server.db.engine import make_engine, unit_of_work
from sync_server.services import headoffice
from tests.builders import Branch, build_branch
from tests.pg import migrated_database
from tests.server.helpers import head_office_for, register_users, running_server


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Engine, Branch, Branch]]:
    with migrated_database() as url:
        engine = make_engine(url)
        alger = build_branch(tmp_path / "alger")
        oran = build_branch(tmp_path / "oran", "ALG02", ids=alger.ids, user_prefix="oran_")  # type: ignore[attr-defined]
        head_office_for(engine, alger)
        register_users(engine, oran)
        with running_server(url) as base:
            for branch, code in ((alger, "ALG01"), (oran, "ALG02")):
                branch.clock.set(utc_now())
                _device, token = headoffice.add_device(engine, code, f"till {code}")
                client = SyncClient(base)
                enroll_device(branch.deps, client, token)
                client.close()
            yield engine, alger, oran
        alger.replica.close()
        oran.replica.close()
        engine.dispose()


def restart(branch: Branch) -> None:
    """What the program does at start: the clock resumes from the replica."""
    clock = branch.clock
    branch.deps.hlc = resume_clock(
        branch.deps.store, "ALG01", lambda: int(clock.now().timestamp() * 1000)
    )


def server_customer(engine: Engine, customer_id: object) -> tuple[str, str]:
    with unit_of_work(engine, head_office=True) as conn:
        row = conn.execute(
            text("SELECT name, phone FROM crm.customers WHERE id = :id"), {"id": customer_id}
        ).one()
    return row[0], row[1]


def test_a_till_restarted_after_its_clock_was_corrected_keeps_its_next_edit(
    world: tuple[Engine, Branch, Branch],
) -> None:
    engine, alger, oran = world
    cashier = alger.actor("cashier")
    customer, _ = save_customer(alger.deps, cashier, None, name="Benali", phone="0550 12 34 56")
    synchronize(alger.deps)
    alger.clock.set(utc_now() + timedelta(hours=3))  # ahead, but within what is tolerated
    save_customer(alger.deps, cashier, customer.id, name="Mme Benali")
    synchronize(alger.deps)
    alger.clock.set(utc_now())  # corrected, and the program restarted
    restart(alger)
    save_customer(alger.deps, alger.actor("cashier"), customer.id, name="Mme Benali Amina")
    assert synchronize(alger.deps).rejected == 0
    assert server_customer(engine, customer.id)[0] == "Mme Benali Amina"
    synchronize(oran.deps)
    with oran.deps.store.read() as tx:
        assert tx.customers.customer(customer.id).name == "Mme Benali Amina"


def test_an_edit_stamped_three_days_ahead_is_refused_and_the_replica_takes_the_servers_copy(
    world: tuple[Engine, Branch, Branch],
) -> None:
    engine, alger, oran = world
    cashier = alger.actor("cashier")
    open_cash_session(alger.deps, cashier, Money.of(Decimal(0), "DZD"))
    customer, _ = save_customer(alger.deps, cashier, None, name="Saidi", phone="0550 00 00 01")
    synchronize(alger.deps)
    alger.clock.set(utc_now() + timedelta(days=3))
    save_customer(alger.deps, cashier, customer.id, phone="0770 99 99 99")
    checkout(  # sold in the same batch: a refused edit never blocks the queue
        alger.deps,
        cashier,
        CheckoutRequest(
            (CartLine(alger.products[1], Decimal(1)),),
            (Tender(TenderKind.CARD, Money.of(Decimal(120), "DZD")),),
        ),
    )
    report = synchronize(alger.deps)
    assert (report.accepted, report.rejected) == (2, 1)  # the sale and its movement
    with alger.deps.store.read() as tx:
        refused = tx.outbox.rejected()
        assert [(r["entity"], r["error_code"]) for r in refused] == [
            ("customer", "clock.drift_too_large")
        ]
        assert tx.customers.customer(customer.id).phone == "0550 00 00 01"  # the server's copy
    assert report.comparison is not None and report.comparison.customers == (str(customer.id),)
    assert server_customer(engine, customer.id) == ("Saidi", "0550 00 00 01")
    alger.clock.set(utc_now())
    restart(alger)  # the refused stamp is not a floor: the clock is usable again at once
    save_customer(alger.deps, alger.actor("cashier"), customer.id, phone="0770 11 11 11")
    assert synchronize(alger.deps).rejected == 0
    synchronize(oran.deps)
    with oran.deps.store.read() as tx:
        assert tx.customers.customer(customer.id).phone == "0770 11 11 11"


def test_a_customer_changed_behind_the_syncs_back_is_repaired(
    world: tuple[Engine, Branch, Branch],
) -> None:
    engine, alger, oran = world
    customer, _ = save_customer(alger.deps, alger.actor("cashier"), None, name="Hadj", phone="1")
    synchronize(alger.deps)
    synchronize(oran.deps)
    with oran.replica.transaction(None) as conn:  # e.g. a replica restored from a backup
        conn.execute(
            text("UPDATE customers SET name = 'Hadj (old)' WHERE id = :id"), {"id": customer.id.hex}
        )
    report = synchronize(oran.deps)
    assert report.comparison is not None
    assert report.comparison.customers == (str(customer.id),)
    with oran.deps.store.read() as tx:
        assert tx.customers.customer(customer.id).name == "Hadj"
    assert synchronize(oran.deps).comparison.customers == ()  # type: ignore[union-attr]
    assert server_customer(engine, customer.id)[0] == "Hadj"
