"""Codes of the ledger and of posting rules."""

CODES: dict[str, str] = {
    "ledger.unbalanced": "entry for {source} does not balance: debit {debit}, credit {credit}",
    "ledger.empty_entry": "entry for {source} has no lines",
    "ledger.unknown_account": "account {account} does not exist (role {role})",
    "ledger.role_not_mapped": "no account plays the role {role} in the chart of {country}",
    "ledger.period_closed": "period {period} is closed: nothing can be posted on {on}",
    "ledger.reverse_reversal": "entry {entry} is already a reversal",
    "ledger.already_posted": "{source} is already posted",
    "posting.sign_mismatch": "amounts of {role} have opposite signs",
    "posting.tenders_do_not_cover": "tenders {paid} do not match the document total {due}",
    "posting.unknown_tender": "unknown tender {kind}",
}
