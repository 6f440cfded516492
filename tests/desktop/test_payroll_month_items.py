"""HR enters an employee's advance, overtime, bonus and deduction for February in the
second week; the run at the month's end reads them, and they can no longer change once it
is posted. Over a real head-office replica."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from erp_desktop.app.payroll.month_items import month_items, record_month_items
from erp_desktop.app.payroll.runs import post_payroll_run, prepare_month_run
from erp_desktop.kernel.errors import NotFound, PermissionDenied, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.payroll.month_items import MonthItems
from tests.builders import Branch
from tests.desktop.payroll_office import DA, build_office, hire

FEBRUARY = date(2026, 2, 1)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Branch]:
    built = build_office(tmp_path)
    yield built
    built.replica.close()


def items(employee: object, **figures: object) -> MonthItems:
    return MonthItems(new_id(), employee, FEBRUARY, "DZD", **figures)  # type: ignore[arg-type]


def test_items_entered_ahead_reach_the_payslip_and_freeze_once_the_run_is_posted(
    office: Branch,
) -> None:
    karim = hire(
        office, "E0001", ("Karim", "Benali", "كريم", "بن علي"), 4_325_000, office.branch_id
    )
    hr = office.actor("hr")
    record_month_items(
        office.deps,
        hr,
        FEBRUARY,
        [
            items(
                karim,
                advance_minor=500_000,
                bonus_minor=200_000,
                deduction_minor=100_000,
                overtime_hours=Decimal(4),
            )
        ],
    )
    # corrected the next day: the advance was 6,000 DA; one record per employee and month
    record_month_items(
        office.deps,
        hr,
        FEBRUARY,
        [
            items(
                karim,
                advance_minor=600_000,
                bonus_minor=200_000,
                deduction_minor=100_000,
                overtime_hours=Decimal(4),
            )
        ],
    )
    (stored,) = month_items(office.deps, hr, FEBRUARY)
    assert stored.advance_minor == 600_000 and stored.overtime_kind == "standard"
    assert stored.recorded_by == hr.user_id
    with office.deps.store.read() as view:
        queued = [c for c in view.outbox.pending(100) if c["entity"] == "payroll_items"]
    assert len(queued) == 2 and queued[-1]["payload"]["advance_minor"] == 600_000

    prepared = prepare_month_run(office.deps, hr, FEBRUARY)
    assert prepared.run is not None
    slip = prepared.run.payslip_of(karim)
    assert slip is not None
    pay = slip.payslip
    assert pay.amount("overtime_standard") == DA(1500)  # 4 h x 250 DA x 1.5
    assert pay.amount("allowance_bonus") == DA(2000)  # taxable and contributory
    assert pay.amount("gross") == DA(43250 + 1500 + 2000)
    assert pay.advances == DA(6000) and pay.deductions == DA(1000)
    assert pay.net_to_pay == pay.net - DA(7000)

    posted = post_payroll_run(office.deps, hr, prepared)
    assert posted.entry.is_balanced()
    with pytest.raises(ValidationError) as paid:
        record_month_items(office.deps, hr, FEBRUARY, [items(karim, advance_minor=1)])
    assert paid.value.code == "payroll.items_month_paid"
    assert month_items(office.deps, hr, FEBRUARY)[0].advance_minor == 600_000


def test_an_emptied_record_is_removed_and_the_run_pays_without_it(office: Branch) -> None:
    karim = hire(
        office, "E0001", ("Karim", "Benali", "كريم", "بن علي"), 4_325_000, office.branch_id
    )
    hr = office.actor("hr")
    record_month_items(office.deps, hr, FEBRUARY, [items(karim, advance_minor=500_000)])
    record_month_items(office.deps, hr, FEBRUARY, [items(karim)])
    assert month_items(office.deps, hr, FEBRUARY) == []
    prepared = prepare_month_run(office.deps, hr, FEBRUARY)
    assert prepared.run is not None
    slip = prepared.run.payslip_of(karim)
    assert slip is not None and slip.payslip.advances == DA(0)


def test_bad_items_are_refused_with_their_code_and_nothing_is_written(office: Branch) -> None:
    karim = hire(
        office, "E0001", ("Karim", "Benali", "كريم", "بن علي"), 4_325_000, office.branch_id
    )
    hr = office.actor("hr")
    with pytest.raises(ValidationError) as negative:
        items(karim, overtime_hours=Decimal(-2))
    assert negative.value.code == "payroll.negative_hours"
    with pytest.raises(NotFound) as unknown:  # the first entry is good: nothing is written
        record_month_items(
            office.deps,
            hr,
            FEBRUARY,
            [items(karim, advance_minor=100), items(new_id(), advance_minor=100)],
        )
    assert unknown.value.code == "payroll.unknown_employee"
    assert month_items(office.deps, hr, FEBRUARY) == []
    with pytest.raises(ValidationError) as kind:
        record_month_items(
            office.deps, hr, FEBRUARY, [items(karim, overtime_hours=Decimal(1), overtime_kind="x")]
        )
    assert kind.value.code == "payroll.unknown_overtime_kind"


@pytest.mark.parametrize("user", ["clerk", "manager", "accountant", "cashier"])
def test_only_hr_reads_or_writes_the_items(office: Branch, user: str) -> None:
    with pytest.raises(PermissionDenied):
        month_items(office.deps, office.actor(user), FEBRUARY)
    with pytest.raises(PermissionDenied):
        record_month_items(office.deps, office.actor(user), FEBRUARY, [])
