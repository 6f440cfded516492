"""A document's sync payload and the document a payload describes, both from its fields.

The payload is derived from the declared fields (kernel.documents.fields), so the wire
carries exactly what the declaration marks; kernel.protocol.payloads derives the schema
the server checks it against from the same declaration.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

from erp_desktop.kernel.documents.fields import to_payload
from erp_desktop.kernel.documents.sale import SaleDocument, sale_from_payload
from erp_desktop.kernel.documents.stock import StockDocument, stock_document_from_payload
from erp_desktop.kernel.errors import ValidationError

ENTITY_OF: dict[type, str] = {SaleDocument: "sale", StockDocument: "stock_document"}


def entity_of(document: SaleDocument | StockDocument) -> str:
    """The outbox entity a document travels as."""
    return ENTITY_OF[type(document)]


def payload(document: SaleDocument | StockDocument) -> dict[str, Any]:
    """The document's sync payload (JSON-ready; kernel.protocol's schema for its entity)."""
    return to_payload(document)


def document_from_payload(
    entity: str, value: Mapping[str, Any], branch_id: UUID
) -> SaleDocument | StockDocument:
    """The document a validated payload of ``entity`` describes, pushed by ``branch_id``."""
    if entity == "sale":
        return sale_from_payload(value, branch_id)
    if entity == "stock_document":
        return stock_document_from_payload(value, branch_id)
    raise ValidationError("protocol.unknown_entity", entity=entity)
