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
    "execute_count",
    "fetch_mappings",
    "fetch_rows",
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


class _Prepared:
    """A module-level statement compiled once for the driver: its SQL, the bind parameters
    in order with their processors and literals, its result columns with theirs. An
    ``expanding`` parameter (``IN :ids``) is rendered for each number of values it gets."""

    __slots__ = ("binds", "expanding", "keys", "literals", "results", "sql", "sqls", "statement")

    def __init__(self, conn: Connection, statement: Executable) -> None:
        assert isinstance(statement, ClauseElement)
        compiled = statement.compile(dialect=conn.dialect)
        assert isinstance(compiled, SQLCompiler)
        dialect = conn.dialect
        self.statement = statement
        self.sql = compiled.string
        names = tuple(compiled.positiontup or ())
        self.binds = tuple(
            (n, compiled.binds[n].type._cached_bind_processor(dialect)) for n in names
        )
        self.expanding = frozenset(n for n in names if compiled.binds[n].expanding)
        self.literals = dict(compiled.params)
        columns = compiled._result_columns
        self.keys = tuple(c[0] for c in columns)
        self.results: _Procs = [c[3]._cached_result_processor(dialect, None) for c in columns]
        self.sqls: dict[tuple[int, ...], str] = {}

    def bound(self, params: Mapping[str, Any]) -> tuple[str, list[Any]]:
        given = {**self.literals, **params}
        values: list[Any] = []
        if not self.expanding:
            for name, proc in self.binds:
                v = given[name]
                values.append(v if proc is None or v is None else proc(v))
            return self.sql, values
        sizes = []
        for name, proc in self.binds:
            if name in self.expanding:
                many = list(given[name])
                sizes.append(len(many))
                values.extend(v if proc is None or v is None else proc(v) for v in many)
            else:
                v = given[name]
                values.append(v if proc is None or v is None else proc(v))
        key = tuple(sizes)
        sql = self.sqls.get(key)
        if sql is None:
            sql = self.sql
            for name, size in zip(
                (n for n, _ in self.binds if n in self.expanding), sizes, strict=True
            ):
                sql = sql.replace(f"__[POSTCOMPILE_{name}]", ", ".join("?" * size), 1)
            self.sqls[key] = sql
        return sql, values


_PREPARED: dict[int, _Prepared] = {}


def _prepared(conn: Connection, statement: Executable) -> _Prepared:
    known = _PREPARED.get(id(statement))
    if known is None or known.statement is not statement:
        known = _PREPARED[id(statement)] = _Prepared(conn, statement)
    return known


def fetch_rows(
    conn: Connection, statement: Executable, params: Mapping[str, Any] | None = None
) -> list[tuple[Any, ...]]:
    """The rows of a module-level ``statement`` (bind parameters by name), typed as
    ``conn.execute`` types them (each column through its type's result processor), but
    compiled once and run on the driver's cursor inside the unit of work's transaction:
    the checkout's reads and checks, 19 through SQLAlchemy's execute path (issue 19)."""
    known = _prepared(conn, statement)
    sql, values = known.bound(params or {})
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    if not driver.in_transaction:
        driver.execute("BEGIN")
    rows = driver.execute(sql, values).fetchall()
    procs = known.results
    if not any(procs):
        return rows
    return [
        tuple(v if f is None or v is None else f(v) for f, v in zip(procs, row, strict=True))
        for row in rows
    ]


def fetch_mappings(
    conn: Connection, statement: Executable, params: Mapping[str, Any] | None = None
) -> list[dict[str, Any]]:
    """:func:`fetch_rows` keyed by column name, as ``.mappings()`` would be."""
    keys = _prepared(conn, statement).keys
    return [dict(zip(keys, row, strict=True)) for row in fetch_rows(conn, statement, params)]


def execute_count(
    conn: Connection, statement: Executable, params: Mapping[str, Any] | None = None
) -> int:
    """A module-level UPDATE or DELETE run like :func:`fetch_rows`; the rows it changed."""
    known = _prepared(conn, statement)
    sql, values = known.bound(params or {})
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    if not driver.in_transaction:
        driver.execute("BEGIN")
    return driver.execute(sql, values).rowcount


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
            first = given[0]
            if all(v is first for v in given):  # one value for the batch (its stamps)
                given = [None if first is None else f(first)] * len(given)
            else:  # a run of the same value (a ticket's lines' document) bound once
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


def stamp(now: datetime, row: dict[str, Any]) -> dict[str, Any]:
    """``row`` stamped in place, as ``stamped(now, **row)`` would copy it (a day's rows)."""
    row["created_at"] = row["updated_at"] = now
    row["deleted_at"] = None
    return row


def not_found(entity: str, key: object) -> NotFound:
    return NotFound("common.not_found", entity=entity, id=str(key))


class RepositoryBase:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
