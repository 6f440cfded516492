"""A branch's order and receipt, and what head office's replica pulls of them (issue 14)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.app.purchasing.orders import (
    OrderDraft,
    OrderLineDraft,
    save_draft_order,
    send_order,
)
from erp_desktop.app.purchasing.receiving import ReceiptRequest, ReceivedLine, receive_purchase
from erp_desktop.kernel.documents import payload
from erp_desktop.kernel.documents.purchase import PurchaseOrder, PurchaseReceipt
from erp_desktop.kernel.purchasing.suppliers import Supplier
from tests.builders import Branch


def ordered_and_received(
    branch: Branch,
    supplier: Supplier,
    ordered: dict[int, int],
    received: dict[int, int],
) -> tuple[PurchaseOrder, PurchaseReceipt]:
    buyer = branch.actor("manager")
    draft, _ = save_draft_order(
        branch.deps,
        buyer,
        OrderDraft(
            supplier.id,
            [OrderLineDraft(branch.products[i], Decimal(q)) for i, q in ordered.items()],
        ),
    )
    send_order(branch.deps, buyer, draft.id)
    done, _ = receive_purchase(
        branch.deps,
        branch.actor("clerk"),
        ReceiptRequest(
            [ReceivedLine(branch.products[i], Decimal(q)) for i, q in received.items()],
            order_id=draft.id,
        ),
    )
    with branch.deps.store.read() as tx:
        order = tx.purchasing.purchase_order(draft.id)
    return order, done.receipt


def pulled(site: Branch, entity: str, document: Any, branch_id: UUID) -> None:
    """What the server's change log sends head office of a branch's document."""
    with site.deps.store.transaction(None) as tx:
        tx.sync.apply_remote(
            entity, {**payload(document), "branch_id": str(branch_id)}, site.deps.now()
        )


def balances(site: Branch) -> dict[str, Decimal]:
    """Debit minus credit by account over the replica's whole journal (company currency)."""
    out: dict[str, Decimal] = {}
    with site.deps.store.read() as tx:
        for entry in tx.ledger.entries(None, None):
            assert entry.is_balanced()
            for ln in entry.lines:
                sign = 1 if ln.side.value == "debit" else -1
                out[ln.account] = out.get(ln.account, Decimal(0)) + sign * ln.amount.amount
    return out
