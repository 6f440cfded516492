"""Issuing Tunisia's daily global invoice of tickets over a real replica.

Law: Code de la TVA art. 18-II; the 1.000 TND stamp duty per invoice from 2023-01-01
(décret-loi n° 2022-79, LF 2023), one duty for the day's global invoice, none per ticket.
"""

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from erp_desktop.app.invoicing.global_invoice import issue_global_invoice
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.returns import ReturnRequest, return_sale
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.errors import ConflictError, PermissionDenied, ValidationError
from erp_desktop.kernel.hash_chain import genesis, verify_chain
from erp_desktop.kernel.invoicing.global_invoice import chained_fields, payload_of
from erp_desktop.kernel.ledger import AccountRole
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.storage.migrate import upgrade_replica
from tests.builders import build_branch
from tests.builders_tn import TunisBranch, build_tunis_branch


@pytest.fixture
def tunis(tmp_path: Path) -> Iterator[TunisBranch]:
    built = build_tunis_branch(tmp_path)
    yield built
    built.replica.close()


def tnd(text_: str) -> Money:
    return Money.of(Decimal(text_), "TND")


def sell(branch: TunisBranch, *lines: tuple[int, int]) -> str:
    cashier = branch.actor("cashier")
    result = checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            tuple(CartLine(branch.products[p], Decimal(q)) for p, q in lines),
            (Tender(TenderKind.CASH, tnd("500.000")),),
        ),
    )
    return result.sale.number


def a_day_of_tickets(branch: TunisBranch) -> list[str]:
    open_cash_session(branch.deps, branch.actor("cashier"), tnd("50.000"))
    numbers = [sell(branch, (0, 2), (1, 1)), sell(branch, (2, 3)), sell(branch, (3, 1), (0, 1))]
    with branch.deps.store.read() as tx:
        first = tx.sales.sale_by_number(numbers[0])
    assert first is not None
    coffee = next(ln for ln in first.lines if ln.product_id == branch.products[0])
    credit, _ = return_sale(
        branch.deps, branch.actor("cashier"), ReturnRequest(numbers[0], {coffee.id: Decimal(1)})
    )
    return [*numbers, credit.number]


def test_a_tunis_day_of_tickets_makes_one_global_invoice_with_one_1_000_tnd_duty(
    tunis: TunisBranch,
) -> None:
    numbers = a_day_of_tickets(tunis)
    result = issue_global_invoice(tunis.deps, tunis.actor("manager"))
    inv = result.invoice
    assert inv.number == "TUN01-GF-2026-000001"
    assert inv.day == date(2026, 3, 10)
    assert inv.stamp_duty == tnd("1.000")
    assert (inv.ticket_count, inv.return_count) == (3, 1)
    assert (inv.first_ticket, inv.last_ticket) == (numbers[0], numbers[-1])
    with tunis.deps.store.read() as tx:
        docs = [tx.sales.sale_by_number(n) for n in numbers]
        expected: dict[Decimal, list[int]] = {}
        for doc in docs:
            assert doc is not None
            sign = -1 if doc.kind == "credit_note" else 1
            for ln in doc.lines:
                pair = expected.setdefault(ln.vat_rate, [0, 0])
                pair[0] += sign * ln.base.to_minor()
                pair[1] += sign * ln.vat.to_minor()
        entries = [e for e in tx.ledger.entries(None, None) if e.source_type == "global_invoice"]
        outbox = tx.outbox.pending(1000)
        stored = tx.invoicing.global_invoice(inv.id)
    assert {r.vat_rate: [r.base.to_minor(), r.vat.to_minor()] for r in inv.rates} == expected
    assert set(expected) == {Decimal(19), Decimal(7)}
    assert stored == inv
    (entry,) = entries
    assert entry.is_balanced()
    assert {(ln.role, str(ln.side), ln.amount) for ln in entry.lines} == {
        (AccountRole.STAMP_DUTY_EXPENSE, "debit", tnd("1.000")),
        (AccountRole.STAMP_DUTY_PAYABLE, "credit", tnd("1.000")),
    }
    (change,) = [c for c in outbox if c["entity"] == "global_invoice"]
    assert change["payload"] == payload_of(inv)


