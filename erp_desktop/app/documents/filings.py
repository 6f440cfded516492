"""Every kind of document finalize ends, by type, with its filing (app/documents/filing.py)."""

from __future__ import annotations

from typing import Any

from erp_desktop.app.business.filing import BusinessFiling
from erp_desktop.app.documents.filing import Filing
from erp_desktop.app.invoicing.filing import GlobalInvoiceFiling
from erp_desktop.app.payroll.filing import PayrollFiling
from erp_desktop.app.purchasing.filing import (
    OrderFiling,
    ReceiptFiling,
    SupplierInvoiceFiling,
    SupplierPaymentFiling,
    SupplierReturnFiling,
)
from erp_desktop.app.receivables.filing import InstrumentFiling, PaymentFiling
from erp_desktop.app.stock.filing import StockFiling
from erp_desktop.app.till.filing import SaleFiling
from erp_desktop.kernel.documents import SaleDocument, StockDocument
from erp_desktop.kernel.documents.business import (
    BusinessDocument,
    CustomerPayment,
    InstrumentEvent,
)
from erp_desktop.kernel.documents.purchase import (
    PurchaseOrder,
    PurchaseReceipt,
    SupplierInvoice,
    SupplierPayment,
)
from erp_desktop.kernel.documents.supplier_return import SupplierReturn
from erp_desktop.kernel.invoicing.global_invoice import GlobalInvoice
from erp_desktop.kernel.payroll.run import PayrollRun

FILINGS: dict[type, Filing[Any]] = {
    SaleDocument: SaleFiling(),
    StockDocument: StockFiling(),
    GlobalInvoice: GlobalInvoiceFiling(),
    BusinessDocument: BusinessFiling(),
    CustomerPayment: PaymentFiling(),
    InstrumentEvent: InstrumentFiling(),
    PurchaseOrder: OrderFiling(),
    PurchaseReceipt: ReceiptFiling(),
    SupplierInvoice: SupplierInvoiceFiling(),
    SupplierPayment: SupplierPaymentFiling(),
    PayrollRun: PayrollFiling(),
    SupplierReturn: SupplierReturnFiling(),
}


def filing_of(document: object) -> Filing[Any]:
    try:
        return FILINGS[type(document)]
    except KeyError:
        raise TypeError(f"no filing for {type(document).__name__}") from None
