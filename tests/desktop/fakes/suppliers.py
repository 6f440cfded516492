"""The fake of the suppliers repository (app/ports/suppliers.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.money import Money
from erp_desktop.kernel.purchasing.suppliers import Supplier
from tests.desktop.fakes.replica import FakeReplica, _not_found


class FakeSuppliers:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def supplier(self, supplier_id: UUID) -> Supplier:
        if supplier_id not in self.db.suppliers:
            raise _not_found("supplier", supplier_id)
        return self.db.suppliers[supplier_id]

    def supplier_by_code(self, code: str) -> Supplier | None:
        return next((s for s in self.db.suppliers.values() if s.code == code), None)

    def find_suppliers(self, text: str, limit: int) -> list[Supplier]:
        needle = text.strip().casefold()
        found = [
            s
            for s in self.db.suppliers.values()
            if not needle
            or needle in s.code.casefold()
            or needle in s.name.casefold()
            or needle in s.name_ar
        ]
        return sorted(found, key=lambda s: s.code)[:limit]

    def suppliers_of_products(self, product_ids: Sequence[UUID]) -> dict[UUID, list[UUID]]:
        found: dict[UUID, list[UUID]] = {}
        for s in self.db.suppliers.values():
            for p in s.products:
                if p.product_id in product_ids:
                    found.setdefault(p.product_id, []).append(s.id)
        return found

    def supplier_count(self) -> int:
        return len(self.db.suppliers)

    def save_supplier(self, supplier: Supplier, now: datetime, *, active: bool = True) -> None:
        self.db.suppliers[supplier.id] = supplier

    def record_last_price(
        self, supplier_id: UUID, product_id: UUID, price: Decimal, currency: str, now: datetime
    ) -> None:
        held = self.db.suppliers[supplier_id]
        self.db.suppliers[supplier_id] = replace(
            held,
            products=tuple(
                replace(p, last_price=Money.of(price, currency))
                if p.product_id == product_id
                else p
                for p in held.products
            ),
        )
