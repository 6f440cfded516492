"""Taking payment: F2 opens the tender dialog (ui/payment_dialog.py), a quick-cash button
pays cash at once; checkout runs on the database worker and writes the receipt; a discount
or a typed price beyond the cashier's rights asks a manager's PIN and tries again; after
payment the change due is the biggest figure on screen.

Functions of the till (``PosView``); their texts keep its translation context "PosView"."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit

from erp_desktop.app.auth import log_in_with_pin
from erp_desktop.app.context import Actor
from erp_desktop.app.till.checkout import CheckoutResult, checkout
from erp_desktop.kernel.errors import ConflictError, ErpError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.partners.customers import CreditDecision
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui.credit_override import CreditOverrideDialog
from erp_desktop.ui.formatting import money, number
from erp_desktop.ui.payment_dialog import PaymentDialog
from erp_desktop.ui.till_customer import buys_on_account
from erp_desktop.ui.till_documents import write_receipt
from erp_desktop.ui.till_ticket import ticket_request

if TYPE_CHECKING:
    from erp_desktop.ui.pos_view import PosView


def pay(till: PosView) -> None:
    if not till.cart.entries or till.ctx.actor is None or till.quoted is None:
        return
    if till.session_open is False:  # told before a tender is typed, not after
        till.show_error(ConflictError("sales.no_open_session", register=till.register_code))
        return
    dialog = PaymentDialog(
        till.quoted.gross,
        till.country,
        till.ctx.deps.business_date(till.country),
        till.cash_step,
        till.ctx.languages.locale,
        till,
        till.foreign_rates,
        Money.from_minor(till.customer.store_credit_minor, till.currency)
        if till.customer and till.customer.store_credit_minor
        else None,
        till.ctx.deps.taxes,
        on_account=buys_on_account(till.customer),
        points=till.points_offer,
    )
    accepted = dialog.exec() == PaymentDialog.DialogCode.Accepted
    till.ready()
    if accepted:
        till.submit_payment(dialog.tenders(), points=dialog.points_used())


def pay_cash(till: PosView, handed: Money) -> None:
    """A quick-cash button: the ticket paid in cash with what the customer handed over
    (the exact amount or a banknote), no tender dialog."""
    if not till.cart.entries or till.ctx.actor is None or till.quoted is None:
        return
    if till.session_open is False:
        till.show_error(ConflictError("sales.no_open_session", register=till.register_code))
        return
    till.submit_payment((Tender(TenderKind.CASH, handed),))
    till.ready()


def submit_payment(
    till: PosView,
    tenders: tuple[Tender, ...],
    approver: Actor | None = None,
    points: int = 0,
    credit_approver: Actor | None = None,
) -> None:
    """Checkout on the database worker. A refusal a manager may lift (a discount, a typed
    price, a customer's blocking credit limit) asks their PIN and tries again with them."""
    assert till.ctx.actor is not None
    request = ticket_request(
        till, tenders, approver or till.price_approver, points, credit_approver
    )
    deps, actor, folder = till.ctx.deps, till.ctx.actor, till.ctx.data_dir / "receipts"

    def job() -> tuple[CheckoutResult, Path]:
        result = checkout(deps, actor, request)
        return result, write_receipt(deps, actor, result.sale.number, folder)

    def failed(error: Exception) -> None:
        if isinstance(error, ErpError) and error.code == "sales.discount_needs_approval":
            till.ask_approval(
                lambda manager: till.submit_payment(tenders, manager, points, credit_approver)
            )
            return
        if isinstance(error, ErpError) and error.code == "sales.price_override_needs_approval":
            till.ask_approval(
                lambda manager: till.submit_payment(tenders, manager, points, credit_approver),
                Permission.SALES_PRICE_OVERRIDE,
            )
            return
        if isinstance(error, ErpError) and error.code == "receivables.credit_limit_blocked":
            _override_credit_limit(till, error, tenders, approver, points)
            return
        till.show_error(error)

    cash = any(tender.kind is TenderKind.CASH for tender in tenders)
    till.ctx.db.submit(job, lambda outcome: _paid(till, outcome, cash), failed)


def ask_approval(
    till: PosView,
    approved: Callable[[Actor], None],
    permission: Permission = Permission.SALES_DISCOUNT_OVERRIDE,
) -> None:
    """A manager types their PIN at the till to approve a large discount or a typed
    price (``permission``). The PIN is
    checked on the database worker (an argon2 check and a write: never on the GUI
    thread), and wrong PINs count against this register like at the login."""
    pin, ok = QInputDialog.getText(
        till,
        QCoreApplication.translate("PosView", "Manager approval"),
        QCoreApplication.translate("PosView", "Manager PIN"),
        QLineEdit.EchoMode.Password,
    )
    till.ready()
    if not ok:
        return
    deps = till.ctx.deps
    register = till.ctx.register_id if isinstance(till.ctx.register_id, UUID) else None

    def checked(manager: Actor) -> None:
        if not manager.may(permission):
            refused = (
                QCoreApplication.translate("PosView", "%1 may not change prices.")
                if permission is Permission.SALES_PRICE_OVERRIDE
                else QCoreApplication.translate("PosView", "%1 may not approve discounts.")
            )
            till.say(refused.replace("%1", manager.username))
            return
        approved(manager)

    till.ctx.db.submit(lambda: log_in_with_pin(deps, pin, register), checked, till.show_error)


def _override_credit_limit(
    till: PosView,
    refusal: ErpError,
    tenders: tuple[Tender, ...],
    approver: Actor | None,
    points: int,
) -> None:
    """The customer's blocking limit refused the ticket: a manager may let it pass with their
    PIN (the documents screen's dialog and machinery, with its lockout), then it is sold."""
    dialog = CreditOverrideDialog(till.ctx, till.ctx.explain(refusal), till)
    accepted = dialog.exec() == CreditOverrideDialog.DialogCode.Accepted
    till.ready()
    if accepted and dialog.approved is not None:
        till.submit_payment(tenders, approver, points, dialog.approved)
    else:
        till.show_error(refusal)


def _paid(till: PosView, outcome: tuple[CheckoutResult, Path], cash: bool = False) -> None:
    result, path = outcome
    till.last_receipt = path
    till.clear_ticket()
    till.print_receipt(path, open_drawer=cash)
    settled = result.settlement
    till.last_added = -1
    till.sale_paid.emit(settled.cash_tendered + settled.non_cash_paid, settled.change_due)
    change = money(result.settlement.change_due, till.ctx.languages.locale)
    till.change_label.show_change(
        QCoreApplication.translate("PosView", "Change due: %1").replace("%1", change)
    )
    said = (
        QCoreApplication.translate("PosView", "Sale %1 done. Change due: %2")
        .replace("%1", result.sale.number)
        .replace("%2", change)
    )
    locale = till.ctx.languages.locale
    if result.sale.on_account:
        said += " " + QCoreApplication.translate("PosView", "%1 left on account.").replace(
            "%1", money(result.sale.on_account, locale)
        )
    if result.credit is not None and result.credit.decision is CreditDecision.WARN:
        assert result.credit.limit is not None
        said += " " + (
            QCoreApplication.translate("PosView", "Over the credit limit: %1 owed of %2.")
            .replace("%1", money(result.credit.exposure, locale))
            .replace("%2", money(result.credit.limit, locale))
        )
    if result.points is not None:
        said += " " + QCoreApplication.translate("PosView", "%1 points used.").replace(
            "%1", number(Decimal(result.points.points), locale)
        )
    till.say(said)
    till.ctx.db.data_did_change.emit(result.changes)
    till.ready()
