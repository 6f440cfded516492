"""A till ticket left on a business customer's account, pushed over real HTTP to a real
PostgreSQL: the server stores its on-account payment with its due date and posts the very
entry the replica posted (same id, the receivable debited, not the cash), once, and the
company-wide aged balance counts it like the replica's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.business.customers import BusinessProfile, save_business_customer
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, CheckoutResult, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from sync_server.db.engine import unit_of_work
from sync_server.db.receivables import aged, statement
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for, outbox_batch, running_server
from tests.server.test_push import enroll, push


def da(value: int) -> Money:
    return Money.of(Decimal(value), "DZD")


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Branch]:
    built = build_branch(Path(tmp_path_factory.mktemp("alger")))
    yield built
    built.replica.close()


@pytest.fixture(scope="module")
def sold(branch: Branch) -> CheckoutResult:
    customer, _ = save_business_customer(
        branch.deps,
        branch.actor("manager"),
        None,
        BusinessProfile(
            "Cantine scolaire Ibn Khaldoun",
            "مطعم مدرسة ابن خلدون",
            legal_ids={"nif": "000016001234567", "rc": "16/00-1234567 B 18"},
            terms="net:30",
        ),
    )
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, da(0))
    return checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(branch.products[0], Decimal(2)),),
            (
                Tender(TenderKind.CARD, da(300), reference="T-1"),
                Tender(TenderKind.ON_ACCOUNT, da(600)),
            ),
            customer_id=customer.id,
        ),
    )


@pytest.fixture(scope="module")
def server(engine: Engine, pg_url: str, branch: Branch) -> Iterator[str]:
    head_office_for(engine, branch)
    with running_server(pg_url) as url:
        yield url


def test_the_server_posts_the_ticket_on_account_as_the_replica_did(
    server: str, engine: Engine, branch: Branch, sold: CheckoutResult
) -> None:
    device_id, credential = enroll(server, engine)
    batch = outbox_batch(branch, device_id)
    answer = push(server, credential, batch)
    assert answer.status_code == 200, answer.text
    assert all(r["status"] == "accepted" for r in answer.json()["results"]), answer.json()
    again = push(server, credential, batch)  # the same batch replayed changes nothing
    assert again.status_code == 200, again.text

    with branch.deps.store.read() as tx:
        (local,) = [e for e in tx.ledger.entries(None, None) if e.source_id == sold.sale.id]
    replica = {
        (str(local.id), ln.account, str(ln.side), ln.amount.to_minor()) for ln in local.lines
    }
    assert (str(local.id), "411", "debit", 60000) in replica  # the customer owes 600
    with unit_of_work(engine, branch_id=branch.branch_id) as conn:
        posted = conn.execute(
            text(
                "SELECT e.id, l.account_code, l.side, l.amount_minor "
                "FROM accounting.journal_entries e "
                "JOIN accounting.journal_lines l ON l.entry_id = e.id WHERE e.source_id = :s"
            ),
            {"s": sold.sale.id},
        ).all()
        payments = conn.execute(
            text(
                "SELECT tender, amount_minor, reference FROM sales.payments "
                "WHERE document_id = :s ORDER BY tender"
            ),
            {"s": sold.sale.id},
        ).all()
    assert {(str(r[0]), r[1], r[2], int(r[3])) for r in posted} == replica
    assert [tuple(p) for p in payments] == [
        ("card", 30000, "T-1"),
        ("on_account", 60000, "2026-04-09"),
    ]
    with unit_of_work(engine, branch_id=branch.branch_id) as conn:
        company = aged(conn, date(2026, 5, 20), datetime(2026, 5, 21, tzinfo=UTC), None)
        moves = statement(conn, sold.sale.customer_id, datetime(2026, 5, 21, tzinfo=UTC))  # type: ignore[arg-type]
    assert [(r[0], r[3]) for r in company] == [(sold.sale.customer_id, (0, 0, 60000, 0, 0))]
    assert [(m[1], m[2], m[4], m[5]) for m in moves] == [
        ("ticket_on_account", sold.sale.number, 60000, 0)
    ]
