"""Applying the documents of sales to businesses pulled from the server (see
``storage.remote``): every site gets every business document, whichever site issued it (a
customer's open invoices are the company's to see); what follows one is written by its own
site only (app.business.documents.check_own_final refuses it elsewhere)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Connection

from erp_desktop.app.changes import Changed, Changes
from erp_desktop.kernel.documents.business import business_from_payload
from erp_desktop.storage.repositories.business import BusinessRepository

Applier = Callable[[Connection, Mapping[str, Any], datetime], None]


def _business_document(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """A business document as the server keeps it, from whichever site issued it: written
    once (this site's own comes back unchanged), and cancelled when it was cancelled there."""
    document = business_from_payload(p, UUID(str(p["branch_id"])))
    repository = BusinessRepository(conn)
    kept = repository.business_document(document.id)
    if kept is None:
        repository.insert_business_document(document, now)
    elif kept.status == "final" and document.status == "cancelled":
        repository.cancel_business_document(document.id, document.cancelled_at or now)


BUSINESS_APPLIERS: dict[str, Applier] = {"business_document": _business_document}
BUSINESS_CHANGES: dict[str, Changes] = {"business_document": frozenset({Changed.SALES})}
