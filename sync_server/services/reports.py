"""Head-office reports over the whole company (or one branch): trial balance, profit and
loss, balance sheet, VAT summary, stock per branch and product, sales per branch, day,
cashier or payment method; aged receivables and customer statements over every branch. Figures come from PostgreSQL sums turned into the kernel's
reports, so a branch's books and head office's read the same.

Readers log in with their user name and password (HTTP Basic over TLS in production):
``reports.company`` (accountants, administrators) may read any branch or all of them;
``reports.branch`` (branch managers) only their own branch.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError

from erp_desktop.kernel.calendar import zone_of
from erp_desktop.kernel.errors import PermissionDenied, ValidationError
from erp_desktop.kernel.ledger import reports
from erp_desktop.kernel.ledger.accounts import AccountRole, Chart, load_chart
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission, Role, permissions_of
from erp_desktop.kernel.purchasing.accounts import purchasing_chart
from sync_server.db import headoffice as rows
from sync_server.db import purchase_reports as purchase_sums
from sync_server.db import receivables
from sync_server.db import reports as sums
from sync_server.db.engine import Connection, Engine, reading_standby, unit_of_work
from sync_server.db.standby import StandbyState, standby_of, state_of


@dataclass(frozen=True, slots=True)
class Reader:
    user_id: UUID
    username: str
    company_wide: bool
    branch_id: UUID | None


@dataclass(frozen=True, slots=True)
class Report:
    title: str
    headers: tuple[str, ...]
    rows: Sequence[tuple[str, ...]]
    summary: dict[str, Any]


def authenticate_reader(engine: Engine, username: str, password: str) -> Reader:
    with unit_of_work(engine, head_office=True) as conn:
        user = rows.user_by_username(conn, username)
    if user is None or not user[4]:
        raise PermissionDenied("auth.invalid_credentials")
    try:
        PasswordHasher().verify(user[1], password)
    except VerificationError:
        raise PermissionDenied("auth.invalid_credentials") from None
    granted = permissions_of([Role(r) for r in user[2]])
    if Permission.REPORTS_COMPANY in granted:
        return Reader(user[0], username, True, None)
    if Permission.REPORTS_BRANCH in granted and user[3] is not None:
        return Reader(user[0], username, False, user[3])
    raise PermissionDenied(
        "auth.permission_denied", permission=str(Permission.REPORTS_COMPANY), user=username
    )


# Where the current request's report was read: "standby" or "primary" (db.standby).
_SOURCE: ContextVar[str] = ContextVar("report_source", default="primary")


def _reading(engine: Engine, reader: Reader) -> AbstractContextManager[Connection]:
    """A company-wide reader reads the hot standby when one is configured and in step, else
    head office's scope on the primary; a branch manager reads the primary in the scope of
    the branch alone, so row-level security bounds the report as well as ``_scope``."""
    if reader.company_wide:
        standby = standby_of(engine)
        if standby is not None and standby.state().usable:
            _SOURCE.set("standby")
            return reading_standby(standby)
        _SOURCE.set("primary")
        return unit_of_work(engine, head_office=True)
    _SOURCE.set("primary")
    return unit_of_work(engine, branch_id=reader.branch_id)


def report_source() -> str:
    """Where the last report of this request was read ("standby" or "primary")."""
    return _SOURCE.get()


def standby_state(engine: Engine) -> StandbyState:
    """The reports' standby: configured, in use, its replication lag and bound."""
    return state_of(engine)


def _scope(conn: Connection, reader: Reader, branch_code: str | None) -> UUID | None:
    wanted = rows.branch_id_of(conn, branch_code) if branch_code else None
    if branch_code and wanted is None:
        raise ValidationError("common.not_found", entity="branch", id=branch_code)
    if reader.company_wide:
        return wanted
    if wanted is not None and wanted != reader.branch_id:
        raise PermissionDenied(
            "auth.permission_denied",
            permission=str(Permission.REPORTS_COMPANY),
            user=reader.username,
        )
    return reader.branch_id


def _chart(conn: Connection) -> Chart:
    company = rows.company(conn)
    if company is None:
        raise ValidationError("common.not_found", entity="company", id="-")
    return purchasing_chart(load_chart(company.country))  # 408, 403... (issue 14)


def _amount(minor: int, currency: str) -> Decimal:
    return Money.from_minor(minor, currency).amount


def _tb(
    conn: Connection, chart: Chart, start: date | None, end: date | None, branch: UUID | None
) -> reports.TrialBalance:
    totals = sums.account_totals(conn, start, end, branch)
    return reports.trial_balance_of(
        chart,
        {
            code: (_amount(d, chart.currency), _amount(c, chart.currency))
            for code, (d, c) in totals.items()
        },
    )


