"""Rules PostgreSQL enforces whatever the Python code does: no deletes, audit with the
acting user, journal entries balanced at commit, one branch never sees another's rows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from uuid import UUID

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from erp_desktop.kernel.ids import new_id
from sync_server.db.engine import unit_of_work
from sync_server.db.migrate import upgrade
from sync_server.services import headoffice


@pytest.fixture(scope="module")
def branches(engine: Engine) -> dict[str, UUID]:
    headoffice.set_up_company(engine, "Test SARL", "شركة", "DZ", "DZD")
    alger, _ = headoffice.add_branch(engine, "ALG01", "Alger", "الجزائر")
    oran, _ = headoffice.add_branch(engine, "ALG02", "Oran", "وهران")
    return {"alger": alger, "oran": oran}


def alert(conn: object, branch: UUID) -> UUID:
    alert_id = new_id()
    conn.execute(  # type: ignore[attr-defined]
        text(
            "INSERT INTO sync.alerts (id, branch_id, kind, params) VALUES (:id, :b, 'test', '{}')"
        ),
        {"id": alert_id, "b": branch},
    )
    return alert_id


def test_a_branch_cannot_read_or_write_another_branchs_rows(
    engine: Engine, branches: dict[str, UUID]
) -> None:
    with unit_of_work(engine, branch_id=branches["alger"]) as conn:
        mine = alert(conn, branches["alger"])
    with unit_of_work(engine, branch_id=branches["oran"]) as conn:
        assert (
            conn.execute(
                text("SELECT count(*) FROM sync.alerts WHERE id = :id"), {"id": mine}
            ).scalar()
            == 0
        )
        updated = conn.execute(
            text("UPDATE sync.alerts SET kind = 'x' WHERE id = :id"), {"id": mine}
        )
        assert updated.rowcount == 0
    with (
        pytest.raises(DBAPIError, match="row-level security"),
        unit_of_work(engine, branch_id=branches["oran"]) as conn,
    ):
        alert(conn, branches["alger"])  # writing for Alger while acting for Oran
    with unit_of_work(engine, head_office=True) as conn:
        assert (
            conn.execute(
                text("SELECT count(*) FROM sync.alerts WHERE id = :id"), {"id": mine}
            ).scalar()
            == 1
        )


def test_business_rows_are_never_deleted(engine: Engine, branches: dict[str, UUID]) -> None:
    # The application's role may not delete at all...
    with (
        pytest.raises(DBAPIError, match="permission denied"),
        unit_of_work(engine, head_office=True) as conn,
    ):
        conn.execute(text("DELETE FROM auth.branches WHERE id = :id"), {"id": branches["oran"]})
    # ...and even the tables' owner, at a psql prompt, is refused by the trigger.
    with pytest.raises(DBAPIError, match=r"storage\.delete_refused"), engine.begin() as conn:
        conn.execute(text("DELETE FROM auth.branches WHERE id = :id"), {"id": branches["oran"]})
    with unit_of_work(engine, head_office=True) as conn:
        assert conn.execute(text("SELECT count(*) FROM auth.branches")).scalar() == 2


def test_every_change_is_audited_with_its_actor(engine: Engine, branches: dict[str, UUID]) -> None:
    actor = new_id()
    with unit_of_work(engine, branch_id=branches["alger"], actor_id=actor) as conn:
        alert_id = alert(conn, branches["alger"])
        conn.execute(text("UPDATE sync.alerts SET kind = 'seen' WHERE id = :id"), {"id": alert_id})
    with unit_of_work(engine, head_office=True) as conn:
        rows = conn.execute(
            text(
                "SELECT operation, actor_id, branch_id, before ->> 'kind', after ->> 'kind' FROM audit.log "
                "WHERE row_id = :id ORDER BY id"
            ),
            {"id": str(alert_id)},
        ).all()
    assert [tuple(r) for r in rows] == [
        ("insert", actor, branches["alger"], None, "test"),
        ("update", actor, branches["alger"], "test", "seen"),
    ]


def _entry(
    conn: object,
    branch: UUID,
    debit: int,
    credit: int,
    on: date | None = None,
    lines_on: date | None = None,
) -> UUID:
    entry, on = new_id(), on or datetime.now(UTC).date()
    conn.execute(  # type: ignore[attr-defined]
        text(
            "INSERT INTO accounting.journal_entries (id, branch_id, entry_date, journal, source_type, "
            "source_id, source_number, memo) VALUES (:id, :b, :on, 'general', 'test', :id, 'T-1', '')"
        ),
        {"id": entry, "b": branch, "on": on},
    )
    for position, (account, side, amount) in enumerate(
        [("530", "debit", debit), ("700", "credit", credit)], 1
    ):
        conn.execute(  # type: ignore[attr-defined]
            text(
                "INSERT INTO accounting.journal_lines (id, entry_id, entry_date, branch_id, position, "
                "account_code, side, amount_minor, currency, txn_amount_minor, txn_currency, rate) "
                "VALUES (:id, :e, :on, :b, :p, :a, :s, :m, 'DZD', :m, 'DZD', 1)"
            ),
            {
                "id": new_id(),
                "e": entry,
                "on": lines_on or on,
                "b": branch,
                "p": position,
                "a": account,
                "s": side,
                "m": amount,
            },
        )
    return entry


def test_an_unbalanced_entry_cannot_commit(engine: Engine, branches: dict[str, UUID]) -> None:
    with (
        pytest.raises(DBAPIError, match=r"ledger\.unbalanced"),
        unit_of_work(engine, branch_id=branches["alger"]) as conn,
    ):
        _entry(conn, branches["alger"], 10000, 9999)
    with unit_of_work(engine, branch_id=branches["alger"]) as conn:
        _entry(conn, branches["alger"], 10000, 10000)
        assert conn.execute(text("SELECT count(*) FROM accounting.journal_entries")).scalar() == 1


def test_the_entries_of_a_commit_are_checked_as_one_set(
    engine: Engine, branches: dict[str, UUID]
) -> None:
    """0038: the entries a transaction wrote, by many statements and over two months, are
    checked together at commit: the one off by a centime among them refuses the commit
    and is named; balanced, they commit and leave nothing queued."""
    alger, today = branches["alger"], datetime.now(UTC).date()
    days = [today, today - timedelta(days=35)]
    with unit_of_work(engine, head_office=True) as conn:
        before = conn.execute(text("SELECT count(*) FROM accounting.journal_entries")).scalar()
    with (
        pytest.raises(DBAPIError, match=r"ledger\.unbalanced") as refused,
        unit_of_work(engine, branch_id=alger) as conn,
    ):
        for n in range(12):
            _entry(conn, alger, 10000 + n, 10000 + n, on=days[n % 2])
        off = _entry(conn, alger, 5000, 4999, on=days[1])
        for n in range(5):
            _entry(conn, alger, 700, 700, on=days[n % 2])
    assert f"entry {off} is off by 1" in str(refused.value)
    with unit_of_work(engine, branch_id=alger) as conn:
        for n in range(12):
            _entry(conn, alger, 10000 + n, 10000 + n, on=days[n % 2])
    with unit_of_work(engine, head_office=True) as conn:
        after = conn.execute(text("SELECT count(*) FROM accounting.journal_entries")).scalar()
    with engine.connect() as conn:
        queued = conn.execute(text("SELECT count(*) FROM accounting.entries_to_check")).scalar()
    assert (after - before, queued) == (12, 0)


def test_journal_lines_sit_in_their_entry_month_and_nowhere_else(
    engine: Engine, branches: dict[str, UUID]
) -> None:
    with unit_of_work(engine, branch_id=branches["alger"]) as conn:
        entry = _entry(conn, branches["alger"], 500, 500, on=date(2027, 3, 15))
        partitions = conn.execute(
            text(
                "SELECT DISTINCT CAST(tableoid::regclass AS text) FROM accounting.journal_lines "
                "WHERE entry_id = :e"
            ),
            {"e": entry},
        ).scalars()
        assert list(partitions) == ["accounting.journal_lines_2027_03"]
    with (
        pytest.raises(DBAPIError, match="foreign key"),
        unit_of_work(engine, branch_id=branches["alger"]) as conn,
    ):
        _entry(conn, branches["alger"], 500, 500, on=date(2027, 3, 31), lines_on=date(2027, 4, 1))


def test_migrating_keeps_two_years_of_monthly_partitions_ahead(engine: Engine) -> None:
    upgrade(engine, today=date(2029, 6, 10))  # a server migrated again in 2029
    with unit_of_work(engine, head_office=True) as conn:
        names = set(
            conn.execute(
                text(
                    "SELECT CAST(c.oid::regclass AS text) FROM pg_inherits i "
                    "JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent IN ("
                    "CAST('inventory.stock_movements' AS regclass), "
                    "CAST('accounting.journal_lines' AS regclass), CAST('audit.log' AS regclass))"
                )
            ).scalars()
        )
    for table in ("inventory.stock_movements", "accounting.journal_lines", "audit.log"):
        assert f"{table}_2031_06" in names
        assert f"{table}_2031_07" not in names
        assert f"{table}_2024_01" in names  # the first ones stay
        assert f"{table}_default" in names
