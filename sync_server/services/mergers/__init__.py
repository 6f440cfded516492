"""One merger per kind of pushed change, and the order a batch is merged in.

``MERGERS`` maps ``Change.entity`` to its merger (``base.Merger``: ``checks`` then
``write``, for a set of one or of many); ``merge_set`` runs one over the batch's changes of
its kind. A batch is merged kind by kind in this dict's order, each kind's changes in the
batch's order: the kinds whose rows others may name (sessions, stock documents, customers)
before sales and stock movements. An entity with no merger is refused
(``protocol.not_applied_yet``).

To add a kind: a module here with its merger class (its rows in ``sync_server.db.mergers``)
and one line below.
"""

from __future__ import annotations

from typing import Any

from sync_server.services.mergers.base import MergeContext, Merger, merge_set
from sync_server.services.mergers.business_documents import BusinessDocumentMerger
from sync_server.services.mergers.cash_sessions import CashSessionMerger
from sync_server.services.mergers.catalog_grid import CategoryMerger, ProductImageMerger
from sync_server.services.mergers.crm_records import (
    CustomerDocumentMerger,
    CustomerMergeMerger,
    InteractionMerger,
    OpportunityMerger,
)
from sync_server.services.mergers.crm_settings import CrmSettingMerger
from sync_server.services.mergers.customer_payments import (
    CustomerPaymentMerger,
    InstrumentEventMerger,
)
from sync_server.services.mergers.customers import CustomerMerger
from sync_server.services.mergers.fiscal_periods import FiscalPeriodMerger
from sync_server.services.mergers.global_invoices import GlobalInvoiceMerger
from sync_server.services.mergers.hr_attendance import AttendanceMerger, LeaveRequestMerger
from sync_server.services.mergers.hr_records import (
    ContractMerger,
    EmployeeMerger,
    ShiftMerger,
    StaffMerger,
)
from sync_server.services.mergers.integrity_alerts import IntegrityAlertMerger
from sync_server.services.mergers.loyalty import LoyaltyMovementMerger
from sync_server.services.mergers.payroll_items import PayrollItemsMerger
from sync_server.services.mergers.payroll_runs import PayrollRunMerger
from sync_server.services.mergers.products import ProductMerger
from sync_server.services.mergers.profiles import ConsentEventMerger, CustomerProfileMerger
from sync_server.services.mergers.purchases import (
    PurchaseOrderMerger,
    PurchaseReceiptMerger,
    SupplierInvoiceMerger,
    SupplierPaymentMerger,
)
from sync_server.services.mergers.sales import SaleMerger
from sync_server.services.mergers.stock_documents import StockDocumentMerger
from sync_server.services.mergers.stock_movements import StockMovementMerger
from sync_server.services.mergers.supplier_returns import SupplierReturnMerger
from sync_server.services.mergers.suppliers import SupplierMerger

__all__ = ["MERGERS", "MergeContext", "Merger", "merge_set"]

MERGERS: dict[str, Merger[Any]] = {
    m.entity: m
    for m in (
        FiscalPeriodMerger(),  # head office's: a close before the late sales it moves
        CategoryMerger(),  # head office's (issue 17): before the products filed under it
        ProductMerger(),  # head office's: a new product before any movement of it
        CashSessionMerger(),
        StockDocumentMerger(),
        CustomerMerger(),
        IntegrityAlertMerger(),
        GlobalInvoiceMerger(),
        SaleMerger(),
        StockMovementMerger(),
        BusinessDocumentMerger(),  # quotes to credit notes (issue 13)
        CustomerPaymentMerger(),  # payments and refunds on account (issue 13)
        InstrumentEventMerger(),  # after the payments they concern
        SupplierMerger(),  # head office's (issue 14)
        # HR (issue 15): a staff row before the record naming it, both before the days
        ShiftMerger(),
        StaffMerger(),
        EmployeeMerger(),
        ContractMerger(),
        AttendanceMerger(),
        LeaveRequestMerger(),
        PayrollRunMerger(),  # head office's: a month's payroll, its corrections after it
        LoyaltyMovementMerger(),  # after the customers they name
        CustomerProfileMerger(),
        ConsentEventMerger(),
        CustomerDocumentMerger(),
        InteractionMerger(),
        OpportunityMerger(),
        CustomerMergeMerger(),
        CrmSettingMerger(),
        PurchaseOrderMerger(),  # the raising site's, naming a supplier
        PurchaseReceiptMerger(),  # the branch's, naming an order
        SupplierInvoiceMerger(),  # head office's, matched with every branch's receipts
        SupplierPaymentMerger(),  # head office's, settling invoices
        PayrollItemsMerger(),  # head office's HR: a month's items ahead of its run
        SupplierReturnMerger(),  # the branch's debit notes, naming its receipts
        ProductImageMerger(),  # head office's (issue 17): after the products they show
    )
}
