"""Sales and movements merged a set at a time give the answers the change-by-change path
would give: a row the database refuses rejects only its change, a document sent twice is
written once, each cashier is named in the audit trail, a level left negative is flagged
once, a chain broken inside the batch is flagged once, a sale whose posting cannot balance
is refused whole, a sale the set-wise posting leaves to the per-document rule is posted as
that rule posts it; the rows a statement appends are audited by one row naming them all
(0039), listed row by row in the trail."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.stock.adjustments import adjust_stock
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.documents.posting import posting_of
from erp_desktop.kernel.documents.sale import sale_from_payload
from erp_desktop.kernel.documents.sale_postings import sale_postings
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ledger.accounts import load_chart
from erp_desktop.kernel.ledger.entry_rows import entry_rows
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.storage.outbox import mark_sent
from sync_server.api.push_answers import status_of
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from sync_server.services.enrollment import Device, enroll
from sync_server.services.push import apply_push
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for, outbox_batch


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Branch]:
    built = build_branch(Path(tmp_path_factory.mktemp("alger")))
    open_cash_session(built.deps, built.actor("cashier"), Money.of(Decimal(0), "DZD"))
    yield built
    built.replica.close()


@pytest.fixture(scope="module")
def device(engine: Engine, branch: Branch) -> Device:
    head_office_for(engine, branch)
    _device_id, token = headoffice.add_device(engine, "ALG01", "till")
    return enroll(engine, token)[0]


def sell(branch: Branch, username: str, product: int, quantity: int = 1) -> None:
    checkout(
        branch.deps,
        branch.actor(username),
        CheckoutRequest(
            (CartLine(branch.products[product], Decimal(quantity)),),
            (Tender(TenderKind.CASH, Money.of(Decimal(100000), "DZD")),),
        ),
    )


def pending(branch: Branch, device: Device) -> dict[str, Any]:
    """The outbox as a batch, then marked sent (the next batch holds only what follows)."""
    batch = outbox_batch(branch, device.id)
    with branch.replica.transaction(None) as conn:
        mark_sent(conn, [UUID(c["id"]) for c in batch["changes"]], branch.deps.now())
    return batch


def apply(engine: Engine, device: Device, batch: dict[str, Any]) -> list[dict[str, Any]]:
    outcome = apply_push(engine, device, json.dumps(batch).encode())
    assert status_of(outcome) == 200, outcome.body
    results: list[dict[str, Any]] = outcome.body["results"]
    return results


def scalar(engine: Engine, sql: str, **params: Any) -> Any:
    with unit_of_work(engine, head_office=True) as conn:
        return conn.execute(text(sql), params).scalar_one()


def of(batch: dict[str, Any], entity: str) -> list[dict[str, Any]]:
    return [c for c in batch["changes"] if c["entity"] == entity]


def test_a_row_the_database_refuses_rejects_only_its_change(
    engine: Engine, branch: Branch, device: Device
) -> None:
    sell(branch, "cashier", 0)
    assert {r["status"] for r in apply(engine, device, pending(branch, device))} == {"accepted"}
    for product in (1, 2, 3):
        sell(branch, "cashier", product)
    batch = pending(branch, device)
    forged = of(batch, "sale")[1]
    taken = scalar(engine, "SELECT number FROM sales.documents ORDER BY sequence LIMIT 1")
    forged["payload"]["number"] = taken  # a number the server already holds, under a new id
    ghost = dict(of(batch, "stock_movement")[0], id=str(new_id()))
    ghost["payload"] = dict(ghost["payload"], id=str(new_id()), product_id=str(new_id()))
    batch["changes"].append(ghost)
    before = scalar(engine, "SELECT count(*) FROM sales.documents")
    answers = {r["change_id"]: r for r in apply(engine, device, batch)}
    assert answers[forged["id"]]["status"] == "rejected"
    assert answers[forged["id"]]["code"] == "storage.integrity"
    assert answers[ghost["id"]]["code"] == "common.not_found"
    assert answers[ghost["id"]]["params"]["entity"] == "product"
    others = [c for c in batch["changes"] if c["id"] not in (forged["id"], ghost["id"])]
    assert {answers[c["id"]]["status"] for c in others} == {"accepted"}
    assert scalar(engine, "SELECT count(*) FROM sales.documents") == before + 2
    assert (
        scalar(
            engine,
            "SELECT count(*) FROM sales.documents d JOIN accounting.journal_entries e "
            "ON e.source_id = d.id",
        )
        == before + 2
    )
    unbalanced = scalar(
        engine,
        "SELECT coalesce(sum(CASE side WHEN 'debit' THEN amount_minor ELSE -amount_minor END), 0) "
        "FROM accounting.journal_lines",
    )
    assert unbalanced == 0


def test_a_sale_sent_twice_in_one_batch_is_written_once(
    engine: Engine, branch: Branch, device: Device
) -> None:
    sell(branch, "cashier", 4)
    batch = pending(branch, device)
    sale = of(batch, "sale")[0]
    again = dict(sale, id=str(new_id()))
    batch["changes"].append(again)
    answers = apply(engine, device, batch)
    assert {r["status"] for r in answers} == {"accepted"}
    number = sale["payload"]["number"]
    assert scalar(engine, "SELECT count(*) FROM sales.documents WHERE number = :n", n=number) == 1
    assert (
        scalar(
            engine,
            "SELECT count(*) FROM accounting.journal_entries WHERE source_number = :n",
            n=number,
        )
        == 1
    )


def test_each_cashier_of_a_mixed_batch_is_named_in_the_audit_trail(
    engine: Engine, branch: Branch, device: Device
) -> None:
    sell(branch, "cashier", 5)
    sell(branch, "manager", 6)
    batch = pending(branch, device)
    assert {r["status"] for r in apply(engine, device, batch)} == {"accepted"}
    for sale in of(batch, "sale"):
        actor = scalar(
            engine,
            "SELECT actor_id FROM audit.trail WHERE table_name = 'documents' AND row_id = :id",
            id=sale["payload"]["id"],
        )
        assert str(actor) == sale["actor_id"] == sale["payload"]["cashier_id"]
    movements = of(batch, "stock_movement")
    assert {m["actor_id"] for m in movements} == {s["actor_id"] for s in of(batch, "sale")}
    for movement in movements:
        actor = scalar(
            engine,
            "SELECT actor_id FROM audit.trail WHERE table_name = 'stock_movements' AND row_id = :id",
            id=movement["payload"]["id"],
        )
        assert str(actor) == movement["actor_id"]


def test_a_level_left_negative_by_a_batch_is_flagged_once(
    engine: Engine, branch: Branch, device: Device
) -> None:
    sell(branch, "cashier", 7, 60)
    sell(branch, "cashier", 7, 60)  # 100 on the shelf: the second sale takes it below zero
    batch = pending(branch, device)
    assert {r["status"] for r in apply(engine, device, batch)} == {"accepted"}
    water = str(branch.products[7])
    with unit_of_work(engine, branch_id=branch.branch_id) as conn:
        alerts = (
            conn.execute(
                text(
                    "SELECT params FROM sync.alerts WHERE kind = 'negative_stock' "
                    "AND params ->> 'product_id' = :p"
                ),
                {"p": water},
            )
            .scalars()
            .all()
        )
    last = [m for m in of(batch, "stock_movement") if m["payload"]["product_id"] == water][-1]
    assert [(a["quantity_milli"], a["movement_id"]) for a in alerts] == [
        (-20000, last["payload"]["id"])
    ]


def test_a_chain_broken_inside_a_batch_is_flagged_once(
    engine: Engine, branch: Branch, device: Device
) -> None:
    for product in (0, 1, 2):
        sell(branch, "cashier", product)
    batch = pending(branch, device)
    middle = of(batch, "sale")[1]["payload"]
    middle["previous_hash"] = "0" * 64  # does not follow the sale before it
    assert {r["status"] for r in apply(engine, device, batch)} == {"accepted"}
    with unit_of_work(engine, branch_id=branch.branch_id) as conn:
        alerts = (
            conn.execute(
                text(
                    "SELECT params FROM sync.alerts WHERE kind = 'chain_break' "
                    "AND params ->> 'number' LIKE :series"
                ),
                {"series": middle["number"].rpartition("-")[0] + "-%"},
            )
            .scalars()
            .all()
        )
    assert alerts == [
        {"number": middle["number"], "reasons": ["hash_mismatch", "previous_mismatch"]}
    ]


def test_a_sale_whose_posting_cannot_balance_is_refused_and_nothing_of_it_is_written(
    engine: Engine, branch: Branch, device: Device
) -> None:
    sell(branch, "cashier", 2)
    sell(branch, "cashier", 3)
    batch = pending(branch, device)
    bad, good = of(batch, "sale")
    bad["payload"]["lines"][0]["base_minor"] += 100  # revenue no longer what was paid
    answers = {r["change_id"]: r for r in apply(engine, device, batch)}
    assert answers[bad["id"]]["status"] == "rejected"
    assert answers[bad["id"]]["code"] == "posting.tenders_do_not_cover"
    assert answers[good["id"]]["status"] == "accepted"
    for sale, held in ((bad, 0), (good, 1)):
        number = sale["payload"]["number"]
        assert (
            scalar(engine, "SELECT count(*) FROM sales.documents WHERE number = :n", n=number)
            == held
        )
        assert (
            scalar(
                engine,
                "SELECT count(*) FROM accounting.journal_entries WHERE source_number = :n",
                n=number,
            )
            == held
        )


def test_a_stock_document_whose_number_is_taken_is_refused_alone_among_its_set(
    engine: Engine, branch: Branch, device: Device
) -> None:
    """The rare kinds are merged a set at a time too, with the same fallback."""
    manager = branch.actor("manager")
    adjust_stock(branch.deps, manager, [(branch.products[5], Decimal(2))], "found")
    assert {r["status"] for r in apply(engine, device, pending(branch, device))} == {"accepted"}
    for product in (5, 6, 7):
        adjust_stock(branch.deps, manager, [(branch.products[product], Decimal(1))], "found")
    batch = pending(branch, device)
    documents = of(batch, "stock_document")
    assert len(documents) == 3
    forged = documents[1]
    taken = scalar(engine, "SELECT number FROM inventory.stock_documents LIMIT 1")
    forged["payload"]["number"] = taken  # a number the server already holds, under a new id
    before = scalar(engine, "SELECT count(*) FROM inventory.stock_documents")
    answers = {r["change_id"]: r for r in apply(engine, device, batch)}
    assert (answers[forged["id"]]["status"], answers[forged["id"]]["code"]) == (
        "rejected",
        "storage.integrity",
    )
    others = [c for c in batch["changes"] if c["id"] != forged["id"]]
    assert {answers[c["id"]]["status"] for c in others} == {"accepted"}
    assert scalar(engine, "SELECT count(*) FROM inventory.stock_documents") == before + 2


def test_a_sale_in_foreign_cash_is_posted_per_document_beside_a_set_posted_one(
    engine: Engine, branch: Branch, device: Device
) -> None:
    """The set-wise posting leaves a tender in another currency to ``posting_of``: in one
    set, each sale's stored lines are what the per-document rule posts for it."""
    sell(branch, "cashier", 4)
    sell(branch, "cashier", 5)
    batch = pending(branch, device)
    euros, dinars = of(batch, "sale")
    cash = euros["payload"]["payments"][0]  # 100,000 DA tendered: 1,000 EUR at 100 DA
    cash.update(currency="EUR", amount_minor=cash["amount_minor"] // 100, rate="100")
    answers = {r["change_id"]: r for r in apply(engine, device, batch)}
    assert {answers[c["id"]]["status"] for c in (euros, dinars)} == {"accepted"}
    chart = load_chart("DZ")
    assert sale_postings([euros["payload"]], chart) == [None]
    assert sale_postings([dinars["payload"]], chart) != [None]
    for sale in (euros, dinars):
        posted = posting_of(sale_from_payload(sale["payload"], device.branch_id), chart)
        assert posted is not None
        expected = [ln[3:] for ln in entry_rows(posted).lines]
        with unit_of_work(engine, head_office=True) as conn:
            stored = conn.execute(
                text(
                    "SELECT account_code, role, side, amount_minor, currency, txn_amount_minor,"
                    " txn_currency, rate, vat_rate, partner_id::text, memo"
                    " FROM accounting.journal_lines WHERE entry_id = :e ORDER BY position"
                ),
                {"e": str(posted.id)},
            ).all()
        assert [tuple(r) for r in stored] == [
            (*ln[:7], Decimal(ln[7]), ln[8] and Decimal(ln[8]), *ln[9:]) for ln in expected
        ]
    paid_in_euros = posting_of(sale_from_payload(euros["payload"], device.branch_id), chart)
    assert paid_in_euros is not None
    assert "foreign_cash" in {str(ln.role) for ln in paid_in_euros.lines}


# Migration 0039: the rows a statement appends to an immutable table are audited by one
# row naming them all, a one-row statement by a row of its own, and audit.trail still
# answers what became of a row, row by row.


def test_a_push_s_journal_lines_are_named_by_one_audit_row_and_listed_one_by_one(
    engine: Engine, branch: Branch, device: Device
) -> None:
    apply(engine, device, pending(branch, device))  # the opening stock
    for product in (1, 2, 3):
        sell(branch, "cashier", product, 2)
    batch = pending(branch, device)
    assert {r["status"] for r in apply(engine, device, batch)} == {"accepted"}
    sales = [s["payload"]["id"] for s in of(batch, "sale")]
    with unit_of_work(engine, head_office=True) as conn:
        lines = conn.execute(
            text(
                "SELECT CAST(l.id AS text) FROM accounting.journal_lines l "
                "JOIN accounting.journal_entries e ON e.id = l.entry_id "
                "WHERE e.source_id = ANY(CAST(:s AS uuid[])) ORDER BY l.id"
            ),
            {"s": sales},
        ).scalars()
        lines = list(lines)
        logged = conn.execute(
            text(
                "SELECT row_id, row_ids, actor_id, branch_id FROM audit.log "
                "WHERE table_name = 'journal_lines' AND row_ids && CAST(:l AS text[])"
            ),
            {"l": lines},
        ).all()
        trail = conn.execute(
            text(
                "SELECT row_id, actor_id, branch_id FROM audit.trail "
                "WHERE table_name = 'journal_lines' AND row_id = ANY(:l) ORDER BY row_id"
            ),
            {"l": lines},
        ).all()
    cashier = of(batch, "sale")[0]["actor_id"]
    assert len(lines) >= 3 * 4  # revenue, VAT, cash, goods at cost: each sale's lines
    ((row_id, row_ids, actor, branch_id),) = logged  # the three sales: one statement
    assert row_id is None and sorted(row_ids) == lines
    assert (str(actor), branch_id) == (cashier, branch.branch_id)
    assert [r[0] for r in trail] == lines  # each line once, with who and where
    assert {(str(r[1]), r[2]) for r in trail} == {(cashier, branch.branch_id)}


def test_a_statement_of_one_row_is_audited_by_its_own_row(
    engine: Engine, branch: Branch, device: Device
) -> None:
    apply(engine, device, pending(branch, device))
    sell(branch, "cashier", 4)
    batch = pending(branch, device)
    assert {r["status"] for r in apply(engine, device, batch)} == {"accepted"}
    (sale,) = of(batch, "sale")
    with unit_of_work(engine, head_office=True) as conn:
        logged = conn.execute(
            text(
                "SELECT row_id, row_ids FROM audit.log "
                "WHERE table_name = 'documents' AND row_id = :id"
            ),
            {"id": sale["payload"]["id"]},
        ).all()
    assert [tuple(r) for r in logged] == [(sale["payload"]["id"], None)]
