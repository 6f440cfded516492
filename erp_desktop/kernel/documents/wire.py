"""A document's sync payload and the document a payload describes, and its seal.

The payload is derived from the declared fields (kernel.documents.fields), so the wire
carries exactly what the declaration marks; kernel.protocol.payloads derives the schema
the server checks it against from the same declaration. Tunisia's global invoice keeps
its own payload (kernel.invoicing.global_invoice) but travels the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from erp_desktop.kernel.documents import business as bd
from erp_desktop.kernel.documents import purchase as pd
from erp_desktop.kernel.documents.fields import to_payload
from erp_desktop.kernel.documents.replaced import replaced
from erp_desktop.kernel.documents.sale import SaleDocument, sale_from_payload, sale_hash
from erp_desktop.kernel.documents.stock import StockDocument, stock_document_from_payload
from erp_desktop.kernel.documents.supplier_return import SupplierReturn, return_from_payload
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.invoicing import global_invoice as gi
from erp_desktop.kernel.payroll import run as pr
from erp_desktop.kernel.payroll import run_wire as prw

Document = (
    SaleDocument
    | StockDocument
    | gi.GlobalInvoice
    | bd.BusinessDocuments
    | pd.PurchaseDocuments
    | SupplierReturn
    | pr.PayrollRun
)
D = TypeVar(
    "D",
    SaleDocument,
    StockDocument,
    gi.GlobalInvoice,
    bd.BusinessDocument,
    bd.CustomerPayment,  # payments and instrument events are not chained either
    bd.InstrumentEvent,
    pd.PurchaseOrder,  # purchase documents are not chained: seal leaves them as they are
    pd.PurchaseReceipt,
    pd.SupplierInvoice,
    pd.SupplierPayment,
    SupplierReturn,
    pr.PayrollRun,
)

ENTITY_OF: dict[type, str] = {
    SaleDocument: "sale",
    StockDocument: "stock_document",
    gi.GlobalInvoice: "global_invoice",
}
ENTITY_OF.update(bd.BUSINESS_ENTITIES)
ENTITY_OF.update(pd.PURCHASE_ENTITIES)  # orders to supplier payments (issue 14)
ENTITY_OF[pr.PayrollRun] = "payroll_run"
ENTITY_OF[SupplierReturn] = "supplier_return"  # a debit note (issue 14)


def entity_of(document: Document) -> str:
    """The outbox entity a document travels as."""
    return ENTITY_OF[type(document)]


def payload(document: Document) -> dict[str, Any]:
    """The document's sync payload (JSON-ready; kernel.protocol's schema for its entity)."""
    if isinstance(document, gi.GlobalInvoice):
        return gi.payload_of(document)
    if isinstance(document, pr.PayrollRun):
        return prw.run_payload(document)
    return to_payload(document)


def document_from_payload(entity: str, value: Mapping[str, Any], branch_id: UUID) -> Document:
    """The document a validated payload of ``entity`` describes, pushed by ``branch_id``."""
    if entity == "sale":
        return sale_from_payload(value, branch_id)
    if entity == "stock_document":
        return stock_document_from_payload(value, branch_id)
    if entity == "global_invoice":
        return gi.from_payload(value)
    if entity == "payroll_run":
        return prw.run_from_payload(value, branch_id)
    if entity in bd.BUSINESS_FROM_PAYLOAD:
        return bd.BUSINESS_FROM_PAYLOAD[entity](value, branch_id)
    if entity == "supplier_return":
        return return_from_payload(value, branch_id)
    if entity in pd.PURCHASE_FROM_PAYLOAD:
        return pd.PURCHASE_FROM_PAYLOAD[entity](value, branch_id)
    raise ValidationError("protocol.unknown_entity", entity=entity)


def chained(document: Document) -> bool:
    """Whether the document is hash-chained in its number series."""
    return isinstance(document, SaleDocument | gi.GlobalInvoice)


def seal(document: D) -> D:
    """The document with its link in its series' hash chain (unchanged if not chained)."""
    if isinstance(document, SaleDocument):
        return replaced(document, hash=sale_hash(document))
    if isinstance(document, gi.GlobalInvoice):
        return gi.seal(document)
    return document
