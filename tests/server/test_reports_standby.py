"""Company-wide reports read a hot standby when it is configured and in step, and the
primary when it is not: a real primary and a real streaming standby (pg_basebackup -R), each
a throwaway cluster on a free port, never the machine's shared server."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date

import httpx
import pytest
from sqlalchemy import Engine, text

from sync_server.db.engine import make_engine, unit_of_work
from sync_server.db.migrate import upgrade
from sync_server.db.standby import Standby
from sync_server.services import headoffice
from sync_server.settings import Settings
from tests.pg import Cluster, binaries_present
from tests.server.helpers import running_server

pytestmark = pytest.mark.skipif(
    not binaries_present(), reason="PostgreSQL's binaries (initdb, pg_basebackup) are absent"
)
DAY = date(2026, 3, 10)
USER = ("leila", "compta-2026")


def _post_cash_sale(engine: Engine, branch_id: object, minor: int, number: str) -> None:
    """A balanced entry (cash against revenue) written in head office's scope."""
    with unit_of_work(engine, head_office=True) as conn:
        entry = conn.execute(
            text(
                "INSERT INTO accounting.journal_entries (id, branch_id, entry_date, journal, "
                "source_type, source_id, source_number, memo) VALUES (gen_random_uuid(), :b, "
                ":d, 'sales', 'sale', gen_random_uuid(), :n, '') RETURNING id"
            ),
            {"b": branch_id, "d": DAY, "n": number},
        ).scalar_one()
        conn.execute(
            text(
                "INSERT INTO accounting.journal_lines (id, entry_id, entry_date, branch_id, "
                "position, account_code, side, amount_minor, currency, txn_amount_minor, "
                "txn_currency, rate) SELECT gen_random_uuid(), :e, :d, :b, p, a, s, :m, 'DZD', "
                ":m, 'DZD', 1 FROM (VALUES (1, '530', 'debit'), (2, '700', 'credit')) v (p, a, s)"
            ),
            {"e": entry, "d": DAY, "b": branch_id, "m": minor},
        )


def _debit_530(url: str) -> tuple[str, str]:
    answer = httpx.get(
        f"{url}/api/v1/reports/trial-balance",
        params={"start": DAY.isoformat(), "end": DAY.isoformat()},
        auth=USER,
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert answer.headers["x-report-source"] == body["source"]
    debit = next(r[3] for r in body["rows"] if r[0] == "530")
    return debit, body["source"]


def _wait(until: object, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not until():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


@pytest.fixture
def pair() -> Iterator[tuple[Cluster, Cluster]]:
    primary = Cluster.primary()
    standby: Cluster | None = None
    try:
        primary.start("wal_level=replica", "max_wal_senders=4", "fsync=off")
        standby = Cluster.standby_of(primary)
        standby.start("hot_standby=on", "fsync=off")
        yield primary, standby
    finally:
        if standby is not None:
            standby.remove()
        primary.remove()


def test_company_reports_read_the_standby_and_fall_back_to_the_primary(
    pair: tuple[Cluster, Cluster],
) -> None:
    primary, standby = pair
    engine = make_engine(primary.url)
    upgrade(engine)
    headoffice.set_up_company(engine, "Supérette El Bahia SARL", "متجر البهية", "DZ", "DZD")
    branch_id, _ = headoffice.add_branch(engine, "ALG01", "Alger Centre", "الجزائر الوسطى")
    headoffice.add_user(engine, *USER[:1], "Leila", USER[1], ["accountant"])
    _post_cash_sale(engine, branch_id, 120000, "T-1")
    with engine.begin() as conn:  # a login row-level security binds (replicated)
        conn.execute(text("CREATE ROLE erp_bound LOGIN"))
    watcher = make_engine(standby.url)

    def replayed() -> bool:
        with watcher.connect() as conn:
            return bool(
                conn.execute(
                    text(
                        "SELECT pg_is_in_recovery() AND pg_last_wal_replay_lsn() >= "
                        "CAST(:lsn AS pg_lsn)"
                    ),
                    {"lsn": primary_lsn},
                ).scalar()
            )

    with engine.connect() as conn:
        primary_lsn = str(conn.execute(text("SELECT pg_current_wal_lsn()")).scalar())
    _wait(replayed)

    bound = Standby(standby.url.replace("postgres@", "erp_bound@"))
    assert bound.state().reason == "row_security"  # its reports would be empty: not used
    bound.dispose()

    settings = Settings(primary.url, reports_database_url=standby.url, reports_max_lag_seconds=3600)
    with running_server(primary.url, settings) as url:
        assert _debit_530(url) == ("1200.00", "standby")
        state = httpx.get(f"{url}/api/v1/reports/standby", auth=USER).json()
        assert state["in_use"] and state["reason"] == "in_use" and state["lag_seconds"] == 0

        # Replay paused: the next sale reaches the primary only, and the standby (within its
        # bound of lag) still answers, without it: the report was read there.
        with watcher.connect() as conn:
            conn.execute(text("SELECT pg_wal_replay_pause()"))
        _post_cash_sale(engine, branch_id, 30000, "T-2")
        with engine.connect() as conn:
            primary_lsn = str(conn.execute(text("SELECT pg_current_wal_lsn()")).scalar())

        def received() -> bool:
            with watcher.connect() as conn:
                return bool(
                    conn.execute(
                        text("SELECT pg_last_wal_receive_lsn() >= CAST(:lsn AS pg_lsn)"),
                        {"lsn": primary_lsn},
                    ).scalar()
                )

        _wait(received)
        assert _debit_530(url) == ("1200.00", "standby")
        state = httpx.get(f"{url}/api/v1/reports/standby", auth=USER).json()
        assert state["in_use"] and state["lag_seconds"] > 0

    # Beyond the bound of lag, the primary answers, with the second sale.
    strict = Settings(primary.url, reports_database_url=standby.url, reports_max_lag_seconds=0)
    with running_server(primary.url, strict) as url:
        assert _debit_530(url) == ("1500.00", "primary")
        state = httpx.get(f"{url}/api/v1/reports/standby", auth=USER).json()
        assert not state["in_use"] and state["reason"] == "lagging"

        # The standby stopped: the primary answers.
        watcher.dispose()
        standby.stop()
        assert _debit_530(url) == ("1500.00", "primary")
        state = httpx.get(f"{url}/api/v1/reports/standby", auth=USER).json()
        assert state == {
            "configured": True,
            "in_use": False,
            "reason": "unreachable",
            "lag_seconds": None,
            "max_lag_seconds": 0.0,
        }
    engine.dispose()
