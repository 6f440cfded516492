"""Morocco: CNSS (capped at 6,000 MAD a month), AMO, professional expenses (CGI art. 59)
and the IR barème as revised by the finance law for 2025 (CGI art. 73), family reduction
500 MAD a dependant (art. 74).

Published figures: Hdid Consultants' simulations of the 2025 barème, reported in
« Révision du barème de l'IR » (fr.walaw.press, October 2024), news.dayfr.com and
infomagazine.ma (October 2024): on a monthly net taxable salary of 5,000 MAD the tax falls
from 333.33 to 166.67 MAD; between 8,333 and 15,000 MAD the saving is 400 MAD a month; at
20,000 MAD it is 450 MAD. The gross -> net examples apply the contributions at the CNSS's
statutory rates (4.48 % under the ceiling, the loss-of-job 0.19 % included; AMO 2.26 %),
computed by hand in the comments; they are our reading, not a published payslip. The
employer's charges are checked against the worked payroll of the ISTA Berkane course
« M201 : Pratique de la paie » (OFPPT, 2023).
"""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll import (
    Contract,
    FamilySituation,
    OvertimeHours,
    PayInput,
    Payslip,
    compute_payslip,
    default_payroll_catalog,
)
from erp_desktop.kernel.payroll.taxes import ma_ir


def DH(x: object) -> Money:
    return Money.of(x, "MAD")


def ir_on_net_taxable(net_taxable: str, on: date, dependants: int = 0) -> Decimal:
    """The IR of a month's net taxable salary (after professional expenses)."""
    rule = default_payroll_catalog().rules("MA", on).income_tax
    bare = replace(rule, professional_expenses=None)
    return ma_ir(
        Decimal(net_taxable), Decimal(net_taxable), bare, FamilySituation(dependants), None, "MAD"
    ).tax


def test_a_net_taxable_salary_of_5000_mad_bears_166_67_mad_from_2025_and_333_33_before() -> None:
    assert ir_on_net_taxable("5000", date(2025, 1, 1)) == Decimal("166.67")
    assert ir_on_net_taxable("5000", date(2024, 12, 1)) == Decimal("333.33")


@pytest.mark.parametrize(
    ("net_taxable", "saving"), [("10000", "400"), ("15000", "400"), ("20000", "450")]
)
def test_the_2025_barème_saves_what_hdid_consultants_published(
    net_taxable: str, saving: str
) -> None:
    before = ir_on_net_taxable(net_taxable, date(2024, 6, 1))
    after = ir_on_net_taxable(net_taxable, date(2025, 6, 1))
    assert before - after == Decimal(saving)


def test_up_to_40000_mad_a_year_is_exempt_from_2025() -> None:
    # 40,000 MAD a year: the first bracket of the 2025 barème
    assert ir_on_net_taxable("3333.33", date(2025, 3, 1)) == Decimal(0)


def test_family_reduction_is_500_mad_a_dependant_capped_at_six() -> None:
    alone = ir_on_net_taxable("10000", date(2025, 3, 1))
    # 1,000 MAD a year off the tax: 18,800 -> 17,800, each twelfth rounded (1,566.67 - 1,483.33)
    assert alone - ir_on_net_taxable("10000", date(2025, 3, 1), dependants=2) == Decimal("83.34")
    assert alone - ir_on_net_taxable("10000", date(2025, 3, 1), dependants=9) == Decimal(250)


def test_a_gross_of_10000_mad_nets_8903_64_mad() -> None:
    # CNSS 4.48 % of the 6,000 ceiling = 268.80 (the IPE's 0.19 % is inside it); AMO 2.26 % =
    # 226.00; professional expenses 25 % (120,000 a year > 78,000) = 2,500; net taxable
    # 7,005.20; IR = (84,062.40 on the 2025 barème = 7,218.72) / 12 = 601.56;
    # net 10,000 - 494.80 - 601.56
    slip = compute_payslip(
        PayInput("MA", date(2025, 3, 1), Contract(date(2024, 1, 1), None, DH(10000), Decimal(191)))
    )
    assert slip.amount("cnss_employee") == DH("268.80")
    assert slip.amount("amo_employee") == DH(226)
    assert slip.amount("professional_expenses") == DH(2500)
    assert slip.amount("net_taxable") == DH("7005.20")
    assert slip.income_tax == DH("601.56")
    assert slip.net_to_pay == DH("8903.64")


