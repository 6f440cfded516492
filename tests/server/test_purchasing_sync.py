"""Purchasing end to end over HTTP on PostgreSQL (issue 14): head office's supplier down
to the branch; the branch's order and partial receipt up, posted once by the server with
the replica's entry ids; head office pulls them, matches the supplier's invoice (a price
difference, accepted with a reason) and pays it; an order head office raises for the
branch reaches it and is received there. Every entry balances on both sides."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from uuid import UUID

import httpx
import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.purchasing.invoices import (
    InvoiceEntry,
    InvoiceLineEntry,
    accept_mismatch,
    enter_supplier_invoice,
)
from erp_desktop.app.purchasing.orders import (
    OrderDraft,
    OrderLineDraft,
    find_orders,
    save_draft_order,
    send_order,
)
from erp_desktop.app.purchasing.payments import PaymentEntry, open_invoices_of, pay_supplier
from erp_desktop.app.purchasing.receiving import ReceiptRequest, ReceivedLine, receive_purchase
from erp_desktop.app.purchasing.returns import ReturnRequest, return_to_supplier
from erp_desktop.app.purchasing.suppliers import (
    SuppliedProductEdit,
    SupplierEdit,
    find_suppliers,
    save_supplier,
)
from erp_desktop.kernel.documents import payload
from erp_desktop.kernel.documents.supplier_return import ReturnedLine
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.purchasing.receiving import Received, receive
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for, register_users, running_server


@pytest.fixture(scope="module")
def world(
    engine: Engine, pg_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Branch, Branch, str]]:
    alger = build_branch(Path(tmp_path_factory.mktemp("alger")))
    office = build_branch(
        Path(tmp_path_factory.mktemp("office")),
        "HO",
        stock=0,
        ids=alger.ids,  # type: ignore[attr-defined]
        user_prefix="ho_",
    )
    head_office_for(engine, alger)
    ids = office.ids  # type: ignore[attr-defined]
    headoffice.add_head_office(engine, "HO", "Siège Alger", "المقر", ids["ho"], ids["wh_ho"])
    register_users(engine, office)
    with running_server(pg_url) as url:
        for site, code in ((alger, "ALG01"), (office, "HO")):
            _device, token = headoffice.add_device(engine, code, f"PC {code}")
            client = SyncClient(url)
            enroll_device(site.deps, client, token)
            client.close()
        synchronize(office.deps)
        headoffice.add_user(engine, "leila", "Leila", "compta-2026", ["accountant"])
        yield alger, office, url
    alger.replica.close()
    office.replica.close()


def _entries(site: Branch, source: UUID) -> set[UUID]:
    with site.deps.store.read() as tx:
        return {e.id for e in tx.ledger.entries(None, None) if e.source_id == source}


def _server_entries(engine: Engine, source: UUID) -> set[UUID]:
    with unit_of_work(engine, head_office=True) as conn:
        found = conn.execute(
            text("SELECT id FROM accounting.journal_entries WHERE source_id = :s"), {"s": source}
        ).scalars()
        return set(found)


def _unbalanced(engine: Engine) -> list[UUID]:
    with unit_of_work(engine, head_office=True) as conn:
        return list(
            conn.execute(
                text(
                    "SELECT entry_id FROM accounting.journal_lines GROUP BY entry_id HAVING "
                    "sum(CASE WHEN side = 'debit' THEN amount_minor ELSE -amount_minor END) <> 0"
                )
            ).scalars()
        )


def test_a_purchasing_cycle_across_the_branch_head_office_and_the_server(
    world: tuple[Branch, Branch, str], engine: Engine
) -> None:
    alger, office, url = world
    supplier, _ = save_supplier(
        office.deps,
        office.actor("admin"),
        SupplierEdit(
            None,
            "F001",
            "Huilerie du Sahel",
            "معصرة الساحل",
            "DZ",
            "DZD",
            "net:30",
            {"nif": "408 020 000 150 039"},
            "",
            [
                SuppliedProductEdit(office.products[0], "HUI-5L", Decimal("380.00"), 4),
                SuppliedProductEdit(office.products[1], "LAIT", Decimal("90.00"), 4),
            ],
        ),
    )
    assert synchronize(office.deps).rejected == 0
    synchronize(alger.deps)

    buyer = alger.actor("manager")
    draft, _ = save_draft_order(
        alger.deps,
        buyer,
        OrderDraft(
            supplier.id,
            [
                OrderLineDraft(alger.products[0], Decimal(20)),
                OrderLineDraft(alger.products[1], Decimal(10)),
            ],
        ),
    )
    order, _ = send_order(alger.deps, buyer, draft.id)
    got, _ = receive_purchase(
        alger.deps,
        alger.actor("clerk"),
        ReceiptRequest(
            [
                ReceivedLine(alger.products[0], Decimal(20)),
                ReceivedLine(alger.products[1], Decimal(10)),
            ],
            order_id=order.id,
        ),
    )
    pushed = synchronize(alger.deps)
    assert pushed.rejected == 0, _refused(alger)
    with unit_of_work(engine, head_office=True) as conn:
        status = conn.execute(
            text("SELECT status FROM purchasing.purchase_orders WHERE id = :id"), {"id": order.id}
        ).scalar_one()
    assert status == "received"
    receipt_entries = _entries(alger, got.receipt.id)
    assert receipt_entries and _server_entries(engine, got.receipt.id) == receipt_entries

    synchronize(office.deps)  # head office pulls the branch's order and receipt
    accountant = office.actor("accountant")
    entered, _ = enter_supplier_invoice(
        office.deps,
        accountant,
        InvoiceEntry(
            supplier.id,
            "FA-0117",
            [
                InvoiceLineEntry(Decimal(20), Decimal("380.00"), product_id=office.products[0]),
                InvoiceLineEntry(Decimal(10), Decimal("95.00"), product_id=office.products[1]),
            ],
            order_id=order.id,
        ),
    )
    assert entered.invoice.match == "blocked"
    accept_mismatch(office.deps, accountant, entered.invoice.id, "new price list, agreed")
    paid, _ = pay_supplier(
        office.deps, accountant, PaymentEntry(supplier.id, "transfer", entered.invoice.total.amount)
    )
    pushed = synchronize(office.deps)
    assert pushed.rejected == 0, _refused(office)
    with unit_of_work(engine, head_office=True) as conn:
        row = conn.execute(
            text(
                "SELECT match, server_match, acceptance_reason FROM purchasing.supplier_invoices "
                "WHERE id = :id"
            ),
            {"id": entered.invoice.id},
        ).one()
    assert tuple(row) == ("accepted", "blocked", "new price list, agreed")
    for source in (entered.invoice.id, paid.id):
        assert _server_entries(engine, source) == _entries(office, source) != set()

    # central buying: head office orders for the branch, the branch receives it
    central, _ = save_draft_order(
        office.deps,
        office.actor("admin"),
        OrderDraft(
            supplier.id,
            [OrderLineDraft(office.products[0], Decimal(6))],
            for_branch_id=alger.branch_id,
        ),
    )
    send_order(office.deps, office.actor("admin"), central.id)
    assert synchronize(office.deps).rejected == 0
    synchronize(alger.deps)
    waiting = find_orders(alger.deps, alger.actor("clerk"), ("open",))
    assert [o.id for o in waiting] == [central.id]
    receive_purchase(
        alger.deps,
        alger.actor("clerk"),
        ReceiptRequest([ReceivedLine(alger.products[0], Decimal(6))], order_id=central.id),
    )
    pushed = synchronize(alger.deps)
    assert pushed.rejected == 0, _refused(office)
    with unit_of_work(engine, head_office=True) as conn:
        raised_at, status = conn.execute(
            text("SELECT branch_id, status FROM purchasing.purchase_orders WHERE id = :id"),
            {"id": central.id},
        ).one()
    assert (raised_at, status) == (office.branch_id, "received")
    assert _unbalanced(engine) == []

    # company-wide purchases, at the cost the goods entered stock at
    by = {
        group: httpx.get(
            f"{url}/api/v1/reports/purchases",
            params={"start": "2026-03-01", "end": "2026-03-31", "group": group},
            auth=("leila", "compta-2026"),
        ).json()["rows"]
        for group in ("supplier", "branch", "product")
    }
    assert by["supplier"] == [["F001", "2", "36", "10780.00"]]  # 26 x 380 + 10 x 90
    assert by["branch"] == [["ALG01", "2", "36", "10780.00"]]
    balance = httpx.get(
        f"{url}/api/v1/reports/trial-balance",
        params={"start": "2026-03-01", "end": "2026-03-31"},
        auth=("leila", "compta-2026"),
    )
    assert balance.status_code == 200, balance.text
    assert "408" in {row[0] for row in balance.json()["rows"]}
    skus = sorted(r[0] for r in by["product"])
    assert [r[2] for r in sorted(by["product"])] == ["26", "10"] and len(skus) == 2


def _refused(site: Branch) -> list[tuple[str, str, object]]:
    with site.deps.store.read() as tx:
        return [(r["entity"], r["error_code"], r["error_params"]) for r in tx.outbox.rejected()]


def test_a_receipt_against_another_branchs_order_is_refused_by_the_server(
    world: tuple[Branch, Branch, str], engine: Engine
) -> None:
    alger, office, _url = world
    [supplier] = find_suppliers(office.deps, office.actor("admin"), "F001")
    for_oran, _ = save_draft_order(
        office.deps,
        office.actor("admin"),
        OrderDraft(
            supplier.id,
            [OrderLineDraft(office.products[1], Decimal(4))],
            for_branch_id=alger.other_branch_id,
        ),
    )
    sent, _ = send_order(office.deps, office.actor("admin"), for_oran.id)
    _sync_ok(office)
    # an altered replica at Alger claims to have received Oran's order
    forged = receive(
        number="ALG01-PR-2026-000999",
        branch_id=alger.branch_id,
        supplier_id=supplier.id,
        received_at=alger.deps.now(),
        lines=[Received(alger.products[1], Decimal(4), Decimal(9), unit_cost=Decimal(90))],
    )[0]
    forged = replace(forged, order_id=sent.id)
    with alger.deps.store.transaction(None) as tx:
        tx.outbox.queue_change(
            "purchase_receipt",
            forged.id,
            payload(forged),
            alger.deps.hlc.now().encode(),
            alger.users["clerk"],
            alger.deps.now(),
        )
    synchronize(alger.deps)
    refused = [r for r in _refused(alger) if r[0] == "purchase_receipt"]
    assert [r[1] for r in refused] == ["payables.order_for_another_branch"]
    with unit_of_work(engine, head_office=True) as conn:
        found = conn.execute(
            text("SELECT count(*) FROM purchasing.purchase_receipts WHERE id = :id"),
            {"id": forged.id},
        ).scalar_one()
    assert found == 0


def _sync_ok(site: Branch) -> None:
    report = synchronize(site.deps)
    assert report.rejected == 0, _refused(site)


def test_supplier_returns_are_merged_with_the_replicas_entries_and_offset_the_invoice(
    world: tuple[Branch, Branch, str], engine: Engine
) -> None:
    """A market purchase at Alger, goods sent back before the invoice (the accrual
    reversed), head office's invoice without an order down to Alger (its difference into
    Alger's average cost), then a debit note against it that offsets the invoice at head
    office; a forged return of more than is left is refused by the server."""
    alger, office, _url = world
    [supplier] = find_suppliers(office.deps, office.actor("admin"), "F001")
    clerk = alger.actor("clerk")
    came, _ = receive_purchase(
        alger.deps,
        clerk,
        ReceiptRequest(
            [ReceivedLine(alger.products[2], Decimal(10), unit_cost=Decimal(200))],
            supplier_id=supplier.id,
        ),
    )
    line = came.receipt.lines[0]
    back, _ = return_to_supplier(
        alger.deps, clerk, ReturnRequest(came.receipt.id, [ReturnedLine(line.id, Decimal(3))])
    )
    _sync_ok(alger)
    assert _server_entries(engine, back.id) == _entries(alger, back.id) != set()
    with unit_of_work(engine, head_office=True) as conn:
        kinds = conn.execute(
            text("SELECT kind FROM inventory.stock_movements WHERE document_id = :d"),
            {"d": back.id},
        ).scalars()
        assert list(kinds) == ["supplier_return"]

    synchronize(office.deps)  # the receipt and the return reach head office
    accountant = office.actor("accountant")
    entered, _ = enter_supplier_invoice(
        office.deps,
        accountant,
        InvoiceEntry(
            supplier.id,
            "MKT-0042",
            [InvoiceLineEntry(Decimal(7), Decimal("210.00"), product_id=office.products[2])],
        ),
    )
    invoice = entered.invoice
    assert (invoice.match, invoice.receipt_id) == ("matched", came.receipt.id)  # 10 - 3 = 7
    _sync_ok(office)
    with alger.deps.store.read() as tx:
        warehouse = tx.org.default_warehouse(alger.branch_id)
        before = tx.stock.stock_position(warehouse, alger.products[2])
    synchronize(alger.deps)  # the invoice comes down to the branch of its receipt
    with alger.deps.store.read() as tx:
        after = tx.stock.stock_position(warehouse, alger.products[2])
    # 7 x 10 of difference, all of it on what Alger still holds
    assert after.average_cost == (
        (before.quantity * before.average_cost + 70) / before.quantity
    ).quantize(after.average_cost)

    note, _ = return_to_supplier(
        alger.deps, clerk, ReturnRequest(came.receipt.id, [ReturnedLine(line.id, Decimal(2))])
    )
    assert note.invoice_id == invoice.id and note.total.amount == Decimal("457.80")  # 420 + 9 %
    _sync_ok(alger)
    assert _server_entries(engine, note.id) == _entries(alger, note.id) != set()
    synchronize(office.deps)
    [item] = [
        i
        for i in open_invoices_of(office.deps, accountant, supplier.id)
        if i.invoice_id == invoice.id
    ]
    assert item.open.amount == invoice.total.amount - Decimal("457.80")

    forged = replace(note, id=new_id(), number="ALG01-SR-2026-000999")
    forged = replace(
        forged, lines=tuple(replace(ln, id=new_id(), quantity=Decimal(6)) for ln in forged.lines)
    )
    with alger.deps.store.transaction(None) as tx:
        tx.outbox.queue_change(
            "supplier_return",
            forged.id,
            payload(forged),
            alger.deps.hlc.now().encode(),
            alger.users["clerk"],
            alger.deps.now(),
        )
    synchronize(alger.deps)
    refused = [r for r in _refused(alger) if r[0] == "supplier_return"]
    assert [r[1] for r in refused] == ["payables.return_above_received"]
    assert _unbalanced(engine) == []
