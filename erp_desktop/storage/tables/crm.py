"""CRM's own rows on the replica: the loyalty ledger (every site's point movements, pulled
from the server so that any till knows a customer's balance offline), the customers'
profiles and their consent events.

A movement is never changed once written (the ledger is append-only, like stock movements):
a correction is another movement. Its columns are derived from the kernel's declaration
(``kernel.crm.loyalty.PointMovement``). No foreign key to ``customers``: a movement made at
another branch may come down before the customer it names.
"""

from sqlalchemy import Column, Index, Integer, String, Table, Uuid

from erp_desktop.kernel.crm.loyalty import PointMovement
from erp_desktop.storage.tables.base import Json, UtcDateTime, metadata, pk, stamps
from erp_desktop.storage.tables.declared import declared_columns

loyalty_movements = Table(
    "loyalty_movements",
    metadata,
    pk(),
    *declared_columns(PointMovement),
    *stamps(),
    # covering: a customer's movements are read whole for the replay (replica 0019)
    Index(
        "ix_loyalty_movements_customer_cover",
        "customer_id",
        "at",
        "id",
        "kind",
        "points",
        "site",
        "source_id",
        "lot_month",
        "lot_id",
    ),
)

# A customer's CRM profile (same id as the customer; kernel.crm.profile_record): each field
# JSON, merged field by field by clock like the customer's own fields.
customer_profiles = Table(
    "customer_profiles",
    metadata,
    pk(),
    Column("kind", String(20), nullable=False),
    Column("language", String(2), nullable=False),
    Column("phones", Json, nullable=False),
    Column("emails", Json, nullable=False),
    Column("addresses", Json, nullable=False),
    Column("tags", Json, nullable=False),
    Column("segments", Json, nullable=False),
    Column("custom", Json, nullable=False),
    Column("field_clocks", Json, nullable=False),
    *stamps(),
)

# Consent to be contacted, per channel: dated events, never overwritten (the latest decides).
consent_events = Table(
    "consent_events",
    metadata,
    pk(),
    Column("customer_id", Uuid, nullable=False),
    Column("channel", String(20), nullable=False),
    Column("decision", String(10), nullable=False),  # given | withdrawn
    Column("at", UtcDateTime, nullable=False),
    Column("source", String(100), nullable=False),
    Column("site", String(20), nullable=False),
    *stamps(),
    Index("ix_consent_events_customer", "customer_id", "at"),
)

# Calls, visits, messages, complaints and notes (kernel.crm.interactions), logged anywhere;
# the fields edited later (status, follow-up, owner, text) merge by clock.
interactions = Table(
    "interactions",
    metadata,
    pk(),
    Column("customer_id", Uuid, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("site", String(20), nullable=False),
    Column("owner", String(100), nullable=False),
    Column("text", String(2000), nullable=False),
    Column("follow_up_on", String(10), nullable=True),
    Column("status", String(20), nullable=True),
    Column("field_clocks", Json, nullable=False),
    *stamps(),
    Index("ix_interactions_customer", "customer_id", "at"),
    Index("ix_interactions_follow_up", "follow_up_on"),
)

# The pipeline's opportunities (kernel.crm.interactions.Opportunity); every field but the
# customer merges by clock.
opportunities = Table(
    "opportunities",
    metadata,
    pk(),
    Column("customer_id", Uuid, nullable=False),
    Column("title", String(200), nullable=False),
    Column("owner", String(100), nullable=False),
    Column("stage", String(20), nullable=False),
    Column("expected_minor", Integer, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("expected_on", String(10), nullable=False),
    Column("next_activity", String(300), nullable=False),
    Column("next_activity_on", String(10), nullable=True),
    Column("lines", Json, nullable=False),
    Column("quote_id", Uuid, nullable=True),
    Column("field_clocks", Json, nullable=False),
    *stamps(),
    Index("ix_opportunities_customer", "customer_id"),
    Index("ix_opportunities_stage", "stage"),
)

# Duplicates merged at head office (pulled by every site): the merged customer's history
# follows the kept one wherever it is read.
customer_merges = Table(
    "customer_merges",
    metadata,
    pk(),
    Column("merged_id", Uuid, nullable=False, unique=True),
    Column("kept_id", Uuid, nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("decided_by", Uuid, nullable=True),
    Column("reason", String(300), nullable=False),
    *stamps(),
    Index("ix_customer_merges_kept", "kept_id"),
)

# What the documents said about a customer (kernel.crm.history), heard on the event bus at
# the site that made them and synced to every site through the server: sales, returns,
# invoices, payments, each once. The timeline, the summary and the open balance are read
# from here, never from another module's tables. ``due_minor`` is what the document left
# owing (a sale on credit, an invoice); a payment names the document it settles.
customer_documents = Table(
    "customer_documents",
    metadata,
    pk(),
    Column("customer_id", Uuid, nullable=False),
    Column("kind", String(20), nullable=False),  # sale | return | invoice | payment
    Column("number", String(40), nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("site", String(20), nullable=False),
    Column("amount_minor", Integer, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("due_minor", Integer, nullable=False),
    Column("applies_to", Uuid, nullable=True),
    *stamps(),
    Index("ix_customer_documents_customer", "customer_id", "at"),
    # covering the profile's summary aggregates (history.summary_of, replica 0019)
    Index(
        "ix_customer_documents_summary",
        "customer_id",
        "kind",
        "currency",
        "at",
        "id",
        "site",
        "amount_minor",
        "due_minor",
    ),
)
