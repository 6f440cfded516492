"""Stock movements and levels (kept together, in one transaction), and stock documents."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import bindparam, func, select, text, update

from erp_desktop.app.records import LowStockAlert, StockPosition, StockRow
from erp_desktop.kernel.documents import StockDocument, StockLine
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.inventory.movements import MovementKind, StockMovement
from erp_desktop.storage import reactions
from erp_desktop.storage.repositories.base import (
    RepositoryBase,
    driver_rows,
    fetch_rows,
    from_milli,
    insert_rows,
    not_found,
    run_many,
    stamped,
    to_milli,
)
from erp_desktop.storage.tables.base import DecimalText, UtcDateTime
from erp_desktop.storage.tables.catalog import products
from erp_desktop.storage.tables.declared import row_of, value_of
from erp_desktop.storage.tables.stock import (
    stock_document_lines,
    stock_documents,
    stock_levels,
    stock_movements,
)

# Compiled once: the demo and busy tills run this for every line sold.
_MOVE_LEVEL = (
    update(stock_levels)
    .where(
        stock_levels.c.warehouse_id == bindparam("w"), stock_levels.c.product_id == bindparam("p")
    )
    .values(
        quantity_milli=stock_levels.c.quantity_milli + bindparam("dq"),
        average_cost=bindparam("cost", type_=DecimalText),
        updated_at=bindparam("now", type_=UtcDateTime),
    )
)
_POSITION = select(stock_levels.c.quantity_milli, stock_levels.c.average_cost).where(
    stock_levels.c.warehouse_id == bindparam("w"), stock_levels.c.product_id == bindparam("p")
)
_POSITIONS = select(
    stock_levels.c.product_id, stock_levels.c.quantity_milli, stock_levels.c.average_cost
).where(
    stock_levels.c.warehouse_id == bindparam("w"),
    stock_levels.c.product_id.in_(bindparam("ps", expanding=True)),
)
# Which of a warehouse's products have a level row already. With the warehouse in the
# predicate it is one probe of the (warehouse_id, product_id) unique index per product; on
# product_id alone SQLite walked that whole index (6.3 ms a line at 50,000 products).
_EXISTING_LEVELS = select(stock_levels.c.product_id).where(
    stock_levels.c.warehouse_id == bindparam("w"),
    stock_levels.c.product_id.in_(bindparam("ps", expanding=True)),
)


class StockRepository(RepositoryBase):
    def stock_position(self, warehouse_id: UUID, product_id: UUID) -> StockPosition:
        rows = driver_rows(self.conn, _POSITION, {"w": warehouse_id, "p": product_id})
        if not rows:
            return StockPosition(Decimal(0), Decimal(0))
        return StockPosition(from_milli(rows[0][0]), Decimal(rows[0][1]))

    def stock_positions(
        self, warehouse_id: UUID, product_ids: Sequence[UUID]
    ) -> dict[UUID, StockPosition]:
        """The positions of ``product_ids`` in the warehouse, in one statement (a product
        without a level row has none: zero)."""
        found = {
            r[0]: StockPosition(from_milli(r[1]), r[2])
            for r in fetch_rows(self.conn, _POSITIONS, {"w": warehouse_id, "ps": list(product_ids)})
        }
        zero = StockPosition(Decimal(0), Decimal(0))
        return {p: found.get(p, zero) for p in product_ids}

    def record_movement(
        self,
        movement: StockMovement,
        branch_id: UUID,
        actor_id: UUID | None,
        position: StockPosition,
        now: datetime,
    ) -> None:
        """Inserts the movement and sets the level it leads to (``position``), together."""
        self.record_movements([(movement, position)], branch_id, actor_id, now)

    def record_movements(
        self,
        batch: list[tuple[StockMovement, StockPosition]],
        branch_id: UUID,
        actor_id: UUID | None,
        now: datetime,
    ) -> None:
        """Movements in order, each with the position it leads to; levels end at the last one."""
        if not batch:
            return
        insert_rows(
            self.conn,
            stock_movements,
            [
                stamped(
                    now,
                    id=m.id,
                    product_id=m.product_id,
                    warehouse_id=m.warehouse_id,
                    branch_id=branch_id,
                    kind=str(m.kind),
                    quantity_milli=to_milli(m.quantity),
                    unit_cost=m.unit_cost,
                    occurred_at=m.occurred_at,
                    document_type=m.document_type,
                    document_id=m.document_id,
                    created_by=actor_id,
                )
                for m, _ in batch
            ],
        )
        delta: dict[tuple[UUID, UUID], int] = {}
        cost: dict[tuple[UUID, UUID], Decimal] = {}
        for m, position in batch:
            key = (m.warehouse_id, m.product_id)
            delta[key] = delta.get(key, 0) + to_milli(m.quantity)
            cost[key] = position.average_cost
        existing: set[tuple[UUID, UUID]] = set()
        by_warehouse: dict[UUID, list[UUID]] = {}
        for w, p in delta:
            by_warehouse.setdefault(w, []).append(p)
        for w, ps in by_warehouse.items():
            for start in range(0, len(ps), 500):
                rows = fetch_rows(
                    self.conn, _EXISTING_LEVELS, {"w": w, "ps": ps[start : start + 500]}
                )
                existing.update((w, r[0]) for r in rows)
        updates = [
            {"w": w, "p": p, "dq": dq, "cost": cost[(w, p)], "now": now}
            for (w, p), dq in delta.items()
            if (w, p) in existing
        ]
        run_many(self.conn, _MOVE_LEVEL, updates)
        inserts = [
            stamped(
                now,
                id=new_id(),
                warehouse_id=w,
                product_id=p,
                quantity_milli=dq,
                average_cost=cost[(w, p)],
            )
            for (w, p), dq in delta.items()
            if (w, p) not in existing
        ]
        insert_rows(self.conn, stock_levels, inserts)

    def movements_of(self, product_id: UUID, limit: int) -> list[StockMovement]:
        rows = self.conn.execute(
            select(stock_movements)
            .where(stock_movements.c.product_id == product_id)
            .order_by(stock_movements.c.occurred_at.desc())
            .limit(limit)
        ).mappings()
        return [
            StockMovement(
                r["id"],
                r["product_id"],
                r["warehouse_id"],
                MovementKind(r["kind"]),
                from_milli(r["quantity_milli"]),
                r["unit_cost"],
                r["occurred_at"],
                r["document_type"],
                r["document_id"],
            )
            for r in rows
        ]

    def product_count(self) -> int:
        return int(
            self.conn.execute(
                select(func.count())
                .select_from(products)
                .where(products.c.active.is_(True), products.c.deleted_at.is_(None))
            ).scalar_one()
        )

    def _stock_query(self, warehouse_id: UUID) -> Any:
        return (
            select(
                products.c.id,
                products.c.sku,
                products.c.name,
                products.c.name_ar,
                products.c.unit,
                products.c.price_minor,
                products.c.currency,
                func.coalesce(stock_levels.c.quantity_milli, 0).label("quantity_milli"),
                products.c.reorder_point_milli,
            )
            .select_from(
                products.outerjoin(
                    stock_levels,
                    (stock_levels.c.product_id == products.c.id)
                    & (stock_levels.c.warehouse_id == warehouse_id),
                )
            )
            .where(products.c.active.is_(True), products.c.deleted_at.is_(None))
        )

    @staticmethod
    def _stock_row(r: Any) -> StockRow:
        return StockRow(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], from_milli(r[7]), from_milli(r[8])
        )

    def stock_rows(self, warehouse_id: UUID, offset: int, limit: int) -> list[StockRow]:
        """A page of the stock list in SKU order (the SKU index makes any page cheap)."""
        rows = self.conn.execute(
            self._stock_query(warehouse_id).order_by(products.c.sku).offset(offset).limit(limit)
        )
        return [self._stock_row(r) for r in rows]

    def stock_rows_of(self, warehouse_id: UUID, ids: Sequence[UUID]) -> list[StockRow]:
        rows = self.conn.execute(
            self._stock_query(warehouse_id).where(products.c.id.in_(list(ids)))
        )
        by_id = {r[0]: self._stock_row(r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def low_stock(self, warehouse_id: UUID, limit: int) -> list[StockRow]:
        """Products at or under their reorder point, the furthest under first."""
        level = func.coalesce(stock_levels.c.quantity_milli, 0)
        rows = self.conn.execute(
            self._stock_query(warehouse_id)
            .where(products.c.reorder_point_milli > 0, level <= products.c.reorder_point_milli)
            .order_by((level - products.c.reorder_point_milli).asc(), products.c.sku)
            .limit(limit)
        )
        return [self._stock_row(r) for r in rows]

    def transfers_in_transit_to(self, branch_id: UUID) -> list[StockDocument]:
        rows = (
            self.conn.execute(
                select(stock_documents)
                .where(
                    stock_documents.c.kind == "transfer_out",
                    stock_documents.c.status == "in_transit",
                    stock_documents.c.counterpart_branch_id == branch_id,
                )
                .order_by(stock_documents.c.issued_at)
            )
            .mappings()
            .all()
        )
        return self._documents_from(rows)

    def stock_documents_between(
        self, branch_id: UUID, start: datetime, end: datetime, limit: int
    ) -> list[StockDocument]:
        """The branch's documents issued in [start, end), and the transfers other branches
        sent it, latest first (the warehouse desk's list of documents)."""
        rows = (
            self.conn.execute(
                select(stock_documents)
                .where(
                    (stock_documents.c.branch_id == branch_id)
                    | (
                        (stock_documents.c.kind == "transfer_out")
                        & (stock_documents.c.counterpart_branch_id == branch_id)
                    ),
                    stock_documents.c.issued_at >= start,
                    stock_documents.c.issued_at < end,
                )
                .order_by(stock_documents.c.issued_at.desc())
                .limit(limit)
            )
            .mappings()
            .all()
        )
        return self._documents_from(rows)

    def _documents_from(self, rows: Sequence[Any]) -> list[StockDocument]:
        """Documents with their lines, the lines of the whole set in one query."""
        lines: dict[UUID, list[Any]] = {r["id"]: [] for r in rows}
        if lines:
            for ln in self.conn.execute(
                select(stock_document_lines)
                .where(stock_document_lines.c.document_id.in_(list(lines)))
                .order_by(text("stock_document_lines.rowid"))
            ).mappings():
                lines[ln["document_id"]].append(ln)
        return [
            value_of(
                StockDocument,
                r,
                r["currency"],
                lines=tuple(value_of(StockLine, ln, r["currency"]) for ln in lines[r["id"]]),
            )
            for r in rows
        ]

    def insert_stock_document(
        self, doc: StockDocument, actor_id: UUID | None, now: datetime
    ) -> None:
        """The document and its lines, each row derived from its declared fields (the lines
        with one executemany on the driver: a demo's opening stock is 50,000 of them)."""
        insert_rows(self.conn, stock_documents, [stamped(now, **row_of(doc, created_by=actor_id))])
        insert_rows(
            self.conn,
            stock_document_lines,
            [stamped(now, **row_of(line, document_id=doc.id)) for line in doc.lines],
        )

    def stock_document(self, document_id: UUID) -> StockDocument:
        rows = (
            self.conn.execute(select(stock_documents).where(stock_documents.c.id == document_id))
            .mappings()
            .all()
        )
        if not rows:
            raise not_found("stock_document", document_id)
        return self._documents_from(rows)[0]

    def set_stock_document_status(self, document_id: UUID, status: str, now: datetime) -> None:
        self.conn.execute(
            update(stock_documents)
            .where(stock_documents.c.id == document_id)
            .values(status=status, updated_at=now)
        )

    def next_stock_number(self, kind: str, branch_code: str, year: int) -> str:
        prefix = {
            "goods_receipt": "GR",
            "adjustment": "ADJ",
            "transfer_out": "TO",
            "transfer_in": "TI",
            "count": "INV",
            "opening": "OPN",  # a shop set up alone: its first day's stock
        }[kind]
        like = f"{branch_code}-{prefix}-{year}-%"
        count = self.conn.execute(
            select(func.count())
            .select_from(stock_documents)
            .where(stock_documents.c.number.like(like))
        ).scalar_one()
        return f"{branch_code}-{prefix}-{year}-{count + 1:06d}"

    def record_low_stock(
        self,
        product_id: UUID,
        warehouse_id: UUID,
        level: Decimal,
        reorder_point: Decimal,
        at: datetime,
    ) -> UUID:
        return reactions.record_low_stock(
            self.conn, product_id, warehouse_id, level, reorder_point, at
        )

    def low_stock_alerts(
        self, warehouse_id: UUID, since: datetime, limit: int
    ) -> list[LowStockAlert]:
        return reactions.low_stock_alerts(self.conn, warehouse_id, since, limit)
