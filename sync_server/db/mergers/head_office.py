"""Rows head office's own devices push: a product edited in the client (with its price
and barcodes), a period closed. Written in the head-office scope the device proved; the
change-log triggers send them down to every site."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.ids import new_id


def product_with_sku(conn: Connection, sku: str) -> UUID | None:
    return conn.execute(
        text("SELECT id FROM inventory.products WHERE sku = :sku"), {"sku": sku}
    ).scalar()


def owners_of_barcodes(conn: Connection, codes: Sequence[str]) -> dict[str, UUID]:
    rows = conn.execute(
        text(
            "SELECT barcode, product_id FROM inventory.product_barcodes "
            "WHERE barcode = ANY(CAST(:codes AS text[]))"
        ),
        {"codes": list(codes)},
    )
    return {r[0]: r[1] for r in rows}


def save_product(conn: Connection, p: Mapping[str, Any], codes: Sequence[str]) -> None:
    """Creates the product or overwrites head office's fields of it (by id), and adds the
    barcodes it does not have yet."""
    conn.execute(
        text(
            "INSERT INTO inventory.products AS p (id, sku, name, name_ar, unit, price_minor, "
            "currency, tax_class, reorder_point_milli, price_mode, category_id) VALUES (:id, "
            ":sku, :name, :name_ar, :unit, :price, :currency, :tax_class, :reorder, :mode, "
            "CAST(:category AS uuid)) "
            "ON CONFLICT (id) DO UPDATE SET sku = excluded.sku, name = excluded.name, "
            "name_ar = excluded.name_ar, unit = excluded.unit, price_minor = excluded.price_minor, "
            "currency = excluded.currency, tax_class = excluded.tax_class, "
            "reorder_point_milli = excluded.reorder_point_milli, price_mode = excluded.price_mode, "
            "category_id = excluded.category_id, "
            "updated_at = now() WHERE (p.sku, p.name, p.name_ar, p.unit, p.price_minor, "
            "p.currency, p.tax_class, p.reorder_point_milli, p.price_mode, p.category_id) "
            "IS DISTINCT FROM (excluded.sku, excluded.name, excluded.name_ar, excluded.unit, "
            "excluded.price_minor, excluded.currency, excluded.tax_class, "
            "excluded.reorder_point_milli, excluded.price_mode, excluded.category_id)"
        ),
        {
            "id": p["id"],
            "sku": p["sku"],
            "name": p["name"],
            "name_ar": p["name_ar"],
            "unit": p["unit"],
            "price": p["price_minor"],
            "currency": p["currency"],
            "tax_class": p["tax_class"],
            "reorder": p["reorder_point_milli"],
            "mode": p["price_mode"],
            "category": p.get("category_id"),  # the till's grid tab (issue 17)
        },
    )
    for code in codes:
        conn.execute(
            text(
                "INSERT INTO inventory.product_barcodes (id, product_id, barcode) "
                "VALUES (:id, :product, :code) ON CONFLICT (barcode) DO NOTHING"
            ),
            {"id": new_id(), "product": p["id"], "code": code},
        )


def closed_periods(conn: Connection) -> frozenset[str]:
    """The codes of the months head office closed (``2026-11``)."""
    return frozenset(
        conn.execute(
            text("SELECT code FROM accounting.closed_periods WHERE deleted_at IS NULL")
        ).scalars()
    )


def close_period(
    conn: Connection,
    period_id: UUID,
    code: str,
    start: date,
    end: date,
    closed_at: datetime,
    closed_by: UUID | None,
) -> bool:
    """Records a closed month once (a replay, or a second close of it, changes nothing)."""
    done = conn.execute(
        text(
            "INSERT INTO accounting.closed_periods (id, code, start_date, end_date, closed_at, "
            "closed_by) VALUES (:id, :code, :start, :end, :at, :by) ON CONFLICT (code) DO NOTHING"
        ),
        {
            "id": period_id,
            "code": code,
            "start": start,
            "end": end,
            "at": closed_at,
            "by": closed_by,
        },
    )
    return bool(done.rowcount)
