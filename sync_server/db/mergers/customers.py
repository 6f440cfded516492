"""Customers as the server keeps them: one row per customer with each field's clock, read
for update so that two pushes editing one customer merge one after the other."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

CUSTOMER_FIELDS = ("name", "name_ar", "phone", "email", "tax_id")


def customer_for_update(
    conn: Connection, customer_id: UUID
) -> tuple[dict[str, Any], dict[str, str]] | None:
    row = conn.execute(
        text(
            "SELECT name, name_ar, phone, email, tax_id, field_clocks FROM crm.customers "
            "WHERE id = :id FOR UPDATE"
        ),
        {"id": customer_id},
    ).first()
    if row is None:
        return None
    return dict(zip(CUSTOMER_FIELDS, row[:5], strict=True)), dict(row[5])


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
                "UPDATE crm.customers SET name = :name, name_ar = :name_ar, phone = :phone, "
                "email = :email, tax_id = :tax_id, field_clocks = CAST(:clocks AS jsonb), "
                "updated_at = now() WHERE id = :id"
            ),
            params,
        )
    else:
        conn.execute(
            text(
                "INSERT INTO crm.customers (id, name, name_ar, phone, email, tax_id, field_clocks) "
                "VALUES (:id, :name, :name_ar, :phone, :email, :tax_id, CAST(:clocks AS jsonb))"
            ),
            params,
        )
