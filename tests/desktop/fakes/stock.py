"""The fake of the stock repository (app/ports/stock.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.records import (
    LowStockAlert,
    ProductInfo,
    StockPosition,
    StockRow,
)
from erp_desktop.kernel.documents import StockDocument
from erp_desktop.kernel.errors import ConflictError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.inventory.movements import StockMovement
from tests.desktop.fakes.replica import _STOCK_PREFIX, FakeReplica, _not_found


class FakeStock:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def stock_position(self, warehouse_id: UUID, product_id: UUID) -> StockPosition:
        return self.db.levels.get((warehouse_id, product_id), StockPosition(Decimal(0), Decimal(0)))

    def stock_positions(
        self, warehouse_id: UUID, product_ids: Sequence[UUID]
    ) -> dict[UUID, StockPosition]:
        return {p: self.stock_position(warehouse_id, p) for p in product_ids}

    def record_movements(
        self,
        batch: list[tuple[StockMovement, StockPosition]],
        branch_id: UUID,
        actor_id: UUID | None,
        now: datetime,
    ) -> None:
        for movement, position in batch:
            self.record_movement(movement, branch_id, actor_id, position, now)

    def record_movement(
        self,
        movement: StockMovement,
        branch_id: UUID,
        actor_id: UUID | None,
        position: StockPosition,
        now: datetime,
    ) -> None:
        self.db.movements.append(movement)
        self.db.levels[(movement.warehouse_id, movement.product_id)] = position

    def movements_of(self, product_id: UUID, limit: int) -> list[StockMovement]:
        mine = [m for m in self.db.movements if m.product_id == product_id]
        return sorted(mine, key=lambda m: m.occurred_at, reverse=True)[:limit]

    def product_count(self) -> int:
        return len(self.db.products)

    def _row(self, warehouse_id: UUID, p: ProductInfo) -> StockRow:
        quantity = self.stock_position(warehouse_id, p.id).quantity
        return StockRow(
            p.id, p.sku, p.name, p.name_ar, p.unit, p.price_minor, p.currency, quantity,
            p.reorder_point,
        )  # fmt: skip

    def stock_rows(self, warehouse_id: UUID, offset: int, limit: int) -> list[StockRow]:
        ordered = sorted(self.db.products.values(), key=lambda p: p.sku)
        return [self._row(warehouse_id, p) for p in ordered[offset : offset + limit]]

    def stock_rows_of(self, warehouse_id: UUID, ids: Sequence[UUID]) -> list[StockRow]:
        return [self._row(warehouse_id, self.db.products[i]) for i in ids if i in self.db.products]

    def low_stock(self, warehouse_id: UUID, limit: int) -> list[StockRow]:
        rows = [r for r in self.stock_rows(warehouse_id, 0, len(self.db.products)) if r.low]
        return sorted(rows, key=lambda r: r.quantity - r.reorder_point)[:limit]

    def transfers_in_transit_to(self, branch_id: UUID) -> list[StockDocument]:
        found = [
            d
            for d in self.db.stock_documents.values()
            if d.kind == "transfer_out"
            and d.status == "in_transit"
            and d.counterpart_branch_id == branch_id
        ]
        return sorted(found, key=lambda d: d.issued_at)

    def stock_documents_between(
        self, branch_id: UUID, start: datetime, end: datetime, limit: int
    ) -> list[StockDocument]:
        found = [
            d
            for d in self.db.stock_documents.values()
            if (
                d.branch_id == branch_id
                or (d.kind == "transfer_out" and d.counterpart_branch_id == branch_id)
            )
            and start <= d.issued_at < end
        ]
        return sorted(found, key=lambda d: d.issued_at, reverse=True)[:limit]

    def insert_stock_document(
        self, doc: StockDocument, actor_id: UUID | None, now: datetime
    ) -> None:
        if doc.id in self.db.stock_documents:
            raise ConflictError("storage.integrity", detail=f"stock document {doc.id}")
        self.db.stock_documents[doc.id] = doc

    def stock_document(self, document_id: UUID) -> StockDocument:
        if document_id not in self.db.stock_documents:
            raise _not_found("stock_document", document_id)
        return self.db.stock_documents[document_id]

    def set_stock_document_status(self, document_id: UUID, status: str, now: datetime) -> None:
        if document_id in self.db.stock_documents:
            doc = self.db.stock_documents[document_id]
            self.db.stock_documents[document_id] = replace(doc, status=status)

    def next_stock_number(self, kind: str, branch_code: str, year: int) -> str:
        start = f"{branch_code}-{_STOCK_PREFIX[kind]}-{year}-"
        count = sum(d.number.startswith(start) for d in self.db.stock_documents.values())
        return f"{start}{count + 1:06d}"

    def record_low_stock(
        self,
        product_id: UUID,
        warehouse_id: UUID,
        level: Decimal,
        reorder_point: Decimal,
        at: datetime,
    ) -> UUID:
        product = self.db.products[product_id]
        alert = LowStockAlert(
            new_id(), product_id, product.sku, product.name, product.name_ar, warehouse_id,
            level, reorder_point, at,
        )  # fmt: skip
        self.db.alerts.append(alert)
        return alert.id

    def low_stock_alerts(
        self, warehouse_id: UUID, since: datetime, limit: int
    ) -> list[LowStockAlert]:
        mine = [
            a for a in self.db.alerts if a.warehouse_id == warehouse_id and a.raised_at >= since
        ]
        return sorted(mine, key=lambda a: (a.raised_at, a.sku), reverse=True)[:limit]
