"""The seam to the invoicing module: drafting a quote from a won opportunity.

CRM does not make quotes (the invoicing module owns business documents, issue 13, built in
branch wt-b2b). When an opportunity is won, CRM hands the module a ``QuoteInput`` (the
customer, the currency, the lines) through this port and records the quote's id on the
opportunity. The composition root installs the module's implementation
(``erp_desktop.app.crm.pipeline.install_quote_maker``); until then a won opportunity keeps
its quote input and no quote.
"""

from __future__ import annotations

from typing import Protocol
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.kernel.crm.interactions import QuoteInput


class QuoteMaker(Protocol):
    def draft_quote(self, actor: Actor, quote: QuoteInput) -> UUID:
        """Drafts the quote (its own transaction) and returns its id."""
        ...
