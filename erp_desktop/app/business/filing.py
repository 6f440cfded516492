"""A document of a sale to a business (quote, order, delivery note, invoice, credit note):
a series per branch, kind and year."""

from __future__ import annotations

from dataclasses import replace

from erp_desktop.app.documents.filing import Desk, Filing
from erp_desktop.kernel.documents.business import BusinessDocument


class BusinessFiling(Filing[BusinessDocument]):
    def number(self, desk: Desk, document: BusinessDocument) -> BusinessDocument:
        code = desk.branch_code(document.branch_id)
        number = desk.tx.business.next_business_number(document.kind, code, desk.today().year)
        return replace(document, number=number)

    def insert(self, desk: Desk, document: BusinessDocument) -> None:
        desk.tx.business.insert_business_document(document, desk.now)
