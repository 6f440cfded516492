"""The business words stored as codes (movement and document kinds, units of measure),
shown in the user's language from one table.

The replica stores ``sale``, ``credit_note``, ``pce``: codes, not words. Every screen that
shows one asks this table, so an Arabic user never reads the code; a code the table does
not know is shown as it is rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Vocabulary"
# Where some of these words were translated before this table existed: read until the
# catalogs are regenerated with the Vocabulary context.
EARLIER_CONTEXTS = ("StockView", "WarehouseView")


def _tr(text: str) -> str:
    for context in (CONTEXT, *EARLIER_CONTEXTS):
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


def movement_kind(code: str) -> str:
    """A stock movement's kind (``MovementKind`` value)."""
    names = {
        "receipt": _tr("Receipt"),
        "sale": _tr("Sale"),
        "return": _tr("Return"),
        "adjustment": _tr("Adjustment"),
        "count": _tr("Count variance"),
        "transfer_out": _tr("Transfer out"),
        "transfer_in": _tr("Transfer in"),
        "opening": _tr("Opening stock"),
    }
    return names.get(code, code)


def document_kind(code: str) -> str:
    """The kind of document behind a movement (a ticket, a credit note, a receipt...)."""
    names = {
        "sale": _tr("Sales ticket"),
        "credit_note": _tr("Credit note"),
        "goods_receipt": _tr("Goods receipt"),
        "transfer_out": _tr("Transfer out"),
        "transfer_in": _tr("Transfer in"),
        "count": _tr("Stock count"),
        "adjustment": _tr("Adjustment"),
        "opening": _tr("Opening stock"),
    }
    return names.get(code, code)


def unit(code: str) -> str:
    """A unit of measure, short as printed next to a quantity."""
    names = {
        "pce": _tr("pce"),
        "piece": _tr("pce"),
        "kg": _tr("kg"),
        "g": _tr("g"),
        "l": _tr("l"),
        "m": _tr("m"),
        "box": _tr("box"),
    }
    return names.get(code, code)
