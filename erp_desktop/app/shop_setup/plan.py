"""What the owner of a shop that runs alone types on its first start, checked all at once.

The wizard sends a :class:`ShopSetup`; :func:`check_shop` returns every problem of it (the
company's legal identifiers checked by the kernel's rules for its country, the users, their
PINs, the register, the products), so the owner fixes them in one pass; :func:`founding_of`
turns a setup without problems into a :class:`Founding`: what the replica is born with, ids
made here, secrets hashed, prices in minor units. Nothing is written until the whole setup
is right (``erp_desktop.storage.founding`` writes a founding in one transaction).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.auth import hash_secret
from erp_desktop.app.records import ProductInfo
from erp_desktop.kernel.currency import MINOR_UNITS
from erp_desktop.kernel.errors import ConflictError, ErpError, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.partners.company import COMPANY_ID_KEYS
from erp_desktop.kernel.partners.legal_ids import KINDS_BY_COUNTRY, normalized_legal_id
from erp_desktop.kernel.permissions import Role
from erp_desktop.kernel.tax.catalog import COUNTRIES, TaxCatalog

MIN_PASSWORD = 6
SHOP_CODE = re.compile(r"[A-Z0-9]{2,10}")  # as kernel.numbering reads a document number
REGISTER_CODE = re.compile(r"[A-Z0-9]{1,6}")


@dataclass(frozen=True, slots=True)
class Person:
    """One of the first users: ``roles`` by name (kernel.permissions.Role); ``pin`` may be
    empty (a user who logs in by password only)."""

    username: str
    full_name: str
    password: str
    pin: str
    roles: tuple[str, ...]
    language: str = "fr"


@dataclass(frozen=True, slots=True)
class ShopSetup:
    """The wizard's pages: the company (``legal_ids`` by kernel kind: ``nif``, ``ice``,
    ``matricule_fiscal``...), the shop, its register, the first users and the products."""

    company_name: str
    company_name_ar: str
    country: str
    currency: str
    legal_ids: dict[str, str]
    address: str
    shop_code: str
    shop_name: str
    shop_name_ar: str
    register_code: str
    people: tuple[Person, ...]
    products: tuple[ProductInfo, ...] = ()
    address_ar: str = ""
    phone: str = ""
    legal_form: str = ""
    activity: str = ""
    cash_step_minor: int = 0
    # the stock on the shelves today: SKU, quantity, unit cost before VAT
    opening_stock: tuple[tuple[str, Decimal, Decimal], ...] = ()


@dataclass(frozen=True, slots=True)
class FoundedUser:
    id: UUID
    username: str
    full_name: str
    password_hash: str
    pin_hash: str | None
    roles: tuple[str, ...]
    language: str


@dataclass(frozen=True, slots=True)
class Founding:
    """What the shop's replica is born with (every id made here)."""

    company_id: UUID
    company_name: str
    company_name_ar: str
    country: str
    currency: str
    legal_ids: dict[str, str]
    mentions: dict[str, object]
    branch_id: UUID
    warehouse_id: UUID
    shop_code: str
    shop_name: str
    shop_name_ar: str
    register_id: UUID
    register_code: str
    cash_step_minor: int
    users: tuple[FoundedUser, ...]
    products: tuple[ProductInfo, ...]


def country_currency(country: str, taxes: TaxCatalog) -> str:
    """The currency of ``country`` (its tax catalog's): what the wizard proposes."""
    return taxes.currency.get(country, "")


def check_shop(setup: ShopSetup, taxes: TaxCatalog) -> list[ErpError]:
    """Every problem of ``setup`` (empty: it can be founded)."""
    problems: list[ErpError] = []
    for name, value in (
        ("company_name", setup.company_name),
        ("shop_code", setup.shop_code),
        ("shop_name", setup.shop_name),
        ("register_code", setup.register_code),
        ("address", setup.address),
    ):
        if not value.strip():
            problems.append(ValidationError("common.required", field=name))
    # the codes open every document number (BLI01-C1-2026-000123: kernel.numbering)
    for name, value, shape in (
        ("shop_code", setup.shop_code, SHOP_CODE),
        ("register_code", setup.register_code, REGISTER_CODE),
    ):
        if value.strip() and not shape.fullmatch(value.strip().upper()):
            problems.append(ValidationError("common.invalid_value", field=name, value=value))
    if setup.country not in COUNTRIES:
        problems.append(ValidationError("tax.unknown_country", country=setup.country))
        return problems
    if setup.currency not in MINOR_UNITS:
        problems.append(ValidationError("money.unknown_currency", currency=setup.currency))
    for kind in KINDS_BY_COUNTRY[setup.country]:
        value = setup.legal_ids.get(str(kind), "").strip()
        if not value:
            continue
        try:
            normalized_legal_id(setup.country, kind, value)
        except ErpError as error:
            problems.append(error)
    if setup.cash_step_minor < 0:
        problems.append(
            ValidationError("common.invalid_value", field="cash_step", value=setup.cash_step_minor)
        )
    problems += _people_problems(setup.people)
    problems += _product_problems(setup)
    return problems


