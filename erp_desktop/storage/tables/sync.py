"""The sync outbox (written in the same transaction as the change), sync state, rejected
changes, and the audit log with the acting user of the current transaction."""

from sqlalchemy import Column, Index, Integer, String, Table, Text, Uuid

from erp_desktop.storage.tables.base import Json, UtcDateTime, metadata, pk, stamps

outbox = Table(
    "outbox",
    metadata,
    pk(),
    Column("seq", Integer, nullable=False, unique=True),  # local order of changes
    Column("entity", String(30), nullable=False),
    Column("operation", String(10), nullable=False),
    Column("entity_id", Uuid, nullable=False),
    Column("payload", Json, nullable=False),
    Column("hlc", String(60), nullable=False),
    Column("actor_id", Uuid, nullable=True),
    Column("state", String(10), nullable=False),  # pending, sent, rejected
    Column("attempts", Integer, nullable=False),
    Column("error_code", String(80), nullable=True),
    Column("error_params", Json, nullable=True),
    *stamps(),
    Index("ix_outbox_state_seq", "state", "seq"),
)

sync_state = Table(
    "sync_state",
    metadata,
    Column("key", String(60), primary_key=True),
    Column("value", Text, nullable=False),
)

audit_actor = Table(
    "audit_actor",
    metadata,
    Column("slot", Integer, primary_key=True),
    Column("user_id", String(36), nullable=True),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("table_name", String(40), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("operation", String(6), nullable=False),
    Column("actor_id", String(36), nullable=True),
    Column("at", UtcDateTime, nullable=False),
    Column("before", Text, nullable=True),
    Column("after", Text, nullable=True),
)

# Rows loaded in bulk (a new branch's bootstrap from the server's snapshot, issue 19): their
# per-row audit and search triggers are lifted for the load, and this row, audited by its
# own trigger and immutable, records the batch instead (which table, how many rows, the
# first and last id, and the digest of the server's part they came from).
bulk_loads = Table(
    "bulk_loads",
    metadata,
    pk(),
    Column("table_name", String(40), nullable=False),
    Column("rows", Integer, nullable=False),
    Column("first_row_id", String(36), nullable=False),
    Column("last_row_id", String(36), nullable=False),
    Column("source", String(200), nullable=False),  # snapshot <position> part <n>
    Column("digest", String(64), nullable=False),  # sha256 of the part as the server sent it
    *stamps(),
)
