"""Whether a pushed sale's own hash holds, read from its payload without rebuilding it.

The server checks the hash of every sale it merges. ``chain_fields`` reads a
:class:`SaleDocument`; the set-wise posting (kernel.documents.sale_postings) builds none, so
the fields the chain covers are read here from the payload's columns, straight in their
canonical text (kernel.hash_chain: what the rebuilt document's fields hash as: a time in ISO
form, a quantity in its shortest exact form, ids as canonical text, numbers as text): the
same bytes, hence the same hash (a property test compares them). Only for payloads the
set-wise posting took (amounts within its bounds); the others are rebuilt.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from erp_desktop.kernel.hash_chain import chain_hash_of_text
from erp_desktop.kernel.ids import id_text
from erp_desktop.kernel.quantity import from_milli


def _decimal(value: Any) -> str:
    return str(value if isinstance(value, Decimal) else Decimal(value))


def _id(value: Any) -> str | None:
    return None if value is None else id_text(value)


def chain_fields_of_payload(p: Mapping[str, Any]) -> dict[str, Any]:
    """The canonical form of ``chain_fields(sale_from_payload(p, ...))``, from ``p``."""
    issued = p["issued_at"]
    return {
        "number": p["number"],
        "kind": p["kind"],
        "issued_at": (
            issued if isinstance(issued, datetime) else datetime.fromisoformat(issued)
        ).isoformat(),
        "currency": p["currency"],
        "total_minor": str(p["total_minor"]),
        "stamp_duty_minor": str(p["stamp_duty_minor"]),
        "customer_id": _id(p["customer_id"]),
        "original_id": _id(p["original_id"]),
        "lines": [
            {
                "product_id": id_text(ln["product_id"]),
                "quantity": str(from_milli(ln["quantity_milli"])),
                "unit_price": _decimal(ln["unit_price"]),
                "base_minor": str(ln["base_minor"]),
                "vat_minor": str(ln["vat_minor"]),
                "returned_line_id": _id(ln.get("returned_line_id")),
            }
            for ln in p["lines"]
        ],
        "payments": [
            {
                "tender": pay["tender"],
                "amount_minor": str(pay["amount_minor"]),
                "currency": pay["currency"],
                "rate": _decimal(pay["rate"]),
            }
            for pay in p["payments"]
        ],
    }


def sealed(p: Mapping[str, Any]) -> bool:
    """Whether the payload's ``hash`` is its chain hash (over its ``previous_hash``)."""
    return chain_hash_of_text(p["previous_hash"], chain_fields_of_payload(p)) == str(p["hash"])
