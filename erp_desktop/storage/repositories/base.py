"""What every repository shares: the unit of work's connection, quantities and time stamps."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, Executable, Table
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

from erp_desktop.kernel.errors import NotFound
from erp_desktop.kernel.quantity import from_milli, to_milli  # the one quantity rule

__all__ = [
    "RepositoryBase",
    "driver_rows",
    "from_milli",
    "insert_rows",
    "not_found",
    "run_many",
    "stamped",
    "to_milli",
]

_COMPILED: dict[int, tuple[Executable, str, tuple[str, ...], dict[str, Any]]] = {}


def driver_rows(conn: Connection, statement: Executable, params: Mapping[str, Any]) -> list[Any]:
    """The till's hottest reads (a scan, stock on hand): the module-level ``statement``
    compiled once, run on the driver's own cursor inside the unit of work's transaction,
    its ids bound as the replica stores them (hex). Through SQLAlchemy's execute path a
    5 µs read cost 50 µs (issue 19); the columns come back as SQLite holds them."""
    known = _COMPILED.get(id(statement))
    if known is None or known[0] is not statement:
        assert isinstance(statement, ClauseElement)
        compiled = statement.compile(dialect=conn.dialect)
        assert isinstance(compiled, SQLCompiler)
        known = (statement, compiled.string, tuple(compiled.positiontup or ()), compiled.params)
        _COMPILED[id(statement)] = known
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    if not driver.in_transaction:  # the deferred BEGIN a read block makes, on the driver
        driver.execute("BEGIN")
    given = {**known[3], **params}  # literals of the statement (a separator) bound too
    values = [v.hex if isinstance(v, UUID) else v for v in (given[n] for n in known[2])]
    return driver.execute(known[1], values).fetchall()


_Procs = list[Callable[[Any], Any] | None]
_INSERTS: dict[tuple[Table, tuple[str, ...]], tuple[str, tuple[str, ...], _Procs]] = {}


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Rows of one shape inserted with one executemany on the driver's cursor, each value
    bound by its column's own processor: what ``conn.execute(table.insert(), rows)`` stores,
    without the parameter set SQLAlchemy builds per row (a demo day's writes, issue 19;
    under cProfile that set looked like most of them; by the wall clock the demo's days
    got about 6 % faster). The same value in a column (a batch's time stamps) is bound once."""
    if not rows:
        return
    columns = tuple(rows[0])
    known = _INSERTS.get((table, columns))
    if known is None:
        compiled = table.insert().compile(dialect=conn.dialect, column_keys=list(columns))
        assert isinstance(compiled, SQLCompiler)
        order = tuple(compiled.positiontup or ())
        if set(order) != set(columns):  # a default of SQLAlchemy's to fill: its own path
            conn.execute(table.insert(), list(rows))
            return
        procs: _Procs = [table.c[c].type.bind_processor(conn.dialect) for c in order]
        _INSERTS[(table, columns)] = known = (compiled.string, order, procs)
    _run_many(conn, *known, rows)


_STATEMENTS: dict[int, tuple[Executable, str, tuple[str, ...], _Procs]] = {}


def run_many(conn: Connection, statement: Executable, rows: Sequence[Mapping[str, Any]]) -> None:
    """The module-level ``statement`` (an UPDATE of named parameters) once per row of
    ``rows``, as :func:`insert_rows` does: compiled once, one executemany on the driver."""
    if not rows:
        return
    known = _STATEMENTS.get(id(statement))
    if known is None or known[0] is not statement:
        assert isinstance(statement, ClauseElement)
        compiled = statement.compile(dialect=conn.dialect)
        assert isinstance(compiled, SQLCompiler)
        order = tuple(compiled.positiontup or ())
        procs: _Procs = [compiled.binds[n].type.bind_processor(conn.dialect) for n in order]
        _STATEMENTS[id(statement)] = known = (statement, compiled.string, order, procs)
    _run_many(conn, known[1], known[2], known[3], rows)


def _run_many(
    conn: Connection,
    sql: str,
    order: tuple[str, ...],
    procs: _Procs,
    rows: Sequence[Mapping[str, Any]],
) -> None:
    """``sql`` over ``rows`` bound column-wise in ``order`` (positions of the compiled form)."""
    values: list[list[Any]] = []
    for c, f in zip(order, procs, strict=True):
        given = [row[c] for row in rows]
        if f is not None:
            last: Any = object()
            bound: Any = None
            out = []
            for v in given:
                if v is not last:
                    last, bound = v, (None if v is None else f(v))
                out.append(bound)
            given = out
        values.append(given)
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    if not driver.in_transaction:
        driver.execute("BEGIN")
    driver.executemany(sql, list(zip(*values, strict=True)))


def stamped(now: datetime, **values: Any) -> dict[str, Any]:
    return {**values, "created_at": now, "updated_at": now, "deleted_at": None}


def not_found(entity: str, key: object) -> NotFound:
    return NotFound("common.not_found", entity=entity, id=str(key))


class RepositoryBase:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
