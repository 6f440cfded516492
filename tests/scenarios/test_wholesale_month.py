"""A wholesale month at Alger Centre, Oran and head office, which also reads the server.

Alger quotes a restaurant 60 cans of oil and 90 litres of milk; the order is delivered in
two parts and invoiced (net 30). The restaurant pays 20,000 DA by transfer at Oran, where the
invoice came down by sync, and 10,000 DA by traite at Alger. It is invoiced a catering
service, pays it by a cheque that bounces; Alger credits it two litres of milk it takes back. A customer in
Lyon is invoiced 400 EUR (+19 %) at 148.50 and pays head office by SWIFT at 151.20. After
sync: the aged balance is the same at Alger, at Oran, at head office and on the server; every entry balances; the
receivables account equals what the open items say is owed; the reconciliation is clean.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.business.credit_notes import credit_invoice
from erp_desktop.app.business.customers import BusinessProfile, save_business_customer
from erp_desktop.app.business.document_chain import deliver, invoice_order, order_from_quote
from erp_desktop.app.business.documents import DocumentRequest, LineRequest, issue_document
from erp_desktop.app.receivables.instruments import record_instrument_step
from erp_desktop.app.receivables.payments import PaymentRequest, receive_payment
from erp_desktop.kernel.ledger.accounts import AccountRole, load_chart
from erp_desktop.kernel.money import Money
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice, reports
from sync_server.services.reconcile import reconcile
from sync_server.services.reports import Reader
from tests.builders import Branch, build_branch
from tests.server.conftest import engine, pg_url  # noqa: F401  (real PostgreSQL)
from tests.server.helpers import head_office_for, register_users, running_server


def da(value: int) -> Money:
    return Money.of(Decimal(value), "DZD")


@pytest.fixture(scope="module")
def world(
    engine: Engine,  # noqa: F811
    pg_url: str,  # noqa: F811
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Branch, Branch, Branch]]:
    alger = build_branch(Path(tmp_path_factory.mktemp("alger")))
    oran = build_branch(
        Path(tmp_path_factory.mktemp("oran")), "ALG02", ids=alger.ids, user_prefix="oran_"
    )  # type: ignore[attr-defined]
    office = build_branch(
        Path(tmp_path_factory.mktemp("office")),
        "HO",
        stock=0,
        ids=alger.ids,  # type: ignore[attr-defined]
        user_prefix="ho_",
    )
    head_office_for(engine, alger)
    register_users(engine, oran)
    ids = office.ids  # type: ignore[attr-defined]
    headoffice.add_head_office(engine, "HO", "Siège Alger", "المقر", ids["ho"], ids["wh_ho"])
    register_users(engine, office)
    with running_server(pg_url) as url:
        for branch, code in ((alger, "ALG01"), (oran, "ALG02"), (office, "HO")):
            _device, token = headoffice.add_device(engine, code, f"PC {code}")
            client = SyncClient(url)
            enroll_device(branch.deps, client, token)
            client.close()
        synchronize(office.deps)  # head office's replica learns it is head office's
        yield alger, oran, office
    for site in (alger, oran, office):
        site.replica.close()


def sync_all(*branches: Branch) -> None:
    for branch in (*branches, *branches):
        synchronize(branch.deps)


def later(branches: tuple[Branch, ...], days: int) -> None:
    for branch in branches:
        branch.clock.set(branch.clock.now() + timedelta(days=days))


def test_a_wholesale_month_at_two_branches_reads_the_same_everywhere(
    world: tuple[Branch, Branch, Branch],
    engine: Engine,  # noqa: F811
) -> None:
    alger, oran, office = world
    both = (alger, oran, office)
    manager = alger.actor("manager")
    restaurant, _ = save_business_customer(
        alger.deps,
        manager,
        None,
        BusinessProfile(
            "Restaurant Le Phénicien",
            "مطعم الفينيقي",
            legal_ids={"nif": "000016001234567", "rc": "16/00-1234567 B 18"},
            terms="net:30",
        ),
    )
    lyon, _ = save_business_customer(
        alger.deps,
        manager,
        None,
        BusinessProfile(
            "Lyon Import SARL",
            "ليون للاستيراد",
            legal_ids={"nif": "000016009876543"},
            terms="net:60",
            account_currency="EUR",
        ),
    )
    oil, milk = alger.products[2], alger.products[1]
    quote, _ = issue_document(
        alger.deps,
        manager,
        DocumentRequest(
            "quote", restaurant.id, (LineRequest(Decimal(60), oil), LineRequest(Decimal(90), milk))
        ),
    )
    order, _ = order_from_quote(alger.deps, manager, quote.id)
    oil_line, milk_line = order.lines
    deliver(alger.deps, manager, order.id, {oil_line.id: Decimal(60), milk_line.id: Decimal(40)})
    later(both, 2)
    deliver(alger.deps, manager, order.id, {milk_line.id: Decimal(50)})
    invoice, _ = invoice_order(alger.deps, manager, order.id)
    export, _ = issue_document(
        alger.deps,
        manager,
        DocumentRequest(
            "customer_invoice",
            lyon.id,
            (LineRequest(Decimal(1), None, Decimal(400), "Conseil à l'export", Decimal(19)),),
            currency="EUR",
            rate=Decimal("148.50"),
        ),
    )
    sync_all(alger, oran, office)  # the customers and invoices come down to Oran and HO

    later(both, 5)  # the restaurant pays part of it at Oran
    at_oran = receive_payment(
        oran.deps,
        oran.actor("manager"),
        PaymentRequest(restaurant.id, "transfer", da(20000), reference="VIR 3321"),
    )
    assert [a.invoice_id for a in at_oran.payment.allocations] == [invoice.id]
    later(both, 3)  # and by traite at Alger, due in a month
    traite = receive_payment(
        alger.deps,
        manager,
        PaymentRequest(
            restaurant.id, "traite", da(10000), bank="CPA Alger", instrument_number="TR-5521",
            instrument_due=alger.deps.business_date("DZ") + timedelta(days=30),
        ),
    )  # fmt: skip
    catering, _ = issue_document(
        alger.deps,
        manager,
        DocumentRequest(
            "customer_invoice",
            restaurant.id,
            (LineRequest(Decimal(1), None, Decimal(15000), "Service traiteur", Decimal(19)),),
        ),
    )
    cheque = receive_payment(
        alger.deps,
        manager,
        PaymentRequest(
            restaurant.id, "cheque", catering.total, bank="BNA", instrument_number="0091",
            instrument_due=alger.deps.business_date("DZ"), allocations={catering.id: catering.total},
        ),
    )  # fmt: skip
    later(both, 4)  # the cheque bounces; two litres of milk are credited
    record_instrument_step(alger.deps, manager, cheque.payment.id, "deposit")
    bounced = record_instrument_step(alger.deps, manager, cheque.payment.id, "bounce")
    assert bounced.entry is not None
    note, _ = credit_invoice(
        alger.deps, manager, invoice.id, {invoice.lines[1].id: Decimal(2)}, restock=True
    )  # two litres come back
    later(both, 8)  # Lyon pays head office by SWIFT at the day's rate
    swift = receive_payment(
        office.deps,
        office.actor("manager"),
        PaymentRequest(
            lyon.id, "transfer", export.total, rate=Decimal("151.20"), reference="SWIFT"
        ),
    )
    assert [a.invoice_id for a in swift.payment.allocations] == [export.id]  # Alger's invoice
    gain = [ln.amount for ln in swift.entry.lines if ln.role is AccountRole.EXCHANGE_GAIN]  # type: ignore[union-attr]
    assert gain == [Money.of(Decimal("1285.20"), "DZD")]  # 476 EUR x (151.20 - 148.50)
    sync_all(alger, oran, office)

    today = alger.deps.business_date("DZ")
    owed_invoice = invoice.total - da(20000) - da(10000) - note.total
    with alger.deps.store.read() as view:
        items = {i.number: i.open for i in view.receivables.open_items(restaurant.id)}
    assert items == {invoice.number: owed_invoice, catering.number: catering.total}
    aged_at = {}
    for branch in both:
        with branch.deps.store.read() as view:
            aged_at[branch.deps.hlc.node] = [  # type: ignore[attr-defined]
                (r.customer, r.currency, r.buckets)
                for r in view.receivables.aged_receivables(today)
            ]
    [alger_aged, oran_aged, office_aged] = aged_at.values()
    assert alger_aged == oran_aged == office_aged
    [(name, currency, buckets)] = alger_aged
    assert (name, currency, sum(buckets)) == (
        "Restaurant Le Phénicien",
        "DZD",
        (owed_invoice + catering.total).to_minor(),
    )
    with unit_of_work(engine, head_office=True) as conn:
        admin = conn.execute(
            text("SELECT id FROM auth.users WHERE username = 'admin'")
        ).scalar_one()
        receivable = load_chart("DZ").account_for(AccountRole.RECEIVABLE).code
        booked = conn.execute(
            text(
                "SELECT COALESCE(SUM(CASE WHEN side = 'debit' THEN amount_minor "
                "ELSE -amount_minor END), 0) FROM accounting.journal_lines "
                "WHERE account_code = :code"
            ),
            {"code": receivable},
        ).scalar_one()
    server_aged = reports.aged_receivables(engine, Reader(admin, "admin", True, None), today)
    assert [(r[0], r[1]) for r in server_aged.rows] == [(name, currency)]
    served = tuple(int(Decimal(v) * 100) for v in server_aged.rows[0][2:7])
    assert served == buckets
    assert int(booked) == sum(buckets)  # the receivables account is the open items
    assert traite.payment.number.startswith("ALG01-RC-")
    with unit_of_work(engine, head_office=True) as conn:
        unbalanced = conn.execute(
            text(
                "SELECT entry_id FROM accounting.journal_lines GROUP BY entry_id HAVING "
                "SUM(CASE WHEN side = 'debit' THEN amount_minor ELSE -amount_minor END) <> 0"
            )
        ).all()
    assert unbalanced == []  # every entry balances


def test_after_the_month_the_reconciliation_is_clean(
    world: tuple[Branch, Branch, Branch],
    engine: Engine,  # noqa: F811
) -> None:
    report = reconcile(engine)
    assert report.clean, report.lines()
