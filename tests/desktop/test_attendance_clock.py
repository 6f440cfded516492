"""Clocking in and out at an Algerian branch PC, offline, by PIN.

Amina's shift runs from 08:00 to 16:30 with a 30-minute break (480 minutes planned). She
clocks in at 08:12 (12 minutes late) and out at 18:00: 558 minutes worked net of the
break, 78 of them overtime. A second clock-in while she is in is refused; so is a clock-out
for someone not in. Five wrong PINs lock the register for a quarter of an hour, the till's PINs too. A
manager closes a day she forgot to clock out of, with a reason the audit trail keeps.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from erp_desktop.app.auth import log_in_with_pin
from erp_desktop.app.hr.attendance import (
    attendance_sheet,
    clock_in,
    clock_out,
    correct_clock_out,
    open_days,
)
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.hr.attendance import StaffMember
from tests.builders import Branch
from tests.desktop.hr_world import at, branch_with_staff, queued


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[tuple[Branch, dict[str, StaffMember]]]:
    built, members = branch_with_staff(tmp_path, {"Amina": "4321", "Karim": "8765"})
    yield built, members
    built.replica.close()


def test_a_late_clock_in_and_a_late_clock_out_give_lateness_and_overtime(
    shop: tuple[Branch, dict[str, StaffMember]],
) -> None:
    branch, members = shop
    branch.clock.set(at(8, 12))
    made = clock_in(branch.deps, "4321", branch.register_id).made
    assert made.member == members["Amina"] and made.clocked_in
    assert (made.attendance.planned_minutes, made.attendance.late_minutes) == (480, 12)
    branch.clock.set(at(18, 0))
    out = clock_out(branch.deps, "4321", branch.register_id).made.attendance
    assert (out.worked_minutes, out.overtime_minutes, out.late_minutes) == (558, 78, 12)
    assert out.work_date == date(2026, 3, 10)
    sent = queued(branch, "attendance")
    assert [p["clock_out"] is None for p in sent] == [True, False]
    assert sent[-1]["overtime_minutes"] == 78


def test_a_clock_in_for_someone_already_in_is_refused(
    shop: tuple[Branch, dict[str, StaffMember]],
) -> None:
    branch, _ = shop
    branch.clock.set(at(7, 58))
    clock_in(branch.deps, "4321")
    branch.clock.set(at(8, 30))
    with pytest.raises(ErpError) as twice:
        clock_in(branch.deps, "4321")
    assert twice.value.code == "hr.already_clocked_in"
    assert twice.value.params == {"name": "Amina", "since": "2026-03-10 07:58"}
    with pytest.raises(ErpError) as not_in:
        clock_out(branch.deps, "8765")
    assert not_in.value.code == "hr.not_clocked_in"
    assert len(queued(branch, "attendance")) == 1


def test_five_wrong_pins_lock_the_clock_and_the_till_of_the_register(
    shop: tuple[Branch, dict[str, StaffMember]],
) -> None:
    branch, _ = shop
    branch.clock.set(at(8, 0))
    for _ in range(4):
        with pytest.raises(ErpError) as wrong:
            clock_in(branch.deps, "0000", branch.register_id)
        assert wrong.value.code == "auth.invalid_pin"
    with pytest.raises(ErpError) as locked:
        clock_in(branch.deps, "0000", branch.register_id)
    assert locked.value.code == "auth.pin_locked"
    with pytest.raises(ErpError) as still:
        clock_in(branch.deps, "4321", branch.register_id)
    assert still.value.code == "auth.pin_locked"
    with pytest.raises(ErpError) as till:
        log_in_with_pin(branch.deps, "1000", branch.register_id)
    assert till.value.code == "auth.pin_locked"
    branch.clock.set(at(8, 16))
    assert clock_in(branch.deps, "4321", branch.register_id).made.clocked_in


def test_a_manager_closes_a_forgotten_day_with_a_reason_that_is_audited(
    shop: tuple[Branch, dict[str, StaffMember]],
) -> None:
    branch, members = shop
    branch.clock.set(at(8, 0, day=9))
    day = clock_in(branch.deps, "8765").made.attendance
    branch.clock.set(at(8, 0))
    with pytest.raises(ErpError):
        clock_in(branch.deps, "8765")  # yesterday is still open
    manager = branch.actor("manager")
    assert [m for m, _ in open_days(branch.deps, manager)] == [members["Karim"]]
    with pytest.raises(ErpError) as no_reason:
        correct_clock_out(branch.deps, manager, day.id, at(16, 30, day=9), "  ")
    assert no_reason.value.code == "hr.correction_reason_required"
    with pytest.raises(ErpError) as cashier:
        correct_clock_out(branch.deps, branch.actor("cashier"), day.id, at(16, 30, day=9), "x")
    assert cashier.value.code == "auth.permission_denied"
    fixed = correct_clock_out(
        branch.deps, manager, day.id, at(16, 30, day=9), "Badge oublié, vu à la fermeture"
    ).made
    assert (fixed.worked_minutes, fixed.overtime_minutes) == (480, 0)
    assert fixed.corrected_by == branch.users["manager"]
    assert clock_in(branch.deps, "8765").made.clocked_in
    with branch.replica.read() as conn:
        audited = conn.exec_driver_sql(
            "SELECT actor_id, json_extract(before, '$.clock_out'), "
            "json_extract(after, '$.correction_reason') FROM audit_log "
            "WHERE table_name = 'attendance' AND operation = 'update'"
        ).all()
    assert audited[-1][1] is None
    assert audited[-1][2] == "Badge oublié, vu à la fermeture"
    assert str(audited[-1][0]).replace("-", "") == branch.users["manager"].hex
    assert queued(branch, "attendance")[1]["corrected_by"] == str(branch.users["manager"])


def test_the_period_sheet_sums_each_employee_s_days(
    shop: tuple[Branch, dict[str, StaffMember]],
) -> None:
    branch, members = shop
    for day in (9, 10):
        branch.clock.set(at(8, 20, day=day))
        clock_in(branch.deps, "4321")
        branch.clock.set(at(16, 30, day=day))
        clock_out(branch.deps, "4321")
    rows = attendance_sheet(
        branch.deps, branch.actor("manager"), date(2026, 3, 1), date(2026, 3, 31)
    )
    amina = next(r for r in rows if r.member == members["Amina"])
    assert (amina.days, amina.late_minutes, amina.worked_minutes) == (2, 40, 2 * 460)
    with pytest.raises(ErpError):
        attendance_sheet(branch.deps, branch.actor("clerk"), date(2026, 3, 1), date(2026, 3, 31))


def test_the_matricule_typed_before_the_pin_narrows_the_check_to_one_employee(
    shop: tuple[Branch, dict[str, StaffMember]],
) -> None:
    branch, members = shop
    branch.clock.set(at(8, 0))
    made = clock_in(branch.deps, "8765", number=members["Karim"].number).made
    assert made.member == members["Karim"]
    with pytest.raises(ErpError) as someone_else:  # Amina's PIN under Karim's matricule
        clock_out(branch.deps, "4321", number=members["Karim"].number)
    assert someone_else.value.code == "auth.invalid_pin"
    with pytest.raises(ErpError) as unknown:
        clock_out(branch.deps, "8765", number="E9999")
    assert unknown.value.code == "auth.invalid_pin"
