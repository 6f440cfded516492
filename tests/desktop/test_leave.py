"""Leave at an Algerian branch: Karim asks for annual leave at the clock with his PIN; the
manager approves it; a second request sharing a day is refused; what is left of his year
shows in the balances; payroll at head office reads the month's days and leave.

On 10 March 2026 the leave year began on 1 July 2025 (loi 90-11 art. 41): eight whole
months earned 20 working days. 15 to 26 March counts 10 (a Friday and the two days of Aïd
el-Fitr are not working days), so 10 are left; by 1 April a ninth month makes it 12.5, and
the 17 working days from 1 to 20 April are refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from erp_desktop.app.hr.attendance import clock_in, clock_out
from erp_desktop.app.hr.for_payroll import month_for_payroll
from erp_desktop.app.hr.leave import (
    LeaveForm,
    approve_leave,
    balances,
    cancel_leave,
    leave_calendar,
    refuse_leave,
    request_leave,
    request_leave_by_pin,
)
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.hr.attendance import StaffMember
from erp_desktop.kernel.hr.leave import LeaveStatus
from tests.builders import Branch
from tests.desktop.hr_world import at, branch_with_staff, queued

Shop = tuple[Branch, dict[str, StaffMember]]


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    built, members = branch_with_staff(tmp_path, {"Amina": "4321", "Karim": "8765"})
    yield built, members
    built.replica.close()


def _form(member: StaffMember, start: date, end: date, kind: str = "annual") -> LeaveForm:
    return LeaveForm(member.id, kind, start, end, "Congé")


def test_a_request_at_the_clock_approved_by_the_manager_leaves_ten_days(shop: Shop) -> None:
    branch, members = shop
    karim = members["Karim"]
    asked = request_leave_by_pin(
        branch.deps, "8765", _form(members["Amina"], date(2026, 3, 15), date(2026, 3, 26))
    ).made
    assert asked.staff_id == karim.id  # the PIN's owner, whatever the form said
    assert (asked.days, asked.status) == (10, LeaveStatus.PENDING)
    manager = branch.actor("manager")
    approved = approve_leave(branch.deps, manager, asked.id, "Bon congé").made
    assert approved.decided_by == branch.users["manager"]
    [balance] = [b for b in balances(branch.deps, manager, date(2026, 3, 10)) if b.member == karim]
    assert (balance.earned, balance.approved, balance.available) == (Decimal(20), 10, Decimal(10))
    with pytest.raises(ErpError) as too_much:
        request_leave(branch.deps, manager, _form(karim, date(2026, 4, 1), date(2026, 4, 20)))
    assert too_much.value.code == "hr.leave_insufficient_balance"
    assert [p["status"] for p in queued(branch, "leave_request")] == ["pending", "approved"]


def test_leave_sharing_a_day_with_another_is_refused_and_nothing_is_written(shop: Shop) -> None:
    branch, members = shop
    manager = branch.actor("manager")
    amina = members["Amina"]
    request_leave(branch.deps, manager, _form(amina, date(2026, 4, 5), date(2026, 4, 9)))
    with pytest.raises(ErpError) as overlap:
        request_leave(
            branch.deps, manager, _form(amina, date(2026, 4, 9), date(2026, 4, 12), "sick")
        )
    assert overlap.value.code == "hr.leave_overlaps"
    assert len(queued(branch, "leave_request")) == 1
    # another employee's leave on the same days is nobody's business
    request_leave(branch.deps, manager, _form(members["Karim"], date(2026, 4, 5), date(2026, 4, 9)))


def test_maternity_leave_is_bounded_by_the_law_and_a_decision_is_final(shop: Shop) -> None:
    branch, members = shop
    manager = branch.actor("manager")
    amina = members["Amina"]
    with pytest.raises(ErpError) as long:
        request_leave(
            branch.deps, manager, _form(amina, date(2026, 4, 1), date(2026, 7, 31), "maternity")
        )
    assert long.value.code == "hr.leave_too_long"
    asked = request_leave(
        branch.deps, manager, _form(amina, date(2026, 4, 1), date(2026, 7, 7), "maternity")
    ).made
    assert asked.days == 98
    refused = refuse_leave(branch.deps, manager, asked.id, "Certificat manquant").made
    with pytest.raises(ErpError) as again:
        approve_leave(branch.deps, manager, refused.id)
    assert again.value.code == "hr.leave_not_pending"


def test_only_a_manager_decides_and_a_cancelled_leave_frees_its_days(shop: Shop) -> None:
    branch, members = shop
    asked = request_leave(
        branch.deps,
        branch.actor("manager"),
        _form(members["Amina"], date(2026, 4, 5), date(2026, 4, 9)),
    ).made
    with pytest.raises(ErpError) as cashier:
        approve_leave(branch.deps, branch.actor("cashier"), asked.id)
    assert cashier.value.code == "auth.permission_denied"
    cancel_leave(branch.deps, branch.actor("manager"), asked.id, "Reporté")
    request_leave(
        branch.deps,
        branch.actor("manager"),
        _form(members["Amina"], date(2026, 4, 5), date(2026, 4, 9)),
    )


def test_the_calendar_shows_the_leave_beside_the_public_holidays(shop: Shop) -> None:
    branch, members = shop
    request_leave(
        branch.deps,
        branch.actor("manager"),
        _form(members["Amina"], date(2026, 3, 15), date(2026, 3, 18)),
    )
    calendar = leave_calendar(
        branch.deps, branch.actor("manager"), date(2026, 3, 1), date(2026, 3, 31)
    )
    assert [m.name for m, _ in calendar.requests] == ["Amina"]
    assert [h.day for h in calendar.holidays] == [date(2026, 3, 20), date(2026, 3, 21)]
    assert "maternity" in calendar.kinds


def test_payroll_reads_the_month_s_overtime_absences_and_leave(shop: Shop) -> None:
    branch, members = shop
    amina = members["Amina"]
    for day in (2, 3):  # Monday and Tuesday, an hour over each
        branch.clock.set(at(8, 0, day=day))
        clock_in(branch.deps, "4321")
        branch.clock.set(at(17, 30, day=day))
        clock_out(branch.deps, "4321")
    branch.clock.set(at(9, 0, day=10))
    leave = request_leave(
        branch.deps, branch.actor("manager"), _form(amina, date(2026, 3, 22), date(2026, 4, 2))
    ).made
    approve_leave(branch.deps, branch.actor("manager"), leave.id)
    with branch.deps.store.read() as tx:
        month = month_for_payroll(tx, amina.id, date(2026, 3, 1))
    assert (month.days_worked, month.overtime_minutes) == (2, 120)
    assert month.overtime_hours == Decimal("2.00")
    [taken] = month.leave
    assert (taken.kind, taken.days, taken.paid_by) == (
        "annual",
        9,
        "employer",
    )  # 22-31 March less Friday 27th
    # March 2026 on a shift off on Fridays: 27 planned days, less the 2 clocked, Saturday
    # 21st (the Aïd's second day; its first is a Friday) and the 9 days of leave from the
    # 22nd (Friday 27th is off)
    assert month.absent_days == 27 - 2 - 1 - 9
    assert month.absence_hours == Decimal(month.absent_days * 8)
