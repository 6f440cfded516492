"""Upgrading a replica to the corrected charts (migration 0004) keeps every balance and entry.

A replica at 0003 is set up with the first chart of its country and two months of trade
posted on it; after the upgrade the trial balance is the same, account by account, under the
new codes; no entry was added or changed; every entry still balances; no line, day total or
account is left on an old code; each account kept its id; posted lines are immutable again.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import IntegrityError

from erp_desktop.kernel.errors import ConflictError
from erp_desktop.kernel.ledger import load_chart
from erp_desktop.kernel.ledger.reports import trial_balance_of
from erp_desktop.kernel.money import Money
from erp_desktop.storage import seed
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.migrate import current_revision, head_revision, upgrade_replica
from erp_desktop.storage.repositories.ledger import LedgerRepository
from tests.chart_history import (
    ADDED,
    CURRENCY,
    OLD_CODE,
    chart_before_correction,
    new_code,
    trade_on,
)

NOW = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)
MONTHS = (date(2026, 10, 14), date(2026, 11, 20))


def _lines(conn: Connection) -> list[tuple[str, str, str, int]]:
    return sorted(
        (str(r[0]), str(r[1]), str(r[2]), int(r[3]))
        for r in conn.execute(
            text("SELECT entry_id, position, account_code, amount_minor FROM journal_lines")
        )
    )


def _replica_on_the_first_chart(
    tmp_path: Path, country: str, monkeypatch: pytest.MonkeyPatch
) -> Replica:
    replica = Replica(tmp_path / f"{country}.sqlite3")
    upgrade_replica(replica, "0003")
    old = chart_before_correction(country)
    with monkeypatch.context() as patch:
        patch.setattr(seed, "load_chart", lambda _country: old)
        with replica.transaction(None) as conn:
            seed.seed_company(
                conn,
                NOW,
                name="Test",
                name_ar="تجربة",
                country=country,
                currency=CURRENCY[country],
                legal_ids={},
            )
            LedgerRepository(conn).insert_entries(trade_on(old, MONTHS), NOW)
    return replica


@pytest.mark.parametrize("country", ["DZ", "MA", "TN"])
def test_upgrading_a_replica_renumbers_accounts_and_keeps_every_balance(
    tmp_path: Path, country: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    replica = _replica_on_the_first_chart(tmp_path, country, monkeypatch)
    old_codes = set(OLD_CODE[country].values())
    with replica.read() as conn:
        totals_before = LedgerRepository(conn).account_totals(None, None)
        lines_before = _lines(conn)
        entries_before = conn.execute(text("SELECT count(*) FROM journal_entries")).scalar()
        ids_before = {r[0]: r[1] for r in conn.execute(text("SELECT code, id FROM accounts"))}
    assert old_codes <= set(totals_before)  # every old code carries a balance to move

    upgrade_replica(replica)

    assert current_revision(replica) == head_revision()
    with replica.read() as conn:
        totals_after = LedgerRepository(conn).account_totals(None, None)
        lines_after = _lines(conn)
        entries_after = conn.execute(text("SELECT count(*) FROM journal_entries")).scalar()
        ids_after = {r[0]: r[1] for r in conn.execute(text("SELECT code, id FROM accounts"))}
        unbalanced = conn.execute(
            text(
                "SELECT entry_id FROM journal_lines GROUP BY entry_id HAVING "
                "sum(CASE WHEN side = 'debit' THEN amount_minor ELSE -amount_minor END) <> 0"
            )
        ).all()
        from_lines = {
            r[0]: (int(r[1]), int(r[2]))
            for r in conn.execute(
                text(
                    "SELECT account_code, sum(CASE WHEN side = 'debit' THEN amount_minor ELSE 0 END), "
                    "sum(CASE WHEN side = 'credit' THEN amount_minor ELSE 0 END) "
                    "FROM journal_lines GROUP BY account_code"
                )
            )
        }
        left_on_old = conn.execute(
            text(
                "SELECT count(*) FROM (SELECT account_code AS c FROM journal_lines UNION ALL "
                "SELECT account_code FROM ledger_day_totals UNION ALL SELECT code FROM accounts) "
                f"WHERE c IN ({', '.join(repr(c) for c in old_codes)})"
            )
        ).scalar()
        audited = conn.execute(
            text(
                "SELECT json_extract(before, '$.code'), json_extract(after, '$.code') "
                "FROM audit_log WHERE table_name = 'accounts' AND operation = 'update'"
            )
        ).all()
    assert totals_after == {new_code(country, c): t for c, t in totals_before.items()}
    assert totals_after == from_lines
    assert entries_after == entries_before
    assert lines_after == sorted((e, p, new_code(country, a), m) for e, p, a, m in lines_before)
    assert unbalanced == []
    assert left_on_old == 0
    assert {new_code(country, c): i for c, i in ids_before.items()} == {
        c: i for c, i in ids_after.items() if c not in ADDED[country]
    }
    assert ADDED[country] <= set(ids_after)
    assert sorted(audited) == sorted((o, n) for n, o in OLD_CODE[country].items())
    chart = load_chart(country)  # every code is the corrected chart's: the reports read again
    tb = trial_balance_of(
        chart,
        {
            c: (
                Money.from_minor(d, chart.currency).amount,
                Money.from_minor(k, chart.currency).amount,
            )
            for c, (d, k) in totals_after.items()
        },
    )
    assert tb.balanced and tb.total_debit.amount > 0
    with (
        pytest.raises(IntegrityError, match=r"storage\.immutable"),
        replica.transaction(None) as conn,
    ):
        conn.execute(text("UPDATE journal_lines SET account_code = '530'"))
    replica.close()


def test_a_replica_that_already_uses_a_corrected_code_is_not_merged_into_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    replica = _replica_on_the_first_chart(tmp_path, "DZ", monkeypatch)
    with replica.transaction(None) as conn:  # someone opened 37 by hand beside the old 38
        conn.execute(
            text(
                "INSERT INTO accounts (id, code, name, name_ar, type, created_at, updated_at) "
                "VALUES ('01a2000000007000800000000000ffff', '37', 'Dépôt', 'إيداع', 'asset', "
                "'2026-11-30T18:00:00.000000Z', '2026-11-30T18:00:00.000000Z')"
            )
        )
    with pytest.raises(ConflictError) as err:
        upgrade_replica(replica)
    assert err.value.code == "storage.migration_failed"
    assert current_revision(replica) == "0003"  # the backup was put back
    with replica.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM accounts WHERE code = '38'")).scalar() == 1
    replica.close()
