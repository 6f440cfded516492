"""Where the demo's documents are finalized: app.documents.finalize's steps, in bulk.

The demo finalizes every sale and stock document through the one finalize step the use
cases take; only where each step writes differs: a day's sales are numbered and chained in
memory and written with one statement per table at the end of the day, and nothing goes to
the outbox (a demo replica is not enrolled).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from uuid import UUID

from erp_desktop.app.documents.finalize import AnyDocument, Document
from erp_desktop.app.records import RegisterInfo
from erp_desktop.demo.context import ALGIERS, DemoContext
from erp_desktop.kernel.documents import SaleDocument, StockDocument
from erp_desktop.kernel.documents.replaced import replaced
from erp_desktop.kernel.hash_chain import genesis
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.numbering import format_number

# what a day's close writes, in its order: the audit and summaries of these come as sets
DAY_TABLES = (
    "stock_movements",
    "sales_documents",
    "sales_lines",
    "sales_payments",
    "journal_entries",
    "journal_lines",
)


@dataclass
class DemoSteps:
    """Sales numbered per register in memory and kept for the day's bulk insert; stock
    documents written at once after the movements before them."""

    ctx: DemoContext
    at: datetime
    registers: dict[UUID, RegisterInfo] = field(default_factory=dict)
    # register -> (series, last sequence, last hash), as the day goes
    numbering: dict[UUID, tuple[str, int, str]] = field(default_factory=dict)
    opening: dict[UUID, int] = field(default_factory=dict)
    sold: list[SaleDocument] = field(default_factory=list)
    entries: list[JournalEntry] = field(default_factory=list)

    @property
    def queues(self) -> bool:
        return False

    def open_series(self, register: RegisterInfo, year: int, at: datetime) -> None:
        series = f"{register.branch_code}-{register.code}-{year:04d}"
        last, last_hash = self.ctx.tx.sales.series_state(register.id, series, genesis(series), at)
        self.registers[register.id] = register
        self.numbering[register.id] = (series, last, last_hash)
        self.opening[register.id] = last

    def number(self, document: Document) -> Document:
        if not isinstance(document, SaleDocument | StockDocument):
            raise AssertionError("the demo issues no global invoice")
        if isinstance(document, SaleDocument):
            register = self.registers[document.register_id]
            series, sequence, previous = self.numbering[register.id]
            year = int(series[-4:])
            return replaced(
                document,
                number=format_number(register.branch_code, register.code, year, sequence + 1),
                series=series,
                sequence=sequence + 1,
                previous_hash=previous,
            )
        code = self.ctx.tx.org.branch(document.branch_id).code
        return replace(
            document,
            number=self.ctx.tx.stock.next_stock_number(
                document.kind, code, document_year(document)
            ),
        )

    def sealed(self, document: AnyDocument) -> None:
        if isinstance(document, SaleDocument):
            self.numbering[document.register_id] = (
                document.series,
                document.sequence,
                document.hash,
            )

    def insert(self, document: AnyDocument) -> None:
        if isinstance(document, SaleDocument):
            self.sold.append(document)
            return
        assert isinstance(document, StockDocument)
        self.ctx.flush(self.at)
        self.ctx.tx.stock.insert_stock_document(document, None, self.at)

    def post(self, entry: JournalEntry | None) -> None:
        if entry is not None:
            self.entries.append(entry)

    def queue(self, entity: str, entity_id: UUID, wire: dict[str, Any]) -> None:
        raise AssertionError("a demo replica queues nothing")

    def write_day(self, closing: datetime) -> None:
        """The day's sales, entries and series moves, one statement per table (their audit
        rows, day totals and day sales one statement per table too)."""
        with self.ctx.written(*DAY_TABLES):
            self.ctx.flush(closing)
            self.ctx.tx.sales.insert_sales(self.sold, closing)
            self.ctx.tx.ledger.insert_entries(self.entries, closing)
        for reg, (series, sequence, last_hash) in self.numbering.items():
            if sequence != self.opening[reg]:
                self.ctx.tx.sales.advance_series_to(
                    series, self.opening[reg], sequence, last_hash, closing
                )


def document_year(document: StockDocument) -> int:
    return document.issued_at.astimezone(ALGIERS).year
