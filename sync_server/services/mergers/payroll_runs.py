"""A payroll run pushed by head office: checked, stored with its payslips and posted once.

The run is rebuilt from its payload (every payslip as head office computed it) and posted
with the kernel's rule (kernel.payroll.run_posting) under the entry id the replica used,
only when the run is new: a replayed push posts nothing twice. A corrective run must name a
run the server has (or that comes earlier in the same push) whose journal is the one it
carries, so the difference it posts is the difference with what was posted. The ``hr``
tables are read and written as the pushing user, an HR officer (``hr.reads_records``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from erp_desktop.kernel.errors import NotFound, ValidationError
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.payroll.run import PayrollRun
from erp_desktop.kernel.payroll.run_posting import post_run
from erp_desktop.kernel.payroll.run_wire import run_from_payload
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.engine import act_as
from sync_server.db.mergers import payroll_runs as rows
from sync_server.db.mergers import postings
from sync_server.services.mergers.base import MergeContext


@dataclass(frozen=True, slots=True)
class CheckedRun:
    run: PayrollRun
    entry: JournalEntry


class PayrollRunMerger:
    entity = "payroll_run"

    def checks(
        self, ctx: MergeContext, changes: Sequence[Change]
    ) -> Callable[[Change], CheckedRun]:
        pushed: dict[UUID, Mapping[str, Any]] = {UUID(c.payload["id"]): c.payload for c in changes}

        def check(change: Change) -> CheckedRun:
            act_as(ctx.conn, change.actor_id)  # HR tables are read by HR roles alone
            run = run_from_payload(change.payload, ctx.branch_id)
            if run.country != ctx.chart.country:
                raise ValidationError(
                    "payroll.mixed_countries", left=ctx.chart.country, right=run.country
                )
            if run.corrects_id is not None:
                corrected = pushed.get(run.corrects_id) or rows.stored_runs(
                    ctx.conn, [run.corrects_id]
                ).get(run.corrects_id)
                if corrected is None:
                    raise NotFound("payroll.run_not_found", run=str(run.corrects_id))
                if run_from_payload(corrected, ctx.branch_id).journal != run.previous:
                    raise ValidationError(
                        "payroll.not_the_last_run", number=corrected["number"], last=run.number
                    )
            return CheckedRun(run, post_run(run))

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, CheckedRun]]) -> None:
        for change, done in checked:
            act_as(ctx.conn, change.actor_id)
            if rows.insert_run(ctx.conn, ctx.branch_id, done.run, change.payload):
                postings.insert_entry(ctx.conn, done.entry, ctx.branch_id)
