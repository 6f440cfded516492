"""A purchasing month across two branches, head office and the server (issue 14's "done
means"), end to end over HTTP on PostgreSQL with the real sync client.

Reorder suggestions at Alger become one order per supplier (a wholesaler in dinars, an
importer in euros); Oran orders for itself; both receive in part. Head office pulls the
orders and receipts and enters three supplier invoices: Oran's, matching; Alger's, with a
price difference the accountant accepts with a reason; the import, in EUR at its own rate
with freight spread over its lines. It pays by transfer and by traite (in part). Oran
sends a coffee back before its invoice, Alger two milks after theirs (a debit note). Then:
average costs moved at the receiving branch (on receipt, then by the import's invoice), "invoices not yet received" holds exactly
what arrived and was not invoiced, the payable equals the open items, and every entry
balances on every replica and on the server.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.catalog_editing import ProductEdit, save_product
from erp_desktop.app.purchasing.invoices import (
    InvoiceEntry,
    InvoiceLineEntry,
    accept_mismatch,
    enter_supplier_invoice,
)
from erp_desktop.app.purchasing.orders import (
    OrderDraft,
    OrderLineDraft,
    save_draft_order,
    send_order,
)
from erp_desktop.app.purchasing.payments import PaymentEntry, open_invoices_of, pay_supplier
from erp_desktop.app.purchasing.receiving import ReceiptRequest, ReceivedLine, receive_purchase
from erp_desktop.app.purchasing.reorder import orders_from_suggestions
from erp_desktop.app.purchasing.returns import ReturnRequest, return_to_supplier
from erp_desktop.app.purchasing.suppliers import SuppliedProductEdit, SupplierEdit, save_supplier
from erp_desktop.kernel.documents.purchase import PurchaseOrder
from erp_desktop.kernel.documents.supplier_return import ReturnedLine
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from sync_server.services.exchange_rates import set_exchange_rate
from tests.builders import Branch, build_branch
from tests.desktop.purchasing.flow import balances
from tests.server.conftest import engine, pg_url  # noqa: F401  (PostgreSQL per module)
from tests.server.helpers import head_office_for, register_users, running_server

COFFEE, MILK, OIL = 0, 1, 2


@pytest.fixture(scope="module")
def sites(
    engine: Engine,  # noqa: F811
    pg_url: str,  # noqa: F811
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Branch, Branch, Branch]]:
    alger = build_branch(Path(tmp_path_factory.mktemp("alger")), stock=5)
    ids = alger.ids  # type: ignore[attr-defined]
    oran = build_branch(
        Path(tmp_path_factory.mktemp("oran")), "ALG02", stock=5, ids=ids, user_prefix="oran_"
    )
    office = build_branch(
        Path(tmp_path_factory.mktemp("office")), "HO", stock=0, ids=ids, user_prefix="ho_"
    )
    head_office_for(engine, alger)
    ho = office.ids  # type: ignore[attr-defined]
    headoffice.add_head_office(engine, "HO", "Siège Alger", "المقر", ho["ho"], ho["wh_ho"])
    register_users(engine, oran)
    register_users(engine, office)
    set_exchange_rate(engine, "EUR", "DZD", date(2026, 3, 10), "145.50")
    with running_server(pg_url) as url:
        for site, code in ((alger, "ALG01"), (oran, "ALG02"), (office, "HO")):
            _device, token = headoffice.add_device(engine, code, f"PC {code}")
            client = SyncClient(url)
            enroll_device(site.deps, client, token)
            client.close()
        for site in (office, alger, oran):
            synchronize(site.deps)
        yield alger, oran, office
    for site in (alger, oran, office):
        site.replica.close()


def _sync(site: Branch) -> None:
    report = synchronize(site.deps)
    with site.deps.store.read() as tx:
        refused = [(r["entity"], r["error_code"]) for r in tx.outbox.rejected()]
    assert report.rejected == 0 and not refused, refused


def _position(site: Branch, index: int) -> tuple[Decimal, Decimal]:
    with site.deps.store.read() as tx:
        warehouse = tx.org.default_warehouse(site.branch_id)
        found = tx.stock.stock_position(warehouse, site.products[index])
    return found.quantity, found.average_cost


def _server_balance(engine: Engine, account: str) -> Decimal:  # noqa: F811
    with unit_of_work(engine, head_office=True) as conn:
        minor = conn.execute(
            text(
                "SELECT coalesce(sum(CASE WHEN side = 'debit' THEN amount_minor "
                "ELSE -amount_minor END), 0) FROM accounting.journal_lines "
                "WHERE account_code = :a"
            ),
            {"a": account},
        ).scalar_one()
    return Decimal(minor) / 100


def _order_of(orders: list[PurchaseOrder], supplier_id: object) -> PurchaseOrder:
    return next(o for o in orders if o.supplier_id == supplier_id)


def test_a_purchasing_month(sites: tuple[Branch, Branch, Branch], engine: Engine) -> None:  # noqa: F811
    alger, oran, office = sites
    # the branches' opening stock came in through goods receipts: the accounts move from here
    before = {a: _server_balance(engine, a) for a in ("401", "403", "408", "666")}
    admin = office.actor("admin")
    # head office: reorder points of 10, two suppliers
    with office.deps.store.read() as tx:
        catalog = {i: tx.catalog.product(office.products[i]) for i in (COFFEE, MILK, OIL)}
    for product in catalog.values():
        save_product(
            office.deps,
            admin,
            ProductEdit(
                product.id,
                product.sku,
                product.name,
                product.name_ar,
                product.unit,
                Decimal(product.price_minor) / 100,
                product.tax_class,
                reorder_point=Decimal(10),
            ),
        )
    wholesaler, _ = save_supplier(
        office.deps,
        admin,
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
                SuppliedProductEdit(office.products[COFFEE], "CAF-250", Decimal("380.00"), 4),
                SuppliedProductEdit(office.products[MILK], "LAIT-1L", Decimal("90.00"), 4),
            ],
        ),
    )
    importer, _ = save_supplier(
        office.deps,
        admin,
        SupplierEdit(
            None,
            "IMP1",
            "Olivar SL",
            "",
            "ES",
            "EUR",
            "net:60",
            {"vat": "ESB12345678"},
            "",
            [SuppliedProductEdit(office.products[OIL], "OLV-5L", Decimal("6.00"), 21, Decimal(5))],
        ),
    )
    _sync(office)
    for site in (alger, oran):
        _sync(site)
    coffee_cost_before = _position(alger, COFFEE)[1]

    # Alger: the suggestions (5 on hand, point 10: back to 20) become one order per supplier
    manager = alger.actor("manager")
    drafts, _ = orders_from_suggestions(alger.deps, manager)
    assert {d.supplier_id for d in drafts} == {wholesaler.id, importer.id}
    sent = [send_order(alger.deps, manager, d.id)[0] for d in drafts]
    local, imported = _order_of(sent, wholesaler.id), _order_of(sent, importer.id)
    assert [ln.quantity for ln in local.lines] == [15, 15]
    assert imported.lines[0].quantity == 15  # three packs of five
    assert imported.rate == Decimal("145.50")
    # Oran orders ten coffees for itself
    oran_draft, _ = save_draft_order(
        oran.deps,
        oran.actor("manager"),
        OrderDraft(wholesaler.id, [OrderLineDraft(oran.products[COFFEE], Decimal(10))]),
    )
    oran_order, _ = send_order(oran.deps, oran.actor("manager"), oran_draft.id)

    # partial receipts at both branches
    clerk = alger.actor("clerk")
    alger_receipt, _ = receive_purchase(
        alger.deps,
        clerk,
        ReceiptRequest(
            [
                ReceivedLine(alger.products[COFFEE], Decimal(15)),
                ReceivedLine(alger.products[MILK], Decimal(10)),
            ],
            order_id=local.id,
        ),
    )
    receive_purchase(
        alger.deps,
        clerk,
        ReceiptRequest([ReceivedLine(alger.products[OIL], Decimal(15))], order_id=imported.id),
    )
    oran_receipt = receive_purchase(
        oran.deps,
        oran.actor("clerk"),
        ReceiptRequest([ReceivedLine(oran.products[COFFEE], Decimal(6))], order_id=oran_order.id),
    )[0]
    assert oran_receipt.order_status == "partially_received"
    quantity, cost = _position(alger, COFFEE)
    assert quantity == 20
    assert cost == ((5 * coffee_cost_before + 15 * Decimal(380)) / 20).quantize(cost)
    for site in (alger, oran):
        _sync(site)
    _sync(office)  # head office pulls the orders and receipts

    # head office: three invoices
    accountant = office.actor("accountant")
    matching, _ = enter_supplier_invoice(
        office.deps,
        accountant,
        InvoiceEntry(
            wholesaler.id,
            "FA-101",
            [InvoiceLineEntry(Decimal(6), Decimal("380.00"), product_id=office.products[COFFEE])],
            order_id=oran_order.id,
        ),
    )
    assert matching.invoice.match == "matched"
    differing, _ = enter_supplier_invoice(
        office.deps,
        accountant,
        InvoiceEntry(
            wholesaler.id,
            "FA-102",
            [
                InvoiceLineEntry(
                    Decimal(15), Decimal("380.00"), product_id=office.products[COFFEE]
                ),
                InvoiceLineEntry(Decimal(10), Decimal("95.00"), product_id=office.products[MILK]),
            ],
            order_id=local.id,
        ),
    )
    assert [p.kind for p in differing.problems] == ["price_differs"]
    accept_mismatch(office.deps, accountant, differing.invoice.id, "March price list, confirmed")
    imported_invoice, _ = enter_supplier_invoice(
        office.deps,
        accountant,
        InvoiceEntry(
            importer.id,
            "VAL-2026-31",
            [
                InvoiceLineEntry(
                    Decimal(15),
                    Decimal("6.00"),
                    product_id=office.products[OIL],
                    vat_rate=Decimal(0),
                ),
                InvoiceLineEntry(Decimal(1), Decimal("45.00"), "freight", vat_rate=Decimal(0)),
            ],
            order_id=imported.id,
            rate=Decimal("146.00"),
        ),
    )
    assert imported_invoice.invoice.match == "matched"
    [share] = imported_invoice.landed
    # 45 EUR of freight at 146 = 6,570 DA over 15 cans: 438 DA each on 873 DA received
    assert share.share.amount == Decimal(6570)
    assert share.unit_cost == Decimal("873.0000") + Decimal(438)

    # payments: Oran's in full by transfer, Alger's in part by traite, the import in EUR
    pay_supplier(
        office.deps,
        accountant,
        PaymentEntry(
            wholesaler.id,
            "transfer",
            matching.invoice.total.amount,
            explicit={matching.invoice.id: matching.invoice.total.amount},
        ),
    )
    pay_supplier(
        office.deps,
        accountant,
        PaymentEntry(
            wholesaler.id,
            "traite",
            Decimal(5000),
            explicit={differing.invoice.id: Decimal(5000)},
            instrument_number="LC-7731",
            instrument_due=date(2026, 5, 31),
        ),
    )
    pay_supplier(
        office.deps,
        accountant,
        PaymentEntry(importer.id, "transfer", Decimal("135.00"), rate=Decimal("147.00")),
    )
    _sync(office)
    oil_before = _position(alger, OIL)
    _sync(alger)  # the import's invoice comes down to the branch that received the oil
    # its rate difference (15 x 6 EUR at 146 instead of 145.50: 45 DA) and its freight
    # (6,570 DA) go into the average cost of the 20 cans Alger holds
    quantity, oil_cost = _position(alger, OIL)
    assert quantity == 20
    assert oil_cost == ((oil_before[1] * 20 + 45 + 6570) / 20).quantize(oil_cost)

    # Oran's last coffees arrive after the invoice: received, not invoiced yet; one goes
    # back to the wholesaler before its invoice (the accrual reversed at its cost)
    last, _ = receive_purchase(
        oran.deps,
        oran.actor("clerk"),
        ReceiptRequest([ReceivedLine(oran.products[COFFEE], Decimal(4))], order_id=oran_order.id),
    )
    back, _ = return_to_supplier(
        oran.deps,
        oran.actor("clerk"),
        ReturnRequest(last.receipt.id, [ReturnedLine(last.receipt.lines[0].id, Decimal(1))]),
    )
    assert back.invoice_id is None and back.total.amount == 380
    _sync(oran)
    # Alger sends two milks back once invoiced at 95: a debit note of 190 and 9 % VAT
    milk = next(ln for ln in alger_receipt.receipt.lines if ln.product_id == alger.products[MILK])
    note, _ = return_to_supplier(
        alger.deps,
        clerk,
        ReturnRequest(alger_receipt.receipt.id, [ReturnedLine(milk.id, Decimal(2))], reason="sour"),
    )
    assert (note.invoice_id, note.total.amount) == (differing.invoice.id, Decimal("207.10"))
    _sync(alger)
    _sync(office)  # the returns reach head office

    # "invoices not yet received" holds exactly the three coffees not invoiced nor returned
    assert _server_balance(engine, "408") - before["408"] == Decimal(-3 * 380)
    # the payable equals the open items: what is left of Alger's invoice
    open_items = open_invoices_of(office.deps, accountant, wholesaler.id)
    open_items += open_invoices_of(office.deps, accountant, importer.id)
    left = sum((i.open.amount for i in open_items), Decimal(0))
    assert [i.number for i in open_items] == [differing.invoice.number]
    assert left == differing.invoice.total.amount - 5000 - Decimal("207.10")  # the note
    assert _server_balance(engine, "401") - before["401"] == -left
    assert balances(office)["401"] == -left
    assert _server_balance(engine, "403") - before["403"] == -5000  # the traite, due 31 May
    # 135 EUR booked at 146 (19,710 DA) paid at 147 (19,845 DA): 135 DA of exchange loss
    assert _server_balance(engine, "666") - before["666"] == 135
    # every entry balances, on every replica and on the server
    for site in (alger, oran, office):
        balances(site)  # asserts each entry is balanced
    with unit_of_work(engine, head_office=True) as conn:
        unbalanced = conn.execute(
            text(
                "SELECT count(*) FROM (SELECT entry_id FROM accounting.journal_lines "
                "GROUP BY entry_id HAVING sum(CASE WHEN side = 'debit' THEN amount_minor "
                "ELSE -amount_minor END) <> 0) AS e"
            )
        ).scalar_one()
    assert unbalanced == 0
