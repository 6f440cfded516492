"""A demo day's audit rows and summaries written as sets are the rows its triggers write.

The same small demo (fixed seed and dates) is built twice, both with a day's sales computed
in memory and written one statement per table: once with the audit, ledger day-total and
day-sales triggers firing row by row (``triggers_per_row``), once as the generator builds
it, those triggers lifted for the day's close and their rows written with one
``INSERT ... SELECT`` per table (``storage.kept_as_sets``). The audit log is compared row by
row in its order (its numbering included), the ledger's day totals and the sales per
product and day row by row, and every other table as in test_demo_batched: ids replaced by
their table and insertion rank, seals by their rank, time stamps of writing left out.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from erp_desktop.bootstrap import REPLICA_FILE
from erp_desktop.demo.generator import build_demo_replica

TIMING = {"created_at", "updated_at"}
_ID = re.compile(
    r"(?<![0-9a-f-])([0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
    r"(?![0-9a-f-])"
)
_HASH = re.compile(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])")
_SALTED = re.compile(r"\$argon2id\$[^|\s\"]+")
# what the lifted triggers keep, in an order both builds share
KEPT = {
    "audit_log": "SELECT id, table_name, row_id, operation, actor_id, before, after "
    "FROM audit_log ORDER BY id",
    "ledger_day_totals": "SELECT * FROM ledger_day_totals ORDER BY 1, 2, 3, 4",
    "product_day_sales": "SELECT * FROM product_day_sales ORDER BY 1, 2, 3",
}


def _build(folder: Path, triggers_per_row: bool) -> Path:
    folder.mkdir()
    path = folder / REPLICA_FILE
    build_demo_replica(
        path,
        products=60,
        days=8,  # a Monday's replenishment and two transfers among them
        seed=11,
        end=date(2026, 3, 10),
        triggers_per_row=triggers_per_row,
    )
    return path


def _untimed(value: Any) -> Any:
    """An audited row's JSON without the time it was written."""
    if not isinstance(value, str) or not value.startswith("{"):
        return value
    return json.dumps({k: v for k, v in json.loads(value).items() if k not in TIMING})


def _rows(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
        label: dict[str, str] = {}
        for name in names:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({name})")]
            if "id" in columns and name != "audit_log":
                ids = conn.execute(f"SELECT id FROM {name} ORDER BY rowid").fetchall()
                for rank, (value,) in enumerate(ids):
                    label[str(value)] = f"{name}#{rank}"
                    if isinstance(value, str) and len(value) == 32:  # as JSON names it
                        dashed = (value[:8], value[8:12], value[12:16], value[16:20], value[20:])
                        label["-".join(dashed)] = f"{name}#{rank}"
        seals = conn.execute("SELECT hash FROM sales_documents ORDER BY rowid").fetchall()
        sealed = {h: f"seal#{rank}" for rank, (h,) in enumerate(seals)}

        def canon(value: Any) -> str:
            value = _untimed(value)
            if isinstance(value, str):
                value = _SALTED.sub("argon2id", value)
                value = _HASH.sub(lambda m: sealed.get(m.group(0), m.group(0)), value)
                return _ID.sub(lambda m: label.get(m.group(0), "?id"), value)
            return repr(value)

        found: dict[str, list[str]] = {
            name: ["|".join(canon(v) for v in row) for row in conn.execute(query)]
            for name, query in KEPT.items()
        }
        for name in names:
            if name in found:
                continue
            cursor = conn.execute(f"SELECT * FROM {name}")
            keep = [i for i, d in enumerate(cursor.description) if d[0] not in TIMING]
            found[name] = sorted("|".join(canon(row[i]) for i in keep) for row in cursor)
        return found
    finally:
        conn.close()


def test_a_days_audit_and_summaries_written_as_sets_are_what_its_triggers_write(
    tmp_path: Path,
) -> None:
    ours = _rows(_build(tmp_path / "sets", triggers_per_row=False))
    theirs = _rows(_build(tmp_path / "per-row", triggers_per_row=True))
    assert sorted(ours) == sorted(theirs)
    audited = {r.split("|")[1] for r in ours["audit_log"]}
    assert {"sales_documents", "journal_lines", "stock_document_lines"} <= audited
    assert len(ours["product_day_sales"]) > 100 and len(ours["ledger_day_totals"]) > 20
    for name in KEPT:  # in order, row by row
        assert ours[name] == theirs[name], name
    differing = [name for name in ours if ours[name] != theirs[name]]
    assert differing == []
