"""VAT rates by country and date, the rounding policy, discounts, tenders and change."""

from datetime import date
from decimal import Decimal
from uuid import uuid4

import pytest
from hypothesis import given
from hypothesis import strategies as st

from erp_desktop.kernel.errors import ErpError, ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import (
    Discount,
    SaleLineInput,
    Tender,
    TenderKind,
    compute_sale,
    settle,
)
from erp_desktop.kernel.tax import PriceMode, default_catalog, split_gross


def DA(x: object) -> Money:
    return Money.of(x, "DZD")


@pytest.mark.parametrize(
    ("country", "rates"),
    [
        ("DZ", {"19", "9", "0"}),
        ("MA", {"20", "14", "10", "7", "0"}),
        ("TN", {"19", "13", "7", "0"}),
    ],
)
def test_vat_rates_in_force_in_2026(country: str, rates: set[str]) -> None:
    found = {str(r.rate) for r in default_catalog().vat_rates(country, date(2026, 1, 1))}
    assert found == rates


def test_algeria_had_17_percent_before_2017_so_no_rate_is_known_then() -> None:
    with pytest.raises(ValidationError) as err:
        default_catalog().vat_rate("DZ", "standard", date(2016, 12, 31))
    assert err.value.code == "tax.unknown_tax_class"


def test_a_tax_included_price_splits_exactly() -> None:
    base, vat = split_gross(DA(1190), Decimal(19))
    assert (base, vat) == (DA(1000), DA(190))


def test_vat_is_rounded_once_per_rate_not_per_line() -> None:
    lines = [
        SaleLineInput(uuid4(), Decimal(1), Decimal("0.33"), Decimal(19), "x", None)
        for _ in range(3)
    ]
    totals = compute_sale(lines, "DZD", PriceMode.TAX_EXCLUDED)
    assert totals.by_rate[0].base == DA("0.99")
    assert totals.by_rate[0].vat == DA("0.19")  # 0.1881 rounded once
    assert sum((ln.vat for ln in totals.lines), DA(0)) == totals.vat


def test_a_ticket_discount_is_spread_so_lines_add_up() -> None:
    lines = [
        SaleLineInput(uuid4(), Decimal(1), Decimal(p), Decimal(r), "x", None)
        for p, r in ((100, 19), (200, 9), (300, 19))
    ]
    totals = compute_sale(lines, "DZD", document_discount=Discount(amount=DA(100)))
    assert totals.gross == DA(500)
    assert sum((ln.gross for ln in totals.lines), DA(0)) == DA(500)


@given(
    st.lists(
        st.tuples(
            st.integers(1, 50),
            st.integers(0, 100_000),
            st.sampled_from([0, 7, 9, 13, 19, 20]),
            st.integers(0, 100),
        ),
        min_size=1,
        max_size=8,
    ),
    st.integers(0, 100),
    st.sampled_from(list(PriceMode)),
)
def test_totals_always_reconcile(
    lines: list[tuple[int, int, int, int]], doc_pct: int, mode: PriceMode
) -> None:
    inputs = [
        SaleLineInput(
            uuid4(), Decimal(q), Decimal(p) / 100, Decimal(r), "x", Discount(percent=Decimal(d))
        )
        for q, p, r, d in lines
    ]
    totals = compute_sale(inputs, "TND", mode, Discount(percent=Decimal(doc_pct)))
    zero = Money.zero("TND")
    assert totals.base + totals.vat == totals.gross
    assert sum((ln.gross for ln in totals.lines), zero) == totals.gross
    assert sum((r.vat for r in totals.by_rate), zero) == totals.vat
    assert all(not ln.amount.is_negative() for ln in totals.lines)


def test_change_is_given_back_in_cash_with_the_stamp_duty_and_rounding() -> None:
    s = settle(
        DA("1234.40"), [Tender(TenderKind.CASH, DA(2000))], "DZ", date(2024, 6, 1), Decimal(5)
    )
    assert s.stamp_duty == DA(13)
    assert s.cash_due == DA(1245)  # 1,247.40 rounded to the 5 DA coin
    assert s.cash_rounding == DA("-2.40")
    assert s.change_due == DA(755)


def test_a_split_tender_pays_stamp_duty_only_on_cash() -> None:
    s = settle(
        DA(10000),
        [Tender(TenderKind.CARD, DA(6000), reference="A1"), Tender(TenderKind.CASH, DA(5000))],
        "DZ",
        date(2024, 6, 1),
    )
    assert s.stamp_duty == DA(40)
    assert s.change_due == DA(960)


def test_foreign_notes_are_cash_only() -> None:
    with pytest.raises(ErpError) as err:
        settle(
            DA(100),
            [Tender(TenderKind.CARD, Money.of(1, "EUR"), Decimal(150))],
            "DZ",
            date(2026, 1, 1),
        )
    assert err.value.code == "sales.foreign_tender_not_cash"


@pytest.mark.parametrize(
    ("line", "code"),
    [
        (SaleLineInput(uuid4(), Decimal(-1), Decimal(10), Decimal(19)), "sales.invalid_line"),
        (SaleLineInput(uuid4(), Decimal(1), Decimal(10), Decimal(100)), "sales.invalid_line"),
    ],
)
def test_bad_lines_are_refused(line: SaleLineInput, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        compute_sale([line], "DZD")
    assert err.value.code == code


def test_a_discount_over_100_percent_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        Discount(percent=Decimal(101))
    assert err.value.code == "sales.invalid_discount"
