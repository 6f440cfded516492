"""Payments received at two branches travel through a real server on PostgreSQL: each is
stored under the branch that received it and posted once with the replica's entry ids, a
bounced cheque is posted as its payment's reversal, every site receives every invoice,
payment and bounce, so a payment taken at Oran for an invoice of Alger leaves the same aged
balance at both and on the server, where head office reads the company's aged receivables
and a customer's statement."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.business.customers import BusinessProfile, save_business_customer
from erp_desktop.app.receivables.instruments import record_instrument_step
from erp_desktop.app.receivables.payments import PaymentRequest, receive_payment
from erp_desktop.kernel.money import Money
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice, reports
from sync_server.services.reports import Reader
from tests.builders import Branch, build_branch
from tests.desktop.receivables_helpers import service_invoice
from tests.server.helpers import head_office_for, register_users, running_server

SERVER: dict[str, str] = {}  # the running server's address, for the HTTP reports


def da(value: int) -> Money:
    return Money.of(Decimal(value), "DZD")


@pytest.fixture(scope="module")
def world(
    engine: Engine, pg_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Branch, Branch]]:
    alger = build_branch(Path(tmp_path_factory.mktemp("alger")))
    oran = build_branch(
        Path(tmp_path_factory.mktemp("oran")), "ALG02", ids=alger.ids, user_prefix="oran_"
    )  # type: ignore[attr-defined]
    head_office_for(engine, alger)
    register_users(engine, oran)
    with running_server(pg_url) as url:
        SERVER["url"] = url
        for branch, code in ((alger, "ALG01"), (oran, "ALG02")):
            _device, token = headoffice.add_device(engine, code, f"till {code}")
            client = SyncClient(url)
            enroll_device(branch.deps, client, token)
            client.close()
        yield alger, oran
    alger.replica.close()
    oran.replica.close()


def sync_all(alger: Branch, oran: Branch) -> None:
    for branch in (alger, oran, alger, oran):
        report = synchronize(branch.deps)
        assert not report.rejected, report  # type: ignore[attr-defined]


def head_office(engine: Engine) -> Reader:
    with unit_of_work(engine, head_office=True) as conn:
        admin = conn.execute(
            text("SELECT id FROM auth.users WHERE username = 'admin'")
        ).scalar_one()
    return Reader(admin, "admin", True, None)


def test_payments_at_two_branches_are_posted_once_and_reach_every_site(
    world: tuple[Branch, Branch], engine: Engine
) -> None:
    alger, oran = world
    customer, _ = save_business_customer(
        alger.deps,
        alger.actor("manager"),
        None,
        BusinessProfile(
            "Hôtel Es Safir", "فندق السفير", legal_ids={"nif": "000016001234567"}, terms="net:30"
        ),
    )
    old = service_invoice(alger, customer.id, "10000", days_ago=70)  # due 40 days ago
    service_invoice(alger, customer.id, "10000", days_ago=10)
    sync_all(alger, oran)  # the customer and the invoices reach Oran
    transfer = receive_payment(
        oran.deps,
        oran.actor("manager"),
        PaymentRequest(customer.id, "transfer", da(5000), reference="VIR 12"),
    )
    assert [a.invoice_id for a in transfer.payment.allocations] == [old.id]  # Alger's invoice
    cheque = receive_payment(  # at Alger, before Oran's payment came down
        alger.deps,
        alger.actor("manager"),
        PaymentRequest(
            customer.id, "cheque", da(11900), bank="BNA", instrument_number="4411",
            instrument_due=alger.deps.business_date("DZ"),
        ),
    )  # fmt: skip
    assert [a.invoice_id for a in cheque.payment.allocations] == [old.id]
    alger.clock.set(alger.clock.now() + timedelta(hours=2))  # the bank calls back
    bounce = record_instrument_step(alger.deps, alger.actor("manager"), cheque.payment.id, "bounce")
    sync_all(alger, oran)

    with unit_of_work(engine, head_office=True) as conn:
        stored = conn.execute(
            text(
                "SELECT b.code, p.number, p.amount_minor FROM sales.customer_payments p "
                "JOIN auth.branches b ON b.id = p.branch_id ORDER BY b.code"
            )
        ).all()
        entries = {
            UUID(str(r[0]))
            for r in conn.execute(
                text("SELECT id FROM accounting.journal_entries WHERE source_id = ANY(:ids)"),
                {"ids": [cheque.payment.id, transfer.payment.id]},
            )
        }
        events = conn.execute(text("SELECT kind FROM sales.instrument_events")).scalars().all()
    assert [tuple(r) for r in stored] == [
        ("ALG01", cheque.payment.number, 1190000),
        ("ALG02", transfer.payment.number, 500000),
    ]
    assert events == ["instrument_bounced"]
    expected = {cheque.entry.id, transfer.entry.id, bounce.entry.id}  # type: ignore[union-attr]
    assert entries == expected  # the replicas' very ids, each once

    for branch in (alger, oran):
        with branch.deps.store.read() as view:
            payments = {p.number for p in view.receivables.payments_of_customer(customer.id)}
            bounced = view.receivables.bounced_payments(customer.id)
        assert payments == {cheque.payment.number, transfer.payment.number}
        assert bounced == [cheque.payment.id]

    today = alger.deps.business_date("DZ")
    aged = reports.aged_receivables(engine, head_office(engine), today)
    # the cheque bounced: the old invoice owes what Oran's transfer left of it
    assert aged.rows == [
        ("Hôtel Es Safir", "DZD", "11900.00", "0.00", "6900.00", "0.00", "0.00", "18800.00")
    ]
    for branch in (alger, oran):  # the same balance at every site
        with branch.deps.store.read() as view:
            [row] = view.receivables.aged_receivables(today)
        assert row.buckets == (1190000, 0, 690000, 0, 0)
    statement = reports.customer_statement(
        engine, head_office(engine), customer.id, date(2026, 1, 1), today
    )
    assert statement.summary["closing"] == {"DZD": "18800.00"}  # 23,800 less Oran's 5,000
    assert statement.summary["opening"] == {"DZD": "11900.00"}  # the invoice of December
    assert [r[1] for r in statement.rows] == [
        "customer_invoice",
        "customer_payment",
        "customer_payment",
        "instrument_bounced",
    ]
    assert [r[6] for r in statement.rows] == ["23800.00", "11900.00", "6900.00", "18800.00"]
    assert {r[2] for r in statement.rows if r[1] == "customer_payment"} == {
        cheque.payment.number,
        transfer.payment.number,
    }


def test_a_cheque_received_at_alger_is_followed_at_alger_only(
    world: tuple[Branch, Branch],
) -> None:
    alger, oran = world
    with oran.deps.store.read() as view:
        held = [h for h in view.receivables.held_instruments() if h.number.startswith("ALG01")]
    assert held == []  # the bounced cheque left the list at both sites
    with alger.deps.store.read() as view:
        [cheque] = [
            p
            for c in view.customers.business_customers("", 10)
            for p in view.receivables.payments_of_customer(c.id)
            if p.tender == "cheque"
        ]
    from erp_desktop.kernel.errors import ErpError

    with pytest.raises(ErpError) as err:
        record_instrument_step(oran.deps, oran.actor("manager"), cheque.id, "clear")
    assert err.value.code == "receivables.instrument_elsewhere"
    assert err.value.params["branch"] == "ALG01"


def test_an_invoice_paid_at_both_branches_between_two_syncs_is_noted_at_reconcile(
    world: tuple[Branch, Branch], engine: Engine
) -> None:
    from sync_server.services.reconcile import reconcile

    alger, oran = world
    with alger.deps.store.read() as view:
        [customer] = view.customers.business_customers("Safir", 10)
        [item] = [i for i in view.receivables.open_items(customer.id) if i.open == da(11900)]
    for branch, reference in ((alger, "VIR A"), (oran, "VIR O")):  # neither knows the other's
        receive_payment(
            branch.deps,
            branch.actor("manager"),
            PaymentRequest(
                customer.id, "transfer", item.open, allocations={item.invoice_id: item.open},
                reference=reference,
            ),
        )  # fmt: skip
    sync_all(alger, oran)
    report = reconcile(engine)
    noted = [p for code, p in report.notes if code == "receivables.over_allocated"]
    assert noted == [
        {"branch": "ALG01", "invoice": item.number, "currency": "DZD", "beyond_minor": 1190000}
    ]
    assert report.clean, report.lines()  # the books hold: the customer has a credit


def test_head_office_reads_the_aged_receivables_and_the_statement_over_http(
    world: tuple[Branch, Branch],
) -> None:
    import httpx

    from tests.builders import PASSWORD

    alger, _oran = world
    today = alger.deps.business_date("DZ").isoformat()
    url = f"{SERVER['url']}/api/v1/reports"
    answer = httpx.get(f"{url}/aged-receivables", params={"as_of": today}, auth=("admin", PASSWORD))
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["headers"][:3] == ["customer", "currency", "current"]
    [row] = body["rows"]
    assert row[0] == "Hôtel Es Safir" and row[-1] == body["summary"]["totals"]["DZD"]
    csv = httpx.get(
        f"{url}/aged-receivables",
        params={"as_of": today, "format": "csv"},
        auth=("admin", PASSWORD),
    )
    assert csv.text.startswith("\ufeffcustomer;currency;current")
    with alger.deps.store.read() as view:
        [customer] = view.customers.business_customers("Safir", 10)
    statement = httpx.get(
        f"{url}/customer-statement",
        params={"customer": str(customer.id), "start": "2026-01-01", "end": today},
        auth=("admin", PASSWORD),
    )
    assert statement.status_code == 200 and statement.json()["rows"]
    refused = httpx.get(
        f"{url}/aged-receivables", params={"as_of": today}, auth=("cashier", PASSWORD)
    )
    assert refused.status_code == 403
