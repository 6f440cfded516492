"""What other branches hold of a product, for the till's "available at ALG02"."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import Connection, text


def levels_elsewhere(conn: Connection, product_id: UUID, branch_id: UUID) -> list[tuple[str, int]]:
    """Quantity of a product in every other branch (stock levels are readable by every site)."""
    rows = conn.execute(
        text(
            "SELECT b.code, sum(s.quantity_milli) FROM inventory.stock_levels s "
            "JOIN auth.branches b ON b.id = s.branch_id WHERE s.product_id = :p AND s.branch_id <> :b "
            "GROUP BY b.code ORDER BY b.code"
        ),
        {"p": product_id, "b": branch_id},
    )
    return [(r[0], int(r[1])) for r in rows]
