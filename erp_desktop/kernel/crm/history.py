"""A customer's history summary: a pure fold over their purchase events.

The events are what the documents say (a sale, a return or an invoice made at any branch,
each with its document id, day, branch and amount including tax); the open balance comes
from the receivables figures given beside them (what each open document is owed and what
was paid), not from another module's tables. The fold is idempotent and order-free: an
event seen twice (same document) counts once, and any order gives the same summary, so a
replica and the server folding the same documents agree.

- count: the purchases (sales and invoices), returns not counted;
- total spent: what those purchases came to;
- returned: what returns gave back;
- lifetime value: total spent less returned;
- last visit: the latest purchase or return, and at which branch.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from uuid import UUID

from erp_desktop.kernel.money import Money


class PurchaseKind(StrEnum):
    SALE = "sale"
    INVOICE = "invoice"
    RETURN = "return"


@dataclass(frozen=True, slots=True)
class PurchaseEvent:
    document_id: UUID
    kind: PurchaseKind
    at: datetime
    branch: str
    amount: Money  # positive, tax included; a return's amount is what it gave back


@dataclass(frozen=True, slots=True)
class ReceivableFigure:
    """What one open document (a credit sale, an invoice) is owed and what was paid on it."""

    document_id: UUID
    due: Money
    paid: Money


@dataclass(frozen=True, slots=True)
class HistorySummary:
    currency: str
    count: int
    total_spent: Money
    returned: Money
    last_visit: datetime | None
    last_branch: str | None
    branches: frozenset[str]
    open_balance: Money

    @property
    def lifetime_value(self) -> Money:
        return self.total_spent - self.returned

    @property
    def average_basket(self) -> Money:
        if not self.count:
            return Money.zero(self.currency)
        return Money.of(self.total_spent.amount / self.count, self.currency)


def summarize(
    events: Iterable[PurchaseEvent],
    receivables: Iterable[ReceivableFigure],
    currency: str,
) -> HistorySummary:
    zero = Money.zero(currency)
    once = {e.document_id: e for e in events}
    count = 0
    spent = zero
    returned = zero
    last: PurchaseEvent | None = None
    for e in once.values():
        if e.kind is PurchaseKind.RETURN:
            returned = returned + e.amount
        else:
            count += 1
            spent = spent + e.amount
        if last is None or (e.at, e.document_id.bytes) > (last.at, last.document_id.bytes):
            last = e
    owed = {r.document_id: r for r in receivables}
    balance = sum((r.due - r.paid for r in owed.values()), zero)
    return HistorySummary(
        currency=currency,
        count=count,
        total_spent=spent,
        returned=returned,
        last_visit=last.at if last else None,
        last_branch=last.branch if last else None,
        branches=frozenset(e.branch for e in once.values()),
        open_balance=balance,
    )
