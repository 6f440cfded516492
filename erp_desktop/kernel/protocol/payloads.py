"""Payload schemas of the entities branches push, declared in one place per entity.

A schema maps each field to its kind; ``?`` marks an optional (nullable) field and ``[...]``
a list of nested objects. Amounts travel as integer minor units with their currency,
quantities as integer thousandths, ids and decimals as strings.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.protocol.fields import (
    expect_object,
    read_datetime,
    read_decimal,
    read_int,
    read_str,
    read_uuid,
)

Schema = Mapping[str, Any]

_LINE: Schema = {
    "id": "uuid",
    "product_id": "uuid",
    "quantity_milli": "int",
    "unit_price": "decimal",
    "vat_rate": "decimal",
    "discount_minor": "int",
    "base_minor": "int",
    "vat_minor": "int",
    "unit_cost": "decimal",
    "returned_line_id": "uuid?",
}
_PAYMENT: Schema = {
    "id": "uuid",
    "tender": "str",
    "amount_minor": "int",
    "currency": "str",
    "rate": "decimal",
    "reference": "str",
}

PAYLOAD_SCHEMAS: dict[str, Schema] = {
    "stock_movement": {
        "id": "uuid",
        "product_id": "uuid",
        "warehouse_id": "uuid",
        "kind": "str",
        "quantity_milli": "int",
        "unit_cost": "decimal",
        "occurred_at": "datetime",
        "document_type": "str",
        "document_id": "uuid?",
    },
    "sale": {
        "id": "uuid",
        "kind": "str",
        "number": "str",
        "register_id": "uuid",
        "session_id": "uuid?",
        "customer_id": "uuid?",
        "issued_at": "datetime",
        "currency": "str",
        "rate": "decimal",
        "base_minor": "int",
        "vat_minor": "int",
        "stamp_duty_minor": "int",
        "rounding_minor": "int",
        "total_minor": "int",
        "change_minor": "int",
        "original_id": "uuid?",
        "previous_hash": "str",
        "hash": "str",
        "cashier_id": "uuid",
        "lines": [_LINE],
        "payments": [_PAYMENT],
    },
    "cash_session": {
        "id": "uuid",
        "register_id": "uuid",
        "opened_at": "datetime",
        "closed_at": "datetime?",
        "opening_float_minor": "int",
        "expected_cash_minor": "int?",
        "counted_cash_minor": "int?",
        "currency": "str",
        "status": "str",
    },
    "customer": {
        "id": "uuid",
        "name": "str",
        "name_ar": "str",
        "phone": "str",
        "email": "str",
        "tax_id": "str",
        "field_clocks": "object",
    },
    "stock_document": {
        "id": "uuid",
        "kind": "str",
        "number": "str",
        "status": "str",
        "issued_at": "datetime",
        "counterpart_branch_id": "uuid?",
        "related_id": "uuid?",  # a transfer in: the transfer out it receives
        "supplier_id": "uuid?",
        "currency": "str",
        "rate": "decimal",  # company currency per unit of the document currency
        "lines": [
            {
                "product_id": "uuid",
                "quantity_milli": "int",
                "unit_cost": "decimal",  # company currency
                "vat_rate": "decimal?",  # a goods receipt: the supplier's VAT rate
            }
        ],
    },
}


def _read(kind: Any, value: Any, path: str) -> Any:
    if isinstance(kind, list):
        if not isinstance(value, list):
            raise ValidationError("protocol.wrong_type", path=path, expected="array")
        return [_object(kind[0], v, f"{path}[{i}]") for i, v in enumerate(value)]
    optional = kind.endswith("?")
    base = kind.rstrip("?")
    if value is None:
        if optional:
            return None
        raise ValidationError("protocol.missing_field", path=path)
    if base == "uuid":
        return str(read_uuid(value, path))
    if base == "int":
        return read_int(value, path)
    if base == "decimal":
        return str(read_decimal(value, path))
    if base == "datetime":
        return read_datetime(value, path).isoformat()
    if base == "str":
        return read_str(value, path)
    if base == "object":
        if not isinstance(value, Mapping):
            raise ValidationError("protocol.wrong_type", path=path, expected="object")
        return dict(value)
    raise AssertionError(kind)


def _object(schema: Schema, value: Any, path: str) -> dict[str, Any]:
    obj = expect_object(value, path, set(schema), set(schema))
    return {name: _read(kind, obj[name], f"{path}.{name}") for name, kind in schema.items()}


def validate_payload(entity: str, value: Any, path: str = "payload") -> dict[str, Any]:
    """The payload of ``entity`` checked field by field (JSON-ready, normalized)."""
    schema = PAYLOAD_SCHEMAS.get(entity)
    if schema is None:
        raise ValidationError("protocol.unknown_entity", entity=entity)
    return _object(schema, value, path)
