"""Pure sales rules: line and ticket discounts, VAT per rate, stamp duty, tenders and change."""

from erp_desktop.kernel.sales.settlement import Settlement, Tender, TenderKind, settle
from erp_desktop.kernel.sales.totals import (
    Discount,
    LineTotals,
    RateTotals,
    SaleLineInput,
    SaleTotals,
    compute_sale,
)

__all__ = [
    "Discount",
    "LineTotals",
    "RateTotals",
    "SaleLineInput",
    "SaleTotals",
    "Settlement",
    "Tender",
    "TenderKind",
    "compute_sale",
    "settle",
]
