"""The main window's navigation: the pages a user may open, grouped under their module's
heading (Till, Inventory, Sales, Purchasing, Accounting, HR & payroll, CRM, Administration).

A heading is a title, not a place: it cannot be chosen, and the arrow keys step over it
from the last page of one module to the first of the next. A module with no page the user
may open shows no heading. The tree follows the window's direction (right to left in
Arabic) like every widget.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

KEY = Qt.ItemDataRole.UserRole
WIDTH = 180


class NavigationTree(QTreeWidget):
    page_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setFixedWidth(WIDTH)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)  # a sectioned list: always open, nothing to fold
        self.setItemsExpandable(False)
        self.setIndentation(10)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.headings: dict[str, QTreeWidgetItem] = {}
        self.items: dict[str, QTreeWidgetItem] = {}
        self.by_module: dict[str, list[str]] = {}
        self.currentItemChanged.connect(self._moved)

    def add_page(self, module: str, key: str) -> QTreeWidgetItem:
        heading = self.headings.get(module)
        if heading is None:
            heading = QTreeWidgetItem(self)
            heading.setData(0, KEY, f"module:{module}")
            # never chosen nor stepped on by the arrow keys: a title over its pages (kept
            # enabled, as a disabled item would disable its pages with it)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(heading.font(0))
            font.setBold(True)
            heading.setFont(0, font)
            self.headings[module] = heading
        item = QTreeWidgetItem(heading)
        item.setData(0, KEY, key)
        self.items[key] = item
        self.by_module.setdefault(module, []).append(key)
        heading.setExpanded(True)
        return item

    def keys(self) -> list[str]:
        """The pages' keys in the order shown."""
        return [key for keys in self.by_module.values() for key in keys]

    def modules(self) -> list[str]:
        return list(self.headings)

    def current_key(self) -> str | None:
        item = self.currentItem()
        return None if item is None or item.parent() is None else str(item.data(0, KEY))

    def choose(self, key: str) -> bool:
        item = self.items.get(key)
        if item is None:
            return False
        self.setCurrentItem(item)
        return True

    def retranslate(self, modules: dict[str, str], pages: dict[str, str]) -> None:
        for module, heading in self.headings.items():
            heading.setText(0, modules.get(module, module))
        for key, item in self.items.items():
            item.setText(0, pages.get(key, key))
            item.setToolTip(0, pages.get(key, key))

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Up, Down, Home, End (and the page keys) land on a page, never on a heading."""
        action = QAbstractItemView.CursorAction
        keys = self.keys()
        if not keys:
            return super().moveCursor(cursorAction, modifiers)
        current = self.current_key()
        at = keys.index(current) if current in keys else -1
        steps = {
            action.MoveDown: at + 1,
            action.MoveNext: at + 1,
            action.MoveUp: max(at - 1, 0),
            action.MovePrevious: max(at - 1, 0),
            action.MoveHome: 0,
            action.MoveEnd: len(keys) - 1,
        }
        if cursorAction in steps:
            return self.indexFromItem(self.items[keys[min(steps[cursorAction], len(keys) - 1)]])
        index = super().moveCursor(cursorAction, modifiers)
        item = self.itemFromIndex(index)
        first = item.child(0) if item is not None and item.parent() is None else None
        return self.indexFromItem(first) if first is not None else index  # a heading: its first

    def _moved(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        first = current.child(0) if current is not None and current.parent() is None else None
        if first is not None:
            self.setCurrentItem(first)  # a heading clicked: its first page
        elif current is not None and current.parent() is not None:
            current.setSelected(True)
            self.page_chosen.emit(str(current.data(0, KEY)))
