"""A replica upgraded to 0013 with invoices already on it: the migration's back-fill of
``receivable_dues`` gives the open due lines the triggers would have kept, so the aged
balance reads the same before and after."""

from __future__ import annotations

import importlib.util
from decimal import Decimal

from sqlalchemy import text

from erp_desktop.app.receivables.payments import PaymentRequest, receive_payment
from erp_desktop.kernel.money import Money
from erp_desktop.storage.migrate import MIGRATIONS
from tests.builders import Branch
from tests.desktop.receivables_helpers import service_invoice, wholesale_customer


def _revision_0013() -> object:
    path = MIGRATIONS / "versions" / "0013_customer_payments.py"
    spec = importlib.util.spec_from_file_location("revision_0013", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_back_fill_gives_the_open_dues_the_triggers_keep(branch: Branch) -> None:
    customer = wholesale_customer(branch, terms="inst:50@30,50@60")
    service_invoice(branch, customer, "10000", days_ago=100)
    service_invoice(branch, customer, "20000", days_ago=40)
    receive_payment(
        branch.deps,
        branch.actor("manager"),
        PaymentRequest(customer, "transfer", Money.of(Decimal(9000), "DZD"), reference="V1"),
    )
    today = branch.deps.business_date("DZ")

    def aged() -> list[tuple[str, tuple[int, ...]]]:
        with branch.deps.store.read() as view:
            return [(r.customer, r.buckets) for r in view.receivables.aged_receivables(today)]

    before = aged()
    # 11,900 in two instalments (70 and 40 days late), 9,000 paid: the first settled, 2,900
    # left of the second; 23,800 due half 10 days ago, half in 20 days
    assert before == [("Restaurant Le Golfe", (1190000, 1190000, 290000, 0, 0))]
    with branch.replica.read() as conn:
        kept = conn.execute(text("SELECT id, open_minor FROM receivable_dues ORDER BY id")).all()
    back_fill = [s for s in _revision_0013()._DERIVED if not s.startswith("CREATE")]  # type: ignore[attr-defined]
    with branch.replica.transaction(None) as conn:
        conn.execute(text("DELETE FROM receivable_dues"))
        for statement in back_fill:
            conn.exec_driver_sql(statement)
    with branch.replica.read() as conn:
        again = conn.execute(text("SELECT id, open_minor FROM receivable_dues ORDER BY id")).all()
    assert again == kept
    assert aged() == before
