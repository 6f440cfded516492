"""Stock documents of the branch: adjustments, goods receipts, transfers, counts."""
