"""The branch's books from its local journal, with the kernel's report functions."""

from __future__ import annotations

from calendar import monthrange
from datetime import date
from decimal import Decimal

from erp_desktop.app.bridge import chart_of, queue
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import ReadView
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import derived_id
from erp_desktop.kernel.ledger import reports
from erp_desktop.kernel.ledger.accounts import AccountRole
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.ownership import may_write
from erp_desktop.kernel.permissions import Permission


def _check(actor: Actor, start: date | None = None, end: date | None = None) -> None:
    actor.require(Permission.ACCOUNTING_VIEW)
    if start and end and start > end:
        raise ValidationError("common.invalid_value", field="period", value=f"{start} > {end}")


def trial_balance(
    deps: Deps, actor: Actor, start: date | None = None, end: date | None = None
) -> reports.TrialBalance:
    _check(actor, start, end)
    with deps.store.read() as tx:
        chart = chart_of(tx)
        return reports.trial_balance_of(chart, _account_totals(tx, chart.currency, start, end))


def profit_and_loss(deps: Deps, actor: Actor, start: date, end: date) -> reports.ProfitAndLoss:
    _check(actor, start, end)
    with deps.store.read() as tx:
        chart = chart_of(tx)
        tb = reports.trial_balance_of(chart, _account_totals(tx, chart.currency, start, end))
        return reports.profit_and_loss_of(chart, tb)


def balance_sheet(deps: Deps, actor: Actor, at: date) -> reports.BalanceSheet:
    _check(actor)
    with deps.store.read() as tx:
        chart = chart_of(tx)
        tb = reports.trial_balance_of(chart, _account_totals(tx, chart.currency, None, at))
        return reports.balance_sheet_of(chart, tb)


def general_ledger(
    deps: Deps, actor: Actor, account: str, start: date | None = None, end: date | None = None
) -> tuple[Money, tuple[reports.LedgerRow, ...]]:
    _check(actor, start, end)
    with deps.store.read() as tx:
        return reports.general_ledger(
            chart_of(tx), tx.ledger.entries(None, end), account, start, end
        )


def vat_summary(deps: Deps, actor: Actor, start: date, end: date) -> reports.VatSummary:
    _check(actor, start, end)
    with deps.store.read() as tx:
        currency = tx.org.company().currency
        totals = {
            (AccountRole(role) if role else None, rate): (
                _amount(d, currency),
                _amount(c, currency),
            )
            for (role, rate), (d, c) in tx.ledger.role_rate_totals(start, end).items()
        }
        return reports.vat_summary_of(currency, totals)


def close_period(deps: Deps, actor: Actor, year: int, month: int) -> Done[str]:
    """Closes a month: the site's own work can no longer be posted inside it, and what
    arrives late dated inside it is posted on the first open day after it
    (``kernel.ledger.periods.posting_date``). Closed at head office, the month is the
    company's: it is queued for the server, which enforces it, and every site pulls it; a
    branch's own close stays on its replica."""
    actor.require(Permission.ACCOUNTING_CLOSE_PERIOD)
    if not 1 <= month <= 12:
        raise ValidationError("common.invalid_value", field="month", value=str(month))
    start = date(year, month, 1)
    end = date(year, month, monthrange(year, month)[1])
    code = f"{year}-{month:02d}"
    with deps.store.transaction(actor.user_id) as tx:
        now = deps.now()
        at_head_office = may_write("fiscal_period", tx.org.local_branch().kind)
        tx.ledger.close_period(code, start, end, now, at_head_office)
        if at_head_office:
            period_id = derived_id("fiscal_period", code)  # the same id wherever it is closed
            payload = {
                "id": str(period_id),
                "code": code,
                "start_date": start.isoformat(),
                "end_date": end.isoformat(),
                "closed_at": now.isoformat(),
            }
            queue(deps, tx, "fiscal_period", period_id, payload, actor.user_id)
            return Done(code, frozenset({Changed.JOURNAL, Changed.OUTBOX}))
    return Done(code, frozenset({Changed.JOURNAL}))


def account_names(deps: Deps, actor: Actor) -> dict[str, tuple[str, str]]:
    """Each account's French and Arabic names, to label the reports' account codes."""
    actor.require(Permission.ACCOUNTING_VIEW)
    with deps.store.read() as tx:
        return {code: (a.name, a.name_ar) for code, a in chart_of(tx).accounts.items()}


def _amount(minor: int, currency: str) -> Decimal:
    return Money.from_minor(minor, currency).amount


def _account_totals(
    tx: ReadView, currency: str, start: date | None, end: date | None
) -> reports.AccountTotals:
    """Per-account sums done by the database: a year of a busy branch is millions of lines."""
    return {
        code: (_amount(debit, currency), _amount(credit, currency))
        for code, (debit, credit) in tx.ledger.account_totals(start, end).items()
    }


JOURNAL_LIMIT = 5000


def journal(
    deps: Deps, actor: Actor, start: date, end: date, limit: int = JOURNAL_LIMIT
) -> tuple[list[tuple[str, str, str, str, Money, Money]], bool]:
    """The journal's lines of the period, newest first; True when cut at ``limit``."""
    _check(actor, start, end)
    with deps.store.read() as tx:
        currency = tx.org.company().currency
        lines = tx.ledger.journal_lines(start, end, limit + 1)
    return [
        (on, number, account, memo, Money.from_minor(d, currency), Money.from_minor(c, currency))
        for on, number, account, memo, d, c in lines[:limit]
    ], len(lines) > limit
