"""The nightly reconciliation: is everything the branches sent consistent?

- every journal entry balances and the trial balance is zero;
- the inventory account of each branch equals the value of its stock movements;
- each register's series has no gap and its hash chain verifies (hashes recomputed from
  the documents' content, so an altered document is caught, not only a missing one);
- alerts raised while merging (negative stock, transfer differences) are listed.

``reconcile`` returns a report; the CLI prints it and exits non-zero when anything is off.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from erp_desktop.kernel.currency import minor_units
from erp_desktop.kernel.hash_chain import payload_fields, verify_chain
from erp_desktop.kernel.ledger.accounts import AccountRole, load_chart
from sync_server.db import headoffice as rows
from sync_server.db import reconcile as figures
from sync_server.db.engine import Engine, unit_of_work


@dataclass
class ReconcileReport:
    problems: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = [f"PROBLEM {code} {params}" for code, params in self.problems]
        out += [f"note {code} {params}" for code, params in self.notes]
        out.append(
            "reconciliation: "
            + ("everything agrees" if self.clean else f"{len(self.problems)} problem(s)")
        )
        return out


def reconcile(engine: Engine) -> ReconcileReport:
    report = ReconcileReport()
    with unit_of_work(engine, head_office=True) as conn:
        company = rows.company(conn)
        if company is None:
            report.problems.append(("common.not_found", {"entity": "company", "id": "-"}))
            return report
        chart = load_chart(company.country)
        for number, entry_id, difference in figures.unbalanced_entries(conn):
            report.problems.append(
                (
                    "ledger.unbalanced",
                    {"source": number, "entry": entry_id, "difference_minor": difference},
                )
            )
        debit, credit = figures.ledger_totals(conn)
        if debit != credit:
            report.problems.append(
                ("reconcile.trial_balance", {"debit_minor": debit, "credit_minor": credit})
            )
        inventory = chart.account_for(AccountRole.INVENTORY).code
        booked = figures.account_balance(conn, inventory)
        valued = figures.stock_valuation(conn, minor_units(company.currency))
        for branch in sorted(set(booked) | set(valued)):
            if booked.get(branch, 0) != valued.get(branch, 0):
                report.problems.append(
                    (
                        "reconcile.inventory_account",
                        {
                            "branch": branch,
                            "account": inventory,
                            "booked_minor": booked.get(branch, 0),
                            "movements_minor": valued.get(branch, 0),
                        },
                    )
                )
        for series, payloads in figures.sales_series(conn):
            sequences = [int(p["number"].rpartition("-")[2]) for p in payloads]
            missing = (
                sorted(set(range(1, max(sequences) + 1)) - set(sequences)) if sequences else []
            )
            if missing:
                report.problems.append(
                    ("numbering.series_gap", {"series": series, "missing": missing})
                )
            breaks = (
                verify_chain(
                    series,
                    (
                        (p["number"], p["previous_hash"], p["hash"], payload_fields(p))
                        for p in payloads
                    ),
                )
                if not missing
                else []
            )
            for chain_break in breaks:
                report.problems.append(
                    (
                        "numbering.chain_broken",
                        {
                            "series": series,
                            "number": chain_break.number,
                            "reason": chain_break.reason,
                        },
                    )
                )
        for branch, kind, params in figures.open_alerts(conn):
            report.notes.append((f"alert.{kind}", {"branch": branch, **dict(params)}))
    return report
