"""Loyalty points are a ledger of movements: earned and redeemed at any branch, offline,
they add up to the same balance and the same alerts whatever order they arrive in."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from uuid import UUID

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from erp_desktop.kernel.crm.loyalty import (
    Campaign,
    EarnRule,
    MovementKind,
    PointMovement,
    RedemptionMode,
    RedemptionRule,
    SpentLine,
    adjust,
    balance,
    earn,
    expires_on,
    expiries_due,
    last_valid_day,
    points_for,
    redeem,
    redemption,
    replay,
    transfer_on_merge,
)
from erp_desktop.kernel.documents.fields import to_payload
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money

CUSTOMER = UUID("01890000-0000-7000-8000-000000000001")
OTHER = UUID("01890000-0000-7000-8000-000000000002")


def at(day: int, month: int = 1, year: int = 2026, hour: int = 10) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def dzd(amount: str) -> Money:
    return Money.of(amount, "DZD")


RULES = [
    EarnRule(date(2025, 1, 1), "DZD", Decimal(1), Decimal(100), {"perfume": Decimal(2)}),
    EarnRule(date(2026, 6, 1), "DZD", Decimal(1), Decimal(50)),
]
REDEEM = [RedemptionRule(date(2025, 1, 1), "DZD", Decimal("0.50"), minimum_points=100)]


def test_a_sale_earns_one_point_per_hundred_dinars_rounded_down_once_on_the_total() -> None:
    lines = [SpentLine("food", dzd("150.00")), SpentLine("food", dzd("160.00"))]
    assert points_for(lines, date(2026, 1, 5), RULES) == 3  # 3.10 -> 3, not 1 + 1


def test_a_category_multiplier_doubles_the_points_of_its_lines() -> None:
    lines = [SpentLine("perfume", dzd("1000.00")), SpentLine("food", dzd("1000.00"))]
    assert points_for(lines, date(2026, 1, 5), RULES) == 30


def test_the_rule_in_force_on_the_day_of_the_sale_scores_it() -> None:
    lines = [SpentLine("food", dzd("1000.00"))]
    assert points_for(lines, date(2026, 5, 31), RULES) == 10
    assert points_for(lines, date(2026, 6, 1), RULES) == 20


def test_a_campaign_multiplies_points_only_between_its_dates_and_campaigns_do_not_stack() -> None:
    ramadan = Campaign("ramadan", date(2026, 2, 18), date(2026, 3, 19), Decimal(3))
    small = Campaign(
        "food week", date(2026, 3, 1), date(2026, 3, 7), Decimal(2), frozenset({"food"})
    )
    lines = [SpentLine("food", dzd("1000.00"))]
    assert points_for(lines, date(2026, 2, 17), RULES, [ramadan, small]) == 10
    assert points_for(lines, date(2026, 3, 3), RULES, [ramadan, small]) == 30
    assert points_for(lines, date(2026, 3, 20), RULES, [ramadan, small]) == 10


def test_a_return_takes_back_whole_points_rounded_toward_zero() -> None:
    returned = [SpentLine("food", dzd("-250.00"))]
    assert points_for(returned, date(2026, 1, 5), RULES) == -2


def test_a_movement_of_an_unknown_kind_is_refused_with_a_code() -> None:
    with pytest.raises(ValidationError) as err:
        PointMovement(new_id(), CUSTOMER, "gift", 5, at(2), "ALG01")
    assert err.value.code == "common.invalid_value"


def test_no_rule_in_force_gives_no_points_and_the_sale_goes_on() -> None:
    assert points_for([SpentLine("food", dzd("1000.00"))], date(2024, 1, 1), RULES) == 0


def test_the_balance_is_the_sum_of_the_movements_and_a_movement_received_twice_counts_once() -> (
    None
):
    e = earn(CUSTOMER, 300, at(2), "ALG01")
    r = redemption(CUSTOMER, 120, at(3), "ORN01")
    assert balance([e, r]) == 180
    assert balance([r, e, r, e]) == 180


def test_a_debit_movement_cannot_carry_positive_points_nor_an_earn_negative_ones() -> None:
    with pytest.raises(ValidationError) as err:
        PointMovement(new_id(), CUSTOMER, MovementKind.EARN, -5, at(2), "ALG01")
    assert err.value.code == "crm.invalid_points"
    with pytest.raises(ValidationError):
        PointMovement(new_id(), CUSTOMER, MovementKind.REDEEM, 5, at(2), "ALG01")
    with pytest.raises(ValidationError):
        redemption(CUSTOMER, 0, at(2), "ALG01")


def test_a_movement_travels_as_a_payload_declared_once() -> None:
    e = earn(CUSTOMER, 300, at(2), "ALG01")
    payload = to_payload(e)
    assert payload["points"] == 300
    assert payload["lot_month"] == "2026-01"
    assert payload["customer_id"] == str(CUSTOMER)


def test_redeeming_online_refuses_below_the_minimum_beyond_the_balance_or_beyond_what_is_due() -> (
    None
):
    on = date(2026, 1, 5)
    done = redeem(200, 500, dzd("1000.00"), on, REDEEM, RedemptionMode.DISCOUNT)
    assert (done.points, done.value, done.mode) == (200, dzd("100.00"), RedemptionMode.DISCOUNT)
    for points, available, due, code in [
        (50, 500, "1000.00", "crm.redeem_below_minimum"),
        (600, 500, "1000.00", "crm.redeem_exceeds_balance"),
        (400, 500, "100.00", "crm.redeem_exceeds_due"),
    ]:
        with pytest.raises(ValidationError) as err:
            redeem(points, available, dzd(due), on, REDEEM)
        assert err.value.code == code
    with pytest.raises(ValidationError) as err:
        redeem(200, 500, dzd("1000.00"), date(2024, 1, 1), REDEEM)
    assert err.value.code == "crm.no_redemption_rule"


def test_points_earned_in_january_expire_on_the_first_of_february_a_year_later() -> None:
    assert expires_on(date(2026, 1, 17), 12) == date(2027, 2, 1)
    assert last_valid_day(date(2026, 1, 17), 12) == date(2027, 1, 31)
    assert expires_on(date(2026, 12, 3), 1) == date(2027, 2, 1)


def test_redemptions_consume_the_oldest_lots_first_and_expiry_takes_only_what_is_left() -> None:
    january = earn(CUSTOMER, 100, at(10, 1), "ALG01")
    march = earn(CUSTOMER, 100, at(10, 3), "ALG01")
    spent = redemption(CUSTOMER, 150, at(10, 4), "ORN01")
    state = replay([march, spent, january])
    assert [(lot.credit_id, lot.remaining) for lot in state.lots] == [(march.id, 50)]
    due = expiries_due(CUSTOMER, [january, march, spent], date(2027, 4, 1), "HQ")
    assert [(m.points, m.lot_id) for m in due] == [(-50, march.id)]
    assert balance([january, march, spent, *due]) == 0


def test_expiry_movements_computed_at_two_sites_are_the_same_movement() -> None:
    lot = earn(CUSTOMER, 100, at(10, 1), "ALG01")
    here = expiries_due(CUSTOMER, [lot], date(2027, 3, 1), "HQ")
    there = expiries_due(CUSTOMER, [lot], date(2027, 3, 1), "HQ")
    assert [m.id for m in here] == [m.id for m in there]
    assert balance([lot, *here, *there]) == 0


def test_an_expired_lot_cannot_be_spent_even_before_its_expiry_is_written() -> None:
    old = earn(CUSTOMER, 100, at(10, 1, 2025), "ALG01")
    late = redemption(CUSTOMER, 100, at(10, 3, 2026), "ORN01")
    state = replay([old, late])
    assert state.alerts[0].movement_id == late.id
    assert state.alerts[0].available == 0
    assert state.spendable(date(2026, 3, 10)) == 0


def test_two_branches_offline_redeeming_the_same_points_flag_the_later_redemption_and_keep_both() -> (
    None
):
    earned = earn(CUSTOMER, 500, at(1), "ALG01")
    algiers = redemption(CUSTOMER, 400, at(5, hour=9), "ALG01")
    oran = redemption(CUSTOMER, 300, at(5, hour=11), "ORN01")
    state = replay([oran, earned, algiers])
    assert state.balance == -200 == balance([earned, algiers, oran])
    (alert,) = state.alerts
    assert alert.movement_id == oran.id
    assert (alert.site, alert.requested, alert.available, alert.shortfall) == (
        "ORN01",
        300,
        100,
        200,
    )
    assert alert.earlier_debits == (algiers.id,)
    assert state.debt == 200


def test_later_earnings_repay_a_debt_before_making_a_new_lot() -> None:
    earned = earn(CUSTOMER, 100, at(1), "ALG01")
    over = redemption(CUSTOMER, 150, at(2), "ORN01")
    again = earn(CUSTOMER, 80, at(3), "ALG01")
    state = replay([earned, over, again])
    assert state.debt == 0
    assert [lot.remaining for lot in state.lots] == [30]
    assert state.balance == 30


def test_merging_carries_each_open_lot_with_its_month_and_the_balance_moves_whole() -> None:
    merge_id = new_id()
    a1 = earn(OTHER, 100, at(10, 1), "ALG01")
    a2 = earn(OTHER, 60, at(10, 2), "ORN01")
    spent = redemption(OTHER, 30, at(1, 3), "ORN01")
    b1 = earn(CUSTOMER, 10, at(1, 3), "ALG01")
    moves = transfer_on_merge(OTHER, CUSTOMER, [a1, a2, spent], at(2, 3), "HQ", merge_id)
    assert balance([a1, a2, spent, *[m for m in moves if m.customer_id == OTHER]]) == 0
    arrived = [m for m in moves if m.customer_id == CUSTOMER]
    assert sorted((m.lot_month, m.points) for m in arrived) == [("2026-01", 70), ("2026-02", 60)]
    assert balance([b1, *arrived]) == 140
    assert {m.id for m in moves} == {
        m.id for m in transfer_on_merge(OTHER, CUSTOMER, [a1, a2, spent], at(2, 3), "HQ", merge_id)
    }
    assert all(m.kind in (MovementKind.TRANSFER_IN, MovementKind.TRANSFER_OUT) for m in moves)


def test_merging_a_customer_in_debt_carries_the_debt_as_adjustments() -> None:
    earned = earn(OTHER, 100, at(1), "ALG01")
    over = redemption(OTHER, 150, at(2), "ORN01")
    moves = transfer_on_merge(OTHER, CUSTOMER, [earned, over], at(3), "HQ", new_id())
    assert balance([earned, over, *[m for m in moves if m.customer_id == OTHER]]) == 0
    assert balance([m for m in moves if m.customer_id == CUSTOMER]) == -50


# -- any interleaving of two branches gives the same balance and the same flags ------------

_BASE = datetime(2026, 1, 1, tzinfo=UTC)


@st.composite
def branch_movements(draw: st.DrawFn, site: str) -> list[PointMovement]:
    steps = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["earn", "redeem", "adjust"]),
                st.integers(1, 400),
                st.integers(0, 24 * 450),  # past a lot's expiry too
            ),
            max_size=12,
        )
    )
    out: list[PointMovement] = []
    for kind, points, hours in steps:
        when = _BASE + timedelta(hours=hours)
        if kind == "earn":
            out.append(earn(CUSTOMER, points, when, site))
        elif kind == "redeem":
            out.append(redemption(CUSTOMER, points, when, site))
        else:
            out.append(adjust(CUSTOMER, points if hours % 2 else -points, when, site))
    return out


@settings(max_examples=150, deadline=None)
@given(branch_movements("ALG01"), branch_movements("ORN01"), st.randoms(use_true_random=False))
def test_any_interleaving_of_two_branches_movements_gives_the_same_balance_and_flags(
    algiers: list[PointMovement], oran: list[PointMovement], rnd: object
) -> None:
    reference = replay(algiers + oran)
    shuffled = algiers + oran + algiers[:2]  # with a movement received twice
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    again = replay(shuffled)
    assert again.balance == reference.balance == balance(algiers + oran)
    assert again.alerts == reference.alerts
    assert again.lots == reference.lots
    assert reference.balance == sum(lot.remaining for lot in reference.lots) - reference.debt
