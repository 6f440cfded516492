"""Numbers as printed on documents: fixed decimals of the currency, grouped thousands with a
narrow no-break space (which keeps a number whole inside Arabic text)."""

from __future__ import annotations

from decimal import Decimal

from erp_desktop.kernel.currency import minor_units
from erp_desktop.kernel.money import Money

NNBSP = "\u202f"


def amount(money: Money) -> str:
    places = minor_units(money.currency)
    text = f"{money.amount:,.{places}f}"
    return text.replace(",", NNBSP).replace(".", ",")


def quantity(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text.replace(".", ",")


def rate(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",") + " %"
