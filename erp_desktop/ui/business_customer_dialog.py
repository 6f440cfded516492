"""The editor of a business customer: names, phone, e-mail, one field per legal identifier
the company's country knows (NIF, NIS, RC, AI in Algeria; ICE, IF, RC in Morocco; matricule
fiscal and RC in Tunisia), billing and delivery addresses, payment terms, credit limit
(warns or blocks), discount and account currency. Saving runs the use case on the worker;
a refusal (an invalid identifier, terms past the law's cap...) is shown in the dialog, in
the user's language, and the dialog stays open."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.business.customers import BusinessProfile, profile_of, save_business_customer
from erp_desktop.app.changes import Done
from erp_desktop.app.records import CustomerInfo
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.partners.legal_ids import KINDS_BY_COUNTRY
from erp_desktop.ui.context import UiContext

# the terms offered (any other code may be typed)
TERMS = ("", "cash", "net:30", "net:45", "net:60", "eom:15", "eom:30", "inst:50@30,50@60")
ID_LABELS = {
    "nif": "NIF",
    "nis": "NIS",
    "ai": "AI",
    "rc": "RC",
    "ice": "ICE",
    "if": "IF",
    "matricule_fiscal": "MF",
}


def terms_names() -> dict[str, str]:
    """The offered terms in the user's language (any other shows as its code)."""
    return {
        "": QCoreApplication.translate("BusinessCustomerDialog", "None agreed (the law's default)"),
        "cash": QCoreApplication.translate("BusinessCustomerDialog", "Cash"),
        "net:30": QCoreApplication.translate("BusinessCustomerDialog", "30 days net"),
        "net:45": QCoreApplication.translate("BusinessCustomerDialog", "45 days net"),
        "net:60": QCoreApplication.translate("BusinessCustomerDialog", "60 days net"),
        "eom:15": QCoreApplication.translate("BusinessCustomerDialog", "End of month + 15 days"),
        "eom:30": QCoreApplication.translate("BusinessCustomerDialog", "End of month + 30 days"),
        "inst:50@30,50@60": QCoreApplication.translate(
            "BusinessCustomerDialog", "Half at 30 days, half at 60"
        ),
    }


class BusinessCustomerDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        country: str,
        customer: CustomerInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer = customer
        self.saved: CustomerInfo | None = None
        self.setObjectName("business_customer_editor")
        self.name, self.name_ar = QLineEdit(), QLineEdit()
        self.phone, self.email = QLineEdit(), QLineEdit()
        self.ids = {str(kind): QLineEdit() for kind in KINDS_BY_COUNTRY.get(country, ())}
        self.billing, self.delivery = QPlainTextEdit(), QPlainTextEdit()
        for box in (self.billing, self.delivery):
            box.setTabChangesFocus(True)  # Tab goes on to the next field
            box.setFixedHeight(48)
        self.terms = QComboBox()
        self.terms.setEditable(True)
        self.credit_limit, self.discount, self.currency = QLineEdit(), QLineEdit(), QLineEdit()
        self.blocks = QCheckBox()
        for widget, name in (
            (self.name, "customer_name"),
            (self.name_ar, "customer_name_ar"),
            (self.phone, "customer_phone"),
            (self.email, "customer_email"),
            (self.billing, "customer_billing_address"),
            (self.delivery, "customer_delivery_address"),
            (self.terms, "customer_terms"),
            (self.credit_limit, "customer_credit_limit"),
            (self.blocks, "customer_limit_blocks"),
            (self.discount, "customer_discount"),
            (self.currency, "customer_currency"),
        ):
            widget.setObjectName(name)
        for kind, line in self.ids.items():
            line.setObjectName(f"customer_id_{kind}")
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            ("name", self.name),
            ("name_ar", self.name_ar),
            ("phone", self.phone),
            ("email", self.email),
            *((f"id_{kind}", line) for kind, line in self.ids.items()),
            ("billing", self.billing),
            ("delivery", self.delivery),
            ("terms", self.terms),
            ("credit_limit", self.credit_limit),
            ("blocks", self.blocks),
            ("discount", self.discount),
            ("currency", self.currency),
        ]
        for key, shown in rows:
            self.labels[key] = QLabel()
            self.labels[key].setBuddy(shown)
            form.addRow(self.labels[key], shown)
        self.error = QLabel()
        self.error.setObjectName("customer_error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fill()
        self.retranslate()
        self.name.setFocus()

    def _fill(self) -> None:
        for code in TERMS:
            self.terms.addItem(code, code)
        if self.customer is None:
            return
        p = profile_of(self.customer)
        self.name.setText(p.name)
        self.name_ar.setText(p.name_ar)
        self.phone.setText(p.phone)
        self.email.setText(p.email)
        for kind, line in self.ids.items():
            line.setText(p.legal_ids.get(kind, ""))
        self.billing.setPlainText(p.billing_address)
        self.delivery.setPlainText(p.delivery_address)
        found = self.terms.findData(p.terms)
        if found < 0:
            self.terms.addItem(p.terms, p.terms)
            found = self.terms.count() - 1
        self.terms.setCurrentIndex(found)
        self.credit_limit.setText("" if p.credit_limit is None else str(p.credit_limit))
        self.blocks.setChecked(p.limit_blocks)
        self.discount.setText(str(p.discount_percent) if p.discount_percent else "")
        self.currency.setText(p.account_currency)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("New business customer")
            if self.customer is None
            else self.tr("Business customer")
        )
        texts = {
            "name": self.tr("&Name"),
            "name_ar": self.tr("Name in Arabic"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "billing": self.tr("Billing address"),
            "delivery": self.tr("Delivery address"),
            "terms": self.tr("Payment &terms"),
            "credit_limit": self.tr("Credit limit"),
            "blocks": self.tr("Passing the limit blocks (else it warns)"),
            "discount": self.tr("Discount (%)"),
            "currency": self.tr("Account currency (empty: the company's)"),
        }
        for kind in self.ids:
            texts[f"id_{kind}"] = ID_LABELS.get(kind, kind.upper())
        for key, label in self.labels.items():
            label.setText(texts[key])
        names = terms_names()
        for row in range(self.terms.count()):
            code = self.terms.itemData(row)
            self.terms.setItemText(row, names.get(code, code))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _terms_code(self) -> str:
        index = self.terms.currentIndex()
        shown = self.terms.currentText()
        if index >= 0 and self.terms.itemText(index) == shown:
            return str(self.terms.itemData(index) or "")
        return shown.strip()  # typed by hand: a terms code

    def profile(self) -> BusinessProfile:
        """What the form says, as the use case takes it (decimals typed with a comma too)."""
        return BusinessProfile(
            name=self.name.text(),
            name_ar=self.name_ar.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            legal_ids={kind: line.text() for kind, line in self.ids.items() if line.text().strip()},
            billing_address=self.billing.toPlainText(),
            delivery_address=self.delivery.toPlainText(),
            terms=self._terms_code(),
            credit_limit=_decimal(self.credit_limit.text(), "credit_limit")
            if self.credit_limit.text().strip()
            else None,
            limit_blocks=self.blocks.isChecked(),
            discount_percent=_decimal(self.discount.text() or "0", "discount_percent"),
            account_currency=self.currency.text(),
        )

    def save(self) -> None:
        if self.ctx.actor is None:
            return
        try:
            profile = self.profile()
        except ValidationError as error:
            self._failed(error)
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        customer_id = self.customer.id if self.customer else None
        self.buttons.setEnabled(False)

        def saved(outcome: Done[CustomerInfo]) -> None:
            self.saved = outcome.made
            self.accept()

        self.ctx.db.submit(
            lambda: save_business_customer(deps, actor, customer_id, profile), saved, self._failed
        )

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(self.ctx.explain(error))


def _decimal(text: str, field: str) -> Decimal:
    try:
        return Decimal(text.strip().replace(" ", "").replace(",", "."))
    except InvalidOperation:
        raise ValidationError("common.invalid_value", field=field, value=text) from None
