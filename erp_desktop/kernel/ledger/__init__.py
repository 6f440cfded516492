"""Double entry: accounts and charts, journal entries, the balancing builder, periods, reports."""

from erp_desktop.kernel.ledger.accounts import Account, AccountRole, AccountType, Chart, load_chart
from erp_desktop.kernel.ledger.journal import (
    EntryBuilder,
    JournalEntry,
    JournalLine,
    Side,
    reverse,
)
from erp_desktop.kernel.ledger.periods import FiscalPeriod, PeriodCalendar

__all__ = [
    "Account",
    "AccountRole",
    "AccountType",
    "Chart",
    "EntryBuilder",
    "FiscalPeriod",
    "JournalEntry",
    "JournalLine",
    "PeriodCalendar",
    "Side",
    "load_chart",
    "reverse",
]
