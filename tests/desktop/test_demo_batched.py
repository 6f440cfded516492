"""The demo's day written in bulk is the replica the till's own steps write sale by sale.

The same small demo (fixed seed and dates) is built twice: once with every sale finalized
through the use case's steps (``InTransaction``: numbered from the stored series, sealed,
inserted, posted, its movements written after it), once as the generator does, a day's
sales computed in memory and written one statement per table. Every table is compared row
by row. Ids are random (UUIDv7), so each row's id is replaced by its table and insertion
rank, wherever it appears; time stamps of writing (``created_at``, ``updated_at``, the
audit's ``at``) and secrets' salts differ by construction and are left out; a seal covers
the document's ids, so seals are compared by position in their chain, and each replica's
chains are checked intact by the till's own integrity check. What differs on purpose: the
reference queues every sale for the server (a demo replica is not enrolled, so the bulk
path queues nothing), and it updates a series and a stock level once per sale where the
bulk path updates them once per day, so the audit's updates are compared by which rows
they touched, its inserts one by one.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from erp_desktop.app.accounting.reports import trial_balance
from erp_desktop.app.auth import log_in
from erp_desktop.app.till.integrity import check_register_series
from erp_desktop.bootstrap import REPLICA_FILE, open_branch
from erp_desktop.demo.generator import build_demo_replica

TIMING = {"created_at", "updated_at"}
QUEUED = {"outbox", "sync_state"}  # the reference's queue for the server, and its clock
_ID = re.compile(
    r"(?<![0-9a-f-])([0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
    r"(?![0-9a-f-])"
)
_HASH = re.compile(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])")
_SALTED = re.compile(r"\$argon2id\$[^|\s\"]+")  # a secret's hash, salted afresh each build


def _untimed(row: str | None) -> str | None:
    """An audited row without the time it was written."""
    if row is None:
        return None
    values = {k: v for k, v in json.loads(row).items() if k not in TIMING}
    return json.dumps(values, sort_keys=True)


def _build(folder: Path, per_sale: bool) -> Path:
    folder.mkdir()
    path = folder / REPLICA_FILE
    build_demo_replica(path, products=50, days=3, seed=5, end=date(2026, 3, 4), per_sale=per_sale)
    return path


def _tables(path: Path) -> dict[str, list[str]]:
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
                    if isinstance(value, str) and len(value) == 32:
                        dashed = "-".join(
                            (value[:8], value[8:12], value[12:16], value[16:20], value[20:])
                        )
                        label[dashed] = f"{name}#{rank}"

        # a seal covers the document's (random) ids: each seal is named by its rank in
        # its series' table, so the chains (each one's previous_hash) compare link by link
        seals = conn.execute("SELECT hash FROM sales_documents ORDER BY rowid").fetchall()
        sealed = {h: f"seal#{rank}" for rank, (h,) in enumerate(seals)}

        def canon(value: Any) -> str:
            if isinstance(value, str):
                value = _SALTED.sub("argon2id", value)
                value = _HASH.sub(lambda m: sealed.get(m.group(0), m.group(0)), value)
                return _ID.sub(lambda m: label.get(m.group(0), "?id"), value)
            return repr(value)

        found: dict[str, list[str]] = {}
        for name in names:
            if name in QUEUED:
                continue
            cursor = conn.execute(f"SELECT * FROM {name}")
            columns = [d[0] for d in cursor.description]
            if name == "audit_log":
                rows = [dict(zip(columns, r, strict=True)) for r in cursor]
                found["audit_log inserts"] = sorted(
                    canon(f"{r['table_name']} {r['row_id']} {r['actor_id']} {_untimed(r['after'])}")
                    for r in rows
                    if r["operation"] == "insert" and r["table_name"] not in QUEUED
                )
                found["audit_log updated rows"] = sorted(
                    {
                        canon(f"{r['table_name']} {r['row_id']}")
                        for r in rows
                        if r["operation"] == "update"
                    }
                )
                continue
            keep = [i for i, c in enumerate(columns) if c not in TIMING and c != "seq"]
            found[name] = sorted("|".join(canon(row[i]) for i in keep) for row in cursor)
        return found
    finally:
        conn.close()


def test_a_day_written_in_bulk_is_the_replica_the_till_writes_sale_by_sale(
    tmp_path: Path,
) -> None:
    batched = _build(tmp_path / "batched", per_sale=False)
    reference = _build(tmp_path / "per-sale", per_sale=True)
    ours, theirs = _tables(batched), _tables(reference)
    assert sorted(ours) == sorted(theirs)
    assert len(ours["sales_documents"]) > 80 and len(ours["journal_lines"]) > 500
    differing = {
        name: (set(ours[name]) - set(theirs[name]), set(theirs[name]) - set(ours[name]))
        for name in ours
        if ours[name] != theirs[name]
    }
    assert differing == {}
    branch = open_branch(batched.parent)
    try:
        accountant = log_in(branch.deps, "leila", "demo")
        assert trial_balance(branch.deps, accountant).balanced
        with branch.replica.read() as conn:
            series = conn.exec_driver_sql("SELECT DISTINCT series FROM sales_documents")
            names = [s for (s,) in series]
            unbalanced_stock = conn.exec_driver_sql(
                "SELECT count(*) FROM stock_levels l WHERE l.quantity_milli != (SELECT "
                "coalesce(sum(quantity_milli), 0) FROM stock_movements m WHERE "
                "m.product_id = l.product_id AND m.warehouse_id = l.warehouse_id)"
            ).scalar()
        assert unbalanced_stock == 0 and len(names) == 2
        for s in names:
            assert check_register_series(branch.deps, accountant, s).intact
    finally:
        branch.close()
