"""The posting of a pushed sale, credit note or stock document, from its payload.

The payload is turned back into the document it describes (kernel.documents) and posted
through ``posting_of``, the function the replica posts the document with when it
finalizes it (from the very payload it queues): replica and server cannot disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

from erp_desktop.kernel.documents.posting import posting_of
from erp_desktop.kernel.documents.sale import sale_from_payload
from erp_desktop.kernel.documents.stock import stock_document_from_payload
from erp_desktop.kernel.ledger.accounts import Chart
from erp_desktop.kernel.ledger.journal import JournalEntry


def post_sale_payload(
    chart: Chart, payload: Mapping[str, Any], branch_id: UUID
) -> JournalEntry | None:
    """The journal entry of a pushed sale or credit note (None when it moves nothing)."""
    return posting_of(sale_from_payload(payload, branch_id), chart)


def post_stock_document_payload(
    chart: Chart,
    payload: Mapping[str, Any],
    branch_id: UUID,
    sent_lines: list[Mapping[str, Any]] | None = None,
) -> JournalEntry | None:
    """The journal entry of a pushed stock document: goods receipt, adjustment, count,
    transfer out, or transfer in (``sent_lines``: the lines of the transfer out it receives).
    """
    document = stock_document_from_payload(payload, branch_id)
    sent = None
    if sent_lines is not None:
        sent = stock_document_from_payload(
            {**payload, "kind": "transfer_out", "lines": sent_lines}, branch_id
        )
    return posting_of(document, chart, sent=sent)
