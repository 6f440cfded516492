"""One finalize step for every numbered, chained, posted document.

Checkout, returns, stock documents, Tunisia's global invoice, the documents of sales to
businesses (quotes to credit notes) and the demo generator all end
a document the same way, written once here: number it in its series, seal it into its
series' hash chain (sales documents and global invoices), insert it, post its journal entry,
queue its payload for the server. What differs by kind (the series, the table) is the
document's filing (app/documents/filing.py, listed in filings.py). The entry is posted from the very payload queued,
rebuilt into the document the server will rebuild and posted through the same
``posting_of`` (kernel.documents), so the replica and the server cannot disagree.

Where each step writes is a :class:`FinalizeSteps`: a use case's transaction
(:class:`InTransaction`), or the demo generator's day written in bulk.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Protocol, TypeVar
from uuid import UUID

from erp_desktop.app.bridge import post_entry
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.filings import filing_of
from erp_desktop.app.ports import UnitOfWork
from erp_desktop.app.records import RegisterInfo
from erp_desktop.kernel.documents import (
    SaleDocument,
    StockDocument,
    chained,
    document_from_payload,
    entity_of,
    payload,
    posting_of,
    seal,
)
from erp_desktop.kernel.documents.business import (
    BusinessDocument,
    CustomerPayment,
    InstrumentEvent,
)
from erp_desktop.kernel.documents.purchase import (
    PurchaseDocuments,
    PurchaseOrder,
    PurchaseReceipt,
    SupplierInvoice,
    SupplierPayment,
)
from erp_desktop.kernel.documents.supplier_return import SupplierReturn
from erp_desktop.kernel.invoicing.global_invoice import GlobalInvoice
from erp_desktop.kernel.ledger.accounts import Chart
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.payroll.run import PayrollRun
from erp_desktop.kernel.protocol.payloads import validate_payload

Document = TypeVar(
    "Document",
    SaleDocument,
    StockDocument,
    GlobalInvoice,
    BusinessDocument,
    CustomerPayment,
    InstrumentEvent,
    PurchaseOrder,
    PurchaseReceipt,
    SupplierInvoice,
    SupplierPayment,
    SupplierReturn,
    PayrollRun,
)
AnyDocument = (
    SaleDocument
    | StockDocument
    | GlobalInvoice
    | BusinessDocument
    | CustomerPayment
    | InstrumentEvent
    | PurchaseDocuments
    | SupplierReturn
    | PayrollRun
)


class FinalizeSteps(Protocol):
    """Where a finalized document is written."""

    @property
    def queues(self) -> bool:
        """Whether the document goes to the outbox (a demo replica is not enrolled)."""
        ...

    def number(self, document: Document) -> Document:
        """The document with its number (and, for a chained one, its series' last hash)."""
        ...

    def sealed(self, document: AnyDocument) -> None:
        """Moves the document's series on to it (its hash is its series' last)."""
        ...

    def insert(self, document: AnyDocument) -> None: ...
    def post(self, entry: JournalEntry | None) -> None: ...
    def queue(self, entity: str, entity_id: UUID, wire: dict[str, Any]) -> None: ...


def finalize(
    steps: FinalizeSteps,
    document: Document,
    chart: Chart,
    *,
    sent: StockDocument | None = None,
) -> tuple[Document, JournalEntry | None]:
    """Numbers, seals, inserts, posts and queues ``document``; returns it as finalized, with
    its entry. A transfer in needs ``sent``, the transfer out it receives."""
    document = steps.number(document)
    if chained(document):
        document = seal(document)
        steps.sealed(document)
    steps.insert(document)
    entity = entity_of(document)
    if steps.queues:
        wire = validate_payload(entity, payload(document))
        rebuilt = document_from_payload(entity, wire, document.branch_id)
        if isinstance(document, InstrumentEvent) and isinstance(rebuilt, InstrumentEvent):
            rebuilt = replace(rebuilt, payment=document.payment)  # loaded beside it
        entry = posting_of(rebuilt, chart, sent=sent)
    else:
        wire, entry = {}, posting_of(document, chart, sent=sent)
    steps.post(entry)
    if steps.queues:
        steps.queue(entity, document.id, wire)
    return document, entry


@dataclass(frozen=True, slots=True)
class InTransaction:
    """The steps of a use case: everything in its one local transaction."""

    deps: Deps
    tx: UnitOfWork
    actor_id: UUID | None
    now: datetime
    register: RegisterInfo | None = None  # a sales document's register (its series)
    warehouse_id: UUID | None = None  # where a purchase receipt's goods went
    # Changes queued just before the document's, in the same insert: a ticket's movements
    # (entity, id, checked payload), so a sale writes its outbox rows in one statement.
    queued_before: tuple[tuple[str, UUID, dict[str, Any]], ...] = ()

    @property
    def queues(self) -> bool:
        return True

    def today(self) -> date:
        return self.deps.business_date(self.tx.org.company().country, self.now)

    def branch_code(self, branch_id: UUID) -> str:
        return self.tx.org.branch(branch_id).code

    def number(self, document: Document) -> Document:
        if document.number:
            return document
        numbered: Document = filing_of(document).number(self, document)
        return numbered

    def sealed(self, document: AnyDocument) -> None:
        filing_of(document).sealed(self, document)

    def insert(self, document: AnyDocument) -> None:
        filing_of(document).insert(self, document)

    def post(self, entry: JournalEntry | None) -> None:
        post_entry(self.tx, entry, self.now)

    def queue(self, entity: str, entity_id: UUID, wire: dict[str, Any]) -> None:
        if not self.queued_before:
            self.tx.outbox.queue_change(
                entity,
                entity_id,
                wire,
                self.deps.hlc.now().encode(),
                self.actor_id,
                self.deps.now(),
            )
            return
        changes = [*self.queued_before, (entity, entity_id, wire)]
        self.tx.outbox.queue_changes(
            [(*change, self.deps.hlc.now().encode()) for change in changes],
            self.actor_id,
            self.deps.now(),
        )
