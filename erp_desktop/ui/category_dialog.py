"""A category of the till's grid, new or edited: its names in French and Arabic and its place
among the grid's tabs (0 first). Saved by the app's use case on the database worker; a
refusal (a name another category has) is shown in the dialog, which stays."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.catalog_grid import CategoryEdit, save_category
from erp_desktop.app.changes import Done
from erp_desktop.app.records import CategoryInfo
from erp_desktop.ui.context import UiContext


class CategoryDialog(QDialog):
    def __init__(
        self, ctx: UiContext, category: CategoryInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.category = category
        self.saved: CategoryInfo | None = None
        self.setObjectName("category_editor")
        self.name, self.name_ar = QLineEdit(), QLineEdit()
        self.name.setObjectName("category_name")
        self.name_ar.setObjectName("category_name_ar")
        self.position = QSpinBox()
        self.position.setObjectName("category_position")
        self.position.setRange(0, 999)
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, widget in zip(
            self.labels, (self.name, self.name_ar, self.position), strict=True
        ):
            form.addRow(label, widget)
        self.error = QLabel()
        self.error.setObjectName("category_error")
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
        if category is not None:
            self.name.setText(category.name)
            self.name_ar.setText(category.name_ar)
            self.position.setValue(category.position)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("New category") if self.category is None else self.tr("Category")
        )
        for label, text in zip(
            self.labels,
            (self.tr("Name"), self.tr("Name in Arabic"), self.tr("Place on the till's grid")),
            strict=True,
        ):
            label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> None:
        if self.ctx.actor is None:
            return
        edit = CategoryEdit(
            self.category.id if self.category else None,
            self.name.text(),
            self.name_ar.text(),
            self.position.value(),
        )
        deps, actor = self.ctx.deps, self.ctx.actor
        self.buttons.setEnabled(False)

        def saved(outcome: Done[CategoryInfo]) -> None:
            self.saved = outcome.made
            self.accept()

        self.ctx.db.submit(lambda: save_category(deps, actor, edit), saved, self._failed)

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(self.ctx.explain(error))
