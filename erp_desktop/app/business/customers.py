"""Business customers: a customer with its legal identifiers (checked by the kernel for the
company's country), billing and delivery addresses, agreed payment terms (within the law's
cap), a credit limit (kept here; the receivables module enforces it), a discount and the
currency its account is kept in.

Each field is a field of the customer record, merged on its own between sites by the
hybrid logical clock like the name or the phone (kernel.crm.customers): saving only stamps
the fields that changed, so two branches editing different fields both keep theirs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from uuid import UUID

from erp_desktop.app.changes import Done
from erp_desktop.app.context import Actor
from erp_desktop.app.customers import save_customer
from erp_desktop.app.deps import Deps
from erp_desktop.app.records import CustomerInfo
from erp_desktop.kernel.currency import MINOR_UNITS
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.invoicing.terms import PaymentTerms, check_terms, terms_from_code
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.partners.customers import BusinessCustomer
from erp_desktop.kernel.partners.legal_ids import KINDS_BY_COUNTRY, validated_legal_ids
from erp_desktop.kernel.permissions import Permission

HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class BusinessProfile:
    """What the editor shows and saves of a business customer."""

    name: str
    name_ar: str = ""
    phone: str = ""
    email: str = ""
    legal_ids: dict[str, str] = field(default_factory=dict)  # kind (nif, ice...) -> value
    billing_address: str = ""
    delivery_address: str = ""
    terms: str = ""  # PaymentTerms.code; "" = none agreed (the law's default applies)
    credit_limit: Decimal | None = None
    limit_blocks: bool = False
    discount_percent: Decimal = Decimal(0)
    account_currency: str = ""  # "" = the company's


def legal_ids_of(customer: CustomerInfo) -> dict[str, str]:
    return dict(json.loads(customer.legal_ids)) if customer.legal_ids else {}


def profile_of(customer: CustomerInfo) -> BusinessProfile:
    return BusinessProfile(
        name=customer.name,
        name_ar=customer.name_ar,
        phone=customer.phone,
        email=customer.email,
        legal_ids=legal_ids_of(customer),
        billing_address=customer.billing_address,
        delivery_address=customer.delivery_address,
        terms=customer.terms,
        credit_limit=Decimal(customer.credit_limit) if customer.credit_limit else None,
        limit_blocks=customer.limit_blocks == "1",
        discount_percent=customer.discount,
        account_currency=customer.account_currency,
    )


def business_customer_of(
    customer: CustomerInfo, country: str, company_currency: str
) -> BusinessCustomer:
    """The kernel's business customer (for the credit check and the documents)."""
    currency = customer.account_currency or company_currency
    return BusinessCustomer(
        id=customer.id,
        country=country,
        name=customer.name or customer.name_ar,
        currency=currency,
        terms=terms_from_code(customer.terms) if customer.terms else PaymentTerms.cash(),
        credit_limit=Money.of(Decimal(customer.credit_limit), currency)
        if customer.credit_limit
        else None,
        limit_blocks=customer.limit_blocks == "1",
        legal_ids=legal_ids_of(customer),
        billing_address=customer.billing_address,
        delivery_address=customer.delivery_address,
        discount_percent=customer.discount,
    )


def _decimal(name: str, value: Decimal | None, low: Decimal, high: Decimal | None) -> str:
    if value is None:
        return ""
    try:
        ok = value.is_finite() and value >= low and (high is None or value <= high)
    except InvalidOperation:
        ok = False
    if not ok:
        raise ValidationError("common.invalid_value", field=name, value=str(value))
    return format(value.normalize(), "f") if value else "0"


def profile_fields(profile: BusinessProfile, country: str, today_iso: str) -> dict[str, str]:
    """The customer record's fields of ``profile``, every one checked: each legal id by
    the kernel (``receivables.invalid_legal_id``), at least one of them, the terms within
    the law's cap, the limit and the discount in range, a known currency."""
    from datetime import date

    ids = validated_legal_ids(country, {k.lower(): v for k, v in profile.legal_ids.items()})
    if not ids:
        kind = str(KINDS_BY_COUNTRY.get(country, ("rc",))[0])
        raise ValidationError("receivables.invalid_legal_id", country=country, kind=kind, value="")
    terms = profile.terms.strip()
    if terms:
        parsed = terms_from_code(terms)
        check_terms(country, date.fromisoformat(today_iso), parsed)
        terms = parsed.code
    currency = profile.account_currency.strip().upper()
    if currency and currency not in MINOR_UNITS:
        raise ValidationError("common.invalid_value", field="account_currency", value=currency)
    if not (profile.name.strip() or profile.name_ar.strip()):
        raise ValidationError("common.required", field="name")
    return {
        "name": profile.name.strip(),
        "name_ar": profile.name_ar.strip(),
        "phone": profile.phone.strip(),
        "email": profile.email.strip(),
        "legal_ids": json.dumps(ids, sort_keys=True, ensure_ascii=False),
        "billing_address": profile.billing_address.strip(),
        "delivery_address": profile.delivery_address.strip(),
        "terms": terms,
        "credit_limit": _decimal("credit_limit", profile.credit_limit, Decimal(0), None),
        "limit_blocks": "1" if profile.limit_blocks else "",
        "discount_percent": _decimal(
            "discount_percent", profile.discount_percent, Decimal(0), HUNDRED
        )
        if profile.discount_percent
        else "",
        "account_currency": currency,
    }


def save_business_customer(
    deps: Deps, actor: Actor, customer_id: UUID | None, profile: BusinessProfile
) -> Done[CustomerInfo]:
    """Creates or updates a business customer; only the fields that changed are stamped
    (and so win the merge), a refusal writes nothing."""
    actor.require(Permission.CRM_CUSTOMER_EDIT)
    with deps.store.read() as tx:
        country = tx.org.company().country
        current = tx.customers.customer(customer_id) if customer_id else None
    fields = profile_fields(profile, country, deps.business_date(country).isoformat())
    if current is not None:
        fields = {k: v for k, v in fields.items() if getattr(current, k) != v}
    return save_customer(deps, actor, customer_id, **fields)


def find_business_customers(
    deps: Deps, actor: Actor, text: str = "", limit: int = 200
) -> list[CustomerInfo]:
    """Business customers (with a legal identifier, terms or a limit) whose name or phone
    holds ``text``, by name."""
    actor.require(Permission.CRM_CUSTOMER_VIEW)
    with deps.store.read() as tx:
        return tx.customers.business_customers(text.strip(), limit)


def business_country(deps: Deps, actor: Actor) -> str:
    """The company's country: which legal identifiers the editor asks for."""
    actor.require(Permission.CRM_CUSTOMER_VIEW)
    with deps.store.read() as tx:
        return tx.org.company().country
