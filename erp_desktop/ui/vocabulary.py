"""The business words stored as codes (movement and document kinds, units of measure),
shown in the user's language from one table.

The replica stores ``sale``, ``credit_note``, ``pce``: codes, not words. Every screen that
shows one asks this table, so an Arabic user never reads the code; a code the table does
not know is shown as it is rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Vocabulary"  # written out in each call below: lupdate reads only literal calls


def movement_kind(code: str) -> str:
    """A stock movement's kind (``MovementKind`` value)."""
    names = {
        "receipt": QCoreApplication.translate("Vocabulary", "Receipt"),
        "sale": QCoreApplication.translate("Vocabulary", "Sale"),
        "return": QCoreApplication.translate("Vocabulary", "Return"),
        "adjustment": QCoreApplication.translate("Vocabulary", "Adjustment"),
        "count": QCoreApplication.translate("Vocabulary", "Count variance"),
        "transfer_out": QCoreApplication.translate("Vocabulary", "Transfer out"),
        "transfer_in": QCoreApplication.translate("Vocabulary", "Transfer in"),
        "opening": QCoreApplication.translate("Vocabulary", "Opening stock"),
        "supplier_return": QCoreApplication.translate("Vocabulary", "Returned to supplier"),
    }
    return names.get(code, code)


def document_kind(code: str) -> str:
    """The kind of document behind a movement (a ticket, a credit note, a receipt...)."""
    names = {
        "sale": QCoreApplication.translate("Vocabulary", "Sales ticket"),
        "credit_note": QCoreApplication.translate("Vocabulary", "Credit note"),
        "goods_receipt": QCoreApplication.translate("Vocabulary", "Goods receipt"),
        "transfer_out": QCoreApplication.translate("Vocabulary", "Transfer out"),
        "transfer_in": QCoreApplication.translate("Vocabulary", "Transfer in"),
        "count": QCoreApplication.translate("Vocabulary", "Stock count"),
        "adjustment": QCoreApplication.translate("Vocabulary", "Adjustment"),
        "opening": QCoreApplication.translate("Vocabulary", "Opening stock"),
    }
    return names.get(code, code)


def unit(code: str) -> str:
    """A unit of measure, short as printed next to a quantity."""
    names = {
        "pce": QCoreApplication.translate("Vocabulary", "pce"),
        "piece": QCoreApplication.translate("Vocabulary", "pce"),
        "kg": QCoreApplication.translate("Vocabulary", "kg"),
        "g": QCoreApplication.translate("Vocabulary", "g"),
        "l": QCoreApplication.translate("Vocabulary", "l"),
        "m": QCoreApplication.translate("Vocabulary", "m"),
        "box": QCoreApplication.translate("Vocabulary", "box"),
    }
    return names.get(code, code)
