"""A branch entry the server posted on the first open day after a month head office closed
moves to that day on the replica too, with its day totals, through posting_moves alone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from erp_desktop.app.accounting.reports import trial_balance
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from tests.builders import Branch


def late_sale(branch: Branch) -> tuple[str, str]:
    branch.clock.set(datetime(2026, 11, 28, 10, 0, tzinfo=UTC))
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, Money.of(Decimal(1000), "DZD"))
    sale = checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(branch.products[0], Decimal(1)),),
            (Tender(TenderKind.CARD, Money.of(Decimal(450), "DZD")),),
        ),
    ).sale
    return str(sale.id), sale.number


def moved(source_id: str, number: str) -> dict[str, str]:
    return {
        "id": "0194b3a0-0000-7000-8000-000000000021",
        "source_type": "sale",
        "source_id": source_id,
        "number": number,
        "dated": "2026-11-28",
        "posted_on": "2026-12-01",
        "period": "2026-11",
    }


def credits(branch: Branch, start: date, end: date) -> Decimal:
    tb = trial_balance(branch.deps, branch.actor("accountant"), start, end)
    return sum((row.credit.amount for row in tb.rows), Decimal(0))


def test_the_servers_day_for_a_late_sale_becomes_the_replicas_with_its_totals(
    branch: Branch,
) -> None:
    source_id, number = late_sale(branch)
    november = (date(2026, 11, 1), date(2026, 11, 30))
    december = (date(2026, 12, 1), date(2026, 12, 31))
    before = credits(branch, *november)
    assert before > 0 and credits(branch, *december) == 0
    for _ in range(2):  # a page pulled twice changes nothing more
        with branch.deps.store.transaction(None) as tx:
            tx.sync.apply_remote("posting_moved", moved(source_id, number), branch.deps.now())
    with branch.deps.store.read() as tx:
        (entry,) = [e for e in tx.ledger.entries(None, None) if str(e.source_id) == source_id]
    assert entry.on == date(2026, 12, 1)
    assert (credits(branch, *november), credits(branch, *december)) == (0, before)


def test_a_posted_entry_cannot_change_its_day_without_the_servers_word(branch: Branch) -> None:
    source_id, _number = late_sale(branch)
    with (
        pytest.raises(IntegrityError, match=r"storage\.immutable"),
        branch.replica.transaction(None) as conn,
    ):
        conn.execute(
            text("UPDATE journal_entries SET entry_date = '2026-12-01' WHERE source_id = :id"),
            {"id": source_id.replace("-", "")},
        )
