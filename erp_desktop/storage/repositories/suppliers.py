"""Head office's suppliers on the replica: written by head office's editor and by the pull
that brings them to every branch; read by the buyers, the warehouse desk and the reorder
suggestions. A supplier is one row and its supplied products a row each, replaced as a
whole when the supplier is saved (head office sends the supplier whole)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import bindparam, func, or_, select, update
from sqlalchemy.dialects.sqlite import insert

from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.invoicing.terms import terms_from_code
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.purchasing.suppliers import SuppliedProduct, Supplier
from erp_desktop.storage.repositories.base import RepositoryBase, from_milli, not_found, to_milli
from erp_desktop.storage.tables.catalog import suppliers
from erp_desktop.storage.tables.purchasing import supplier_products

_BY_ID = select(suppliers).where(suppliers.c.id == bindparam("id"))
_PRODUCTS = (
    select(supplier_products)
    .where(
        supplier_products.c.supplier_id == bindparam("id"),
        supplier_products.c.deleted_at.is_(None),
    )
    .order_by(supplier_products.c.reference)
)


def _supplied(row: Any) -> SuppliedProduct:
    return SuppliedProduct(
        product_id=row["product_id"],
        reference=row["reference"],
        last_price=Money.from_minor(row["last_price_minor"], row["currency"]),
        lead_time_days=row["lead_time_days"],
        pack=from_milli(row["pack_milli"]),
    )


_UPDATE_SUPPLIED = (
    update(supplier_products)
    .where(supplier_products.c.id == bindparam("row_id"))
    .values(
        {
            c: bindparam(f"new_{c}")
            for c in (
                "reference",
                "last_price_minor",
                "currency",
                "lead_time_days",
                "pack_milli",
                "updated_at",
                "deleted_at",
            )
        }
    )
)


class SuppliersRepository(RepositoryBase):
    def _supplier(self, row: Any) -> Supplier:
        items = self.conn.execute(_PRODUCTS, {"id": row["id"]}).mappings().all()
        return Supplier(
            id=row["id"],
            code=row["code"] or "",
            name=row["name"],
            name_ar=row["name_ar"],
            country=row["country"],
            currency=row["currency"],
            terms=terms_from_code(row["terms"]),
            legal_ids=tuple(sorted(dict(row["legal_ids"] or {}).items())),
            bank_account=row["bank_account"],
            products=tuple(_supplied(i) for i in items),
        )

    def supplier(self, supplier_id: UUID) -> Supplier:
        row = self.conn.execute(_BY_ID, {"id": supplier_id}).mappings().first()
        if row is None:
            raise not_found("supplier", supplier_id)
        return self._supplier(row)

    def supplier_by_code(self, code: str) -> Supplier | None:
        row = self.conn.execute(select(suppliers).where(suppliers.c.code == code)).mappings()
        found = row.first()
        return self._supplier(found) if found else None

    def find_suppliers(self, text: str, limit: int) -> list[Supplier]:
        """Active suppliers whose code or either name holds ``text`` (all when empty), by code."""
        query = select(suppliers).where(
            suppliers.c.active.is_(True), suppliers.c.deleted_at.is_(None)
        )
        needle = text.strip()
        if needle:
            like = f"%{needle}%"
            query = query.where(
                or_(
                    suppliers.c.code.ilike(like),
                    suppliers.c.name.ilike(like),
                    suppliers.c.name_ar.like(like),
                )
            )
        rows = self.conn.execute(query.order_by(suppliers.c.code).limit(limit)).mappings()
        return [self._supplier(r) for r in rows.all()]

    def suppliers_of_products(self, product_ids: Sequence[UUID]) -> dict[UUID, list[UUID]]:
        """For each product, the suppliers that supply it (active ones)."""
        if not product_ids:
            return {}
        rows = self.conn.execute(
            select(supplier_products.c.product_id, supplier_products.c.supplier_id)
            .join(suppliers, suppliers.c.id == supplier_products.c.supplier_id)
            .where(
                supplier_products.c.product_id.in_(list(product_ids)),
                supplier_products.c.deleted_at.is_(None),
                suppliers.c.active.is_(True),
            )
            .order_by(supplier_products.c.last_price_minor)
        )
        found: dict[UUID, list[UUID]] = {}
        for product_id, supplier_id in rows:
            found.setdefault(product_id, []).append(supplier_id)
        return found

    def supplier_count(self) -> int:
        return int(self.conn.execute(select(func.count()).select_from(suppliers)).scalar_one())

    def save_supplier(self, supplier: Supplier, now: datetime, *, active: bool = True) -> None:
        """Creates the supplier or overwrites it, and replaces the products it supplies."""
        legal = dict(supplier.legal_ids)
        row = {
            "id": supplier.id,
            "code": supplier.code,
            "name": supplier.name,
            "name_ar": supplier.name_ar,
            "tax_id": legal.get("nif") or legal.get("if") or legal.get("mf") or "",
            "metadata": {},
            "country": supplier.country,
            "currency": supplier.currency,
            "terms": supplier.terms.code,
            "legal_ids": legal,
            "bank_account": supplier.bank_account,
            "active": active,
        }
        statement = insert(suppliers).values(
            {**row, "created_at": now, "updated_at": now, "deleted_at": None}
        )
        changed = {c: statement.excluded[c] for c in (*row, "updated_at") if c != "id"}
        self.conn.execute(statement.on_conflict_do_update(index_elements=["id"], set_=changed))
        self._replace_products(supplier, now)

    def _replace_products(self, supplier: Supplier, now: datetime) -> None:
        held = {
            r.product_id: r.id
            for r in self.conn.execute(
                select(supplier_products.c.product_id, supplier_products.c.id).where(
                    supplier_products.c.supplier_id == supplier.id
                )
            )
        }
        wanted = {p.product_id for p in supplier.products}
        gone = [held[p] for p in held if p not in wanted]
        if gone:  # a product the supplier no longer supplies: soft deleted, as every row
            self.conn.execute(
                update(supplier_products)
                .where(supplier_products.c.id.in_(gone))
                .values(deleted_at=now, updated_at=now)
            )
        rows = [
            {
                "reference": item.reference,
                "last_price_minor": item.last_price.to_minor(),
                "currency": item.last_price.currency,
                "lead_time_days": item.lead_time_days,
                "pack_milli": to_milli(item.pack),
                "updated_at": now,
                "deleted_at": None,
                "product_id": item.product_id,
            }
            for item in supplier.products
        ]
        # one executemany each for the rows kept and the rows new (a supplier of 5,000
        # products took 5 s row by row, the statement built anew each time)
        kept = [
            {**{f"new_{k}": v for k, v in r.items()}, "row_id": held[r["product_id"]]}
            for r in rows
            if r["product_id"] in held
        ]
        if kept:
            self.conn.execute(_UPDATE_SUPPLIED, kept)
        new = [
            {**r, "id": new_id(), "supplier_id": supplier.id, "created_at": now}
            for r in rows
            if r["product_id"] not in held
        ]
        if new:
            self.conn.execute(supplier_products.insert(), new)

    def record_last_price(
        self, supplier_id: UUID, product_id: UUID, price: Decimal, currency: str, now: datetime
    ) -> None:
        """An invoice's price becomes the supplier's last price for the product (if supplied)."""
        self.conn.execute(
            update(supplier_products)
            .where(
                supplier_products.c.supplier_id == supplier_id,
                supplier_products.c.product_id == product_id,
            )
            .values(last_price_minor=Money.of(price, currency).to_minor(), updated_at=now)
        )


def supplier_of(p: Any) -> Supplier:
    """The supplier a payload describes (pushed by head office, or pulled as the server's row:
    the same fields). Not checked again: head office's client and the server did."""
    currency = str(p["currency"])
    return Supplier(
        id=UUID(str(p["id"])),
        code=str(p["code"]),
        name=str(p["name"]),
        name_ar=str(p["name_ar"]),
        country=str(p["country"]),
        currency=currency,
        terms=terms_from_code(str(p["terms"])),
        legal_ids=tuple(sorted(dict(p["legal_ids"] or {}).items())),
        bank_account=str(p["bank_account"]),
        products=tuple(
            SuppliedProduct(
                product_id=UUID(str(i["product_id"])),
                reference=str(i["reference"]),
                last_price=Money.from_minor(int(i["last_price_minor"]), currency),
                lead_time_days=int(i["lead_time_days"]),
                pack=from_milli(int(i["pack_milli"])),
            )
            for i in p["products"]
        ),
    )
