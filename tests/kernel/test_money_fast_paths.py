"""Money's fast paths (issue 19: a checkout makes some hundred amounts) give exactly the
amounts of the checked path: the same value, the same exponent, the same refusals."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from erp_desktop.kernel.currency import MINOR_UNITS
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money

currencies = st.sampled_from(sorted(MINOR_UNITS))


@given(st.integers(min_value=-(10**30), max_value=10**30), currencies)
def test_an_amount_from_minor_units_is_the_checked_amount(minor: int, currency: str) -> None:
    units = MINOR_UNITS[currency]
    raw = Decimal(minor).scaleb(-units)
    try:
        expected = raw.quantize(Decimal(1).scaleb(-units), rounding=ROUND_HALF_UP)
    except ArithmeticError:
        with pytest.raises(ValidationError):
            Money.from_minor(minor, currency)
        return
    if expected != raw:
        with pytest.raises(ValidationError):
            Money.from_minor(minor, currency)
        return
    money = Money.from_minor(minor, currency)
    assert money.amount.as_tuple() == expected.as_tuple()
    assert money == Money(expected, currency)
    assert money.to_minor() == minor


@given(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.integers(min_value=-(10**12), max_value=10**12),
    currencies,
)
def test_sums_and_differences_are_the_checked_amounts(a: int, b: int, currency: str) -> None:
    x, y = Money.from_minor(a, currency), Money.from_minor(b, currency)
    assert (x + y).amount.as_tuple() == Money.of(x.amount + y.amount, currency).amount.as_tuple()
    assert (x - y) == Money.from_minor(a - b, currency)
    assert -x == Money.from_minor(-a, currency)


def test_a_float_or_a_bool_is_refused_as_before() -> None:
    for bad in (1.5, True):
        with pytest.raises(ValidationError) as err:
            Money(bad, "DZD")  # type: ignore[arg-type]
        assert err.value.code == "money.invalid_amount"
    with pytest.raises(ValidationError):
        Money(Decimal("Infinity"), "DZD")
    with pytest.raises(ValidationError) as err:
        Money(Decimal("1.005"), "DZD")
    assert err.value.code == "money.too_precise"
    with pytest.raises(ValidationError) as err:
        Money.from_minor(5, "XXX")
    assert err.value.code == "money.unknown_currency"
