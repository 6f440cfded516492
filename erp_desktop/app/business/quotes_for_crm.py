"""CRM's won opportunity drafted as a quote (app/ports/quotes.py): its customer, currency
and lines, at the prices the opportunity agreed, through the same use case as a quote typed
in the documents screen."""

from __future__ import annotations

from uuid import UUID

from erp_desktop.app.business.documents import DocumentRequest, LineRequest, issue_document
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.kernel.crm.interactions import QuoteInput
from erp_desktop.kernel.documents.business import QUOTE


class BusinessQuoteMaker:
    def draft_quote(self, deps: Deps, actor: Actor, quote: QuoteInput) -> UUID:
        lines = tuple(
            LineRequest(ln.quantity, ln.product_id, unit_price=ln.unit_price.amount)
            for ln in quote.lines
        )
        request = DocumentRequest(QUOTE, quote.customer_id, lines, currency=quote.currency)
        drafted, _changes = issue_document(deps, actor, request)
        return drafted.id
