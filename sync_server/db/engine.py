"""Connections to PostgreSQL (psycopg 3) and the unit of work every request runs in.

Each unit of work is one transaction that switches to the non-owner role ``erp_app`` (so
row-level security applies even when the server connects as the tables' owner) and says
for which branch and which user it acts; the audit triggers and the RLS policies read
those settings. Head-office work (reports, reconciliation, enrollment) says so explicitly.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from uuid import UUID

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import DBAPIError as DatabaseError

__all__ = ["Connection", "DatabaseError", "Engine", "act_as", "make_engine", "unit_of_work"]


def database_url(url: str) -> str:
    """``postgresql://...`` as SQLAlchemy's psycopg 3 URL."""
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    raise ValueError(f"not a PostgreSQL URL: {url}")


def make_engine(url: str, pool_size: int = 5) -> Engine:
    return create_engine(database_url(url), pool_pre_ping=True, pool_size=pool_size)


@contextmanager
def unit_of_work(
    engine: Engine,
    branch_id: UUID | None = None,
    actor_id: UUID | None = None,
    head_office: bool = False,
) -> Iterator[Connection]:
    with engine.begin() as conn:
        conn.exec_driver_sql("SET LOCAL ROLE erp_app")
        conn.execute(
            text(
                "SELECT set_config('erp.branch_id', :branch, true), "
                "set_config('erp.actor_id', :actor, true), set_config('erp.scope', :scope, true)"
            ),
            {
                "branch": str(branch_id) if branch_id else "",
                "actor": str(actor_id) if actor_id else "",
                "scope": "head_office" if head_office else "branch",
            },
        )
        yield conn


def act_as(conn: Connection, actor_id: UUID | None) -> None:
    """The user whose change is being applied, for the audit rows that follow."""
    conn.execute(
        text("SELECT set_config('erp.actor_id', :actor, true)"),
        {"actor": str(actor_id) if actor_id else ""},
    )
