"""The fake of the business documents repository (app/ports/business.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.documents.business import (
    DELIVERY_NOTE,
    GOODS,
    SALES_ORDER,
    BusinessDocument,
)
from erp_desktop.kernel.errors import ConflictError
from erp_desktop.storage.repositories.business import PREFIX
from tests.desktop.fakes.replica import FakeReplica


class FakeBusiness:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def insert_business_document(self, document: BusinessDocument, now: datetime) -> None:
        taken = {d.number for d in self.db.business_documents.values()}
        if document.id in self.db.business_documents or document.number in taken:
            raise ConflictError("storage.integrity", detail=f"business document {document.id}")
        self.db.business_documents[document.id] = document

    def cancel_business_document(self, document_id: UUID, now: datetime) -> None:
        found = self.db.business_documents.get(document_id)
        if found is None or found.status != "final":
            raise ConflictError("storage.immutable", detail=f"business document {document_id}")
        self.db.business_documents[document_id] = replace(
            found, status="cancelled", cancelled_at=now
        )

    def business_document(self, document_id: UUID) -> BusinessDocument | None:
        return self.db.business_documents.get(document_id)

    def business_document_by_number(self, number: str) -> BusinessDocument | None:
        found = (d for d in self.db.business_documents.values() if d.number == number)
        return next(found, None)

    def business_documents(
        self,
        kinds: Sequence[str] = (),
        customer_id: UUID | None = None,
        status: str | None = None,
        limit: int = 200,
    ) -> list[BusinessDocument]:
        found = [
            d
            for d in self.db.business_documents.values()
            if (not kinds or d.kind in kinds)
            and (customer_id is None or d.customer_id == customer_id)
            and (status is None or d.status == status)
        ]
        found.sort(key=lambda d: (d.issued_at, d.id), reverse=True)
        return found[:limit]

    def documents_related_to(self, related_id: UUID) -> list[BusinessDocument]:
        found = [d for d in self.db.business_documents.values() if d.related_id == related_id]
        return sorted(found, key=lambda d: (d.issued_at, d.number))

    def documents_following(
        self, ids: Sequence[UUID], known: Sequence[BusinessDocument] = ()
    ) -> list[BusinessDocument]:
        wanted = set(ids)
        found = [d for d in self.db.business_documents.values() if d.related_id in wanted]
        return sorted(found, key=lambda d: (d.issued_at, d.number))

    def invoices_of_ticket(self, ticket_id: UUID) -> list[BusinessDocument]:
        found = [d for d in self.db.business_documents.values() if d.ticket_id == ticket_id]
        return sorted(found, key=lambda d: (d.issued_at, d.number))

    def next_business_number(self, kind: str, branch_code: str, year: int) -> str:
        prefix = f"{branch_code}-{PREFIX[kind]}-{year}-"
        count = sum(1 for d in self.db.business_documents.values() if d.number.startswith(prefix))
        return f"{prefix}{count + 1:06d}"

    def reserved(self, branch_id: UUID, product_ids: Sequence[UUID] = ()) -> dict[UUID, Decimal]:
        delivered: dict[UUID, Decimal] = {}
        for d in self.db.business_documents.values():
            if d.kind == DELIVERY_NOTE and d.status == "final":
                for ln in d.lines:
                    if ln.source_line_id is not None:
                        delivered[ln.source_line_id] = (
                            delivered.get(ln.source_line_id, Decimal(0)) + ln.quantity
                        )
        reserved: dict[UUID, Decimal] = {}
        for order in self.db.business_documents.values():
            if order.kind != SALES_ORDER or order.status != "final":
                continue
            if order.branch_id != branch_id:
                continue
            for ln in order.lines:
                if ln.nature != GOODS or ln.product_id is None:
                    continue
                if product_ids and ln.product_id not in product_ids:
                    continue
                left = max(ln.quantity - delivered.get(ln.id, Decimal(0)), Decimal(0))
                if left:
                    reserved[ln.product_id] = reserved.get(ln.product_id, Decimal(0)) + left
        return reserved