def test_a_gross_of_5000_mad_takes_35_percent_of_professional_expenses_and_no_tax() -> None:
    # 60,000 a year <= 78,000: 35 % = 1,750; net taxable 5,000 - 1,750 - 224 - 113 < 3,333
    slip = compute_payslip(
        PayInput("MA", date(2025, 3, 1), Contract(date(2024, 1, 1), None, DH(5000), Decimal(191)))
    )
    assert slip.amount("professional_expenses") == DH(1750)
    assert slip.income_tax == DH(0)
    assert slip.net_to_pay == DH(4663)  # 5,000 - CNSS 224.00 - AMO 113.00


def test_night_overtime_is_paid_50_percent_more_under_article_201() -> None:
    slip = compute_payslip(
        PayInput(
            "MA",
            date(2025, 3, 1),
            Contract(date(2024, 1, 1), None, DH(3820), Decimal(191)),
            overtime=(OvertimeHours("night", Decimal(4)),),
        )
    )
    assert slip.amount("overtime_night") == DH(120)  # 20 MAD an hour x 1.5 x 4


def test_the_employer_charges_of_a_four_person_payroll_match_the_ista_course() -> None:
    # ISTA Berkane, « M201 : Pratique de la paie » (2023): contributory salaries 5,000, 3,500,
    # 6,600 and 12,000 MAD (27,100 in all, 20,500 under the ceiling): family allowances
    # 27,100 x 6.4 % = 1,734.40; social benefits 20,500 x 8.98 % = 1,840.90;
    # AMO 27,100 x 4.11 % = 1,113.81
    slips = [
        compute_payslip(
            PayInput("MA", date(2025, 3, 1), Contract(date(2024, 1, 1), None, DH(g), Decimal(191)))
        )
        for g in (5000, 3500, 6600, 12000)
    ]

    def employer(code: str) -> Money:
        return sum((s.amount(code) for s in slips), DH(0))

    assert employer("family_allowances_employer") == DH("1734.40")
    assert employer("cnss_employer") == DH("1840.90")
    assert employer("amo_employer") + employer("amo_participation_employer") == DH("1113.81")
    # the course's TFP line is cut in the copy read; at 1.6 % it is 433.60
    assert employer("tfp_employer") == DH("433.60")


def test_a_gross_of_7243_34_mad_reaches_hdid_s_5000_mad_and_nets_6644_17_mad() -> None:
    # Gross -> net chained to the firm's published simulation: Hdid Consultants (Mohamed
    # Hdid, former president of the Ordre des experts-comptables), reported by lematin.ma,
    # « Voici l'impact de la révision du barème de l'IR sur les salaires », 22 October 2024
    # (https://lematin.ma/economie/voici-limpact-de-la-revision-du-bareme-de-lir-sur-les-salaires/248066)
    # and le360.ma (October 2024): a monthly net taxable salary of 5,000 MAD bears 333.33 MAD
    # before 2025 and 166.67 MAD from 2025. A reputable firm's example, not a DGI payslip
    # (none was found for 2025). The gross is the one whose net taxable is 5,000.00: CNSS
    # 4.48 % of the 6,000 ceiling = 268.80; AMO 2.26 % = 163.70; professional expenses 25 %
    # (86,920 a year > 78,000) = 1,810.84; 7,243.34 - 268.80 - 163.70 - 1,810.84 = 5,000.00;
    # net 7,243.34 - 268.80 - 163.70 - 166.67 = 6,644.17 (6,477.51 with the 2024 barème)
    def pay(on: date) -> Payslip:
        return compute_payslip(
            PayInput("MA", on, Contract(date(2024, 1, 1), None, DH("7243.34"), Decimal(191)))
        )

    slip = pay(date(2025, 3, 1))
    assert slip.amount("cnss_employee") == DH("268.80")
    assert slip.amount("amo_employee") == DH("163.70")
    assert slip.amount("professional_expenses") == DH("1810.84")
    assert slip.amount("net_taxable") == DH("5000.00")
    assert slip.income_tax == DH("166.67")
    assert slip.net_to_pay == DH("6644.17")
    before = pay(date(2024, 12, 1))
    assert before.income_tax == DH("333.33") and before.net_to_pay == DH("6477.51")


@pytest.mark.parametrize(("net_taxable", "saving"), [("30000", "550"), ("40000", "650")])
def test_the_2025_barème_saves_what_hdid_published_for_higher_salaries(
    net_taxable: str, saving: str
) -> None:
    # infomagazine.ma (https://infomagazine.ma/?p=11281) and news.dayfr.com, October 2024,
    # reporting Hdid Consultants: 550 MAD at 30,000 and 650 MAD at 40,000 a month
    before = ir_on_net_taxable(net_taxable, date(2024, 6, 1))
    after = ir_on_net_taxable(net_taxable, date(2025, 6, 1))
    assert before - after == Decimal(saving)
