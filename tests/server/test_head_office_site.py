"""Head office is a site too, end to end over HTTP with the real sync client: its own
replica and device, the catalog and prices it edits reaching a branch's till, the server
refusing what a site does not own, and a month closed at head office making a late branch
sale post on the first open day with an alert, never refused."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.accounting.reports import close_period
from erp_desktop.app.catalog import scan
from erp_desktop.app.catalog_editing import ProductEdit, save_product
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.barcodes import make_ean13
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server import cli
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for, register_users, running_server

HARISSA = make_ean13("613999000001")


def DA(value: int | str) -> Money:
    return Money.of(Decimal(value), "DZD")


@pytest.fixture(scope="module")
def world(
    engine: Engine, pg_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Branch, Branch]]:
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
        synchronize(office.deps)  # head office's replica learns it is head office's
        yield alger, office
    alger.replica.close()
    office.replica.close()


def outbox_row(site: Branch, entity: str) -> dict[str, Any]:
    with site.deps.store.read() as tx:
        return next(r for r in tx.outbox.rejected() if r["entity"] == entity)


def test_a_product_edited_at_head_office_reaches_the_branch_till_at_its_new_price(
    world: tuple[Branch, Branch], engine: Engine
) -> None:
    alger, office = world
    admin = office.actor("admin")
    with office.deps.store.read() as tx:
        coffee = tx.catalog.product(alger.products[0])
    save_product(
        office.deps,
        admin,
        ProductEdit(
            coffee.id,
            coffee.sku,
            coffee.name,
            coffee.name_ar,
            coffee.unit,
            Decimal("475.00"),  # was 450
            coffee.tax_class,
        ),
    )
    save_product(
        office.deps,
        admin,
        ProductEdit(
            None,
            "HARISSA",
            "Harissa du Cap Bon 135 g",
            "هريسة الوطن القبلي 135 غ",
            "pce",
            Decimal("185.00"),
            "standard",
            barcode=HARISSA,
        ),
    )
    pushed = synchronize(office.deps)
    assert (pushed.accepted, pushed.rejected) == (2, 0)

    synchronize(alger.deps)
    cashier = alger.actor("cashier")
    found = scan(alger.deps, cashier, HARISSA)
    assert (found.product.name, found.product.price_minor) == ("Harissa du Cap Bon 135 g", 18500)
    open_cash_session(alger.deps, cashier, DA(1000))
    sale = checkout(
        alger.deps,
        cashier,
        CheckoutRequest(
            (CartLine(found.product.id, Decimal(1)), CartLine(coffee.id, Decimal(2))),
            (Tender(TenderKind.CARD, DA(185 + 2 * 475)),),
        ),
    ).sale
    assert synchronize(alger.deps).rejected == 0
    with unit_of_work(engine, branch_id=alger.branch_id) as conn:
        total = conn.execute(
            text("SELECT total_minor FROM sales.documents WHERE id = :id"), {"id": sale.id}
        ).scalar_one()
    assert total == (185 + 2 * 475) * 100  # sold at head office's new prices


def test_a_branch_pushing_a_price_is_refused_and_the_price_stays_head_offices(
    world: tuple[Branch, Branch], engine: Engine
) -> None:
    alger, _office = world
    with alger.deps.store.transaction(None) as tx:  # an old client, or an altered replica
        product = tx.catalog.product(alger.products[1])
        tx.outbox.queue_change(
            "product",
            product.id,
            {
                "id": str(product.id),
                "sku": product.sku,
                "name": product.name,
                "name_ar": product.name_ar,
                "unit": product.unit,
                "price_minor": 1,
                "currency": "DZD",
                "price_mode": "tax_included",
                "tax_class": product.tax_class,
                "reorder_point_milli": 0,
                "barcodes": [],
                "category_id": None,
            },
            alger.deps.hlc.now().encode(),
            alger.users["admin"],
            alger.deps.now(),
        )
    assert synchronize(alger.deps).rejected == 1
    refused = outbox_row(alger, "product")
    assert (refused["error_code"], refused["error_params"]) == (
        "sync.owned_by_head_office",
        {"entity": "product"},
    )
    with unit_of_work(engine, head_office=True) as conn:
        price = conn.execute(
            text("SELECT price_minor FROM inventory.products WHERE id = :id"), {"id": product.id}
        ).scalar_one()
    assert price == 12000


def test_head_office_pushing_a_branch_stock_movement_is_refused(
    world: tuple[Branch, Branch], engine: Engine
) -> None:
    alger, office = world
    movement = new_id()
    with office.deps.store.transaction(None) as tx:
        tx.outbox.queue_change(
            "stock_movement",
            movement,
            {
                "id": str(movement),
                "product_id": str(alger.products[2]),
                "warehouse_id": str(alger.ids["wh01"]),  # type: ignore[attr-defined]
                "kind": "adjustment",
                "quantity_milli": -1000,
                "unit_cost": "700",
                "occurred_at": office.deps.now().isoformat(),
                "document_type": "adjustment",
                "document_id": None,
            },
            office.deps.hlc.now().encode(),
            office.users["admin"],
            office.deps.now(),
        )
    assert synchronize(office.deps).rejected == 1
    refused = outbox_row(office, "stock_movement")
    assert (refused["error_code"], refused["error_params"]) == (
        "sync.owned_by_branches",
        {"entity": "stock_movement"},
    )
    with unit_of_work(engine, head_office=True) as conn:
        found = conn.execute(
            text("SELECT count(*) FROM inventory.stock_movements WHERE id = :id"),
            {"id": movement},
        ).scalar_one()
    assert found == 0


def test_a_late_branch_sale_in_a_month_head_office_closed_posts_on_the_first_open_day(
    world: tuple[Branch, Branch], engine: Engine
) -> None:
    alger, office = world
    cashier = alger.actor("cashier")
    alger.clock.set(datetime(2026, 11, 28, 10, 0, tzinfo=UTC))  # offline from here on
    late = checkout(
        alger.deps,
        cashier,
        CheckoutRequest(
            (CartLine(alger.products[3], Decimal(1)),), (Tender(TenderKind.CARD, DA(95)),)
        ),
    ).sale

    office.clock.set(datetime(2026, 12, 3, 9, 0, tzinfo=UTC))
    close_period(office.deps, office.actor("accountant"), 2026, 11)
    assert synchronize(office.deps).accepted == 1
    with unit_of_work(engine, head_office=True) as conn:
        closed = conn.execute(text("SELECT code FROM accounting.closed_periods")).scalars().all()
    assert closed == ["2026-11"]

    alger.clock.set(datetime(2026, 12, 10, 9, 0, tzinfo=UTC))  # back online
    report = synchronize(alger.deps)
    assert report.rejected == 0  # never refused
    with unit_of_work(engine, branch_id=alger.branch_id) as conn:
        posted = conn.execute(
            text("SELECT entry_date FROM accounting.journal_entries WHERE source_id = :id"),
            {"id": late.id},
        ).scalar_one()
        alerts = (
            conn.execute(
                text("SELECT params FROM sync.alerts WHERE kind = 'posted_after_closed_period'")
            )
            .scalars()
            .all()
        )
    assert posted == date(2026, 12, 1)
    with alger.deps.store.read() as tx:  # the branch's own entry moved to the same day
        (own,) = [e for e in tx.ledger.entries(None, None) if e.source_id == late.id]
    assert own.on == date(2026, 12, 1)
    assert [{k: a[k] for k in ("number", "dated", "posted_on", "period")} for a in alerts] == [
        {
            "number": late.number,
            "dated": "2026-11-28",
            "posted_on": "2026-12-01",
            "period": "2026-11",
        }
    ]

    # The branch now holds head office's close: its own postings follow the same rule.
    alger.clock.set(datetime(2026, 11, 30, 16, 0, tzinfo=UTC))  # a till whose clock is behind
    behind = checkout(
        alger.deps,
        cashier,
        CheckoutRequest(
            (CartLine(alger.products[3], Decimal(1)),), (Tender(TenderKind.CARD, DA(95)),)
        ),
    ).sale
    with alger.deps.store.read() as tx:
        (mine,) = [e for e in tx.ledger.entries(None, None) if e.source_id == behind.id]
    assert mine.on == date(2026, 12, 1)
    alger.clock.set(datetime(2026, 12, 10, 9, 5, tzinfo=UTC))
    assert synchronize(alger.deps).rejected == 0
    with unit_of_work(engine, branch_id=alger.branch_id) as conn:
        theirs = conn.execute(
            text("SELECT entry_date FROM accounting.journal_entries WHERE source_id = :id"),
            {"id": behind.id},
        ).scalar_one()
    assert theirs == mine.on


def test_the_cli_sets_up_head_offices_site_once_and_enrolls_its_pc(
    pg_url: str, engine: Engine, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", pg_url)
    monkeypatch.delenv("ERP_HEAD_OFFICE_KEY", raising=False)
    # this module's head office exists already: a second one is refused
    assert cli.main(["head-office", "add", "HQ2", "--name", "Siège 2", "--name-ar", "مقر"]) == 1
    assert "common.invalid_value" in capsys.readouterr().err
    assert cli.main(["device", "add", "HO", "--name", "PC comptable"]) == 0
    token = capsys.readouterr().out.split()[-1]
    with running_server(pg_url) as url:
        enrolled = SyncClient(url).enroll(token)
    with unit_of_work(engine, head_office=True) as conn:
        kind = conn.execute(
            text("SELECT kind FROM auth.branches WHERE id = :id"), {"id": enrolled.branch_id}
        ).scalar_one()
    assert kind == "head_office"
