"""The snapshot a new branch bootstraps from: the feed up to a position, read once in the
branch's scope (row-level security keeps other branches' rows out, as for a pull), kept in
``sync.snapshots`` (migration 0032) part by part.

The catalog's kinds (``BULK``) come first, each row once with its latest payload (head
office's rows are last-writer-wins upserts: applying the latest once leaves the replica as
applying every version in turn would), kind after kind in the order they name each other
(a barcode names its product, a product its category), each kind in the order its rows
first appeared. Catalog rows name nothing but catalog rows, so whatever the rest of the feed
names of them (a transfer's products) is there before it. A picture whose latest version
removed it is left out (a new PC has nothing to hide). Every other row follows as it was
logged, in order (events such as a posting moved are never merged)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

# The kinds a replica loads in bulk, in the order they are loaded.
BULK = ("category", "product", "product_barcode", "product_image")

_FEED = text(
    "WITH feed AS ("
    " SELECT p.position, c.entity, c.entity_id, c.payload FROM sync.change_positions p"
    " JOIN sync.change_log c ON c.seq = p.seq WHERE p.position <= :upto),"
    " latest AS (SELECT DISTINCT ON (entity, entity_id) entity, entity_id, payload FROM feed"
    "  WHERE entity = ANY(:bulk) ORDER BY entity, entity_id, position DESC),"
    " first AS (SELECT entity, entity_id, min(position) AS position FROM feed"
    "  WHERE entity = ANY(:bulk) GROUP BY entity, entity_id)"
    " SELECT array_position(:bulk, l.entity) AS stage, f.position, l.entity, l.payload::text"
    "  FROM latest l JOIN first f ON f.entity = l.entity AND f.entity_id = l.entity_id"
    "  WHERE NOT (l.entity = 'product_image' AND l.payload->>'deleted_at' IS NOT NULL)"
    " UNION ALL SELECT cardinality(:bulk) + 1, position, entity, payload::text FROM feed"
    "  WHERE entity <> ALL(:bulk)"
    " ORDER BY 1, 2"
)


def feed_upto(conn: Connection, upto: int) -> Iterator[tuple[str, str]]:
    """(entity, payload as JSON text) of the feed up to ``upto``, catalog rows merged."""
    result = conn.execute(_FEED, {"upto": upto, "bulk": list(BULK)})
    for _stage, _position, entity, payload in result:
        yield entity, payload


def newest_position(conn: Connection, branch_id: UUID) -> int | None:
    return conn.execute(
        text("SELECT max(position) FROM sync.snapshots WHERE branch_id = :b"), {"b": branch_id}
    ).scalar_one_or_none()


def manifest(conn: Connection, branch_id: UUID, position: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        text(
            "SELECT part, kind, rows, sha256, octet_length(body) FROM sync.snapshots "
            "WHERE branch_id = :b AND position = :p ORDER BY part"
        ),
        {"b": branch_id, "p": position},
    )
    return [{"part": r[0], "kind": r[1], "rows": r[2], "sha256": r[3], "bytes": r[4]} for r in rows]


def keep(
    conn: Connection, branch_id: UUID, position: int, parts: list[tuple[str, int, str, bytes]]
) -> None:
    """Keeps the parts of a snapshot (kind, rows, digest, body), drops the branch's older
    ones; a snapshot another worker kept for the same position meanwhile stays as it is."""
    conn.execute(
        text("DELETE FROM sync.snapshots WHERE branch_id = :b AND position < :p"),
        {"b": branch_id, "p": position},
    )
    conn.execute(
        text(
            "INSERT INTO sync.snapshots (branch_id, position, part, kind, rows, sha256, body) "
            "VALUES (:b, :p, :part, :kind, :rows, :sha, :body) ON CONFLICT DO NOTHING"
        ),
        [
            {"b": branch_id, "p": position, "part": i, "kind": k, "rows": n, "sha": s, "body": b}
            for i, (k, n, s, b) in enumerate(parts)
        ],
    )


def part_body(conn: Connection, branch_id: UUID, position: int, part: int) -> bytes | None:
    body = conn.execute(
        text(
            "SELECT body FROM sync.snapshots WHERE branch_id = :b AND position = :p AND part = :n"
        ),
        {"b": branch_id, "p": position, "n": part},
    ).scalar_one_or_none()
    return bytes(body) if body is not None else None
