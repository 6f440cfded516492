"""Tunisia: CNSS 9.18 % (RSNA) and the job-loss fund, professional expenses 10 % capped at
2,000 TND (Code de l'IRPP art. 25), family deductions (art. 40), the IRPP barème of the
finance law for 2025 (law 2024-48, art. 44 as amended) and the social solidarity
contribution (half a point, DGI note commune n° 1/2023).

Published figures: the barème as adopted, turess.com (Business News, 10 December 2024); the
CSS rule and its exemption up to 5,000 TND of annual net income, mosaiquefm.net and gnet.tn
(December 2022) and the note commune 1/2023; the saving of the 2025 barème on a taxable
30,000 TND a year (450 TND), realites.com.tn (December 2024), checked against the barème
of 2017-2024 kept as a dated row. No worked payslip for 2025 was found published
by the DGI or the CNSS: the examples below are computed by hand from those texts (the
comments show each step) and should be checked against the first official one.
"""

from datetime import date
from decimal import Decimal

from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll import (
    Contract,
    FamilySituation,
    PayInput,
    Payslip,
    compute_payslip,
    default_payroll_catalog,
)
from erp_desktop.kernel.payroll.rules import Bracket
from erp_desktop.kernel.payroll.taxes import progressive


def DT(x: object) -> Money:
    return Money.of(x, "TND")


def slip(gross: object, family: FamilySituation | None = None) -> Payslip:
    contract = Contract(date(2024, 1, 1), None, DT(gross), Decimal(208))
    return compute_payslip(
        PayInput("TN", date(2025, 3, 1), contract, family=family or FamilySituation())
    )


def test_a_head_of_family_with_two_children_earning_2000_tnd_nets_1544_727_tnd() -> None:
    # CNSS 183.600 + job loss 10.000; year 21,676.800; expenses min(2,167.680, 2,000) = 2,000;
    # family 300 + 2 x 100; base 19,176.800; IRPP 750 + 2,294.200 = 3,044.200 / 12 = 253.683;
    # CSS half a point on the whole base: 0.5 % x 19,176.800 / 12 = 7.990;
    # net 2,000 - 193.600 - 253.683 - 7.990
    payslip = slip(2000, family=FamilySituation(head_of_family=True, children=2))
    assert payslip.amount("cnss_employee") == DT("183.600")
    assert payslip.amount("tax_base_annual") == DT("19176.800")
    assert payslip.income_tax == DT("253.683")
    assert payslip.solidarity == DT("7.990")
    assert payslip.net_to_pay == DT("1544.727")


def test_a_salary_under_5000_tnd_a_year_bears_neither_irpp_nor_css() -> None:
    # 450 TND a month: 5,400 - 522.72 CNSS = 4,877.28; less 10 % = 4,389.55 <= 5,000
    payslip = slip(450)
    assert payslip.income_tax == DT(0)
    assert payslip.solidarity == DT(0)


def test_the_2025_barème_has_eight_brackets_up_to_40_percent() -> None:
    brackets = [
        Bracket(Decimal(a), Decimal(r))
        for a, r in [
            (0, 0),
            (5000, 15),
            (10000, 25),
            (20000, 30),
            (30000, 33),
            (40000, 36),
            (50000, 38),
            (70000, 40),
        ]
    ]
    # 100,000 TND: 750 + 2,500 + 3,000 + 3,300 + 3,600 + 7,600 + 12,000
    assert progressive(Decimal(100000), brackets) == Decimal(32750)


def test_professional_expenses_stop_at_2000_tnd_a_year() -> None:
    payslip = slip(5000)
    assert payslip.amount("professional_expenses") == DT("166.667")


def test_the_css_is_half_a_percent_of_the_whole_annual_base_above_5000_tnd() -> None:
    # 1,000 TND a month, no family: 12,000 - 1,161.60 CNSS = 10,838.40; less 10 % =
    # 9,754.560; CSS 0.5 % = 48.773 a year, 4.064 a month
    payslip = slip(1000)
    assert payslip.amount("tax_base_annual") == DT("9754.560")
    assert payslip.solidarity == DT("4.064")


