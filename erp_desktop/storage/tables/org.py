"""The company, its branches, registers, warehouses, users and roles, and settings."""

from sqlalchemy import Boolean, Column, ForeignKey, Integer, String, Table, UniqueConstraint, Uuid

from erp_desktop.storage.tables.base import Json, UtcDateTime, metadata, pk, stamps

company = Table(
    "company",
    metadata,
    pk(),
    Column("name", String(200), nullable=False),
    Column("name_ar", String(200), nullable=False),
    Column("country", String(2), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("legal_ids", Json, nullable=False),  # RC, NIF, NIS, AI / ICE, IF, ... per country
    Column("metadata", Json, nullable=False),
    *stamps(),
    # What an invoice must say of its seller (décret exécutif 05-468 art. 3): migration 0008.
    Column("legal_form", String(40), nullable=False, server_default=""),  # SARL, SPA, SA...
    Column("legal_form_ar", String(40), nullable=False, server_default=""),
    Column("capital_minor", Integer, nullable=True),  # share capital, company currency
    Column("activity", String(200), nullable=False, server_default=""),
    Column("activity_ar", String(200), nullable=False, server_default=""),
    Column("address", String(300), nullable=False, server_default=""),
    Column("address_ar", String(300), nullable=False, server_default=""),
    Column("phone", String(40), nullable=False, server_default=""),
)

branches = Table(
    "branches",
    metadata,
    pk(),
    Column("code", String(10), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("name_ar", String(200), nullable=False),
    Column("is_local", Boolean, nullable=False),  # the branch this replica belongs to
    Column("kind", String(12), nullable=False, default="branch"),  # or head_office (0009)
    *stamps(),
)

registers = Table(
    "registers",
    metadata,
    pk(),
    Column("branch_id", Uuid, ForeignKey("branches.id"), nullable=False),
    Column("code", String(6), nullable=False),
    Column("name", String(100), nullable=False),
    Column("cash_step_minor", Integer, nullable=False),  # smallest coin the till gives back
    *stamps(),
    UniqueConstraint("branch_id", "code"),
)

warehouses = Table(
    "warehouses",
    metadata,
    pk(),
    Column("branch_id", Uuid, ForeignKey("branches.id"), nullable=False),
    Column("code", String(20), nullable=False),
    Column("name", String(200), nullable=False),
    Column("name_ar", String(200), nullable=False),
    *stamps(),
)

users = Table(
    "users",
    metadata,
    pk(),
    Column("username", String(60), nullable=False, unique=True),
    Column("full_name", String(200), nullable=False),
    Column("password_hash", String(200), nullable=False),
    Column("pin_hash", String(200), nullable=True),
    Column("branch_id", Uuid, ForeignKey("branches.id"), nullable=True),
    Column("language", String(2), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("failed_attempts", Integer, nullable=False),
    Column("locked_until", UtcDateTime, nullable=True),
    *stamps(),
)

user_roles = Table(
    "user_roles",
    metadata,
    pk(),
    Column("user_id", Uuid, ForeignKey("users.id"), nullable=False),
    Column("role", String(30), nullable=False),
    *stamps(),
    UniqueConstraint("user_id", "role"),
)

settings = Table(
    "settings",
    metadata,
    pk(),
    Column("key", String(100), nullable=False, unique=True),
    Column("value", Json, nullable=False),
    *stamps(),
)
