"""What the documents said about a customer, and the customer's timeline.

A :class:`CustomerDocument` is CRM's record of one document naming the customer (a sale, a
return, an invoice, a payment), made from the document's event at the site that issued it
and sent to every site; it says the number, the day, the site, the amount (tax included),
what the document left owing and, for a payment, which document it settles. The history
summary (``kernel.crm.history.summarize``) and the open balance are folded from them, so a
replica and the server holding the same documents agree.

The timeline puts the documents, the interactions and the loyalty movements in one list,
newest first.
"""

# ruff: noqa: RUF009

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from uuid import UUID

from erp_desktop.kernel.crm.history import (
    HistorySummary,
    PurchaseEvent,
    PurchaseKind,
    ReceivableFigure,
    summarize,
)
from erp_desktop.kernel.documents.fields import Kind, declared
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money


class DocumentKind(StrEnum):
    SALE = "sale"
    RETURN = "return"
    INVOICE = "invoice"
    PAYMENT = "payment"


@dataclass(frozen=True, slots=True)
class CustomerDocument:
    id: UUID = declared(Kind.UUID)  # the document's own id
    customer_id: UUID = declared(Kind.UUID)
    kind: str = declared(Kind.STR, length=20)  # a DocumentKind
    number: str = declared(Kind.STR, length=40)
    at: datetime = declared(Kind.DATETIME)
    site: str = declared(Kind.STR, length=20)
    amount_minor: int = declared(Kind.INT)  # tax included, never negative
    currency: str = declared(Kind.STR, check="currency", length=3)
    due_minor: int = declared(Kind.INT)  # what it left owing (0 when paid at once)
    applies_to: UUID | None = declared(Kind.UUID, optional=True, default=None)

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "kind", DocumentKind(self.kind).value)
        except ValueError:
            raise ValidationError(
                "common.invalid_value", field="kind", value=str(self.kind)
            ) from None
        if self.amount_minor < 0 or self.due_minor < 0 or self.due_minor > self.amount_minor:
            raise ValidationError(
                "common.invalid_value", field="amount_minor", value=str(self.amount_minor)
            )


_PURCHASE = {
    DocumentKind.SALE: PurchaseKind.SALE,
    DocumentKind.INVOICE: PurchaseKind.INVOICE,
    DocumentKind.RETURN: PurchaseKind.RETURN,
}


def history_of(documents: Iterable[CustomerDocument], currency: str) -> HistorySummary:
    """The summary: purchases, spent, returned, lifetime value, last visit and branch, and
    the open balance (what sales on credit and invoices left owing, less the payments that
    name them; each document once)."""
    once = {d.id: d for d in documents}
    events = [
        PurchaseEvent(
            d.id,
            _PURCHASE[DocumentKind(d.kind)],
            d.at,
            d.site,
            Money.from_minor(d.amount_minor, d.currency),
        )
        for d in once.values()
        if d.kind != DocumentKind.PAYMENT and d.currency == currency
    ]
    paid: dict[UUID, int] = {}
    for d in once.values():
        if d.kind == DocumentKind.PAYMENT and d.applies_to is not None:
            paid[d.applies_to] = paid.get(d.applies_to, 0) + d.amount_minor
    receivables = [
        ReceivableFigure(
            d.id,
            Money.from_minor(d.due_minor, currency),
            Money.from_minor(min(paid.get(d.id, 0), d.due_minor), currency),
        )
        for d in once.values()
        if d.due_minor and d.kind != DocumentKind.PAYMENT and d.currency == currency
    ]
    return summarize(events, receivables, currency)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One line of the timeline: what (``kind``: a document kind, an interaction kind or
    ``points``), when, where, a reference (a number, a text) and a signed figure (an
    amount in minor units, or points)."""

    at: datetime
    kind: str
    site: str
    reference: str
    figure: int
    source_id: UUID


def timeline(entries: Iterable[TimelineEntry], limit: int | None = None) -> list[TimelineEntry]:
    ordered = sorted(entries, key=lambda e: (e.at, e.source_id.bytes), reverse=True)
    return ordered[:limit] if limit is not None else ordered
