"""The pipeline's opportunities on the replica, with each field's clock."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import RowMapping, select, update

from erp_desktop.kernel.crm.interactions import Opportunity, QuoteLine, Stage
from erp_desktop.kernel.money import Money
from erp_desktop.storage.repositories.base import RepositoryBase, stamped
from erp_desktop.storage.tables.crm import opportunities as t


def lines_to_json(lines: tuple[QuoteLine, ...]) -> list[dict[str, Any]]:
    return [
        {
            "product_id": str(ln.product_id),
            "quantity": str(ln.quantity),
            "unit_price_minor": ln.unit_price.to_minor(),
            "currency": ln.unit_price.currency,
        }
        for ln in lines
    ]


def lines_from_json(data: Any) -> tuple[QuoteLine, ...]:
    return tuple(
        QuoteLine(
            UUID(str(ln["product_id"])),
            Decimal(str(ln["quantity"])),
            Money.from_minor(int(ln["unit_price_minor"]), str(ln["currency"])),
        )
        for ln in data or ()
    )


def _opportunity(row: RowMapping) -> Opportunity:
    return Opportunity(
        row["id"],
        row["customer_id"],
        row["title"],
        row["owner"],
        Stage(row["stage"]),
        Money.from_minor(row["expected_minor"], row["currency"]),
        date.fromisoformat(row["expected_on"]),
        row["next_activity"],
        date.fromisoformat(row["next_activity_on"]) if row["next_activity_on"] else None,
        lines_from_json(row["lines"]),
    )


def opportunity_row(o: Opportunity) -> dict[str, Any]:
    return {
        "customer_id": o.customer_id,
        "title": o.title,
        "owner": o.owner,
        "stage": str(o.stage),
        "expected_minor": o.expected_amount.to_minor(),
        "currency": o.expected_amount.currency,
        "expected_on": o.expected_on.isoformat(),
        "next_activity": o.next_activity,
        "next_activity_on": o.next_activity_on.isoformat() if o.next_activity_on else None,
        "lines": lines_to_json(o.lines),
    }


class PipelineRepository(RepositoryBase):
    def opportunity(self, opportunity_id: UUID) -> Opportunity | None:
        row = self.conn.execute(select(t).where(t.c.id == opportunity_id)).mappings().first()
        return _opportunity(row) if row else None

    def opportunity_clocks(self, opportunity_id: UUID) -> dict[str, str]:
        clocks = self.conn.execute(
            select(t.c.field_clocks).where(t.c.id == opportunity_id)
        ).scalar()
        return dict(clocks or {})

    def quote_of(self, opportunity_id: UUID) -> UUID | None:
        return self.conn.execute(select(t.c.quote_id).where(t.c.id == opportunity_id)).scalar()

    def opportunities(self, customer_id: UUID | None = None) -> list[Opportunity]:
        query = select(t).order_by(t.c.expected_on, t.c.id)
        if customer_id is not None:
            query = query.where(t.c.customer_id == customer_id)
        return [_opportunity(r) for r in self.conn.execute(query).mappings()]

    def save_opportunity(
        self,
        opportunity: Opportunity,
        clocks: dict[str, str],
        quote_id: UUID | None,
        now: datetime,
    ) -> None:
        values = {**opportunity_row(opportunity), "field_clocks": clocks, "quote_id": quote_id}
        done = self.conn.execute(
            update(t).where(t.c.id == opportunity.id).values(**values, updated_at=now)
        )
        if done.rowcount == 0:
            self.conn.execute(t.insert(), stamped(now, id=opportunity.id, **values))
