"""Codes of the sales rules and of checkout, returns and cash sessions."""

CODES: dict[str, str] = {
    "sales.empty_document": "a document needs at least one line",
    "sales.invalid_line": "line {line}: invalid quantity {quantity} or price {price}",
    "sales.invalid_discount": "invalid discount {value}",
    "sales.discount_exceeds_amount": "discount {discount} exceeds the amount {amount}",
    "sales.discount_needs_approval": "a discount of {percent} % needs a manager's approval",
    "sales.invalid_return_quantity": "line {line}: invalid quantity to return {quantity}",
    "sales.return_exceeds_sold": "line {line}: {requested} requested but {sold} sold and {returned} already returned",
    "sales.negative_total": "the total {total} cannot be negative",
    "sales.invalid_tender": "invalid {kind} payment of {amount}",
    "sales.foreign_tender_not_cash": "only cash may be tendered in a foreign currency, not {kind}",
    "sales.overpaid_non_cash": "{paid} paid by card, cheque, transfer or credit exceeds the total {total}",
    "sales.insufficient_payment": "{paid} paid of {due} due",
    "sales.insufficient_store_credit": "store credit {available} is less than {requested}",
    "sales.document_not_found": "document {number} does not exist",
    "sales.not_returnable": "document {number} cannot be returned",
    "sales.no_open_session": "no cash session is open on register {register}",
    "sales.session_already_open": "a cash session is already open on register {register}",
    "sales.invalid_count": "invalid cash count {value}",
    "sales.unknown_product": "no product with code {code}",
    "sales.held_ticket_not_found": "held ticket {ticket} does not exist",
    "sales.price_override_needs_approval": "line {line}: a price typed at the till needs a manager's approval",
    "sales.quantity_not_positive": "the quantity {quantity} must be more than zero",
    # till: on account and loyalty points (helper till)
    "sales.on_account_needs_customer": "a ticket on account needs a customer",
    "sales.no_credit_terms": "{customer} has no credit terms: nothing may be left on their account",
    "sales.points_need_customer": "points may be redeemed only on a ticket with a customer",
    # returns of tickets on account (helper returns)
    "sales.not_on_account": "ticket {number} left nothing on account: it cannot be refunded on account",
    "sales.refund_exceeds_on_account": "{amount} is more than what the ticket left on account",
}
