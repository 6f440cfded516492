"""Shelf labels read back: every article's names (French, and Arabic as poppler reads it),
its price tax included, 21 labels a sheet; and each EAN-13 printed scans to its number, read
from the rendered pixels as a scanner reads a line across the bars."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from erp_desktop.kernel.barcodes import make_ean13
from erp_desktop.kernel.money import Money
from erp_desktop.printing.shelf_labels import (
    COLUMNS,
    GAP,
    LABEL_H,
    LABEL_W,
    LEFT,
    TOP,
    ShelfLabel,
    render_shelf_labels,
)
from tests.printing.ean13_reader import read_ean13
from tests.printing.poppler import pdftotext, render

DPI = 300


def _labels(count: int) -> list[ShelfLabel]:
    return [
        ShelfLabel(
            f"Café moulu {n} 250 g",
            f"قهوة مطحونة {n}",
            Money.of(Decimal(450) + n, "DZD"),
            "pce",
            make_ean13(f"613{n:09d}"),
            f"SKU{n:04d}",
        )
        for n in range(count)
    ]


def test_each_label_names_the_article_and_its_price_21_a_sheet() -> None:
    labels = _labels(23)
    pdf = render_shelf_labels(labels, date(2026, 12, 1))
    pages = pdftotext(pdf, "-layout").split("\f")
    assert len([p for p in pages if p.strip()]) == 2  # 21 and 2
    shown = "".join(pages).replace("\u202f", " ").replace("\u00a0", " ")
    for label in labels:
        assert label.name in shown and label.sku in shown
        assert f"{label.price.amount:.2f}".replace(".", ",") + " DA" in shown
        assert label.barcode[1:7] in shown  # the digits under the bars
    assert "قهوة مطحونة" in shown and "01/12/2026" in shown and "la pièce" in shown
    assert labels[21].name in pages[1] and labels[20].name in pages[0]


def test_the_barcodes_scan_to_the_articles_numbers() -> None:
    labels = _labels(6)
    image = render(render_shelf_labels(labels, date(2026, 12, 1)), DPI).convert("L")
    per_point = DPI / 72
    for n, label in enumerate(labels):
        row, column = divmod(n, COLUMNS)
        left = (LEFT + column * (LABEL_W + GAP)) * per_point
        bottom = (TOP + (row + 1) * LABEL_H) * per_point  # from the top of the page
        read = set()
        for dy in range(int(16 * per_point), int(30 * per_point), 4):  # rows across the bars
            y = int(bottom - dy)
            line = [
                image.getpixel((x, y)) < 128  # type: ignore[operator]
                for x in range(int(left), int(left + LABEL_W * per_point))
            ]
            found = read_ean13(line)
            if found:
                read.add(found)
        assert read == {label.barcode}, (n, read)


def test_an_article_without_an_ean_gets_its_sku_in_code_128() -> None:
    label = ShelfLabel("Tomates", "طماطم", Money.of(120, "DZD"), "kg", "", "P000034")
    shown = pdftotext(render_shelf_labels([label], date(2026, 12, 1)), "-layout")
    assert "P000034" in shown and "le kg" in shown and "120,00 DA" in shown.replace("\u202f", " ")
