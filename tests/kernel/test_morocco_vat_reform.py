"""Morocco's VAT reform (finance law for 2024, law 55-23): the rate of each product class the
reform names, on a document dated before and after each of its steps.

Sources: the law's article 6 as explained by the DGI (note circulaire n° 734); the table
"Revision of value-added tax (VAT) rates" of PwC Worldwide Tax Summaries, Morocco, Corporate -
significant developments (reviewed 26 July 2024), which gives, for 2023 / 2024 / 2025 / 2026:
electricity 14 / 16 / 18 / 20; electricity from renewable energies 14 / 12 / 10; urban
transport and road transport of passengers and goods 14 / 13 / 12 / 10; other passenger and
freight transport 14 / 16 / 18 / 20; services of insurance canvassers and brokers 14 / 12 /
10; economy cars 7 / 10; water for public networks, sewerage and meter rental other than for
domestic use 7 / 10; refined sugar 7 / 8 / 9 / 10. Electricity meter rental 7 / 11 / 15 / 20:
Lydec's note to its customers of January 2024 (reported by Le Matin) and Mondaq's summary of
the finance law 2024. Exempt from 2024-01-01 (PwC; wintime.ma): water for domestic use with
its sanitation and meter rental, pharmaceutical products (with the right to deduct), school
supplies, butter from animal milk, canned sardines, milk powder and household soap.
"""

from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise
from uuid import uuid4

import pytest

from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import SaleLineInput, compute_sale
from erp_desktop.kernel.tax import PriceMode, default_catalog

# class -> (rate until 2023-12-31, [(first day of a step, rate from that day)])
REFORM: dict[str, tuple[int, list[tuple[date, int]]]] = {
    "electricity": (14, [(date(2024, 1, 1), 16), (date(2025, 1, 1), 18), (date(2026, 1, 1), 20)]),
    "electricity_meter_rental": (
        7,
        [(date(2024, 1, 1), 11), (date(2025, 1, 1), 15), (date(2026, 1, 1), 20)],
    ),
    "electricity_renewable": (14, [(date(2024, 1, 1), 12), (date(2025, 1, 1), 10)]),
    "transport_urban_road": (
        14,
        [(date(2024, 1, 1), 13), (date(2025, 1, 1), 12), (date(2026, 1, 1), 10)],
    ),
    "transport_other": (
        14,
        [(date(2024, 1, 1), 16), (date(2025, 1, 1), 18), (date(2026, 1, 1), 20)],
    ),
    "insurance_brokerage": (14, [(date(2024, 1, 1), 12), (date(2025, 1, 1), 10)]),
    "economy_car": (7, [(date(2024, 1, 1), 10)]),
    "water_supply": (7, [(date(2024, 1, 1), 10)]),
    "water_supply_domestic": (7, [(date(2024, 1, 1), 0)]),
    "refined_sugar": (7, [(date(2024, 1, 1), 8), (date(2025, 1, 1), 9), (date(2026, 1, 1), 10)]),
    "pharmaceutical": (7, [(date(2024, 1, 1), 0)]),
    "school_supplies": (7, [(date(2024, 1, 1), 0)]),
    "butter": (14, [(date(2024, 1, 1), 0)]),
    "canned_sardines": (7, [(date(2024, 1, 1), 0)]),
    "milk_powder": (7, [(date(2024, 1, 1), 0)]),
    "household_soap": (7, [(date(2024, 1, 1), 0)]),
}

CASES = [
    (tax_class, step_day, before, after)
    for tax_class, (first, steps) in REFORM.items()
    for (step_day, after), before in zip(
        steps, [first, *[rate for _, rate in steps[:-1]]], strict=True
    )
]


def rate(tax_class: str, on: date) -> Decimal:
    return default_catalog().vat_rate("MA", tax_class, on).rate


@pytest.mark.parametrize(("tax_class", "step_day", "before", "after"), CASES)
def test_a_document_gets_the_rate_in_force_on_its_date(
    tax_class: str, step_day: date, before: int, after: int
) -> None:
    assert rate(tax_class, step_day - timedelta(days=1)) == before
    assert rate(tax_class, step_day) == after
    assert rate(tax_class, date(step_day.year, 12, 31)) == after


@pytest.mark.parametrize("tax_class", sorted(REFORM))
def test_each_reformed_class_cites_the_finance_law_for_2024(tax_class: str) -> None:
    in_2026 = default_catalog().vat_rate("MA", tax_class, date(2026, 6, 1))
    assert "55-23" in in_2026.source
    before = default_catalog().vat_rate("MA", tax_class, date(2023, 6, 1))
    assert "art. 99" in before.source


def test_the_reform_ends_in_2026_with_the_two_rates_it_aimed_for() -> None:
    final = {rate(c, date(2026, 1, 1)) for c in REFORM}
    assert final == {Decimal(20), Decimal(10), Decimal(0)}


def test_an_electricity_bill_of_1000_mad_before_vat_bears_the_rate_of_its_year() -> None:
    # The same 1,000 MAD consumption: 140 MAD of VAT in 2023, 160 in 2024, 180 in 2025,
    # 200 in 2026.
    vat = []
    for year in (2023, 2024, 2025, 2026):
        line = SaleLineInput(
            uuid4(), Decimal(1), Decimal(1000), rate("electricity", date(year, 3, 1))
        )
        vat.append(compute_sale([line], "MAD", PriceMode.TAX_EXCLUDED).vat)
    assert vat == [Money.of(v, "MAD") for v in (140, 160, 180, 200)]


def test_the_classes_of_before_the_reform_keep_working() -> None:
    for tax_class, expected in (
        ("standard", 20),
        ("reduced_14", 14),
        ("reduced_10", 10),
        ("reduced_7", 7),
        ("exempt", 0),
    ):
        assert rate(tax_class, date(2023, 6, 1)) == expected
        assert rate(tax_class, date(2026, 6, 1)) == expected


@pytest.mark.parametrize("country", ["DZ", "MA", "TN"])
def test_no_class_has_two_rates_on_one_day(country: str) -> None:
    by_class: dict[str, list[tuple[date, date | None]]] = {}
    for r in default_catalog().vat_history(country):
        by_class.setdefault(r.tax_class, []).append((r.valid_from, r.valid_to))
    for spans in by_class.values():
        spans.sort()
        for (_, end), (start, _) in pairwise(spans):
            assert end is not None and end + timedelta(days=1) == start  # no gap, no overlap
