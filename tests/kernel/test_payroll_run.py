"""A month's payroll run: every employee's problem at once, the payload round trip the
server posts from, and a corrective run that posts only the difference."""

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from uuid import UUID

import pytest

from erp_desktop.kernel.documents import document_from_payload, payload, posting_of
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ledger.accounts import load_chart
from erp_desktop.kernel.ledger.journal import Side
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll import Contract, OvertimeHours, PayInput
from erp_desktop.kernel.payroll.run import EmployeePay, PayrollRun, prepare_run, run_number
from erp_desktop.kernel.payroll.run_posting import post_run
from erp_desktop.kernel.protocol.payloads import validate_payload

NOVEMBER = date(2026, 11, 1)
AT = datetime(2026, 11, 28, 9, tzinfo=UTC)
HR = UUID(int=7)
HEAD_OFFICE = UUID(int=8)


def DA(x: object) -> Money:
    return Money.of(x, "DZD")


def employee(n: int, base: int, advances: int = 0, overtime: str = "0") -> EmployeePay:
    contract = Contract(date(2024, 1, 1), None, DA(base), Decimal(173))
    pay = PayInput(
        "DZ",
        NOVEMBER,
        contract,
        overtime=(OvertimeHours("standard", Decimal(overtime)),) if overtime != "0" else (),
        advances=(DA(advances),) if advances else (),
    )
    return EmployeePay(UUID(int=100 + n), f"Salarié {n}", f"أجير {n}", pay, f"CNAS-{n}", "")


def run_of(*employees: EmployeePay, corrects: PayrollRun | None = None) -> PayrollRun:
    run, refusals = prepare_run(
        run_id=new_id(),
        country="DZ",
        currency="DZD",
        month=NOVEMBER,
        employees=employees,
        prepared_at=AT,
        prepared_by=HR,
        branch_id=HEAD_OFFICE,
        corrects=corrects,
    )
    assert run is not None, refusals
    return run


def test_a_run_with_a_refused_employee_pays_nobody_and_names_every_refusal() -> None:
    run, refusals = prepare_run(
        run_id=new_id(),
        country="DZ",
        currency="DZD",
        month=NOVEMBER,
        employees=[employee(1, 40000), employee(2, 30000, advances=40000), employee(3, 1000)],
        prepared_at=AT,
        prepared_by=HR,
        branch_id=HEAD_OFFICE,
    )
    assert run is None
    assert [r.error.code for r in refusals] == ["payroll.negative_net"]
    run, refusals = prepare_run(
        run_id=new_id(),
        country="DZ",
        currency="DZD",
        month=NOVEMBER,
        employees=[employee(1, 40000), employee(1, 40000), employee(2, 30000, advances=40000)],
        prepared_at=AT,
        prepared_by=HR,
        branch_id=HEAD_OFFICE,
    )
    assert run is None
    assert {r.error.code for r in refusals} == {"payroll.employee_twice", "payroll.negative_net"}


def test_the_month_entry_debits_salaries_and_charges_and_credits_what_is_owed() -> None:
    run = run_of(employee(1, 40000), employee(2, 50000, advances=5000))
    entry = post_run(run)
    assert entry.is_balanced()
    assert entry.on == date(2026, 11, 30)
    by_memo = {(ln.memo, ln.side): ln.amount for ln in entry.lines}
    assert by_memo[("salaries_expense", Side.DEBIT)] == DA(90000)
    assert by_memo[("employee_advances", Side.CREDIT)] == DA(5000)
    assert by_memo[("net_pay_payable", Side.CREDIT)] == run.total("net_to_pay")


def test_the_payload_rebuilds_the_same_run_and_the_same_entry() -> None:
    run = run_of(employee(1, 40000, overtime="6"), employee(2, 62000))
    run = replace(run, number=run_number(NOVEMBER))
    wire = validate_payload("payroll_run", payload(run))
    again = document_from_payload("payroll_run", wire, HEAD_OFFICE)
    assert isinstance(again, PayrollRun)
    assert again.payslips == run.payslips
    chart = load_chart("DZ")
    assert posting_of(again, chart) == posting_of(run, chart) == post_run(run)


def test_a_corrective_run_posts_only_the_raise_of_one_employee() -> None:
    first = run_of(employee(1, 40000), employee(2, 50000))
    corrected = run_of(employee(1, 40000), employee(2, 55000), corrects=first)
    assert corrected.kind == "payroll_correction"
    assert corrected.corrects_id == first.id
    entry = post_run(corrected)
    assert entry.is_balanced()
    lines = {(ln.memo, ln.side): ln.amount for ln in entry.lines}
    assert lines[("salaries_expense", Side.DEBIT)] == DA(5000)
    paid_more = corrected.total("net_to_pay") - first.total("net_to_pay")
    assert lines[("net_pay_payable", Side.CREDIT)] == paid_more


def test_a_correction_that_lowers_a_salary_credits_the_expense_back() -> None:
    first = run_of(employee(1, 40000), employee(2, 50000))
    corrected = run_of(employee(1, 40000), employee(2, 45000), corrects=first)
    lines = {(ln.memo, ln.side): ln.amount for ln in post_run(corrected).lines}
    assert lines[("salaries_expense", Side.CREDIT)] == DA(5000)
    assert ("net_pay_payable", Side.DEBIT) in lines


def test_a_correction_that_changes_nothing_is_refused() -> None:
    first = run_of(employee(1, 40000))
    with pytest.raises(ValidationError) as refused:
        run_of(employee(1, 40000), corrects=first)
    assert refused.value.code == "payroll.nothing_to_correct"
