"""Checkout at the till: one transaction writes the sale, stock, journal, outbox and audit."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from erp_desktop.app.accounting.reports import trial_balance
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.errors import ConflictError, ErpError, PermissionDenied, ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Discount, Tender, TenderKind
from erp_desktop.storage.tables import metadata
from tests.builders import Branch


def DA(x: str | int) -> Money:
    return Money.of(x, "DZD")


def counts(branch: Branch) -> dict[str, int]:
    with branch.replica.read() as conn:
        return {
            t: conn.execute(select(func.count()).select_from(metadata.tables[t])).scalar_one()
            for t in (
                "sales_documents",
                "sales_lines",
                "stock_movements",
                "journal_entries",
                "outbox",
            )
        } | {"audit": conn.execute(text("select count(*) from audit_log")).scalar_one()}


def test_a_cash_sale_writes_everything_in_one_transaction(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, DA(10000))
    before = counts(branch)
    result = checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            lines=(
                CartLine(branch.products[0], Decimal(2)),
                CartLine(branch.products[1], Decimal(3)),
            ),
            tenders=(Tender(TenderKind.CASH, DA(2000)),),
        ),
    )
    after = counts(branch)
    assert result.sale.number == "ALG01-C1-2026-000001"
    # 2 x 450 + 3 x 120 = 1,260 DA; cash under 2025 rules: 1.5%? no: 1 DA per 100 DA -> 13 DA
    assert result.settlement.total_before_stamp == DA(1260)
    assert result.settlement.stamp_duty == DA(13)
    assert result.settlement.change_due == DA(2000) - result.settlement.total_due
    assert after["sales_documents"] == before["sales_documents"] + 1
    assert after["stock_movements"] == before["stock_movements"] + 2
    assert after["journal_entries"] == before["journal_entries"] + 1
    assert after["outbox"] == before["outbox"] + 3
    assert after["audit"] > before["audit"]
    assert trial_balance(branch.deps, branch.actor("accountant")).balanced


def test_an_unpaid_sale_leaves_nothing_written_and_burns_no_number(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, DA(0))
    before = counts(branch)
    with pytest.raises(ValidationError) as err:
        checkout(
            branch.deps,
            cashier,
            CheckoutRequest(
                lines=(CartLine(branch.products[8], Decimal(1)),),
                tenders=(Tender(TenderKind.CASH, DA(100)),),
            ),
        )
    assert err.value.code == "sales.insufficient_payment"
    assert counts(branch) == before
    ok = checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            lines=(CartLine(branch.products[7], Decimal(1)),),
            tenders=(Tender(TenderKind.CASH, DA(100)),),
        ),
    )
    assert ok.sale.sequence == 1


def test_checkout_needs_an_open_session(branch: Branch) -> None:
    with pytest.raises(ConflictError) as err:
        checkout(
            branch.deps,
            branch.actor("cashier"),
            CheckoutRequest(
                lines=(CartLine(branch.products[0], Decimal(1)),),
                tenders=(Tender(TenderKind.CASH, DA(500)),),
            ),
        )
    assert err.value.code == "sales.no_open_session"


def test_a_large_discount_needs_a_manager(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, DA(0))
    request = CheckoutRequest(
        lines=(CartLine(branch.products[0], Decimal(1), Discount(percent=Decimal(30))),),
        tenders=(Tender(TenderKind.CASH, DA(500)),),
    )
    with pytest.raises(PermissionDenied) as err:
        checkout(branch.deps, cashier, request)
    assert err.value.code == "sales.discount_needs_approval"
    manager = branch.actor("manager")
    approved = checkout(
        branch.deps, cashier, CheckoutRequest(request.lines, request.tenders, approver=manager)
    )
    assert approved.sale.approved_by == manager.user_id
    assert approved.totals.gross == DA(315)


def test_a_card_cannot_be_over_tendered(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, DA(0))
    with pytest.raises(ErpError) as err:
        checkout(
            branch.deps,
            cashier,
            CheckoutRequest(
                lines=(CartLine(branch.products[0], Decimal(1)),),
                tenders=(Tender(TenderKind.CARD, DA(1000), reference="T1"),),
            ),
        )
    assert err.value.code == "sales.overpaid_non_cash"


def test_foreign_cash_uses_the_days_rate(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, DA(0))
    result = checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            lines=(CartLine(branch.products[8], Decimal(1)),),
            tenders=(Tender(TenderKind.CASH, Money.of(500, "EUR")),),
        ),
    )
    assert result.settlement.cash_tendered == DA("75125.00")
    assert result.sale.payments[0].rate == Decimal("150.25")
    assert trial_balance(branch.deps, branch.actor("accountant")).balanced


def test_a_cashier_cannot_reach_accounting(branch: Branch) -> None:
    with pytest.raises(PermissionDenied) as err:
        trial_balance(branch.deps, branch.actor("cashier"))
    assert err.value.code == "auth.permission_denied"


def _every_row(branch: Branch) -> dict[str, list[tuple[object, ...]]]:
    with branch.replica.read() as conn:
        names = conn.execute(
            text(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%'"
            )
        ).scalars()
        return {
            name: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{name}"'))), key=repr)
            for name in list(names)
        }


def test_a_sale_refused_at_its_posting_leaves_no_row_anywhere(branch: Branch) -> None:
    """The stock, the sale, its lines and payments are written before its journal entry is
    refused (the site closed the month on its own replica): none of it stays, in any table,
    audit, outbox, levels, day totals and number series included (issue 19: the sale is
    written a table at a time)."""
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, DA(0))
    checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            lines=(CartLine(branch.products[7], Decimal(1)),),
            tenders=(Tender(TenderKind.CASH, DA(100)),),
        ),
    )
    with branch.deps.store.transaction(None) as tx:
        tx.ledger.close_period(
            "2026-03", date(2026, 3, 1), date(2026, 3, 31), branch.deps.now(), at_head_office=False
        )
    before = _every_row(branch)
    with pytest.raises(ConflictError) as err:
        checkout(
            branch.deps,
            cashier,
            CheckoutRequest(
                lines=(
                    CartLine(branch.products[0], Decimal(2)),
                    CartLine(branch.products[1], Decimal(3)),
                    CartLine(branch.products[3], Decimal(1)),
                ),
                tenders=(Tender(TenderKind.CASH, DA(2000)),),
            ),
        )
    assert err.value.code == "ledger.period_closed"
    assert _every_row(branch) == before
