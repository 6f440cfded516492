"""Upgrading the server to the corrected charts (migration 0010) keeps every balance and entry.

A database at 0009 is set up with the first chart of its country and two months of a
branch's trade posted on it (journal lines in two monthly partitions); after the upgrade the
trial balance is the same, account by account, under the new codes; no entry or line was
added; every line stayed in its month; every entry still balances; nothing is left on an old
code; each account kept its id, its rename is audited and sent to the branches; the foreign
key and the refusal to update posted lines are back.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ledger import JournalEntry
from sync_server.db import headoffice as rows
from sync_server.db.engine import make_engine
from sync_server.db.migrate import current_revision, upgrade
from tests.chart_history import (
    ADDED,
    CURRENCY,
    OLD_CODE,
    chart_before_correction,
    new_code,
    trade_on,
)
from tests.pg import temporary_database
from tests.server.helpers import before_proven_scope

MONTHS = (date(2026, 10, 14), date(2026, 11, 20))


@pytest.fixture
def database() -> Iterator[Engine]:
    with temporary_database() as url:
        engine = make_engine(url)
        upgrade(engine, "0009")
        yield engine
        engine.dispose()


def _post(conn: Connection, branch: object, entries: list[JournalEntry]) -> None:
    for e in entries:
        conn.execute(
            text(
                "INSERT INTO accounting.journal_entries (id, branch_id, entry_date, journal, "
                "source_type, source_id, source_number, memo) "
                "VALUES (:id, :b, :on, :j, :t, :s, :n, :m)"
            ),
            {
                "id": e.id,
                "b": branch,
                "on": e.on,
                "j": str(e.journal),
                "t": e.source_type,
                "s": e.source_id,
                "n": e.source_number,
                "m": e.memo,
            },
        )
        for position, ln in enumerate(e.lines, 1):
            conn.execute(
                text(
                    "INSERT INTO accounting.journal_lines (id, entry_id, entry_date, branch_id, "
                    "position, account_code, role, side, amount_minor, currency, "
                    "txn_amount_minor, txn_currency, rate, vat_rate) "
                    "VALUES (:id, :e, :on, :b, :p, :a, :r, :s, :m, :c, :tm, :tc, :rate, :vat)"
                ),
                {
                    "id": new_id(),
                    "e": e.id,
                    "on": e.on,
                    "b": branch,
                    "p": position,
                    "a": ln.account,
                    "r": str(ln.role) if ln.role else None,
                    "s": str(ln.side),
                    "m": ln.amount.to_minor(),
                    "c": ln.amount.currency,
                    "tm": ln.txn_amount.to_minor(),
                    "tc": ln.txn_amount.currency,
                    "rate": ln.rate,
                    "vat": ln.vat_rate,
                },
            )


def _snapshot(conn: Connection) -> dict[str, object]:
    return {
        "totals": {
            r[0]: (int(r[1]), int(r[2]))
            for r in conn.execute(
                text(
                    "SELECT account_code, coalesce(sum(amount_minor) FILTER (WHERE side = 'debit'), 0), "
                    "coalesce(sum(amount_minor) FILTER (WHERE side = 'credit'), 0) "
                    "FROM accounting.journal_lines GROUP BY account_code"
                )
            )
        },
        "lines": sorted(
            (str(r[0]), int(r[1]), r[2], int(r[3]), r[4])
            for r in conn.execute(
                text(
                    "SELECT entry_id, position, account_code, amount_minor, "
                    "CAST(tableoid::regclass AS text) FROM accounting.journal_lines"
                )
            )
        ),
        "entries": conn.execute(text("SELECT count(*) FROM accounting.journal_entries")).scalar(),
        "ids": {r[0]: r[1] for r in conn.execute(text("SELECT code, id FROM accounting.accounts"))},
    }


@pytest.mark.parametrize("country", ["DZ", "MA", "TN"])
def test_upgrading_the_server_renumbers_accounts_and_keeps_every_balance(
    database: Engine, country: str
) -> None:
    old = chart_before_correction(country)
    with before_proven_scope(database) as conn:  # the server as it was at 0009
        rows.insert_company(conn, "Test", "تجربة", country, CURRENCY[country], {})
        rows.insert_accounts(conn, old)
        branch, _ = rows.insert_branch(conn, "B01", "Branche", "فرع")
        _post(conn, branch, trade_on(old, MONTHS))
    with database.begin() as conn:
        before = _snapshot(conn)
        seq_before = conn.execute(text("SELECT max(seq) FROM sync.change_log")).scalar()
    old_codes = set(OLD_CODE[country].values())
    assert old_codes <= set(before["totals"])  # type: ignore[arg-type]

    upgrade(database, "0010")

    assert current_revision(database) == "0010"
    with database.begin() as conn:
        after = _snapshot(conn)
        unbalanced = conn.execute(
            text(
                "SELECT entry_id FROM accounting.journal_lines GROUP BY entry_id HAVING "
                "sum(CASE WHEN side = 'debit' THEN amount_minor ELSE -amount_minor END) <> 0"
            )
        ).all()
        audited = conn.execute(
            text(
                "SELECT before->>'code', after->>'code' FROM audit.log "
                "WHERE table_name = 'accounts' AND operation = 'update'"
            )
        ).all()
        sent = conn.execute(
            text(
                "SELECT payload->>'code' FROM sync.change_log "
                "WHERE entity = 'account' AND seq > :s AND branch_id IS NULL"
            ),
            {"s": seq_before},
        ).scalars()
        sent_codes = set(sent)
    totals_before: dict[str, tuple[int, int]] = before["totals"]  # type: ignore[assignment]
    assert after["totals"] == {new_code(country, c): t for c, t in totals_before.items()}
    assert after["entries"] == before["entries"]
    lines_before: list[tuple[str, int, str, int, str]] = before["lines"]  # type: ignore[assignment]
    assert after["lines"] == sorted(
        (e, p, new_code(country, a), m, part) for e, p, a, m, part in lines_before
    )  # the same lines, each in the same month's partition
    assert {part for *_, part in lines_before} == {
        "accounting.journal_lines_2026_10",
        "accounting.journal_lines_2026_11",
    }
    assert unbalanced == []
    ids_before: dict[str, object] = before["ids"]  # type: ignore[assignment]
    ids_after: dict[str, object] = after["ids"]  # type: ignore[assignment]
    assert not old_codes & set(ids_after)
    assert {new_code(country, c): i for c, i in ids_before.items()} == {
        c: i for c, i in ids_after.items() if c not in ADDED[country]
    }
    assert ADDED[country] <= set(ids_after)
    assert sorted(audited) == sorted((o, n) for n, o in OLD_CODE[country].items())
    assert set(OLD_CODE[country]) | ADDED[country] <= sent_codes  # branches hear of it

    with pytest.raises(DBAPIError, match=r"storage\.immutable"), database.begin() as conn:
        conn.execute(text("UPDATE accounting.journal_lines SET memo = 'edited'"))
    with pytest.raises(DBAPIError, match="foreign key"), database.begin() as conn:
        # a line on an old code has no account any more
        conn.execute(
            text(
                "INSERT INTO accounting.journal_lines (id, entry_id, entry_date, branch_id, "
                "position, account_code, side, amount_minor, currency, txn_amount_minor, "
                "txn_currency, rate) SELECT :id, id, entry_date, branch_id, 99, :old, 'debit', "
                "0, :c, 0, :c, 1 FROM accounting.journal_entries LIMIT 1"
            ),
            {"id": new_id(), "old": sorted(old_codes)[0], "c": CURRENCY[country]},
        )
