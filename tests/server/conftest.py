"""Fixtures of the server tests: a fresh PostgreSQL database per test module, migrated."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text

from sync_server.db.engine import database_url, make_engine
from sync_server.db.migrate import upgrade
from tests.pg import new_database_name, server_url, with_database


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    admin_url = server_url()
    name = new_database_name()
    admin = create_engine(database_url(admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = with_database(admin_url, name)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="module")
def engine(pg_url: str) -> Iterator[Engine]:
    made = make_engine(pg_url)
    yield made
    made.dispose()
