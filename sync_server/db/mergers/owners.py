"""Who owns what a pushed set names (warehouses, registers) and which products exist: read
once for the whole set, so checking a set of many costs what checking one does."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from sqlalchemy import Connection, text


def warehouses_of(conn: Connection, ids: Iterable[str]) -> dict[str, UUID]:
    """Branch of each known warehouse among ``ids`` (ids as the payloads carry them)."""
    rows = conn.execute(
        text("SELECT id, branch_id FROM inventory.warehouses WHERE id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": list(set(ids))},
    )
    return {str(r[0]): r[1] for r in rows}


def registers_of(conn: Connection, ids: Iterable[str]) -> dict[str, UUID]:
    """Branch of each known register among ``ids``."""
    rows = conn.execute(
        text("SELECT id, branch_id FROM auth.registers WHERE id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": list(set(ids))},
    )
    return {str(r[0]): r[1] for r in rows}


def known_products(conn: Connection, ids: Iterable[str]) -> set[str]:
    rows = conn.execute(
        text("SELECT id FROM inventory.products WHERE id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": list(set(ids))},
    )
    return {str(r[0]) for r in rows}
