"""A business customer (a restaurant, a school, a smaller shop) who buys on account, and the
credit-limit rule that warns or blocks a new sale on account."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.invoicing.terms import PaymentTerms
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.partners.legal_ids import validated_legal_ids

# A business customer's fields on the customer record, each merged on its own by the hybrid
# logical clock like the others (kernel.crm.customers), all text: the legal identifiers as
# one canonical JSON object, the credit limit and the discount as decimal text ("" = none),
# the terms as PaymentTerms.code ("" = none agreed), limit_blocks "1" or "".
BUSINESS_FIELDS = (
    "legal_ids",
    "billing_address",
    "delivery_address",
    "terms",
    "credit_limit",
    "limit_blocks",
    "discount_percent",
    "account_currency",
)


@dataclass(frozen=True, slots=True)
class BusinessCustomer:
    id: UUID
    country: str
    name: str
    currency: str
    terms: PaymentTerms
    credit_limit: Money | None = None  # None: no limit
    limit_blocks: bool = False  # False: passing the limit only warns
    legal_ids: dict[str, str] = field(default_factory=dict)
    billing_address: str = ""
    delivery_address: str = ""
    discount_percent: Decimal = Decimal(0)
    price_list_id: UUID | None = None

    def __post_init__(self) -> None:
        # the identifiers are validated and normalized once, where the customer is made
        object.__setattr__(self, "legal_ids", validated_legal_ids(self.country, self.legal_ids))


class CreditDecision(StrEnum):
    OK = "ok"
    WARN = "warn"  # over the limit: the user is told, the sale goes on
    BLOCK = "block"  # over a blocking limit: refused unless a manager overrides
    OVERRIDDEN = "overridden"  # over a blocking limit, a manager allowed it


def credit_check(
    customer: BusinessCustomer,
    open_balance: Money,
    new_amount: Money,
    *,
    manager_override: bool = False,
) -> CreditDecision:
    """What a new sale on account of ``new_amount`` does to the customer's credit limit,
    given what is already open (invoices not paid, in the customer's currency)."""
    limit = customer.credit_limit
    if limit is None or open_balance + new_amount <= limit:
        return CreditDecision.OK
    if not customer.limit_blocks:
        return CreditDecision.WARN
    return CreditDecision.OVERRIDDEN if manager_override else CreditDecision.BLOCK


def require_credit(
    customer: BusinessCustomer,
    open_balance: Money,
    new_amount: Money,
    *,
    manager_override: bool = False,
) -> CreditDecision:
    """:func:`credit_check`, raising ``receivables.credit_limit_exceeded`` when it blocks."""
    decision = credit_check(customer, open_balance, new_amount, manager_override=manager_override)
    if decision is CreditDecision.BLOCK:
        assert customer.credit_limit is not None
        raise ValidationError(
            "receivables.credit_limit_exceeded",
            customer=customer.name,
            exposure=str(open_balance + new_amount),
            limit=str(customer.credit_limit),
        )
    return decision
