"""Money's fast paths (issue 19: a checkout makes some hundred amounts) give exactly the
amounts of the checked path: the same value, the same exponent, the same refusals."""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from erp_desktop.kernel.currency import MINOR_UNITS
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money, _exact, _quantized, to_decimal

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


# --- Money.of and allocate as main wrote them (2026-12-01), kept to compare against --------


def _reference_of(amount: object, currency: str) -> Money:
    return Money(_quantized(to_decimal(amount), currency), currency)


def _reference_allocate(money: Money, ratios: list[Any]) -> list[Money]:
    if not ratios:
        raise ValidationError("money.allocation_empty")
    weights = [to_decimal(r, "ratio") for r in ratios]
    if any(w < 0 for w in weights):
        raise ValidationError("money.allocation_negative_ratio")
    total_weight = sum(weights, Decimal(0))
    if total_weight == 0:
        weights = [Decimal(1)] * len(weights)
        total_weight = Decimal(len(weights))
    total = money.to_minor()
    sign = -1 if total < 0 else 1
    total = abs(total)
    shares = [Decimal(total) * w / total_weight for w in weights]
    floors = [int(s) for s in shares]
    leftover = total - sum(floors)
    order = sorted(range(len(shares)), key=lambda i: (-(shares[i] - floors[i]), i))
    for i in order[:leftover]:
        floors[i] += 1
    return [Money.from_minor(sign * f, money.currency) for f in floors]


def _outcome(call: Callable[[], Any]) -> Any:
    """What a call gives, comparable: amounts with their exponents, or the refusal."""
    try:
        result = call()
    except ValidationError as err:
        return ("refused", err.code)
    except ArithmeticError as err:
        return ("raised", type(err).__name__)
    if isinstance(result, Money):
        return (result.amount.as_tuple(), result.currency)
    return [(m.amount.as_tuple(), m.currency) for m in result]


_amounts = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True, places=None),
    st.decimals(min_value=-(10**9), max_value=10**9, places=6),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from(["12.345", " 7.5 ", "abc", "NaN", "-0.005"]),
    st.floats(allow_nan=False),
    st.booleans(),
)


@given(_amounts, currencies)
def test_an_amount_rounded_is_the_checked_amount(amount: Any, currency: str) -> None:
    assert _outcome(lambda: Money.of(amount, currency)) == _outcome(
        lambda: _reference_of(amount, currency)
    )


_ratios = st.one_of(
    st.decimals(min_value=0, max_value=10**6, places=2),
    st.decimals(allow_nan=False, allow_infinity=False, places=None),
    st.integers(min_value=-5, max_value=10**6),
    st.just(Decimal(0)),
)


@given(
    st.one_of(
        st.integers(min_value=-(10**8), max_value=10**8),
        st.integers(min_value=-(10**26), max_value=10**26),
        st.just(0),
    ),
    st.lists(_ratios, max_size=6),
    currencies,
)
def test_an_allocation_is_the_checked_allocation(
    minor: int, ratios: list[Any], currency: str
) -> None:
    try:
        money = Money.from_minor(minor, currency)
    except ValidationError:
        return
    assert _outcome(lambda: money.allocate(ratios)) == _outcome(
        lambda: _reference_allocate(money, ratios)
    )


def test_a_ticket_without_discount_allocates_zeros_at_the_precision() -> None:
    parts = Money.zero("TND").allocate([Decimal("1.50"), Decimal(0), Decimal("2")])
    assert [p.amount.as_tuple() for p in parts] == [Decimal("0.000").as_tuple()] * 3
    with pytest.raises(ValidationError) as err:
        Money.zero("DZD").allocate([Decimal(1), Decimal(-1)])
    assert err.value.code == "money.allocation_negative_ratio"


@given(
    st.integers(min_value=-(10**27), max_value=10**27),
    st.integers(min_value=-(10**27), max_value=10**27),
    currencies,
    currencies,
)
def test_a_sum_inlined_is_the_checked_sum(a: int, b: int, left: str, right: str) -> None:
    """``+`` and ``-`` as main wrote them: the currencies compared, then ``_exact`` (whose
    checked path takes the amounts beyond 24 digits)."""
    try:
        x, y = Money.from_minor(a, left), Money.from_minor(b, right)
    except ValidationError:
        return

    def reference(sign: int) -> Money:
        x._same(y)
        return _exact(x.amount + y.amount if sign > 0 else x.amount - y.amount, x.currency)

    assert _outcome(lambda: x + y) == _outcome(lambda: reference(1))
    assert _outcome(lambda: x - y) == _outcome(lambda: reference(-1))
