"""Tunisia's daily global invoice of ticket sales: a series per branch and year of its day,
chained to the series' last invoice (inserting it moves the series on)."""

from __future__ import annotations

from dataclasses import replace

from erp_desktop.app.documents.filing import Desk, Filing
from erp_desktop.kernel.hash_chain import genesis
from erp_desktop.kernel.invoicing.global_invoice import GlobalInvoice, number_of, series_of


class GlobalInvoiceFiling(Filing[GlobalInvoice]):
    def number(self, desk: Desk, document: GlobalInvoice) -> GlobalInvoice:
        code = desk.branch_code(document.branch_id)
        series = series_of(code, document.day.year)
        last = desk.tx.invoicing.last_global_invoice(series)
        sequence, previous = (last[0] + 1, last[1]) if last else (1, genesis(series))
        return replace(
            document, number=number_of(code, document.day.year, sequence), previous_hash=previous
        )

    def insert(self, desk: Desk, document: GlobalInvoice) -> None:
        desk.tx.invoicing.insert_global_invoice(document, desk.now)
