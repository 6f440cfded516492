"""Product search over the FTS5 index kept by migration 0002's triggers.

The query goes through the same normalization as the indexed text; each word becomes a
prefix match, so "caf cre" finds "Café Crème" and "قهو" finds "قهوة".
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.text import normalize_for_search

# A product's indexed text, as migration 0002's triggers make it (``bulk_load`` rebuilds the
# index with it; a test checks both give the same rows).
SEARCH_TEXT = (
    "erp_normalize(p.name || ' ' || p.name_ar || ' ' || p.sku || ' ' || "
    "coalesce((SELECT group_concat(b.barcode, ' ') FROM product_barcodes b "
    "WHERE b.product_id = p.id), ''))"
)


def fts_query(user_text: str) -> str | None:
    words = [w for w in normalize_for_search(user_text).split(" ") if w]
    if not words:
        return None
    return " ".join('"' + w.replace('"', "") + '"*' for w in words)


def search_products(conn: Connection, user_text: str, limit: int = 50) -> list[UUID]:
    """Ids of active products matching ``user_text``, best first."""
    query = fts_query(user_text)
    if query is None:
        return []
    rows = conn.execute(
        text(
            "SELECT p.id FROM product_search s JOIN products p ON p.rowid = s.rowid "
            "WHERE product_search MATCH :q AND p.active = 1 AND p.deleted_at IS NULL "
            "ORDER BY s.rank LIMIT :limit"
        ),
        {"q": query, "limit": limit},
    ).all()
    return [UUID(str(r[0])) if not isinstance(r[0], UUID) else r[0] for r in rows]
