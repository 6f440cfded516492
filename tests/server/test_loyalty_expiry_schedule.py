"""Points expire on the schedule, over a real server on PostgreSQL and real HTTP: once a
business day a branch expires the lots earned there (``run_due_expiry``); the other branch,
offline, spent some of those points the day before they expired; after the sync the expiry
has taken more than the lot had, and the lot's branch restores the difference on its next
run; every replica and the server end at the same balance, each movement once; running
again writes nothing; head office runs nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine

from erp_desktop.app.crm.loyalty import loyalty_account, redeem_points
from erp_desktop.app.crm.loyalty_expiry import LAST_RUN_SETTING, run_due_expiry
from erp_desktop.app.customers import save_customer
from erp_desktop.kernel.money import Money
from erp_desktop.sync.runner import synchronize
from tests.builders import Branch
from tests.server.crm_world import sell_to, sites
from tests.server.test_loyalty_across_branches import balance, server_balance


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Engine, Branch, Branch, Branch]]:
    with sites(tmp_path) as (engine, alger, oran, office):
        assert office is not None
        yield engine, alger, oran, office


def _on(branch: Branch, day: str, hour: int = 10) -> None:
    branch.clock.set(datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC))


@pytest.mark.parametrize("first", ["alger", "oran"])
def test_points_spent_offline_before_their_expiry_are_restored_and_every_site_agrees(
    world: tuple[Engine, Branch, Branch, Branch], first: str
) -> None:
    engine, alger, oran, office = world
    customer, _ = save_customer(
        alger.deps, alger.actor("cashier"), None, name="Haddad Karim", phone="0661 22 33 44"
    )
    sell_to(alger, customer.id, 40)  # earned in March 2026: valid until 31 March 2027
    earned = balance(alger, customer.id)
    for site in (alger, oran):
        synchronize(site.deps)
    assert balance(oran, customer.id) == earned
    # the line is down: Oran lets the customer spend 10 points on the last valid day...
    _on(oran, "2027-03-31")
    redeem_points(
        oran.deps, oran.actor("cashier"), customer.id, 10, Money.of(Decimal(100_000), "DZD")
    )
    # ...and Alger, not knowing, expires the whole lot on the schedule the day after
    _on(alger, "2027-04-02")
    _on(oran, "2027-04-02")
    assert run_due_expiry(alger.deps, None) is None  # waits for someone to be logged in
    assert run_due_expiry(alger.deps, alger.actor("cashier")) == 1
    assert run_due_expiry(alger.deps, alger.actor("cashier")) is None  # once a day
    assert (
        run_due_expiry(oran.deps, oran.actor("cashier")) == 0
    )  # the lot is Alger's: Oran never expires it
    assert (
        run_due_expiry(office.deps, office.actor("admin")) is None
    )  # head office writes no points
    assert balance(alger, customer.id) == 0
    order = (alger, oran) if first == "alger" else (oran, alger)
    for site in (*order, *order):
        synchronize(site.deps)
    # the expiry took 10 points the lot no longer had: a debt, flagged
    assert balance(alger, customer.id) == balance(oran, customer.id) == -10
    _on(alger, "2027-04-03")
    assert (
        run_due_expiry(alger.deps, alger.actor("cashier")) == 1
    )  # the restoration of the 10 points
    for site in (alger, oran, alger, oran, office):
        synchronize(site.deps)
    for site in (alger, oran, office):
        account = loyalty_account(site.deps, site.actor("admin"), customer.id)
        assert account.balance == 0 and account.spendable == 0
        kinds = sorted(m.kind for m in account.movements)
        assert kinds == ["adjust", "earn", "expire", "redeem"]
    assert server_balance(engine, customer.id) == 0
    _on(alger, "2027-04-04")
    assert (
        run_due_expiry(alger.deps, alger.actor("cashier")) == 0
    )  # nothing new: nothing written twice
    with alger.deps.store.read() as tx:
        assert tx.org.setting(LAST_RUN_SETTING) == "2027-04-04"
