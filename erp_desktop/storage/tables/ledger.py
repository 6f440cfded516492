"""The local journal: accounts, fiscal periods, immutable entries and their lines."""

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, Table, Uuid

from erp_desktop.storage.tables.base import DecimalText, metadata, pk, stamps

accounts = Table(
    "accounts",
    metadata,
    pk(),
    Column("code", String(20), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("name_ar", String(200), nullable=False),
    Column("type", String(12), nullable=False),
    Column("role", String(30), nullable=True),
    *stamps(),
)

fiscal_periods = Table(
    "fiscal_periods",
    metadata,
    pk(),
    Column("code", String(7), nullable=False, unique=True),  # 2026-03
    Column("start_date", String(10), nullable=False),
    Column("end_date", String(10), nullable=False),
    Column("closed", Boolean, nullable=False),
    # closed by head office (the company's close, pulled): late work moves to the first open
    # day; a month the site closed on its own replica refuses its postings (0009)
    Column("closed_at_head_office", Boolean, nullable=False, default=False),
    *stamps(),
)

journal_entries = Table(
    "journal_entries",
    metadata,
    pk(),
    Column("entry_date", String(10), nullable=False),
    Column("journal", String(12), nullable=False),
    Column("source_type", String(30), nullable=False),
    Column("source_id", Uuid, nullable=False),
    Column("source_number", String(40), nullable=False),
    Column("branch_id", Uuid, nullable=True),
    Column("memo", String(300), nullable=False),
    Column("reversal_of", Uuid, ForeignKey("journal_entries.id"), nullable=True),
    *stamps(),
    Index("ix_entries_date", "entry_date"),
    Index("ix_entries_source", "source_type", "source_id"),
)

journal_lines = Table(
    "journal_lines",
    metadata,
    pk(),
    Column("entry_id", Uuid, ForeignKey("journal_entries.id"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("account_code", String(20), nullable=False),
    Column("role", String(30), nullable=True),
    Column("side", String(6), nullable=False),
    Column("amount_minor", Integer, nullable=False),  # company currency
    Column("currency", String(3), nullable=False),  # company currency
    Column("txn_amount_minor", Integer, nullable=False),
    Column("txn_currency", String(3), nullable=False),
    Column("rate", DecimalText, nullable=False),
    Column("partner_id", Uuid, nullable=True),
    Column("vat_rate", DecimalText, nullable=True),
    Column("memo", String(300), nullable=False),
    *stamps(),
    Index("ix_lines_account", "account_code"),
)

# The server posted one of this branch's entries on another day than the replica did (a
# late document dated in a month head office had closed: the first open day after it). The
# replica moves its own entry to the same day, and keeps here which entry moved, from which
# day to which: the only change ever made to a posted entry, and only through this row (0009).
posting_moves = Table(
    "posting_moves",
    metadata,
    pk(),
    Column("entry_id", Uuid, ForeignKey("journal_entries.id"), nullable=False, unique=True),
    Column("from_date", String(10), nullable=False),
    Column("to_date", String(10), nullable=False),
    Column("period", String(7), nullable=False),  # the closed month it left
    *stamps(),
)
