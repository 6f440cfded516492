"""The issue's scenario, over a real server on PostgreSQL and real HTTP: a customer earns
points at ALG01 and redeems at ORN01 while both are offline; both sync, in either order;
every site and the server end with the same, right balance. Two tills offline that spend
the same points both keep their redemption, and the overdraft is flagged (an alert at head
office and on every replica), never lost. Online, redeeming more than held is refused with
a code and nothing is written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.crm.loyalty import earn_on_sales, loyalty_account, redeem_points
from erp_desktop.app.customers import save_customer
from erp_desktop.app.stock.low_stock import SALE_COMPLETED
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.crm.program import PROGRAM_SETTING
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server.db.engine import make_engine, unit_of_work
from sync_server.db.migrate import upgrade
from sync_server.services import headoffice
from tests.builders import Branch, build_branch
from tests.pg import temporary_database
from tests.server.helpers import head_office_for, register_users, running_server

# One point per 100 DZD spent, a point worth 1 DZD, at least 10 at a time.
PROGRAM = {
    "expiry_months": 12,
    "earn_rules": [{"valid_from": "2026-01-01", "currency": "DZD", "points": "1", "per": "100"}],
    "campaigns": [],
    "redemption_rules": [
        {
            "valid_from": "2026-01-01",
            "currency": "DZD",
            "value_per_point": "1",
            "minimum_points": 10,
        }
    ],
}


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Engine, Branch, Branch]]:
    with temporary_database() as url:
        engine = make_engine(url)
        upgrade(engine)
        alger = build_branch(tmp_path / "alger")
        oran = build_branch(tmp_path / "oran", "ORN01", ids=alger.ids, user_prefix="oran_")  # type: ignore[attr-defined]
        head_office_for(engine, alger)
        ids = oran.ids  # type: ignore[attr-defined]
        headoffice.add_branch(engine, "ORN01", "Oran", "وهران", ids["orn01"], ids["wh_orn01"])
        headoffice.add_register(engine, "ORN01", "C1", 500, ids["reg_orn01"])
        register_users(engine, oran)
        with running_server(url) as base:
            for branch, code in ((alger, "ALG01"), (oran, "ORN01")):
                _device, token = headoffice.add_device(engine, code, f"till {code}")
                client = SyncClient(base)
                enroll_device(branch.deps, client, token)
                client.close()
                with branch.deps.store.transaction(None) as tx:
                    tx.org.set_setting(PROGRAM_SETTING, PROGRAM, branch.deps.now())
                branch.deps.bus.subscribe(SALE_COMPLETED, earn_on_sales(branch.deps))
                open_cash_session(branch.deps, branch.actor("cashier"), Money.of(Decimal(0), "DZD"))
            yield engine, alger, oran
        alger.replica.close()
        oran.replica.close()
        engine.dispose()


def sell_to(branch: Branch, customer_id: UUID, quantity: int) -> None:
    tender = Tender(TenderKind.CASH, Money.of(Decimal(1_000_000), "DZD"))
    lines = (CartLine(branch.products[0], Decimal(quantity)),)
    checkout(
        branch.deps,
        branch.actor("cashier"),
        CheckoutRequest(lines, (tender,), customer_id=customer_id),
    )


def later(branch: Branch, minutes: int) -> None:
    branch.clock.set(branch.clock.now() + timedelta(minutes=minutes))


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
