"""Purchase orders: the site's orders (drafts, open, partially received, received, closed,
cancelled) with their supplier, branch, expected date and total; drafts made from the
reorder suggestions in one step (one per supplier); a draft sent (a manager's PIN when its
total is above the threshold), an order cancelled or closed, its bilingual PDF saved."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.auth import log_in_with_pin
from erp_desktop.app.changes import Changed
from erp_desktop.app.context import Actor
from erp_desktop.app.purchasing.order_sheet import order_sheet
from erp_desktop.app.purchasing.orders import (
    branch_codes,
    find_orders,
    move_order,
    order_needs_approval,
    send_order,
)
from erp_desktop.app.purchasing.reorder import orders_from_suggestions
from erp_desktop.app.purchasing.suppliers import find_suppliers
from erp_desktop.kernel.documents.purchase import PurchaseOrder
from erp_desktop.printing.purchase_order import render_purchase_order
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import isolated, money
from erp_desktop.ui.rows_model import RowsModel


class OrdersTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.orders: list[PurchaseOrder] = []
        self.codes: dict[UUID, str] = {}
        self.branch_codes: dict[UUID, str] = {}
        self.model = RowsModel(self._headers, numeric=(5,))
        self.table = QTableView()
        self.table.setObjectName("orders_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.suggest, self.send, self.cancel, self.close_order, self.pdf = (
            QPushButton() for _ in range(5)
        )
        self.suggest.setObjectName("orders_from_suggestions")
        self.send.setObjectName("send_order")
        self.suggest.clicked.connect(self.from_suggestions)
        self.send.clicked.connect(lambda: self.send_selected())
        self.cancel.clicked.connect(lambda: self.move_selected("cancelled"))
        self.close_order.clicked.connect(lambda: self.move_selected("closed"))
        self.pdf.clicked.connect(lambda: self.save_pdf())
        self.status = QLabel()
        self.status.setObjectName("orders_status")
        self.status.setWordWrap(True)
        making = QHBoxLayout()  # new orders, then what the selected one can become: two rows
        making.addWidget(self.suggest)
        making.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.send, self.cancel, self.close_order, self.pdf):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(making)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.refresh()

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Number"),
            self.tr("Supplier"),
            self.tr("For branch"),
            self.tr("Status"),
            self.tr("Expected on"),
            self.tr("Total"),
        )

    def _statuses(self) -> dict[str, str]:
        return {
            "draft": self.tr("draft"),
            "open": self.tr("open"),
            "partially_received": self.tr("partially received"),
            "received": self.tr("received"),
            "closed": self.tr("closed"),
            "cancelled": self.tr("cancelled"),
        }

    def retranslate(self) -> None:
        self.suggest.setText(self.tr("Orders from the reorder suggestions"))
        self.send.setText(self.tr("Send the order"))
        self.cancel.setText(self.tr("Cancel"))
        self.close_order.setText(self.tr("Close"))
        self.pdf.setText(self.tr("Save as PDF…"))
        self.model.retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None

        def show(found: tuple[list[PurchaseOrder], dict[UUID, str], dict[UUID, str]]) -> None:
            self.orders, self.codes, self.branch_codes = found
            self._show()

        self.ctx.db.submit(
            lambda: (
                find_orders(deps, actor),
                {s.id: s.code for s in find_suppliers(deps, actor)},
                branch_codes(deps, actor),
            ),
            show,
            self.ctx.report_error,
        )

    def _show(self) -> None:
        locale = self.ctx.languages.locale
        statuses = self._statuses()
        self.model.set_rows(
            [
                (
                    o.number,
                    self.codes.get(o.supplier_id, ""),
                    self.branch_codes.get(o.for_branch_id, ""),
                    statuses.get(o.status, o.status),
                    isolated(o.expected_on),  # a date reads left to right in Arabic too
                    money(o.total, locale),
                )
                for o in self.orders
            ]
        )

    def selected(self) -> PurchaseOrder | None:
        rows = self.table.selectionModel().selectedRows()
        return self.orders[rows[0].row()] if rows else None

    def _told(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _failed(self, error: Exception) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(self.ctx.explain(error))

    def from_suggestions(self) -> None:
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None

        def done(outcome: tuple[list[PurchaseOrder], object]) -> None:
            made = outcome[0]
            self._told(self.tr("%n draft order(s) made; check them, then send.", "", len(made)))

        self.ctx.db.submit(lambda: orders_from_suggestions(deps, actor), done, self._failed)

    def send_selected(self, approver: Actor | None = None) -> None:
        order = self.selected()
        deps, actor = self.ctx.deps, self.ctx.actor
        if order is None or actor is None:
            return

        def check(needs: bool) -> None:
            if needs and approver is None:
                self.ask_pin(order)
                return
            self.ctx.db.submit(
                lambda: send_order(deps, actor, order.id, approver),
                lambda done: self._told(self.tr("%1 sent.").replace("%1", done[0].number)),
                self._failed,
            )

        self.ctx.db.submit(lambda: order_needs_approval(deps, actor, order.id), check, self._failed)

    def ask_pin(self, order: PurchaseOrder) -> None:
        pin, ok = QInputDialog.getText(
            self,
            self.tr("Manager approval"),
            self.tr("%1 is above the amount a manager must approve.").replace("%1", order.number)
            + "\n"
            + self.tr("Manager PIN"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not pin:
            return
        deps = self.ctx.deps
        register = self.ctx.register_id if isinstance(self.ctx.register_id, UUID) else None
        self.ctx.db.submit(
            lambda: log_in_with_pin(deps, pin, register),
            lambda manager: self.send_selected(approver=manager),
            self._failed,
        )

    def move_selected(self, target: str) -> None:
        order = self.selected()
        deps, actor = self.ctx.deps, self.ctx.actor
        if order is None or actor is None:
            return
        self.ctx.db.submit(
            lambda: move_order(deps, actor, order.id, target),
            lambda done: self._told(
                self.tr("%1 is now %2.")
                .replace("%1", done[0].number)
                .replace("%2", self._statuses()[done[0].status])
            ),
            self._failed,
        )

    def save_pdf(self, path: Path | None = None) -> None:
        order = self.selected()
        deps, actor = self.ctx.deps, self.ctx.actor
        if order is None or actor is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the order as PDF"), f"{order.number}.pdf", "PDF (*.pdf)"
            )
            if not chosen:
                return
            path = Path(chosen)
        target = path

        def write() -> Path:
            target.write_bytes(render_purchase_order(order_sheet(deps, actor, order.id)))
            return target

        self.ctx.db.submit(
            write, lambda p: self._told(self.tr("Saved to %1.").replace("%1", str(p))), self._failed
        )

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if changes & {Changed.PURCHASING, Changed.SUPPLIERS}:
            self.refresh()
