"""The wizard's first page: the company, its country, currency and legal identifiers, and
the shop with its register. The identifiers offered are the country's (kernel.partners)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget, QWizardPage

from erp_desktop.kernel.currency import MINOR_UNITS
from erp_desktop.kernel.partners.legal_ids import KINDS_BY_COUNTRY
from erp_desktop.kernel.tax.catalog import COUNTRIES, TaxCatalog


class CompanyPage(QWizardPage):
    def __init__(self, taxes: TaxCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxes = taxes
        self.company_name, self.company_name_ar = QLineEdit(), QLineEdit()
        self.company_name.setObjectName("company_name")
        self.company_name_ar.setObjectName("company_name_ar")
        self.country = QComboBox()
        self.country.setObjectName("country")
        for code in COUNTRIES:
            self.country.addItem(code, code)
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        for code in MINOR_UNITS:
            self.currency.addItem(code, code)
        self.address, self.phone = QLineEdit(), QLineEdit()
        self.address.setObjectName("address")
        self.shop_code, self.shop_name, self.shop_name_ar = QLineEdit(), QLineEdit(), QLineEdit()
        self.shop_code.setObjectName("shop_code")
        self.shop_name.setObjectName("shop_name")
        self.shop_name_ar.setObjectName("shop_name_ar")
        self.register_code = QLineEdit("C1")
        self.register_code.setObjectName("register_code")
        self.ids: dict[str, QLineEdit] = {}
        self.ids_labels: dict[str, QLabel] = {}
        self.form = QFormLayout(self)
        self.labels = [QLabel() for _ in range(10)]
        rows: list[QWidget] = [
            self.company_name,
            self.company_name_ar,
            self.country,
            self.currency,
            self.address,
            self.phone,
            self.shop_code,
            self.shop_name,
            self.shop_name_ar,
            self.register_code,
        ]
        for label, field in zip(self.labels, rows, strict=True):
            self.form.addRow(label, field)
        self.country.currentIndexChanged.connect(self._country_changed)
        self._country_changed()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The company and the shop"))
        self.setSubTitle(
            self.tr(
                "The legal identifiers are checked by the rules of the country; leave "
                "empty the ones you do not have yet."
            )
        )
        texts = (
            self.tr("Company name"),
            self.tr("Company name in Arabic"),
            self.tr("Country"),
            self.tr("Currency"),
            self.tr("Address"),
            self.tr("Phone"),
            self.tr("Shop code"),
            self.tr("Shop name"),
            self.tr("Shop name in Arabic"),
            self.tr("Register code"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _country_changed(self) -> None:
        country = str(self.country.currentData())
        index = self.currency.findData(self.taxes.currency.get(country, ""))
        if index >= 0:
            self.currency.setCurrentIndex(index)
        for kind in list(self.ids):
            self.form.removeRow(self.ids.pop(kind))
            self.ids_labels.pop(kind)
        position = 4  # after the currency
        for kind in KINDS_BY_COUNTRY[country]:
            field = QLineEdit()
            field.setObjectName(f"legal_id_{kind}")
            label = QLabel(_LEGAL_ID_LABELS.get(str(kind), str(kind)))
            self.form.insertRow(position, label, field)
            position += 1
            self.ids[str(kind)], self.ids_labels[str(kind)] = field, label

    def legal_ids(self) -> dict[str, str]:
        return {kind: field.text() for kind, field in self.ids.items() if field.text().strip()}


# The identifiers as the country's documents name them (not translated: legal acronyms).
_LEGAL_ID_LABELS = {
    "rc": "RC",
    "nif": "NIF",
    "nis": "NIS",
    "ai": "AI (article d'imposition)",
    "ice": "ICE",
    "if": "IF",
    "matricule_fiscal": "Matricule fiscal",
}