def _people_problems(people: tuple[Person, ...]) -> list[ErpError]:
    problems: list[ErpError] = []
    if not any(Role.OWNER in p.roles for p in people):
        problems.append(ValidationError("setup.no_owner"))
    usernames: set[str] = set()
    pins: set[str] = set()
    for person in people:
        name = person.username.strip().lower()
        if not name or not person.full_name.strip():
            problems.append(ValidationError("common.required", field="username"))
        elif name in usernames:
            problems.append(ConflictError("setup.username_twice", username=name))
        usernames.add(name)
        if len(person.password) < MIN_PASSWORD:
            problems.append(
                ValidationError("setup.password_short", username=name, minimum=MIN_PASSWORD)
            )
        if person.pin:
            if not person.pin.isdigit() or not 4 <= len(person.pin) <= 8:
                problems.append(ValidationError("setup.pin_invalid", username=name))
            elif person.pin in pins:
                problems.append(ConflictError("setup.pin_twice", username=name))
            pins.add(person.pin)
        for role in person.roles:
            if role not in {r.value for r in Role}:
                problems.append(ValidationError("common.invalid_value", field="role", value=role))
        if not person.roles:
            problems.append(ValidationError("common.required", field="role"))
    return problems


def _product_problems(setup: ShopSetup) -> list[ErpError]:
    problems: list[ErpError] = []
    known = {p.sku for p in setup.products}
    for sku, _quantity, _cost in setup.opening_stock:
        if sku not in known:
            problems.append(ValidationError("common.invalid_value", field="sku", value=sku))
    skus: set[str] = set()
    barcodes: set[str] = set()
    for product in setup.products:
        if product.currency != setup.currency:
            problems.append(
                ValidationError("common.invalid_value", field="currency", value=product.currency)
            )
        if product.sku in skus:
            problems.append(ConflictError("common.invalid_value", field="sku", value=product.sku))
        skus.add(product.sku)
        for code in product.barcodes:
            if code in barcodes:
                problems.append(ConflictError("common.invalid_value", field="barcode", value=code))
            barcodes.add(code)
    return problems


def founding_of(setup: ShopSetup, taxes: TaxCatalog) -> Founding:
    """The founding of a setup :func:`check_shop` found right (else its first problem)."""
    problems = check_shop(setup, taxes)
    if problems:
        raise problems[0]
    legal_ids = {
        COMPANY_ID_KEYS[str(kind)]: normalized_legal_id(setup.country, kind, value)
        for kind in KINDS_BY_COUNTRY[setup.country]
        if (value := setup.legal_ids.get(str(kind), "").strip())
    }
    mentions: dict[str, object] = {
        "address": setup.address.strip(),
        "address_ar": setup.address_ar.strip(),
        "phone": setup.phone.strip(),
        "legal_form": setup.legal_form.strip(),
        "activity": setup.activity.strip(),
    }
    users = tuple(
        FoundedUser(
            new_id(),
            p.username.strip().lower(),
            p.full_name.strip(),
            hash_secret(p.password),
            hash_secret(p.pin) if p.pin else None,
            tuple(dict.fromkeys(p.roles)),
            p.language,
        )
        for p in setup.people
    )
    return Founding(
        company_id=new_id(),
        company_name=setup.company_name.strip(),
        company_name_ar=setup.company_name_ar.strip() or setup.company_name.strip(),
        country=setup.country,
        currency=setup.currency,
        legal_ids=legal_ids,
        mentions=mentions,
        branch_id=new_id(),
        warehouse_id=new_id(),
        shop_code=setup.shop_code.strip().upper(),
        shop_name=setup.shop_name.strip(),
        shop_name_ar=setup.shop_name_ar.strip() or setup.shop_name.strip(),
        register_id=new_id(),
        register_code=setup.register_code.strip().upper(),
        cash_step_minor=setup.cash_step_minor,
        users=users,
        products=setup.products,
    )
