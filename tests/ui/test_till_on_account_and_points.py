"""At the till: a business customer chosen with Ctrl+K buys on account (issue 13), a blocking
credit limit refuses until a manager types their PIN, and a customer's loyalty points pay
part of a ticket (issue 16), through the real payment dialog."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from erp_desktop.app.reactions import subscribe_reactions
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.kernel.crm.program import PROGRAM_SETTING
from erp_desktop.kernel.documents import SaleDocument
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.credit_override import CreditOverrideDialog
from erp_desktop.ui.customer_dialog import CustomerDialog
from erp_desktop.ui.payment_dialog import PaymentDialog
from erp_desktop.ui.pos_view import PosView
from erp_desktop.ui.return_dialog import ReturnDialog
from tests.builders import Branch
from tests.desktop.receivables_helpers import wholesale_customer
from tests.desktop.test_loyalty_at_the_till import PROGRAM
from tests.ui.conftest import settle
from tests.ui.test_returns_and_approval import till

MANAGER_PIN = "3222"


def when_open(
    kind: type[QDialog], act: Callable[[QDialog], None], failures: list[BaseException]
) -> None:
    """Runs ``act`` on the next modal dialog of ``kind`` (another one closing is waited out)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(20, run)
            return
        try:
            act(dialog)
        except BaseException as exc:  # handed back to the test
            failures.append(exc)
            dialog.reject()

    QTimer.singleShot(20, run)


def choose(qtbot: QtBot, pos: PosView, name: str) -> None:
    failures: list[BaseException] = []

    def find(dialog: QDialog) -> None:
        search = dialog.findChild(QLineEdit, "customer_search")
        qtbot.keyClicks(search, name)
        qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=5000)  # type: ignore[attr-defined]
        qtbot.keyClick(search, Qt.Key.Key_Return)

    when_open(CustomerDialog, find, failures)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pos.customer is not None or bool(failures), timeout=5000)
    if failures:
        raise failures[0]
    settle(qtbot, pos.ctx)


def scan(qtbot: QtBot, pos: PosView, code: str) -> None:
    qtbot.keyClicks(pos.scan_field, code)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_Return)
    settle(qtbot, pos.ctx)


def paid(qtbot: QtBot, pos: PosView, failures: list[BaseException]) -> SaleDocument:
    qtbot.waitUntil(lambda: pos.last_receipt is not None or bool(failures), timeout=8000)
    if failures:
        raise failures[0]
    with pos.ctx.deps.store.read() as tx:
        sale = tx.sales.sale_by_number(pos.last_receipt.stem)  # type: ignore[union-attr]
    assert sale is not None
    return sale


def said(text: str) -> str:
    """The till's words in the test's language (as translated once the lead's .ts have
    them; the source text until then)."""
    return QCoreApplication.translate("PosView", text)


def plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_a_business_customer_chosen_at_the_till_buys_on_account(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    wholesale_customer(branch)  # Restaurant Le Golfe, 30 days
    pos = till(qtbot, ctx, branch)
    choose(qtbot, pos, "Golfe")
    assert said("on account") in pos.customer_label.text()
    scan(qtbot, pos, branch.barcodes[0])  # café 450
    failures: list[BaseException] = []

    def on_account(dialog: QDialog) -> None:
        assert isinstance(dialog, PaymentDialog)
        account = dialog.findChild(QLineEdit, "on_account")
        assert account is not None and dialog.labels[
            "on_account"
        ].text() == QCoreApplication.translate("PaymentDialog", "On account")
        qtbot.keyClicks(account, "450")
        assert plain(dialog.change.text()).startswith("0,00")
        dialog.accept()

    when_open(PaymentDialog, on_account, failures)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_F2)
    sale = paid(qtbot, pos, failures)
    assert [(p.tender, p.amount) for p in sale.payments] == [
        ("on_account", Money.of(Decimal(450), "DZD"))
    ]
    left = said("%1 left on account.").replace("%1", "450,00 DA")
    assert left in plain(pos.status.text())


