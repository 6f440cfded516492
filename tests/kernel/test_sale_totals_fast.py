"""A ticket's totals are what main computed (2026-12-01) for every ticket: the no-discount
ticket that goes straight to its VAT (issue 19) and every other, the same line and rate
totals to the exponent, the same refusals."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any
from uuid import UUID

from hypothesis import given, settings
from hypothesis import strategies as st

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import SaleLineInput, compute_sale
from erp_desktop.kernel.sales.totals import Discount, SaleTotals
from erp_desktop.kernel.tax.vat import PriceMode
from tests.kernel.totals_as_main_wrote import reference_compute_sale


def _exact(value: Any) -> Any:
    """A value with its amounts' exponents (Money equality alone ignores 1.0 vs 1.00)."""
    if isinstance(value, Money):
        return ("money", value.amount.as_tuple(), value.currency)
    if isinstance(value, Decimal):
        return ("decimal", value.as_tuple())
    if isinstance(value, tuple | list):
        return tuple(_exact(v) for v in value)
    if hasattr(value, "__dataclass_fields__"):
        return tuple((k, _exact(getattr(value, k))) for k in value.__dataclass_fields__)
    return value


def _outcome(call: Callable[[], SaleTotals]) -> Any:
    try:
        return _exact(call())
    except ValidationError as err:
        return ("refused", err.code, err.params)


_modes = st.sampled_from([None, PriceMode.TAX_INCLUDED, PriceMode.TAX_EXCLUDED])
_discounts = st.one_of(
    st.none(),
    st.none(),
    st.builds(lambda p: Discount(percent=p), st.decimals(min_value=0, max_value=100, places=2)),
    st.builds(
        lambda m: Discount(amount=Money.from_minor(m, "DZD")),
        st.integers(min_value=0, max_value=50000),
    ),
)
_line = st.builds(
    SaleLineInput,
    st.just(UUID(int=7)),
    st.one_of(
        st.decimals(min_value=Decimal("0.001"), max_value=50, places=3),
        st.sampled_from([Decimal(1), Decimal(2), Decimal("0.75"), Decimal(0), Decimal(-1)]),
    ),
    st.one_of(
        st.decimals(min_value=0, max_value=100000, places=2),
        st.decimals(min_value=0, max_value=100, places=4),
        st.just(Decimal(-1)),
    ),
    st.sampled_from(
        [Decimal(0), Decimal(7), Decimal(9), Decimal(19), Decimal("5.5"), Decimal(100)]
    ),
    st.just(""),
    _discounts,
    _modes,
)


@settings(max_examples=300)
@given(
    st.lists(_line, max_size=6),
    st.sampled_from([PriceMode.TAX_INCLUDED, PriceMode.TAX_EXCLUDED]),
    _discounts,
    st.sampled_from([None, Decimal(10)]),
)
def test_a_tickets_totals_are_the_totals_main_computed(
    lines: list[SaleLineInput],
    mode: PriceMode,
    document_discount: Discount | None,
    limit: Decimal | None,
) -> None:
    assert _outcome(lambda: compute_sale(lines, "DZD", mode, document_discount, limit)) == (
        _outcome(lambda: reference_compute_sale(lines, "DZD", mode, document_discount, limit))
    )


@given(
    st.lists(
        st.builds(
            SaleLineInput,
            st.just(UUID(int=9)),
            st.sampled_from([Decimal(1), Decimal(2), Decimal(3), Decimal("0.5"), Decimal("1.25")]),
            st.decimals(min_value=0, max_value=5000, places=2),
            st.sampled_from([Decimal(9), Decimal(19)]),
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from(["DZD", "TND", "MAD"]),
)
def test_a_ticket_without_discount_is_the_ticket_main_computed(
    lines: list[SaleLineInput], currency: str
) -> None:
    assert _outcome(lambda: compute_sale(lines, currency)) == _outcome(
        lambda: reference_compute_sale(lines, currency)
    )
