"""The replica's tables (SQLAlchemy Core), one file per module.

Rules (ARCHITECTURE section 3): UUIDv7 primary keys born where the row is born,
created_at/updated_at/deleted_at on every row (soft delete only), money as integer minor
units beside its currency, quantities as integer thousandths (``*_milli``) so that levels
sum exactly in SQL, rates and costs as decimal text, timestamps as UTC ISO 8601 text.
"""

from erp_desktop.storage.tables import (  # noqa: F401
    business,
    catalog,
    crm,
    hr,
    invoicing,
    ledger,
    org,
    payroll,
    purchasing,
    reactions,
    receivables,
    sales,
    stock,
    sync,
)
from erp_desktop.storage.tables.base import metadata

BUSINESS_TABLES = [
    t.name
    for t in metadata.sorted_tables
    if t.name not in ("audit_log", "audit_actor", "sync_state")
]

__all__ = ["BUSINESS_TABLES", "metadata"]
