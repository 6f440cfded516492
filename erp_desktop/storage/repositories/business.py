"""Documents of sales to business customers, with their lines and due dates, each row
derived from the document's declared fields (storage.tables.declared), and what the open
sales orders of a branch reserve."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import and_, func, select, update

from erp_desktop.kernel.documents.business import (
    DELIVERY_NOTE,
    GOODS,
    SALES_ORDER,
    BusinessDocument,
    BusinessLine,
    DueLine,
)
from erp_desktop.kernel.errors import ConflictError
from erp_desktop.kernel.quantity import from_milli
from erp_desktop.storage.repositories.base import RepositoryBase, stamped
from erp_desktop.storage.tables.business import (
    business_documents,
    business_due_lines,
    business_lines,
)
from erp_desktop.storage.tables.declared import row_of, value_of

# The series prefix of each kind: devis, bon de commande, bon de livraison, facture, avoir.
PREFIX = {
    "quote": "DV",
    "sales_order": "BC",
    "delivery_note": "BL",
    "customer_invoice": "FA",
    "customer_credit_note": "AV",
}


class BusinessRepository(RepositoryBase):
    def insert_business_document(self, document: BusinessDocument, now: datetime) -> None:
        self.conn.execute(business_documents.insert(), stamped(now, **row_of(document)))
        if document.lines:
            self.conn.execute(
                business_lines.insert(),
                [stamped(now, **row_of(ln, document_id=document.id)) for ln in document.lines],
            )
        if document.schedule:
            self.conn.execute(
                business_due_lines.insert(),
                [stamped(now, **row_of(d, document_id=document.id)) for d in document.schedule],
            )

    def cancel_business_document(self, document_id: UUID, now: datetime) -> None:
        done = self.conn.execute(
            update(business_documents)
            .where(business_documents.c.id == document_id, business_documents.c.status == "final")
            .values(status="cancelled", cancelled_at=now, updated_at=now)
        )
        if done.rowcount != 1:
            raise ConflictError("storage.immutable", detail=f"business document {document_id}")

    def business_document(self, document_id: UUID) -> BusinessDocument | None:
        found = self._where(business_documents.c.id == document_id)
        return found[0] if found else None

    def business_document_by_number(self, number: str) -> BusinessDocument | None:
        found = self._where(business_documents.c.number == number)
        return found[0] if found else None

    def business_documents(
        self,
        kinds: Sequence[str] = (),
        customer_id: UUID | None = None,
        status: str | None = None,
        limit: int = 200,
    ) -> list[BusinessDocument]:
        c = business_documents.c
        conditions: list[Any] = []
        if kinds:
            conditions.append(c.kind.in_(list(kinds)))
        if customer_id is not None:
            conditions.append(c.customer_id == customer_id)
        if status is not None:
            conditions.append(c.status == status)
        return self._where(
            and_(True, *conditions), order=(c.issued_at.desc(), c.id.desc()), limit=limit
        )

    def documents_related_to(self, related_id: UUID) -> list[BusinessDocument]:
        c = business_documents.c
        return self._where(c.related_id == related_id, order=(c.issued_at, c.number))

    def documents_following(
        self, ids: Sequence[UUID], known: Sequence[BusinessDocument] = ()
    ) -> list[BusinessDocument]:
        c = business_documents.c
        have = {d.id: d for d in known}
        wanted: list[UUID] = []
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            wanted += self.conn.execute(select(c.id).where(c.related_id.in_(chunk))).scalars()
        missing = [i for i in wanted if i not in have]
        found = [have[i] for i in wanted if i in have]
        for start in range(0, len(missing), 500):
            found += self._where(c.id.in_(missing[start : start + 500]))
        return sorted(found, key=lambda d: (d.issued_at, d.number))

    def invoices_of_ticket(self, ticket_id: UUID) -> list[BusinessDocument]:
        c = business_documents.c
        return self._where(c.ticket_id == ticket_id, order=(c.issued_at, c.number))

    def next_business_number(self, kind: str, branch_code: str, year: int) -> str:
        """The next number of the branch's series of ``kind`` for ``year``: gapless, since a
        business document is never deleted (a cancelled one keeps its number)."""
        prefix = f"{branch_code}-{PREFIX[kind]}-{year}-"
        count = self.conn.execute(
            select(func.count())
            .select_from(business_documents)
            .where(business_documents.c.number.like(f"{prefix}%"))
        ).scalar_one()
        return f"{prefix}{count + 1:06d}"

    def reserved(self, branch_id: UUID, product_ids: Sequence[UUID] = ()) -> dict[UUID, Decimal]:
        order, line = business_documents.alias("o"), business_lines.alias("ol")
        delivery, dline = business_documents.alias("d"), business_lines.alias("dl")
        delivered = (
            select(dline.c.source_line_id, func.sum(dline.c.quantity_milli).label("q"))
            .join(delivery, delivery.c.id == dline.c.document_id)
            .where(delivery.c.kind == DELIVERY_NOTE, delivery.c.status == "final")
            .group_by(dline.c.source_line_id)
            .subquery()
        )
        left = func.max(line.c.quantity_milli - func.coalesce(delivered.c.q, 0), 0)
        query = (
            select(line.c.product_id, func.sum(left))
            .join(order, order.c.id == line.c.document_id)
            .outerjoin(delivered, delivered.c.source_line_id == line.c.id)
            .where(
                order.c.kind == SALES_ORDER,
                order.c.status == "final",
                order.c.branch_id == branch_id,
                line.c.nature == GOODS,
            )
            .group_by(line.c.product_id)
        )
        if product_ids:
            query = query.where(line.c.product_id.in_(list(product_ids)))
        return {
            product: from_milli(int(milli))
            for product, milli in self.conn.execute(query)
            if product is not None and milli
        }

    def _where(
        self, condition: Any, order: tuple[Any, ...] = (), limit: int | None = None
    ) -> list[BusinessDocument]:
        query = select(business_documents).where(condition).order_by(*order)
        if limit is not None:
            query = query.limit(limit)
        rows = self.conn.execute(query).mappings().all()
        ids = [r["id"] for r in rows]
        if not ids:
            return []
        lines: dict[UUID, list[Any]] = {i: [] for i in ids}
        for ln in self.conn.execute(
            select(business_lines)
            .where(business_lines.c.document_id.in_(ids))
            .order_by(business_lines.c.document_id, business_lines.c.position)
        ).mappings():
            lines[ln["document_id"]].append(ln)
        dues: dict[UUID, list[Any]] = {i: [] for i in ids}
        for d in self.conn.execute(
            select(business_due_lines)
            .where(business_due_lines.c.document_id.in_(ids))
            .order_by(business_due_lines.c.document_id, business_due_lines.c.due_on)
        ).mappings():
            dues[d["document_id"]].append(d)
        return [
            value_of(
                BusinessDocument,
                r,
                r["currency"],
                lines=tuple(value_of(BusinessLine, ln, r["currency"]) for ln in lines[r["id"]]),
                schedule=tuple(value_of(DueLine, d, r["currency"]) for d in dues[r["id"]]),
            )
            for r in rows
        ]
