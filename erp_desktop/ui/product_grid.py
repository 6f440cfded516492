"""The touch till's product grid: a row of category tabs (the register's favourites first,
then head office's categories) over big buttons with each product's picture, name and
shelf price. A tap adds the product to the ticket; a right click (or the star key of the
panel) stars it on the register's favourites.

The buttons reflow to the width the grid gets: three columns on a 1024×768 till, seven on
full HD; a name too long for its button is cut, its price never is (a line of its own)."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QIcon, QMouseEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.records import CategoryInfo, ProductInfo, ProductTile
from erp_desktop.kernel.money import Money
from erp_desktop.ui.formatting import local_name, money

TILE = QSize(128, 112)
PICTURE = QSize(56, 56)
FAVOURITES = "favourites"


def _two_lines(name: str, width: int, metrics: QFontMetrics) -> str:
    """``name`` on two lines broken between words (the second cut with "…" if need be)."""
    if metrics.horizontalAdvance(name) <= width:
        return name
    words = name.split()
    first = ""
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n])
        if metrics.horizontalAdvance(candidate) <= width:
            first, rest = candidate, " ".join(words[n:])
            break
    else:  # one word longer than the button
        return metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
    return f"{first}\n{metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)}"


class ProductTileButton(QToolButton):
    starred = Signal(object)  # the ProductInfo, on a right click

    def __init__(self, tile: ProductTile, locale: str, language: str) -> None:
        super().__init__()
        self.tile = tile
        self.setObjectName("tile")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFixedSize(TILE)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setStyleSheet(
            "QToolButton { font-size: 10pt; border: 1px solid #b0bec5; border-radius: 6px; "
            "background: #fafafa; } QToolButton:pressed { background: #bbdefb; }"
        )
        pixmap = QPixmap()
        if tile.thumbnail and pixmap.loadFromData(tile.thumbnail):
            self.setIcon(QIcon(pixmap))
            self.setIconSize(PICTURE)
        self.show_in(locale, language)

    def show_in(self, locale: str, language: str) -> None:
        product = self.tile.product
        name = local_name(product.name, product.name_ar, language)
        price = money(Money.from_minor(self.tile.shelf_price_minor, product.currency), locale)
        width = TILE.width() - 10
        metrics = self.fontMetrics()
        if not self.tile.thumbnail:  # no picture: the name gets two lines
            shown = _two_lines(name, width, metrics)
        else:
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
        self.setText(f"{shown}\n{price}")
        self.setToolTip(f"{name} — {price}")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self.starred.emit(self.tile.product)
            return
        super().mousePressEvent(event)


class ProductGrid(QWidget):
    chosen = Signal(object)  # the ProductInfo tapped
    starred = Signal(object)  # the ProductInfo to star or unstar
    tab_chosen = Signal(object)  # a category's id, or None for the favourites

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("product_grid")
        self.money_locale, self.language = "fr_DZ", "fr"
        self.categories: list[CategoryInfo] = []
        self.tiles: list[ProductTileButton] = []
        self.current: UUID | None = None  # the tab shown (None: favourites)
        self.columns = 0
        self.tabs_row = QHBoxLayout()
        self.tabs_row.setSpacing(4)
        self.tab_group = QButtonGroup(self)
        self.tab_group.setExclusive(True)
        tabs = QWidget()
        tabs.setLayout(self.tabs_row)
        self.tabs_area = QScrollArea()
        self.tabs_area.setWidget(tabs)
        self.tabs_area.setWidgetResizable(True)
        self.tabs_area.setFixedHeight(76)  # the tabs and, when they overflow, a scroll bar
        self.tabs_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabs_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget()
        self.body_grid = QGridLayout(self.body)
        self.body_grid.setSpacing(6)
        self.body_grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.area = QScrollArea()
        self.area.setWidget(self.body)
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.empty = QLabel()
        self.empty.setObjectName("grid_empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #546e7a; padding: 12px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs_area)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.empty)
        self.set_categories([])

    # --- tabs ---------------------------------------------------------------------------
    def _tab(self, key: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"tab_{key}")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(48)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        button.setStyleSheet(
            "QPushButton { font-size: 12pt; padding: 0 14px; } "
            "QPushButton:checked { background: #1565c0; color: white; }"
        )
        return button

    def set_categories(self, categories: list[CategoryInfo]) -> None:
        self.categories = categories
        while self.tabs_row.count():
            item = self.tabs_row.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                self.tab_group.removeButton(widget)  # type: ignore[arg-type]
                widget.setParent(None)  # gone at once: findChild no longer sees it
                widget.deleteLater()
        favourites = self._tab(FAVOURITES, "★ " + self.tr("Favourites"))
        favourites.clicked.connect(lambda: self._choose(None))
        self.tab_group.addButton(favourites)
        self.tabs_row.addWidget(favourites)
        for category in categories:
            button = self._tab(
                str(category.id), local_name(category.name, category.name_ar, self.language)
            )
            button.clicked.connect(lambda _=False, c=category.id: self._choose(c))
            self.tab_group.addButton(button)
            self.tabs_row.addWidget(button)
        self.tabs_row.addStretch(1)
        self._check_current()

    def tab_button(self, category_id: UUID | None) -> QPushButton | None:
        key = FAVOURITES if category_id is None else str(category_id)
        return self.findChild(QPushButton, f"tab_{key}")

    def _check_current(self) -> None:
        button = self.tab_button(self.current)
        if button is None:  # the category shown is gone: back to the favourites
            self.current = None
            button = self.tab_button(None)
        if button is not None:
            button.setChecked(True)

    def _choose(self, category_id: UUID | None) -> None:
        self.current = category_id
        self._check_current()
        self.tab_chosen.emit(category_id)

    # --- tiles --------------------------------------------------------------------------
    def show_tiles(self, tiles: list[ProductTile]) -> None:
        for button in self.tiles:
            self.body_grid.removeWidget(button)
            button.deleteLater()
        self.tiles = []
        for tile in tiles:
            button = ProductTileButton(tile, self.money_locale, self.language)
            button.clicked.connect(lambda _=False, p=tile.product: self.chosen.emit(p))
            button.starred.connect(self.starred.emit)
            self.tiles.append(button)
        self.columns = 0
        self._reflow()
        if tiles:
            self.empty.hide()
        else:
            self.empty.setText(
                self.tr("No favourite yet: tap ☆ with a line selected to star its article.")
                if self.current is None
                else self.tr("No article in this category.")
            )
            self.empty.show()

    def tile_of(self, product: ProductInfo) -> ProductTileButton | None:
        return next((b for b in self.tiles if b.tile.product.id == product.id), None)

    def _reflow(self) -> None:
        spacing = self.body_grid.horizontalSpacing()
        usable = self.area.viewport().width() - 8
        columns = max(2, (usable + spacing) // (TILE.width() + spacing))
        if columns == self.columns:
            return
        self.columns = columns
        for button in self.tiles:
            self.body_grid.removeWidget(button)
        for n, button in enumerate(self.tiles):
            self.body_grid.addWidget(button, n // columns, n % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def set_language(self, locale: str, language: str) -> None:
        self.money_locale, self.language = locale, language
        self.set_categories(self.categories)
        for button in self.tiles:
            button.show_in(locale, language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.set_categories(self.categories)
        super().changeEvent(event)
