"""A till's sales document (receipt, invoice, credit note): numbered in its register's
gapless series, which the seal moves on to it."""

from __future__ import annotations

from dataclasses import replace

from erp_desktop.app.documents.filing import Desk, Filing
from erp_desktop.app.till.numbering import allocate_number
from erp_desktop.kernel.documents import SaleDocument


class SaleFiling(Filing[SaleDocument]):
    def number(self, desk: Desk, document: SaleDocument) -> SaleDocument:
        if desk.register is None:
            raise ValueError("a sales document is numbered in its register's series")
        number, series, sequence, previous = allocate_number(
            desk.tx, desk.register, desk.today(), desk.now
        )
        return replace(
            document, number=number, series=series, sequence=sequence, previous_hash=previous
        )

    def sealed(self, desk: Desk, document: SaleDocument) -> None:
        desk.tx.sales.advance_series(document.series, document.sequence, document.hash, desk.now)

    def insert(self, desk: Desk, document: SaleDocument) -> None:
        desk.tx.sales.insert_sale(document, desk.now)
