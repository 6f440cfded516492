"""Codes of the documents of sales to businesses: quotes, orders, deliveries, invoices,
credit notes (issue 13; the receivables' own are in receivables.py)."""

CODES: dict[str, str] = {
    "business.document_cancelled": "document {number} is cancelled",
    "business.document_mismatch": "document {number}: {field} does not add up",
    "business.document_followed": "document {number} follows it: cancel that one first",
    "business.goods_need_delivery": "goods are invoiced from their order once delivered; a direct invoice bills services",
    "business.invoice_credited": "invoice {number} has a credit note: credit what is left instead of cancelling it",
    "business.not_cancellable": "document {number} cannot be cancelled: a delivery is returned, a credit note is final",
    "business.other_site_document": "document {number} was issued by another site: it follows it there",
    "business.quote_already_ordered": "the quote is already ordered by {number}",
    "business.ticket_already_invoiced": "ticket {ticket} is already invoiced by {number}",
    "business.ticket_in_global_invoice": "ticket {ticket} is in the day's global invoice {number}",
    "business.ticket_invoice_credit": "invoice {number} bills a till ticket: take the goods back at the till",
    "business.ticket_not_invoiceable": "ticket {ticket} cannot be invoiced: it is cancelled or a credit note",
    "business.not_a_business_customer": "customer {customer} has no legal identifier: complete the business customer first",
}
