"""What a printed supplier return shows (issue 14): the return with the company that sends
the goods back, the supplier, the branch they leave from, the receipt (and the invoice)
they were on, and each product's names in both scripts."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.records import BranchInfo, CompanyInfo, ProductInfo
from erp_desktop.kernel.documents.supplier_return import SupplierReturn
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.purchasing.suppliers import Supplier


@dataclass(frozen=True, slots=True)
class ReturnSheet:
    sent_back: SupplierReturn
    company: CompanyInfo
    supplier: Supplier
    sent_from: BranchInfo
    receipt_number: str
    invoice_number: str  # "" before the invoice
    supplier_invoice_number: str  # the supplier's own number of that invoice
    products: dict[UUID, ProductInfo]


def return_sheet(deps: Deps, actor: Actor, return_id: UUID) -> ReturnSheet:
    actor.require(Permission.PURCHASING_VIEW)
    with deps.store.read() as tx:
        sent_back = tx.purchasing.supplier_return(return_id)
        products = tx.catalog.products([ln.product_id for ln in sent_back.lines])
        invoice = (
            tx.purchasing.supplier_invoice(sent_back.invoice_id) if sent_back.invoice_id else None
        )
        return ReturnSheet(
            sent_back,
            tx.org.company(),
            tx.suppliers.supplier(sent_back.supplier_id),
            tx.org.branch(sent_back.branch_id),
            tx.purchasing.purchase_receipt(sent_back.receipt_id).number,
            invoice.number if invoice else "",
            invoice.supplier_number if invoice else "",
            {p.id: p for p in products},
        )
