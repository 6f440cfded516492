"""Barcodes at the till: EAN/UPC check digits, price- and weight-embedded scale labels,
and the cashier's "3*" quantity prefix.

Scale labels (GS1 prefixes 20-29, restricted circulation) carry an item code and either the
weight in grams or the price in minor units; the layout is configured per store, e.g.
``"22IIIIIWWWWWC"``: prefix 22, five digits of item code, five of weight, check digit.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from decimal import Decimal

from erp_desktop.kernel.errors import ValidationError


def check_digit(body: str) -> str:
    """GS1 check digit of ``body`` (the code without its last digit)."""
    if not body.isdigit():
        raise ValidationError("barcodes.invalid", code=body)
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def is_valid_gtin(code: str) -> bool:
    """EAN-13, EAN-8, UPC-A (12) or GTIN-14 with a correct check digit."""
    return code.isdigit() and len(code) in (8, 12, 13, 14) and check_digit(code[:-1]) == code[-1]


def make_ean13(body12: str) -> str:
    if len(body12) != 12 or not body12.isdigit():
        raise ValidationError("barcodes.invalid", code=body12)
    return body12 + check_digit(body12)


def random_ean13(rng: random.Random, prefix: str = "613") -> str:
    """A valid EAN-13 (613: GS1 Algeria, 611 Morocco, 619 Tunisia) for demo data."""
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(12 - len(prefix)))
    return make_ean13(body)


@dataclass(frozen=True, slots=True)
class ScaleLayout:
    """A scale label layout: prefix digits, 'I' item code, 'W' grams or 'P' price, 'C' check."""

    pattern: str

    def __post_init__(self) -> None:
        if len(self.pattern) != 13 or not re.fullmatch(r"2\dI+(W+|P+)C", self.pattern):
            raise ValidationError("barcodes.invalid_layout", layout=self.pattern)

    @property
    def prefix(self) -> str:
        return self.pattern[:2]

    @property
    def embeds_price(self) -> bool:
        return "P" in self.pattern


@dataclass(frozen=True, slots=True)
class ScaleReading:
    item_code: str
    quantity: Decimal | None  # kilograms, when the label carries a weight
    price_minor: int | None  # the label's price in minor units, when it carries a price


def parse_scale_barcode(code: str, layouts: list[ScaleLayout]) -> ScaleReading | None:
    """The reading of a scale label, or None when ``code`` is not one of ``layouts``."""
    if len(code) != 13 or not code.isdigit():
        return None
    for layout in layouts:
        if not code.startswith(layout.prefix):
            continue
        if check_digit(code[:-1]) != code[-1]:
            raise ValidationError("barcodes.bad_check_digit", code=code)
        item = "".join(c for c, p in zip(code, layout.pattern, strict=True) if p == "I")
        value = "".join(c for c, p in zip(code, layout.pattern, strict=True) if p in "WP")
        if layout.embeds_price:
            return ScaleReading(item, None, int(value))
        return ScaleReading(item, Decimal(int(value)) / Decimal(1000), None)
    return None


def make_scale_barcode(layout: ScaleLayout, item_code: str, value: int) -> str:
    """A label for ``item_code`` carrying ``value`` (grams or minor units)."""
    n_item = layout.pattern.count("I")
    n_value = layout.pattern.count("W") + layout.pattern.count("P")
    if len(item_code) != n_item or not item_code.isdigit() or not 0 <= value < 10**n_value:
        raise ValidationError("barcodes.invalid", code=item_code)
    body = layout.prefix + item_code + str(value).zfill(n_value)
    return body + check_digit(body)


_QTY_PREFIX = re.compile(r"^\s*(\d+(?:[.,]\d{1,3})?)\s*\*\s*(\S+)\s*$")


def split_quantity_prefix(scanned: str) -> tuple[Decimal, str]:
    """``"3*6130000000016"`` -> (3, code); a bare code has quantity 1."""
    match = _QTY_PREFIX.match(scanned)
    if match:
        qty = Decimal(match.group(1).replace(",", "."))
        if qty <= 0:
            raise ValidationError("barcodes.invalid_quantity", quantity=match.group(1))
        return qty, match.group(2)
    code = scanned.strip()
    if not code:
        raise ValidationError("barcodes.invalid", code=scanned)
    return Decimal(1), code
