"""Tunisia's daily global invoices pushed by branches, written once each under the branch's
row-level security; their neighbours in the series, for the chain check."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.numbering import parse_number


def insert_global_invoice(conn: Connection, branch_id: UUID, p: Mapping[str, Any]) -> bool:
    """Inserts the invoice unless its id is there already; True when inserted now."""
    number = parse_number(p["number"])
    row = conn.execute(
        text(
            "INSERT INTO sales.global_invoices (id, branch_id, number, series, sequence, "
            "business_date, issued_at, issued_by, currency, ticket_count, return_count, "
            "base_minor, vat_minor, stamp_duty_minor, total_minor, previous_hash, hash, payload) "
            "VALUES (:id, :branch, :number, :series, :sequence, :day, :issued_at, :issued_by, "
            ":currency, :tickets, :returns, :base, :vat, :stamp, :total, :previous, :hash, "
            "CAST(:payload AS jsonb)) ON CONFLICT (branch_id, id) DO NOTHING RETURNING id"
        ),
        {
            "id": p["id"],
            "branch": branch_id,
            "number": p["number"],
            "series": number.series,
            "sequence": number.sequence,
            "day": p["business_date"],
            "issued_at": p["issued_at"],
            "issued_by": p["issued_by"],
            "currency": p["currency"],
            "tickets": p["ticket_count"],
            "returns": p["return_count"],
            "base": p["base_minor"],
            "vat": p["vat_minor"],
            "stamp": p["stamp_duty_minor"],
            "total": p["total_minor"],
            "previous": p["previous_hash"],
            "hash": p["hash"],
            "payload": json.dumps(dict(p)),
        },
    ).first()
    return row is not None


def neighbours(conn: Connection, series: str, sequence: int) -> tuple[str | None, str | None]:
    """(hash of the invoice before, previous-hash of the one after), None where the server
    has not got it."""
    rows = conn.execute(
        text(
            "SELECT sequence, hash, previous_hash FROM sales.global_invoices "
            "WHERE series = :series AND sequence IN (:before, :after)"
        ),
        {"series": series, "before": sequence - 1, "after": sequence + 1},
    ).all()
    by_sequence = {r[0]: (r[1], r[2]) for r in rows}
    before = by_sequence.get(sequence - 1)
    after = by_sequence.get(sequence + 1)
    return (before[0] if before else None, after[1] if after else None)
