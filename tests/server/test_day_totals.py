"""The ledger's day totals on the server (migration 0031): kept by a trigger per statement,
always equal to the sums of the journal lines they stand for, readable under the lines' own
branch isolation and written by the trigger alone."""

from __future__ import annotations

from datetime import date
from uuid import UUID

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import ProgrammingError

from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from sync_server.services.reconcile import reconcile

_BY_LINES = (
    "SELECT branch_id, entry_date, account_code, role, vat_rate, "
    "coalesce(sum(amount_minor) FILTER (WHERE side = 'debit'), 0), "
    "coalesce(sum(amount_minor) FILTER (WHERE side = 'credit'), 0) "
    "FROM accounting.journal_lines GROUP BY 1, 2, 3, 4, 5"
)
_TOTALS = (
    "SELECT branch_id, entry_date, account_code, role, vat_rate, debit_minor, credit_minor "
    "FROM accounting.ledger_day_totals"
)


def _post(engine: Engine, branch: UUID, day: date, amounts: list[int]) -> None:
    """One statement posting an entry per amount: cash against revenue and VAT at 19 %."""
    with unit_of_work(engine, head_office=True) as conn:
        conn.execute(
            text(
                "WITH e AS (INSERT INTO accounting.journal_entries (id, branch_id, entry_date, "
                "journal, source_type, source_id, source_number, memo) SELECT gen_random_uuid(), "
                ":b, :d, 'sales', 'sale', gen_random_uuid(), 'T-' || m, '' "
                "FROM unnest(CAST(:m AS bigint[])) m RETURNING id, source_number) "
                "INSERT INTO accounting.journal_lines (id, entry_id, entry_date, branch_id, "
                "position, account_code, role, side, amount_minor, currency, txn_amount_minor, "
                "txn_currency, rate, vat_rate) SELECT gen_random_uuid(), e.id, :d, :b, v.p, "
                "v.a, v.r, v.s, v.k * m / 119, 'DZD', v.k * m / 119, 'DZD', 1, v.rate "
                "FROM e, LATERAL (SELECT CAST(substr(e.source_number, 3) AS bigint) AS m) t, "
                "(VALUES (1, '530', NULL, 'debit', 119, NULL), "
                "(2, '700', 'revenue', 'credit', 100, 19.0), "
                "(3, '4457', 'vat_collected', 'credit', 19, 19.0)) v (p, a, r, s, k, rate)"
            ),
            {"b": branch, "d": day, "m": amounts},
        )


@pytest.fixture(scope="module")
def branches(engine: Engine) -> tuple[UUID, UUID]:
    headoffice.set_up_company(engine, "Supérette El Bahia SARL", "متجر البهية", "DZ", "DZD")
    alger, _ = headoffice.add_branch(engine, "ALG01", "Alger Centre", "الجزائر الوسطى")
    oran, _ = headoffice.add_branch(engine, "ALG02", "Oran", "وهران")
    return alger, oran


def test_the_totals_are_the_sums_of_the_lines(engine: Engine, branches: tuple[UUID, UUID]) -> None:
    alger, oran = branches
    _post(engine, alger, date(2026, 3, 10), [11900, 23800, 5950])
    _post(engine, alger, date(2026, 3, 10), [119])  # the same day again: added, not replaced
    _post(engine, alger, date(2026, 3, 11), [1190])
    _post(engine, oran, date(2026, 3, 10), [2380, 4760])
    with engine.connect() as conn:
        lines = set(conn.execute(text(_BY_LINES)).all())
        totals = set(conn.execute(text(_TOTALS)).all())
    assert totals == lines
    assert len(totals) == 9  # 3 accounts x (Alger 10th, Alger 11th, Oran 10th)


def test_a_branch_reads_its_own_totals_and_writes_none(
    engine: Engine, branches: tuple[UUID, UUID]
) -> None:
    alger, oran = branches
    with unit_of_work(engine, branch_id=oran) as conn:
        seen = {r[0] for r in conn.execute(text(_TOTALS))}
    assert seen == {oran}
    with pytest.raises(ProgrammingError), unit_of_work(engine, branch_id=oran) as conn:
        conn.execute(
            text("UPDATE accounting.ledger_day_totals SET debit_minor = 0 WHERE branch_id = :b"),
            {"b": alger},
        )


def test_the_nightly_reconcile_catches_totals_unlike_their_lines(
    engine: Engine, branches: tuple[UUID, UUID]
) -> None:
    alger, _ = branches
    _post(engine, alger, date(2026, 4, 2), [2380])
    assert not [p for p in reconcile(engine).problems if p[0].startswith("reconcile.day")]
    with engine.begin() as conn:  # the owner, past every rule: what reconcile is for
        conn.execute(
            text(
                "UPDATE accounting.ledger_day_totals SET debit_minor = debit_minor + 1 "
                "WHERE branch_id = :b AND entry_date = '2026-04-02' AND account_code = '530'"
            ),
            {"b": alger},
        )
    found = [p for p in reconcile(engine).problems if p[0] == "reconcile.day_totals_unlike_lines"]
    assert found == [
        (
            "reconcile.day_totals_unlike_lines",
            {
                "branch": "ALG01",
                "day": "2026-04-02",
                "account": "530",
                "totals_debit_minor": 2381,
                "totals_credit_minor": 0,
                "lines_debit_minor": 2380,
                "lines_credit_minor": 0,
            },
        )
    ]
