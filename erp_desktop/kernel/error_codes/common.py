"""Codes shared by every module: validation of plain values, ids, money and quantities."""

CODES: dict[str, str] = {
    "common.required": "{field} is required",
    "common.invalid_value": "{field} has an invalid value: {value}",
    "common.not_found": "{entity} {id} does not exist",
    "money.currency_mismatch": "cannot combine {left} and {right}",
    "money.unknown_currency": "unknown currency {currency}",
    "money.too_precise": "{amount} has more decimals than {currency} allows",
    "money.invalid_amount": "{amount} is not a valid amount",
    "money.allocation_empty": "an amount cannot be split into no parts",
    "money.allocation_negative_ratio": "allocation ratios must not be negative",
    "money.missing_rate": "no exchange rate from {source} to {target} on {on}",
    "money.invalid_rate": "exchange rate {rate} must be positive",
    "quantity.unknown_unit": "unknown unit {unit}",
    "quantity.too_precise": "{quantity} has more decimals than unit {unit} allows",
    "quantity.invalid": "{quantity} is not a valid quantity",
    "clock.invalid_timestamp": "{value} is not a hybrid logical clock timestamp",
    "clock.drift_too_large": "remote clock is {drift_ms} ms ahead, more than allowed",
}
