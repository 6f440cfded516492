"""A supplier (owned by head office, flowing down to the branches): its names in Latin and
Arabic script, its legal identifiers (checked as a business customer's are, by
kernel.partners.legal_ids), its bank account (kernel.purchasing.banks), its payment terms
(kernel.invoicing.terms), its currency, and the products it supplies with its own
reference, the last price it invoiced, its lead time and the pack it sells by.

A supplier abroad (an importer's) has no identifier the kernel can check: its identifiers
are kept as given.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.invoicing.terms import PaymentTerms
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.partners.legal_ids import KINDS_BY_COUNTRY, validated_legal_ids
from erp_desktop.kernel.purchasing.banks import normalized_bank_account

DOMESTIC = tuple(KINDS_BY_COUNTRY)


@dataclass(frozen=True, slots=True)
class SuppliedProduct:
    product_id: UUID
    reference: str  # the supplier's own reference for it
    last_price: Money  # tax excluded, the supplier's currency, per unit
    lead_time_days: int  # from order to delivery
    pack: Decimal = Decimal(1)  # it sells by multiples of this quantity


@dataclass(frozen=True, slots=True)
class Supplier:
    id: UUID
    code: str
    name: str  # Latin script
    name_ar: str  # Arabic script
    country: str
    currency: str
    terms: PaymentTerms
    legal_ids: tuple[tuple[str, str], ...] = ()
    bank_account: str = ""
    products: tuple[SuppliedProduct, ...] = ()

    @property
    def domestic(self) -> bool:
        return self.country in DOMESTIC

    def product(self, product_id: UUID) -> SuppliedProduct | None:
        return next((p for p in self.products if p.product_id == product_id), None)


def _check_product(supplier: str, currency: str, item: SuppliedProduct) -> None:
    if (
        item.lead_time_days < 0
        or item.pack <= 0
        or item.last_price.currency != currency
        or item.last_price.is_negative()
        or not item.reference.strip()
    ):
        raise ValidationError(
            "payables.bad_supplied_product", supplier=supplier, product=str(item.product_id)
        )


def supplier(
    *,
    id: UUID,
    code: str,
    name: str,
    name_ar: str,
    country: str,
    currency: str,
    terms: PaymentTerms,
    legal_ids: Mapping[str, str] | None = None,
    bank_account: str = "",
    products: Iterable[SuppliedProduct] = (),
) -> Supplier:
    """A supplier with its identifiers, account and products checked (coded errors)."""
    if not name.strip() and not name_ar.strip():
        raise ValidationError("payables.supplier_without_name", supplier=code)
    if len(currency) != 3 or not currency.isalpha() or not currency.isupper():
        raise ValidationError("payables.bad_currency", supplier=code, currency=currency)
    ids = dict(legal_ids or {})
    if country in DOMESTIC:
        ids = validated_legal_ids(country, ids)
    else:
        ids = {k: v.strip() for k, v in ids.items() if v.strip()}
    account = normalized_bank_account(country, bank_account) if bank_account.strip() else ""
    items = tuple(products)
    seen: set[UUID] = set()
    for item in items:
        _check_product(code, currency, item)
        if item.product_id in seen:
            raise ValidationError(
                "payables.duplicate_supplied_product", supplier=code, product=str(item.product_id)
            )
        seen.add(item.product_id)
    return Supplier(
        id=id,
        code=code,
        name=name.strip(),
        name_ar=name_ar.strip(),
        country=country,
        currency=currency,
        terms=terms,
        legal_ids=tuple(sorted(ids.items())),
        bank_account=account,
        products=items,
    )


def with_last_price(supplier: Supplier, product_id: UUID, price: Money) -> Supplier:
    """The supplier after an invoice priced ``product_id`` at ``price`` (its last price)."""
    found = supplier.product(product_id)
    if found is None:
        raise ValidationError(
            "payables.product_not_supplied", supplier=supplier.code, product=str(product_id)
        )
    updated = replace(found, last_price=price)
    _check_product(supplier.code, supplier.currency, updated)
    return replace(
        supplier,
        products=tuple(updated if p.product_id == product_id else p for p in supplier.products),
    )
