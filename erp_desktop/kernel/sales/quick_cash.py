"""The quick-cash buttons of the touch till: the exact amount due in cash, then the next
amounts a customer hands over in the country's banknotes (938 DA: 1 000, 2 000).

The banknotes in circulation are data, by currency, each citing its issuer:
- DZD: Banque d'Algérie, "Billets et pièces en circulation" (200, 500, 1 000, 2 000 DA).
- MAD: Bank Al-Maghrib, "Billets de banque" (20, 50, 100, 200 DH).
- TND: Banque centrale de Tunisie, "Billets en circulation" (10, 20, 50 DT; the 5 DT is
  a coin).
- EUR: European Central Bank, "Euro banknotes" (5 to 200 €; the 500 € is no longer issued).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_CEILING, Decimal

from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales.settlement import Tender, TenderKind, settle
from erp_desktop.kernel.tax.catalog import TaxCatalog
from erp_desktop.kernel.tax.stamp_duty import StampDocument

BANKNOTES: dict[str, tuple[Decimal, ...]] = {
    "DZD": (Decimal(200), Decimal(500), Decimal(1000), Decimal(2000)),
    "MAD": (Decimal(20), Decimal(50), Decimal(100), Decimal(200)),
    "TND": (Decimal(10), Decimal(20), Decimal(50)),
    "EUR": (Decimal(5), Decimal(10), Decimal(20), Decimal(50), Decimal(100), Decimal(200)),
}


def next_notes(due: Money, notes: Sequence[Decimal], at_most: int = 3) -> list[Money]:
    """The amounts above ``due`` a customer pays in notes: ``due`` rounded up to each note
    (938 in 200s is 1 000, in 2 000s 2 000), the smallest first, no amount twice."""
    found: set[Decimal] = set()
    for note in notes:
        units = (due.amount / note).to_integral_value(rounding=ROUND_CEILING)
        amount = max(units, Decimal(1)) * note
        if amount > due.amount:
            found.add(amount)
    return [Money.of(a, due.currency) for a in sorted(found)[:at_most]]


def cash_due(
    total: Money,
    country: str,
    on: date,
    cash_step: Decimal = Decimal(0),
    catalog: TaxCatalog | None = None,
) -> Money:
    """What the ticket costs paid in cash alone: its total, the stamp duty on cash where the
    law has one, rounded to the smallest coin, as ``settle`` will charge it."""
    if total.amount <= 0:
        return total
    # More than enough cash for any duty; the settlement says what is due of it.
    plenty = Tender(TenderKind.CASH, Money.of(total.amount * 2 + 10_000, total.currency))
    settled = settle(
        total, (plenty,), country, on, cash_step, catalog, document=StampDocument.TICKET
    )
    return settled.cash_due


def quick_cash(
    total: Money,
    country: str,
    on: date,
    cash_step: Decimal = Decimal(0),
    catalog: TaxCatalog | None = None,
) -> list[Money]:
    """The buttons: the exact cash due, then the next banknotes' amounts."""
    due = cash_due(total, country, on, cash_step, catalog)
    return [due, *next_notes(due, BANKNOTES.get(due.currency, ()))]
