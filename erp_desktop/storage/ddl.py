"""SQL the tables alone cannot say: audit triggers, refusals of DELETE and of changes to
finalized documents and posted entries. Generated from the replica's own columns, and laid
again after every upgrade (``refresh_triggers``, called by ``upgrade_replica``), so a column
a migration adds is audited, and frozen on a finalized sale, without anyone remembering to.

Which tables are audited, exempt from the refusal of DELETE or immutable is said here once.
A table the migrations create that is neither listed nor in ``storage.tables`` is left alone
(the derived totals and the search index)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection

from erp_desktop.storage.tables import metadata

# stock_levels is derived: every change to it comes from an audited stock movement.
NOT_AUDITED = {
    "outbox",
    "audit_log",
    "audit_actor",
    "sync_state",
    "stock_levels",
    "product_images",  # a BLOB has no JSON form; the server audits each picture
}
NO_DELETE_EXEMPT = {"audit_actor", "sync_state"}
IMMUTABLE = {
    "stock_movements",
    "sales_lines",
    "sales_payments",
    "journal_entries",
    "journal_lines",
    "stock_document_lines",
    "global_invoices",
    "business_lines",
    "business_due_lines",
    "customer_payments",
    "payment_allocations",
    "instrument_events",
    # purchasing (issue 14): what was received, invoiced and paid is never rewritten
    "purchase_receipts",
    "purchase_receipt_lines",
    "supplier_invoice_lines",
    "supplier_invoice_dues",
    "supplier_payments",
    "supplier_payment_allocations",
    "supplier_returns",  # a debit note, as sent back
    "supplier_return_lines",
    "contract_terms",  # a raise is a new row from a date, never an overwrite
    "employee_family",
    "payroll_runs",
    "payslips",
    "loyalty_movements",
    "consent_events",
    "customer_merges",
    "customer_documents",
    "bulk_loads",  # client helper (issue 19): what a bulk load wrote, once
}
# The columns a finalized sales document may still change (its cancellation).
SALE_STATUS_COLUMNS = ("status", "updated_at")
_NOW = "strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z'"


def _json(columns: Sequence[str], alias: str) -> str:
    pairs = ", ".join(f"'{c}', {alias}.{c}" for c in columns)
    return f"json_object({pairs})"


def audit_triggers(name: str, columns: Sequence[str]) -> list[str]:
    """Who inserted or updated which row, when, and the row before and after.

    Rows of immutable tables (movements, posted lines) are their own record of what was
    inserted: their audit row names the actor and time and does not copy the row.
    """
    actor = "(SELECT user_id FROM audit_actor WHERE slot = 1)"
    cols = "table_name, row_id, operation, actor_id, at, before, after"
    after = "NULL" if name in IMMUTABLE else _json(columns, "NEW")
    return [
        f"CREATE TRIGGER audit_{name}_insert AFTER INSERT ON {name} BEGIN "
        f"INSERT INTO audit_log ({cols}) VALUES ('{name}', NEW.id, 'insert', {actor}, {_NOW}, "
        f"NULL, {after}); END",
        f"CREATE TRIGGER audit_{name}_update AFTER UPDATE ON {name} BEGIN "
        f"INSERT INTO audit_log ({cols}) VALUES ('{name}', NEW.id, 'update', {actor}, {_NOW}, "
        f"{_json(columns, 'OLD')}, {_json(columns, 'NEW')}); END",
    ]


def _moved(name: str, columns: Sequence[str]) -> str:
    """A posted entry changes once at most: its day, to the one the server posted it on
    (a late document dated in a month head office closed), and only with the
    ``posting_moves`` row that says so (``storage.remote``). Nothing else of it, ever."""
    if name != "journal_entries":
        return ""
    changed = " OR ".join(
        f"NEW.{c} IS NOT OLD.{c}" for c in columns if c not in ("entry_date", "updated_at")
    )
    return (
        f" WHEN {changed} OR NOT EXISTS (SELECT 1 FROM posting_moves m WHERE m.entry_id = NEW.id "
        "AND m.from_date = OLD.entry_date AND m.to_date = NEW.entry_date)"
    )


def refusal_triggers(name: str, columns: Sequence[str]) -> list[str]:
    sql = [
        f"CREATE TRIGGER refuse_delete_{name} BEFORE DELETE ON {name} BEGIN "
        "SELECT RAISE(ABORT, 'storage.delete_refused'); END"
    ]
    if name in IMMUTABLE:
        sql.append(
            f"CREATE TRIGGER refuse_update_{name} BEFORE UPDATE ON {name}{_moved(name, columns)} "
            "BEGIN SELECT RAISE(ABORT, 'storage.immutable'); END"
        )
    if name == "sales_documents":
        changed = " OR ".join(
            f"NEW.{c} IS NOT OLD.{c}" for c in columns if c not in SALE_STATUS_COLUMNS
        )
        sql.append(
            "CREATE TRIGGER refuse_update_final_sales BEFORE UPDATE ON sales_documents "
            f"WHEN OLD.status <> 'draft' AND ({changed} OR "
            "(NEW.status IS NOT OLD.status AND NOT (OLD.status = 'final' AND NEW.status = 'cancelled'))) "
            "BEGIN SELECT RAISE(ABORT, 'storage.immutable'); END"
        )
    if name == "business_documents":  # final, then at most cancelled (by its reversal)
        changed = " OR ".join(
            f"NEW.{c} IS NOT OLD.{c}"
            for c in columns
            if c not in (*SALE_STATUS_COLUMNS, "cancelled_at")
        )
        sql.append(
            "CREATE TRIGGER refuse_update_final_business BEFORE UPDATE ON business_documents "
            f"WHEN {changed} OR (NEW.status IS NOT OLD.status "
            "AND NOT (OLD.status = 'final' AND NEW.status = 'cancelled')) "
            "BEGIN SELECT RAISE(ABORT, 'storage.immutable'); END"
        )
    if name == "stock_documents":
        sql.append(
            "CREATE TRIGGER refuse_update_final_stock_documents BEFORE UPDATE ON stock_documents "
            "WHEN OLD.status IN ('final', 'received') "
            "BEGIN SELECT RAISE(ABORT, 'storage.immutable'); END"
        )
    return sql


def table_triggers(name: str, columns: Sequence[str]) -> list[str]:
    """Every trigger ``name`` should carry, given the columns it has."""
    statements: list[str] = []
    if name not in NOT_AUDITED:
        statements += audit_triggers(name, columns)
    if name not in NO_DELETE_EXEMPT:
        statements += refusal_triggers(name, columns)
    return statements


def _trigger_name(statement: str) -> str:
    return statement.split()[2]  # CREATE TRIGGER <name> ...


def refresh_triggers(conn: Connection) -> list[str]:
    """Lays again every trigger that does not say what the replica's tables now hold (a
    column added since it was written, or a table without its triggers); returns the names
    of the triggers it rebuilt, an empty list on a replica already in order."""
    present = {
        name: sql
        for name, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        )
    }
    tables = {
        name
        for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    rebuilt: list[str] = []
    for table in metadata.sorted_tables:
        if table.name not in tables:
            continue  # a revision older than the table
        columns = [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table.name})")]
        for statement in table_triggers(table.name, columns):
            name = _trigger_name(statement)
            if present.get(name) == statement:
                continue
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            conn.exec_driver_sql(statement)
            rebuilt.append(name)
    return rebuilt
