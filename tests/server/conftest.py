"""Fixtures of the server tests: a fresh PostgreSQL database per test module, migrated (a
copy of the session's migrated template, tests/pg.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from sync_server.db.engine import make_engine
from tests.pg import migrated_database


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    with migrated_database() as url:
        yield url


@pytest.fixture(scope="module")
def engine(pg_url: str) -> Iterator[Engine]:
    made = make_engine(pg_url)
    yield made
    made.dispose()
