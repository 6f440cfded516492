"""Period-end revaluation of what foreign customers still owe (unrealized exchange
differences), reversed on the next day.

At the end of a period each invoice in EUR or USD still open is restated at the closing rate
of the day (the rates on file, ``exchange_rates``): the receivable moves by the difference
against the exchange gain or loss account, and the entry is reversed on the first day of the
next period, so the payment, when it comes, realizes the whole difference from the booked
rate (kernel.invoicing.revaluation). Entry ids derive from the period and the invoice: a
period revalued twice is refused (``receivables.already_revalued``), never posted twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from erp_desktop.app.bridge import chart_of, post_entry
from erp_desktop.app.changes import Changed, Changes
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.kernel.errors import ConflictError, ValidationError
from erp_desktop.kernel.invoicing.revaluation import revaluation_entries
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.permissions import Permission


@dataclass(frozen=True, slots=True)
class Revalued:
    period_end: date
    entries: tuple[JournalEntry, ...]  # each revaluation followed by its reversal
    changes: Changes = field(default=frozenset({Changed.JOURNAL}))


def revalue_receivables(deps: Deps, actor: Actor, period_end: date) -> Revalued:
    actor.require(Permission.ACCOUNTING_POST)
    with deps.store.transaction(actor.user_id) as tx:
        company = tx.org.company()
        found = tx.receivables.foreign_open_items(period_end, company.currency)
        rates: dict[str, Decimal] = {}
        for currency in sorted({item.currency for _, item in found}):
            rate = tx.catalog.exchange_rate(currency, company.currency, period_end)
            if rate is None:
                raise ValidationError(
                    "money.missing_rate",
                    source=currency,
                    target=company.currency,
                    on=period_end.isoformat(),
                )
            rates[currency] = rate
        entries = revaluation_entries(
            chart_of(tx),
            period_end,
            [item for _, item in found],
            rates,
            {item.invoice_id: customer for customer, item in found},
            actor.branch_id,
        )
        posted = {e.id for e in tx.ledger.entries(period_end, period_end)}
        if any(e.id in posted for e in entries):
            raise ConflictError("receivables.already_revalued", day=period_end.isoformat())
        now = deps.now()
        for entry in entries:
            post_entry(tx, entry, now)
    return Revalued(period_end, entries)
