"""The demo replica's purchasing (issue 14): head office's three suppliers (one in EUR),
orders from the reorder suggestions, received in full, in part and beyond the tolerance;
the books still balance and "invoices not yet received" holds what was received."""

from pathlib import Path

from sqlalchemy import text

from erp_desktop.demo.generator import build_demo_replica
from erp_desktop.storage.engine import Replica


def test_the_demo_has_suppliers_orders_and_receipts_accrued_to_408(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    build_demo_replica(path, products=90, days=10, seed=5)
    replica = Replica(path)
    try:
        with replica.read() as conn:
            codes = conn.execute(text("SELECT code, currency FROM suppliers ORDER BY code")).all()
            statuses = set(conn.execute(text("SELECT status FROM purchase_orders")).scalars().all())
            receipts = conn.execute(
                text(
                    "SELECT count(*), coalesce(sum(l.quantity_milli * l.unit_cost), 0) "
                    "FROM purchase_receipt_lines l"
                )
            ).one()
            accrued = conn.execute(
                text(
                    "SELECT coalesce(sum(CASE WHEN side = 'credit' THEN amount_minor "
                    "ELSE -amount_minor END), 0) FROM journal_lines WHERE account_code = '408'"
                )
            ).scalar()
            unbalanced = conn.execute(
                text(
                    "SELECT count(*) FROM (SELECT entry_id FROM journal_lines GROUP BY entry_id "
                    "HAVING sum(CASE WHEN side = 'debit' THEN amount_minor ELSE -amount_minor "
                    "END) != 0)"
                )
            ).scalar()
    finally:
        replica.close()
    assert [c for c, _ in codes] == ["GROS-ALG", "IMP-VAL", "LAIT-MIT"]
    assert dict(codes)["IMP-VAL"] == "EUR"
    assert statuses & {"received", "partially_received"}
    assert receipts[0] > 0 and accrued > 0
    assert unbalanced == 0
