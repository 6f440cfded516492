"""What the per-row insert triggers keep, written for a batch as sets (issue 19).

A batch of rows (a demo day's sales, their journal lines, their stock movements) fires, row
by row, an audit row and the upsert of the summaries kept from it (the ledger's day totals
per journal line, the sales per product and day per sale movement: what the trial balance
and the reorder suggestions read). Inside :func:`kept_as_sets` those insert triggers of the
named tables are lifted, as ``bulk_load`` lifts its own for a part; when the block ends,
each lifted trigger's rows are written with one ``INSERT ... SELECT`` over the rows the
block inserted (by rowid: the replica never deletes them), and the triggers laid again
exactly as they were. SQLite's DDL is transactional: a block cut midway by a rollback
leaves the tables, their triggers and the audit log as they were before it.

Only a trigger whose text is the one its set-wise statement replaces is lifted (an audit
trigger as ``ddl`` writes it for the table's columns today, a summary trigger as its
migration laid it); any other trigger of the table (the refusals, the receivable dues of a
sale on account) stays and fires per row as before. The audit rows keep the order the
triggers give them when the block writes each table once, in the order named.
``tests/desktop/test_demo_sets.py`` builds a demo replica both ways and finds the audit log,
the day totals and the day sales equal row by row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection

from erp_desktop.storage.ddl import NOT_AUDITED, audit_triggers

# trigger -> (the table it is on, its text as the migration laid it, the same rows as a set
# over the rows inserted after a rowid)
SUMMARIES: dict[str, tuple[str, str, str]] = {
    "ledger_day_totals_insert": (
        "journal_lines",
        "CREATE TRIGGER ledger_day_totals_insert AFTER INSERT ON journal_lines BEGIN "
        "INSERT INTO ledger_day_totals "
        "SELECT e.entry_date, NEW.account_code, coalesce(NEW.role, ''), "
        "coalesce(NEW.vat_rate, ''), "
        "CASE WHEN NEW.side = 'debit' THEN NEW.amount_minor ELSE 0 END, "
        "CASE WHEN NEW.side = 'credit' THEN NEW.amount_minor ELSE 0 END "
        "FROM journal_entries e WHERE e.id = NEW.entry_id "
        "ON CONFLICT (entry_date, account_code, role, vat_rate) DO UPDATE SET "
        "debit_minor = debit_minor + excluded.debit_minor, "
        "credit_minor = credit_minor + excluded.credit_minor; END",
        "INSERT INTO ledger_day_totals "
        "SELECT e.entry_date, n.account_code, coalesce(n.role, ''), coalesce(n.vat_rate, ''), "
        "sum(CASE WHEN n.side = 'debit' THEN n.amount_minor ELSE 0 END), "
        "sum(CASE WHEN n.side = 'credit' THEN n.amount_minor ELSE 0 END) "
        "FROM journal_lines n JOIN journal_entries e ON e.id = n.entry_id "
        "WHERE n.rowid > ? GROUP BY 1, 2, 3, 4 "
        "ON CONFLICT (entry_date, account_code, role, vat_rate) DO UPDATE SET "
        "debit_minor = debit_minor + excluded.debit_minor, "
        "credit_minor = credit_minor + excluded.credit_minor",
    ),
    "product_day_sales_insert": (
        "stock_movements",
        "CREATE TRIGGER product_day_sales_insert AFTER INSERT ON stock_movements "
        "WHEN NEW.kind = 'sale' BEGIN "
        "INSERT INTO product_day_sales VALUES (NEW.warehouse_id, substr(NEW.occurred_at, 1, 10), "
        "NEW.product_id, -NEW.quantity_milli) ON CONFLICT (warehouse_id, day, product_id) "
        "DO UPDATE SET sold_milli = sold_milli + excluded.sold_milli; END",
        "INSERT INTO product_day_sales "
        "SELECT n.warehouse_id, substr(n.occurred_at, 1, 10), n.product_id, "
        "-sum(n.quantity_milli) FROM stock_movements n WHERE n.rowid > ? AND n.kind = 'sale' "
        "GROUP BY 1, 2, 3 ON CONFLICT (warehouse_id, day, product_id) "
        "DO UPDATE SET sold_milli = sold_milli + excluded.sold_milli",
    ),
}


@dataclass(frozen=True)
class _Lifted:
    name: str
    trigger: str  # its CREATE TRIGGER, laid again at the end
    rows: str  # its rows for the block, one statement with the rowid mark as parameter
    since: int  # the table's last rowid when the block began


@contextmanager
def kept_as_sets(conn: Connection, tables: Sequence[str]) -> Iterator[None]:
    """Inside the block, the audit and summary insert triggers of ``tables`` are lifted; at
    its end their rows are written set-wise (table by table in the order of ``tables``) and
    the triggers laid again. Within the unit of work's transaction only."""
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    if not driver.in_transaction:
        driver.execute("BEGIN")
    lifted = [t for table in tables for t in _liftable(driver, table)]
    for t in lifted:
        driver.execute(f"DROP TRIGGER {t.name}")
    try:
        yield
    finally:
        # after a rollback the triggers are back already, and the rows gone with them
        if driver.in_transaction:
            for t in lifted:
                driver.execute(t.rows, (t.since,))
            for t in lifted:
                driver.execute(t.trigger)


def _liftable(driver: sqlite3.Connection, table: str) -> list[_Lifted]:
    """The insert triggers of ``table`` this module writes as sets, as they stand."""
    laid = dict(
        driver.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
            (table,),
        ).fetchall()
    )
    if not laid:
        return []
    (since,) = driver.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()
    found: list[_Lifted] = []
    audit = f"audit_{table}_insert"
    if table not in NOT_AUDITED and audit in laid:
        columns = [r[1] for r in driver.execute(f"PRAGMA table_info({table})")]
        trigger = audit_triggers(table, columns)[0]
        if laid[audit] == trigger:
            found.append(_Lifted(audit, trigger, audit_rows(table, trigger), since))
    for name, (on, trigger, rows) in SUMMARIES.items():
        if on == table and laid.get(name) == trigger:
            found.append(_Lifted(name, trigger, rows, since))
    return found


def audit_rows(table: str, trigger: str) -> str:
    """The audit trigger's own INSERT, its VALUES read from each row inserted after the
    mark, in their order: the same expressions, so the same audit row."""
    head, _, values = trigger.partition(" BEGIN ")
    insert, marker, row = values.removesuffix("; END").partition(" VALUES (")
    assert head.endswith(f"AFTER INSERT ON {table}") and marker and row.endswith(")")
    return (
        f"{insert} SELECT {row[:-1].replace('NEW.', 'n.')} "
        f"FROM {table} n WHERE n.rowid > ? ORDER BY n.rowid"
    )
