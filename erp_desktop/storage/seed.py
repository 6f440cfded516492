"""Head-office data written into a replica: the company, branches, registers, users, chart,
catalog and rates.

On a real branch this data arrives from the server (sync pull); the demo replica and the
tests write it directly through these functions, in bulk (50,000 products in seconds).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import Connection

from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ledger.accounts import AccountRole, load_chart
from erp_desktop.storage.tables.catalog import (
    exchange_rates,
    product_barcodes,
    products,
)
from erp_desktop.storage.tables.ledger import accounts
from erp_desktop.storage.tables.org import (
    branches,
    company,
    registers,
    user_roles,
    users,
    warehouses,
)


def _stamped(now: datetime, **values: Any) -> dict[str, Any]:
    return {**values, "created_at": now, "updated_at": now, "deleted_at": None}


@dataclass(frozen=True)
class BranchSeed:
    id: UUID
    code: str
    name: str
    name_ar: str
    is_local: bool
    warehouse_id: UUID
    registers: tuple[tuple[UUID, str, int], ...] = ()  # id, code, cash step in minor units
    kind: str = "branch"  # kernel.ownership.SiteKind


@dataclass(frozen=True)
class UserSeed:
    id: UUID
    username: str
    full_name: str
    password_hash: str
    pin_hash: str | None
    roles: tuple[str, ...]
    branch_id: UUID | None
    language: str = "fr"


@dataclass(frozen=True)
class ProductSeed:
    id: UUID
    sku: str
    name: str
    name_ar: str
    unit: str
    price_minor: int
    currency: str
    tax_class: str
    barcodes: tuple[str, ...] = ()
    price_mode: str = "tax_included"
    reorder_point_milli: int = 0
    scale_code: str | None = None
    category_id: UUID | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


def seed_company(
    conn: Connection,
    now: datetime,
    *,
    name: str,
    name_ar: str,
    country: str,
    currency: str,
    legal_ids: dict[str, str],
    company_id: UUID | None = None,
    mentions: Mapping[str, Any] | None = None,
) -> UUID:
    """The company and its country's chart. ``mentions``: what its invoices say of it
    (legal_form, legal_form_ar, capital_minor, activity, activity_ar, address, address_ar,
    phone; décret exécutif 05-468 art. 3)."""
    company_id = company_id or new_id()
    conn.execute(
        company.insert(),
        _stamped(
            now,
            id=company_id,
            name=name,
            name_ar=name_ar,
            country=country,
            currency=currency,
            legal_ids=legal_ids,
            metadata={},
            **dict(mentions or {}),
        ),
    )
    chart = load_chart(country)
    role_of: dict[str, AccountRole] = {}
    for role, code in chart.roles.items():
        role_of.setdefault(code, role)  # a shared account keeps its first role
    conn.execute(
        accounts.insert(),
        [
            _stamped(
                now,
                id=new_id(),
                code=a.code,
                name=a.name,
                name_ar=a.name_ar,
                type=str(a.type),
                role=str(role_of[a.code]) if a.code in role_of else None,
            )
            for a in chart.accounts.values()
        ],
    )
    return company_id


def seed_branches(conn: Connection, now: datetime, seeds: Sequence[BranchSeed]) -> None:
    for b in seeds:
        conn.execute(
            branches.insert(),
            _stamped(
                now,
                id=b.id,
                code=b.code,
                name=b.name,
                name_ar=b.name_ar,
                is_local=b.is_local,
                kind=b.kind,
            ),
        )
        conn.execute(
            warehouses.insert(),
            _stamped(
                now,
                id=b.warehouse_id,
                branch_id=b.id,
                code=f"{b.code}-MAIN",
                name=f"{b.name} - magasin",
                name_ar=f"{b.name_ar} - المخزن",
            ),
        )
        for reg_id, code, step in b.registers:
            conn.execute(
                registers.insert(),
                _stamped(
                    now,
                    id=reg_id,
                    branch_id=b.id,
                    code=code,
                    name=f"Caisse {code}",
                    cash_step_minor=step,
                ),
            )


def seed_users(conn: Connection, now: datetime, seeds: Sequence[UserSeed]) -> None:
    for u in seeds:
        conn.execute(
            users.insert(),
            _stamped(
                now,
                id=u.id,
                username=u.username,
                full_name=u.full_name,
                password_hash=u.password_hash,
                pin_hash=u.pin_hash,
                branch_id=u.branch_id,
                language=u.language,
                active=True,
                failed_attempts=0,
                locked_until=None,
            ),
        )
        for role in u.roles:
            conn.execute(user_roles.insert(), _stamped(now, id=new_id(), user_id=u.id, role=role))


def seed_products(conn: Connection, now: datetime, seeds: Sequence[ProductSeed]) -> None:
    if not seeds:
        return
    conn.execute(
        products.insert(),
        [
            _stamped(
                now,
                id=p.id,
                sku=p.sku,
                name=p.name,
                name_ar=p.name_ar,
                unit=p.unit,
                category_id=p.category_id,
                price_minor=p.price_minor,
                currency=p.currency,
                price_mode=p.price_mode,
                tax_class=p.tax_class,
                reorder_point_milli=p.reorder_point_milli,
                scale_code=p.scale_code,
                metadata=p.metadata,
                active=True,
            )
            for p in seeds
        ],
    )
    rows = [
        _stamped(now, id=new_id(), product_id=p.id, barcode=code)
        for p in seeds
        for code in p.barcodes
    ]
    if rows:
        conn.execute(product_barcodes.insert(), rows)


def seed_rate(
    conn: Connection, now: datetime, on: date, source: str, target: str, rate: Decimal
) -> None:
    conn.execute(
        exchange_rates.insert(),
        _stamped(now, id=new_id(), on_date=on.isoformat(), source=source, target=target, rate=rate),
    )
