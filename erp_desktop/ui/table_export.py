"""A table written to a file a spreadsheet opens: an Excel workbook (openpyxl) with numbers
as numeric cells, or CSV (semicolons, UTF-8 with BOM, numbers with a dot, no direction
marks). The rows come as ``RowsModel.as_sheet_rows`` gives them: Decimal for numbers."""

from __future__ import annotations

import csv
from collections.abc import Collection, Sequence
from decimal import Decimal
from pathlib import Path

Cell = str | Decimal


def write_csv(path: Path, rows: Sequence[Sequence[Cell]]) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerows([[f"{c:f}" if isinstance(c, Decimal) else c for c in r] for r in rows])
    return path


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[Cell]],
    title: str,
    right_to_left: bool = False,
    bold_rows: Collection[int] = (),
) -> Path:
    """The header row and ``bold_rows`` (indexes in ``rows`` after the header) in bold."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = (title or "export")[:31].replace("/", "-")
    sheet.sheet_view.rightToLeft = right_to_left
    for row in rows:
        sheet.append(list(row))
    for index in (0, *(i + 1 for i in bold_rows)):
        for cell in sheet[index + 1]:
            cell.font = Font(bold=True)
    book.save(path)
    return path
