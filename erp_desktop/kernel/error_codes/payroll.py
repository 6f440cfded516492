"""Codes of the payroll computation (kernel/payroll)."""

CODES: dict[str, str] = {
    "payroll.unknown_country": "no payroll rules for country {country}",
    "payroll.no_rule": "no payroll rule {rule} in {country} on {on}",
    "payroll.negative_net": "the net to pay would be negative ({net})",
    "payroll.negative_amount": "{field} cannot be negative ({amount})",
    "payroll.contract_ends_before_start": "the contract ends on {end}, before it starts on {start}",
    "payroll.outside_contract": "no contract in force in {month} (contract from {start} to {end})",
    "payroll.unknown_overtime_kind": "no overtime majoration {kind} in {country}",
    "payroll.unknown_allowance_kind": "no allowance kind {kind} in {country}",
    "payroll.unbalanced": "the payroll entry does not balance (debit {debit}, credit {credit})",
    "payroll.no_payslips": "a payroll entry needs at least one payslip",
    "payroll.mixed_countries": "payslips of {left} and {right} cannot be posted in one entry",
}
