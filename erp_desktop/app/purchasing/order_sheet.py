"""What a printed purchase order shows (issue 14): the order with the company that buys,
the supplier, the branch the goods go to, and each product's names in both scripts."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.records import BranchInfo, CompanyInfo, ProductInfo
from erp_desktop.kernel.documents.purchase import PurchaseOrder
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.purchasing.suppliers import Supplier


@dataclass(frozen=True, slots=True)
class OrderSheet:
    order: PurchaseOrder
    company: CompanyInfo
    supplier: Supplier
    deliver_to: BranchInfo
    raised_at: BranchInfo
    products: dict[UUID, ProductInfo]


def order_sheet(deps: Deps, actor: Actor, order_id: UUID) -> OrderSheet:
    actor.require(Permission.PURCHASING_VIEW)
    with deps.store.read() as tx:
        order = tx.purchasing.purchase_order(order_id)
        products = tx.catalog.products([ln.product_id for ln in order.lines])
        return OrderSheet(
            order,
            tx.org.company(),
            tx.suppliers.supplier(order.supplier_id),
            tx.org.branch(order.for_branch_id),
            tx.org.branch(order.branch_id),
            {p.id: p for p in products},
        )
