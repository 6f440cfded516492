"""The ticket's customer: found or created at the till (Ctrl+K), shown under the cart with
what the customer may spend (store credit).

Functions of the till (``PosView``); their texts keep its translation context "PosView"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from erp_desktop.app.records import CustomerInfo
from erp_desktop.kernel.money import Money
from erp_desktop.ui.customer_dialog import CustomerDialog
from erp_desktop.ui.formatting import local_name, money

if TYPE_CHECKING:
    from erp_desktop.ui.pos_view import PosView


def choose_customer(till: PosView) -> None:
    """Ctrl+K: attach a customer (found, or created here offline) to the ticket."""
    dialog = CustomerDialog(till.ctx, till)
    accepted = dialog.exec() == CustomerDialog.DialogCode.Accepted
    till.ready()
    if accepted and dialog.chosen is not None:
        till.set_customer(dialog.chosen)


def set_customer(till: PosView, customer: CustomerInfo | None) -> None:
    till.customer = customer
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
    till.customer_label.setText(text)
