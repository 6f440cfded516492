"""The demo's wholesale trade is made by the real use cases: dozens of business customers,
quotes, orders delivered in parts, invoices (one in euros), a credit note or a cancellation,
and the books still balance."""

from collections import Counter
from datetime import date
from pathlib import Path

from erp_desktop.app.accounting.reports import trial_balance
from erp_desktop.app.auth import log_in
from erp_desktop.app.business.lists import list_documents
from erp_desktop.bootstrap import open_branch, replica_path
from erp_desktop.demo.generator import build_demo_replica


def test_the_demo_holds_a_wholesale_month_whose_books_balance(tmp_path: Path) -> None:
    build_demo_replica(replica_path(tmp_path), 150, 30, 5, end=date(2026, 3, 31))
    branch = open_branch(tmp_path)
    try:
        manager = log_in(branch.deps, "manager", "demo")
        rows = list_documents(branch.deps, manager, limit=5000)
        kinds = Counter(r.document.kind for r in rows)
        assert kinds["quote"] >= 10 and kinds["sales_order"] >= 5
        assert kinds["delivery_note"] > kinds["sales_order"] // 2
        assert kinds["customer_invoice"] >= 5
        assert {r.status for r in rows} >= {"ordered", "invoiced", "open"}
        assert any(r.document.currency == "EUR" for r in rows)
        with branch.deps.store.read() as tx:
            assert len(tx.customers.business_customers("", 500)) == 36
        assert trial_balance(branch.deps, log_in(branch.deps, "leila", "demo")).balanced
    finally:
        branch.replica.close()
