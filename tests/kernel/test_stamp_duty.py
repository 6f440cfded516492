"""Algerian stamp duty on cash payments (both eras) and Tunisia's fixed duty per invoice."""

from datetime import date

import pytest

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.tax import stamp_duty


def DA(x: object) -> Money:
    return Money.of(x, "DZD")


def duty(amount: object, on: date, cash: object | None = None) -> Money:
    return stamp_duty("DZ", on, DA(amount), DA(amount if cash is None else cash)).duty


def test_a_cash_sale_of_33970_da_dated_2024_06_01_carries_340_da() -> None:
    assert duty(33970, date(2024, 6, 1)) == DA(340)


def test_the_same_sale_dated_2025_06_01_carries_510_da_under_the_2025_finance_law() -> None:
    # 30,000 < 33,970 <= 100,000: 1.5 DA per started 100 DA over the whole amount (340 x 1.5)
    assert duty(33970, date(2025, 6, 1)) == DA(510)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (100, 5),
        (250, 5),
        (501, 6),
        (30000, 300),
        (30001, "451.50"),
        (100000, 1500),
        (100001, 2002),
        (2_000_000, 40000),
    ],
)
def test_the_2025_scale(amount: int, expected: object) -> None:
    if amount <= 300:
        assert duty(amount, date(2025, 1, 1)) == DA(0)
    else:
        assert duty(amount, date(2025, 1, 1)) == DA(expected)


def test_before_2025_the_duty_has_a_floor_of_5_da_and_a_cap_of_10000_da() -> None:
    assert duty(120, date(2024, 12, 31)) == DA(5)
    assert duty(5_000_000, date(2024, 12, 31)) == DA(10000)


def test_only_the_cash_part_of_a_split_payment_bears_the_duty() -> None:
    assert duty(33970, date(2024, 6, 1), cash=10000) == DA(100)
    assert duty(33970, date(2024, 6, 1), cash=0) == DA(0)


def test_tunisia_charges_one_dinar_per_invoice_since_2023_and_600_millimes_before() -> None:
    amount = Money.of("57.300", "TND")
    assert stamp_duty("TN", date(2023, 1, 1), amount, amount).duty == Money.of("1.000", "TND")
    assert stamp_duty("TN", date(2022, 12, 31), amount, amount).duty == Money.of("0.600", "TND")


def test_morocco_has_no_duty_on_retail_invoices() -> None:
    amount = Money.of(1000, "MAD")
    assert stamp_duty("MA", date(2026, 1, 1), amount, amount).duty == Money.of(0, "MAD")


def test_each_rule_cites_its_legal_source() -> None:
    rule = stamp_duty("DZ", date(2025, 2, 1), DA(1000), DA(1000)).rule
    assert "loi de finances pour 2025" in rule.source


def test_a_negative_base_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        duty(-5, date(2025, 1, 1))
    assert err.value.code == "tax.negative_stamp_base"
