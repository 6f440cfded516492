"""A return of a ticket sold on account, pushed over real HTTP to a real PostgreSQL: the
server posts the credit note's entry as the replica did (411 credited, not the cash), and
the company-wide aged balance and statement show the ticket's open item reduced, as the
replica's do (tests/desktop/test_return_on_account.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import Engine, text

from erp_desktop.app.receivables.aged import aged_receivables
from erp_desktop.app.till.checkout import CheckoutResult
from erp_desktop.app.till.returns import ReturnRequest, return_sale
from sync_server.db.engine import unit_of_work
from sync_server.db.receivables import aged, statement
from tests.builders import Branch
from tests.server.helpers import outbox_batch
from tests.server.test_push import enroll, push
from tests.server.test_ticket_on_account_push import branch, server, sold  # noqa: F401


def test_the_server_counts_the_return_on_account_like_the_replica(
    server: str,  # noqa: F811
    engine: Engine,
    branch: Branch,  # noqa: F811
    sold: CheckoutResult,  # noqa: F811
) -> None:
    sale = sold.sale
    back = return_sale(
        branch.deps,
        branch.actor("cashier"),
        ReturnRequest(sale.number, {sale.lines[0].id: Decimal(1)}),
    ).made
    device_id, credential = enroll(server, engine)
    answer = push(server, credential, outbox_batch(branch, device_id))
    assert answer.status_code == 200, answer.text
    assert all(r["status"] == "accepted" for r in answer.json()["results"]), answer.json()

    with branch.deps.store.read() as tx:
        (local,) = [e for e in tx.ledger.entries(None, None) if e.source_id == back.id]
    replica = {
        (str(local.id), ln.account, str(ln.side), ln.amount.to_minor()) for ln in local.lines
    }
    assert (str(local.id), "411", "credit", 30000) in replica
    with unit_of_work(engine, branch_id=branch.branch_id) as conn:
        posted = conn.execute(
            text(
                "SELECT e.id, l.account_code, l.side, l.amount_minor "
                "FROM accounting.journal_entries e "
                "JOIN accounting.journal_lines l ON l.entry_id = e.id WHERE e.source_id = :s"
            ),
            {"s": back.id},
        ).all()
        end = datetime(2026, 5, 21, tzinfo=UTC)
        company = aged(conn, date(2026, 5, 20), end, None)
        moves = statement(conn, sale.customer_id, end)  # type: ignore[arg-type]
    assert {(str(r[0]), r[1], r[2], int(r[3])) for r in posted} == replica
    assert [(r[0], r[3]) for r in company] == [(sale.customer_id, (0, 0, 30000, 0, 0))]
    assert [(m[1], m[4], m[5]) for m in moves] == [
        ("ticket_on_account", 60000, 0),
        ("return_on_account", 0, 30000),
    ]
    here = aged_receivables(branch.deps, branch.actor("manager"), date(2026, 5, 20))
    assert [r.buckets for r in here.rows] == [(0, 0, 30000, 0, 0)]