def test_a_taxable_30000_tnd_a_year_pays_450_tnd_less_from_2025_as_realites_published() -> None:
    # realites.com.tn (« Un nouveau barème fiscal en Tunisie : qui y gagne, qui y perd »,
    # December 2024): "un contribuable gagnant 30 mille dinars par an paiera environ 450
    # dinars de moins". Old barème: 15,000 x 26 % + 10,000 x 28 % = 6,700; new: 750 + 2,500
    # + 3,000 = 6,250 TND.
    catalog = default_payroll_catalog()
    before = catalog.rules("TN", date(2024, 6, 1)).income_tax.brackets
    after = catalog.rules("TN", date(2025, 6, 1)).income_tax.brackets
    assert progressive(Decimal(30000), before) == Decimal(6700)
    assert progressive(Decimal(30000), after) == Decimal(6250)


def test_a_month_of_2024_is_withheld_on_the_barème_of_2017_to_2024() -> None:
    # 2,000 TND a month in December 2024, head of family, two children: CNSS 183.600 (no
    # job-loss fund before 2025); year 21,796.800 less 2,000 expenses and 500 family =
    # 19,296.800; IRPP (19,296.800 - 5,000) x 26 % = 3,717.168 a year, 309.764 a month
    contract = Contract(date(2024, 1, 1), None, DT(2000), Decimal(208))
    payslip = compute_payslip(
        PayInput(
            "TN",
            date(2024, 12, 1),
            contract,
            family=FamilySituation(head_of_family=True, children=2),
        )
    )
    assert payslip.amount("cnss_employee") == DT("183.600")
    assert payslip.amount("tax_base_annual") == DT("19296.800")
    assert payslip.income_tax == DT("309.764")


def test_a_gross_of_2952_460_tnd_reaches_realites_30000_tnd_base_and_nets_2133_330_tnd() -> None:
    # Gross -> net chained to the published example of realites.com.tn, « Un nouveau barème
    # fiscal en Tunisie : qui y gagne, qui y perd » (December 2024,
    # https://realites.com.tn/fr/un-nouveau-bareme-fiscal-en-tunisie-qui-y-gagne-qui-y-perd),
    # also in leconomistemaghrebin.com, 16 October 2024: a taxable 30,000 TND a year pays
    # about 450 TND less. A reputable press example, not an administration's payslip (none
    # was found for 2025). The gross is the one whose base comes to 30,000 TND to the dinar:
    # CNSS 9.18 % = 271.036, job-loss fund 0.5 % = 14.762, taxable 2,666.662; professional
    # expenses 10 % (3,199.99 a year) capped at 2,000 = 166.667 a month; base 12 x 2,666.662
    # - 2,000.004 = 29,999.940 -> 29,999.944 as the kernel keeps the month's figures; IRPP
    # 2025 750 + 2,500 + 2,999.983 = 6,249.983 a year = 520.832 a month; CSS 0.5 % of the
    # base = 12.500; net 2,952.460 - 285.798 - 520.832 - 12.500 = 2,133.330
    payslip = slip("2952.460")
    assert payslip.amount("cnss_employee") == DT("271.036")
    assert payslip.amount("job_loss_employee") == DT("14.762")
    assert payslip.amount("professional_expenses") == DT("166.667")
    assert payslip.amount("tax_base_annual") == DT("29999.944")
    assert payslip.income_tax == DT("520.832")
    assert payslip.solidarity == DT("12.500")
    assert payslip.net_to_pay == DT("2133.330")
    # the same base on the 2017-2024 barème: 6,699.984 a year, 558.332 a month: 37.500 a
    # month, the 450 TND a year realites.com.tn published
    before = default_payroll_catalog().rules("TN", date(2024, 6, 1)).income_tax.brackets
    old = (progressive(Decimal("29999.944"), before) / 12).quantize(Decimal("0.001"))
    assert old - payslip.income_tax.amount == Decimal("37.500")
