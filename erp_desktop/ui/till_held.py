"""Held tickets: F7 parks the ticket (its lines and customer) under a name, F8 brings one
back, prices and discounts as they were typed.

Functions of the till (``PosView``); their texts keep its translation context "PosView"."""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from erp_desktop.app.catalog import products_by_id
from erp_desktop.app.records import ProductInfo
from erp_desktop.app.till.checkout import CartLine
from erp_desktop.app.till.held import RecalledTicket, held_tickets, hold_ticket, recall_held
from erp_desktop.kernel.money import Money
from erp_desktop.ui.cart_model import CartEntry

if TYPE_CHECKING:
    from erp_desktop.ui.pos_view import PosView


def hold(till: PosView) -> None:
    if not till.cart.entries or till.ctx.actor is None:
        return
    label, ok = QInputDialog.getText(
        till,
        QCoreApplication.translate("PosView", "Hold the ticket"),
        QCoreApplication.translate("PosView", "Name or note"),
    )
    till.ready()
    if not ok:
        return
    deps, actor, lines = till.ctx.deps, till.ctx.actor, till.cart.cart_lines()
    customer = till.customer.id if till.customer else None
    shown = label.strip() or QCoreApplication.translate("PosView", "Ticket")

    def held(_ticket: object) -> None:
        till.clear_ticket()
        till.say(QCoreApplication.translate("PosView", "Ticket held: %1").replace("%1", shown))

    till.ctx.db.submit(
        lambda: hold_ticket(deps, actor, shown, lines, customer), held, till.show_error
    )


def recall(till: PosView) -> None:
    if till.ctx.actor is None:
        return
    deps, actor = till.ctx.deps, till.ctx.actor
    till.ctx.db.submit(
        lambda: held_tickets(deps, actor), partial(_choose_held, till), till.show_error
    )


def _choose_held(till: PosView, tickets: list[tuple[object, str]]) -> None:
    if not tickets:
        till.say(QCoreApplication.translate("PosView", "No ticket is on hold."))
        return
    labels = [label for _, label in tickets]
    label, ok = QInputDialog.getItem(
        till,
        QCoreApplication.translate("PosView", "Recall a ticket"),
        QCoreApplication.translate("PosView", "Ticket"),
        labels,
        0,
        False,
    )
    till.ready()
    if not ok or till.ctx.actor is None:
        return
    ticket_id = tickets[labels.index(label)][0]
    deps, actor = till.ctx.deps, till.ctx.actor

    def job() -> tuple[RecalledTicket, list[ProductInfo]]:
        ticket = recall_held(deps, actor, ticket_id)  # type: ignore[arg-type]
        return ticket, products_by_id(deps, actor, [ln.product_id for ln in ticket.lines])

    till.ctx.db.submit(job, partial(_recalled, till), till.show_error)


def _recalled(till: PosView, outcome: tuple[RecalledTicket, list[ProductInfo]]) -> None:
    ticket, products = outcome
    lines: tuple[CartLine, ...] = ticket.lines
    by_id = {p.id: p for p in products}
    entries = []
    for line in lines:
        product = by_id[line.product_id]
        price = line.unit_price or Money.from_minor(product.price_minor, product.currency).amount
        percent = line.discount.percent if line.discount and line.discount.percent else Decimal(0)
        scale = line.unit_price is not None and not line.price_overridden
        entries.append(
            CartEntry(product, line.quantity, price, scale, percent, line.price_overridden)
        )
    till.cart.replace(entries)
    till.set_customer(ticket.customer)
    till.refresh_total()
