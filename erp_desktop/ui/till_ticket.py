"""The ticket being rung up, as the kernel prices it: the request checkout will be asked
(lines, ticket discount, customer, tenders), its quote asked off the GUI thread after every
change, and the total shown big (with the quick-cash amounts and the discounts). A quote
that comes back after the cart changed again is dropped: its own quote is on the way.

Functions of the till (``PosView``); their texts keep its translation context "PosView"."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from erp_desktop.app.context import Actor
from erp_desktop.app.till.checkout import CheckoutRequest, quote
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Discount, Tender
from erp_desktop.kernel.sales.quick_cash import quick_cash
from erp_desktop.kernel.sales.totals import SaleTotals
from erp_desktop.ui.formatting import money

if TYPE_CHECKING:
    from erp_desktop.ui.pos_view import PosView


def ticket_request(
    till: PosView,
    tenders: tuple[Tender, ...] = (),
    approver: Actor | None = None,
    points: int = 0,
    credit_approver: Actor | None = None,
) -> CheckoutRequest:
    discount = Discount(percent=till.ticket_discount) if till.ticket_discount else None
    customer = till.customer.id if till.customer else None
    return CheckoutRequest(
        till.cart.cart_lines(), tenders, discount, customer, approver, points, credit_approver
    )


def refresh_total(till: PosView) -> None:
    """Asks the kernel what the ticket costs (VAT, discounts), off the GUI thread."""
    if not till.cart.entries or till.ctx.actor is None:
        till.quoted = None
        show_total(till)
        return
    deps, actor, request = till.ctx.deps, till.ctx.actor, ticket_request(till)
    revision = till.cart.revision
    till.ctx.db.submit(
        lambda: quote(deps, actor, request),
        lambda totals: _quoted(till, totals, revision),
        till.show_error,
    )


def _quoted(till: PosView, totals: SaleTotals, revision: int) -> None:
    if revision != till.cart.revision:
        return  # the cart changed since: its own quote is on the way
    till.quoted = totals
    till.cart.show_quote(revision, [line.gross for line in totals.lines])
    show_total(till)
    if 0 <= till.last_added < len(till.cart.entries):
        entry = till.cart.entries[till.last_added]
        amount = till.cart.line_amount(till.last_added)
        till.line_quoted.emit(entry.product, entry.quantity, amount)


def show_total(till: PosView) -> None:
    locale = till.ctx.languages.locale
    total = till.quoted.gross if till.quoted else Money.zero(till.currency)
    till.total_label.setText(money(total, locale))
    on = till.ctx.deps.business_date(till.country)
    buttons = (
        quick_cash(total, till.country, on, till.cash_step, till.ctx.deps.taxes)
        if till.quoted
        else []
    )
    till.touch.quick_cash.show_amounts(buttons, locale)
    till.total_shown.emit(till.quoted.gross if till.quoted else None)
    if till.quoted and not till.quoted.discount.is_zero():
        till.discount_label.setText(
            QCoreApplication.translate("PosView", "Discounts: %1").replace(
                "%1", money(till.quoted.discount, locale)
            )
        )
    else:
        till.discount_label.clear()


def clear_ticket(till: PosView) -> None:
    till.cart.clear()
    till.ticket_discount = Decimal(0)
    till.price_approver = None
    till.set_customer(None)
    till.quoted = None
    show_total(till)