def trial_balance(
    engine: Engine, reader: Reader, start: date | None, end: date | None, branch: str | None = None
) -> Report:
    with _reading(engine, reader) as conn:
        chart = _chart(conn)
        tb = _tb(conn, chart, start, end, _scope(conn, reader, branch))
    body = [
        (r.account, r.name, r.name_ar, str(r.debit.amount), str(r.credit.amount)) for r in tb.rows
    ]
    return Report(
        "trial_balance",
        ("account", "name", "name_ar", "debit", "credit"),
        body,
        {
            "total_debit": str(tb.total_debit.amount),
            "total_credit": str(tb.total_credit.amount),
            "balanced": tb.balanced,
            "currency": chart.currency,
        },
    )


def profit_and_loss(
    engine: Engine, reader: Reader, start: date, end: date, branch: str | None = None
) -> Report:
    with _reading(engine, reader) as conn:
        chart = _chart(conn)
        pl = reports.profit_and_loss_of(
            chart, _tb(conn, chart, start, end, _scope(conn, reader, branch))
        )
    body = [("income", code, chart.account(code).name, str(m.amount)) for code, m in pl.income]
    body += [("expense", code, chart.account(code).name, str(m.amount)) for code, m in pl.expenses]
    return Report(
        "profit_and_loss",
        ("section", "account", "name", "amount"),
        body,
        {
            "income": str(pl.total_income.amount),
            "expenses": str(pl.total_expenses.amount),
            "result": str(pl.result.amount),
            "currency": chart.currency,
        },
    )


def balance_sheet(engine: Engine, reader: Reader, at: date, branch: str | None = None) -> Report:
    with _reading(engine, reader) as conn:
        chart = _chart(conn)
        bs = reports.balance_sheet_of(
            chart, _tb(conn, chart, None, at, _scope(conn, reader, branch))
        )
    body = [("asset", c, chart.account(c).name, str(m.amount)) for c, m in bs.assets]
    body += [("liability", c, chart.account(c).name, str(m.amount)) for c, m in bs.liabilities]
    body += [("equity", c, chart.account(c).name, str(m.amount)) for c, m in bs.equity]
    return Report(
        "balance_sheet",
        ("section", "account", "name", "amount"),
        body,
        {
            "total_assets": str(bs.total_assets.amount),
            "result": str(bs.result.amount),
            "total_liabilities_and_equity": str(bs.total_liabilities_and_equity.amount),
            "balanced": bs.balanced,
            "currency": chart.currency,
        },
    )


def vat_summary(
    engine: Engine, reader: Reader, start: date, end: date, branch: str | None = None
) -> Report:
    with _reading(engine, reader) as conn:
        chart = _chart(conn)
        totals = sums.role_rate_totals(conn, start, end, _scope(conn, reader, branch))
    cur = chart.currency
    vat = reports.vat_summary_of(
        cur,
        {
            (AccountRole(role) if role else None, rate): (_amount(d, cur), _amount(c, cur))
            for (role, rate), (d, c) in totals.items()
        },
    )
    body = [(str(line.rate), str(line.base.amount), str(line.vat.amount)) for line in vat.collected]
    return Report(
        "vat_summary",
        ("rate", "base", "vat"),
        body,
        {
            "country": chart.country,
            "collected": str(vat.total_collected.amount),
            "deductible": str(vat.deductible.amount),
            "net_due": str(vat.net_due.amount),
            "stamp_duty": str(vat.stamp_duty.amount),
            "currency": cur,
        },
    )


def stock(engine: Engine, reader: Reader, branch: str | None = None) -> Report:
    with _reading(engine, reader) as conn:
        found = sums.stock(conn, _scope(conn, reader, branch))
    body = [(code, sku, name, str(Decimal(q) / 1000)) for code, sku, name, q in found]
    return Report("stock", ("branch", "sku", "name", "quantity"), body, {"lines": len(body)})


def sales(
    engine: Engine, reader: Reader, start: date, end: date, group: str, branch: str | None = None
) -> Report:
    if group not in (*sums.SALES_GROUPS, "tender"):
        raise ValidationError("common.invalid_value", field="group", value=group)
    with _reading(engine, reader) as conn:
        currency = _chart(conn).currency
        found = sums.sales(conn, start, end, _scope(conn, reader, branch), group)
    body = [(key, str(tickets), str(_amount(total, currency))) for key, tickets, total in found]
    return Report(f"sales_by_{group}", (group, "tickets", "total"), body, {"currency": currency})


