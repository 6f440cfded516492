"""What a write changed, so open views know what to refresh (one signal, a set of flags)."""

from __future__ import annotations

from enum import StrEnum


class Changed(StrEnum):
    SALES = "sales"
    STOCK = "stock"
    CASH_SESSION = "cash_session"
    JOURNAL = "journal"
    CUSTOMERS = "customers"
    CATALOG = "catalog"
    OUTBOX = "outbox"
    USERS = "users"


Changes = frozenset[Changed]
