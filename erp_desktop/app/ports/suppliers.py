"""Head office's suppliers (kernel.purchasing.suppliers), as the replica holds them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Protocol
from uuid import UUID

from erp_desktop.kernel.purchasing.suppliers import Supplier


class SuppliersReads(Protocol):
    def supplier(self, supplier_id: UUID) -> Supplier: ...
    def supplier_by_code(self, code: str) -> Supplier | None: ...
    def find_suppliers(self, text: str, limit: int) -> list[Supplier]: ...
    def suppliers_of_products(self, product_ids: Sequence[UUID]) -> dict[UUID, list[UUID]]: ...
    def supplier_count(self) -> int: ...


class SuppliersRepository(SuppliersReads, Protocol):
    """Suppliers arrive from the server (a pull); head office's replica writes them from its
    editor too, queued for the server in the same transaction."""

    def save_supplier(self, supplier: Supplier, now: datetime, *, active: bool = True) -> None: ...
    def record_last_price(
        self, supplier_id: UUID, product_id: UUID, price: Decimal, currency: str, now: datetime
    ) -> None: ...
