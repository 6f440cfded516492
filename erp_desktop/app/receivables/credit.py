"""A customer's credit limit, checked where a sale on account is made (a sales order, an
invoice of services, a sale on account at the till): it warns or, for a customer whose
limit blocks, refuses unless a manager overrides it with their PIN.

The exposure is what the customer owes in the limit's currency: the open part of their
invoices less their unallocated credit, plus the new amount (kernel.partners.customers'
``credit_check``). The override reuses the till's PIN machinery (app.auth.log_in_with_pin,
with its lockout) and needs ``receivables.credit_override`` (branch managers).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.auth import log_in_with_pin
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import ReadView
from erp_desktop.app.receivables.refunds import credit_of
from erp_desktop.kernel.errors import PermissionDenied, ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.partners.customers import CreditDecision
from erp_desktop.kernel.permissions import Permission


@dataclass(frozen=True, slots=True)
class CreditStanding:
    decision: CreditDecision
    limit: Money | None
    exposure: Money  # owed once the new amount is added
    approved_by: UUID | None = None  # the manager who overrode a blocking limit


def exposure_of(view: ReadView, customer_id: UUID, currency: str) -> Money:
    """What the customer owes in ``currency`` now (open invoices less unallocated credit)."""
    owed = sum(
        (
            i.open
            for i in view.receivables.open_items(customer_id)
            if i.currency == currency and not i.cancelled
        ),
        Money.zero(currency),
    )
    return owed - credit_of(view, customer_id, currency)


def check_credit_limit(
    view: ReadView, customer_id: UUID, amount: Money, approver: Actor | None = None
) -> CreditStanding:
    """Whether a new sale on account of ``amount`` stays within the customer's limit;
    raises ``receivables.credit_limit_blocked`` when the limit blocks and no manager with
    ``receivables.credit_override`` approved."""
    customer = view.customers.customer(customer_id)
    exposure = exposure_of(view, customer_id, amount.currency) + amount
    if not customer.credit_limit:
        return CreditStanding(CreditDecision.OK, None, exposure)
    limit = Money.of(Decimal(customer.credit_limit), amount.currency)
    if exposure <= limit:
        return CreditStanding(CreditDecision.OK, limit, exposure)
    if customer.limit_blocks != "1":
        return CreditStanding(CreditDecision.WARN, limit, exposure)
    if approver is not None and approver.may(Permission.RECEIVABLES_CREDIT_OVERRIDE):
        return CreditStanding(CreditDecision.OVERRIDDEN, limit, exposure, approver.user_id)
    raise ValidationError(
        "receivables.credit_limit_blocked",
        customer=customer.name,
        exposure=str(exposure),
        limit=str(limit),
    )


def credit_standing(deps: Deps, actor: Actor, customer_id: UUID, amount: Money) -> CreditStanding:
    """What the screens show before a sale on account (never raises for a blocking limit:
    the decision says BLOCK and the screen asks for a manager's PIN)."""
    actor.require(Permission.SALES_VIEW)
    with deps.store.read() as view:
        try:
            return check_credit_limit(view, customer_id, amount)
        except ValidationError as refused:
            if refused.code != "receivables.credit_limit_blocked":
                raise
            customer = view.customers.customer(customer_id)
            limit = Money.of(Decimal(customer.credit_limit), amount.currency)
            return CreditStanding(
                CreditDecision.BLOCK,
                limit,
                exposure_of(view, customer_id, amount.currency) + amount,
            )


def credit_override_by_pin(deps: Deps, pin: str, register_id: UUID | None = None) -> Actor:
    """The manager whose PIN this is, if they may override a credit limit."""
    approver = log_in_with_pin(deps, pin, register_id)
    if not approver.may(Permission.RECEIVABLES_CREDIT_OVERRIDE):
        raise PermissionDenied(
            "auth.permission_denied",
            permission=str(Permission.RECEIVABLES_CREDIT_OVERRIDE),
            user=approver.username,
        )
    return approver
