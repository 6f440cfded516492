"""The seam to the invoicing module: drafting a quote from a won opportunity.

CRM does not make quotes (the invoicing module owns business documents, issue 13, built in
branch wt-b2b). When an opportunity is won, CRM hands the module a ``QuoteInput`` (the
customer, the currency, the lines) through this port and records the quote's id on the
opportunity. The composition root (erp_desktop.bootstrap) installs the module's
implementation, app/business/quotes_for_crm.py, with
``erp_desktop.app.crm.pipeline.install_quote_maker``; without one a won opportunity keeps
its quote input and no quote. The maker holds no replica: it is handed the one the
opportunity was won on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.kernel.crm.interactions import QuoteInput

if TYPE_CHECKING:
    from erp_desktop.app.deps import Deps


class QuoteMaker(Protocol):
    def draft_quote(self, deps: Deps, actor: Actor, quote: QuoteInput) -> UUID:
        """Drafts the quote (its own transaction) and returns its id."""
        ...
