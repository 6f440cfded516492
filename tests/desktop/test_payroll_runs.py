"""A month's payroll run at head office over its real replica: prepared for review without
a write, posted once through the document spine (stored, balanced entry, queued for the
server), a second run of the month refused, a correction posting only the difference, a
closed month and a negative net refused with nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from erp_desktop.app.accounting.reports import close_period
from erp_desktop.app.payroll.runs import post_payroll_run, prepare_payroll_run
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.ledger.journal import JournalEntry, Side
from erp_desktop.kernel.payroll.run import EmployeePay
from erp_desktop.storage.outbox import pending_changes
from tests.builders import Branch, build_branch
from tests.desktop.payroll_office import DA, algerian_staff, build_office

MARCH = date(2026, 3, 1)  # the office's clock is in March 2026 (tests.builders.START)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Branch]:
    built = build_office(tmp_path)
    yield built
    built.replica.close()


def queued_runs(office: Branch) -> list[dict[str, Any]]:
    with office.replica.read() as conn:
        return [r["payload"] for r in pending_changes(conn, 1000) if r["entity"] == "payroll_run"]


def entries_of(office: Branch, source_type: str = "payroll") -> list[JournalEntry]:
    with office.deps.store.read() as view:
        return [e for e in view.ledger.entries(None, None) if e.source_type == source_type]


def test_a_month_run_is_stored_posted_balanced_and_queued_once(office: Branch) -> None:
    hr = office.actor("hr")
    prepared = prepare_payroll_run(office.deps, hr, MARCH, algerian_staff(MARCH))
    assert prepared.refusals == () and prepared.run is not None
    assert entries_of(office) == []  # preparing writes nothing
    posted = post_payroll_run(office.deps, hr, prepared)
    assert posted.run.number == "PAY-2026-03"
    assert posted.entry.is_balanced() and posted.entry.on == date(2026, 3, 31)
    with office.deps.store.read() as view:
        stored = view.payroll.payroll_run(posted.run.id)
    assert stored is not None and stored.payslips == posted.run.payslips
    karim = stored.payslips[0]
    assert karim.name == "Benali Karim"
    assert karim.payslip.amount("overtime_standard") == DA("3121.39")  # 45,000/173 x 8 x 1.5
    [entry] = entries_of(office)
    assert entry == posted.entry
    assert [p["id"] for p in queued_runs(office)] == [str(posted.run.id)]


def test_a_second_run_of_a_paid_month_is_refused(office: Branch) -> None:
    hr = office.actor("hr")
    post_payroll_run(
        office.deps, hr, prepare_payroll_run(office.deps, hr, MARCH, algerian_staff(MARCH))
    )
    with pytest.raises(ErpError) as refused:
        prepare_payroll_run(office.deps, hr, MARCH, algerian_staff(MARCH))
    assert refused.value.code == "payroll.month_already_run"
    assert refused.value.params["number"] == "PAY-2026-03"


def test_a_corrective_run_posts_the_raise_and_keeps_the_first_run(office: Branch) -> None:
    hr = office.actor("hr")
    first = post_payroll_run(
        office.deps, hr, prepare_payroll_run(office.deps, hr, MARCH, algerian_staff(MARCH))
    ).run
    staff = algerian_staff(MARCH, raise_for_karim=5000)
    prepared = prepare_payroll_run(office.deps, hr, MARCH, staff, corrects=first.id)
    corrected = post_payroll_run(office.deps, hr, prepared)
    assert corrected.run.number == "PAY-2026-03-C1"
    lines = {(ln.memo, ln.side): ln.amount for ln in corrected.entry.lines}
    # the raise and the overtime at the new hourly rate: 5,000 + (3,468.21 - 3,121.39)
    assert lines[("salaries_expense", Side.DEBIT)] == DA("5346.82")
    with office.deps.store.read() as view:
        assert [r.number for r in view.payroll.runs_of_month(MARCH)] == [
            "PAY-2026-03",
            "PAY-2026-03-C1",
        ]
    assert len(entries_of(office)) == 2
    # the corrected run is no longer the last one: correcting it again is refused
    with pytest.raises(ErpError) as refused:
        prepare_payroll_run(office.deps, hr, MARCH, staff, corrects=first.id)
    assert refused.value.code == "payroll.not_the_last_run"


def test_a_run_for_a_closed_month_is_refused(office: Branch) -> None:
    close_period(office.deps, office.actor("admin"), 2026, 2)
    with pytest.raises(ErpError) as refused:
        prepare_payroll_run(
            office.deps, office.actor("hr"), date(2026, 2, 1), algerian_staff(date(2026, 2, 1))
        )
    assert refused.value.code == "payroll.month_closed"


def test_a_negative_net_refuses_the_whole_run_and_writes_nothing(office: Branch) -> None:
    hr = office.actor("hr")
    staff = list(algerian_staff(MARCH))
    broke = staff[1]
    staff[1] = EmployeePay(
        broke.employee_id,
        broke.name,
        broke.name_ar,
        replace(broke.pay, advances=(DA(60000),)),
    )
    prepared = prepare_payroll_run(office.deps, hr, MARCH, staff)
    assert prepared.run is None
    assert [(r.name, r.error.code) for r in prepared.refusals] == [
        ("Haddad Samira", "payroll.negative_net")
    ]
    with pytest.raises(ErpError) as refused:
        post_payroll_run(office.deps, hr, prepared)
    assert refused.value.code == "payroll.employees_refused"
    assert entries_of(office) == []
    assert queued_runs(office) == []


def test_only_hr_runs_payroll_and_a_branch_cannot(office: Branch, tmp_path: Path) -> None:
    for user in ("clerk", "manager", "accountant"):
        with pytest.raises(ErpError) as refused:
            prepare_payroll_run(office.deps, office.actor(user), MARCH, algerian_staff(MARCH))
        assert refused.value.code == "auth.permission_denied"
    branch = build_branch(tmp_path / "branch", users_seed=[("admin", "administrator")])
    with pytest.raises(ErpError) as refused:
        prepare_payroll_run(branch.deps, branch.actor("admin"), MARCH, algerian_staff(MARCH))
    assert refused.value.code == "sync.owned_by_head_office"
    branch.replica.close()
