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
        "category_id": "uuid?",  # its tab on the till's grid (none: in no tab)
    },
    "fiscal_period": {
        "id": "uuid",
        "code": "str",  # 2026-11
        "start_date": "date",
        "end_date": "date",
        "closed_at": "datetime",
    },
    # a supplier edited at head office, whole with the products it supplies (issue 14)
    "supplier": {
        "id": "uuid",
        "code": "str",
        "name": "str",
        "name_ar": "str",
        "country": "str",
        "currency": "currency",
        "terms": "str",  # kernel.invoicing.terms PaymentTerms.code
        "legal_ids": "object",  # kind -> value (kernel.partners.legal_ids)
        "bank_account": "str",  # RIB, RIP or IBAN, normalized (kernel.purchasing.banks)
        "active": "int",  # 1, or 0 once head office stopped buying from it
        "products": [
            {
                "product_id": "uuid",
                "reference": "str",
                "last_price_minor": "int",  # tax excluded, the supplier's currency
                "lead_time_days": "int",
                "pack_milli": "int",
            }
        ],
    },
    # the till's grid, as head office's catalog editor files a product (issue 17)
    "category": {"id": "uuid", "name": "str", "name_ar": "str", "position": "int"},
    "product_image": {
        "id": "uuid",
        "product_id": "uuid",
        "media_type": "str",  # image/jpeg or image/png
        "thumbnail": "thumbnail?",  # base64; none once removed
        "removed": "bool",
    },
}
