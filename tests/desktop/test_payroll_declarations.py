"""The declarations' figures of a month and a quarter (a corrected month on its last run)
and the salary transfer order (a correction transfers only the increase), as CSV."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest

from erp_desktop.app.payroll.declarations import payroll_declaration, transfer_order
from erp_desktop.app.payroll.runs import post_payroll_run, prepare_payroll_run
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.payroll.declarations import declaration_csv
from erp_desktop.kernel.payroll.run import EmployeePay
from erp_desktop.kernel.payroll.transfers import transfer_csv
from tests.builders import Branch
from tests.desktop.payroll_office import DA, algerian_staff, build_office

JANUARY, FEBRUARY = date(2026, 1, 1), date(2026, 2, 1)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Branch]:
    built = build_office(tmp_path)
    yield built
    built.replica.close()


def run(office: Branch, month: date, raise_for_karim: int = 0, corrects: UUID | None = None):  # type: ignore[no-untyped-def]
    hr = office.actor("hr")
    staff = algerian_staff(month, raise_for_karim=raise_for_karim)
    prepared = prepare_payroll_run(office.deps, hr, month, staff, corrects=corrects)
    return post_payroll_run(office.deps, hr, prepared).run


def test_a_quarter_sums_its_months_and_a_corrected_month_counts_once(office: Branch) -> None:
    january = run(office, JANUARY)
    run(office, FEBRUARY)
    corrected = run(office, JANUARY, raise_for_karim=5000, corrects=january.id)
    hr = office.actor("hr")
    month = payroll_declaration(office.deps, hr, 2026, month=1)
    assert month.runs == ("PAY-2026-01-C1",)
    cnas = next(f for f in month.funds if f.fund == "cnas")
    assert cnas.employee == corrected.total("cnas_employee")
    assert cnas.employer == corrected.total("cnas_employer")
    assert cnas.employee == DA(cnas.base.amount * 9 / 100)  # 9 % of one summed base, here
    assert month.income_tax == corrected.total("income_tax")
    assert month.headcount == 3
    quarter = payroll_declaration(office.deps, hr, 2026, quarter=1)
    assert quarter.runs == ("PAY-2026-01-C1", "PAY-2026-02")
    assert len(quarter.employees) == 6
    text = declaration_csv(quarter)
    assert "cnas;Sécurité sociale (CNAS), part salariale;social;" in text
    assert f"income_tax;;tax;;{quarter.income_tax.amount:f}" in text
    assert "161234567890;Benali Karim;2026-01;" in text


def test_the_transfer_order_pays_each_net_and_a_correction_only_the_increase(
    office: Branch,
) -> None:
    hr = office.actor("hr")
    january = run(office, JANUARY)
    order = transfer_order(office.deps, hr, january.id)
    assert [c.name for c in order.credits] == [s.name for s in january.payslips]
    assert order.total == january.total("net_to_pay")
    assert "Benali Karim;00799999000123456789;" in transfer_csv(order)
    corrected = run(office, JANUARY, raise_for_karim=5000, corrects=january.id)
    order = transfer_order(office.deps, hr, corrected.id)
    [credit] = order.credits
    karim = UUID(int=1001)
    before = january.payslip_of(karim)
    after = corrected.payslip_of(karim)
    assert before is not None and after is not None
    assert credit.amount == after.payslip.net_to_pay - before.payslip.net_to_pay


def test_an_account_that_is_no_rib_is_refused_with_its_employee(office: Branch) -> None:
    hr = office.actor("hr")
    staff = list(algerian_staff(JANUARY))
    first = staff[0]
    staff[0] = EmployeePay(
        first.employee_id, first.name, first.name_ar, first.pay, first.social_number, "12-34"
    )
    posted = post_payroll_run(
        office.deps, hr, prepare_payroll_run(office.deps, hr, JANUARY, staff)
    ).run
    order = transfer_order(office.deps, hr, posted.id)
    assert [(n, e.code) for n, e in order.refusals] == [
        ("Benali Karim", "payroll.bad_bank_account")
    ]
    assert len(order.credits) == 2
    with pytest.raises(ErpError) as refused:
        payroll_declaration(office.deps, office.actor("manager"), 2026, month=1)
    assert refused.value.code == "auth.permission_denied"
