"""The salary transfer order of a run: one credit per employee, as CSV.

No bank of the three countries publishes its bulk-transfer file format openly (each hands
its own specification to its corporate customers), so the order is a CSV the bank's portal
imports, with the account checked for what the interbank systems require: Morocco's RIB of
24 digits (SIMT, since 2004), Algeria's RIB or CCP RIP and Tunisia's RIB of 20 digits. A
corrective run transfers only what each employee is owed on top of the first payment; an
employee whose net fell is listed apart (to be taken back on the next pay), never debited.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from erp_desktop.kernel.errors import ErpError, ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll.run import PayrollRun, RunPayslip

RIB_DIGITS = {"DZ": 20, "MA": 24, "TN": 20}


@dataclass(frozen=True, slots=True)
class Credit:
    name: str
    account: str
    amount: Money
    reference: str


@dataclass(frozen=True, slots=True)
class TransferOrder:
    run_number: str
    credits: tuple[Credit, ...]
    overpaid: tuple[tuple[str, Money], ...]  # a correction that lowered a net: to take back
    refusals: tuple[tuple[str, ErpError], ...]  # employees without a valid account

    @property
    def total(self) -> Money:
        first = self.credits[0].amount
        return sum((c.amount for c in self.credits[1:]), first)


def check_account(country: str, account: str, name: str) -> str:
    digits = account.replace(" ", "").replace("-", "")
    wanted = RIB_DIGITS.get(country)
    if not digits or not digits.isdigit() or (wanted is not None and len(digits) != wanted):
        raise ValidationError(
            "payroll.bad_bank_account", employee=name, account=account, digits=str(wanted)
        )
    return digits


def transfer_order(run: PayrollRun, corrected: PayrollRun | None = None) -> TransferOrder:
    """What to transfer for ``run``: each net to pay, or for a correction the increase over
    ``corrected`` (the run it corrects)."""
    reference = f"Salaire {run.month:%m/%Y} {run.number}"
    before: dict[object, RunPayslip] = (
        {s.employee_id: s for s in corrected.payslips} if corrected else {}
    )
    credits: list[Credit] = []
    overpaid: list[tuple[str, Money]] = []
    refusals: list[tuple[str, ErpError]] = []
    for s in run.payslips:
        owed = s.payslip.net_to_pay
        if s.employee_id in before:
            owed = owed - before[s.employee_id].payslip.net_to_pay
        if owed.is_negative():
            overpaid.append((s.name, -owed))
            continue
        if owed.is_zero():
            continue
        try:
            account = check_account(run.country, s.bank_account, s.name)
        except ErpError as error:
            refusals.append((s.name, error))
            continue
        credits.append(Credit(s.name, account, owed, reference))
    return TransferOrder(run.number, tuple(credits), tuple(overpaid), tuple(refusals))


def transfer_csv(order: TransferOrder) -> str:
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\n")
    w.writerow(["beneficiary", "account", "amount", "currency", "reference"])
    for c in order.credits:
        w.writerow([c.name, c.account, f"{c.amount.amount:f}", c.amount.currency, c.reference])
    return out.getvalue()
