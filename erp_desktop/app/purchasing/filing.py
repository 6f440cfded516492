"""Purchase documents (order, receipt, supplier invoice, supplier payment, supplier return):
purchasing's own
series per site, kind and year."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from erp_desktop.app.documents.filing import Desk, Filing
from erp_desktop.kernel.documents.purchase import (
    PurchaseOrder,
    PurchaseReceipt,
    SupplierInvoice,
    SupplierPayment,
)
from erp_desktop.kernel.documents.supplier_return import SupplierReturn

P = TypeVar("P", PurchaseOrder, PurchaseReceipt, SupplierInvoice, SupplierPayment, SupplierReturn)


class _PurchaseFiling(Filing[P]):
    def number(self, desk: Desk, document: P) -> P:
        code = desk.branch_code(document.branch_id)
        year = desk.today().year
        number = desk.tx.purchasing.next_purchase_number(document.kind, code, year)
        return replace(document, number=number)


class OrderFiling(_PurchaseFiling[PurchaseOrder]):
    def insert(self, desk: Desk, document: PurchaseOrder) -> None:
        # a draft until now: written again, sent
        desk.tx.purchasing.save_order(document, desk.actor_id, desk.now)


class ReceiptFiling(_PurchaseFiling[PurchaseReceipt]):
    def insert(self, desk: Desk, document: PurchaseReceipt) -> None:
        if desk.warehouse_id is None:
            raise ValueError("a purchase receipt names the warehouse its goods went to")
        desk.tx.purchasing.insert_receipt(document, desk.warehouse_id, desk.actor_id, desk.now)


class SupplierInvoiceFiling(_PurchaseFiling[SupplierInvoice]):
    def insert(self, desk: Desk, document: SupplierInvoice) -> None:
        desk.tx.purchasing.insert_supplier_invoice(document, desk.now)


class SupplierPaymentFiling(_PurchaseFiling[SupplierPayment]):
    def insert(self, desk: Desk, document: SupplierPayment) -> None:
        desk.tx.purchasing.insert_supplier_payment(document, desk.now)


class SupplierReturnFiling(_PurchaseFiling[SupplierReturn]):
    def insert(self, desk: Desk, document: SupplierReturn) -> None:
        desk.tx.purchasing.insert_supplier_return(document, desk.actor_id, desk.now)
