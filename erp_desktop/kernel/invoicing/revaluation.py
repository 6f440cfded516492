"""Foreign-currency receivables: the realized exchange difference of a payment, and the
period-end revaluation of what is still open (unrealized, reversed on the next period's
first day), as journal entries the ledger posts.

A payment at another rate than the invoice's makes a realized gain or loss; the posting of
the payment already books it (kernel.posting.rules.post_customer_payment), and
:func:`realized_difference` says how much (kernel.fx.exchange_difference). At a period's
end each open foreign item is restated at the closing rate: the receivable moves by the
difference against the exchange gain or loss account, and the entry is reversed on the
next day so the payment later realizes the whole difference from the booked rate.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.fx import exchange_difference
from erp_desktop.kernel.ids import derived_id
from erp_desktop.kernel.invoicing.receivables import OpenItem
from erp_desktop.kernel.ledger.accounts import AccountRole as R
from erp_desktop.kernel.ledger.accounts import Chart
from erp_desktop.kernel.ledger.journal import EntryBuilder, Journal, JournalEntry, Side, reverse
from erp_desktop.kernel.money import Money


def realized_difference(
    settled: Money, booked_rate: Decimal, paid_rate: Decimal, company: str
) -> Money:
    """Gain (positive) or loss of settling ``settled`` booked at one rate, paid at another."""
    return exchange_difference(settled, booked_rate, paid_rate, company)


def revaluation_difference(item: OpenItem, closing_rate: Decimal, company: str) -> Money:
    """What restating the open part of ``item`` at ``closing_rate`` changes (company currency)."""
    return exchange_difference(item.open, item.rate, closing_rate, company)


def revaluation_entries(
    chart: Chart,
    period_end: date,
    items: Iterable[OpenItem],
    closing_rates: Mapping[str, Decimal],
    customer_of: Mapping[UUID, UUID],
    branch_id: UUID | None = None,
) -> tuple[JournalEntry, ...]:
    """For each open foreign item with a difference: its revaluation on ``period_end`` and
    the reversal on the next day (entries in pairs, ids derived from period and invoice)."""
    out: list[JournalEntry] = []
    for item in items:
        if item.currency == chart.currency or item.open.is_zero():
            continue
        difference = revaluation_difference(item, closing_rates[item.currency], chart.currency)
        if difference.is_zero():
            continue
        source = derived_id("revaluation", period_end.isoformat(), item.invoice_id)
        b = EntryBuilder(
            chart,
            period_end,
            Journal.GENERAL,
            "revaluation",
            source,
            item.number,
            branch_id,
            memo=f"unrealized exchange difference {item.number}",
        )
        partner = customer_of.get(item.invoice_id)
        b.add(
            R.RECEIVABLE,
            Side.DEBIT,
            Money.zero(item.currency),
            closing_rates[item.currency],
            partner,
            company_amount=difference,
        )
        if difference.is_negative():
            b.add(R.EXCHANGE_LOSS, Side.DEBIT, -difference, memo="unrealized exchange loss")
        else:
            b.add(R.EXCHANGE_GAIN, Side.CREDIT, difference, memo="unrealized exchange gain")
        entry = b.build()
        out.append(entry)
        out.append(reverse(entry, period_end + timedelta(days=1)))
    return tuple(out)
