"""Algeria: CNAS 9 % withheld, IRG on salaries by the barème of the finance law for 2022
(CIDTA art. 104), checked against the DGI's barème of January 2022.

Published figures: the DGI's barème as reported by APS, « Loi de finances 2022 : les salaires
en hausse dès janvier », algeriepatriotique.com, 5 January 2022: a monthly taxable salary of
40,000 DA bears 3,100 DA of IRG, 50,000 DA 5,800 DA, 60,000 DA 8,500 DA, 70,000 DA 11,200 DA;
and djazairess.com (Liberté), « nouveau barème de l'IRG »: nothing up to 30,000 DA a month.
The barème itself as the DGI published it on its site on 4 January 2022: Liberté,
https://djazairess.com/fr/liberte/471068 (January 2022), algerie360.com, « Salaires : la
DGI dévoile le nouveau barème de l'IRG » (4 January 2022,
https://algerie360.com/salaires-la-dgi-devoile-le-nouveau-bareme-de-lirg), L'Expression,
« Des hausses de 12 000 à 18 000 DA » (https://www.lexpression.dz/nationale/des-hausses-de-12000-a-18000-da-352225).
The APS figures were read in algeriepatriotique.com's copy, whose address was not kept; the
DGI's own page (dgi.gov.dz) was not reachable from here. These are press reports of the
DGI's barème, not the DGI's own worked payslips.
The gross -> net examples below build a gross whose taxable salary is one of those figures
(the CNAS share at its statutory 9 %; transport and meal allowances are taxable but outside
the contributory base), so the net follows from the published tax to the centime.
"""

from datetime import date
from decimal import Decimal

import pytest

from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll import (
    Allowance,
    Contract,
    PayInput,
    allowance_of_kind,
    compute_payslip,
)

MARCH_2025 = date(2025, 3, 1)


def DA(x: object) -> Money:
    return Money.of(x, "DZD")


def contract(base: object) -> Contract:
    return Contract(date(2000, 1, 1), None, DA(base), Decimal("173.33"))


def outside_cnas(amount: object) -> Allowance:
    """A transport allowance: taxable, outside the CNAS base (the data file's rule)."""
    return allowance_of_kind("DZ", MARCH_2025, "transport", DA(amount))


def test_a_base_of_40000_da_with_3600_da_of_transport_nets_36900_da() -> None:
    # CNAS 9 % of 40,000 = 3,600; taxable 40,000 + 3,600 - 3,600 = 40,000 -> IRG 3,100 (DGI)
    slip = compute_payslip(PayInput("DZ", MARCH_2025, contract(40000), (outside_cnas(3600),)))
    assert slip.gross == DA(43600)
    assert slip.amount("cnas_employee") == DA(3600)
    assert slip.taxable == DA(40000)
    assert slip.income_tax == DA(3100)
    assert slip.net_to_pay == DA(36900)


def test_a_base_of_50000_da_with_4500_da_of_allowances_nets_44200_da() -> None:
    # CNAS 4,500; taxable 50,000 -> IRG 5,800 (DGI); net 54,500 - 4,500 - 5,800
    slip = compute_payslip(PayInput("DZ", MARCH_2025, contract(50000), (outside_cnas(4500),)))
    assert slip.income_tax == DA(5800)
    assert slip.net_to_pay == DA(44200)


@pytest.mark.parametrize(
    ("taxable", "irg"), [(40000, 3100), (50000, 5800), (60000, 8500), (70000, 11200)]
)
def test_the_dgi_2022_barème_figures(taxable: int, irg: int) -> None:
    # a gross made only of taxable, non-contributory pay isolates the barème
    slip = compute_payslip(PayInput("DZ", MARCH_2025, contract(0), (outside_cnas(taxable),)))
    assert slip.income_tax == DA(irg)


def test_a_taxable_salary_of_30000_da_is_exempt() -> None:
    slip = compute_payslip(PayInput("DZ", MARCH_2025, contract(0), (outside_cnas(30000),)))
    assert slip.income_tax == DA(0)


