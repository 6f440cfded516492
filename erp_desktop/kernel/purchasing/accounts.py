"""The accounts purchasing needs beyond the charts' roles (data/accounts.json): goods
received not invoiced ("invoices not yet received"), suppliers' traites to pay, and the
withholding owed to the State. :func:`purchasing_chart` is a company chart with them added,
the chart purchase documents are posted with and reported on."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ledger.accounts import Account, AccountType, Chart

GRNI, NOTES_PAYABLE, WITHHOLDING_PAYABLE = "grni", "notes_payable", "withholding_payable"


@cache
def _accounts() -> dict[str, dict[str, dict[str, str]]]:
    text = resources.files("erp_desktop.kernel.purchasing") / "data" / "accounts.json"
    loaded: dict[str, dict[str, dict[str, str]]] = json.loads(text.read_text(encoding="utf-8"))[
        "accounts"
    ]
    return loaded


def purchasing_account(country: str, purpose: str) -> Account:
    try:
        raw = _accounts()[country][purpose]
    except KeyError:
        raise ValidationError("ledger.role_not_mapped", role=purpose, country=country) from None
    return Account(raw["code"], raw["name"], raw["name_ar"], AccountType(raw["type"]))


def purchasing_chart(chart: Chart) -> Chart:
    """``chart`` with purchasing's accounts added (those it already has are kept)."""
    extra = [
        purchasing_account(chart.country, p) for p in (GRNI, NOTES_PAYABLE, WITHHOLDING_PAYABLE)
    ]
    accounts = list(chart.accounts.values()) + [a for a in extra if a.code not in chart.accounts]
    return Chart(chart.country, chart.currency, accounts, chart.roles)
