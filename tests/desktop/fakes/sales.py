"""The fake of the sales repository (app/ports/sales.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.app.records import (
    SaleActivity,
)
from erp_desktop.kernel.documents import SaleDocument
from erp_desktop.kernel.errors import ConflictError
from erp_desktop.kernel.sales.refunds import LineFigures
from tests.desktop.fakes.replica import FakeReplica, _not_found


class FakeSales:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def _with_returns(self, sale: SaleDocument) -> SaleDocument:
        """The sale with what its credit notes took back of each line, as SQLite sums it."""
        back = [
            ln
            for credit in self.db.sales.values()
            if credit.original_id == sale.id
            for ln in credit.lines
        ]

        def taken(line_id: UUID) -> dict[str, Any]:
            mine = [ln for ln in back if ln.returned_line_id == line_id]
            return {
                "returned": sum((ln.quantity for ln in mine), Decimal(0)),
                "refunded": LineFigures(
                    sum(ln.base.to_minor() for ln in mine),
                    sum(ln.vat.to_minor() for ln in mine),
                    sum(ln.discount.to_minor() for ln in mine),
                ),
            }

        return replace(sale, lines=tuple(replace(ln, **taken(ln.id)) for ln in sale.lines))

    def session_sales(self, session_id: UUID) -> list[SaleDocument]:
        mine = [s for s in self.db.sales.values() if s.session_id == session_id]
        return [self._with_returns(s) for s in sorted(mine, key=lambda s: s.sequence)]

    def sale(self, sale_id: UUID) -> SaleDocument:
        if sale_id not in self.db.sales:
            raise _not_found("sale", sale_id)
        return self._with_returns(self.db.sales[sale_id])

    def sale_by_number(self, number: str) -> SaleDocument | None:
        found = next((s for s in self.db.sales.values() if s.number == number), None)
        return self._with_returns(found) if found else None

    def sales_of_series(self, series: str) -> list[SaleDocument]:
        return self.sales_after(series, 0, len(self.db.sales))

    def sales_after(self, series: str, sequence: int, limit: int) -> list[SaleDocument]:
        after = [
            s
            for s in self.db.sales.values()
            if (s.series, s.sequence) > (series, sequence) and (not series or s.series == series)
        ]
        ordered = sorted(after, key=lambda s: (s.series, s.sequence))[:limit]
        return [self._with_returns(s) for s in ordered]

    def sales_activity(self, start: datetime, end: datetime) -> list[SaleActivity]:
        found = [
            s for s in self.db.sales.values() if start <= s.issued_at < end and s.status == "final"
        ]
        activity = []
        for s in sorted(found, key=lambda s: s.issued_at):
            payments = [(p.tender, int(p.amount.to_minor() * p.rate)) for p in s.payments]
            if s.change:
                payments.append(("cash", -s.change.to_minor()))
            cashier = self.db.users[s.cashier_id].username
            activity.append(
                SaleActivity(s.issued_at, s.kind, s.total.to_minor(), cashier, tuple(payments))
            )
        return activity

    def series_state(
        self, register_id: UUID, series: str, genesis_hash: str, now: datetime
    ) -> tuple[int, str]:
        return self.db.series.setdefault(series, (0, genesis_hash))

    def advance_series(self, series: str, sequence: int, last_hash: str, now: datetime) -> None:
        if self.db.series.get(series, (None,))[0] != sequence - 1:
            raise RuntimeError(f"number series {series} moved under us")
        self.db.series[series] = (sequence, last_hash)

    def insert_sale(self, sale: SaleDocument, now: datetime) -> None:
        if sale.id in self.db.sales or any(s.number == sale.number for s in self.db.sales.values()):
            raise ConflictError("storage.integrity", detail=f"sale {sale.number}")
        self.db.sales[sale.id] = sale
