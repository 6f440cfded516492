"""Head office edits its suppliers in the client, over its own replica (as it edits the
catalog, app/catalog_editing.py).

A supplier saved here is checked by the kernel (kernel.purchasing.suppliers: a name in one
script at least, its legal identifiers per country, its RIB/RIP or IBAN key, the products it
supplies with their reference, last price, lead time and pack), written to the replica and
queued for the server in the same local transaction; every branch pulls it. A branch may
not edit one (``sync.owned_by_head_office``), nor a user without
``purchasing.supplier_edit``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from uuid import UUID

from erp_desktop.app.bridge import queue
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.kernel.errors import ConflictError, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.invoicing.terms import terms_from_code
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.ownership import may_write, write_refusal
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.purchasing.suppliers import SuppliedProduct, Supplier, supplier
from erp_desktop.kernel.quantity import to_milli


@dataclass(frozen=True, slots=True)
class SuppliedProductEdit:
    product_id: UUID
    reference: str
    last_price: Decimal  # tax excluded, in the supplier's currency
    lead_time_days: int
    pack: Decimal = Decimal(1)


@dataclass(frozen=True, slots=True)
class SupplierEdit:
    """What the supplier editor sends: a new supplier (no id) or its new fields, whole."""

    supplier_id: UUID | None
    code: str
    name: str
    name_ar: str
    country: str
    currency: str
    terms: str  # PaymentTerms.code: cash, net:30, eom:15
    legal_ids: Mapping[str, str] = field(default_factory=dict)
    bank_account: str = ""
    products: Sequence[SuppliedProductEdit] = ()
    active: bool = True


@dataclass(frozen=True, slots=True)
class SupplierSetup:
    """What the editor offers: whether this site edits suppliers (head office does), the
    company's country and currency (a new supplier's defaults)."""

    editable: bool
    country: str
    currency: str


def supplier_setup(deps: Deps, actor: Actor) -> SupplierSetup:
    actor.require(Permission.PURCHASING_VIEW)
    with deps.store.read() as tx:
        company = tx.org.company()
        kind = tx.org.local_branch().kind
    editable = may_write("supplier", kind) and actor.may(Permission.PURCHASING_SUPPLIER_EDIT)
    return SupplierSetup(editable, company.country, company.currency)


def find_suppliers(deps: Deps, actor: Actor, text: str = "", limit: int = 200) -> list[Supplier]:
    """The active suppliers whose code or names hold ``text`` (all when empty), by code."""
    actor.require(Permission.PURCHASING_VIEW)
    with deps.store.read() as tx:
        return tx.suppliers.find_suppliers(text, limit)


def save_supplier(deps: Deps, actor: Actor, edit: SupplierEdit) -> Done[Supplier]:
    """Creates or changes a supplier at head office and queues it for every site."""
    actor.require(Permission.PURCHASING_SUPPLIER_EDIT)
    with deps.store.transaction(actor.user_id) as tx:
        refusal = write_refusal("supplier", tx.org.local_branch().kind)
        if refusal is not None:
            raise refusal
        made = checked_supplier(edit)
        for item in made.products:
            tx.catalog.product(item.product_id)  # common.not_found for an unknown product
        same_code = tx.suppliers.supplier_by_code(made.code)
        if same_code is not None and same_code.id != made.id:
            raise ConflictError("common.invalid_value", field="code", value=made.code)
        tx.suppliers.save_supplier(made, deps.now(), active=edit.active)
        queue(deps, tx, "supplier", made.id, supplier_payload(made, edit.active), actor.user_id)
    return Done(made, frozenset({Changed.SUPPLIERS, Changed.OUTBOX}))


def checked_supplier(edit: SupplierEdit) -> Supplier:
    """The kernel's supplier of an edit, or the coded error of its first fault."""
    code = edit.code.strip()
    if not code:
        raise ValidationError("common.required", field="code")
    currency = edit.currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise ValidationError("payables.bad_currency", supplier=code, currency=edit.currency)
    products = []
    for item in edit.products:
        try:
            price = Money.of(item.last_price, currency)
        except (InvalidOperation, ValueError, ArithmeticError) as exc:
            raise ValidationError(
                "payables.bad_supplied_product", supplier=code, product=str(item.product_id)
            ) from exc
        products.append(
            SuppliedProduct(
                item.product_id, item.reference.strip(), price, item.lead_time_days, item.pack
            )
        )
    return supplier(
        id=edit.supplier_id or new_id(),
        code=code,
        name=edit.name,
        name_ar=edit.name_ar,
        country=edit.country.strip().upper(),
        currency=currency,
        terms=terms_from_code(edit.terms.strip()),
        legal_ids=dict(edit.legal_ids),
        bank_account=edit.bank_account,
        products=products,
    )


def supplier_payload(made: Supplier, active: bool = True) -> dict[str, Any]:
    """The supplier as it travels (kernel.protocol ``supplier``), up and down."""
    return {
        "id": str(made.id),
        "code": made.code,
        "name": made.name,
        "name_ar": made.name_ar,
        "country": made.country,
        "currency": made.currency,
        "terms": made.terms.code,
        "legal_ids": dict(made.legal_ids),
        "bank_account": made.bank_account,
        "active": 1 if active else 0,
        "products": [
            {
                "product_id": str(p.product_id),
                "reference": p.reference,
                "last_price_minor": p.last_price.to_minor(),
                "lead_time_days": p.lead_time_days,
                "pack_milli": to_milli(p.pack),
            }
            for p in made.products
        ],
    }


@dataclass(frozen=True, slots=True)
class SuppliedRow:
    """A supplied product as the editor's table holds it: the product by its SKU."""

    sku: str
    reference: str
    last_price: Decimal
    lead_time_days: int
    pack: Decimal = Decimal(1)


def supplied_products(
    deps: Deps, actor: Actor, rows: Sequence[SuppliedRow]
) -> list[SuppliedProductEdit]:
    """The editor's rows with their products found by SKU (``common.not_found`` else)."""
    actor.require(Permission.PURCHASING_VIEW)
    with deps.store.read() as tx:
        made = []
        for row in rows:
            product = tx.catalog.product_by_sku(row.sku.strip())
            if product is None:
                raise ValidationError("common.not_found", entity="product", id=row.sku)
            made.append(
                SuppliedProductEdit(
                    product.id, row.reference, row.last_price, row.lead_time_days, row.pack
                )
            )
        return made


def skus_of(deps: Deps, actor: Actor, supplier: Supplier) -> dict[UUID, str]:
    """The SKU of each product the supplier supplies (for the editor's table)."""
    actor.require(Permission.PURCHASING_VIEW)
    with deps.store.read() as tx:
        found = tx.catalog.products([p.product_id for p in supplier.products])
        return {p.id: p.sku for p in found}
