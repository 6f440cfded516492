"""Money: exact at the currency's precision, half-up, never mixed, split without losing a millime."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.fx import ExchangeRate, RateTable, convert, exchange_difference
from erp_desktop.kernel.money import Money


def test_tunisian_dinars_keep_three_decimals_and_round_half_up() -> None:
    assert Money.of("1.2345", "TND").amount == Decimal("1.235")
    assert Money.of("1.005", "DZD").amount == Decimal("1.01")
    assert Money.of("1.2345", "TND").to_minor() == 1235


def test_amounts_more_precise_than_the_currency_are_refused_unless_rounded() -> None:
    with pytest.raises(ValidationError) as err:
        Money(Decimal("1.001"), "DZD")
    assert err.value.code == "money.too_precise"


def test_floats_and_unknown_currencies_are_refused() -> None:
    with pytest.raises(ValidationError):
        Money.of(1.5, "DZD")
    with pytest.raises(ValidationError) as err:
        Money.of(1, "XXX")
    assert err.value.code == "money.unknown_currency"


def test_dinars_and_dirhams_do_not_add() -> None:
    with pytest.raises(ValidationError) as err:
        Money.of(1, "DZD") + Money.of(1, "MAD")
    assert err.value.code == "money.currency_mismatch"


@given(
    st.integers(-(10**9), 10**9),
    st.lists(st.integers(0, 1000), min_size=1, max_size=12),
    st.sampled_from(["DZD", "TND"]),
)
def test_allocation_always_adds_up_exactly(minor: int, ratios: list[int], currency: str) -> None:
    amount = Money.from_minor(minor, currency)
    parts = amount.allocate(ratios)
    assert sum((p for p in parts), Money.zero(currency)) == amount
    assert len(parts) == len(ratios)


def test_a_hundred_dinars_in_three() -> None:
    assert [p.amount for p in Money.of(100, "TND").allocate([1, 1, 1])] == [
        Decimal("33.334"),
        Decimal("33.333"),
        Decimal("33.333"),
    ]


def test_the_rate_in_force_is_the_latest_published_on_or_before_the_day() -> None:
    from datetime import date

    table = RateTable(
        [
            ExchangeRate(date(2026, 1, 1), "EUR", "DZD", Decimal(148)),
            ExchangeRate(date(2026, 2, 1), "EUR", "DZD", Decimal(150)),
        ]
    )
    assert table.rate("EUR", "DZD", date(2026, 1, 31)) == Decimal(148)
    assert table.rate("EUR", "DZD", date(2026, 3, 1)) == Decimal(150)
    assert table.rate("DZD", "EUR", date(2026, 3, 1)) == Decimal(1) / Decimal(150)
    with pytest.raises(ValidationError) as err:
        table.rate("EUR", "DZD", date(2025, 12, 31))
    assert err.value.code == "money.missing_rate"


def test_an_invoice_of_100_eur_booked_at_148_and_paid_at_150_gains_200_da() -> None:
    assert exchange_difference(Money.of(100, "EUR"), Decimal(148), Decimal(150), "DZD") == Money.of(
        200, "DZD"
    )
    assert convert(Money.of("10.01", "EUR"), Decimal("150.255"), "DZD") == Money.of(
        "1504.05", "DZD"
    )
