"""Ctrl+E on the stock list: shelf labels of the selected articles (Shift or Ctrl to choose
several), 21 to an A4 sheet, with the price the till charges and a barcode that scans. The
sheet is rendered on the database worker, saved in ``DIR/labels/`` and, on a desktop,
opened in the system's PDF viewer to print on the label sheets."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.stock.shelf_labels import products_for_labels


def write_shelf_labels(deps: Deps, actor: Actor, product_ids: Sequence[UUID], folder: Path) -> Path:
    """Renders the labels of ``product_ids`` to ``folder`` (on the database worker)."""
    from erp_desktop.kernel.money import Money
    from erp_desktop.printing.shelf_labels import ShelfLabel, render_shelf_labels

    tiles = products_for_labels(deps, actor, product_ids)
    labels = [
        ShelfLabel(
            t.product.name,
            t.product.name_ar,
            Money.from_minor(t.shelf_price_minor, t.product.currency),
            t.product.unit,
            t.product.barcodes[0] if t.product.barcodes else "",
            t.product.sku,
        )
        for t in tiles
    ]
    now = deps.now()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"etiquettes-{now:%Y%m%d-%H%M%S}.pdf"
    path.write_bytes(render_shelf_labels(labels, now.date()))
    return path


def open_on_a_desktop(path: Path) -> None:
    """Opens ``path`` in the system's viewer, on a real desktop only (not offscreen)."""
    if QGuiApplication.platformName() not in ("offscreen", "minimal", "vnc"):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
