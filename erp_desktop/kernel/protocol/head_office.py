"""Payload schemas of what head office pushes: a product (with its price) edited in the
client, a period closed. Declared apart from the branches' documents; ``payloads`` takes
them into its one table of schemas."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

HEAD_OFFICE_SCHEMAS: Mapping[str, Mapping[str, Any]] = {
    "product": {
        "id": "uuid",
        "sku": "str",
        "name": "str",
        "name_ar": "str",
        "unit": "str",
        "price_minor": "int",
        "currency": "currency",
        "price_mode": "str",  # tax_included or tax_excluded
        "tax_class": "str",
        "reorder_point_milli": "int",
        "barcodes": [{"barcode": "str"}],  # kept and added: a barcode never moves away
    },
    "fiscal_period": {
        "id": "uuid",
        "code": "str",  # 2026-11
        "start_date": "date",
        "end_date": "date",
        "closed_at": "datetime",
    },
}
