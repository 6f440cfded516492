"""One finalize step for every numbered, chained, posted document.

Checkout, returns, stock documents, Tunisia's global invoice, the documents of sales to
businesses (quotes to credit notes) and the demo generator all end
a document the same way, written once here: number it (a register's gapless series, the
branch's stock series, its global invoices' or its series of each business kind), seal it into its series' hash chain (sales
documents and global invoices), insert it, post its journal entry,
queue its payload for the server. The entry is posted from the very payload queued,
rebuilt into the document the server will rebuild and posted through the same
``posting_of`` (kernel.documents), so the replica and the server cannot disagree.

Where each step writes is a :class:`FinalizeSteps`: a use case's transaction
(:class:`InTransaction`), or the demo generator's day written in bulk.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Protocol, TypeVar
from uuid import UUID

from erp_desktop.app.bridge import post_entry
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import UnitOfWork
from erp_desktop.app.records import RegisterInfo
from erp_desktop.app.till.numbering import allocate_number
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
from erp_desktop.kernel.hash_chain import genesis
from erp_desktop.kernel.invoicing.global_invoice import GlobalInvoice, number_of, series_of
from erp_desktop.kernel.ledger.accounts import Chart
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.protocol.payloads import validate_payload

Document = TypeVar(
    "Document",
    SaleDocument,
    StockDocument,
    GlobalInvoice,
    BusinessDocument,
    CustomerPayment,
    InstrumentEvent,
)
AnyDocument = (
    SaleDocument
    | StockDocument
    | GlobalInvoice
    | BusinessDocument
    | CustomerPayment
    | InstrumentEvent
)
# The series of receivables documents: payments received, refunds, instrument events.
RECEIVABLES_SERIES = {"customer_payment": "RC", "customer_refund": "RF", "credit_application": "AC"}


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
    if chained(document) and not isinstance(document, CustomerPayment | InstrumentEvent):
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

    @property
    def queues(self) -> bool:
        return True

    def number(self, document: Document) -> Document:
        if document.number:
            return document
        today = self.deps.business_date(self.tx.org.company().country, self.now)
        if isinstance(document, SaleDocument):
            if self.register is None:
                raise ValueError("a sales document is numbered in its register's series")
            number, series, sequence, previous = allocate_number(
                self.tx, self.register, today, self.now
            )
            return replace(
                document, number=number, series=series, sequence=sequence, previous_hash=previous
            )
        code = self.tx.org.branch(document.branch_id).code
        if isinstance(document, CustomerPayment | InstrumentEvent):
            prefix = RECEIVABLES_SERIES.get(document.kind, "IE")
            number = self.tx.receivables.next_receivables_number(prefix, code, today.year)
            return replace(document, number=number)
        if isinstance(document, GlobalInvoice):  # a series per branch and year of its day
            series = series_of(code, document.day.year)
            last = self.tx.invoicing.last_global_invoice(series)
            sequence, previous = (last[0] + 1, last[1]) if last else (1, genesis(series))
            return replace(
                document,
                number=number_of(code, document.day.year, sequence),
                previous_hash=previous,
            )
        if isinstance(document, BusinessDocument):  # a series per branch, kind and year
            number = self.tx.business.next_business_number(document.kind, code, today.year)
            return replace(document, number=number)
        return replace(
            document, number=self.tx.stock.next_stock_number(document.kind, code, today.year)
        )

    def sealed(self, document: AnyDocument) -> None:
        if isinstance(document, SaleDocument):
            self.tx.sales.advance_series(
                document.series, document.sequence, document.hash, self.now
            )
        # a global invoice's series is its last invoice: inserting it moves the series on

    def insert(self, document: AnyDocument) -> None:
        if isinstance(document, SaleDocument):
            self.tx.sales.insert_sale(document, self.now)
        elif isinstance(document, GlobalInvoice):
            self.tx.invoicing.insert_global_invoice(document, self.now)
        elif isinstance(document, BusinessDocument):
            self.tx.business.insert_business_document(document, self.now)
        elif isinstance(document, CustomerPayment):
            self.tx.receivables.insert_payment(document, self.now)
        elif isinstance(document, InstrumentEvent):
            self.tx.receivables.insert_instrument_event(document, self.now)
        else:
            self.tx.stock.insert_stock_document(document, self.actor_id, self.now)

    def post(self, entry: JournalEntry | None) -> None:
        post_entry(self.tx, entry, self.now)

    def queue(self, entity: str, entity_id: UUID, wire: dict[str, Any]) -> None:
        self.tx.outbox.queue_change(
            entity, entity_id, wire, self.deps.hlc.now().encode(), self.actor_id, self.deps.now()
        )
