"""Business customers: the list (name in French or Arabic, legal identifiers, terms, credit
limit, account currency) with a search, and the editor for a new customer or the one
chosen. Keyboard: type to search, Down into the list, Enter or F2 opens the customer,
Ctrl+N makes a new one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.business.customers import (
    business_country,
    find_business_customers,
    legal_ids_of,
    profile_of,
)
from erp_desktop.app.changes import Changed
from erp_desktop.app.records import CustomerInfo
from erp_desktop.ui.business_customer_dialog import ID_LABELS, BusinessCustomerDialog, terms_names
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import isolated, number
from erp_desktop.ui.rows_model import RowsModel

SEARCH_PAUSE_MS = 120


class BusinessCustomersView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.country = ""
        self.customers: list[CustomerInfo] = []
        self.search = QLineEdit()
        self.search.setObjectName("business_customer_search")
        self.search.setClearButtonEnabled(True)
        self.model = RowsModel(self._headers, numeric=(4,))
        self.table = QTableView()
        self.table.setObjectName("business_customers_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the identifiers
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)
        self.search.installEventFilter(self)
        self.new_button, self.edit_button = QPushButton(), QPushButton()
        self.new_button.setObjectName("new_business_customer")
        self.edit_button.setObjectName("edit_business_customer")
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self.edit_selected)
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.open_editor(None))
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.edit_selected)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self._load_country()

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Customer"),
            self.tr("Legal identifiers"),
            self.tr("Phone"),
            self.tr("Terms"),
            self.tr("Credit limit"),
            self.tr("Currency"),
        )

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Name (French or Arabic) or phone"))
        self.new_button.setText(self.tr("New customer"))
        self.edit_button.setText(self.tr("Open…"))
        self.model.retranslate()
        self._show_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if watched is self.search and event.key() == Qt.Key.Key_Down and self.customers:
                self.table.setFocus()
                self.table.selectRow(0)
                return True
            if watched is self.table and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
        return super().eventFilter(watched, event)

    def _load_country(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor

        def got(country: str) -> None:
            self.country = country
            self.refresh()

        self.ctx.db.submit(lambda: business_country(deps, actor), got, self.ctx.report_error)

    def refresh(self) -> None:
        if self.ctx.actor is None:
            return
        text = self.search.text()
        deps, actor = self.ctx.deps, self.ctx.actor

        def show(found: list[CustomerInfo]) -> None:
            if self.search.text() != text:
                return
            self.customers = found
            self._show_rows()

        self.ctx.db.submit(
            lambda: find_business_customers(deps, actor, text), show, self.ctx.report_error
        )

    def _show_rows(self) -> None:
        arabic = self.ctx.languages.language == "ar"
        locale = self.ctx.languages.locale
        rows = []
        terms = terms_names()
        for c in self.customers:
            profile = profile_of(c)
            ids = "  ".join(f"{ID_LABELS.get(k, k)} {v}" for k, v in legal_ids_of(c).items())
            limit = number(profile.credit_limit, locale) if profile.credit_limit is not None else ""
            keep = isolated if arabic else str  # codes and phones read left to right
            rows.append(
                (
                    (c.name_ar or c.name) if arabic else (c.name or c.name_ar),
                    keep(ids),
                    keep(c.phone),
                    terms.get(c.terms, c.terms),
                    limit,
                    c.account_currency,
                )
            )
        self.model.set_rows(rows)

    def selected(self) -> CustomerInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.customers[rows[0].row()] if rows else None

    def edit_selected(self) -> BusinessCustomerDialog | None:
        customer = self.selected()
        return self.open_editor(customer) if customer is not None else None

    def open_editor(self, customer: CustomerInfo | None) -> BusinessCustomerDialog | None:
        """Opens the editor (modeless, so a test or a second screen can drive it)."""
        if not self.country:
            return None
        dialog = BusinessCustomerDialog(self.ctx, self.country, customer, self)
        dialog.open()
        return dialog

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.CUSTOMERS in changes:
            self.refresh()