def test_a_blocking_limit_asks_a_managers_pin_then_sells(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    wholesale_customer(branch, limit="100", blocks=True)
    pos = till(qtbot, ctx, branch)
    choose(qtbot, pos, "Golfe")
    scan(qtbot, pos, branch.barcodes[0])
    failures: list[BaseException] = []
    refusals: list[str] = []

    def override(dialog: QDialog) -> None:
        assert isinstance(dialog, CreditOverrideDialog)
        refusals.append(dialog.why.text())
        qtbot.keyClicks(dialog.pin, MANAGER_PIN)
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)

    def on_account(dialog: QDialog) -> None:
        assert isinstance(dialog, PaymentDialog)
        qtbot.keyClicks(dialog.account, "450")
        when_open(CreditOverrideDialog, override, failures)
        dialog.accept()

    when_open(PaymentDialog, on_account, failures)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_F2)
    sale = paid(qtbot, pos, failures)
    assert refusals and "Restaurant Le Golfe" in refusals[0]
    assert sale.approved_by == branch.actor("manager").user_id
    assert sale.on_account == Money.of(Decimal(450), "DZD")


def test_a_customers_points_pay_part_of_the_ticket(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    """Two tickets of 1,350 DZD earn 13 points each (1 per 100 DZD, rounded down): 26 held;
    20 of them (the minimum), worth 40 DZD at 2 DZD a point, pay part of a 450 DZD coffee,
    the rest by card; 27 points are refused (beyond what this till knows they hold)."""
    with branch.deps.store.transaction(None) as tx:
        tx.org.set_setting(PROGRAM_SETTING, PROGRAM, branch.deps.now())
    customer = wholesale_customer(branch, name="Benali Amina", terms="")
    subscribe_reactions(branch.deps)  # the earning reacts to each sale on the bus
    pos = till(qtbot, ctx, branch)
    for _ in range(2):
        checkout(
            branch.deps,
            ctx.actor,  # type: ignore[arg-type]
            CheckoutRequest(
                (CartLine(branch.products[0], Decimal(3)),),
                (Tender(TenderKind.CARD, Money.of(Decimal(1350), "DZD"), reference="T"),),
                customer_id=customer,
            ),
        )
    choose(qtbot, pos, "Benali")
    qtbot.waitUntil(lambda: pos.points_offer is not None, timeout=5000)
    held = pos.points_offer.spendable  # type: ignore[union-attr]
    assert held >= 20
    assert said("%1 points").replace("%1", str(held)) in pos.customer_label.text()
    assert said("on account") not in pos.customer_label.text()
    scan(qtbot, pos, branch.barcodes[0])
    failures: list[BaseException] = []

    def with_points(dialog: QDialog) -> None:
        assert isinstance(dialog, PaymentDialog)
        points = dialog.findChild(QLineEdit, "points")
        assert points is not None
        assert "on_account" not in dialog.labels  # no credit terms: not offered
        qtbot.keyClicks(points, str(held + 1))
        assert (
            dialog.error.text()
            and not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        )  # beyond what this till knows they hold
        points.clear()
        qtbot.keyClicks(points, "20")
        assert plain(dialog.points_value.text()).startswith("40,00")
        qtbot.keyClicks(dialog.card, "410")
        qtbot.keyClicks(dialog.card_ref, "T-2")
        assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.accept()

    when_open(PaymentDialog, with_points, failures)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_F2)
    sale = paid(qtbot, pos, failures)
    assert [(p.tender, p.amount) for p in sale.payments] == [
        ("points", Money.of(Decimal(40), "DZD")),
        ("card", Money.of(Decimal(410), "DZD")),
    ]
    assert said("%1 points used.").replace("%1", "20") in plain(pos.status.text())


def test_a_return_of_a_ticket_on_account_says_what_went_back_on_account(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    """The worked ticket of tests/desktop/test_return_on_account.py: 900 DZD, 600 on
    account; one coffee of two returned at F10 gives 300 back on account, 150 to the card,
    and the till says both, not only the total refunded."""
    from tests.desktop.test_ticket_on_account import sell_on_account

    customer = wholesale_customer(branch)
    pos = till(qtbot, ctx, branch)
    sold = sell_on_account(branch, customer).sale
    failures: list[BaseException] = []

    def give_back_one_coffee(dialog: QDialog) -> None:
        number = dialog.findChild(QLineEdit, "receipt_number")
        qtbot.keyClicks(number, sold.number)
        qtbot.keyClick(number, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.sale is not None, timeout=5000)  # type: ignore[attr-defined]
        dialog.spins[0][1].setValue(1)  # type: ignore[attr-defined]
        dialog.accept()

    when_open(ReturnDialog, give_back_one_coffee, failures)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: pos.last_return is not None or bool(failures), timeout=8000)
    if failures:
        raise failures[0]
    status = plain(pos.status.text())
    assert said("%1 back on account.").replace("%1", "300,00 DA") in status
    assert said("%1 given back in points.").split("%1")[1] not in status  # no points here
