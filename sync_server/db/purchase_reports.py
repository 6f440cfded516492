"""Company-wide purchases on PostgreSQL (issue 14): the goods every branch received, by
supplier, by branch or by product, in the company's currency at the cost they entered
stock at (the receipts' lines, read from their payloads)."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from sqlalchemy import Connection, text

PURCHASE_GROUPS = {
    "supplier": "s.code",
    "branch": "b.code",
    "product": "p.sku",
}


def purchases(
    conn: Connection, start: date, end: date, branch: UUID | None, group: str
) -> list[tuple[str, int, int, int]]:
    """(group, receipts, quantity in thousandths, value in thousandths of the company's
    currency) per group, for receipts issued between ``start`` and ``end``."""
    key = PURCHASE_GROUPS[group]
    rows = conn.execute(
        text(
            f"SELECT {key} AS k, count(DISTINCT r.id), "
            "sum((l->>'quantity_milli')::bigint), "
            "round(sum((l->>'quantity_milli')::numeric * (l->>'unit_cost')::numeric)) "
            "FROM purchasing.purchase_receipts r "
            "CROSS JOIN LATERAL jsonb_array_elements(r.payload->'lines') AS l "
            "JOIN purchasing.suppliers s ON s.id = r.supplier_id "
            "JOIN auth.branches b ON b.id = r.branch_id "
            "JOIN inventory.products p ON p.id = (l->>'product_id')::uuid "
            "WHERE r.issued_at::date BETWEEN :start AND :end "
            "AND (CAST(:branch AS uuid) IS NULL OR r.branch_id = CAST(:branch AS uuid)) "
            "GROUP BY k ORDER BY k"
        ),
        {"start": start, "end": end, "branch": branch},
    )
    return [(r[0], int(r[1]), int(r[2]), int(r[3])) for r in rows]
