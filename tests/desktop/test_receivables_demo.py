"""The demo's receivables are made by the real use cases: payments of every kind, a bounced
cheque, a refund, and a receivables account that equals what the open items say is owed."""

from decimal import Decimal
from pathlib import Path

from erp_desktop.app.receivables.refunds import credit_of
from erp_desktop.bootstrap import open_branch
from erp_desktop.cli import main
from erp_desktop.kernel.ledger.accounts import AccountRole


def test_the_demo_receivables_agree_with_the_receivables_account(tmp_path: Path) -> None:
    args = ["--data-dir", str(tmp_path), "demo-data", "--products", "120", "--days", "12"]
    assert main([*args, "--seed", "5"]) == 0
    branch = open_branch(tmp_path)
    try:
        with branch.deps.store.read() as view:
            customers = [c.id for c in view.customers.business_customers("", 500)]
            payments = [p for c in customers for p in view.receivables.payments_of_customer(c)]
            bounced = [b for c in customers for b in view.receivables.bounced_payments(c)]
            owed = Decimal(0)
            for c in customers:
                for item in view.receivables.open_items(c):
                    owed += item.open.amount * item.rate
                for currency in {p.currency for p in view.receivables.payments_of_customer(c)}:
                    rate = Decimal(1) if currency == "DZD" else None
                    if rate is not None:
                        owed -= credit_of(view, c, currency).amount
            ledger = sum(
                (
                    (ln.debit - ln.credit).amount
                    for e in view.ledger.entries(None, None)
                    for ln in e.lines
                    if ln.role is AccountRole.RECEIVABLE
                ),
                Decimal(0),
            )
        tenders = {p.tender for p in payments}
        assert {"transfer", "cash"} <= tenders and tenders & {"cheque", "traite"}
        assert len(bounced) == 1
        assert any(p.kind == "customer_refund" for p in payments)
        assert any(p.currency == "EUR" for p in payments)
        assert ledger.quantize(Decimal("0.01")) == owed.quantize(Decimal("0.01"))
    finally:
        branch.close()
