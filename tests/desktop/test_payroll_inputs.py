"""The month's inputs read from HR's records and the branches' attendance: the terms in
force, allowances and family situation from the records, overtime clocked at the branch,
a shift day neither clocked nor on approved leave taken off as an absence, a record payroll cannot
use named with its employee."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from erp_desktop.app.payroll.inputs import Adjustment
from erp_desktop.app.payroll.runs import post_payroll_run, prepare_month_run
from erp_desktop.kernel.hr.attendance import Attendance, Shift
from erp_desktop.kernel.hr.leave import LeaveRequest, LeaveStatus
from erp_desktop.kernel.hr.records import ContractKind, Employee, EmploymentContract
from erp_desktop.kernel.ids import new_id
from tests.builders import Branch
from tests.desktop.payroll_office import DA, build_office, hire

FEBRUARY = date(2026, 2, 1)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Branch]:
    built = build_office(tmp_path)
    yield built
    built.replica.close()


def day_shift(office: Branch) -> Shift:
    shift = Shift(new_id(), "J", "Journée", "نهار", time(8), time(17), 60, "012356")  # not Friday
    with office.deps.store.transaction(None) as tx:
        tx.attendance.save_shift(shift, office.deps.now())
    return shift


def clock_month(
    office: Branch, staff_id: object, skip: set[date], overtime: dict[date, int]
) -> None:
    with office.deps.store.transaction(None) as tx:
        day = FEBRUARY
        while day.month == 2:
            if day.weekday() != 4 and day not in skip:
                extra = overtime.get(day, 0)
                start = datetime.combine(day, time(7), UTC)
                tx.attendance.record_clock_in(
                    Attendance(
                        new_id(),
                        office.branch_id,
                        staff_id,  # type: ignore[arg-type]
                        day,
                        start,
                        start + timedelta(minutes=540 + extra),
                        480,
                        0,
                        extra,
                        480 + extra,
                    ),
                    office.deps.now(),
                )
            day += timedelta(days=1)


def test_overtime_clocked_and_an_unexcused_day_off_reach_the_payslip(office: Branch) -> None:
    shift = day_shift(office)
    karim = hire(
        office,
        "E0001",
        ("Karim", "Benali", "كريم", "بن علي"),
        4_325_000,  # 43,250 DA: 250 DA an hour over 173 h
        office.branch_id,
        shift_id=shift.id,
    )
    samira = hire(
        office,
        "E0002",
        ("Samira", "Haddad", "سميرة", "حداد"),
        5_000_000,
        office.branch_id,
        allowances=(("transport", 300_000),),
        dependants=2,
    )
    leave, absent = date(2026, 2, 9), date(2026, 2, 10)
    clock_month(office, karim, {leave, absent}, {date(2026, 2, 12): 120})
    with office.deps.store.transaction(None) as tx:  # a day of annual leave, approved
        tx.leave.save_leave_request(
            LeaveRequest(
                new_id(),
                office.branch_id,
                karim,
                "annual",
                leave,
                leave,
                1,
                LeaveStatus.APPROVED,
                "",
                None,
                office.deps.now(),
            ),
            office.deps.now(),
        )
    prepared = prepare_month_run(
        office.deps,
        office.actor("hr"),
        FEBRUARY,
        adjustments={samira: Adjustment(advances=(DA(4000),))},
    )
    assert prepared.refusals == () and prepared.run is not None
    slip = prepared.run.payslip_of(karim)
    assert slip is not None
    assert slip.payslip.amount("absence") == DA(2000)  # 8 h x 250 DA
    assert slip.payslip.amount("overtime_standard") == DA(750)  # 2 h x 250 x 1.5
    assert slip.hours == Decimal(165) and slip.overtime_hours == Decimal(2)
    other = prepared.run.payslip_of(samira)
    assert other is not None
    assert other.payslip.amount("allowance_transport") == DA(3000)
    assert other.payslip.advances == DA(4000)
    assert other.name == "Haddad Samira" and other.social_number == "SS-E0002"
    posted = post_payroll_run(office.deps, office.actor("hr"), prepared)
    assert posted.run.number == "PAY-2026-02"


def test_a_contract_without_terms_is_named_and_nobody_is_paid(office: Branch) -> None:
    hire(office, "E0001", ("Karim", "Benali", "كريم", "بن علي"), 4_000_000, office.branch_id)
    orphan = Employee(
        new_id(),
        "E0009",
        "Nadia",
        "Saidi",
        "نادية",
        "سعيدي",
        "DZ",
        office.branch_id,
        "Caissière",
        "أمينة صندوق",
        date(2025, 1, 1),
    )
    with office.deps.store.transaction(None) as tx:
        tx.hr.save_employee(orphan, office.deps.now())
        tx.hr.save_contract(
            EmploymentContract(
                new_id(), orphan.id, "C-9", ContractKind.CDI, date(2025, 1, 1), "DZD"
            ),
            office.deps.now(),
        )
    prepared = prepare_month_run(office.deps, office.actor("hr"), FEBRUARY)
    assert prepared.run is None
    assert [(r.name, r.error.code) for r in prepared.refusals] == [
        ("Saidi Nadia", "payroll.no_contract_terms")
    ]


def test_a_hire_on_the_15th_of_february_is_paid_half_the_month(office: Branch) -> None:
    # 28 days, 14 of them before the contract: 173 h x 14 / 28 = 86.50 h off
    hired = hire(
        office,
        "E0003",
        ("Yacine", "Mansouri", "ياسين", "منصوري"),
        4_000_000,
        office.branch_id,
        hired=date(2026, 2, 15),
    )
    prepared = prepare_month_run(office.deps, office.actor("hr"), FEBRUARY)
    assert prepared.run is not None
    slip = prepared.run.payslip_of(hired)
    assert slip is not None
    assert slip.hours == Decimal("86.50")
    assert slip.payslip.gross == DA(20000)
