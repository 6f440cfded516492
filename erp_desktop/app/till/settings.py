"""What a till needs to know before the first scan: the currency, the country's rules, the
register's cash step, today's rates of the foreign currencies accepted in cash, and whether
a cash session is open (the cashier is told at once, not after tendering)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission

FOREIGN_CASH = ("EUR", "USD")


@dataclass(frozen=True, slots=True)
class TillSettings:
    currency: str
    country: str
    cash_step: Decimal  # the smallest coin the till gives back (0: no rounding)
    foreign_rates: dict[str, Decimal]  # currency -> local units per unit, today
    register_code: str = ""  # "C1": printers are chosen per register
    session_open: bool = True  # a cash session is open on this register


def till_settings(deps: Deps, actor: Actor) -> TillSettings:
    actor.require(Permission.SALES_CHECKOUT)
    with deps.store.read() as tx:
        company = tx.org.company()
        register = tx.org.register(actor.register_id) if actor.register_id else None
        step_minor = register.cash_step_minor if register else 0
        today = deps.business_date(company.country)
        rates = {
            code: rate
            for code in FOREIGN_CASH
            if code != company.currency
            and (rate := tx.catalog.exchange_rate(code, company.currency, today)) is not None
        }
        session_open = register is not None and tx.till.current_session(register.id) is not None
    return TillSettings(
        company.currency,
        company.country,
        Money.from_minor(step_minor, company.currency).amount,
        rates,
        f"{register.branch_code}-{register.code}" if register else "",
        session_open,
    )
