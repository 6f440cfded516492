"""Clocking and leave over the in-memory fakes (tests/desktop/fakes/attendance.py, leave.py):
the same use cases and figures as over SQLite, and a refusal leaves the replica as it was."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime, time

import pytest

from erp_desktop.app.auth import hash_secret
from erp_desktop.app.hr.attendance import clock_in, clock_out
from erp_desktop.app.hr.leave import LeaveForm, approve_leave, balances, request_leave
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.hr.attendance import Shift, StaffMember
from erp_desktop.kernel.ids import new_id
from tests.desktop.test_use_cases_over_fakes import Shop


@pytest.fixture
def shop() -> Shop:
    built = Shop()
    shift = Shift(new_id(), "JOUR", "Journée", "نهار", time(8), time(16, 30), 30, "012356")
    built.replica.people.shifts[shift.id] = shift
    member = StaffMember(
        new_id(), "E0001", "Amina", "أمينة", built.replica.local_branch_id, shift.id,
        hash_secret("4321"), True, date(2024, 1, 15),
    )  # fmt: skip
    built.replica.people.staff[member.id] = member
    return built


def test_a_day_clocked_over_the_fakes_has_its_lateness_and_overtime(shop: Shop) -> None:
    shop.clock.set(datetime(2026, 3, 2, 7, 15, tzinfo=UTC))  # 08:15 in Algiers
    assert clock_in(shop.deps, "4321").made.attendance.late_minutes == 15
    shop.clock.set(datetime(2026, 3, 2, 17, 0, tzinfo=UTC))  # 18:00
    day = clock_out(shop.deps, "4321").made.attendance
    assert (day.worked_minutes, day.overtime_minutes) == (555, 75)
    assert [c["entity"] for c in shop.store.replica.outbox] == ["attendance", "attendance"]


def test_a_refused_leave_leaves_the_fake_replica_as_it_was(shop: Shop) -> None:
    manager = shop.actor("manager")
    member = next(iter(shop.replica.people.staff.values()))
    asked = request_leave(
        shop.deps, manager, LeaveForm(member.id, "annual", date(2026, 3, 15), date(2026, 3, 18))
    ).made
    approve_leave(shop.deps, manager, asked.id)
    before = copy.deepcopy(shop.store.replica)
    with pytest.raises(ErpError) as overlap:
        request_leave(
            shop.deps, manager, LeaveForm(member.id, "sick", date(2026, 3, 18), date(2026, 3, 19))
        )
    assert overlap.value.code == "hr.leave_overlaps"
    assert shop.store.replica == before
    [balance] = balances(shop.deps, manager, date(2026, 3, 2))
    assert (balance.earned, balance.approved) == (20, 4)
