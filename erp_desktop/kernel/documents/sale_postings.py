"""The postings of a set of pushed sales, computed from their payloads in integer minor units.

The server posts every sale a branch pushes. Rebuilding each as a :class:`SaleDocument` and
posting it through ``posting_of`` makes some thirty Money and Decimal values per sale (each
quantized, each currency compared), more than half of the merge's time. Here the very rules
of ``sale_posting`` and ``kernel.posting.rules`` (``post_sale``, ``post_return``: revenue
and VAT per rate, stamp duty, cash rounding, tenders, change, what is left on account, the
goods at cost) are applied to the payloads' integer columns in one pass over the set, and
give the entries as the rows that store them (kernel.ledger.entry_rows).

Only what it knows exactly is done here: a sale or credit note in the company's currency at
rate 1, every payment in that currency, tenders the rules know, amounts within 10^15 minor
units, tenders that cover what is due. For any other document (foreign currency, an unknown
tender, a sale the rules refuse) the answer is ``None``: post that one with the
per-document rule, which posts it or raises its coded error. Nothing is guessed. A property
test holds the rows equal to ``entry_rows(posting_of(sale_from_payload(...)))``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from erp_desktop.kernel.calendar import business_date
from erp_desktop.kernel.currency import minor_units
from erp_desktop.kernel.documents.posting import ON_ACCOUNT
from erp_desktop.kernel.documents.sale import SALE_KINDS
from erp_desktop.kernel.ids import derived_id_text, id_text
from erp_desktop.kernel.ledger.accounts import AccountRole as R
from erp_desktop.kernel.ledger.accounts import Chart
from erp_desktop.kernel.ledger.entry_rows import EntryRows, LineRow, line_id
from erp_desktop.kernel.ledger.journal import Journal, Side
from erp_desktop.kernel.money import quantum
from erp_desktop.kernel.posting.rules import TENDER_ROLES
from erp_desktop.kernel.quantity import from_milli

# Beyond this many minor units (10^13 DA) the per-document rule decides: it refuses what
# Decimal's context cannot hold, and no real ticket comes near.
LIMIT = 10**15
ONE = str(Decimal(1))  # the rate of a tender in the company's currency, and of the cost
_DEBIT, _CREDIT = str(Side.DEBIT), str(Side.CREDIT)
_ROLES = (
    R.SALES_REVENUE,
    R.SALES_RETURNS,
    R.VAT_COLLECTED,
    R.STAMP_DUTY_PAYABLE,
    R.ROUNDING,
    R.CASH,
    R.RECEIVABLE,
    R.INVENTORY,
    R.COST_OF_GOODS_SOLD,
    *TENDER_ROLES.values(),
)


@dataclass(frozen=True, slots=True)
class SetPosting:
    """A sale's posting: its entry's rows (None when it moves no money) and its business
    day (the day it is dated, before any closed period moves its entry)."""

    entry: EntryRows | None
    day: date


class _Unknown(Exception):
    """This document is not one the set-wise pass knows exactly."""


def sale_postings(payloads: Sequence[Mapping[str, Any]], chart: Chart) -> list[SetPosting | None]:
    """The posting of each of ``payloads`` (validated 'sale' payloads), in order; ``None``
    for a document the per-document rule must post (see the module's docstring)."""
    accounts = {}
    for role in _ROLES:
        if role in chart.roles:
            accounts[role] = chart.account_for(role).code
    pass_ = _SetPass(chart, accounts)
    out: list[SetPosting | None] = []
    for p in payloads:
        try:
            out.append(pass_.post(p))
        except Exception:  # whatever it cannot do, the per-document rule decides
            out.append(None)
    return out


def _minor(value: Any) -> int:
    if type(value) is not int or not -LIMIT < value < LIMIT:
        raise _Unknown
    return value


def _decimal(value: Any) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(value)


class _SetPass:
    """The rules applied to one payload after another, the chart read once."""

    def __init__(self, chart: Chart, accounts: dict[R, str]) -> None:
        self.country = chart.country
        self.currency = chart.currency
        self.quantum = quantum(chart.currency)
        self.minor_units = minor_units(chart.currency)
        self.accounts = accounts

    def post(self, p: Mapping[str, Any]) -> SetPosting:
        kind = p["kind"]
        currency = p["currency"]
        if kind not in SALE_KINDS or currency != self.currency:
            raise _Unknown
        rate = _decimal(p["rate"])
        if rate != 1:  # in the company's currency only rate 1 posts (else money.invalid_rate)
            raise _Unknown
        issued = p["issued_at"]
        on = business_date(
            self.country,
            issued if isinstance(issued, datetime) else (datetime.fromisoformat(issued)),
        )
        refund = kind == "credit_note"

        by_rate: dict[Decimal, list[int]] = {}
        cost = Decimal(0)
        for ln in p["lines"]:
            _minor(ln["discount_minor"])
            _decimal(ln["unit_price"]), id_text(ln["product_id"])  # hashed: read as rebuilt
            base, vat = _minor(ln["base_minor"]), _minor(ln["vat_minor"])
            vat_rate = _decimal(ln["vat_rate"])
            found = by_rate.get(vat_rate)
            if found is None:
                by_rate[vat_rate] = [base, vat]
            else:
                found[0] += base
                found[1] += vat
            cost = cost + _decimal(ln["unit_cost"]) * from_milli(_minor(ln["quantity_milli"]))
        if not cost.is_finite():
            raise _Unknown
        cost_minor = int(
            cost.quantize(self.quantum, rounding=ROUND_HALF_UP).scaleb(self.minor_units)
        )
        for column in ("base_minor", "vat_minor", "total_minor"):
            _minor(p[column])
        stamp = _minor(p["stamp_duty_minor"])
        rounding = _minor(p["rounding_minor"])
        change = _minor(p["change_minor"])

        tenders: list[tuple[R, int]] = []
        on_credit = 0
        for pay in p["payments"]:
            amount = _minor(pay["amount_minor"])
            _decimal(pay["rate"])
            if pay["currency"] != self.currency:
                raise _Unknown
            tender = pay["tender"]
            if tender == ON_ACCOUNT:
                on_credit += amount
            elif tender in TENDER_ROLES:
                tenders.append((TENDER_ROLES[tender], amount))
            else:
                raise _Unknown  # posting.unknown_tender, from the per-document rule

        due = sum(b + v for b, v in by_rate.values()) + stamp + rounding - on_credit
        if sum(a for _, a in tenders) - change != due:
            raise _Unknown  # posting.tenders_do_not_cover, likewise

        source_type = "credit_note" if refund else "receipt"
        source_id = id_text(p["id"])
        partner = id_text(p["customer_id"]) if p["customer_id"] is not None else None
        if p["original_id"] is not None:
            id_text(p["original_id"])
        number = p["number"]
        eid = derived_id_text("journal_entry", source_type, source_id, "post")
        income, payment = (_DEBIT, _CREDIT) if refund else (_CREDIT, _DEBIT)
        lines: list[LineRow] = []
        balance = 0  # debit minus credit

        def add(
            role: R,
            side: str,
            amount: int,
            line_rate: str,
            partner_id: str | None = None,
            vat_rate: str | None = None,
            memo: str = "",
        ) -> None:
            nonlocal balance
            if amount == 0:
                return
            if amount < 0:
                side, amount = (_CREDIT if side == _DEBIT else _DEBIT), -amount
            account = self.accounts.get(role)
            if account is None:
                raise _Unknown  # ledger.role_not_mapped, from the per-document rule
            balance += amount if side == _DEBIT else -amount
            position = len(lines) + 1
            lines.append(
                (
                    line_id(eid, position),
                    eid,
                    position,
                    account,
                    str(role),
                    side,
                    amount,
                    self.currency,
                    amount,
                    self.currency,
                    line_rate,
                    vat_rate,
                    partner_id,
                    memo,
                )
            )

        revenue_role = R.SALES_RETURNS if refund else R.SALES_REVENUE
        doc_rate = str(rate)
        for vat_rate, (base, vat) in sorted(by_rate.items()):
            add(revenue_role, income, base, doc_rate, partner, str(vat_rate))
            add(R.VAT_COLLECTED, income, vat, doc_rate, vat_rate=str(vat_rate))
        add(R.STAMP_DUTY_PAYABLE, income, stamp, doc_rate)
        add(R.ROUNDING, income, rounding, doc_rate, memo="cash rounding")
        for role, amount in tenders:
            add(role, payment, amount, ONE, partner)
        add(R.CASH, income, change, doc_rate, memo="change")
        add(R.RECEIVABLE, payment, on_credit, doc_rate, partner)
        inventory = _DEBIT if refund else _CREDIT
        add(R.INVENTORY, inventory, cost_minor, ONE)
        add(R.COST_OF_GOODS_SOLD, _CREDIT if refund else _DEBIT, cost_minor, ONE)
        if balance != 0:
            raise _Unknown  # ledger.unbalanced, likewise
        if not lines:
            return SetPosting(None, on)
        entry = EntryRows(
            eid, on, str(Journal.SALES), source_type, source_id, number, number, tuple(lines)
        )
        return SetPosting(entry, on)
