"""The till's payment dialog shows the stamp duty checkout will charge on a ticket."""

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from erp_desktop.kernel.money import Money
from erp_desktop.ui.payment_dialog import PaymentDialog


def test_a_tunisian_ticket_paid_by_card_alone_can_be_validated_with_no_duty(
    qapp: QApplication, qtbot: QtBot
) -> None:
    dialog = PaymentDialog(
        Money.of("57.300", "TND"), "TN", date(2026, 3, 10), Decimal("0.100"), "fr_TN"
    )
    qtbot.addWidget(dialog)
    dialog.card.setText("57,300")
    dialog.card_ref.setText("TPE-1")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled(), dialog.error.text()
    assert dialog.stamp.text().replace("\u00a0", " ").replace("\u202f", " ").startswith("0,000")


def test_a_moroccan_cash_ticket_shows_its_quarter_percent(qapp: QApplication, qtbot: QtBot) -> None:
    dialog = PaymentDialog(Money.of(1000, "MAD"), "MA", date(2026, 3, 10), Decimal("0.10"), "fr_MA")
    qtbot.addWidget(dialog)
    dialog.cash.setText("1100")
    assert dialog.stamp.text().replace("\u00a0", " ").replace("\u202f", " ").startswith("2,50")
