"""A credit note taking back quantities of an invoice's lines (the exact remainder when
all is taken back), with or without the goods coming back into stock."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.bridge import move_stock
from erp_desktop.app.business.documents import (
    MOVED,
    POSTED,
    check_own_final,
    document_of,
    issue_in,
    publish_issued,
)
from erp_desktop.app.changes import Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.kernel.documents.business import (
    CUSTOMER_CREDIT_NOTE,
    CUSTOMER_INVOICE,
    GOODS,
    BusinessDocument,
)
from erp_desktop.kernel.errors import ConflictError
from erp_desktop.kernel.inventory.movements import MovementKind
from erp_desktop.kernel.invoicing import credit_notes
from erp_desktop.kernel.permissions import Permission


def credit_invoice(
    deps: Deps,
    actor: Actor,
    invoice_id: UUID,
    quantities: Mapping[UUID, Decimal] | None = None,
    restock: bool = False,
) -> Done[BusinessDocument]:
    """A credit note taking back ``quantities`` per invoice line (all that is left when
    None). With ``restock`` the goods come back into the branch's warehouse at the cost
    they left at, and the note posts that cost back to stock; without it (a price or a
    quality allowance, the goods stay with the customer) its lines carry no cost, so it
    moves no value out of stock either: stock and its account keep agreeing."""
    actor.require(Permission.SALES_INVOICE)
    if restock:
        actor.require(Permission.SALES_RETURN)  # goods in, as the server asks of them
    with deps.store.transaction(actor.user_id) as tx:
        invoice = document_of(tx, invoice_id, CUSTOMER_INVOICE)
        check_own_final(invoice, actor)
        if invoice.ticket_id is not None:
            raise ConflictError("business.ticket_invoice_credit", number=invoice.number)
        earlier = [
            d
            for d in tx.business.documents_related_to(invoice.id)
            if d.kind == CUSTOMER_CREDIT_NOTE
        ]
        if quantities is None:
            taken = credit_notes.credited(invoice, earlier)
            quantities = {
                ln.id: ln.quantity - taken.get(ln.id, (Decimal(0), None))[0] for ln in invoice.lines
            }
            quantities = {k: v for k, v in quantities.items() if v > 0}
        country = tx.org.company().country
        draft = credit_notes.credit_note(
            invoice,
            earlier,
            quantities,
            number="",
            country=country,
            issued_at=deps.now(),
            catalog=deps.taxes,
        )
        draft = replace(draft, branch_id=actor.branch_id)
        if restock:
            warehouse = tx.org.default_warehouse(actor.branch_id)
            for ln in draft.lines:
                if ln.nature == GOODS and ln.product_id is not None:
                    move_stock(
                        deps,
                        tx,
                        warehouse_id=warehouse,
                        branch_id=actor.branch_id,
                        product_id=ln.product_id,
                        kind=MovementKind.RETURN,
                        quantity=ln.quantity,
                        unit_cost=ln.unit_cost,
                        document_type=CUSTOMER_CREDIT_NOTE,
                        document_id=draft.id,
                        actor_id=actor.user_id,
                    )
        else:
            lines = tuple(replace(ln, unit_cost=Decimal(0)) for ln in draft.lines)
            draft = replace(draft, lines=lines)
        note = issue_in(deps, tx, actor, draft)
    publish_issued(deps, actor, note)
    return Done(note, POSTED | MOVED if restock else POSTED)
