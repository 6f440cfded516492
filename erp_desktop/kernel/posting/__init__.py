"""Posting rules: pure functions from a business document to a balanced journal entry.

Each rule takes a small input dataclass (``documents``) holding exactly what the posting
needs; the app layer and the server map their documents onto it. The entry id is derived
from the source document, so the replica and the server post the very same entry.
"""

from erp_desktop.kernel.posting.documents import (
    CashCountPosting,
    GoodsReceiptPosting,
    PaymentPosting,
    RevenueLine,
    SalePosting,
    StockValuePosting,
    TenderLine,
    TransferInPosting,
    TransferOutPosting,
)
from erp_desktop.kernel.posting.rules import (
    post_cash_count,
    post_customer_payment,
    post_goods_receipt,
    post_return,
    post_sale,
    post_stock_adjustment,
    post_transfer_in,
    post_transfer_out,
)

__all__ = [
    "CashCountPosting",
    "GoodsReceiptPosting",
    "PaymentPosting",
    "RevenueLine",
    "SalePosting",
    "StockValuePosting",
    "TenderLine",
    "TransferInPosting",
    "TransferOutPosting",
    "post_cash_count",
    "post_customer_payment",
    "post_goods_receipt",
    "post_return",
    "post_sale",
    "post_stock_adjustment",
    "post_transfer_in",
    "post_transfer_out",
]
