"""The nightly reconciliation: is everything the branches sent consistent?

- every journal entry balances and the trial balance is zero;
- the inventory account of each branch equals the value of its stock movements;
- each register's series has no gap and its hash chain verifies (hashes recomputed from
  the documents' content, so an altered document is caught, not only a missing one); a gap
  is reported and never suspends the check of the rest of the series;
- every column of a sales document that a report reads equals its chained payload, its
  payment rows are the payload's, and every stock level is the sum of its movements;
- alerts raised while merging (negative stock, transfer differences) are listed; what this
  check finds is raised as an alert too (once), so head office sees it with the others;
- invoices two sites settled between two syncs beyond their total are noted (the credit is
  the customer's: to refund or apply, not a broken book).

``reconcile`` returns a report; the CLI prints it and exits non-zero when anything is off.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from erp_desktop.kernel.calendar import TIMEZONES
from erp_desktop.kernel.currency import minor_units
from erp_desktop.kernel.hash_chain import payload_fields, verify_series_chain
from erp_desktop.kernel.ledger.accounts import AccountRole, load_chart
from sync_server.db import headoffice as rows
from sync_server.db import integrity, receivables
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
        for (
            branch,
            day,
            account,
            t_debit,
            t_credit,
            l_debit,
            l_credit,
        ) in figures.day_totals_unlike_lines(conn):
            report.problems.append(
                (
                    "reconcile.day_totals_unlike_lines",
                    {
                        "branch": branch,
                        "day": day,
                        "account": account,
                        "totals_debit_minor": t_debit,
                        "totals_credit_minor": t_credit,
                        "lines_debit_minor": l_debit,
                        "lines_credit_minor": l_credit,
                    },
                )
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
        for series, documents in integrity.series_documents(conn):
            sequences = [sequence for sequence, _ in documents]
            missing = sorted(set(range(1, max(sequences) + 1)) - set(sequences))
            found: list[tuple[str, dict[str, Any]]] = []
            if missing:
                found.append(("numbering.series_gap", {"series": series, "missing": missing}))
            breaks = verify_series_chain(
                series,
                (
                    (q, p["number"], p["previous_hash"], p["hash"], payload_fields(p))
                    for q, p in documents
                ),
            )
            found += [
                (
                    "numbering.chain_broken",
                    {"series": series, "number": b.number, "reason": b.reason},
                )
                for b in breaks
            ]
            branch_id = integrity.branch_of_series(conn, series)
            for code, params in found:
                report.problems.append((code, params))
                if branch_id is not None:
                    integrity.raise_alert(conn, branch_id, code, params)
        zone = TIMEZONES.get(company.country, "UTC")
        for number, columns in integrity.documents_unlike_their_payload(conn, zone):
            _tampered(conn, report, number, columns)
        for number in integrity.documents_with_other_payments(conn):
            _tampered(conn, report, number, ["payments"])
        for branch, sku, level, moved in integrity.levels_unlike_movements(conn):
            level_params: dict[str, Any] = {
                "branch": branch,
                "product": sku,
                "level_milli": level,
                "movements_milli": moved,
            }
            report.problems.append(("reconcile.level_unlike_movements", level_params))
            branch_id = integrity.branch_by_code(conn, branch)
            if branch_id is not None:
                integrity.raise_alert(
                    conn, branch_id, "reconcile.level_unlike_movements", level_params
                )
        for branch, kind, alert in figures.open_alerts(conn):
            report.notes.append((f"alert.{kind}", {"branch": branch, **dict(alert)}))
        for branch, number, currency, beyond in receivables.over_allocated(conn):
            report.notes.append(  # money taken twice: to refund or apply, not a broken book
                (
                    "receivables.over_allocated",
                    {"branch": branch, "invoice": number, "currency": currency,
                     "beyond_minor": beyond},
                )
            )  # fmt: skip
    return report


def _tampered(conn: Any, report: ReconcileReport, number: str, columns: list[str]) -> None:
    params: dict[str, Any] = {"number": number, "columns": columns}
    report.problems.append(("reconcile.document_altered", params))
    branch_id = integrity.branch_of_series(conn, number.rpartition("-")[0])
    if branch_id is not None:
        integrity.raise_alert(conn, branch_id, "reconcile.document_altered", params)
