"""A branch's wholesale documents pushed over real HTTP to a real PostgreSQL: each stored
once under the branch that issued it, the invoice and credit note posted with the
replica's very entries, a cancellation reversed once, a replay changing nothing, figures
that do not add up refused; and a business customer's fields merged field by field."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.business.cancellation import cancel_document
from erp_desktop.app.business.credit_notes import credit_invoice
from erp_desktop.app.business.customers import BusinessProfile, save_business_customer
from erp_desktop.app.business.document_chain import deliver, invoice_order
from erp_desktop.app.business.documents import DocumentRequest, LineRequest, issue_document
from erp_desktop.kernel.ids import new_id
from sync_server.db.engine import make_engine, unit_of_work
from sync_server.db.migrate import upgrade
from tests.builders import Branch, build_branch
from tests.pg import temporary_database
from tests.server.helpers import head_office_for, outbox_batch, running_server
from tests.server.test_push import count, enroll, push


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Branch]:
    built = build_branch(Path(tmp_path_factory.mktemp("alger")))
    manager = built.actor("manager")
    customer, _ = save_business_customer(
        built.deps,
        manager,
        None,
        BusinessProfile(
            "Cantine scolaire Ibn Khaldoun",
            "مطعم مدرسة ابن خلدون",
            legal_ids={"nif": "000016001234567", "rc": "16/00-1234567 B 18"},
            billing_address="12 rue Didouche Mourad, Alger",
            terms="net:30",
            credit_limit=Decimal(500000),
        ),
    )
    order, _ = issue_document(
        built.deps,
        manager,
        DocumentRequest(
            "sales_order",
            customer.id,
            (
                # line discounts beside the customer's: 5 % off, and 12.34 DA off
                LineRequest(Decimal(12), built.products[0], discount_percent=Decimal(5)),
                LineRequest(Decimal(30), built.products[1], discount_amount=Decimal("12.34")),
            ),
        ),
    )
    deliver(built.deps, manager, order.id, {order.lines[0].id: Decimal(12)})
    deliver(built.deps, manager, order.id, {order.lines[1].id: Decimal(10)})
    invoice, _ = invoice_order(built.deps, manager, order.id)
    credit_invoice(built.deps, manager, invoice.id, {invoice.lines[1].id: Decimal(2)})
    service, _ = issue_document(
        built.deps,
        manager,
        DocumentRequest(
            "customer_invoice",
            customer.id,
            (LineRequest(Decimal(1), None, Decimal(8000), "Livraison et montage", Decimal(19)),),
        ),
    )
    cancel_document(built.deps, manager, service.id)
    yield built
    built.replica.close()


@pytest.fixture(scope="module")
def server(engine: Engine, pg_url: str, branch: Branch) -> Iterator[str]:
    head_office_for(engine, branch)
    with running_server(pg_url) as url:
        yield url


def _business(batch: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for c in batch["changes"] if c["entity"] == "business_document"]


def _entries(engine: Engine, branch: Branch) -> set[tuple[str, str, str, int]]:
    with unit_of_work(engine, branch_id=branch.branch_id) as conn:
        rows = conn.execute(
            text(
                "SELECT e.id, l.account_code, l.side, l.amount_minor "
                "FROM accounting.journal_entries e "
                "JOIN accounting.journal_lines l ON l.entry_id = e.id "
                "WHERE e.source_type IN ('customer_invoice', 'customer_credit_note')"
            )
        ).all()
    return {(str(r[0]), r[1], r[2], int(r[3])) for r in rows}


def test_the_documents_are_stored_once_and_posted_with_the_replicas_entries(
    server: str, engine: Engine, branch: Branch
) -> None:
    device_id, credential = enroll(server, engine)
    batch = outbox_batch(branch, device_id)
    assert len(_business(batch)) == 7  # order, 2 deliveries, invoice, credit, service x2
    answer = push(server, credential, batch)
    assert answer.status_code == 200, answer.text
    assert all(r["status"] == "accepted" for r in answer.json()["results"]), answer.json()
    with unit_of_work(engine, branch_id=branch.branch_id) as conn:
        stored = conn.execute(
            text(
                "SELECT kind, number, status, total_minor FROM sales.business_documents "
                "ORDER BY number"
            )
        ).all()
        lines = conn.execute(text("SELECT count(*) FROM sales.business_lines")).scalar_one()
        dues = conn.execute(
            text("SELECT due_on FROM sales.business_due_lines ORDER BY due_on")
        ).scalars()
        due_days = [str(d) for d in dues]
    with branch.deps.store.read() as tx:
        mine = tx.business.business_documents(limit=50)
        replica_entries = {
            (str(e.id), ln.account, str(ln.side), ln.amount.to_minor())
            for e in tx.ledger.entries(None, None)
            if e.source_type in ("customer_invoice", "customer_credit_note")
            for ln in e.lines
        }
    assert sorted((d.kind, d.number, d.status, d.total.to_minor()) for d in mine) == sorted(
        (r[0], r[1], r[2], r[3]) for r in stored
    )
    assert ("customer_invoice", "ALG01-FA-2026-000002", "cancelled") in {
        (r[0], r[1], r[2]) for r in stored
    }
    assert lines == sum(len(d.lines) for d in mine)
    assert due_days == ["2026-04-09", "2026-04-09"]  # both on the customer's net 30
    assert _entries(engine, branch) == replica_entries  # the invoice, the credit, a reversal
    assert len({e[0] for e in replica_entries}) == 4


def test_the_lines_reach_the_server_with_their_discounts_and_arabic_names(
    server: str, engine: Engine, branch: Branch
) -> None:
    device_id, credential = enroll(server, engine)
    push(server, credential, outbox_batch(branch, device_id))
    with unit_of_work(engine, branch_id=branch.branch_id) as conn:
        stored = {
            r[0]: (r[1], r[2], r[3])
            for r in conn.execute(
                text(
                    "SELECT id, discount_minor, discount_percent, name_ar FROM sales.business_lines"
                )
            )
        }
    with branch.deps.store.read() as tx:
        mine = [ln for d in tx.business.business_documents(limit=50) for ln in d.lines]
    assert {ln.id: (ln.discount.to_minor(), ln.discount_percent, ln.name_ar) for ln in mine} == {
        k: (int(v[0]), v[1] if v[1] is None else v[1].normalize(), v[2]) for k, v in stored.items()
    }
    assert ("قهوة مطحونة 250 غ", Decimal(5)) in {(v[2], v[1]) for v in stored.values()}
    # the order's 12.34 DA over 30 units: the invoice of 10 took 4.11 DA, the credit of 2 of them 0.82
    assert {1234, 411, 82} <= {int(v[0]) for v in stored.values()}


def test_a_replay_changes_nothing_and_a_forged_total_is_refused(
    server: str, engine: Engine, branch: Branch
) -> None:
    device_id, credential = enroll(server, engine)
    batch = outbox_batch(branch, device_id)
    push(server, credential, batch)
    entries = count(engine, "SELECT count(*) FROM accounting.journal_entries")
    documents = count(engine, "SELECT count(*) FROM sales.business_documents")
    again = push(server, credential, batch | {"idempotency_key": f"again-{new_id().hex}"})
    assert all(r["status"] == "accepted" for r in again.json()["results"])
    assert count(engine, "SELECT count(*) FROM accounting.journal_entries") == entries
    assert count(engine, "SELECT count(*) FROM sales.business_documents") == documents
    forged = copy.deepcopy(_business(batch)[0])
    forged["id"] = forged["entity_id"] = str(new_id())
    forged["payload"]["id"] = forged["entity_id"]
    forged["payload"]["number"] = "ALG01-BC-2026-000099"
    forged["payload"]["total_minor"] += 100
    answer = push(
        server, credential, batch | {"changes": [forged], "idempotency_key": f"f-{new_id().hex}"}
    )
    assert answer.status_code == 200, answer.text
    (result,) = answer.json()["results"]
    assert (result["status"], result["code"]) == ("rejected", "business.document_mismatch")


def test_the_business_customer_reaches_the_server_with_its_fields(
    server: str, engine: Engine, branch: Branch
) -> None:
    device_id, credential = enroll(server, engine)
    push(server, credential, outbox_batch(branch, device_id))
    with unit_of_work(engine, head_office=True) as conn:
        row = conn.execute(
            text("SELECT legal_ids, terms, credit_limit, field_clocks FROM crm.customers")
        ).one()
    assert row[0] == '{"nif": "000016001234567", "rc": "16/00-1234567 B 18"}'
    assert (row[1], row[2]) == ("net:30", "500000")
    assert {"legal_ids", "terms", "credit_limit"} <= set(row[3])


def _id(value: Any) -> UUID:
    return UUID(str(value))


def test_migration_0017_gives_existing_customers_empty_business_fields() -> None:
    with temporary_database() as url:
        engine = make_engine(url)
        try:
            upgrade(engine, "0016")
            customer = new_id()
            with engine.begin() as conn:
                conn.execute(
                    text(
                        "INSERT INTO crm.customers (id, name, name_ar, phone, email, tax_id, "
                        "field_clocks) VALUES (:id, 'Benali', 'بن علي', '', '', '', '{}')"
                    ),
                    {"id": customer},
                )
            upgrade(engine)
            with engine.begin() as conn:
                row = conn.execute(
                    text("SELECT name, legal_ids, terms, credit_limit FROM crm.customers")
                ).one()
                table = conn.execute(
                    text("SELECT to_regclass('sales.business_documents')")
                ).scalar()
            assert tuple(row) == ("Benali", "", "", "")
            assert table == "sales.business_documents"
        finally:
            engine.dispose()
