"""Sales documents (sales and credit notes), their number series and what returns took back."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol
from uuid import UUID

from erp_desktop.app.records import SaleActivity
from erp_desktop.kernel.documents import SaleDocument


class SalesReads(Protocol):
    def session_sales(self, session_id: UUID) -> list[SaleDocument]: ...
    def sale(self, sale_id: UUID) -> SaleDocument: ...
    def sale_by_number(self, number: str) -> SaleDocument | None: ...
    def sales_of_series(self, series: str) -> list[SaleDocument]: ...
    def sales_after(self, series: str, sequence: int, limit: int) -> list[SaleDocument]: ...
    def sales_activity(self, start: datetime, end: datetime) -> list[SaleActivity]: ...


class SalesRepository(SalesReads, Protocol):
    def series_state(
        self, register_id: UUID, series: str, genesis_hash: str, now: datetime
    ) -> tuple[int, str]:
        """The series' last sequence and hash, the series created at ``genesis_hash`` if new."""
        ...

    def advance_series(self, series: str, sequence: int, last_hash: str, now: datetime) -> None: ...
    def insert_sale(self, sale: SaleDocument, now: datetime) -> None: ...
