"""One value type per document kind, its fields declared once (kernel.documents.fields).

From a document alone: its totals, its posting (:func:`posting_of`), its wire payload
(:func:`payload`, :func:`document_from_payload`) and, for a sales document, its link in the
hash chain (:func:`chain_fields`, :func:`sale_hash`). The replica's storage, the wire
schema and the server's columns are derived from the same declarations.
"""

from erp_desktop.kernel.documents.fields import Field, Kind, fields_of, wire_schema
from erp_desktop.kernel.documents.posting import POSTING_RULES, posting_of
from erp_desktop.kernel.documents.sale import (
    SaleDocument,
    SaleLine,
    SalePayment,
    chain_fields,
    payments_of,
    sale_from_payload,
    sale_hash,
)
from erp_desktop.kernel.documents.stock import StockDocument, StockLine, stock_document_from_payload
from erp_desktop.kernel.documents.wire import (
    Document,
    chained,
    document_from_payload,
    entity_of,
    payload,
    seal,
)

__all__ = [
    "POSTING_RULES",
    "Document",
    "Field",
    "Kind",
    "SaleDocument",
    "SaleLine",
    "SalePayment",
    "StockDocument",
    "StockLine",
    "chain_fields",
    "chained",
    "document_from_payload",
    "entity_of",
    "fields_of",
    "payload",
    "payments_of",
    "posting_of",
    "sale_from_payload",
    "sale_hash",
    "seal",
    "stock_document_from_payload",
    "wire_schema",
]
