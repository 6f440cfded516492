"""Codes of business sales and receivables: legal ids, terms, documents, payments (issue 13)."""

CODES: dict[str, str] = {
    "receivables.allocation_exceeds_payment": "payment {payment}: {allocated} allocated, more than its {amount}",
    "receivables.bad_instalments": "instalments must share out 100 % of the invoice, not {total} %",
    "receivables.bad_instrument_transition": "a {tender} {state} cannot be {event}",
    "receivables.credit_exceeds_invoice": "line {line}: crediting {quantity} more than the {left} left on the invoice",
    "receivables.credit_limit_exceeded": "customer {customer}: {exposure} owed would pass the credit limit of {limit}",
    "receivables.delay_exceeds_cap": "{days} days of payment delay: {country}'s law allows at most {maximum}",
    "receivables.delivery_exceeds_order": "line {line}: delivering {quantity}, only {left} left to deliver on the order",
    "receivables.due_before_invoice": "due date {due} is before the invoice date {issued}",
    "receivables.foreign_cash_on_account": "cash in {currency} against an account is not taken yet: its stamp duty is due in {local}",
    "receivables.invalid_legal_id": "{value} is not a valid {kind} for {country}",
    "receivables.invoice_cancelled": "invoice {invoice} is cancelled: it cannot be paid",
    "receivables.invoice_exceeds_delivered": "line {line}: invoicing {quantity}, only {deliverable} delivered and not yet invoiced",
    "receivables.invoice_paid": "invoice {invoice} is partly or wholly paid: credit it instead of cancelling it",
    "receivables.missing_instrument_detail": "a {tender} payment needs its {detail}",
    "receivables.mixed_currencies": "document {document} is in {currency}, the payment in {expected}",
    "receivables.over_allocation": "invoice {invoice}: allocating {amount}, only {open} is open",
    "receivables.unknown_terms": "unknown payment terms: {terms}",
    # receivables storage and use cases (payments, instruments, refunds)
    "receivables.refund_exceeds_credit": "refunding {amount}, only {credit} of credit is left",
    "receivables.not_an_instrument": "payment {payment} is not a cheque or a traite",
    "receivables.payment_not_found": "no payment {payment} on this site",
    "receivables.invoice_unknown": "invoice {invoice} is not on this site (yet)",
    "receivables.already_revalued": "the foreign receivables of {day} are already revalued",
    "receivables.instrument_elsewhere": "payment {payment} was received at {branch}: its cheque or traite is followed there",
    "receivables.credit_limit_blocked": "customer {customer}: {exposure} owed would pass the credit limit of {limit}; a manager's PIN is needed",
}
