"""Stock positions, movements and levels, and the stock documents that move goods."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Protocol
from uuid import UUID

from erp_desktop.app.records import LowStockAlert, StockPosition, StockRow
from erp_desktop.kernel.documents import StockDocument
from erp_desktop.kernel.inventory.movements import StockMovement


class StockReads(Protocol):
    def stock_position(self, warehouse_id: UUID, product_id: UUID) -> StockPosition: ...
    def stock_positions(
        self, warehouse_id: UUID, product_ids: Sequence[UUID]
    ) -> dict[UUID, StockPosition]: ...
    def movements_of(self, product_id: UUID, limit: int) -> list[StockMovement]: ...
    def product_count(self) -> int: ...
    def low_stock(self, warehouse_id: UUID, limit: int) -> list[StockRow]: ...
    def transfers_in_transit_to(self, branch_id: UUID) -> list[StockDocument]: ...
    def stock_documents_between(
        self, branch_id: UUID, start: datetime, end: datetime, limit: int
    ) -> list[StockDocument]: ...
    def stock_rows(self, warehouse_id: UUID, offset: int, limit: int) -> list[StockRow]: ...
    def stock_rows_of(self, warehouse_id: UUID, ids: Sequence[UUID]) -> list[StockRow]: ...
    def stock_document(self, document_id: UUID) -> StockDocument: ...
    def next_stock_number(self, kind: str, branch_code: str, year: int) -> str: ...
    def low_stock_alerts(
        self, warehouse_id: UUID, since: datetime, limit: int
    ) -> list[LowStockAlert]: ...


class StockRepository(StockReads, Protocol):
    def record_low_stock(
        self,
        product_id: UUID,
        warehouse_id: UUID,
        level: Decimal,
        reorder_point: Decimal,
        at: datetime,
    ) -> UUID: ...
    def record_movement(
        self,
        movement: StockMovement,
        branch_id: UUID,
        actor_id: UUID | None,
        position: StockPosition,
        now: datetime,
    ) -> None: ...
    def record_movements(
        self,
        batch: list[tuple[StockMovement, StockPosition]],
        branch_id: UUID,
        actor_id: UUID | None,
        now: datetime,
    ) -> None: ...
    def insert_stock_document(
        self, doc: StockDocument, actor_id: UUID | None, now: datetime
    ) -> None: ...
    def set_stock_document_status(self, document_id: UUID, status: str, now: datetime) -> None: ...
