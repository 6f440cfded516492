"""Customers, their store credit and their purchase history."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import func, select, update

from erp_desktop.app.records import CustomerInfo, PurchaseHistory
from erp_desktop.kernel.partners.customers import BUSINESS_FIELDS
from erp_desktop.storage import reactions
from erp_desktop.storage.repositories.base import RepositoryBase, not_found, stamped
from erp_desktop.storage.tables.catalog import customers


class CustomersRepository(RepositoryBase):
    def customer(self, customer_id: UUID) -> CustomerInfo:
        row = (
            self.conn.execute(select(customers).where(customers.c.id == customer_id))
            .mappings()
            .first()
        )
        if row is None:
            raise not_found("customer", customer_id)
        return self._info(row)

    def _info(self, row: Any) -> CustomerInfo:
        return CustomerInfo(
            row["id"],
            row["name"],
            row["name_ar"],
            row["phone"],
            row["email"],
            row["tax_id"],
            row["store_credit_minor"],
            row["currency"],
            row["field_clocks"],
            **{name: row[name] for name in BUSINESS_FIELDS},
        )

    def find_customers(self, text: str, limit: int) -> list[CustomerInfo]:
        """Customers whose name (French or Arabic) or phone contains ``text``."""
        needle = f"%{text.strip()}%"
        digits = "".join(ch for ch in text if ch.isdigit())
        condition = customers.c.name.ilike(needle) | customers.c.name_ar.like(needle)
        if digits:
            phone = func.replace(customers.c.phone, " ", "")
            condition = condition | phone.like(f"%{digits}%")
        ids = self.conn.execute(
            select(customers.c.id)
            .where(condition, customers.c.deleted_at.is_(None))
            .order_by(customers.c.name)
            .limit(limit)
        ).scalars()
        return [self.customer(i) for i in ids]

    def business_customers(self, text: str, limit: int) -> list[CustomerInfo]:
        c = customers.c
        condition = (
            (c.legal_ids.notin_(("", "{}"))) | (c.terms != "") | (c.credit_limit != "")
        ) & c.deleted_at.is_(None)
        if text.strip():
            needle = f"%{text.strip()}%"
            found = c.name.ilike(needle) | c.name_ar.like(needle)
            digits = "".join(ch for ch in text if ch.isdigit())
            if digits:
                found = found | func.replace(c.phone, " ", "").like(f"%{digits}%")
            condition = condition & found
        rows = self.conn.execute(
            select(customers).where(condition).order_by(c.name).limit(limit)
        ).mappings()
        return [self._info(row) for row in rows]

    def save_customer(self, customer: CustomerInfo, now: datetime) -> None:
        values = {
            "name": customer.name,
            "name_ar": customer.name_ar,
            "phone": customer.phone,
            "email": customer.email,
            "tax_id": customer.tax_id,
            "field_clocks": customer.field_clocks,
            **{name: getattr(customer, name) for name in BUSINESS_FIELDS},
        }
        done = self.conn.execute(
            update(customers).where(customers.c.id == customer.id).values(**values, updated_at=now)
        )
        if done.rowcount == 0:
            self.conn.execute(
                customers.insert(),
                stamped(
                    now,
                    id=customer.id,
                    store_credit_minor=customer.store_credit_minor,
                    currency=customer.currency,
                    metadata={},
                    **values,
                ),
            )

    def change_store_credit(self, customer_id: UUID, delta_minor: int, now: datetime) -> int:
        current = self.customer(customer_id).store_credit_minor
        self.conn.execute(
            update(customers)
            .where(customers.c.id == customer_id)
            .values(store_credit_minor=current + delta_minor, updated_at=now)
        )
        return current + delta_minor

    def purchase_history(self, customer_id: UUID) -> PurchaseHistory | None:
        return reactions.purchase_history(self.conn, customer_id)

    def add_purchase(
        self,
        customer_id: UUID,
        sale_id: UUID,
        total_minor: int,
        currency: str,
        at: datetime,
        now: datetime,
    ) -> bool:
        return reactions.add_purchase(
            self.conn, customer_id, sale_id, total_minor, currency, at, now
        )
