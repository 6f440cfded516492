"""Pure sales rules: line and ticket discounts, VAT per rate, stamp duty, tenders and change."""

from erp_desktop.kernel.sales.refunds import LineFigures, refund_of_line
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
    "LineFigures",
    "LineTotals",
    "RateTotals",
    "SaleLineInput",
    "SaleTotals",
    "Settlement",
    "Tender",
    "TenderKind",
    "compute_sale",
    "refund_of_line",
    "settle",
]
