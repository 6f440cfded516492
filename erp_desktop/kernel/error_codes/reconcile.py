"""Codes of the nightly reconciliation's report."""

CODES: dict[str, str] = {
    "reconcile.trial_balance": "the trial balance is off: debit {debit_minor}, credit {credit_minor}",
    "reconcile.inventory_account": (
        "branch {branch}: account {account} holds {booked_minor} but the stock movements are "
        "worth {movements_minor}"
    ),
}
