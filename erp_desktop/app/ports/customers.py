"""Customers and their store credit."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol
from uuid import UUID

from erp_desktop.app.records import CustomerInfo, PurchaseHistory


class CustomersReads(Protocol):
    def customer(self, customer_id: UUID) -> CustomerInfo: ...
    def find_customers(self, text: str, limit: int) -> list[CustomerInfo]: ...
    def purchase_history(self, customer_id: UUID) -> PurchaseHistory | None: ...
    def business_customers(self, text: str, limit: int) -> list[CustomerInfo]:
        """Customers with a legal id, terms or a credit limit, whose name or phone holds
        ``text`` (every one when empty), by name."""
        ...


class CustomersRepository(CustomersReads, Protocol):
    def save_customer(self, customer: CustomerInfo, now: datetime) -> None: ...
    def change_store_credit(self, customer_id: UUID, delta_minor: int, now: datetime) -> int: ...
    def add_purchase(
        self,
        customer_id: UUID,
        sale_id: UUID,
        total_minor: int,
        currency: str,
        at: datetime,
        now: datetime,
    ) -> bool: ...
