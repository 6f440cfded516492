"""The issue's scenario, over a real server on PostgreSQL and real HTTP: a customer earns
points at ALG01 and redeems at ORN01 while both are offline; both sync, in either order;
every site and the server end with the same, right balance. Two tills offline that spend
the same points both keep their redemption, and the overdraft is flagged (an alert at head
office and on every replica), never lost. Online, redeeming more than held is refused with
a code and nothing is written."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.crm.loyalty import loyalty_account, redeem_points
from erp_desktop.app.customers import save_customer
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.sync.runner import synchronize
from sync_server.db.engine import unit_of_work
from tests.builders import Branch
from tests.server.crm_world import later, sell_to, two_sites


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Engine, Branch, Branch]]:
    with two_sites(tmp_path) as sites:
        yield sites


def balance(branch: Branch, customer_id: UUID) -> int:
    return loyalty_account(branch.deps, branch.actor("cashier"), customer_id).balance


def server_balance(engine: Engine, customer_id: UUID) -> int:
    with unit_of_work(engine, head_office=True) as conn:
        return int(
            conn.execute(
                text(
                    "SELECT coalesce(sum(points), 0) FROM (SELECT DISTINCT ON (id) points "
                    "FROM crm.loyalty_movements WHERE customer_id = :c) m"
                ),
                {"c": customer_id},
            ).scalar_one()
        )


def server_alerts(engine: Engine) -> list[dict[str, object]]:
    with unit_of_work(engine, head_office=True) as conn:
        return [
            dict(r[0])
            for r in conn.execute(
                text("SELECT params FROM sync.alerts WHERE kind = 'loyalty_overdraft'")
            )
        ]


def a_customer_with_points(alger: Branch, oran: Branch) -> tuple[UUID, int]:
    """A customer made at ALG01 who bought there; both sites synced and know them."""
    customer, _ = save_customer(
        alger.deps, alger.actor("cashier"), None, name="Benali Amina", phone="0550 12 34 56"
    )
    sell_to(alger, customer.id, 40)
    earned = balance(alger, customer.id)
    assert earned > 0
    synchronize(alger.deps)
    synchronize(oran.deps)
    assert balance(oran, customer.id) == earned
    return customer.id, earned


@pytest.mark.parametrize("first", ["alger", "oran"])
def test_earn_at_alger_redeem_at_oran_offline_converges_in_either_order(
    world: tuple[Engine, Branch, Branch], first: str
) -> None:
    engine, alger, oran = world
    customer_id, held = a_customer_with_points(alger, oran)
    # The line is down: Alger sells again to the customer, Oran lets them spend points.
    sell_to(alger, customer_id, 20)
    earned_offline = balance(alger, customer_id) - held
    assert earned_offline > 0
    later(oran, 5)
    spent = redeem_points(
        oran.deps,
        oran.actor("cashier"),
        customer_id,
        held - 10,
        Money.of(Decimal(100_000), "DZD"),
    ).made
    assert spent.points == held - 10 and spent.value == Money.of(Decimal(held - 10), "DZD")
    assert balance(oran, customer_id) == 10  # Oran does not know Alger's new sale yet
    order = (alger, oran) if first == "alger" else (oran, alger)
    for branch in (*order, *order):  # each pushes, then each pulls the other's
        synchronize(branch.deps)
    expected = held + earned_offline - (held - 10)
    assert balance(alger, customer_id) == expected
    assert balance(oran, customer_id) == expected
    assert server_balance(engine, customer_id) == expected
    assert server_alerts(engine) == []
    for branch in (alger, oran):
        account = loyalty_account(branch.deps, branch.actor("cashier"), customer_id)
        assert account.alerts == ()
        assert len(account.movements) == 3  # two earns and a redemption, each once


@pytest.mark.parametrize("first", ["alger", "oran"])
def test_the_same_points_spent_twice_offline_are_kept_and_flagged(
    world: tuple[Engine, Branch, Branch], first: str
) -> None:
    engine, alger, oran = world
    customer_id, held = a_customer_with_points(alger, oran)
    due = Money.of(Decimal(100_000), "DZD")
    later(alger, 1)
    redeem_points(alger.deps, alger.actor("cashier"), customer_id, held, due)
    later(oran, 2)
    redeem_points(oran.deps, oran.actor("cashier"), customer_id, held, due)
    order = (alger, oran) if first == "alger" else (oran, alger)
    for branch in (*order, *order):
        synchronize(branch.deps)
    for branch in (alger, oran):  # both redemptions stand: the balance owes the points
        assert balance(branch, customer_id) == -held
        account = loyalty_account(branch.deps, branch.actor("cashier"), customer_id)
        assert len(account.alerts) == 1
        alert = account.alerts[0]
        assert (alert.site, alert.shortfall, alert.available) == ("ORN01", held, 0)
    assert server_balance(engine, customer_id) == -held
    alerts = server_alerts(engine)
    assert len(alerts) == 1 and alerts[0]["site"] == "ORN01"
    assert alerts[0]["shortfall"] == held
    # Later purchases repay the debt first: the customer is not given points they owe.
    sell_to(alger, customer_id, 40)
    assert balance(alger, customer_id) == 0


def test_redeeming_more_than_held_online_is_refused_and_writes_nothing(
    world: tuple[Engine, Branch, Branch],
) -> None:
    _engine, alger, oran = world
    customer_id, held = a_customer_with_points(alger, oran)
    with pytest.raises(ValidationError) as refused:
        redeem_points(
            oran.deps,
            oran.actor("cashier"),
            customer_id,
            held + 1,
            Money.of(Decimal(100_000), "DZD"),
        )
    assert refused.value.code == "crm.redeem_exceeds_balance"
    assert refused.value.params == {"requested": held + 1, "available": held}
    assert balance(oran, customer_id) == held
    assert synchronize(oran.deps).accepted == 0
