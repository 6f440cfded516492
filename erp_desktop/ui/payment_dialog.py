"""Taking payment: cash, card with the terminal's reference, cheque, transfer, foreign cash
at the day's rate, store credit, what a business customer leaves on account, their loyalty
points (valued by the kernel's rule, within what this till knows they hold), or any mix. Stamp duty (Algeria, on the part paid in cash), cash
rounding and the change are shown live as the cashier types, by the kernel's rules; OK is
enabled only when the tenders cover the total."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from erp_desktop.app.crm.loyalty import PointsAtTheTill
from erp_desktop.kernel.crm.loyalty import redeem
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind, settle
from erp_desktop.kernel.tax.catalog import TaxCatalog
from erp_desktop.kernel.tax.stamp_duty import StampDocument
from erp_desktop.ui.formatting import money, money_parameters, number
from erp_desktop.ui.messages import message, template


def _amount(text: str, currency: str) -> Money | None:
    try:
        value = Decimal(
            text.replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace(",", ".")
        )
    except InvalidOperation:
        return None
    if value <= 0:
        return None
    try:
        return Money.of(value, currency)
    except ErpError:
        return None


class PaymentDialog(QDialog):
    def __init__(
        self,
        total: Money,
        country: str,
        on: date,
        cash_step: Decimal,
        locale: str,
        parent: QWidget | None = None,
        foreign_rates: dict[str, Decimal] | None = None,
        store_credit: Money | None = None,
        taxes: TaxCatalog | None = None,
        on_account: bool = False,  # the ticket's customer buys on credit terms
        points: PointsAtTheTill | None = None,  # the customer's points to spend
    ) -> None:
        super().__init__(parent)
        self.total, self.country, self.on, self.step = total, country, on, cash_step
        self.taxes = taxes  # the replica's catalog, so the duty shown is the one checkout charges
        self.money_locale = locale
        self.foreign_rates = dict(foreign_rates or {})
        self.setObjectName("payment")
        self.form = QFormLayout(self)
        self.due = QLabel(money(total, locale))
        self.due.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.cash, self.card, self.card_ref = QLineEdit(), QLineEdit(), QLineEdit()
        self.cheque, self.cheque_ref = QLineEdit(), QLineEdit()
        self.transfer, self.transfer_ref = QLineEdit(), QLineEdit()
        self.foreign = {code: QLineEdit() for code in self.foreign_rates}
        self.store_credit = store_credit
        self.credit = QLineEdit()
        self.credit.setObjectName("store_credit")
        self.allow_on_account, self.points_offer = on_account, points
        self.account = QLineEdit()
        self.account.setObjectName("on_account")
        self.points = QLineEdit()
        self.points.setObjectName("points")
        self.points_value = QLabel()
        self.points_value.setObjectName("points_value")
        self.stamp, self.rounding, self.to_pay, self.change = QLabel(), QLabel(), QLabel(), QLabel()
        self.change.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget]] = [
            ("total", self.due),
            ("cash", self.cash),
            ("card", self.card),
            ("card_ref", self.card_ref),
            ("cheque", self.cheque),
            ("cheque_ref", self.cheque_ref),
            ("transfer", self.transfer),
            ("transfer_ref", self.transfer_ref),
        ]
        rows += [(f"foreign_{code}", field) for code, field in self.foreign.items()]
        if store_credit is not None:
            rows.append(("credit", self.credit))
        if on_account:
            rows.append(("on_account", self.account))
        if points is not None:
            rows += [("points", self.points), ("points_value", self.points_value)]
        rows += [
            ("stamp", self.stamp),
            ("rounding", self.rounding),
            ("to_pay", self.to_pay),
            ("change", self.change),
        ]
        for key, field in rows:
            label = QLabel()
            self.labels[key] = label
            self.form.addRow(label, field)
        self.form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        for field in (
            self.cash,
            self.card,
            self.cheque,
            self.transfer,
            self.credit,
            self.account,
            self.points,
            *self.foreign.values(),
        ):
            field.textChanged.connect(self.refresh)
        self.cash.setFocus()
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Payment"))
        texts = {
            "total": self.tr("Total"),
            "cash": self.tr("Cash received"),
            "card": self.tr("Card"),
            "card_ref": self.tr("Card terminal reference"),
            "cheque": self.tr("Cheque"),
            "cheque_ref": self.tr("Cheque number"),
            "transfer": self.tr("Transfer"),
            "transfer_ref": self.tr("Transfer reference"),
            "stamp": self.tr("Stamp duty"),
            "rounding": self.tr("Cash rounding"),
            "to_pay": self.tr("To pay"),
            "change": self.tr("Change due"),
        }
        if self.store_credit is not None:
            texts["credit"] = self.tr("Store credit (%1 available)").replace(
                "%1", money(self.store_credit, self.money_locale)
            )
        if self.allow_on_account:
            texts["on_account"] = self.tr("On account")
        if self.points_offer is not None:
            texts["points"] = self.tr("Loyalty points (%1 held)").replace(
                "%1", number(Decimal(self.points_offer.spendable), self.money_locale)
            )
            texts["points_value"] = self.tr("Worth")
        for code, rate in self.foreign_rates.items():
            texts[f"foreign_{code}"] = (
                self.tr("Cash in %1 (rate %2)")
                .replace("%1", code)
                .replace("%2", number(rate, self.money_locale))
            )
        for key, label in self.labels.items():
            label.setText(texts[key])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def tenders(self) -> tuple[Tender, ...]:
        currency = self.total.currency
        result = []
        for kind, field, ref in (
            (TenderKind.CARD, self.card, self.card_ref),
            (TenderKind.CHEQUE, self.cheque, self.cheque_ref),
            (TenderKind.TRANSFER, self.transfer, self.transfer_ref),
        ):
            amount = _amount(field.text(), currency)
            if amount:
                result.append(Tender(kind, amount, reference=ref.text().strip()))
        credit = _amount(self.credit.text(), currency) if self.store_credit is not None else None
        if credit:
            result.append(Tender(TenderKind.STORE_CREDIT, credit))
        account = _amount(self.account.text(), currency) if self.allow_on_account else None
        if account:
            result.append(Tender(TenderKind.ON_ACCOUNT, account))
        spent = self._points_value()
        if spent:
            result.insert(0, Tender(TenderKind.POINTS, spent))
        for code, field in self.foreign.items():
            amount = _amount(field.text(), code)
            if amount:
                result.append(Tender(TenderKind.CASH, amount, rate=self.foreign_rates[code]))
        cash = _amount(self.cash.text(), currency)
        if cash:
            result.append(Tender(TenderKind.CASH, cash))
        return tuple(result)

    def points_used(self) -> int:
        """The points typed (0 when none or not a whole number)."""
        text = self.points.text().strip()
        return int(text) if self.points_offer is not None and text.isdigit() else 0

    def _points_value(self) -> Money | None:
        """What the points typed are worth, by the kernel's rule as checkout will take them;
        raises the rule's coded refusal (below the minimum, beyond what is held or due)."""
        used = self.points_used()
        if not used or self.points_offer is None:
            return None
        done = redeem(
            used, self.points_offer.spendable, self.total, self.on, self.points_offer.rules
        )
        return done.value

    def _hint(self, error: ErpError, language: str) -> str:
        """The error's sentence with its amounts in the locale ("6 940,00 DA"), not the
        kernel's "6940.00 DZD"."""
        params = money_parameters(error.params, self.money_locale)
        try:
            return template(error.code, language).format(**params)
        except (KeyError, IndexError, ValueError):
            return message(error, language)

    def refresh(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        language = self.money_locale.split("_")[0]
        try:
            spent = self._points_value()
            self.points_value.setText(money(spent, self.money_locale) if spent else "")
            settlement = settle(
                self.total,
                self.tenders(),
                self.country,
                self.on,
                self.step,
                self.taxes,
                document=StampDocument.TICKET,
            )
        except ErpError as error:
            self.error.setText(self._hint(error, language))
            for label in (self.stamp, self.rounding, self.to_pay, self.change):
                label.clear()
            ok.setEnabled(False)
            return
        self.error.clear()
        self.stamp.setText(money(settlement.stamp_duty, self.money_locale))
        self.rounding.setText(money(settlement.cash_rounding, self.money_locale))
        self.to_pay.setText(money(settlement.total_due, self.money_locale))
        self.change.setText(money(settlement.change_due, self.money_locale))
        ok.setEnabled(True)
