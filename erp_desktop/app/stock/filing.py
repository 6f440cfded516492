"""A stock document (goods receipt, adjustment, count, transfer out or in): numbered in the
branch's series of its kind and year."""

from __future__ import annotations

from dataclasses import replace

from erp_desktop.app.documents.filing import Desk, Filing
from erp_desktop.kernel.documents import StockDocument


class StockFiling(Filing[StockDocument]):
    def number(self, desk: Desk, document: StockDocument) -> StockDocument:
        code = desk.branch_code(document.branch_id)
        year = desk.today().year
        return replace(document, number=desk.tx.stock.next_stock_number(document.kind, code, year))

    def insert(self, desk: Desk, document: StockDocument) -> None:
        desk.tx.stock.insert_stock_document(document, desk.actor_id, desk.now)
