"""Codes of document numbering and hash chains."""

CODES: dict[str, str] = {
    "numbering.invalid": "{number} is not a valid document number",
    "numbering.series_gap": "series {series} is missing numbers {missing}",
    "numbering.chain_broken": "the hash chain of {series} breaks at {number}",
}
