"""Codes of the nightly reconciliation's report."""

CODES: dict[str, str] = {
    "reconcile.trial_balance": "the trial balance is off: debit {debit_minor}, credit {credit_minor}",
    "reconcile.inventory_account": (
        "branch {branch}: account {account} holds {booked_minor} but the stock movements are "
        "worth {movements_minor}"
    ),
    "reconcile.document_altered": "document {number} was altered after it was finalized: {columns}",
    "reconcile.level_unlike_movements": (
        "branch {branch}: the stock level of {product} is {level_milli} but its movements add up "
        "to {movements_milli} (thousandths)"
    ),
    "reconcile.day_totals_unlike_lines": (
        "branch {branch}, {day}, account {account}: the day totals hold debit "
        "{totals_debit_minor}, credit {totals_credit_minor} but the lines add up to debit "
        "{lines_debit_minor}, credit {lines_credit_minor}"
    ),
}
