"""The demo's receivables: what the wholesale customers paid of their invoices by the end of
the period, through the real use cases (app.receivables): transfers settling the oldest
invoices, partial cash payments (with the stamp duty), cheques and traites held, deposited
or cleared, one cheque bounced (its invoices open again), an over-payment refunded, and the
export customer paying in euros at another rate than invoiced (a realized difference)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.receivables.instruments import record_instrument_step
from erp_desktop.app.receivables.payments import PaymentRequest, receive_payment
from erp_desktop.app.receivables.refunds import refund_credit
from erp_desktop.demo.context import at_local
from erp_desktop.kernel.clock import FixedClock, HybridLogicalClock
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Role
from erp_desktop.storage.seed import UserSeed
from erp_desktop.storage.store import SqliteStore

EUR_PAID_AT = Decimal("151.20")  # the day's rate when the export customer pays
_BANKS = ("BNA", "CPA", "BEA", "BADR", "BDL", "Société Générale Algérie")


@dataclass(frozen=True, slots=True)
class ReceivablesDemo:
    payments: int
    bounced: int


def build_receivables_demo(
    store: SqliteStore,
    rng: random.Random,
    ids: dict[str, UUID],
    users: list[UserSeed],
    first: date,
    days: int,
) -> ReceivablesDemo:
    """Payments on the last days of the period (see the module's docstring)."""
    branch_id = ids["alg01"]
    manager_id = next(u.id for u in users if "branch_manager" in u.roles)
    last = first + timedelta(days=max(days - 1, 1))
    clock = FixedClock(at_local(last, 10, 0))
    deps = Deps(
        store, clock, HybridLogicalClock("ALG01RCV", lambda: int(clock.now().timestamp() * 1000))
    )
    manager = Actor(manager_id, "manager", frozenset({Role.BRANCH_MANAGER}), branch_id)
    with store.read() as view:
        customers = [c.id for c in view.customers.business_customers("", 500)]
        owed = {c: view.receivables.open_items(c) for c in customers}
    payments = bounced = 0
    # the first customers owing in dinars show each case once, the others at random
    cases = ["bounced_cheque", "cleared_traite", "cash_part", "over_paid"]
    for minute, (customer, items) in enumerate(owed.items()):
        if not items:
            continue
        clock.set(at_local(last, 10 + minute // 60 % 6, minute % 60))
        currency = items[0].currency
        total = sum((i.open for i in items if i.currency == currency), Money.zero(currency))
        if currency != "DZD":
            case = "swift"
        elif cases:
            case = cases.pop(0)
        else:
            case = rng.choice(("transfer", "transfer", "cash_part", "held", "unpaid"))
        if case == "unpaid":
            continue  # it ages
        try:
            if case == "swift":  # the export customer, at the day's rate, not the invoice's
                request = PaymentRequest(
                    customer, "transfer", total, rate=EUR_PAID_AT, reference="SWIFT"
                )
            elif case in ("transfer", "over_paid"):
                extra = Money.of(500, currency) if case == "over_paid" else Money.zero(currency)
                request = PaymentRequest(
                    customer, "transfer", total + extra, reference=f"VIR {minute:04d}"
                )
            elif case == "cash_part":
                part = Money.of((total.amount / 3).quantize(Decimal(1)), currency)
                request = PaymentRequest(customer, "cash", part)
            else:
                request = PaymentRequest(
                    customer,
                    "traite" if case == "cleared_traite" else "cheque",
                    total,
                    bank=rng.choice(_BANKS),
                    instrument_number=f"{rng.randint(1000000, 9999999)}",
                    instrument_due=last + timedelta(days=rng.choice((0, 15, 30))),
                )
            paid = receive_payment(deps, manager, request)
            payments += 1
            clock.set(clock.now() + timedelta(minutes=1))
            if case == "over_paid":
                refund_credit(deps, manager, customer, Money.of(500, currency), "cash")
            elif case in ("bounced_cheque", "cleared_traite", "held"):
                record_instrument_step(deps, manager, paid.payment.id, "deposit")
                if case == "bounced_cheque":
                    record_instrument_step(deps, manager, paid.payment.id, "bounce")
                    bounced += 1
                elif case == "cleared_traite" or rng.random() < 0.5:
                    record_instrument_step(deps, manager, paid.payment.id, "clear")
        except ErpError:
            continue  # a limit, a rate missing...: the demo goes on
    return ReceivablesDemo(payments, bounced)
