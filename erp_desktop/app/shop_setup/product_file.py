"""Products of a new shop read from a CSV file or a spreadsheet (xlsx), every line checked.

The file has a header row naming its columns (in any order; :data:`COLUMNS`; ``sku``,
``name``, ``price`` and ``tax_class`` are required, the others may be left out). Each line is
checked as the product editor checks one product (``catalog_editing.checked_product``) and a
SKU or a barcode used twice is refused; every problem is reported with its line number, and
the caller imports nothing unless there is none (``(products, problems)``, beancount's way).
:func:`write_template` writes the file to fill in, with two example lines.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from erp_desktop.app.catalog_editing import PRICE_MODES, ProductEdit, checked_product
from erp_desktop.app.records import ProductInfo
from erp_desktop.kernel.errors import ConflictError, ErpError, ValidationError
from erp_desktop.kernel.quantity import quantity

COLUMNS = (
    "sku",
    "name",
    "name_ar",
    "unit",
    "price",
    "tax_class",
    "barcode",
    "reorder_point",
    "price_mode",
    "quantity",  # on the shelf today (opening stock), optional
    "unit_cost",  # what it cost, before VAT, for the opening stock
)
REQUIRED = ("sku", "name", "price", "tax_class")
EXAMPLES = (
    ("LAIT-1L", "Lait entier 1 L", "حليب كامل 1 ل", "pce", "120.00", "reduced", "6130000000015"),
    ("SUCRE-KG", "Sucre en vrac", "سكر سائب", "kg", "95.50", "standard", ""),
)


# what reading a file that is neither CSV nor xlsx may raise
UNREADABLE = (OSError, UnicodeDecodeError, csv.Error, ValueError, KeyError, zipfile.BadZipFile)


@dataclass(frozen=True, slots=True)
class LineProblem:
    """What is wrong with line ``line`` of the file (1 is the header row)."""

    line: int
    error: ErpError


def write_template(path: Path, tax_classes: frozenset[str] | None = None) -> Path:
    """The file to fill in: the header row and two example lines, CSV or xlsx by suffix;
    their tax classes are the country's when ``tax_classes`` are given."""
    reduced = next(
        (c for c in ("reduced", "reduced_7", "exempt") if tax_classes and c in tax_classes),
        "reduced" if tax_classes is None else "standard",
    )
    examples = [(*e[:5], reduced if e[5] == "reduced" else e[5], e[6]) for e in EXAMPLES]
    stock = (("24", "95.00"), ("10.5", "70.00"))
    rows = [
        list(COLUMNS),
        *([*e, "0", "tax_included", *s] for e, s in zip(examples, stock, strict=True)),
    ]
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "products"
        for row in rows:
            sheet.append(row)
        book.save(path)
        return path
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def read_product_file(
    path: Path,
    currency: str,
    tax_classes: frozenset[str],
    opening: dict[str, tuple[Decimal, Decimal]] | None = None,
) -> tuple[list[ProductInfo], list[LineProblem]]:
    """The products of ``path`` and every problem found in it (by line); ``opening``, when
    given, receives each product's opening stock (SKU -> quantity, unit cost)."""
    try:
        rows = _rows(path)
    except UNREADABLE:
        return [], [
            LineProblem(0, ValidationError("setup.product_file_unreadable", path=path.name))
        ]
    return products_of_rows(rows, currency, tax_classes, path.name, opening)


