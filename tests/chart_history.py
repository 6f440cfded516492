"""The charts as they were before the codes were corrected (December 2026), and a few months
of trade posted on them: what the replica and server upgrade tests start from.

The old codes are written out here, as the first charts had them, so the tests do not
depend on the migrations' own tables.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from uuid import uuid4

from erp_desktop.kernel.ledger import AccountRole, JournalEntry, load_chart
from erp_desktop.kernel.ledger.accounts import Account, Chart
from erp_desktop.kernel.ledger.journal import EntryBuilder, Journal, Side
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.posting import (
    PaymentPosting,
    RevenueLine,
    SalePosting,
    TenderLine,
    TransferInPosting,
    TransferOutPosting,
    post_customer_payment,
    post_return,
    post_sale,
    post_transfer_in,
    post_transfer_out,
)
from erp_desktop.kernel.posting.documents import CashCountPosting
from erp_desktop.kernel.posting.rules import post_cash_count

CURRENCY = {"DZ": "DZD", "MA": "MAD", "TN": "TND"}
# new code -> the code the first chart gave it
OLD_CODE = {
    "DZ": {"37": "38"},
    "MA": {"3116": "3118", "5111": "5113", "65881": "6586"},
    "TN": {"5312": "5311", "4371": "4368", "756": "755", "13": "12"},
}
ADDED = {"DZ": set(), "MA": {"75881"}, "TN": set()}


def new_code(country: str, old: str) -> str:
    return {o: n for n, o in OLD_CODE[country].items()}.get(old, old)


def chart_before_correction(country: str) -> Chart:
    """The first chart: old codes, and a till's overage on the same account as its shortage."""
    chart = load_chart(country)
    back = OLD_CODE[country]
    accounts = [
        Account(back.get(a.code, a.code), a.name, a.name_ar, a.type)
        for a in chart.accounts.values()
        if a.code not in ADDED[country]
    ]
    roles = {role: back.get(code, code) for role, code in chart.roles.items()}
    roles[AccountRole.CASH_OVER] = roles[AccountRole.CASH_OVER_SHORT]
    return Chart(chart.country, chart.currency, accounts, roles)


def _sale(country: str, on: date, tender: str, kind: str = "receipt") -> SalePosting:
    cur = CURRENCY[country]
    m = lambda minor: Money.from_minor(minor, cur)  # noqa: E731
    unit = 1000 if cur == "TND" else 100  # one dinar, dirham or dinar in minor units
    base, vat, stamp = 120 * unit, 120 * unit * 19 // 100, unit
    return SalePosting(
        kind,
        uuid4(),
        f"{country}01-C1-{on.year}-{on.month:06d}",
        on,
        None,
        None,
        cur,
        Decimal(1),
        (RevenueLine(Decimal(19), m(base), m(vat)),),
        m(stamp),
        m(0),
        (TenderLine(tender, m(base + vat + stamp)),),
        m(0),
        m(0),
        m(80 * unit),
    )


def trade_on(chart: Chart, months: tuple[date, ...]) -> list[JournalEntry]:
    """Sales by cash and cheque with stamp duty, a return, a transfer out and in, a till over
    and short, an exchange gain: every role whose code changed, in each month."""
    country, cur = chart.country, chart.currency
    entries: list[JournalEntry | None] = []
    for on in months:
        entries += [
            post_sale(chart, _sale(country, on, "cheque")),
            post_sale(chart, _sale(country, on, "cash")),
            post_return(chart, _sale(country, on, "cash", "credit_note")),
            post_transfer_out(
                chart, TransferOutPosting(uuid4(), "TO1", on, None, Money.of(300, cur))
            ),
            post_transfer_in(
                chart,
                TransferInPosting(uuid4(), "TI1", on, None, Money.of(200, cur), Money.of(190, cur)),
            ),
            post_cash_count(chart, CashCountPosting(uuid4(), "Z1", on, None, Money.of(-5, cur))),
            post_cash_count(chart, CashCountPosting(uuid4(), "Z2", on, None, Money.of(3, cur))),
            post_customer_payment(
                chart,
                PaymentPosting(
                    uuid4(),
                    "P1",
                    on,
                    None,
                    None,
                    Money.of(100, "EUR"),
                    Decimal(2),
                    (TenderLine("transfer", Money.of(100, "EUR"), Decimal("2.1")),),
                ),
            ),
            _closing(chart, on),
        ]
    return [e for e in entries if e is not None]


def _closing(chart: Chart, on: date) -> JournalEntry:
    """The month's margin carried to the result of the year (a simplified closing)."""
    b = EntryBuilder(chart, on, Journal.GENERAL, "closing", uuid4(), "CL1")
    b.add(AccountRole.SALES_REVENUE, Side.DEBIT, Money.of(40, chart.currency))
    b.add(AccountRole.RESULT, Side.CREDIT, Money.of(40, chart.currency))
    return b.build()
