"""Codes of the tax rules (VAT, stamp duty) and exchange rates."""

CODES: dict[str, str] = {
    "tax.unknown_country": "no tax rules for country {country}",
    "tax.unknown_tax_class": "no VAT rate {tax_class} in {country} on {on}",
    "tax.negative_stamp_base": "stamp duty cannot be computed on a negative amount {amount}",
}
