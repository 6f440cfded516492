"""Opening a replica: SQLite in WAL mode with foreign keys on and ``synchronous=FULL``.

A sale the cashier saw completed must survive a power cut, hence FULL. There is exactly one
connection (a static pool): the desktop's single database worker thread uses it for every
read and write, which also keeps us clear of SQLite's rare WAL bug with two writers
(STACK-NOTES). Write transactions start with BEGIN IMMEDIATE so they never deadlock on an
upgrade from a read lock, and record the acting user for the audit triggers.

The connection has one owner: once a replica is confined (``confine_to_current_thread``,
done by the composition root on the thread that opens it: the desktop's database worker,
the command line's main thread), any other thread is refused. Network work never opens the
store: it hands each database step to the owner (``erp_desktop.sync.runner.RunDb``).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from erp_desktop.kernel.text import normalize_for_search


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
    dbapi_conn.create_function("erp_normalize", 1, normalize_for_search, deterministic=True)
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        poolclass=StaticPool,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # on the driver's cursor: through exec_driver_sql it cost a read as much as its SELECT
        driver = conn.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        if not driver.in_transaction:  # a read may have begun on the driver already
            driver.execute("BEGIN" if conn.info.get("read_only") else "BEGIN IMMEDIATE")

    return engine


# On the driver's cursor, right after BEGIN IMMEDIATE: every write transaction names its
# actor for the audit triggers.
_SET_ACTOR = "UPDATE audit_actor SET user_id = ? WHERE slot = 1"


class Replica:
    """A branch's SQLite replica file and its single connection."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = make_engine(self.path)
        # One transaction at a time holds the single connection. Not re-entrant on purpose:
        # a read opened inside a write on the same thread got the very same connection, and
        # its closing rollback silently undid the outer transaction's writes.
        self._lock = threading.Lock()
        self._holder: int | None = None
        self._owner: int | None = None  # any thread until confined
        self._kept: Connection | None = None

    def confine_to_current_thread(self) -> None:
        """From now on only the calling thread may open a transaction or a read here (the
        composition root's decision, made once, when the replica is opened)."""
        self._owner = threading.get_ident()

    @property
    def confined(self) -> bool:
        return self._owner is not None

    @contextmanager
    def _hold(self) -> Iterator[None]:
        self._take()
        try:
            yield
        finally:
            self._give_back()

    def _take(self) -> None:
        here = threading.get_ident()
        if self._owner is not None and here != self._owner:
            raise RuntimeError(
                f"storage.foreign_thread: the replica's connection belongs to thread "
                f"{self._owner}, not {threading.current_thread().name} ({here}); hand the "
                "step to the database worker instead"
            )
        if self._holder == here:
            raise RuntimeError(
                "storage.nested_transaction: this thread already holds the replica's "
                "connection; finish that transaction first (or pass it down)"
            )
        self._lock.acquire()
        self._holder = here

    def _give_back(self) -> None:
        self._holder = None
        self._lock.release()

    def _connection(self) -> Connection:
        """The replica's one SQLAlchemy connection, kept open between transactions: a read
        at the till then costs its BEGIN, its statement and its rollback, not a pool
        checkout and the pool's reset on return besides (issue 19: stock on hand was 5 µs
        of SQLite in 123 µs)."""
        if self._kept is None or self._kept.closed:
            self._kept = self.engine.connect()
        return self._kept

    @contextmanager
    def transaction(self, actor_id: UUID | None) -> Iterator[Connection]:
        """One write transaction: all of it commits, or none of it (the exception propagates)."""
        with self._hold():
            conn = self._connection()
            with conn.begin():
                driver = conn.connection.driver_connection
                assert isinstance(driver, sqlite3.Connection)
                driver.execute(_SET_ACTOR, (actor_id.hex if actor_id else None,))
                yield conn

    def read(self) -> ReadBlock:
        """A read-only snapshot (deferred BEGIN: it takes no write lock)."""
        return ReadBlock(self)

    def close(self) -> None:
        if self._kept is not None:
            self._kept.close()
            self._kept = None
        self.engine.dispose()


class ReadBlock:
    """A read block on the replica's connection, as a plain context manager: a read at the
    till (stock on hand, a scan) is a few microseconds of SQLite, and the generator-based
    context managers it went through cost as much again (issue 19). Holds the connection
    as a transaction does; at its end rolls back whatever it began, through SQLAlchemy or
    on the driver's cursor alone (``driver_rows``), then gives the connection back."""

    __slots__ = ("_conn", "_replica")

    def __init__(self, replica: Replica) -> None:
        self._replica = replica
        self._conn: Connection | None = None

    def __enter__(self) -> Connection:
        self._replica._take()
        try:
            conn = self._replica._connection()
            conn.info["read_only"] = True
        except BaseException:
            self._replica._give_back()
            raise
        self._conn = conn
        return conn

    def __exit__(self, *_: object) -> None:
        conn, self._conn = self._conn, None
        try:
            assert conn is not None
            if conn.in_transaction():
                conn.rollback()
            else:  # only the driver's cursor was used (``driver_rows``)
                driver = conn.connection.driver_connection
                assert isinstance(driver, sqlite3.Connection)
                if driver.in_transaction:
                    driver.rollback()
            conn.info.pop("read_only", None)
        finally:
            self._replica._give_back()