def products_of_rows(
    rows: list[list[str]],
    currency: str,
    tax_classes: frozenset[str],
    source: str = "",
    opening: dict[str, tuple[Decimal, Decimal]] | None = None,
    more_columns: tuple[str, ...] = (),
    lines: dict[str, tuple[int, dict[str, str]]] | None = None,
) -> tuple[list[ProductInfo], list[LineProblem]]:
    """The products of ``rows`` (the first names the columns) and every problem in them:
    a file's rows, or the lines typed into the wizard's table. ``more_columns`` are allowed
    besides :data:`COLUMNS` (head office's import: app/catalog_import.py); ``lines``, when
    given, receives each product's line number and cells (SKU -> (line, column -> text))."""
    if not rows or not any(cell.strip() for cell in rows[0]):
        return [], [LineProblem(1, ValidationError("setup.product_file_empty", path=source))]
    header = [cell.strip().lower() for cell in rows[0]]
    missing = [name for name in REQUIRED if name not in header]
    unknown = [name for name in header if name and name not in (*COLUMNS, *more_columns)]
    if missing or unknown:
        return [], [
            LineProblem(
                1,
                ValidationError(
                    "setup.product_file_columns",
                    missing=", ".join(missing) or "-",
                    unknown=", ".join(unknown) or "-",
                ),
            )
        ]
    products: list[ProductInfo] = []
    problems: list[LineProblem] = []
    first_of_sku: dict[str, int] = {}
    first_of_code: dict[str, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        values = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(header)}
        try:
            product = checked_product(_edit(values), currency, tax_classes)
            stock = _opening(values, product.unit)
        except ErpError as error:
            problems.append(LineProblem(number, error))
            continue
        if product.sku in first_of_sku:
            problems.append(
                LineProblem(
                    number,
                    ConflictError(
                        "setup.sku_twice", sku=product.sku, first=first_of_sku[product.sku]
                    ),
                )
            )
            continue
        twice = [code for code in product.barcodes if code in first_of_code]
        if twice:
            problems.append(
                LineProblem(
                    number,
                    ConflictError(
                        "setup.barcode_twice", code=twice[0], first=first_of_code[twice[0]]
                    ),
                )
            )
            continue
        first_of_sku[product.sku] = number
        first_of_code.update({code: number for code in product.barcodes})
        products.append(product)
        if stock is not None and opening is not None:
            opening[product.sku] = stock
        if lines is not None:
            lines[product.sku] = (number, values)
    return products, problems


def _edit(values: dict[str, str]) -> ProductEdit:
    price = _decimal(values.get("price", ""), "price")
    reorder = _decimal(values.get("reorder_point", "") or "0", "reorder_point")
    mode = values.get("price_mode", "") or PRICE_MODES[0]
    return ProductEdit(
        product_id=None,
        sku=values.get("sku", ""),
        name=values.get("name", ""),
        name_ar=values.get("name_ar", "") or values.get("name", ""),
        unit=values.get("unit", "") or "pce",
        price=price,
        tax_class=values.get("tax_class", ""),
        price_mode=mode,
        reorder_point=reorder,
        barcode=values.get("barcode", ""),
    )


def _opening(values: dict[str, str], unit: str) -> tuple[Decimal, Decimal] | None:
    """The line's opening stock (quantity in the unit's precision, unit cost), if any."""
    if not values.get("quantity", "").strip():
        return None
    counted = quantity(_decimal(values["quantity"], "quantity"), unit)
    cost = _decimal(values.get("unit_cost", "") or "", "unit_cost")
    if counted < 0 or cost < 0:
        raise ValidationError("quantity.invalid", quantity=values["quantity"])
    return (counted, cost) if counted else None


def _decimal(text: str, field: str) -> Decimal:
    """A number as people type it: ``1250,50`` or ``1250.50``, spaces between thousands."""
    cleaned = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        raise ValidationError("common.required", field=field)
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError("common.invalid_value", field=field, value=text) from None
    if not value.is_finite():
        raise ValidationError("common.invalid_value", field=field, value=text)
    return value


def rows_of_file(path: Path) -> list[list[str]]:
    """The cells of a CSV file or of an xlsx workbook's first sheet, as text."""
    return _rows(path)


def _rows(path: Path) -> list[list[str]]:
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            return [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        finally:
            book.close()
    text = path.read_text(encoding="utf-8-sig")
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else csv.excel
    return list(csv.reader(io.StringIO(text), dialect))


def _cell(value: object) -> str:
    """A spreadsheet cell as text; a barcode typed as a number keeps all its digits."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
