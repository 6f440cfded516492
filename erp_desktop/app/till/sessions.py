"""Cash sessions: open with a float, X report at any time, close by counting cash (Z report).

Expected cash = opening float + cash kept from sales - cash refunded. The difference between
counted and expected cash is posted to the cash over/short account when the session closes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.app.bridge import chart_of, post_entry, queue
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import ReadView
from erp_desktop.app.records import SessionInfo
from erp_desktop.kernel.documents import SaleDocument
from erp_desktop.kernel.errors import ConflictError, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.posting import CashCountPosting, post_cash_count


@dataclass(frozen=True, slots=True)
class SessionReport:
    """X (interim) or Z (closing) report of a cash session."""

    session_id: UUID
    currency: str
    sales_count: int
    returns_count: int
    gross_sales: Money
    returns: Money
    discounts: Money
    stamp_duty: Money
    vat_by_rate: dict[str, Money]
    by_tender: dict[str, Money]  # sales minus refunds, per tender, local value
    opening_float: Money
    expected_cash: Money
    counted_cash: Money | None = None
    z_number: int | None = None

    @property
    def difference(self) -> Money | None:
        return None if self.counted_cash is None else self.counted_cash - self.expected_cash

    def as_dict(self) -> dict[str, Any]:
        return {
            "sales_count": self.sales_count,
            "returns_count": self.returns_count,
            "gross_sales_minor": self.gross_sales.to_minor(),
            "returns_minor": self.returns.to_minor(),
            "discounts_minor": self.discounts.to_minor(),
            "stamp_duty_minor": self.stamp_duty.to_minor(),
            "vat_by_rate_minor": {k: v.to_minor() for k, v in self.vat_by_rate.items()},
            "by_tender_minor": {k: v.to_minor() for k, v in self.by_tender.items()},
            "opening_float_minor": self.opening_float.to_minor(),
            "expected_cash_minor": self.expected_cash.to_minor(),
            "counted_cash_minor": None
            if self.counted_cash is None
            else self.counted_cash.to_minor(),
            "z_number": self.z_number,
        }


def _local(amount_minor: int, currency: str, rate: Decimal, target: str) -> Money:
    money = Money.from_minor(amount_minor, currency)
    return money if currency == target else Money.of(money.amount * rate, target)


def build_report(session: SessionInfo, sales: list[SaleDocument]) -> SessionReport:
    cur = session.currency
    zero = Money.zero(cur)
    gross = returns = discounts = stamp = zero
    vat: dict[str, Money] = defaultdict(lambda: Money.zero(cur))
    tenders: dict[str, Money] = defaultdict(lambda: Money.zero(cur))
    cash = Money.from_minor(session.opening_float_minor, cur)
    n_sales = n_returns = 0
    for sale in sales:
        sign = -1 if sale.kind == "credit_note" else 1
        total = sale.total
        if sign > 0:
            n_sales += 1
            gross = gross + total
            discounts = discounts + sale.discount
            stamp = stamp + sale.stamp_duty
        else:
            n_returns += 1
            returns = returns + total
        for line in sale.lines:
            vat[str(line.vat_rate)] = vat[str(line.vat_rate)] + (
                line.vat if sign > 0 else -line.vat
            )
        change = sale.change
        for p in sale.payments:
            value = _local(p.amount.to_minor(), p.currency, p.rate, cur)
            tenders[p.tender] = tenders[p.tender] + (value if sign > 0 else -value)
            if p.tender == "cash":
                cash = cash + (value if sign > 0 else -value)
        if change:
            tenders["cash"] = tenders["cash"] - change
            cash = cash - change
    return SessionReport(
        session.id,
        cur,
        n_sales,
        n_returns,
        gross,
        returns,
        discounts,
        stamp,
        dict(vat),
        dict(tenders),
        Money.from_minor(session.opening_float_minor, cur),
        cash,
    )


def open_cash_session(deps: Deps, actor: Actor, opening_float: Money) -> Done[SessionInfo]:
    actor.require(Permission.CASH_SESSION_OPEN)
    if actor.register_id is None:
        raise ValidationError("common.required", field="register")
    if opening_float.is_negative():
        raise ValidationError("sales.invalid_count", value=str(opening_float))
    with deps.store.transaction(actor.user_id) as tx:
        register = tx.org.register(actor.register_id)
        if tx.till.current_session(register.id) is not None:
            raise ConflictError("sales.session_already_open", register=register.code)
        currency = tx.org.company().currency
        if opening_float.currency != currency:
            raise ValidationError(
                "money.currency_mismatch", left=opening_float.currency, right=currency
            )
        session = SessionInfo(
            new_id(),
            register.id,
            "open",
            actor.user_id,
            deps.now(),
            currency,
            opening_float.to_minor(),
        )
        tx.till.open_session(session, deps.now())
        queue(deps, tx, "cash_session", session.id, _payload(session), actor.user_id)
    return Done(session, frozenset({Changed.CASH_SESSION, Changed.OUTBOX}))


def x_report(deps: Deps, actor: Actor) -> SessionReport:
    actor.require(Permission.CASH_SESSION_VIEW)
    with deps.store.read() as tx:
        session = _open_session(tx, actor)
        return build_report(session, tx.sales.session_sales(session.id))


def count_denominations(denominations: dict[str, int], currency: str) -> Money:
    """Counted cash from {"2000": 3, "0.50": 4} (face value as text: count)."""
    total = Money.zero(currency)
    for face, count in denominations.items():
        try:
            value = Decimal(face)
        except ArithmeticError:
            raise ValidationError("sales.invalid_count", value=face) from None
        if value <= 0 or count < 0 or not isinstance(count, int):
            raise ValidationError("sales.invalid_count", value=f"{face} x {count}")
        total = total + Money.of(value * count, currency)
    return total


def close_cash_session(
    deps: Deps, actor: Actor, denominations: dict[str, int]
) -> Done[SessionReport]:
    actor.require(Permission.CASH_SESSION_CLOSE)
    with deps.store.transaction(actor.user_id) as tx:
        session = _open_session(tx, actor)
        counted = count_denominations(denominations, session.currency)
        report = build_report(session, tx.sales.session_sales(session.id))
        z_number = tx.till.last_z_number(session.register_id) + 1
        report = replace(report, counted_cash=counted, z_number=z_number)
        now = deps.now()
        tx.till.close_session(
            session.id,
            actor.user_id,
            report.expected_cash.to_minor(),
            counted.to_minor(),
            denominations,
            z_number,
            report.as_dict(),
            now,
        )
        company = tx.org.company()
        register = tx.org.register(session.register_id)
        difference = counted - report.expected_cash
        post_entry(
            tx,
            post_cash_count(
                chart_of(tx),
                CashCountPosting(
                    session.id,
                    f"Z{z_number:05d}-{register.code}",
                    deps.business_date(company.country, now),
                    register.branch_id,
                    difference,
                ),
            ),
            now,
        )
        closed = tx.till.session(session.id)
        queue(deps, tx, "cash_session", session.id, _payload(closed), actor.user_id)
    return Done(report, frozenset({Changed.CASH_SESSION, Changed.JOURNAL, Changed.OUTBOX}))


def _open_session(tx: ReadView, actor: Actor) -> SessionInfo:
    if actor.register_id is None:
        raise ValidationError("common.required", field="register")
    session = tx.till.current_session(actor.register_id)
    if session is None:
        raise ConflictError(
            "sales.no_open_session", register=tx.org.register(actor.register_id).code
        )
    return session


def _payload(session: SessionInfo) -> dict[str, Any]:
    return {
        "id": str(session.id),
        "register_id": str(session.register_id),
        "opened_at": session.opened_at.isoformat(),
        "closed_at": session.closed_at.isoformat() if session.closed_at else None,
        "opening_float_minor": session.opening_float_minor,
        "expected_cash_minor": session.expected_cash_minor,
        "counted_cash_minor": session.counted_cash_minor,
        "currency": session.currency,
        "status": session.status,
    }
