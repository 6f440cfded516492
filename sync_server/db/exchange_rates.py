"""Head office's exchange rates: one per currency pair and day, corrected in place."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.ids import new_id


def set_rate(conn: Connection, source: str, target: str, on: date, rate: Decimal) -> UUID:
    """The rate of ``source`` in ``target`` from ``on``; a second rate for the same day
    replaces the first (and goes down again)."""
    return UUID(
        str(
            conn.execute(
                text(
                    "INSERT INTO accounting.exchange_rates (id, on_date, source, target, rate) "
                    "VALUES (:id, :on, :source, :target, :rate) "
                    "ON CONFLICT (source, target, on_date) DO UPDATE SET rate = excluded.rate, "
                    "updated_at = now() RETURNING id"
                ),
                {"id": new_id(), "on": on, "source": source, "target": target, "rate": rate},
            ).scalar_one()
        )
    )
