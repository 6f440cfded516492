"""The product editor's place of the product on the touch till's grid: its category (with a
new one made, or the chosen one renamed or moved among the tabs) and its picture (a file
chosen, or the picture removed), shown as the till will show it.

The picture file is read here only to be shown and handed to the use case, which cuts it
down to the thumbnail that goes to the branches (app/catalog_grid.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal
from uuid import UUID

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.catalog_editing import KEEP
from erp_desktop.app.catalog_grid import GridPlace, grid_place
from erp_desktop.app.records import CategoryInfo
from erp_desktop.ui.category_dialog import CategoryDialog
from erp_desktop.ui.context import UiContext

PREVIEW = QSize(128, 128)


class GridPlaceFields(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        categories: tuple[CategoryInfo, ...],
        product_id: UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.categories = list(categories)
        self.loaded = product_id is None  # a product's place is read before it is changed
        self.picture: bytes | None = None
        self.picture_name = ""
        self.remove_picture = False
        self.had_picture = False
        self.category = QComboBox()
        self.category.setObjectName("product_category")
        self.new_category = QPushButton()
        self.new_category.setObjectName("new_category")
        self.new_category.clicked.connect(lambda: self.open_category(None))
        self.edit_category = QPushButton()
        self.edit_category.setObjectName("edit_category")
        self.edit_category.clicked.connect(self.open_selected_category)
        self.category.currentIndexChanged.connect(
            lambda _i: self.edit_category.setEnabled(self.category.currentData() is not None)
        )
        self.preview = QLabel()
        self.preview.setObjectName("product_picture")
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #b0bec5;")
        self.choose = QPushButton()
        self.choose.setObjectName("choose_picture")
        self.choose.clicked.connect(self.choose_picture)
        self.remove = QPushButton()
        self.remove.setObjectName("remove_picture")
        self.remove.clicked.connect(self.clear_picture)
        self.ask_path: Callable[[], str] = self._ask_path  # replaced in tests
        category_row = QHBoxLayout()
        category_row.setContentsMargins(0, 0, 0, 0)
        category_row.addWidget(self.category, 1)
        category_row.addWidget(self.new_category)
        category_row.addWidget(self.edit_category)
        self.category_row = QWidget()
        self.category_row.setLayout(category_row)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        picture_row = QHBoxLayout()
        picture_row.setContentsMargins(0, 0, 0, 0)
        picture_row.addWidget(self.preview)
        picture_row.addLayout(buttons)
        picture_row.addStretch(1)
        self.picture_row = QWidget()
        self.picture_row.setLayout(picture_row)
        self._fill_categories(None)
        self.retranslate()
        if product_id is not None and ctx.actor is not None:
            deps, actor = ctx.deps, ctx.actor
            ctx.db.submit(lambda: grid_place(deps, actor, product_id), self._got, ctx.report_error)

    def retranslate(self) -> None:
        self.category.setItemText(0, self.tr("(in no tab of the till's grid)"))
        self.new_category.setText(self.tr("New category…"))
        self.edit_category.setText(self.tr("Edit the category…"))
        self.choose.setText(self.tr("Choose a picture…"))
        self.remove.setText(self.tr("Remove the picture"))
        self._show_picture_state()

    def _name(self, category: CategoryInfo) -> str:
        arabic = self.ctx.languages.language == "ar"
        return category.name_ar if arabic and category.name_ar else category.name

    def _fill_categories(self, chosen: UUID | None) -> None:
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem("", None)
        ordered = sorted(self.categories, key=lambda c: (c.position, c.name))
        for category in ordered:
            self.category.addItem(self._name(category), category.id)
        # by value: findData compares a Python object by identity
        rows = [r for r in range(self.category.count()) if self.category.itemData(r) == chosen]
        self.category.setCurrentIndex(rows[0] if rows else 0)
        self.category.blockSignals(False)
        self.edit_category.setEnabled(self.category.currentData() is not None)
        if self.category.count():
            self.category.setItemText(0, self.tr("(in no tab of the till's grid)"))

    def _got(self, place: GridPlace) -> None:
        self.loaded = True
        self._fill_categories(place.category_id)
        if place.picture is not None and self.picture is None and not self.remove_picture:
            self.had_picture = True
            self._show_pixmap(place.picture.thumbnail)
        self._show_picture_state()

    # --- category ---------------------------------------------------------------------------
    def category_id(self) -> UUID | Literal["keep"] | None:
        if not self.loaded:
            return KEEP
        data = self.category.currentData()
        return data if isinstance(data, UUID) else None

    def open_selected_category(self) -> CategoryDialog | None:
        chosen = self.category.currentData()
        category = next((c for c in self.categories if c.id == chosen), None)
        return self.open_category(category) if category is not None else None

    def open_category(self, category: CategoryInfo | None) -> CategoryDialog:
        """Modeless, so a test can drive it; the product is filed under what is saved."""
        dialog = CategoryDialog(self.ctx, category, self)
        dialog.accepted.connect(lambda: self._category_saved(dialog))
        dialog.open()
        return dialog

    def _category_saved(self, dialog: CategoryDialog) -> None:
        made = dialog.saved
        if made is None:
            return
        self.categories = [c for c in self.categories if c.id != made.id] + [made]
        self._fill_categories(made.id)

    # --- picture ----------------------------------------------------------------------------
    def _ask_path(self) -> str:
        chosen, _kind = QFileDialog.getOpenFileName(
            self,
            self.tr("Picture of the product"),
            str(Path.home()),
            self.tr("Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.gif)"),
        )
        return chosen

    def choose_picture(self) -> bool:
        chosen = self.ask_path()
        if not chosen:
            return False
        try:
            data = Path(chosen).read_bytes()
        except OSError:
            self._say(self.tr("%1 cannot be read.").replace("%1", Path(chosen).name))
            return False
        if not self._show_pixmap(data):
            self._say(self.tr("%1 is not a picture.").replace("%1", Path(chosen).name))
            return False
        self.picture, self.picture_name, self.remove_picture = data, Path(chosen).name, False
        self._show_picture_state()
        return True

    def clear_picture(self) -> None:
        self.picture, self.picture_name = None, ""
        self.remove_picture = self.had_picture
        self.preview.clear()
        self._show_picture_state()

    def _show_pixmap(self, data: bytes) -> bool:
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            return False
        self.preview.setPixmap(
            pixmap.scaled(
                PREVIEW,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        return True

    def _show_picture_state(self) -> None:
        shown = self.picture is not None or (self.had_picture and not self.remove_picture)
        self.remove.setEnabled(shown)
        if not shown:
            self.preview.setText(self.tr("No picture"))
        self.preview.setToolTip(self.picture_name)

    def _say(self, text: str) -> None:
        self.preview.clear()
        self.preview.setText(text)
        self.preview.setWordWrap(True)
