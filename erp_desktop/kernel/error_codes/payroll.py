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
    # payroll runs (app/payroll)
    "payroll.employee_twice": "{employee} is twice in the run",
    "payroll.nothing_to_correct": "the corrective run changes nothing of {number}",
    "payroll.month_closed": "the month {month} is closed: no payroll run can be posted in it",
    "payroll.month_already_run": "{month} was paid by {number}: prepare a corrective run",
    "payroll.not_the_last_run": "{number} is not the last run of its month ({last} is)",
    "payroll.run_not_found": "no payroll run {run}",
    "payroll.employees_refused": "{count} employee(s) could not be paid: {names}",
    "payroll.not_own_payslip": "{user} may read only their own payslip",
    "payroll.no_contract_terms": "{employee} has a contract without pay terms",
    "payroll.missing_mentions": "the payslip lacks what the law requires: {mentions}",
    "payroll.bad_bank_account": "the account {account} of {employee} is not a RIB of {digits} digits",
    "payroll.nothing_to_transfer": "run {number} transfers nothing",
    # variable items entered ahead of the run (payroll helper, issue 15)
    "payroll.negative_hours": "{field} cannot be a negative number of hours ({hours})",
    "payroll.unknown_employee": "no employee {employee}",
    "payroll.items_month_paid": "{month} was paid by {number}: its items can no longer change",
    # an employee's own payslips read from a branch PC (payslips helper, issue 15)
    "payroll.not_an_employee": "the account {user} is not an employee's: it has no payslips",
    "payroll.payslips_other_branch": "{user} works at another branch: ask for your payslips at your own",
}
