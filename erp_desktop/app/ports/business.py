"""Documents of sales to business customers: quotes, orders, delivery notes, invoices on
account and credit notes (kernel.documents.business), and what open orders reserve."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Protocol
from uuid import UUID

from erp_desktop.kernel.documents.business import BusinessDocument


class BusinessReads(Protocol):
    def business_document(self, document_id: UUID) -> BusinessDocument | None: ...
    def business_document_by_number(self, number: str) -> BusinessDocument | None: ...
    def business_documents(
        self,
        kinds: Sequence[str] = (),
        customer_id: UUID | None = None,
        status: str | None = None,
        limit: int = 200,
    ) -> list[BusinessDocument]:
        """The newest first, of any of ``kinds`` (every kind when empty)."""
        ...

    def documents_related_to(self, related_id: UUID) -> list[BusinessDocument]:
        """The deliveries and invoices of an order, the credit notes of an invoice, the
        orders of a quote: oldest first."""
        ...

    def documents_following(
        self, ids: Sequence[UUID], known: Sequence[BusinessDocument] = ()
    ) -> list[BusinessDocument]:
        """Every document that follows one of ``ids`` (a list's statuses, in one read);
        those in ``known`` are taken from there, not read again."""
        ...

    def invoices_of_ticket(self, ticket_id: UUID) -> list[BusinessDocument]: ...
    def next_business_number(self, kind: str, branch_code: str, year: int) -> str: ...
    def reserved(self, branch_id: UUID, product_ids: Sequence[UUID] = ()) -> dict[UUID, Decimal]:
        """Per product: what the branch's open sales orders still have to deliver."""
        ...


class BusinessRepository(BusinessReads, Protocol):
    def insert_business_document(self, document: BusinessDocument, now: datetime) -> None: ...
    def cancel_business_document(self, document_id: UUID, now: datetime) -> None: ...
