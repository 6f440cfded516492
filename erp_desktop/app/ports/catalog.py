"""Products (by id, barcode, scale code or search) and exchange rates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Protocol
from uuid import UUID

from erp_desktop.app.records import ProductInfo


class CatalogReads(Protocol):
    def product(self, product_id: UUID) -> ProductInfo: ...
    def product_by_barcode(self, barcode: str) -> ProductInfo | None: ...
    def product_by_scale_code(self, item_code: str) -> ProductInfo | None: ...
    def search_products(self, text: str, limit: int) -> list[UUID]: ...
    def products(self, ids: Sequence[UUID]) -> list[ProductInfo]: ...
    def exchange_rate(self, source: str, target: str, on: date) -> Decimal | None: ...
    def products_by_sku(self, limit: int) -> list[ProductInfo]: ...
    def product_by_sku(self, sku: str) -> ProductInfo | None: ...


class CatalogRepository(CatalogReads, Protocol):
    """The catalog arrives from the server, and the replica writes it when it applies a
    pull; head office's replica writes it too, from its product editor (queued for the
    server in the same transaction)."""

    def save_product(self, product: ProductInfo, now: datetime) -> None: ...
