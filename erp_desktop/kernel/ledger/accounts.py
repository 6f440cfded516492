"""Accounts, the roles posting rules use, and the chart-of-accounts templates per country.

Posting rules never name an account code: they name a role ("VAT collected"), and the
company's chart says which account plays it (4457 in Algeria's SCF, 4455 in Morocco's CGNC).
The templates in ``charts/`` cover every role, a test checks it for the three countries.
Each template names the national standard it follows, and each account corrected against it
carries the ``source`` it was checked on. Two roles may share an account (a till over and
short go to one account in the SCF and the NCT, to two in the CGNC).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources

from erp_desktop.kernel.errors import ValidationError


class AccountType(StrEnum):
    ASSET = "asset"
    LIABILITY = "liability"
    EQUITY = "equity"
    INCOME = "income"
    EXPENSE = "expense"


class AccountRole(StrEnum):
    CASH = "cash"
    FOREIGN_CASH = "foreign_cash"
    BANK = "bank"
    CARD_CLEARING = "card_clearing"
    CHEQUES_TO_CASH = "cheques_to_cash"
    STORE_CREDIT = "store_credit"
    RECEIVABLE = "receivable"
    PAYABLE = "payable"
    SALES_REVENUE = "sales_revenue"
    SALES_RETURNS = "sales_returns"
    VAT_COLLECTED = "vat_collected"
    VAT_DEDUCTIBLE = "vat_deductible"
    STAMP_DUTY_PAYABLE = "stamp_duty_payable"
    STAMP_DUTY_EXPENSE = "stamp_duty_expense"  # duty the company bears itself (a global invoice)
    INVENTORY = "inventory"
    COST_OF_GOODS_SOLD = "cost_of_goods_sold"
    GOODS_IN_TRANSIT = "goods_in_transit"
    INVENTORY_VARIANCE = "inventory_variance"
    EXCHANGE_GAIN = "exchange_gain"
    EXCHANGE_LOSS = "exchange_loss"
    ROUNDING = "rounding"
    CASH_OVER_SHORT = "cash_over_short"  # a till short at close (and, before 2026-12, over too)
    CASH_OVER = "cash_over"  # a till over at close: income where the chart separates it (CGNC)
    OPENING_EQUITY = "opening_equity"
    RESULT = "result"


@dataclass(frozen=True, slots=True)
class Account:
    code: str
    name: str
    name_ar: str
    type: AccountType


class Chart:
    """A company's accounts and which account plays each role."""

    def __init__(
        self, country: str, currency: str, accounts: list[Account], roles: dict[AccountRole, str]
    ):
        self.country = country
        self.currency = currency
        self.accounts = {a.code: a for a in accounts}
        self.roles = dict(roles)
        for role, code in self.roles.items():
            if code not in self.accounts:
                raise ValidationError("ledger.unknown_account", account=code, role=str(role))

    def account_for(self, role: AccountRole) -> Account:
        try:
            return self.accounts[self.roles[role]]
        except KeyError:
            raise ValidationError(
                "ledger.role_not_mapped", role=str(role), country=self.country
            ) from None

    def account(self, code: str) -> Account:
        try:
            return self.accounts[code]
        except KeyError:
            raise ValidationError("ledger.unknown_account", account=code, role="") from None

    def role_of(self, code: str) -> AccountRole | None:
        for role, c in self.roles.items():
            if c == code:
                return role
        return None


@cache
def load_chart(country: str) -> Chart:
    """The template chart of ``country`` (DZ: SCF, MA: CGNC, TN: NCT)."""
    try:
        text = (
            resources.files("erp_desktop.kernel.ledger") / "charts" / f"{country}.json"
        ).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError("tax.unknown_country", country=country) from None
    doc = json.loads(text)
    accounts = [
        Account(a["code"], a["name"], a["name_ar"], AccountType(a["type"])) for a in doc["accounts"]
    ]
    roles = {AccountRole(r): code for r, code in doc["roles"].items()}
    return Chart(doc["country"], doc["currency"], accounts, roles)