def general_ledger(
    engine: Engine,
    reader: Reader,
    account: str,
    start: date | None,
    end: date | None,
    branch: str | None = None,
) -> Report:
    """The lines of one account with a running balance, from the opening balance on."""
    with _reading(engine, reader) as conn:
        chart = _chart(conn)
        chart.account(account)  # ledger.unknown_account for a code not in the chart
        opening, lines = sums.ledger_lines(conn, account, start, end, _scope(conn, reader, branch))
    cur, balance = chart.currency, opening
    body = []
    for on, number, code, memo, debit, credit in lines:
        balance += debit - credit
        body.append(
            (
                on.isoformat(),
                number,
                code,
                memo,
                str(_amount(debit, cur)),
                str(_amount(credit, cur)),
                str(_amount(balance, cur)),
            )
        )
    return Report(
        f"general_ledger_{account}",
        ("date", "document", "branch", "memo", "debit", "credit", "balance"),
        body,
        {
            "account": account,
            "name": chart.account(account).name,
            "opening": str(_amount(opening, cur)),
            "closing": str(_amount(balance, cur)),
            "currency": cur,
        },
    )


# -- receivables (issue 13) ---------------------------------------------------------------


def _end_of_day(conn: Connection, day: date) -> datetime:
    company = rows.company(conn)
    country = company.country if company else "DZ"
    return datetime.combine(day + timedelta(days=1), time(0), zone_of(country))


def aged_receivables(
    engine: Engine, reader: Reader, as_of: date, branch: str | None = None
) -> Report:
    """What every customer owes, by currency and days past due, over every branch's
    invoices and every site's payments (a branch manager: their branch's invoices)."""
    with _reading(engine, reader) as conn:
        found = receivables.aged(
            conn, as_of, _end_of_day(conn, as_of), _scope(conn, reader, branch)
        )
    body = [
        (name, cur, *(str(_amount(m, cur)) for m in minors), str(_amount(sum(minors), cur)))
        for _id, name, cur, minors in found
    ]
    totals: dict[str, int] = {}
    for _id, _name, cur, minors in found:
        totals[cur] = totals.get(cur, 0) + sum(minors)
    return Report(
        "aged_receivables",
        ("customer", "currency", "current", "1-30", "31-60", "61-90", "over_90", "total"),
        body,
        {"as_of": as_of.isoformat(), "totals": {c: str(_amount(m, c)) for c, m in totals.items()}},
    )


def customer_statement(
    engine: Engine, reader: Reader, customer: UUID, start: date, end: date
) -> Report:
    """A customer's movements across every branch from ``start`` to ``end`` included, with
    the balance brought forward and the running balance per currency."""
    if not reader.company_wide:
        raise PermissionDenied(
            "auth.permission_denied",
            permission=str(Permission.REPORTS_COMPANY),
            user=reader.username,
        )
    with _reading(engine, reader) as conn:
        since = _end_of_day(conn, start - timedelta(days=1))
        found = receivables.statement(conn, customer, _end_of_day(conn, end))
    opening: dict[str, int] = {}
    balance: dict[str, int] = {}
    body = []
    for at, kind, number, cur, debit, credit in found:
        balance[cur] = balance.get(cur, 0) + debit - credit
        if at < since:
            opening[cur] = balance[cur]
            continue
        body.append(
            (
                at.date().isoformat(),
                kind,
                number,
                cur,
                str(_amount(debit, cur)),
                str(_amount(credit, cur)),
                str(_amount(balance[cur], cur)),
            )
        )
    return Report(
        "customer_statement",
        ("date", "kind", "number", "currency", "debit", "credit", "balance"),
        body,
        {
            "opening": {c: str(_amount(m, c)) for c, m in opening.items()},
            "closing": {c: str(_amount(m, c)) for c, m in balance.items()},
        },
    )


def purchases(
    engine: Engine, reader: Reader, start: date, end: date, group: str, branch: str | None = None
) -> Report:
    """What the branches received (issue 14), by supplier, branch or product, at cost."""
    if group not in purchase_sums.PURCHASE_GROUPS:
        raise ValidationError("common.invalid_value", field="group", value=group)
    with _reading(engine, reader) as conn:
        currency = _chart(conn).currency
        found = purchase_sums.purchases(conn, start, end, _scope(conn, reader, branch), group)
    body = [
        (
            key,
            str(receipts),
            f"{Decimal(quantity).scaleb(-3).normalize():f}",
            str(Money.of(Decimal(value).scaleb(-3), currency).amount),
        )
        for key, receipts, quantity, value in found
    ]
    return Report(
        f"purchases_by_{group}",
        (group, "receipts", "quantity", "value"),
        body,
        {"currency": currency},
    )
