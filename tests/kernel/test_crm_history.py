"""The customer's history summary folds their purchase events once each, in any order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from hypothesis import given
from hypothesis import strategies as st

from erp_desktop.kernel.crm.history import (
    PurchaseEvent,
    PurchaseKind,
    ReceivableFigure,
    summarize,
)
from erp_desktop.kernel.money import Money

AT = datetime(2026, 2, 1, 10, tzinfo=UTC)


def tnd(amount: str) -> Money:
    return Money.of(amount, "TND")


def event(
    n: int, kind: PurchaseKind, amount: str, days: int, branch: str = "TUN01"
) -> PurchaseEvent:
    return PurchaseEvent(UUID(int=n), kind, AT + timedelta(days=days), branch, tnd(amount))


EVENTS = [
    event(1, PurchaseKind.SALE, "45.500", 0),
    event(2, PurchaseKind.SALE, "120.250", 3, "SFX01"),
    event(3, PurchaseKind.RETURN, "20.000", 5, "SFX01"),
    event(4, PurchaseKind.INVOICE, "300.000", 4),
]


def test_the_summary_counts_purchases_totals_spending_and_nets_returns_into_lifetime_value() -> (
    None
):
    s = summarize(EVENTS, [], "TND")
    assert s.count == 3
    assert s.total_spent == tnd("465.750")
    assert s.returned == tnd("20.000")
    assert s.lifetime_value == tnd("445.750")
    assert (s.last_visit, s.last_branch) == (AT + timedelta(days=5), "SFX01")
    assert s.branches == frozenset({"TUN01", "SFX01"})
    assert s.average_basket == tnd("155.250")


def test_the_open_balance_is_what_the_receivables_given_are_still_owed() -> None:
    figures = [
        ReceivableFigure(UUID(int=4), tnd("300.000"), tnd("100.000")),
        ReceivableFigure(UUID(int=9), tnd("50.000"), tnd("50.000")),
    ]
    assert summarize(EVENTS, figures, "TND").open_balance == tnd("200.000")


def test_a_customer_without_history_has_an_empty_summary() -> None:
    s = summarize([], [], "DZD")
    assert (s.count, s.last_visit, s.lifetime_value, s.average_basket) == (
        0,
        None,
        Money.zero("DZD"),
        Money.zero("DZD"),
    )


@given(st.permutations(EVENTS + EVENTS[:2]))
def test_any_order_and_any_event_seen_twice_give_the_same_summary(
    events: list[PurchaseEvent],
) -> None:
    assert summarize(events, [], "TND") == summarize(EVENTS, [], "TND")
