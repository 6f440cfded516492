"""Codes of barcode reading."""

CODES: dict[str, str] = {
    "barcodes.invalid": "{code} is not a valid barcode",
    "barcodes.bad_check_digit": "the check digit of {code} is wrong",
    "barcodes.invalid_layout": "{layout} is not a scale label layout",
    "barcodes.invalid_quantity": "{quantity} is not a valid quantity",
}
