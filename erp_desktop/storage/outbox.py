"""The sync outbox: every change a branch makes is queued in the same local transaction.

Because the outbox row commits or rolls back with the change itself, a sale is either in the
replica *and* queued for the server, or in neither. Rows keep their local order (``seq``);
a rejected row is kept with its error code and never blocks the rows behind it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, func, select, text, update

from erp_desktop.kernel.ids import new_id
from erp_desktop.storage.repositories.base import fetch_rows, insert_rows
from erp_desktop.storage.tables.sync import outbox

# Compiled once: every change of every sale asks for the next seq (the unique index on seq
# answers max() with one probe).
_LAST_SEQ = select(func.coalesce(func.max(outbox.c.seq), 0))


def append_change(
    conn: Connection,
    entity: str,
    entity_id: UUID,
    payload: dict[str, Any],
    hlc: str,
    actor_id: UUID | None,
    now: datetime,
    operation: str = "insert",
) -> UUID:
    seq = int(fetch_rows(conn, _LAST_SEQ)[0][0]) + 1
    change_id = new_id()
    insert_rows(
        conn,
        outbox,
        [
            dict(
                id=change_id,
                seq=seq,
                entity=entity,
                operation=operation,
                entity_id=entity_id,
                payload=payload,
                hlc=hlc,
                actor_id=actor_id,
                state="pending",
                attempts=0,
                error_code=None,
                error_params=None,
                created_at=now,
                updated_at=now,
                deleted_at=None,
            )
        ],
    )
    return change_id


def append_changes(
    conn: Connection,
    changes: list[tuple[str, UUID, dict[str, Any], str]],
    actor_id: UUID | None,
    now: datetime,
) -> None:
    """(entity, entity id, payload, hlc) of one document's changes, in order: one seq read
    and one executemany for all of them (a sale's movements)."""
    if not changes:
        return
    first = int(fetch_rows(conn, _LAST_SEQ)[0][0]) + 1
    insert_rows(
        conn,
        outbox,
        [
            dict(
                id=new_id(),
                seq=first + i,
                entity=entity,
                operation="insert",
                entity_id=entity_id,
                payload=payload,
                hlc=hlc,
                actor_id=actor_id,
                state="pending",
                attempts=0,
                error_code=None,
                error_params=None,
                created_at=now,
                updated_at=now,
                deleted_at=None,
            )
            for i, (entity, entity_id, payload, hlc) in enumerate(changes)
        ],
    )


def pending_changes(conn: Connection, limit: int = 500) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(outbox).where(outbox.c.state == "pending").order_by(outbox.c.seq).limit(limit)
    ).mappings()
    return [dict(r) for r in rows]


def mark_sent(conn: Connection, change_ids: list[UUID], now: datetime) -> None:
    conn.execute(
        update(outbox)
        .where(outbox.c.id.in_(change_ids))
        .values(state="sent", attempts=outbox.c.attempts + 1, updated_at=now)
    )


def mark_rejected(
    conn: Connection, change_id: UUID, code: str, params: dict[str, Any], now: datetime
) -> None:
    conn.execute(
        update(outbox)
        .where(outbox.c.id == change_id)
        .values(state="rejected", error_code=code, error_params=params, updated_at=now)
    )


def count_pending(conn: Connection) -> int:
    return conn.execute(
        select(func.count()).select_from(outbox).where(outbox.c.state == "pending")
    ).scalar_one()


def rejected_changes(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(outbox).where(outbox.c.state == "rejected").order_by(outbox.c.seq)
    ).mappings()
    return [dict(r) for r in rows]


def retry(conn: Connection, change_ids: list[UUID], now: datetime) -> None:
    """Rejected changes go back in the queue (after the cause was fixed at head office)."""
    conn.execute(
        update(outbox)
        .where(outbox.c.id.in_(change_ids), outbox.c.state == "rejected")
        .values(state="pending", error_code=None, error_params=None, updated_at=now)
    )


def local_summary(conn: Connection) -> dict[str, Any]:
    """The branch's own figures, counting only what the server accepted or still waits for
    (a refused change is not on the server and is shown to the user instead)."""
    refused = "(SELECT entity_id FROM outbox WHERE state = 'rejected')"
    levels = {
        str(UUID(str(r[0]))): int(r[1])
        for r in conn.execute(
            text(
                "SELECT product_id, sum(quantity_milli) FROM stock_movements "
                f"WHERE id NOT IN {refused} GROUP BY product_id"
            )
        )
    }
    series = {
        r[0]: {"count": int(r[1]), "total_minor": int(r[2])}
        for r in conn.execute(
            text(
                "SELECT series, count(*), sum(total_minor) FROM sales_documents "
                f"WHERE id NOT IN {refused} GROUP BY series"
            )
        )
    }
    return {"quantity_by_product": levels, "series": series}


def requeue(conn: Connection, product_ids: list[str], series: list[str], now: datetime) -> int:
    """Sends again what the server lacks: the movements of ``product_ids`` and the sales of
    ``series`` already marked sent (the server keeps what it has and adds the rest)."""
    sent = outbox.c.state == "sent"
    count = 0
    for product in product_ids:
        count += conn.execute(
            update(outbox)
            .where(
                sent,
                outbox.c.entity == "stock_movement",
                func.json_extract(outbox.c.payload, "$.product_id") == product,
            )
            .values(state="pending", updated_at=now)
        ).rowcount
    for name in series:
        count += conn.execute(
            update(outbox)
            .where(
                sent,
                outbox.c.entity == "sale",
                func.json_extract(outbox.c.payload, "$.number").like(f"{name}-%"),
            )
            .values(state="pending", updated_at=now)
        ).rowcount
    return count
