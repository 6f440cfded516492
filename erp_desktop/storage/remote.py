"""Applying what head office sends down (pull) to the replica: branches, registers,
warehouses, users (with their hashes, for offline login), products and barcodes, account
names, exchange rates. Rows keep the server's ids; an update overwrites the head-office-owned fields and
never touches what the branch keeps (a user's failed attempts, which branch is local).

Each entity kind declares what applying it changes (``CHANGES``, next to ``APPLIERS``): a
pull returns the union, and the open screens refresh what it names. A new pulled kind adds
one entry to each table (a test checks that none is missing).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, Executable, Table, select, update
from sqlalchemy.dialects.sqlite import insert

from erp_desktop.app.changes import NOTHING, Changed, Changes
from erp_desktop.kernel.crm.customers import FIELDS, merge_customer
from erp_desktop.kernel.documents.business import instrument_from_payload, payment_from_payload
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.tax.catalog import TAX_CATALOGS_SETTING
from erp_desktop.storage.remote_business import BUSINESS_APPLIERS, BUSINESS_CHANGES
from erp_desktop.storage.remote_crm import CRM_APPLIERS, CRM_CHANGES
from erp_desktop.storage.remote_hr import HR_APPLIERS, HR_CHANGES
from erp_desktop.storage.remote_payroll import PAYROLL_APPLIERS, PAYROLL_CHANGES
from erp_desktop.storage.remote_purchasing import PURCHASING_APPLIERS, PURCHASING_CHANGES
from erp_desktop.storage.repositories.org import COMPANY_MENTIONS, write_setting
from erp_desktop.storage.repositories.receivables import ReceivablesRepository
from erp_desktop.storage.seed import seed_company
from erp_desktop.storage.tables.catalog import (
    categories,
    customers,
    exchange_rates,
    product_barcodes,
    product_images,
    products,
)
from erp_desktop.storage.tables.ledger import (
    accounts,
    fiscal_periods,
    journal_entries,
    posting_moves,
)
from erp_desktop.storage.tables.org import (
    branches,
    company,
    registers,
    settings,
    user_roles,
    users,
    warehouses,
)


def _upsert(
    conn: Connection,
    table: Table,
    row: dict[str, Any],
    keep: tuple[str, ...],
    now: datetime,
    key: str = "id",
) -> None:
    """Insert, or update the row with the same ``key`` (its id, or a natural key such as a
    barcode that must stay unique whoever made the row)."""
    statement = upsert_statement(table, tuple(row), keep, key)
    conn.execute(statement, {**row, "updated_at": now, "created_at": now, "deleted_at": None})


@lru_cache(maxsize=64)
def upsert_statement(
    table: Table, columns: tuple[str, ...], keep: tuple[str, ...], key: str
) -> Executable:
    """Built once per table and shape: a catalog of 50,000 products comes down row by row,
    and building the statement anew for each row cost more than running it."""
    statement = insert(table)
    changed = {
        c: statement.excluded[c] for c in (*columns, "updated_at") if c not in ("id", key, *keep)
    }
    return statement.on_conflict_do_update(index_elements=[key], set_=changed)


def _id(value: Any) -> UUID | None:
    return UUID(str(value)) if value else None


Ident = Callable[[Any], Any]  # an id from the wire: a UUID, or its hex for a bulk load


def _branch(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """A branch; the one this PC was enrolled for becomes the local branch."""
    local = conn.execute(
        select(settings.c.value).where(settings.c.key == "local_branch_id")
    ).scalar()
    row = {
        "id": _id(p["id"]),
        "code": p["code"],
        "name": p["name"],
        "name_ar": p["name_ar"],
        "is_local": local is not None and str(local) == str(p["id"]),
        "kind": p.get("kind") or "branch",  # head office's own site is a site too
    }
    _upsert(conn, branches, row, ("is_local",), now)


def _mentions(p: Mapping[str, Any]) -> dict[str, Any]:
    """What invoices and payslips say of the company, as head office keeps it (the server's
    migration 0033): the company is head office's, so its values replace the replica's. A
    mention head office has not set (null), or a payload logged before 0033 without it,
    leaves the replica's own: a shop that ran alone and joins keeps its address until head
    office sets one, and goes on printing its invoices."""
    return {k: p[k] for k in COMPANY_MENTIONS if p.get(k) is not None}


def _company(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """A new branch's replica learns its company (and sets up the country's chart)."""
    if conn.execute(select(company.c.id)).first() is None:
        seed_company(
            conn,
            now,
            name=p["name"],
            name_ar=p["name_ar"],
            country=p["country"],
            currency=p["currency"],
            legal_ids=dict(p.get("legal_ids") or {}),
            company_id=_id(p["id"]),
            mentions=_mentions(p),
        )
        return
    conn.execute(
        update(company).values(
            name=p["name"],
            name_ar=p["name_ar"],
            legal_ids=dict(p.get("legal_ids") or {}),
            updated_at=now,
            **_mentions(p),
        )
    )


def _register(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    row = {
        "id": _id(p["id"]),
        "branch_id": _id(p["branch_id"]),
        "code": p["code"],
        "name": p["code"],
        "cash_step_minor": p["cash_step_minor"],
    }
    _upsert(conn, registers, row, (), now)


def _warehouse(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    row = {
        "id": _id(p["id"]),
        "branch_id": _id(p["branch_id"]),
        "code": p["code"],
        "name": p["name"],
        "name_ar": p.get("name_ar") or p["name"],
    }
    _upsert(conn, warehouses, row, (), now)


def _user(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    user_id = _id(p["id"])
    row = {
        "id": user_id,
        "username": p["username"],
        "full_name": p["full_name"],
        "password_hash": p["password_hash"],
        "pin_hash": p["pin_hash"],
        "branch_id": _id(p["branch_id"]),
        "language": "fr",
        "active": bool(p["active"]),
        "failed_attempts": 0,
        "locked_until": None,
    }
    _upsert(conn, users, row, ("language", "failed_attempts", "locked_until"), now)
    held = set(
        conn.execute(
            select(user_roles.c.role).where(
                user_roles.c.user_id == user_id, user_roles.c.deleted_at.is_(None)
            )
        ).scalars()
    )
    for role in sorted(set(p["roles"]) - held):
        conn.execute(
            user_roles.insert().values(
                id=new_id(),
                user_id=user_id,
                role=role,
                created_at=now,
                updated_at=now,
                deleted_at=None,
            )
        )
    for role in held - set(p["roles"]):  # soft delete: business rows are never deleted
        conn.execute(
            update(user_roles)
            .where(user_roles.c.user_id == user_id, user_roles.c.role == role)
            .values(deleted_at=now, updated_at=now)
        )


def product_row(p: Mapping[str, Any], ident: Ident = _id) -> dict[str, Any]:
    return {
        "id": ident(p["id"]),
        "sku": p["sku"],
        "name": p["name"],
        "name_ar": p["name_ar"],
        "unit": p["unit"],
        "category_id": ident(p.get("category_id")),  # the till's grid tab, head office's
        "price_minor": p["price_minor"],
        "currency": p["currency"],
        "price_mode": p["price_mode"],
        "tax_class": p["tax_class"],
        "reorder_point_milli": p["reorder_point_milli"],
        "scale_code": p["scale_code"],
        "metadata": p.get("metadata") or {},
        "active": bool(p["active"]),
    }


def _product(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    _upsert(conn, products, product_row(p), (), now)


def barcode_row(p: Mapping[str, Any], ident: Ident = _id) -> dict[str, Any]:
    return {"id": ident(p["id"]), "product_id": ident(p["product_id"]), "barcode": p["barcode"]}


def _barcode(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    _upsert(conn, product_barcodes, barcode_row(p), (), now, key="barcode")


def _account(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """The chart comes from the country's template on both sides; names may be edited."""
    conn.execute(
        update(accounts)
        .where(accounts.c.code == p["code"])
        .values(name=p["name"], name_ar=p["name_ar"], updated_at=now)
    )


