"""The entry of a payroll run: the month's journal, or for a corrective run the difference
between its journal and the one of the run it corrects.

A correction never reverses and re-posts the month: a line that rose is posted on its side
for the increase, a line that fell on the other side for the decrease, so the month's
balances end as if the corrected payslips had been the first ones. The entry's id is derived
from the run's id (kernel.ledger.journal.entry_id), so the replica and the server post the
same entry once.
"""

from __future__ import annotations

from decimal import Decimal

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ledger.journal import Journal, JournalEntry, JournalLine, entry_id
from erp_desktop.kernel.payroll.posting import (
    SOURCE_TYPE,
    PayrollJournal,
    payroll_accounts,
    post_payroll,
)
from erp_desktop.kernel.payroll.run import PayrollRun


def post_run(run: PayrollRun) -> JournalEntry:
    """The balanced entry ``run`` posts (``payroll.nothing_to_correct`` for a correction
    that moves no account)."""
    if run.previous is None:
        return post_payroll(run.journal, run.entry_date, run.id, run.number)
    return post_difference(run.journal, run.previous, run)


def post_difference(new: PayrollJournal, old: PayrollJournal, run: PayrollRun) -> JournalEntry:
    if new.country != old.country or new.currency != old.currency:
        raise ValidationError("payroll.mixed_countries", left=old.country, right=new.country)
    accounts = payroll_accounts(new.country)
    lines = []
    for (role, side, after), (_, _, before) in zip(new.lines(), old.lines(), strict=True):
        change = after - before
        if change.is_zero():
            continue
        amount = change if not change.is_negative() else -change
        lines.append(
            JournalLine(
                account=accounts[role].code,
                side=side if not change.is_negative() else side.opposite(),
                amount=amount,
                txn_amount=amount,
                rate=Decimal(1),
                role=None,
                branch_id=None,
                memo=str(role),
            )
        )
    if not lines:
        raise ValidationError("payroll.nothing_to_correct", number=run.number)
    entry = JournalEntry(
        id=entry_id(SOURCE_TYPE, run.id),
        on=run.entry_date,
        journal=Journal.GENERAL,
        source_type=SOURCE_TYPE,
        source_id=run.id,
        source_number=run.number,
        branch_id=None,
        lines=tuple(lines),
        memo=f"payroll {run.number}".strip(),
    )
    if not entry.is_balanced():
        raise ValidationError(
            "payroll.unbalanced", debit=str(entry.total_debit()), credit=str(entry.total_credit())
        )
    return entry
