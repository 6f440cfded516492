"""Connections to PostgreSQL (psycopg 3) and the unit of work every request runs in.

Each unit of work is one transaction that switches to the non-owner role ``erp_app`` (so
row-level security applies even when the server connects as the tables' owner) and then
proves its scope inside the database (``db.scopes``): a branch PC's request with the
device's own credential, head-office work (reports, reconciliation, the CLI) with the
head-office key, which may also act for one branch. The policies and the audit triggers
read the scope the database recorded; only the acting user is a setting (``act_as``), for
the audit rows, named after the server checked that user's rights.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from uuid import UUID

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import DBAPIError as DatabaseError

from sync_server.db import scopes
from sync_server.db.scopes import HEAD_OFFICE_KEY_OPTION
from sync_server.db.standby import STANDBY_OPTION, Standby

__all__ = [
    "Connection",
    "DatabaseError",
    "Engine",
    "act_as",
    "make_engine",
    "reading_standby",
    "unit_of_work",
]


def database_url(url: str) -> str:
    """``postgresql://...`` as SQLAlchemy's psycopg 3 URL."""
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    raise ValueError(f"not a PostgreSQL URL: {url}")


def make_engine(
    url: str,
    pool_size: int = 5,
    head_office_key: str | None = None,
    standby: Standby | None = None,
) -> Engine:
    """An engine; ``head_office_key`` for a login role that cannot read the key itself,
    ``standby`` the hot standby company-wide reports read when it is in step (db.standby)."""
    options: dict[str, object] = (
        {HEAD_OFFICE_KEY_OPTION: head_office_key} if head_office_key else {}
    )
    if standby is not None:
        options[STANDBY_OPTION] = standby
    return create_engine(
        database_url(url), pool_pre_ping=True, pool_size=pool_size, execution_options=options
    )


@contextmanager
def unit_of_work(
    engine: Engine,
    branch_id: UUID | None = None,
    actor_id: UUID | None = None,
    head_office: bool = False,
    credential: str | None = None,
) -> Iterator[Connection]:
    """One transaction as ``erp_app`` in the scope proven by ``credential`` (a device's),
    or by the head-office key when ``head_office`` or ``branch_id`` is asked for without a
    credential; with none of them, the transaction sees no branch's rows."""
    with engine.begin() as conn:
        if credential is None and (head_office or branch_id is not None):
            credential = scopes.head_office_key(conn)
        conn.exec_driver_sql("SET LOCAL ROLE erp_app")
        if credential is not None:
            scopes.enter(conn, credential, None if head_office else branch_id)
        act_as(conn, actor_id)
        yield conn


def act_as(conn: Connection, actor_id: UUID | None) -> None:
    """The user whose change is being applied, for the audit rows that follow."""
    conn.execute(
        text("SELECT set_config('erp.actor_id', :actor, true)"),
        {"actor": str(actor_id) if actor_id else ""},
    )


@contextmanager
def reading_standby(standby: Standby) -> Iterator[Connection]:
    """A read-only transaction on the reports' standby, as its login (see db.standby: a
    standby cannot record a scope, so only company-wide reads come here)."""
    with standby.engine.begin() as conn:
        conn.exec_driver_sql("SET TRANSACTION READ ONLY")
        yield conn
