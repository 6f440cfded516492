"""The touch side of the till, beside the keyboard flow: the product grid, the numeric
keypad, the quick-cash buttons and a few big keys (pay, star a favourite, remove a line,
cancel the ticket). Everything it does goes through the till itself (``PosView``): a tap
is a scan, a keypad key types into the scan field, a quick-cash button is a cash payment,
so the keyboard and the touch screen can be mixed on one ticket.

The grid's rows are read on the database worker: the tabs and favourites when the till
opens or the catalog changes (a pull brought pictures), a category's products when its tab
is tapped."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from erp_desktop.app.changes import Changed
from erp_desktop.app.records import ProductInfo, ProductTile
from erp_desktop.app.till.grid import TillGrid, category_tiles, till_grid, toggle_favourite
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import local_name
from erp_desktop.ui.numeric_keypad import NumericKeypad
from erp_desktop.ui.product_grid import ProductGrid
from erp_desktop.ui.quick_cash_bar import QuickCashBar

if TYPE_CHECKING:
    from erp_desktop.ui.pos_view import PosView


class TouchPanel(QWidget):
    favourites_changed = Signal()

    def __init__(self, ctx: UiContext, till: PosView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.till = ctx, till
        self.setObjectName("touch_panel")
        self.favourites: list[ProductTile] = []
        self.grid = ProductGrid()
        self.grid.chosen.connect(self.tapped)
        self.grid.starred.connect(self.star)
        self.grid.tab_chosen.connect(self.show_tab)
        self.keypad = NumericKeypad()
        self.keypad.typed.connect(self._typed)
        self.keypad.erased.connect(self.till.scan_field.backspace)
        self.keypad.cleared.connect(self.till.scan_field.clear)
        self.keypad.entered.connect(self.till.scan_entered)
        self.quick_cash = QuickCashBar()
        self.quick_cash.paid.connect(self.till.pay_cash)
        self.keys: dict[str, QPushButton] = {}
        keys = QGridLayout()
        keys.setSpacing(4)
        for n, (name, slot, style) in enumerate(
            (
                ("pay", self.till.pay, "background: #1565c0; color: white; font-weight: bold;"),
                ("star", self.star_selected, ""),
                ("remove", self.till.remove_line, ""),
                ("cancel", self.till.cancel_ticket, "color: #b00020;"),
            )
        ):
            button = QPushButton()
            button.setObjectName(f"touch_{name}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(52)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setStyleSheet(f"font-size: 12pt; {style}")
            button.clicked.connect(slot)
            self.keys[name] = button
            keys.addWidget(button, n // 2, n % 2)
        lower = QGridLayout()
        lower.setSpacing(6)
        lower.addWidget(self.keypad, 0, 0)
        lower.addLayout(keys, 0, 1)
        lower.setColumnStretch(0, 3)
        lower.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid, 3)
        layout.addWidget(self.quick_cash)
        layout.addLayout(lower, 2)
        self.retranslate()
        self.ctx.db.data_did_change.connect(self._data_changed)

    def retranslate(self) -> None:
        for name, text in (
            ("pay", self.tr("Pay (F2)")),
            ("star", "☆ " + self.tr("Favourite")),
            ("remove", self.tr("Remove line")),
            ("cancel", self.tr("Cancel ticket")),
        ):
            self.keys[name].setText(text)
        self.grid.set_language(self.ctx.languages.locale, self.ctx.languages.language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.CATALOG in changes:
            self.load()

    # --- reading the grid ----------------------------------------------------------------
    def load(self) -> None:
        """The tabs and the favourites, then the tab shown."""
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.ctx.db.submit(lambda: till_grid(deps, actor), self._loaded, self.till.show_error)

    def _loaded(self, grid: TillGrid) -> None:
        self.favourites = grid.favourites
        self.grid.set_categories(grid.categories)
        self.show_tab(self.grid.current)

    def show_tab(self, category_id: UUID | None) -> None:
        if category_id is None:
            self.grid.show_tiles(self.favourites)
            return
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor

        def shown(tiles: list[ProductTile]) -> None:
            if self.grid.current == category_id:  # not another tab tapped since
                self.grid.show_tiles(tiles)

        self.ctx.db.submit(
            lambda: category_tiles(deps, actor, category_id), shown, self.till.show_error
        )

    # --- taps ----------------------------------------------------------------------------
    def tapped(self, product: ProductInfo) -> None:
        """A tile is a scan of its product: a quantity typed first ("3×") applies."""
        self.till.add_tapped(product)

    def _typed(self, key: str) -> None:
        self.till.scan_field.insert(key)
        self.till.ready()

    def star(self, product: ProductInfo) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor

        def starred(tiles: list[ProductTile]) -> None:
            self.favourites = tiles
            if self.grid.current is None:
                self.grid.show_tiles(tiles)
            starred_now = any(t.product.id == product.id for t in tiles)
            said = (
                self.tr("%1 is a favourite.")
                if starred_now
                else self.tr("%1 is no longer a favourite.")
            )
            name = local_name(product.name, product.name_ar, self.ctx.languages.language)
            self.till.say(said.replace("%1", name))
            self.favourites_changed.emit()

        self.ctx.db.submit(
            lambda: toggle_favourite(deps, actor, product.id), starred, self.till.show_error
        )

    def star_selected(self) -> None:
        row = self.till.selected_row()
        if row >= 0:
            self.star(self.till.cart.entries[row].product)
        self.till.ready()
