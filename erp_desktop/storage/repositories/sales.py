"""Number series and sales documents (sales and credit notes), with what returns took back."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import bindparam, func, select, text, update

from erp_desktop.app.records import SaleActivity
from erp_desktop.kernel.documents import SaleDocument, SaleLine, SalePayment
from erp_desktop.kernel.errors import NotFound
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.quantity import from_milli
from erp_desktop.kernel.sales.refunds import LineFigures
from erp_desktop.storage.repositories.base import (
    RepositoryBase,
    execute_count,
    fetch_rows,
    insert_rows,
    stamp,
    stamped,
)
from erp_desktop.storage.tables.base import UtcDateTime
from erp_desktop.storage.tables.declared import row_of, value_of
from erp_desktop.storage.tables.org import users
from erp_desktop.storage.tables.sales import (
    number_series,
    sales_documents,
    sales_lines,
    sales_payments,
)

# Compiled once, run on the driver: every ticket reads its series and moves it on.
_SERIES = select(number_series.c.last_sequence, number_series.c.last_hash).where(
    number_series.c.series == bindparam("s")
)
_ADVANCE = (
    update(number_series)
    .where(
        number_series.c.series == bindparam("s"), number_series.c.last_sequence == bindparam("was")
    )
    .values(
        last_sequence=bindparam("n"),
        last_hash=bindparam("h"),
        updated_at=bindparam("now", type_=UtcDateTime),
    )
)


class SalesRepository(RepositoryBase):
    def session_sales(self, session_id: UUID) -> list[SaleDocument]:
        rows = (
            self.conn.execute(
                select(sales_documents)
                .where(sales_documents.c.session_id == session_id)
                .order_by(sales_documents.c.sequence)
            )
            .mappings()
            .all()
        )
        return self._sales_from(rows)

    def series_state(
        self, register_id: UUID, series: str, genesis_hash: str, now: datetime
    ) -> tuple[int, str]:
        rows = fetch_rows(self.conn, _SERIES, {"s": series})
        if not rows:
            self.conn.execute(
                number_series.insert(),
                stamped(
                    now,
                    id=new_id(),
                    register_id=register_id,
                    series=series,
                    last_sequence=0,
                    last_hash=genesis_hash,
                ),
            )
            return 0, genesis_hash
        return int(rows[0][0]), str(rows[0][1])

    def advance_series(self, series: str, sequence: int, last_hash: str, now: datetime) -> None:
        done = execute_count(
            self.conn,
            _ADVANCE,
            {"s": series, "was": sequence - 1, "n": sequence, "h": last_hash, "now": now},
        )
        if done != 1:
            raise RuntimeError(f"number series {series} moved under us")

    def advance_series_to(
        self, series: str, from_sequence: int, to_sequence: int, last_hash: str, now: datetime
    ) -> None:
        """Moves a series past several documents written in bulk (the demo generator)."""
        done = self.conn.execute(
            update(number_series)
            .where(number_series.c.series == series, number_series.c.last_sequence == from_sequence)
            .values(last_sequence=to_sequence, last_hash=last_hash, updated_at=now)
        )
        if done.rowcount != 1:
            raise RuntimeError(f"number series {series} moved under us")

    def insert_sale(self, sale: SaleDocument, now: datetime) -> None:
        self.insert_sales([sale], now)

    def insert_sales(self, sales: list[SaleDocument], now: datetime) -> None:
        """Finalized documents with their lines and payments (one statement per table), each
        row derived from the document's declared fields."""
        if not sales:
            return
        insert_rows(self.conn, sales_documents, [stamp(now, row_of(s)) for s in sales])
        insert_rows(
            self.conn,
            sales_lines,
            [stamp(now, row_of(ln, document_id=s.id)) for s in sales for ln in s.lines],
        )
        payments = [stamp(now, row_of(p, document_id=s.id)) for s in sales for p in s.payments]
        insert_rows(self.conn, sales_payments, payments)

    def sales_of_series(self, series: str) -> list[SaleDocument]:
        rows = (
            self.conn.execute(
                select(sales_documents)
                .where(sales_documents.c.series == series)
                .order_by(sales_documents.c.sequence)
            )
            .mappings()
            .all()
        )
        return self._sales_from(rows)

    def sales_after(self, series: str, sequence: int, limit: int) -> list[SaleDocument]:
        """The next ``limit`` documents in (series, sequence) order after the given one: a
        sweep through every series, a chunk at a time (in three queries, not 1 + 3N)."""
        after = (sales_documents.c.series > series) | (
            (sales_documents.c.series == series) & (sales_documents.c.sequence > sequence)
        )
        rows = (
            self.conn.execute(
                select(sales_documents)
                .where(after)
                .order_by(sales_documents.c.series, sales_documents.c.sequence)
                .limit(limit)
            )
            .mappings()
            .all()
        )
        return self._sales_from(rows)

    def _sales_from(self, rows: Any) -> list[SaleDocument]:
        """Documents with their lines, payments and returned quantities, loaded per set."""
        ids = [r["id"] for r in rows]
        if not ids:
            return []
        lines: dict[UUID, list[Any]] = {i: [] for i in ids}
        for ln in self.conn.execute(
            select(sales_lines)
            .where(sales_lines.c.document_id.in_(ids))
            .order_by(sales_lines.c.document_id, sales_lines.c.position)
        ).mappings():
            lines[ln["document_id"]].append(ln)
        payments: dict[UUID, list[Any]] = {i: [] for i in ids}
        for pay in self.conn.execute(
            select(sales_payments)
            .where(sales_payments.c.document_id.in_(ids))
            .order_by(sales_payments.c.document_id, text("sales_payments.rowid"))
        ).mappings():
            payments[pay["document_id"]].append(pay)
        returned = self._returned_of(ids)
        return [_sale_info(r, lines[r["id"]], payments[r["id"]], returned) for r in rows]

    def sale_by_number(self, number: str) -> SaleDocument | None:
        rows = (
            self.conn.execute(select(sales_documents).where(sales_documents.c.number == number))
            .mappings()
            .all()
        )
        found = self._sales_from(rows)
        return found[0] if found else None

    def sale(self, sale_id: UUID) -> SaleDocument:
        rows = (
            self.conn.execute(select(sales_documents).where(sales_documents.c.id == sale_id))
            .mappings()
            .all()
        )
        if not rows:
            raise NotFound("sales.document_not_found", number=str(sale_id))
        return self._sales_from(rows)[0]

    def _returned_of(self, sale_ids: list[UUID]) -> dict[UUID, tuple[Decimal, int, int, int]]:
        """Per line of the documents ``sale_ids``, what credit notes already took back of it:
        the quantity, and the base, VAT and discount refunded (minor units)."""
        rows = self.conn.execute(
            select(
                sales_lines.c.returned_line_id,
                func.sum(sales_lines.c.quantity_milli),
                func.sum(sales_lines.c.base_minor),
                func.sum(sales_lines.c.vat_minor),
                func.sum(sales_lines.c.discount_minor),
            )
            .join(sales_documents, sales_documents.c.id == sales_lines.c.document_id)
            .where(
                sales_documents.c.original_id.in_(sale_ids),
                sales_lines.c.returned_line_id.is_not(None),
            )
            .group_by(sales_lines.c.returned_line_id)
        ).all()
        return {
            line_id: (from_milli(int(qty)), int(base), int(vat), int(discount))
            for line_id, qty, base, vat, discount in rows
        }

    def sales_activity(self, start: datetime, end: datetime) -> list[SaleActivity]:
        """Finalized sales and credit notes issued in [start, end), with their payments."""
        docs = self.conn.execute(
            select(
                sales_documents.c.id,
                sales_documents.c.issued_at,
                sales_documents.c.kind,
                sales_documents.c.total_minor,
                sales_documents.c.change_minor,
                users.c.username,
            )
            .join(users, users.c.id == sales_documents.c.cashier_id)
            .where(
                sales_documents.c.issued_at >= start,
                sales_documents.c.issued_at < end,
                sales_documents.c.status == "final",
            )
            .order_by(sales_documents.c.issued_at)
        ).all()
        if not docs:
            return []
        paid: dict[Any, list[tuple[str, int]]] = {d[0]: [] for d in docs}
        ids = list(paid)
        for chunk in range(0, len(ids), 500):
            rows = self.conn.execute(
                select(
                    sales_payments.c.document_id,
                    sales_payments.c.tender,
                    sales_payments.c.amount_minor,
                    sales_payments.c.rate,
                ).where(sales_payments.c.document_id.in_(ids[chunk : chunk + 500]))
            )
            for doc_id, tender, amount, rate in rows:
                paid[doc_id].append((tender, int(Decimal(amount) * Decimal(rate))))
        result = []
        for doc_id, issued_at, kind, total, change, cashier in docs:
            payments = paid[doc_id]
            if change:  # the change went back out of the drawer in cash
                payments = [*payments, ("cash", -change)]
            result.append(SaleActivity(issued_at, kind, total, cashier, tuple(payments)))
        return result


def _sale_info(
    row: Any,
    lines: list[Any],
    payments: list[Any],
    returned: dict[UUID, tuple[Decimal, int, int, int]],
) -> SaleDocument:
    currency = row["currency"]
    nothing = (Decimal(0), 0, 0, 0)

    def line(ln: Any) -> SaleLine:
        back = returned.get(ln["id"], nothing)
        return value_of(SaleLine, ln, currency, returned=back[0], refunded=LineFigures(*back[1:]))

    return value_of(
        SaleDocument,
        row,
        currency,
        lines=tuple(line(ln) for ln in lines),
        payments=tuple(value_of(SalePayment, p, currency) for p in payments),
    )
