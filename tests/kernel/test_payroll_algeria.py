"""Algeria: CNAS 9 % withheld, IRG on salaries by the barème of the finance law for 2022
(CIDTA art. 104), checked against the DGI's barème of January 2022.

Published figures: the DGI's barème as reported by APS, « Loi de finances 2022 : les salaires
en hausse dès janvier », algeriepatriotique.com, 5 January 2022: a monthly taxable salary of
40,000 DA bears 3,100 DA of IRG, 50,000 DA 5,800 DA, 60,000 DA 8,500 DA, 70,000 DA 11,200 DA;
and djazairess.com (Liberté), « nouveau barème de l'IRG »: nothing up to 30,000 DA a month.
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
    return Contract(date(2023, 1, 1), None, DA(base), Decimal("173.33"))


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
