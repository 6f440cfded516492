"""Codes of invoicing: the daily global invoice of ticket sales (Tunisia), the mentions the
law requires of every printed invoice."""

CODES: dict[str, str] = {
    "invoicing.global_invoice_not_applicable": "the daily global invoice of tickets applies to Tunisian branches, not {country}",
    "invoicing.no_ticket_sales": "no ticket sales to invoice on {day}",
    "invoicing.global_invoice_exists": "global invoice {number} already covers {day}",
    "invoicing.global_invoice_mismatch": "global invoice {number}: {field} does not add up",
    "invoicing.missing_mentions": "the invoice cannot be printed: the company record lacks {mentions}, which the law requires on an invoice",
}
