"""From the reorder suggestions to draft orders in one step (issue 14).

The figures are read in one statement (storage/repositories/reorder.py); the kernel turns
them into one suggested order per supplier (kernel.purchasing.reorder: the level when a new
order would arrive, the reorder rule, the supplier's pack). ``orders_from_suggestions``
makes one draft per supplier at its last prices, in one transaction, for the buyer to
check and send.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from uuid import UUID

from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import ReadView
from erp_desktop.app.purchasing.orders import OrderDraft, OrderLineDraft, drafted
from erp_desktop.kernel.documents.purchase import PurchaseOrder
from erp_desktop.kernel.ownership import SiteKind
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.purchasing.reorder import SuggestedLine, SuggestedOrder, suggestions
from erp_desktop.kernel.quantity import UNITS

WINDOW_DAYS = 28  # the recent sales a daily rate is taken over


@dataclass(frozen=True, slots=True)
class SuggestionLine:
    product_id: UUID
    sku: str
    name: str
    name_ar: str
    quantity: Decimal


@dataclass(frozen=True, slots=True)
class Suggestion:
    supplier_id: UUID
    supplier_code: str
    supplier_name: str
    lines: tuple[SuggestionLine, ...]


def _for_branch(tx: ReadView, actor: Actor, for_branch_id: UUID | None) -> UUID:
    site = tx.org.local_branch()
    if for_branch_id is None or site.kind != SiteKind.HEAD_OFFICE:
        return site.id
    return for_branch_id


def _suggested(deps: Deps, tx: ReadView, branch_id: UUID) -> tuple[SuggestedOrder, ...]:
    """The kernel's suggestions, each quantity whole in its unit (pieces: whole pieces)."""
    warehouse = tx.org.default_warehouse(branch_id)
    figures = tx.purchasing.reorder_figures(branch_id, warehouse, deps.now(), WINDOW_DAYS)
    found = suggestions(figures)
    units = {p.id: p.unit for p in tx.catalog.products(figures.product_ids)} if found else {}
    return tuple(
        SuggestedOrder(
            s.supplier_id,
            tuple(
                SuggestedLine(ln.product_id, _whole(ln.quantity, units[ln.product_id]))
                for ln in s.lines
            ),
        )
        for s in found
    )


def _whole(quantity: Decimal, unit: str) -> Decimal:
    """Rounded up to the unit's precision (kernel.quantity: pieces 0 decimals, kg 3)."""
    step = Decimal(1).scaleb(-UNITS[unit].precision) if unit in UNITS else Decimal(1)
    return (quantity / step).to_integral_value(rounding=ROUND_CEILING) * step


def reorder_suggestions(
    deps: Deps, actor: Actor, for_branch_id: UUID | None = None
) -> list[Suggestion]:
    """What to order for the branch (this one, or the one head office names), by supplier."""
    actor.require(Permission.PURCHASING_VIEW)
    with deps.store.read() as tx:
        branch_id = _for_branch(tx, actor, for_branch_id)
        found = _suggested(deps, tx, branch_id)
        products = {
            p.id: p for p in tx.catalog.products([ln.product_id for s in found for ln in s.lines])
        }
        made = []
        for s in found:
            supplier = tx.suppliers.supplier(s.supplier_id)
            made.append(
                Suggestion(
                    supplier.id,
                    supplier.code,
                    supplier.name or supplier.name_ar,
                    tuple(
                        SuggestionLine(
                            ln.product_id,
                            products[ln.product_id].sku,
                            products[ln.product_id].name,
                            products[ln.product_id].name_ar,
                            ln.quantity,
                        )
                        for ln in s.lines
                    ),
                )
            )
        return made


def orders_from_suggestions(
    deps: Deps, actor: Actor, for_branch_id: UUID | None = None
) -> Done[list[PurchaseOrder]]:
    """One draft order per supplier from the suggestions, all in one transaction."""
    actor.require(Permission.PURCHASING_ORDER)
    with deps.store.transaction(actor.user_id) as tx:
        branch_id = _for_branch(tx, actor, for_branch_id)
        made = []
        for s in _suggested(deps, tx, branch_id):
            draft = OrderDraft(
                s.supplier_id,
                [OrderLineDraft(ln.product_id, ln.quantity) for ln in s.lines],
                for_branch_id=branch_id,
            )
            order = drafted(deps, tx, actor, draft)
            tx.purchasing.save_order(order, actor.user_id, deps.now())
            made.append(order)
    return Done(made, frozenset({Changed.PURCHASING}))