def _exchange_rate(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """Head office's rate for a currency pair and day replaces any the branch had for it."""
    values = {
        "id": _id(p["id"]),
        "on_date": p["on_date"],
        "source": p["source"],
        "target": p["target"],
        "rate": Decimal(p["rate"]),
        "updated_at": now,
    }
    statement = insert(exchange_rates).values({**values, "created_at": now, "deleted_at": None})
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=["source", "target", "on_date"],
            set_={"rate": values["rate"], "updated_at": now},
        )
    )


def _tax_catalog(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """Kept with the others head office sent (one setting, by country): the sync runner
    puts it to work at once, ``bootstrap.open_branch`` at every start."""
    stored = dict(
        conn.execute(
            select(settings.c.value).where(settings.c.key == TAX_CATALOGS_SETTING)
        ).scalar()
        or {}
    )
    stored[str(p["country"])] = p["document"]
    write_setting(conn, TAX_CATALOGS_SETTING, stored, now)


def _fiscal_period(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """A month head office closed: this replica's postings follow the same rule as the
    server's from now on (a late document dated inside it goes to the first open day)."""
    done = conn.execute(
        update(fiscal_periods)
        .where(fiscal_periods.c.code == p["code"])
        .values(closed=True, closed_at_head_office=True, updated_at=now)
    )
    if done.rowcount == 0:
        conn.execute(
            fiscal_periods.insert().values(
                id=_id(p["id"]),
                code=p["code"],
                start_date=str(p["start_date"]),
                end_date=str(p["end_date"]),
                closed=True,
                closed_at_head_office=True,
                created_at=now,
                updated_at=now,
                deleted_at=None,
            )
        )


def _posting_moved(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """The server posted this branch's entry of a late document on the first open day after
    a month head office closed: the replica's own entry moves to the same day, recorded in
    ``posting_moves`` (the one change a posted entry allows). Applied once; an entry this
    replica does not hold, or holds on another day already, is left as it is."""
    entry_id = conn.execute(
        select(journal_entries.c.id).where(
            journal_entries.c.source_id == _id(p["source_id"]),
            journal_entries.c.entry_date == p["dated"],
            journal_entries.c.reversal_of.is_(None),
        )
    ).scalar()
    if entry_id is None:
        return
    conn.execute(
        posting_moves.insert().values(
            id=new_id(),
            entry_id=entry_id,
            from_date=p["dated"],
            to_date=p["posted_on"],
            period=p["period"],
            created_at=now,
            updated_at=now,
            deleted_at=None,
        )
    )
    conn.execute(
        update(journal_entries)
        .where(journal_entries.c.id == entry_id)
        .values(entry_date=p["posted_on"], updated_at=now)
    )


def _customer(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """The server's merge, merged again with this replica's copy: an edit made here and not
    yet pushed is newer than what came down and stays."""
    customer_id = UUID(str(p["id"]))
    incoming = {f: p.get(f, "") for f in FIELDS}  # a row logged before a field existed
    incoming_clocks = dict(p["field_clocks"])
    row = conn.execute(select(customers).where(customers.c.id == customer_id)).mappings().first()
    if row is None:
        insert_customer(conn, customer_id, incoming, incoming_clocks, now)
        return
    values, clocks = merge_customer(
        {f: row[f] for f in FIELDS}, dict(row["field_clocks"]), incoming, incoming_clocks
    )
    conn.execute(
        update(customers)
        .where(customers.c.id == customer_id)
        .values(**values, field_clocks=clocks, updated_at=now)
    )


def insert_customer(
    conn: Connection,
    customer_id: UUID,
    values: Mapping[str, Any],
    clocks: Mapping[str, str],
    now: datetime,
) -> None:
    """A customer this replica did not have, as the server holds it (no store credit here)."""
    currency = conn.execute(select(company.c.currency)).scalar_one()
    conn.execute(
        customers.insert().values(
            id=customer_id,
            **values,
            store_credit_minor=0,
            currency=currency,
            field_clocks=dict(clocks),
            metadata={},
            created_at=now,
            updated_at=now,
            deleted_at=None,
        )
    )


def category_row(p: Mapping[str, Any], ident: Ident = _id) -> dict[str, Any]:
    return {
        "id": ident(p["id"]),
        "name": p["name"],
        "name_ar": p["name_ar"],
        "position": int(p.get("position") or 0),
    }


def _category(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """A tab of the touch till's grid; its products name it in their ``category_id``."""
    _upsert(conn, categories, category_row(p), (), now)


def image_row(p: Mapping[str, Any], ident: Ident = _id) -> dict[str, Any]:
    """A product's small picture (base64 on the wire)."""
    return {
        "id": ident(p["id"]),
        "product_id": ident(p["product_id"]),
        "media_type": p["media_type"],
        "thumbnail": base64.b64decode(p["thumbnail"]),
    }


def _product_image(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """A product's small picture, replacing the one it had."""
    row = image_row(p)
    _upsert(conn, product_images, row, (), now, key="product_id")
    # removed at head office (server 0029), or set again after a removal (issue 17)
    conn.execute(
        update(product_images)
        .where(product_images.c.product_id == row["product_id"])
        .values(deleted_at=now if p.get("deleted_at") else None)
    )


def _customer_payment(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """A payment or refund received at any site (this one's own comes back too: kept)."""
    repository = ReceivablesRepository(conn)
    if repository.payment(UUID(str(p["id"]))) is None:
        repository.insert_payment(payment_from_payload(p, UUID(str(p["branch_id"]))), now)


def _instrument_event(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """A cheque or traite deposited, cleared or bounced at any site: a bounce reopens the
    invoices its payment settled here too (the open dues follow by trigger)."""
    repository = ReceivablesRepository(conn)
    event = instrument_from_payload(p, UUID(str(p["branch_id"])))
    if all(e.id != event.id for e in repository.instrument_events_of(event.payment_id)):
        repository.insert_instrument_event(event, now)


APPLIERS: dict[str, Callable[[Connection, Mapping[str, Any], datetime], None]] = {
    "branch": _branch,
    "register": _register,
    "warehouse": _warehouse,
    "user": _user,
    "product": _product,
    "product_barcode": _barcode,
    "account": _account,
    "customer": _customer,
    "company": _company,
    "exchange_rate": _exchange_rate,
    "tax_catalog": _tax_catalog,
    "fiscal_period": _fiscal_period,
    "posting_moved": _posting_moved,
    **PURCHASING_APPLIERS,  # suppliers down, orders and receipts across, invoices' costs
    **HR_APPLIERS,  # shifts and staff everywhere; records, others' days at head office
    **CRM_APPLIERS,
    "category": _category,
    "product_image": _product_image,
    **BUSINESS_APPLIERS,  # issue 13: every site sees every business document
    "customer_payment": _customer_payment,  # received at any site (issue 13)
    "instrument_event": _instrument_event,
    **PAYROLL_APPLIERS,  # HR's items of a month, back to head office alone
}


# What applying a row of each kind changes, for the open screens (the till's product cache,
# the stock list, the status bar...).
CHANGES: dict[str, Changes] = {
    "branch": frozenset({Changed.ORG}),
    "register": frozenset({Changed.ORG}),
    "warehouse": frozenset({Changed.ORG, Changed.STOCK}),
    "user": frozenset({Changed.USERS}),
    "product": frozenset({Changed.CATALOG, Changed.STOCK}),
    "product_barcode": frozenset({Changed.CATALOG}),
    "account": frozenset({Changed.JOURNAL}),
    "customer": frozenset({Changed.CUSTOMERS}),
    "company": frozenset({Changed.ORG}),
    "exchange_rate": frozenset({Changed.CATALOG}),
    "tax_catalog": frozenset({Changed.CATALOG}),
    # head office's kinds (wt-headoffice adds their appliers): a month closed there, a late
    # entry the server posted on the first open day
    "fiscal_period": frozenset({Changed.JOURNAL}),
    "posting_moved": frozenset({Changed.JOURNAL}),
    **PURCHASING_CHANGES,
    **HR_CHANGES,
    **CRM_CHANGES,
    "category": frozenset({Changed.CATALOG}),
    "product_image": frozenset({Changed.CATALOG}),
    **BUSINESS_CHANGES,
    "customer_payment": frozenset({Changed.CUSTOMERS}),
    "instrument_event": frozenset({Changed.CUSTOMERS}),
    **PAYROLL_CHANGES,
}


def apply_remote(
    conn: Connection, entity: str, payload: Mapping[str, Any], now: datetime
) -> Changes:
    """Applies one pulled row and tells what it changed; nothing for an entity this replica
    does not keep."""
    applier = APPLIERS.get(entity)
    if applier is None:
        return NOTHING
    applier(conn, payload, now)
    return CHANGES[entity]
