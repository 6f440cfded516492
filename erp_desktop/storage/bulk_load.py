"""Loading head office's catalog a table at a time (a new branch's bootstrap from the
server's snapshot, issue 19): one executemany per part instead of a statement, an audit row
and a search-index rewrite per row.

The rules hold, paid per batch instead of per row. Inside the part's one transaction, the
per-row audit and search triggers of the loaded table are lifted, the rows upserted, the
batch recorded in ``bulk_loads`` (immutable; its own trigger writes its audit row: which
table, how many rows, the first and last id, the digest of the server's part), and the
triggers laid again exactly as they were; SQLite's DDL is transactional, so a load cut
midway leaves the table, its triggers and the audit log as they were before it. A part of
products the server shipped with their search text is indexed with it in the same
transaction (the snapshot is of one position: the barcodes loaded after it are in that
text already); otherwise the search index is rebuilt once, when the whole snapshot is in
(``rebuild_search``), and until then a product is sold by its barcode but not found by name."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, Uuid
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

from erp_desktop.app.changes import NOTHING, Changes
from erp_desktop.kernel.ids import new_id
from erp_desktop.storage.remote import (
    CHANGES,
    Ident,
    barcode_row,
    category_row,
    image_row,
    product_row,
    upsert_statement,
)
from erp_desktop.storage.search import SEARCH_TEXT
from erp_desktop.storage.tables.base import Json
from erp_desktop.storage.tables.catalog import (
    categories,
    product_barcodes,
    product_images,
    products,
)
from erp_desktop.storage.tables.sync import bulk_loads

SHIPPED_TEXT = "search_text"  # a product line's search text, made by the server

# kind -> (table, its row from the payload, the key an upsert matches on)
BULK_ROWS: dict[str, tuple[Table, Callable[[Mapping[str, Any], Ident], dict[str, Any]], str]] = {
    "category": (categories, category_row, "id"),
    "product": (products, product_row, "id"),
    "product_barcode": (product_barcodes, barcode_row, "barcode"),
    "product_image": (product_images, image_row, "product_id"),
}
# The triggers a bulk load lifts: the per-row audit and the search index. The refusals
# (deletes, immutable rows) stay on.
_LIFTED = (
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
    "AND (name LIKE 'audit\\_%' ESCAPE '\\' OR name LIKE 'search\\_%' ESCAPE '\\') ORDER BY name"
)


def bulk_apply(
    conn: Connection,
    entity: str,
    payloads: Sequence[Mapping[str, Any]],
    now: datetime,
    source: str,
    digest: str,
) -> Changes:
    """Upserts ``payloads`` of ``entity`` (a kind of ``BULK_ROWS``) as one batch."""
    table, row_of, key = BULK_ROWS[entity]
    rows = [row_of(p, hex_id) for p in payloads]
    if not rows:
        return NOTHING
    columns = tuple(rows[0])
    stamps = {"created_at": now, "updated_at": now, "deleted_at": None}
    sql, order = _compiled(conn, table, columns, key)
    # The columns' own bind processors (ids as hex, JSON as text), the stamps once: the
    # rows go to the driver as tuples, without a compiled parameter set per row.
    procs = [
        table.c[c].type.bind_processor(conn.dialect)
        if c in columns and not isinstance(table.c[c].type, Uuid)  # ids come as hex
        else None
        for c in order
    ]
    stamp = {c: _bound(conn, table, c, v) for c, v in stamps.items()}
    values: list[list[Any]] = []
    for c, f in zip(order, procs, strict=True):
        if c in stamp:
            values.append([stamp[c]] * len(rows))
        elif f is None:
            values.append([row[c] for row in rows])
        else:
            bind = _empty_json(f) if isinstance(table.c[c].type, Json) else f
            values.append([None if (v := row[c]) is None else bind(v) for row in rows])
    params = list(zip(*values, strict=True))
    ids = values[order.index("id")]
    lifted = list(conn.exec_driver_sql(_LIFTED, (table.name,)))
    for name, _sql in lifted:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    conn.exec_driver_sql(sql, params)
    conn.execute(
        bulk_loads.insert().values(
            id=new_id(),
            table_name=table.name,
            rows=len(rows),
            first_row_id=str(ids[0]),
            last_row_id=str(ids[-1]),
            source=source,
            digest=digest,
            **stamps,
        )
    )
    if entity == "product" and ships_search_text(payloads):
        _index(conn, ids, [p[SHIPPED_TEXT] for p in payloads])
    for _name, sql in lifted:
        conn.exec_driver_sql(sql)
    return CHANGES[entity]


def ships_search_text(payloads: Sequence[Mapping[str, Any]]) -> bool:
    """Whether a part of products comes with their search text made by the server (every
    line has it): then it is indexed as it comes, else rebuilt at the end."""
    return all(SHIPPED_TEXT in p for p in payloads)


def _index(conn: Connection, ids: list[Any], texts: list[str]) -> None:
    """The search rows of the products just loaded, with the text the server shipped (the
    normalization of what the triggers concatenate, the same kernel function: a test says
    the index is the one the triggers make)."""
    driver = conn.connection.driver_connection
    assert driver is not None
    # rowids read first: an INSERT into FTS5 from a SELECT costs 5x its VALUES (measured)
    rowid = dict(driver.execute("SELECT id, rowid FROM products").fetchall())
    conn.exec_driver_sql(
        "INSERT OR REPLACE INTO product_search (rowid, text) VALUES (?, ?)",
        [(rowid[i], t) for i, t in zip(ids, texts, strict=True)],
    )


_HEX_DIGITS = "0123456789abcdef"


def _empty_json(bind: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A JSON column's binding, an empty object's text made once (most products' metadata)."""
    empty = bind({})

    def bound(value: Any) -> Any:
        return empty if value == {} else bind(value)

    return bound


def hex_id(value: Any) -> str | None:
    """An id from the wire as the replica stores it (32 hex digits), checked as strictly as
    ``UUID()`` would, at a tenth of its cost (a catalog holds 100,000 of them)."""
    if not value:
        return None
    digits = str(value).replace("-", "").lower()
    if len(digits) != 32 or digits.strip(_HEX_DIGITS):  # anything left is not a hex digit
        raise ValueError(f"not an id: {value!r}")
    return digits


def _compiled(
    conn: Connection, table: Table, columns: tuple[str, ...], key: str
) -> tuple[str, list[str]]:
    """The upsert a pull runs row by row, as SQL with positional parameters and their order."""
    statement = upsert_statement(table, columns, (), key)
    assert isinstance(statement, ClauseElement)
    compiled = statement.compile(dialect=conn.dialect)
    assert isinstance(compiled, SQLCompiler)
    order = list(compiled.positiontup or ())
    return compiled.string, order


def _bound(conn: Connection, table: Table, column: str, value: Any) -> Any:
    proc = table.c[column].type.bind_processor(conn.dialect)
    return value if proc is None or value is None else proc(value)


def rebuild_search(conn: Connection) -> None:
    """The product search index made again from the products and their barcodes, as its
    triggers would have made it row by row."""
    conn.exec_driver_sql("DELETE FROM product_search")
    conn.exec_driver_sql(
        f"INSERT INTO product_search (rowid, text) SELECT p.rowid, {SEARCH_TEXT} FROM products p"
    )
