"""Customers as the server keeps them: one row per customer with each field's clock, read
for update so that two pushes editing one customer merge one after the other."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.crm.customers import FIELDS

CUSTOMER_FIELDS = FIELDS  # a business customer's too (kernel.partners.customers)

_COLUMNS = ", ".join(CUSTOMER_FIELDS)
_ASSIGN = ", ".join(f"{f} = :{f}" for f in CUSTOMER_FIELDS)
_VALUES = ", ".join(f":{f}" for f in CUSTOMER_FIELDS)


def customer_for_update(
    conn: Connection, customer_id: UUID
) -> tuple[dict[str, Any], dict[str, str]] | None:
    row = conn.execute(
        text(f"SELECT {_COLUMNS}, field_clocks FROM crm.customers WHERE id = :id FOR UPDATE"),
        {"id": customer_id},
    ).first()
    if row is None:
        return None
    width = len(CUSTOMER_FIELDS)
    return dict(zip(CUSTOMER_FIELDS, row[:width], strict=True)), dict(row[width])


def save_customer(
    conn: Connection,
    customer_id: UUID,
    values: Mapping[str, Any],
    clocks: Mapping[str, str],
    exists: bool,
) -> None:
    params = {
        "id": customer_id,
        **{f: values.get(f, "") for f in CUSTOMER_FIELDS},
        "clocks": json.dumps(dict(clocks)),
    }
    if exists:
        conn.execute(
            text(
                f"UPDATE crm.customers SET {_ASSIGN}, field_clocks = CAST(:clocks AS jsonb), "
                "updated_at = now() WHERE id = :id"
            ),
            params,
        )
    else:
        conn.execute(
            text(
                f"INSERT INTO crm.customers (id, {_COLUMNS}, field_clocks) "
                f"VALUES (:id, {_VALUES}, CAST(:clocks AS jsonb))"
            ),
            params,
        )
