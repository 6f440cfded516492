"""VAT arithmetic and the rounding policy.

Policy (stated once, tested): VAT is computed **per rate on the sum of the line bases** of a
document and rounded half-up once at the currency's precision, which is how the three tax
administrations read an invoice (the VAT of each rate equals rate x base). Retail prices are
tax-included: the gross of each rate is split so that base + VAT == gross exactly, with the
base rounded and the VAT taking the remainder. B2B prices are tax-excluded: the base is exact
and the VAT is added. A document mixing both modes rounds each rate once per mode, so each
line keeps its own price (docs/tax-rules.md).
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from erp_desktop.kernel.money import Money

HUNDRED = Decimal(100)


class PriceMode(StrEnum):
    TAX_INCLUDED = "tax_included"
    TAX_EXCLUDED = "tax_excluded"


def vat_on_base(base: Money, rate: Decimal) -> Money:
    """VAT due on a tax-excluded base at ``rate`` percent, rounded half-up."""
    return Money.of(base.amount * rate / HUNDRED, base.currency)


def split_gross(gross: Money, rate: Decimal) -> tuple[Money, Money]:
    """(base, VAT) of a tax-included amount; base + VAT == gross exactly."""
    base = Money.of(gross.amount * HUNDRED / (HUNDRED + rate), gross.currency)
    return base, gross - base
