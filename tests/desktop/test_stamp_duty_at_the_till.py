"""Stamp duty through the real checkout: what the ticket says, what the books post, what the
server would post from the pushed payload, in Tunisia and Morocco."""

import io
import unicodedata
from decimal import Decimal
from pathlib import Path
from uuid import UUID

import pdfplumber
import pytest

from erp_desktop.app.accounting.reports import trial_balance, vat_summary
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.reprint import printable_sale
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.documents import payload
from erp_desktop.kernel.ledger.accounts import AccountRole, load_chart
from erp_desktop.kernel.ledger.journal import JournalEntry, Side
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.posting.from_payload import post_sale_payload
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.printing.formatting import amount
from erp_desktop.printing.from_sales import receipt_of
from erp_desktop.printing.receipt import render_receipt
from tests.builders import START, Branch, build_branch


@pytest.fixture
def tunis(tmp_path: Path) -> Branch:
    built = build_branch(tmp_path, country="TN")
    yield built
    built.replica.close()


@pytest.fixture
def casablanca(tmp_path: Path) -> Branch:
    built = build_branch(tmp_path, country="MA")
    yield built
    built.replica.close()


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        raw = "\n".join(page.extract_text() or "" for page in doc.pages)
    return unicodedata.normalize("NFKC", raw).replace("\u202f", " ")


def local_entry(branch: Branch, source_id: UUID) -> JournalEntry:
    with branch.deps.store.read() as tx:
        return next(e for e in tx.ledger.entries(None, None) if e.source_id == source_id)


def test_a_tunisian_ticket_paid_by_card_alone_is_accepted_and_bears_no_duty(
    tunis: Branch,
) -> None:
    cashier = tunis.actor("cashier")
    open_cash_session(tunis.deps, cashier, Money.of(0, "TND"))
    gross = Money.of("450.000", "TND")  # one ground coffee at 450 TND
    result = checkout(
        tunis.deps,
        cashier,
        CheckoutRequest(
            lines=(CartLine(tunis.products[0], Decimal(1)),),
            tenders=(Tender(TenderKind.CARD, gross, reference="TPE-1"),),
        ),
    )
    assert result.settlement.stamp_duty == Money.of(0, "TND")
    assert result.sale.stamp_duty.to_minor() == 0
    assert result.sale.total.to_minor() == gross.to_minor()
    entry = local_entry(tunis, result.sale.id)
    assert all(line.role is not AccountRole.STAMP_DUTY_PAYABLE for line in entry.lines)
    assert trial_balance(tunis.deps, tunis.actor("accountant")).balanced


def test_a_moroccan_cash_ticket_carries_a_quarter_percent_posted_to_the_states_account(
    casablanca: Branch,
) -> None:
    cashier = casablanca.actor("cashier")
    open_cash_session(casablanca.deps, cashier, Money.of(0, "MAD"))
    # 2 x 450 + 3 x 120 = 1,260 DH in cash: 0.25 % = 3.15 DH, 1,263.15 DH to pay
    result = checkout(
        casablanca.deps,
        cashier,
        CheckoutRequest(
            lines=(
                CartLine(casablanca.products[0], Decimal(2)),
                CartLine(casablanca.products[1], Decimal(3)),
            ),
            tenders=(Tender(TenderKind.CASH, Money.of(1300, "MAD")),),
        ),
    )
    duty = Money.of("3.15", "MAD")
    assert result.settlement.stamp_duty == duty
    assert result.settlement.total_due == Money.of("1263.20", "MAD")  # to the 10-centime coin
    entry = local_entry(casablanca, result.sale.id)
    stamp_lines = [ln for ln in entry.lines if ln.role is AccountRole.STAMP_DUTY_PAYABLE]
    assert [(ln.account, ln.side, ln.amount) for ln in stamp_lines] == [("4457", Side.CREDIT, duty)]
    assert load_chart("MA").account("4457").name == "État, impôts et taxes à payer"
    debit = sum((ln.amount for ln in entry.lines if ln.side is Side.DEBIT), Money.zero("MAD"))
    credit = sum((ln.amount for ln in entry.lines if ln.side is Side.CREDIT), Money.zero("MAD"))
    assert debit == credit
    books = casablanca.actor("accountant")
    assert trial_balance(casablanca.deps, books).balanced
    assert vat_summary(casablanca.deps, books, START.date(), START.date()).stamp_duty == duty


def test_the_server_posts_the_moroccan_duty_exactly_as_the_till_did(casablanca: Branch) -> None:
    cashier = casablanca.actor("cashier")
    open_cash_session(casablanca.deps, cashier, Money.of(0, "MAD"))
    result = checkout(
        casablanca.deps,
        cashier,
        CheckoutRequest(
            lines=(CartLine(casablanca.products[4], Decimal(1)),),
            tenders=(
                Tender(TenderKind.CARD, Money.of(400, "MAD"), reference="TPE-2"),
                Tender(TenderKind.CASH, Money.of(300, "MAD")),
            ),
        ),
    )
    # 680 DH, 400 by card, 280 in cash: 0.70 DH of duty on the cash part only
    assert result.settlement.stamp_duty == Money.of("0.70", "MAD")
    local = local_entry(casablanca, result.sale.id)
    pushed = post_sale_payload(load_chart("MA"), payload(result.sale), casablanca.branch_id)
    assert pushed is not None
    assert pushed.id == local.id
    assert [(ln.account, ln.side, ln.amount) for ln in pushed.lines] == [
        (ln.account, ln.side, ln.amount) for ln in local.lines
    ]


def test_the_moroccan_receipt_prints_its_stamp_duty(casablanca: Branch) -> None:
    cashier = casablanca.actor("cashier")
    open_cash_session(casablanca.deps, cashier, Money.of(0, "MAD"))
    result = checkout(
        casablanca.deps,
        cashier,
        CheckoutRequest(
            lines=(CartLine(casablanca.products[2], Decimal(1)),),
            tenders=(Tender(TenderKind.CASH, Money.of(1200, "MAD")),),
        ),
    )
    printable = printable_sale(casablanca.deps, cashier, result.sale.number)
    doc = receipt_of(printable.sale, printable.company, printable.register_code, "cashier")
    text = text_of(render_receipt(doc))
    # 1,190 DH in cash: 2.975 DH, 2.98 DH to the nearest centime
    assert doc.stamp_duty == Money.of("2.98", "MAD")
    assert "Droits de timbre" in text  # Morocco says it in the plural (CGI, livre II)
    assert amount(doc.stamp_duty).replace("\u202f", " ") in text
