"""The fake of the customers repository (app/ports/customers.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from uuid import UUID

from erp_desktop.app.records import (
    CustomerInfo,
    PurchaseHistory,
)
from tests.desktop.fakes.replica import FakeReplica, _not_found


class FakeCustomers:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def customer(self, customer_id: UUID) -> CustomerInfo:
        if customer_id not in self.db.customers:
            raise _not_found("customer", customer_id)
        return self.db.customers[customer_id]

    def find_customers(self, text: str, limit: int) -> list[CustomerInfo]:
        needle = text.strip().casefold()
        digits = "".join(ch for ch in text if ch.isdigit())
        found = [
            c
            for c in self.db.customers.values()
            if needle in c.name.casefold()
            or needle in c.name_ar
            or (digits and digits in c.phone.replace(" ", ""))
        ]
        return sorted(found, key=lambda c: c.name)[:limit]

    def business_customers(self, text: str, limit: int) -> list[CustomerInfo]:
        found = [c for c in self.db.customers.values() if c.is_business]
        if text.strip():
            kept = {c.id for c in self.find_customers(text, len(self.db.customers))}
            found = [c for c in found if c.id in kept]
        return sorted(found, key=lambda c: c.name)[:limit]

    def save_customer(self, customer: CustomerInfo, now: datetime) -> None:
        kept = self.db.customers.get(customer.id)
        self.db.customers[customer.id] = (
            replace(customer, store_credit_minor=kept.store_credit_minor, currency=kept.currency)
            if kept
            else customer
        )

    def change_store_credit(self, customer_id: UUID, delta_minor: int, now: datetime) -> int:
        current = self.customer(customer_id)
        balance = current.store_credit_minor + delta_minor
        self.db.customers[customer_id] = replace(current, store_credit_minor=balance)
        return balance

    def purchase_history(self, customer_id: UUID) -> PurchaseHistory | None:
        kept = self.db.histories.get(customer_id)
        return kept[0] if kept else None

    def add_purchase(
        self,
        customer_id: UUID,
        sale_id: UUID,
        total_minor: int,
        currency: str,
        at: datetime,
        now: datetime,
    ) -> bool:
        kept = self.db.histories.get(customer_id)
        if kept is None:
            first = PurchaseHistory(customer_id, 1, total_minor, currency, at, at)
            self.db.histories[customer_id] = (first, sale_id)
            return True
        history, last_sale = kept
        if last_sale == sale_id:
            return False
        more = PurchaseHistory(
            customer_id,
            history.purchases + 1,
            history.spent_minor + total_minor,
            currency,
            min(history.first_purchase_at, at),
            max(history.last_purchase_at, at),
        )
        self.db.histories[customer_id] = (more, sale_id)
        return True
