"""The payslip PDF read back with pdftotext (NFKC for Arabic): both languages, the
mentions the country's law asks for, every line and the net to pay; refused without the
employer's affiliation number; and readable only by HR or by the employee it pays."""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from uuid import UUID, uuid4

import pytest

from erp_desktop.app.payroll.payslips import PayslipView, my_payslips, payslip_view, run_payslips
from erp_desktop.app.payroll.runs import post_payroll_run, prepare_payroll_run
from erp_desktop.app.records import CompanyInfo
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll import Contract, PayInput, compute_payslip
from erp_desktop.kernel.payroll.run import PayrollRun, RunPayslip
from erp_desktop.printing.formatting import amount
from erp_desktop.printing.payslip import render_payslip
from tests.builders import Branch
from tests.desktop.payroll_office import (
    algerian_staff,
    build_office,
    give_employer_mentions,
)

MARCH = date(2026, 3, 1)


def text_of(pdf: bytes) -> str:
    raw = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    return unicodedata.normalize("NFKC", raw).replace("\u202f", " ")


def shown(money: Money) -> str:
    return amount(money).replace("\u202f", " ")


def arabic_in(words: str, text: str) -> bool:
    return all(w in text or w[::-1] in text for w in words.split())


@pytest.fixture
def paid(tmp_path: Path) -> Iterator[tuple[Branch, PayrollRun]]:
    office = build_office(tmp_path)
    hr = office.actor("hr")
    staff = algerian_staff(MARCH)
    run = post_payroll_run(office.deps, hr, prepare_payroll_run(office.deps, hr, MARCH, staff)).run
    yield office, run
    office.replica.close()


def test_the_payslip_reads_back_in_french_and_arabic_with_its_mentions(
    paid: tuple[Branch, PayrollRun],
) -> None:
    office, run = paid
    give_employer_mentions(office)
    view = payslip_view(office.deps, office.actor("hr"), run.id, UUID(int=1001))
    text = text_of(render_payslip(view))
    slip = view.slip.payslip
    assert "BULLETIN DE PAIE - mars 2026" in text
    assert arabic_in("كشف الراتب", text) and arabic_in("مارس", text)
    assert "Benali Karim" in text and arabic_in("بن علي كريم", text)
    assert "N° CNAS employeur : 16 0123456 78" in text
    assert "N° CNAS : 161234567890" in text
    assert "Caissier" in text
    assert "Heures normales : 173 h" in text and "Heures supplémentaires : 8 h" in text
    for code in ("base_salary", "overtime_standard", "cnas_employee", "income_tax", "gross"):
        assert shown(slip.amount(code)) in text, code
    assert f"NET À PAYER : {shown(slip.net_to_pay)} DZD" in text
    assert arabic_in("الصافي الواجب دفعه", text)
    assert "Payé le 31/03/2026 par virement" in text
    assert "Loi 90-11" in text and "Charges patronales" in text
    assert "CIDTA art. 104" in text  # the IRG line cites its law


def test_a_payslip_without_the_employer_affiliation_number_is_refused(
    paid: tuple[Branch, PayrollRun],
) -> None:
    office, run = paid
    view = payslip_view(office.deps, office.actor("hr"), run.id, UUID(int=1001))
    with pytest.raises(ErpError) as refused:
        render_payslip(view)
    assert refused.value.code == "payroll.missing_mentions"
    assert "CNAS employeur" in refused.value.params["mentions"]


def test_only_hr_reads_every_payslip_and_an_employee_reads_only_their_own(
    paid: tuple[Branch, PayrollRun],
) -> None:
    office, run = paid
    assert len(run_payslips(office.deps, office.actor("hr"), run.id)) == 3
    for user in ("manager", "clerk", "accountant"):
        with pytest.raises(ErpError) as refused:
            payslip_view(office.deps, office.actor(user), run.id, UUID(int=1001))
        assert refused.value.code == "payroll.not_own_payslip"
        with pytest.raises(ErpError):
            run_payslips(office.deps, office.actor(user), run.id)
        assert my_payslips(office.deps, office.actor(user)) == []


@pytest.mark.parametrize(
    ("country", "currency", "fund", "law", "month_ar"),
    [
        ("MA", "MAD", "CNSS", "Code du travail, art. 370", "فبراير"),
        ("TN", "TND", "CNSS", "Code du travail, art. 143", "فيفري"),
    ],
)
def test_a_moroccan_and_a_tunisian_payslip_cite_their_law_and_month(
    country: str, currency: str, fund: str, law: str, month_ar: str
) -> None:
    month = date(2026, 2, 1)
    contract = Contract(date(2024, 1, 1), None, Money.of(8000, currency), Decimal(191))
    payslip = compute_payslip(PayInput(country, month, contract))
    slip = RunPayslip(
        uuid4(),
        uuid4(),
        "Alaoui Sara",
        "العلوي سارة",
        "123456789",
        "",
        "Vendeuse",
        payslip,
        Decimal(191),
    )
    company = CompanyInfo(
        uuid4(),
        "Société Test",
        "شركة تجريبية",
        country,
        currency,
        {fund: "7654321"},
        address="1 avenue Test",
        address_ar="1 شارع تجريبي",
    )
    view = PayslipView(company, "PAY-2026-02", "payroll_run", month, date(2026, 2, 28), slip)
    text = text_of(render_payslip(view))
    assert law in text and f"N° {fund} employeur : 7654321" in text
    assert arabic_in(month_ar, text)
    assert shown(payslip.net_to_pay) in text
