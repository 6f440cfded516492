"""A batch written inside ``kept_as_sets`` leaves the rows its triggers would have written.

Generated batches of journal lines and stock movements (over days, accounts, roles, VAT
rates, warehouses and products that repeat, on top of totals already kept) are inserted
twice in the same replica, each time rolled back: once with the triggers firing row by row,
once inside the block. The audit log (all but the time it was written), the ledger's day
totals and the sales per product and day come out equal. Hand cases: the refusals stay on
inside the block, a rollback leaves the triggers as they were, a trigger whose text is not
the one a set replaces is left to fire row by row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection

from erp_desktop.storage.engine import Replica
from erp_desktop.storage.kept_as_sets import kept_as_sets
from erp_desktop.storage.migrate import upgrade_replica

STAMP = "2026-03-01T08:00:00.000000Z"
DAYS = ("2026-03-01", "2026-03-02", "2026-03-03")
ACCOUNTS = ("30", "445", "53", "70")
SUMMARIES = (
    "SELECT table_name, row_id, operation, actor_id, before, after FROM audit_log ORDER BY id",
    "SELECT * FROM ledger_day_totals ORDER BY 1, 2, 3, 4",
    "SELECT * FROM product_day_sales ORDER BY 1, 2, 3",
)


class _Undone(Exception):
    """Raised to roll a transaction back once its rows are read."""


@pytest.fixture(scope="module")
def replica(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replica]:
    path = Path(tmp_path_factory.mktemp("sets")) / "replica.sqlite3"
    kept = Replica(path)
    upgrade_replica(kept)
    yield kept
    kept.close()


_line = st.tuples(
    st.sampled_from(ACCOUNTS),
    st.sampled_from((None, "vat", "sales")),
    st.sampled_from((None, "19", "9")),
    st.sampled_from(("debit", "credit")),
    st.integers(0, 10**9),
)
_entry = st.tuples(st.sampled_from(DAYS), st.lists(_line, min_size=1, max_size=5))
_movement = st.tuples(
    st.sampled_from(("w1", "w2")),
    st.sampled_from(("p1", "p2", "p3")),
    st.sampled_from(("sale", "receipt", "transfer_out")),
    st.integers(-5000, 5000),
    st.sampled_from(DAYS),
)
Entries = list[tuple[str, list[tuple[str, str | None, str | None, str, int]]]]
Movements = list[tuple[str, str, str, int, str]]


def _driver(conn: Connection) -> sqlite3.Connection:
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


def _write(driver: sqlite3.Connection, tag: str, entries: Entries, movements: Movements) -> None:
    """Entries with their lines, then movements: one executemany per table."""
    driver.executemany(
        "INSERT INTO journal_entries VALUES (?, ?, 'sales', 'sale', ?, 'N', NULL, '', NULL, ?, ?, "
        "NULL)",
        [(f"{tag}e{i}", day, f"{tag}s{i}", STAMP, STAMP) for i, (day, _) in enumerate(entries)],
    )
    driver.executemany(
        "INSERT INTO journal_lines VALUES (?, ?, ?, ?, ?, ?, ?, 'DZD', ?, 'DZD', '1', NULL, ?, "
        "'', ?, ?, NULL)",
        [
            (f"{tag}e{i}l{k}", f"{tag}e{i}", k, acc, role, side, amt, amt, vat, STAMP, STAMP)
            for i, (_, lines) in enumerate(entries)
            for k, (acc, role, vat, side, amt) in enumerate(lines)
        ],
    )
    driver.executemany(
        "INSERT INTO stock_movements VALUES (?, ?, ?, 'b1', ?, ?, '1.00', ?, 'sale', NULL, NULL, "
        "?, ?, NULL)",
        [
            (f"{tag}m{i}", p, w, kind, q, f"{day}T09:00:00.000000Z", STAMP, STAMP)
            for i, (w, p, kind, q, day) in enumerate(movements)
        ],
    )


def _kept(replica: Replica, write: Callable[[Connection], None]) -> list[list[Any]]:
    """What ``write`` leaves in the audit log and the summaries, rolled back after."""
    found: list[list[Any]] = []
    with pytest.raises(_Undone), replica.transaction(None) as conn:
        driver = _driver(conn)
        driver.execute("PRAGMA defer_foreign_keys = ON")  # never committed: no products needed
        write(conn)
        found.extend(driver.execute(q).fetchall() for q in SUMMARIES)
        raise _Undone
    return found


TABLES = ("journal_entries", "journal_lines", "stock_movements")
LIFTED = {
    "audit_journal_entries_insert",
    "audit_journal_lines_insert",
    "audit_stock_movements_insert",
    "ledger_day_totals_insert",
    "product_day_sales_insert",
}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    before=st.lists(_entry, max_size=4),
    before_moves=st.lists(_movement, max_size=6),
    entries=st.lists(_entry, min_size=1, max_size=12),
    movements=st.lists(_movement, max_size=20),
)
def test_a_batch_kept_as_sets_leaves_what_its_triggers_leave(
    replica: Replica,
    before: Entries,
    before_moves: Movements,
    entries: Entries,
    movements: Movements,
) -> None:
    def per_row(conn: Connection) -> None:
        _write(_driver(conn), "a", before, before_moves)
        _write(_driver(conn), "b", entries, movements)

    def as_sets(conn: Connection) -> None:
        _write(_driver(conn), "a", before, before_moves)
        with kept_as_sets(conn, TABLES):
            _write(_driver(conn), "b", entries, movements)

    theirs, ours = _kept(replica, per_row), _kept(replica, as_sets)
    assert ours == theirs
    assert len(ours[0]) == len(before) + len(entries) + sum(
        len(lines) for _, lines in before + entries
    ) + len(before_moves) + len(movements)


def _triggers(replica: Replica) -> list[tuple[str, str]]:
    with replica.read() as conn:
        return list(
            _driver(conn).execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        )


def test_the_refusals_stay_on_inside_the_block(replica: Replica) -> None:
    laid = _triggers(replica)
    refused = pytest.raises(sqlite3.IntegrityError, match=r"storage\.immutable")
    with refused, replica.transaction(None) as conn:
        driver = _driver(conn)
        driver.execute("PRAGMA defer_foreign_keys = ON")
        with kept_as_sets(conn, TABLES):
            inside = {n for (n,) in driver.execute("SELECT name FROM sqlite_master")}
            assert not LIFTED & inside and {n for n, _ in laid} - LIFTED <= inside
            _write(driver, "r", [(DAYS[0], [("30", None, None, "debit", 5)])], [])
            driver.execute("UPDATE journal_lines SET amount_minor = 6 WHERE id = 're0l0'")
    assert _triggers(replica) == laid  # the rollback laid them again, as they were
    with replica.read() as conn:
        assert _driver(conn).execute("SELECT count(*) FROM journal_lines").fetchone() == (0,)


def test_a_trigger_it_does_not_know_keeps_firing_per_row(replica: Replica) -> None:
    """A day-totals trigger changed by a later revision is not replaced by a set that says
    what the old one did: it stays and fires per row."""

    def changed(conn: Connection) -> None:
        driver = _driver(conn)
        driver.execute("DROP TRIGGER ledger_day_totals_insert")
        driver.execute(
            "CREATE TRIGGER ledger_day_totals_insert AFTER INSERT ON journal_lines BEGIN "
            "INSERT INTO ledger_day_totals VALUES ('changed', NEW.account_code, '', '', 1, 1) "
            "ON CONFLICT DO UPDATE SET debit_minor = debit_minor + 1; END"
        )
        with kept_as_sets(conn, TABLES):
            lines = [("30", None, None, "debit", 5), ("30", None, None, "credit", 5)]
            _write(driver, "c", [(DAYS[0], lines)], [])

    audit, totals, _ = _kept(replica, changed)
    assert totals == [("changed", "30", "", "", 2, 1)]
    assert [r[0] for r in audit] == ["journal_entries", "journal_lines", "journal_lines"]