def test_between_30000_and_35000_da_the_smoothing_formula_of_lf_2022_applies() -> None:
    # 34,000: barème 3,220, abatement 40 % = 1,288 -> 1,932; x 137/51 - 27,925/8 = 1,699.26
    slip = compute_payslip(PayInput("DZ", MARCH_2025, contract(0), (outside_cnas(34000),)))
    assert slip.income_tax == DA("1699.26")
    # and it joins the barème at 35,000 DA (2,070 DA) without a jump
    at_35000 = compute_payslip(PayInput("DZ", MARCH_2025, contract(0), (outside_cnas(35000),)))
    assert at_35000.income_tax == DA(2070)


def test_the_taxable_amount_is_taken_to_the_lower_ten_dinars() -> None:
    slip = compute_payslip(PayInput("DZ", MARCH_2025, contract(0), (outside_cnas("40009.99"),)))
    assert slip.amount("taxable_rounded") == DA(40000)
    assert slip.income_tax == DA(3100)


def test_the_employer_bears_25_percent_plus_half_a_percent_for_social_housing() -> None:
    slip = compute_payslip(PayInput("DZ", MARCH_2025, contract(40000)))
    assert slip.amount("cnas_employer") == DA(10000)
    assert slip.amount("fnpos_employer") == DA(200)
    assert slip.amount("employer_cost") == DA(50200)


def test_overtime_is_paid_with_the_50_percent_majoration_of_law_90_11() -> None:
    from erp_desktop.kernel.payroll import OvertimeHours

    slip = compute_payslip(
        PayInput(
            "DZ",
            MARCH_2025,
            Contract(date(2023, 1, 1), None, DA(34666), Decimal("173.33")),
            overtime=(OvertimeHours("standard", Decimal(10)),),
        )
    )
    # 34,666 / 173.33 = 200 DA an hour, x 1.5 x 10 h
    assert slip.amount("overtime_standard") == DA(3000)


def irg(taxable: int, on: date) -> Money:
    slip = compute_payslip(PayInput("DZ", on, contract(0), (outside_cnas(taxable),)))
    return slip.income_tax


DECEMBER_2021 = date(2021, 12, 1)
JANUARY_2022 = date(2022, 1, 1)


@pytest.mark.parametrize(
    ("taxable", "before", "after"),
    [(40000, 5500, 3100), (50000, 8500, 5800), (60000, 11500, 8500), (70000, 14500, 11200)],
)
def test_the_2022_barème_lowers_the_irg_as_the_dgi_published(
    taxable: int, before: int, after: int
) -> None:
    # APS, 5 January 2022: the IRG of each monthly taxable salary, old barème then new
    assert irg(taxable, DECEMBER_2021) == DA(before)
    assert irg(taxable, JANUARY_2022) == DA(after)


@pytest.mark.parametrize(
    ("taxable", "saving"), [(100000, 3600), (130000, 4100), (150000, 5100), (1000000, 8800)]
)
def test_the_savings_the_dgi_published_for_higher_salaries(taxable: int, saving: int) -> None:
    # APS, 5 January 2022: 3,600 DA from 80,000 to 120,000 DA, 4,100 at 130,000,
    # 5,100 at 150,000, 8,800 at "100 millions de centimes"
    assert irg(taxable, DECEMBER_2021) - irg(taxable, JANUARY_2022) == DA(saving)


def test_a_salary_of_42500_da_gains_2475_da_and_one_of_34000_da_about_1500_da() -> None:
    # Le Soir d'Algérie as reported by dzairdaily.com, 7 January 2022. At 34,000 DA both
    # years fall in the smoothing band: 3,200.00 (x 8/3 - 20,000/3) then 1,699.26
    # (x 137/51 - 27,925/8), a gain of 1,500.74 DA: the smoothing formulas of LFC 2020 and
    # LF 2022 are what makes it about 1,500 (without the 2022 one it would be 1,268 DA).
    assert irg(42500, DECEMBER_2021) - irg(42500, JANUARY_2022) == DA(2475)
    assert irg(34000, DECEMBER_2021) == DA(3200)
    assert irg(34000, DECEMBER_2021) - irg(34000, JANUARY_2022) == DA("1500.74")