def test_a_second_global_invoice_for_the_same_day_is_refused(tunis: TunisBranch) -> None:
    a_day_of_tickets(tunis)
    issue_global_invoice(tunis.deps, tunis.actor("manager"))
    with pytest.raises(ConflictError) as err:
        issue_global_invoice(tunis.deps, tunis.actor("accountant"))
    assert err.value.code == "invoicing.global_invoice_exists"
    assert err.value.params["number"] == "TUN01-GF-2026-000001"


def test_a_day_without_sales_is_refused_and_burns_no_number(tunis: TunisBranch) -> None:
    with pytest.raises(ValidationError) as err:
        issue_global_invoice(tunis.deps, tunis.actor("manager"))
    assert err.value.code == "invoicing.no_ticket_sales"
    a_day_of_tickets(tunis)
    assert issue_global_invoice(tunis.deps, tunis.actor("manager")).invoice.sequence == 1


def test_the_series_is_gapless_and_chained_day_after_day(tunis: TunisBranch) -> None:
    a_day_of_tickets(tunis)
    first = issue_global_invoice(tunis.deps, tunis.actor("manager")).invoice
    tunis.clock.set(tunis.clock.now() + timedelta(days=1))
    sell(tunis, (1, 2))
    second = issue_global_invoice(tunis.deps, tunis.actor("manager")).invoice
    assert second.number == "TUN01-GF-2026-000002"
    assert second.previous_hash == first.hash
    assert (second.ticket_count, second.return_count) == (1, 0)
    with tunis.deps.store.read() as tx:
        chain = tx.invoicing.global_invoices_of_series("TUN01-GF-2026")
    assert first.previous_hash == genesis("TUN01-GF-2026")
    assert not verify_chain(
        "TUN01-GF-2026",
        [(i.number, i.previous_hash, i.hash, chained_fields(payload_of(i))) for i in chain],
    )


def test_the_stored_invoice_can_be_neither_changed_nor_deleted(tunis: TunisBranch) -> None:
    a_day_of_tickets(tunis)
    issue_global_invoice(tunis.deps, tunis.actor("manager"))
    for statement in (
        "UPDATE global_invoices SET stamp_duty_minor = 0",
        "DELETE FROM global_invoices",
    ):
        with pytest.raises(Exception, match="storage"), tunis.replica.engine.begin() as conn:
            conn.execute(text(statement))


def test_a_cashier_may_not_issue_the_global_invoice(tunis: TunisBranch) -> None:
    a_day_of_tickets(tunis)
    with pytest.raises(PermissionDenied):
        issue_global_invoice(tunis.deps, tunis.actor("cashier"))


def test_an_algerian_branch_has_no_daily_global_invoice(tmp_path: Path) -> None:
    branch = build_branch(tmp_path, stock=0)
    with pytest.raises(ValidationError) as err:
        issue_global_invoice(branch.deps, branch.actor("manager"))
    assert err.value.code == "invoicing.global_invoice_not_applicable"
    branch.replica.close()


def test_upgrading_a_tunisian_replica_to_0006_keeps_its_sales_and_adds_the_expense_account(
    tunis: TunisBranch,
) -> None:
    numbers = a_day_of_tickets(tunis)
    # The replica as it was at 0003: no global invoices, no stamp duty expense account.
    with tunis.replica.engine.begin() as conn:
        for trigger in ("audit_global_invoices_insert", "audit_global_invoices_update"):
            conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
        for trigger in ("refuse_delete_global_invoices", "refuse_update_global_invoices"):
            conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
        conn.exec_driver_sql("DROP TABLE global_invoices")
        conn.exec_driver_sql("DROP TRIGGER refuse_delete_accounts")
        conn.exec_driver_sql("DELETE FROM accounts WHERE code = '6654'")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0003'")
    upgrade_replica(tunis.replica)
    with tunis.replica.read() as conn:
        row = conn.execute(text("SELECT role, type FROM accounts WHERE code = '6654'")).all()
        kept = conn.execute(text("SELECT count(*) FROM sales_documents")).scalar()
    assert row == [("stamp_duty_expense", "expense")]
    assert kept == len(numbers)
    assert issue_global_invoice(tunis.deps, tunis.actor("manager")).invoice.stamp_duty == tnd(
        "1.000"
    )
