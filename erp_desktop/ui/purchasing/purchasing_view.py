"""The purchasing page: suppliers, purchase orders, supplier invoices with the match, and
payables (aged, the schedule, payments), and supplier returns (debit notes). Each tab
appears to whom may use it: invoices to those who enter them, payables to those who pay,
returns to those who receive goods (and to those who pay, who see the debit notes); at a
branch the suppliers are read-only."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from erp_desktop.kernel.permissions import Permission
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.purchasing.invoices_tab import InvoicesTab
from erp_desktop.ui.purchasing.orders_tab import OrdersTab
from erp_desktop.ui.purchasing.payables_tab import PayablesTab
from erp_desktop.ui.purchasing.returns_tab import ReturnsTab
from erp_desktop.ui.purchasing.suppliers_tab import SuppliersTab


class PurchasingView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        actor = ctx.actor
        assert actor is not None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("purchasing_tabs")
        self.suppliers = SuppliersTab(ctx)
        self.orders = OrdersTab(ctx) if actor.may(Permission.PURCHASING_ORDER) else None
        self.invoices = InvoicesTab(ctx) if actor.may(Permission.PAYABLES_INVOICE) else None
        self.payables = PayablesTab(ctx) if actor.may(Permission.PAYABLES_PAY) else None
        may_return = actor.may(Permission.INVENTORY_RECEIVE) or actor.may(Permission.PAYABLES_PAY)
        self.returns = ReturnsTab(ctx) if may_return else None
        self.keys: list[str] = []
        for key, tab in (
            ("suppliers", self.suppliers),
            ("orders", self.orders),
            ("invoices", self.invoices),
            ("payables", self.payables),
            ("returns", self.returns),
        ):
            if tab is not None:
                self.tabs.addTab(tab, "")
                self.keys.append(key)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslate()

    def retranslate(self) -> None:
        titles = {
            "suppliers": self.tr("Suppliers"),
            "orders": self.tr("Purchase orders"),
            "invoices": self.tr("Supplier invoices"),
            "payables": self.tr("Payables"),
            "returns": self.tr("Supplier returns"),
        }
        for index, key in enumerate(self.keys):
            self.tabs.setTabText(index, titles[key])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
