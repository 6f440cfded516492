"""SQL the tables alone cannot say: audit triggers, refusals of DELETE and of changes to
finalized documents and posted entries. Generated from the table definitions so a new
column is audited without anyone remembering to."""

from __future__ import annotations

from sqlalchemy import Table

from erp_desktop.storage.tables import metadata

# stock_levels is derived: every change to it comes from an audited stock movement.
NOT_AUDITED = {"outbox", "audit_log", "audit_actor", "sync_state", "stock_levels"}
NO_DELETE_EXEMPT = {"audit_actor", "sync_state"}
IMMUTABLE = {
    "stock_movements",
    "sales_lines",
    "sales_payments",
    "journal_entries",
    "journal_lines",
    "stock_document_lines",
    "global_invoices",
}
_NOW = "strftime('%Y-%m-%dT%H:%M:%S','now') || '.' || substr(strftime('%f','now'), 4) || '000Z'"


def _json(table: Table, alias: str) -> str:
    pairs = ", ".join(f"'{c.name}', {alias}.{c.name}" for c in table.columns)
    return f"json_object({pairs})"


def audit_triggers(table: Table) -> list[str]:
    """Who inserted or updated which row, when, and the row before and after.

    Rows of immutable tables (movements, posted lines) are their own record of what was
    inserted: their audit row names the actor and time and does not copy the row.
    """
    name = table.name
    actor = "(SELECT user_id FROM audit_actor WHERE slot = 1)"
    cols = "table_name, row_id, operation, actor_id, at, before, after"
    after = "NULL" if name in IMMUTABLE else _json(table, "NEW")
    return [
        f"CREATE TRIGGER audit_{name}_insert AFTER INSERT ON {name} BEGIN "
        f"INSERT INTO audit_log ({cols}) VALUES ('{name}', NEW.id, 'insert', {actor}, {_NOW}, "
        f"NULL, {after}); END",
        f"CREATE TRIGGER audit_{name}_update AFTER UPDATE ON {name} BEGIN "
        f"INSERT INTO audit_log ({cols}) VALUES ('{name}', NEW.id, 'update', {actor}, {_NOW}, "
        f"{_json(table, 'OLD')}, {_json(table, 'NEW')}); END",
    ]


def refusal_triggers(table: Table) -> list[str]:
    name = table.name
    sql = [
        f"CREATE TRIGGER refuse_delete_{name} BEFORE DELETE ON {name} BEGIN "
        "SELECT RAISE(ABORT, 'storage.delete_refused'); END"
    ]
    if name in IMMUTABLE:
        sql.append(
            f"CREATE TRIGGER refuse_update_{name} BEFORE UPDATE ON {name} BEGIN "
            "SELECT RAISE(ABORT, 'storage.immutable'); END"
        )
    if name == "sales_documents":
        changed = " OR ".join(
            f"NEW.{c.name} IS NOT OLD.{c.name}"
            for c in table.columns
            if c.name not in ("status", "updated_at")
        )
        sql.append(
            "CREATE TRIGGER refuse_update_final_sales BEFORE UPDATE ON sales_documents "
            f"WHEN OLD.status <> 'draft' AND ({changed} OR "
            "(NEW.status IS NOT OLD.status AND NOT (OLD.status = 'final' AND NEW.status = 'cancelled'))) "
            "BEGIN SELECT RAISE(ABORT, 'storage.immutable'); END"
        )
    if name == "stock_documents":
        sql.append(
            "CREATE TRIGGER refuse_update_final_stock_documents BEFORE UPDATE ON stock_documents "
            "WHEN OLD.status IN ('final', 'received') "
            "BEGIN SELECT RAISE(ABORT, 'storage.immutable'); END"
        )
    return sql


def all_trigger_sql() -> list[str]:
    statements: list[str] = []
    for table in metadata.sorted_tables:
        if table.name not in NOT_AUDITED:
            statements += audit_triggers(table)
        if table.name not in NO_DELETE_EXEMPT:
            statements += refusal_triggers(table)
    return statements
