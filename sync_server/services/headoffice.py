"""What head office sets up: the company and its chart, branches, registers, users, devices.

A device is created with a one-time enrollment token (shown once, stored hashed, valid for
a day); the branch PC exchanges it for its own credential (services/enrollment.py).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any
from uuid import UUID

from argon2 import PasswordHasher

from erp_desktop.kernel.barcodes import is_valid_gtin
from erp_desktop.kernel.errors import ConflictError, ErpError, NotFound, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ledger.accounts import load_chart
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.ownership import SiteKind
from erp_desktop.kernel.partners.company import (
    CheckedDetails,
    CompanyDetails,
    check_company_details,
)
from erp_desktop.kernel.permissions import Role
from erp_desktop.kernel.purchasing.accounts import purchasing_chart
from erp_desktop.kernel.quantity import to_milli
from erp_desktop.kernel.tax.catalog import default_catalog
from sync_server.db import headoffice as rows
from sync_server.db import tax_catalogs
from sync_server.db.catalog import ProductRow, upsert_products
from sync_server.db.engine import Connection, Engine, unit_of_work
from sync_server.db.headoffice import DeviceRow

TOKEN_VALIDITY = timedelta(days=1)


def secret_hash(secret: str) -> str:
    """Tokens and credentials are 256 random bits: a plain SHA-256 is enough to store them."""
    return hashlib.sha256(secret.encode("ascii")).hexdigest()


def set_up_company(
    engine: Engine,
    name: str,
    name_ar: str,
    country: str,
    currency: str,
    legal_ids: dict[str, str] | None = None,
    details: CompanyDetails | None = None,
) -> UUID:
    """The company and its chart, with the mentions its invoices and payslips print if
    ``details`` gives them (checked first: a bad one sets up nothing)."""
    chart = load_chart(country)
    checked = _checked(country, currency, details or CompanyDetails())
    with unit_of_work(engine, head_office=True) as conn:
        if rows.company(conn) is not None:
            raise ConflictError("common.invalid_value", field="company", value="already set up")
        company_id = rows.insert_company(conn, name, name_ar, country, currency, legal_ids or {})
        if checked.mentions or checked.legal_ids:
            rows.update_company_details(conn, checked.mentions, checked.legal_ids)
        rows.insert_accounts(conn, chart)
        rows.insert_accounts(conn, purchasing_chart(chart))  # 408, 403... (issue 14)
    return company_id


def _checked(country: str, currency: str, details: CompanyDetails) -> CheckedDetails:
    checked, problems = check_company_details(country, currency, details)
    if problems:
        raise problems[0]
    return checked


def set_company_details(engine: Engine, details: CompanyDetails) -> dict[str, Any]:
    """Head office changes what its invoices and payslips say of the company (address,
    capital, identifiers...): the given fields only, each checked as the replica checks
    them (kernel.partners.company), all or nothing. Every branch receives the company's
    new record in its next pull. Returns the record as it now is."""
    if details.is_empty():
        raise ValidationError("common.required", field="mention")
    with unit_of_work(engine, head_office=True) as conn:
        company = rows.company(conn)
        if company is None:
            raise NotFound("common.not_found", entity="company", id="-")
        checked = _checked(company.country, company.currency, details)
        rows.update_company_details(conn, checked.mentions, checked.legal_ids)
        record = rows.company_record(conn)
    assert record is not None
    return record


def add_branch(
    engine: Engine,
    code: str,
    name: str,
    name_ar: str,
    branch_id: UUID | None = None,
    warehouse_id: UUID | None = None,
) -> tuple[UUID, UUID]:
    if not code.strip():
        raise ValidationError("common.required", field="code")
    with unit_of_work(engine, head_office=True) as conn:
        if rows.branch_id_of(conn, code) is not None:
            raise ConflictError("common.invalid_value", field="code", value=code)
        return rows.insert_branch(conn, code, name, name_ar, branch_id, warehouse_id)


def add_head_office(
    engine: Engine,
    code: str,
    name: str,
    name_ar: str,
    site_id: UUID | None = None,
    warehouse_id: UUID | None = None,
) -> tuple[UUID, UUID]:
    """Head office's own site (one per company): its devices run the same client over
    their own replica, and what head office owns (the catalog and prices, the periods...)
    is accepted from them alone (``erp_desktop.kernel.ownership``)."""
    if not code.strip():
        raise ValidationError("common.required", field="code")
    with unit_of_work(engine, head_office=True) as conn:
        if rows.head_office_site(conn) is not None:
            raise ConflictError("common.invalid_value", field="head office", value="already set up")
        if rows.branch_id_of(conn, code) is not None:
            raise ConflictError("common.invalid_value", field="code", value=code)
        return rows.insert_branch(
            conn, code, name, name_ar, site_id, warehouse_id, str(SiteKind.HEAD_OFFICE)
        )


def branch_id(engine: Engine, code: str) -> UUID:
    """The id of the site ``code`` (a branch or head office's own)."""
    return _branch(engine, code)


def _branch(engine: Engine, code: str) -> UUID:
    with unit_of_work(engine, head_office=True) as conn:
        branch_id = rows.branch_id_of(conn, code)
    if branch_id is None:
        raise NotFound("common.not_found", entity="branch", id=code)
    return branch_id


def add_register(
    engine: Engine,
    branch_code: str,
    code: str,
    cash_step_minor: int = 0,
    register_id: UUID | None = None,
) -> UUID:
    branch_id = _branch(engine, branch_code)
    with unit_of_work(engine, head_office=True) as conn:
        return rows.insert_register(conn, branch_id, code, cash_step_minor, register_id)


def add_user(
    engine: Engine,
    username: str,
    full_name: str,
    password: str,
    roles: list[str],
    branch_code: str | None = None,
    pin: str | None = None,
    user_id: UUID | None = None,
) -> UUID:
    for role in roles:
        if role not in {r.value for r in Role}:
            raise ValidationError("common.invalid_value", field="role", value=role)
    if len(password) < 8:
        raise ValidationError("common.invalid_value", field="password", value="shorter than 8")
    branch_id = _branch(engine, branch_code) if branch_code else None
    hasher = PasswordHasher()
    with unit_of_work(engine, head_office=True) as conn:
        return rows.insert_user(
            conn,
            username,
            full_name,
            hasher.hash(password),
            hasher.hash(pin) if pin else None,
            roles,
            branch_id,
            user_id,
        )


def add_device(
    engine: Engine, branch_code: str, name: str, now: datetime | None = None
) -> tuple[UUID, str]:
    """A device of the site (a branch or head office) and its one-time enrollment token
    (give it to the site)."""
    branch_id = _branch(engine, branch_code)
    token = secrets.token_hex(24)  # hex: typed or pasted on a command line, never read as an option
    expires = (now or datetime.now(UTC)) + TOKEN_VALIDITY
    with unit_of_work(engine, head_office=True) as conn:
        device_id = rows.insert_device(conn, branch_id, name, secret_hash(token), expires)
    return device_id, token


def revoke_device(engine: Engine, device_id: UUID, now: datetime | None = None) -> DeviceRow:
    """Revokes a device (a stolen or retired PC): its very next request is refused
    (``auth.device_revoked``); revoking it again keeps the first date."""
    with unit_of_work(engine, head_office=True) as conn:
        if rows.device(conn, device_id) is None:
            raise NotFound("common.not_found", entity="device", id=str(device_id))
        rows.revoke_device(conn, device_id, now or datetime.now(UTC))
        revoked = rows.device(conn, device_id)
    assert revoked is not None
    return revoked


def list_devices(engine: Engine, branch_code: str | None = None) -> list[DeviceRow]:
    branch_id = _branch(engine, branch_code) if branch_code else None
    with unit_of_work(engine, head_office=True) as conn:
        return rows.devices(conn, branch_id)


PRODUCT_COLUMNS = ("sku", "name", "name_ar", "unit", "price", "currency", "tax_class")
PRICE_MODES = ("tax_included", "tax_excluded")  # the import's and the client's editor's


def import_products(engine: Engine, records: list[dict[str, str]]) -> int:
    """Creates or updates products (by SKU) from CSV records: sku, name, name_ar, unit,
    price (e.g. 450.00), currency, tax_class, and optionally barcodes (space-separated
    EAN-13), reorder_point and price_mode (tax_included, the default, or tax_excluded for a
    price before VAT). The tax class must be one the company's tax catalog knows (e.g.
    Morocco's electricity or refined_sugar), or the tills could not price the product. All
    or nothing: the first bad line stops the import with its line number."""
    products = []
    for number, record in enumerate(records, start=2):  # line 1 is the header
        for column in PRODUCT_COLUMNS:
            if not (record.get(column) or "").strip():
                raise ValidationError("common.required", field=f"line {number}: {column}")
        try:
            price = Money.of(Decimal(record["price"].replace(",", ".")), record["currency"].strip())
            reorder = Decimal((record.get("reorder_point") or "0").replace(",", "."))
        except (InvalidOperation, ErpError):
            raise ValidationError(
                "common.invalid_value", field=f"line {number}: price", value=record["price"]
            ) from None
        mode = (record.get("price_mode") or "").strip() or "tax_included"
        if mode not in PRICE_MODES:
            raise ValidationError(
                "common.invalid_value", field=f"line {number}: price_mode", value=mode
            )
        codes = tuple((record.get("barcodes") or "").split())
        for code in codes:
            if not is_valid_gtin(code):
                raise ValidationError("barcodes.invalid", code=f"{code} (line {number})")
        products.append(
            ProductRow(
                new_id(),
                record["sku"].strip(),
                record["name"].strip(),
                record["name_ar"].strip(),
                record["unit"].strip(),
                price.to_minor(),
                price.currency,
                record["tax_class"].strip(),
                codes,
                to_milli(reorder),
                mode,
            )
        )
    with unit_of_work(engine, head_office=True) as conn:
        known = tax_classes_of(conn)
        for number, product in enumerate(products, start=2):
            if known is not None and product.tax_class not in known:
                raise ValidationError(
                    "common.invalid_value",
                    field=f"line {number}: tax_class",
                    value=product.tax_class,
                )
        return upsert_products(conn, products)


def tax_classes_of(conn: Connection) -> frozenset[str] | None:
    """The classes of the company's country in its tax catalog (head office's own, else the
    one shipped); None before the company is set up."""
    company = rows.company(conn)
    if company is None:
        return None
    catalog = default_catalog()
    document = tax_catalogs.catalog(conn, company.country)
    if document is not None:
        catalog = catalog.with_document(company.country, document)
    return catalog.tax_classes(company.country)
