"""/api/v1/ready, the probe a load balancer polls: ready when the database answers at this
code's revision; 503 http.unavailable with the reason when it does not answer or was not
migrated yet."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import uuid4

import httpx
import pytest
from sqlalchemy import create_engine, text

from sync_server.db.engine import database_url, make_engine
from sync_server.db.health import newest_revision
from sync_server.db.migrate import upgrade
from tests.pg import temporary_database, with_database
from tests.server.helpers import running_server

pytestmark = pytest.mark.postgres


def test_a_worker_on_a_migrated_database_is_ready(pg_url: str) -> None:
    with running_server(pg_url) as url:
        answer = httpx.get(f"{url}/api/v1/ready")
    assert answer.status_code == 200
    newest = newest_revision()
    assert answer.json() == {"status": "ready", "revision": newest, "expected": newest}
    assert newest >= "0015"


def test_a_worker_on_a_database_not_yet_migrated_is_not_ready_and_says_why() -> None:
    with temporary_database() as url:
        engine = make_engine(url)
        upgrade(engine, "0014")
        engine.dispose()
        with running_server(url) as served:
            answer = httpx.get(f"{served}/api/v1/ready")
    assert answer.status_code == 503
    assert answer.headers["content-type"].startswith("application/problem+json")
    body = answer.json()
    assert body["code"] == "http.unavailable"
    assert body["params"] == {"reason": f"the database is at 0014, not {newest_revision()}"}


def test_a_worker_whose_database_does_not_answer_is_not_ready(pg_url: str) -> None:
    nowhere = with_database(pg_url, "postgres").replace("5432", "1", 1)
    if nowhere == with_database(pg_url, "postgres"):
        pytest.skip("the test server is not on port 5432")
    with running_server(nowhere) as served:
        answer = httpx.get(f"{served}/api/v1/ready", timeout=30)
        alive = httpx.get(f"{served}/api/v1/health")
    assert answer.status_code == 503 and answer.json()["code"] == "http.unavailable"
    assert answer.json()["params"]["reason"].startswith("the database does not answer")
    assert alive.status_code == 200  # the process itself answers


@pytest.fixture
def api_login(pg_url: str) -> Iterator[str]:
    """A login role that is erp_app and nothing more, as docs/operations.md advises."""
    name = f"erp_api_{uuid4().hex[:8]}"
    admin = create_engine(database_url(pg_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {name} LOGIN IN ROLE erp_app"))
    try:
        yield pg_url.replace("postgres@", f"{name}@", 1)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP ROLE {name}"))
        admin.dispose()


def test_a_worker_logged_in_as_erp_api_is_ready_without_reading_the_revision(
    api_login: str,
) -> None:
    with running_server(api_login) as url:
        answer = httpx.get(f"{url}/api/v1/ready")
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"status": "ready", "revision": None, "expected": newest_revision()}


def test_a_rolling_upgrade_waits_until_the_worker_runs_the_revision_it_asks_for(
    pg_url: str,
) -> None:
    newest = newest_revision()
    later = f"{int(newest) + 1:04d}"
    with running_server(pg_url) as url:
        current = httpx.get(f"{url}/api/v1/ready", params={"revision": newest})
        ahead = httpx.get(f"{url}/api/v1/ready", params={"revision": later})
        malformed = httpx.get(f"{url}/api/v1/ready", params={"revision": "latest"})
    assert current.status_code == 200
    assert ahead.status_code == 503
    assert ahead.json()["params"] == {"reason": f"this worker's code is at {newest}, not {later}"}
    assert malformed.status_code == 422
