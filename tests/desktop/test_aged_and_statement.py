"""Open items, the aged balance, overdue reminders and the customer's statement (its PDF read
back with pdftotext) over a real replica, after invoices, a partial payment and a credit."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from erp_desktop.app.receivables.aged import aged_receivables, open_items_of, overdue_reminders
from erp_desktop.app.receivables.payments import PaymentRequest, receive_payment
from erp_desktop.app.receivables.statement import customer_statement
from erp_desktop.kernel.money import Money
from erp_desktop.printing.statement import render_statement
from tests.builders import Branch
from tests.desktop.receivables_helpers import service_invoice, wholesale_customer
from tests.printing.poppler import pdftotext


def da(value: int) -> Money:
    return Money.of(Decimal(value), "DZD")


def read_back(pdf: bytes) -> str:
    raw = pdftotext(pdf, "-layout")
    return unicodedata.normalize("NFKC", raw).replace("\u202f", " ")


def a_month_of_one_customer(branch: Branch) -> tuple[object, ...]:
    golfe = wholesale_customer(branch)
    other = wholesale_customer(branch, "Cantine Les Pins")
    late = service_invoice(branch, golfe, "10000", days_ago=125)  # due 95 days ago
    mid = service_invoice(branch, golfe, "20000", days_ago=50)  # due 20 days ago
    fresh = service_invoice(branch, golfe, "5000", days_ago=3)  # not yet due
    service_invoice(branch, other, "1000", days_ago=40)  # due 10 days ago
    receive_payment(
        branch.deps,
        branch.actor("manager"),
        PaymentRequest(golfe, "transfer", da(5000), reference="VIR 55"),
    )  # settles 5,000 of the oldest
    return golfe, other, late, mid, fresh


def test_the_aged_balance_puts_what_is_left_in_its_bucket_and_sums_per_currency(
    branch: Branch,
) -> None:
    golfe, *_ = a_month_of_one_customer(branch)
    report = aged_receivables(branch.deps, branch.actor("manager"))
    by_customer = {r.customer: r.buckets for r in report.rows}
    assert by_customer == {
        "Restaurant Le Golfe": (595000, 2380000, 0, 0, 690000),
        "Cantine Les Pins": (0, 119000, 0, 0, 0),
    }
    assert report.totals() == {"DZD": (595000, 2499000, 0, 0, 690000, 3784000)}
    items = open_items_of(branch.deps, branch.actor("manager"), golfe)  # type: ignore[arg-type]
    assert [i.open for i in items] == [da(6900), da(23800), da(5950)]


def test_reminders_list_the_latest_customer_first_with_each_overdue_invoice(
    branch: Branch,
) -> None:
    _, _, late, mid, _ = a_month_of_one_customer(branch)
    [golfe, pins] = overdue_reminders(branch.deps, branch.actor("manager"))
    assert (golfe.customer, golfe.days) == ("Restaurant Le Golfe", 95)
    assert [(i.number, i.overdue_minor) for i in golfe.items] == [
        (late.number, 690000),  # type: ignore[attr-defined]
        (mid.number, 2380000),  # type: ignore[attr-defined]
    ]
    assert golfe.overdue == {"DZD": 3070000}
    assert pins.customer == "Cantine Les Pins" and pins.days == 10
    [only] = overdue_reminders(branch.deps, branch.actor("manager"), min_days=30)
    assert [i.number for i in only.items] == [late.number]  # type: ignore[attr-defined]


def test_the_statement_runs_the_balance_and_prints_it_in_french_and_arabic(
    branch: Branch,
) -> None:
    golfe, _, _, mid, fresh = a_month_of_one_customer(branch)
    today = branch.deps.business_date("DZ")
    statement = customer_statement(
        branch.deps,
        branch.actor("manager"),
        golfe,
        today - timedelta(days=60),
        today,  # type: ignore[arg-type]
    )
    [section] = statement.sections
    assert section.opening_minor == 1190000  # the invoice of 125 days ago
    assert [(ln.row.number, ln.balance_minor) for ln in section.lines] == [
        (mid.number, 3570000),  # type: ignore[attr-defined]
        (fresh.number, 4165000),  # type: ignore[attr-defined]
        (section.lines[-1].row.number, 3665000),
    ]
    assert section.closing_minor == 3665000
    company = replace(statement.company, address="1 rue Hassiba, Alger", phone="023 45 67 89")
    text = read_back(render_statement(replace(statement, company=company)))
    assert "Tél. 023 45 67 89" in text  # where to write or call, under the seller's name
    assert "RELEVÉ DE COMPTE" in text and "كشف حساب" in text
    assert "Restaurant Le Golfe" in text
    assert "36 650,00 DZD" in text  # the balance due
    assert "11 900,00" in text  # brought forward
    assert "Règlement" in text and "Facture" in text


def test_the_open_dues_the_triggers_keep_agree_with_the_full_computation(branch: Branch) -> None:
    from erp_desktop.app.receivables.instruments import record_instrument_step
    from erp_desktop.storage.repositories import receivables as repo

    golfe, *_ = a_month_of_one_customer(branch)
    manager = branch.actor("manager")
    cheque = receive_payment(
        branch.deps,
        manager,
        PaymentRequest(
            golfe,  # type: ignore[arg-type]
            "cheque",
            da(30000),
            bank="BEA",
            instrument_number="55",
            instrument_due=branch.deps.business_date("DZ"),
        ),
    )
    today = branch.deps.business_date("DZ")
    for step in (None, "bounce"):
        if step:
            record_instrument_step(branch.deps, manager, cheque.payment.id, step)
        with branch.deps.store.read() as view:
            fast = view.receivables.aged_receivables(today)  # from receivable_dues
        with branch.replica.read() as conn:
            full = conn.execute(
                text(repo._AGED), {"until": repo._end_of("DZ", today), "as_of": today.isoformat()}
            ).all()
        assert [(r.customer, r.buckets) for r in fast] == [(r[1], tuple(r[3:8])) for r in full]
    # as of yesterday: neither today's transfer nor today's cheque had been received
    with branch.deps.store.read() as view:
        rows = {
            r.customer: r.buckets
            for r in view.receivables.aged_receivables(today - timedelta(days=1))
        }
    assert rows["Restaurant Le Golfe"] == (595000, 2380000, 0, 0, 1190000)


def test_a_reminder_letter_lists_the_late_invoices_in_french_and_arabic(branch: Branch) -> None:
    from erp_desktop.app.receivables.aged import reminder_letter
    from erp_desktop.kernel.errors import ErpError
    from erp_desktop.printing.reminder import render_reminder

    golfe, other, late, mid, _fresh = a_month_of_one_customer(branch)
    letter = reminder_letter(branch.deps, branch.actor("manager"), golfe)  # type: ignore[arg-type]
    assert [i.number for i in letter.reminder.items] == [late.number, mid.number]  # type: ignore[attr-defined]
    # where to call: the seller's address and telephone under its name (December 2026)
    company = replace(letter.company, address="1 rue Hassiba, Alger", phone="023 45 67 89")
    text = read_back(render_reminder(replace(letter, company=company)))
    assert "1 rue Hassiba, Alger" in text and "Tél. 023 45 67 89" in text
    assert "RELANCE" in text and "تذكير بالدفع" in text
    assert late.number in text and "30 700,00 DZD" in text  # type: ignore[attr-defined]
    with pytest.raises(ErpError) as err:
        reminder_letter(branch.deps, branch.actor("manager"), other, min_days=30)  # type: ignore[arg-type]
    assert err.value.code == "receivables.nothing_overdue"
