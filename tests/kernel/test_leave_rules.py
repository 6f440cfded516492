"""Each country's leave law and public holidays, as the data states them with their sources.

Algeria (loi 90-11 art. 39-41): 2.5 working days a month of work, at most 30 a year, the
leave year from 1 July. Morocco (Code du travail art. 231-232): 1.5 working days a month,
plus 1.5 days for each five years of service, at most 30. Tunisia (Code du travail art.
113): one day a month, at most 12 working days. Maternity: 14 weeks in Algeria and Morocco
(loi 83-11 art. 29; Code du travail art. 152), 30 days in Tunisia (art. 64).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.hr.leave import holidays_between, leave_rules, months_of_service


def test_algeria_earns_two_and_a_half_days_a_month_from_the_first_of_july() -> None:
    dz = leave_rules("DZ")
    assert dz.leave_year(date(2026, 3, 10)) == (date(2025, 7, 1), date(2026, 6, 30))
    assert dz.accrued("annual", date(2020, 1, 1), date(2026, 3, 10)) == Decimal(20)
    assert dz.accrued("annual", date(2020, 1, 1), date(2026, 6, 30)) == Decimal(30)
    # hired on 15 January: one whole month on 14 February
    assert dz.accrued("annual", date(2026, 1, 15), date(2026, 2, 14)) == Decimal("2.5")
    assert "art. 39 à 41" in dz.rule("annual", date(2026, 3, 10)).source


def test_morocco_adds_a_day_and_a_half_for_each_five_years_of_service() -> None:
    ma = leave_rules("MA")
    assert ma.accrued("annual", date(2026, 1, 1), date(2026, 12, 31)) == Decimal(18)
    assert ma.accrued("annual", date(2010, 1, 1), date(2026, 12, 31)) == Decimal("22.5")
    assert "art. 231" in ma.rule("annual", date(2026, 1, 1)).source


def test_tunisia_gives_a_day_a_month_up_to_twelve() -> None:
    tn = leave_rules("TN")
    assert tn.accrued("annual", date(2020, 1, 1), date(2026, 12, 31)) == Decimal(12)
    assert tn.rule("maternity", date(2026, 1, 1)).max_days == 30


def test_annual_leave_counts_working_days_and_skips_the_weekly_rest_and_the_eid() -> None:
    # 15 to 26 March 2026 in Algeria: twelve days, less Friday the 20th (weekly rest and
    # the first day of Aïd el-Fitr, computed) and Saturday the 21st (its second day)
    assert leave_rules("DZ").count_days("annual", date(2026, 3, 15), date(2026, 3, 26)) == 10
    # the same days in Morocco: Sundays 15 and 22 off, and the two days of the Aïd
    assert leave_rules("MA").count_days("annual", date(2026, 3, 15), date(2026, 3, 26)) == 8
    # sick leave counts calendar days
    assert leave_rules("DZ").count_days("sick", date(2026, 3, 15), date(2026, 3, 26)) == 12


def test_public_holidays_of_each_country_include_the_lunar_ones_marked_as_computed() -> None:
    dz = holidays_between("DZ", date(2026, 1, 1), date(2026, 12, 31))
    assert dz[date(2026, 1, 12)].name_fr == "Yennayer"
    assert dz[date(2026, 7, 5)].confirmed and not dz[date(2026, 7, 5)].lunar
    assert dz[date(2026, 5, 27)].name_ar == "عيد الأضحى" and not dz[date(2026, 5, 27)].confirmed
    assert date(2026, 8, 25) in dz  # Mawlid
    ma = holidays_between("MA", date(2026, 1, 1), date(2026, 12, 31))
    assert {date(2026, 1, 14), date(2026, 7, 30), date(2026, 11, 18)} <= set(ma)
    assert date(2026, 8, 26) in ma  # Morocco keeps two days of Mawlid
    assert date(2023, 1, 14) not in holidays_between("MA", date(2023, 1, 1), date(2023, 12, 31))
    tn = holidays_between("TN", date(2020, 1, 1), date(2026, 12, 31))
    assert date(2021, 1, 14) in tn and date(2022, 1, 14) not in tn
    assert date(2022, 12, 17) in tn


def test_whole_months_of_service() -> None:
    assert months_of_service(date(2025, 7, 1), date(2025, 7, 31)) == 1
    assert months_of_service(date(2025, 7, 1), date(2025, 7, 30)) == 0
    assert months_of_service(date(2026, 1, 31), date(2026, 2, 27)) == 0


def test_a_kind_the_law_does_not_know_is_refused() -> None:
    with pytest.raises(ErpError) as unknown:
        leave_rules("TN").rule("sabbatical", date(2026, 1, 1))
    assert unknown.value.code == "hr.leave_kind_unknown"
