"""The ticket's customer: found or created at the till (Ctrl+K), shown under the cart with
what the customer may spend (store credit, loyalty points: read from the replica off the
GUI thread, offered in the payment dialog) and whether they buy on account.

Functions of the till (``PosView``); their texts keep its translation context "PosView"."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from erp_desktop.app.crm.loyalty import PointsAtTheTill, points_at_the_till
from erp_desktop.app.records import CustomerInfo
from erp_desktop.kernel.money import Money
from erp_desktop.ui.customer_dialog import CustomerDialog
from erp_desktop.ui.formatting import local_name, money, number

if TYPE_CHECKING:
    from erp_desktop.ui.pos_view import PosView


def choose_customer(till: PosView) -> None:
    """Ctrl+K: attach a customer (found, or created here offline) to the ticket."""
    dialog = CustomerDialog(till.ctx, till)
    accepted = dialog.exec() == CustomerDialog.DialogCode.Accepted
    till.ready()
    if accepted and dialog.chosen is not None:
        till.set_customer(dialog.chosen)


def buys_on_account(customer: CustomerInfo | None) -> bool:
    """A business customer with credit terms may leave part of a ticket on account (checkout
    checks the terms and the limit again)."""
    return customer is not None and bool(customer.terms) and customer.terms != "cash"


def set_customer(till: PosView, customer: CustomerInfo | None) -> None:
    till.customer = customer
    till.points_offer = None
    if customer is None:
        till.customer_label.clear()
        return
    show_customer(till)
    if till.ctx.actor is None:
        return
    deps, actor, shown = till.ctx.deps, till.ctx.actor, customer

    def offered(offer: PointsAtTheTill | None) -> None:
        if till.customer is shown:  # not another customer chosen since
            till.points_offer = offer
            show_customer(till)

    till.ctx.db.submit(lambda: points_at_the_till(deps, actor, shown.id), offered, till.show_error)


def show_customer(till: PosView) -> None:
    """ "Customer: Restaurant Le Golfe · on account · 45 points" under the cart."""
    customer = till.customer
    if customer is None:
        till.customer_label.clear()
        return
    name = local_name(customer.name, customer.name_ar, till.ctx.languages.language)
    text = QCoreApplication.translate("PosView", "Customer: %1").replace("%1", name)
    if customer.store_credit_minor:
        credit = Money.from_minor(customer.store_credit_minor, customer.currency)
        text += " · " + QCoreApplication.translate("PosView", "store credit %1").replace(
            "%1", money(credit, till.ctx.languages.locale)
        )
    if buys_on_account(customer):
        text += " · " + QCoreApplication.translate("PosView", "on account")
    if till.points_offer is not None:
        text += " · " + QCoreApplication.translate("PosView", "%1 points").replace(
            "%1", number(Decimal(till.points_offer.spendable), till.ctx.languages.locale)
        )
    till.customer_label.setText(text)
