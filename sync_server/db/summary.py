"""A branch's figures as the server holds them, for the comparison after each sync
(row-level security keeps it to the asking branch)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text


def branch_summary(conn: Connection) -> dict[str, Any]:
    levels = {
        str(r[0]): int(r[1])
        for r in conn.execute(
            text(
                "SELECT product_id, sum(quantity_milli) FROM inventory.stock_movements GROUP BY product_id"
            )
        )
    }
    series = {
        r[0]: {"count": int(r[1]), "total_minor": int(r[2])}
        for r in conn.execute(
            text("SELECT series, count(*), sum(total_minor) FROM sales.documents GROUP BY series")
        )
    }
    movements = int(
        conn.execute(text("SELECT count(*) FROM inventory.stock_movements")).scalar_one()
    )
    return {"movements": movements, "quantity_by_product": levels, "series": series}
