"""The schema is ready for sharding by branch on Citus (docs/scaling.md): checked over the
live schema of a migrated database against sync_server/db/sharding.py, which says which
table is branch-owned (distributed by branch_id), a reference table, or left on the
coordinator."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from sqlalchemy import Engine, text

from sync_server.db.sharding import BRANCH_OWNED, COORDINATOR, NOT_YET, REFERENCE

_TABLES = """
SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
"""
# Each key of a table: its kind (p, u, f), its columns, and for a foreign key the table it
# leans on and those columns there.
_KEYS = """
SELECT k.contype,
       ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u (n, o)
             JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.o),
       CASE WHEN k.contype = 'f' THEN (SELECT n.nspname || '.' || c.relname FROM pg_class c
             JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = k.confrelid) END,
       ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u (n, o)
             JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.o)
FROM pg_constraint k WHERE k.conrelid = CAST(:t AS regclass) AND k.conparentid = 0
  AND k.contype IN ('p', 'u', 'f')
"""


def _faults(engine: Engine, table: str) -> list[str]:
    """What stops ``table`` from being distributed by branch_id, co-located with the other
    branch-owned tables."""
    with engine.connect() as conn:
        nullable = conn.execute(
            text(
                "SELECT is_nullable FROM information_schema.columns WHERE table_schema = :s "
                "AND table_name = :n AND column_name = 'branch_id'"
            ),
            dict(zip(("s", "n"), table.split("."), strict=True)),
        ).scalar()
        keys = conn.execute(text(_KEYS), {"t": table}).all()
    faults = []
    if nullable is None:
        return ["no branch_id column"]
    if nullable == "YES":
        faults.append("branch_id may be NULL")
    for kind, columns, target, target_columns in keys:
        if kind in "pu" and "branch_id" not in columns:
            faults.append(f"key {columns} without branch_id")
        if kind == "f" and target in BRANCH_OWNED:
            together = list(zip(columns, target_columns, strict=True))
            if ("branch_id", "branch_id") not in together:
                faults.append(f"foreign key {columns} -> {target} not through branch_id")
    return faults


def _leaning_on(engine: Engine, tables: Iterable[str], forbidden: Iterable[str]) -> list[str]:
    found = []
    with engine.connect() as conn:
        for table in tables:
            for kind, columns, target, _ in conn.execute(text(_KEYS), {"t": table}):
                if kind == "f" and target in set(forbidden):
                    found.append(f"{table} {columns} -> {target}")
    return found


def test_every_table_is_classified_once(engine: Engine) -> None:
    with engine.connect() as conn:
        live = {r[0] for r in conn.execute(text(_TABLES))}
    declared = [*BRANCH_OWNED, *REFERENCE, *COORDINATOR]
    assert len(declared) == len(set(declared)), "a table in two classes"
    assert set(NOT_YET) <= set(BRANCH_OWNED)
    assert live - set(declared) == set(), "tables to classify in sync_server/db/sharding.py"
    assert set(declared) - live == set(), "classified tables the schema does not have"


@pytest.mark.parametrize("table", [t for t in BRANCH_OWNED if t not in NOT_YET])
def test_a_branch_owned_table_can_be_distributed_by_branch(engine: Engine, table: str) -> None:
    assert _faults(engine, table) == []


def test_the_tables_not_ready_yet_are_still_not(engine: Engine) -> None:
    """A table fixed since is taken off NOT_YET (and the documentation says it). None is
    left since 0036 (the audit log, the stock documents)."""
    assert [table for table in sorted(NOT_YET) if _faults(engine, table) == []] == []


def test_no_head_office_table_leans_on_a_branch_table(engine: Engine) -> None:
    assert _leaning_on(engine, REFERENCE, (*BRANCH_OWNED, *COORDINATOR)) == []
    assert _leaning_on(engine, COORDINATOR, BRANCH_OWNED) == []
