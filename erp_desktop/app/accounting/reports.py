"""The branch's books from its local journal, with the kernel's report functions."""

from __future__ import annotations

from calendar import monthrange
from datetime import date

from erp_desktop.app.bridge import chart_of
from erp_desktop.app.changes import Changed, Changes
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ledger import reports
from erp_desktop.kernel.money import Money
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
        return reports.trial_balance(chart_of(tx), tx.entries(start, end), start, end)


def profit_and_loss(deps: Deps, actor: Actor, start: date, end: date) -> reports.ProfitAndLoss:
    _check(actor, start, end)
    with deps.store.read() as tx:
        return reports.profit_and_loss(chart_of(tx), tx.entries(start, end), start, end)


def balance_sheet(deps: Deps, actor: Actor, at: date) -> reports.BalanceSheet:
    _check(actor)
    with deps.store.read() as tx:
        return reports.balance_sheet(chart_of(tx), tx.entries(None, at), at)


def general_ledger(
    deps: Deps, actor: Actor, account: str, start: date | None = None, end: date | None = None
) -> tuple[Money, tuple[reports.LedgerRow, ...]]:
    _check(actor, start, end)
    with deps.store.read() as tx:
        return reports.general_ledger(chart_of(tx), tx.entries(None, end), account, start, end)


def vat_summary(deps: Deps, actor: Actor, start: date, end: date) -> reports.VatSummary:
    _check(actor, start, end)
    with deps.store.read() as tx:
        return reports.vat_summary(chart_of(tx), tx.entries(start, end), start, end)


def close_period(deps: Deps, actor: Actor, year: int, month: int) -> Changes:
    """Closes a month: nothing dated inside it can be posted any more."""
    actor.require(Permission.ACCOUNTING_CLOSE_PERIOD)
    if not 1 <= month <= 12:
        raise ValidationError("common.invalid_value", field="month", value=str(month))
    start = date(year, month, 1)
    end = date(year, month, monthrange(year, month)[1])
    with deps.store.transaction(actor.user_id) as tx:
        tx.close_period(f"{year}-{month:02d}", start, end, deps.now())
    return frozenset({Changed.JOURNAL})


def account_names(deps: Deps, actor: Actor) -> dict[str, tuple[str, str]]:
    """Each account's French and Arabic names, to label the reports' account codes."""
    actor.require(Permission.ACCOUNTING_VIEW)
    with deps.store.read() as tx:
        return {code: (a.name, a.name_ar) for code, a in chart_of(tx).accounts.items()}
