"""CRM's record of the documents naming each customer, and the merges of duplicates."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from uuid import UUID

from sqlalchemy import RowMapping, func, select
from sqlalchemy.dialects.sqlite import insert

from erp_desktop.kernel.crm.history import HistorySummary
from erp_desktop.kernel.crm.timeline import CustomerDocument, DocumentKind
from erp_desktop.kernel.money import Money
from erp_desktop.storage.repositories.base import RepositoryBase, stamped
from erp_desktop.storage.tables.crm import customer_documents as t
from erp_desktop.storage.tables.crm import customer_merges as m
from erp_desktop.storage.tables.declared import row_of

_PAYMENT = DocumentKind.PAYMENT.value
_PURCHASES = (DocumentKind.SALE.value, DocumentKind.INVOICE.value)


def _documents(rows: Iterable[RowMapping]) -> list[CustomerDocument]:
    return [
        CustomerDocument(
            r["id"],
            r["customer_id"],
            r["kind"],
            r["number"],
            r["at"],
            r["site"],
            r["amount_minor"],
            r["currency"],
            r["due_minor"],
            r["applies_to"],
        )
        for r in rows
    ]


class HistoryRepository(RepositoryBase):
    def documents_of(self, customer_ids: Sequence[UUID]) -> list[CustomerDocument]:
        rows = self.conn.execute(
            select(t).where(t.c.customer_id.in_(list(customer_ids))).order_by(t.c.at, t.c.id)
        ).mappings()
        return _documents(rows)

    def latest_documents(self, customer_ids: Sequence[UUID], limit: int) -> list[CustomerDocument]:
        rows = self.conn.execute(
            select(t)
            .where(t.c.customer_id.in_(list(customer_ids)))
            .order_by(t.c.at.desc(), t.c.id.desc())
            .limit(limit)
        ).mappings()
        return _documents(rows)

    def summary_of(self, customer_ids: Sequence[UUID], currency: str) -> HistorySummary:
        """``history_of``'s figures as aggregates over the customer's index: purchases and
        returns in the company's currency, the newest of them, their sites, and the open
        balance (what each left owing less the payments naming it, never below zero)."""
        ids = list(customer_ids)
        events = (t.c.customer_id.in_(ids), t.c.kind != _PAYMENT, t.c.currency == currency)
        bought = t.c.kind.in_(_PURCHASES)
        count, spent, returned = self.conn.execute(
            select(
                func.count().filter(bought),
                func.coalesce(func.sum(t.c.amount_minor).filter(bought), 0),
                func.coalesce(func.sum(t.c.amount_minor).filter(t.c.kind == "return"), 0),
            ).where(*events)
        ).one()
        last = self.conn.execute(
            select(t.c.at, t.c.site).where(*events).order_by(t.c.at.desc(), t.c.id.desc()).limit(1)
        ).first()
        sites = self.conn.execute(select(t.c.site).where(*events).distinct()).scalars()
        paid = (
            select(t.c.applies_to, func.sum(t.c.amount_minor).label("paid"))
            .where(t.c.customer_id.in_(ids), t.c.kind == _PAYMENT, t.c.applies_to.is_not(None))
            .group_by(t.c.applies_to)
            .subquery()
        )
        settled = func.min(func.coalesce(paid.c.paid, 0), t.c.due_minor)
        owed = self.conn.execute(
            select(func.coalesce(func.sum(t.c.due_minor - settled), 0))
            .select_from(t.outerjoin(paid, paid.c.applies_to == t.c.id))
            .where(*events, t.c.due_minor > 0)
        ).scalar_one()
        return HistorySummary(
            currency=currency,
            count=int(count),
            total_spent=Money.from_minor(int(spent), currency),
            returned=Money.from_minor(int(returned), currency),
            last_visit=last[0] if last else None,
            last_branch=last[1] if last else None,
            branches=frozenset(sites),
            open_balance=Money.from_minor(int(owed), currency),
        )

    def merged_into(self, customer_id: UUID) -> list[UUID]:
        found: list[UUID] = []
        frontier = [customer_id]
        while frontier:
            rows = self.conn.execute(select(m.c.merged_id).where(m.c.kept_id.in_(frontier)))
            frontier = [r[0] for r in rows if r[0] not in found and r[0] != customer_id]
            found.extend(frontier)
        return found

    def kept_for(self, customer_id: UUID) -> UUID | None:
        return self.conn.execute(select(m.c.kept_id).where(m.c.merged_id == customer_id)).scalar()

    def add_documents(self, documents: Sequence[CustomerDocument], now: datetime) -> int:
        if not documents:
            return 0
        done = self.conn.execute(
            insert(t).on_conflict_do_nothing(index_elements=["id"]),
            [stamped(now, **row_of(d)) for d in documents],
        )
        return int(done.rowcount or 0)

    def add_merge(
        self,
        merge_id: UUID,
        merged_id: UUID,
        kept_id: UUID,
        at: datetime,
        decided_by: UUID | None,
        reason: str,
        now: datetime,
    ) -> bool:
        done = self.conn.execute(
            insert(m).on_conflict_do_nothing(),
            stamped(
                now,
                id=merge_id,
                merged_id=merged_id,
                kept_id=kept_id,
                at=at,
                decided_by=decided_by,
                reason=reason,
            ),
        )
        return bool(done.rowcount)
