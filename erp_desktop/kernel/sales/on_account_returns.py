"""What a return gives back on account, and of the points spent, for a ticket that left part
of its total on a business customer's account or was paid partly with loyalty points.

A return refunds its share of the ticket (kernel.sales.refunds). The part of that refund that
goes back on account is the same share of what the ticket left on account, counted
cumulatively so that returning everything, in any number of steps, gives back exactly the
ticket's on-account part (the last return takes the remainder): a ticket of 3,000.00 DA with
2,000.00 on account, returned a third at a time, credits 666.67, 666.66 and 666.67. The
points given back are the same share of the points spent on it.

The credit is spread over the ticket's due dates in proportion to what each still owes after
earlier returns, to the minor unit (largest remainder, the earliest due date first on ties):
a return is a reduction of the price, so it keeps the instalments' proportions the terms
set; the customer's payments then settle the reduced instalments oldest first as for an
invoice. What the return credits beyond what the ticket still has open (it was paid) is the
customer's unallocated credit, reference ``RETURNED_CREDIT``.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from erp_desktop.kernel.errors import ValidationError

RETURNED_CREDIT = "credit"  # an on-account refund beyond the ticket's open amount


def cumulative_share(whole: int, refundable: int, refunded_before: int, refund: int) -> int:
    """The part of ``whole`` (minor units or points) this refund takes back, given what
    earlier returns refunded of the ticket's ``refundable`` amount: the share of the
    cumulative refund less the share already taken; all of what is left on the last one."""
    if whole <= 0 or refundable <= 0 or refund <= 0:
        return 0
    after = refunded_before + refund
    if after >= refundable:
        return whole - _share(whole, refunded_before, refundable)
    return _share(whole, after, refundable) - _share(whole, refunded_before, refundable)


def _share(whole: int, part: int, of: int) -> int:
    return int((Decimal(whole) * part / of).quantize(Decimal(1), ROUND_HALF_UP))


def over_dues(amount: int, dues: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """``amount`` spread over ``dues`` ((due date, still owed)) in proportion, exactly."""
    owed = sum(m for _, m in dues if m > 0)
    if amount <= 0:
        return []
    if amount > owed:
        raise ValidationError("sales.refund_exceeds_on_account", amount=str(amount))
    parts = [(d, amount * m // owed, amount * m % owed) for d, m in dues if m > 0]
    left = amount - sum(p for _, p, _ in parts)
    ranked = sorted(range(len(parts)), key=lambda i: (-parts[i][2], parts[i][0]))
    extra = set(ranked[:left])
    return [
        (d, p + (1 if i in extra else 0)) for i, (d, p, _) in enumerate(parts) if p or i in extra
    ]
