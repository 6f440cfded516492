"""Two branch replicas and the server, end to end over HTTP with the real sync client:
enrollment, a day pushed, a new product pulled and scanned at the till, a transfer from
Alger to Oran through the server, work going on offline, and a clean reconciliation."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text

from erp_desktop.app.auth import log_in_with_pin
from erp_desktop.app.catalog import scan
from erp_desktop.app.customers import save_customer
from erp_desktop.app.stock.transfers import receive_transfer, send_transfer
from erp_desktop.app.sync_status import sync_status
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.bootstrap import join_company, open_branch, replica_path, workstation_register
from erp_desktop.kernel.barcodes import make_ean13
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.kernel.tax.catalog import TAX_CATALOGS_SETTING, default_catalog
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.stock_view import StockView
from erp_desktop.ui.tasks import TaskRunner
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from sync_server.services.exchange_rates import set_exchange_rate
from sync_server.services.reconcile import reconcile
from sync_server.services.tax_catalogs import set_tax_catalog
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for, register_users, running_server


@pytest.fixture(scope="module")
def world(
    engine: Engine, pg_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Branch, Branch]]:
    alger = build_branch(Path(tmp_path_factory.mktemp("alger")))
    oran = build_branch(
        Path(tmp_path_factory.mktemp("oran")), "ALG02", ids=alger.ids, user_prefix="oran_"
    )  # type: ignore[attr-defined]
    head_office_for(engine, alger)
    register_users(engine, oran)
    with running_server(pg_url) as url:
        for branch, code in ((alger, "ALG01"), (oran, "ALG02")):
            _device, token = headoffice.add_device(engine, code, f"till {code}")
            client = SyncClient(url)
            enroll_device(branch.deps, client, token)
            client.close()
        yield url, alger, oran
    alger.replica.close()
    oran.replica.close()


def test_a_branch_day_goes_up_and_head_office_changes_come_down(
    world: tuple[str, Branch, Branch], engine: Engine
) -> None:
    _url, alger, _oran = world
    cashier = alger.actor("cashier")
    open_cash_session(alger.deps, cashier, Money.of(Decimal(1000), "DZD"))
    checkout(
        alger.deps,
        cashier,
        CheckoutRequest(
            (CartLine(alger.products[0], Decimal(2)),),
            (Tender(TenderKind.CARD, Money.of(Decimal(900), "DZD")),),
        ),
    )
    waiting = sync_status(alger.deps).pending
    report = synchronize(alger.deps)
    assert (report.accepted, report.rejected) == (waiting, 0)
    assert sync_status(alger.deps).pending == 0
    assert sync_status(alger.deps).last_sync is not None
    with unit_of_work(engine, branch_id=alger.branch_id) as conn:
        assert conn.execute(text("SELECT count(*) FROM sales.documents")).scalar_one() == 1

    code = make_ean13("613999000001")
    headoffice.import_products(
        engine,
        [
            {
                "sku": "HARISSA",
                "name": "Harissa du Cap Bon 135 g",
                "name_ar": "هريسة الوطن القبلي 135 غ",
                "unit": "pce",
                "price": "185",
                "currency": "DZD",
                "tax_class": "standard",
                "barcodes": code,
            }
        ],
    )
    assert synchronize(alger.deps).pulled >= 2  # the product and its barcode
    found = scan(alger.deps, cashier, code)
    assert (found.product.name_ar, found.product.price_minor) == ("هريسة الوطن القبلي 135 غ", 18500)


def test_exchange_rates_set_at_head_office_reach_the_till(
    world: tuple[str, Branch, Branch], engine: Engine
) -> None:
    _url, alger, _oran = world
    day = alger.deps.now().date()
    with alger.deps.store.read() as tx:
        yesterday = tx.catalog.exchange_rate("EUR", "DZD", day - timedelta(days=1))
    set_exchange_rate(engine, "EUR", "DZD", day, "145.23")
    set_exchange_rate(engine, "USD", "DZD", day, "133.5")
    synchronize(alger.deps)
    set_exchange_rate(engine, "EUR", "DZD", day, "146.10")  # corrected the same day
    synchronize(alger.deps)
    with alger.deps.store.read() as tx:
        assert tx.catalog.exchange_rate("EUR", "DZD", day) == Decimal("146.10")
        assert tx.catalog.exchange_rate("USD", "DZD", day + timedelta(days=3)) == Decimal("133.5")
        assert tx.catalog.exchange_rate("EUR", "DZD", day - timedelta(days=1)) == yesterday


def test_a_new_vat_rate_set_at_head_office_applies_at_the_till_from_its_first_day(
    world: tuple[str, Branch, Branch], engine: Engine, tmp_path: Path
) -> None:
    _url, alger, _oran = world
    law = json.loads(json.dumps(default_catalog().documents["DZ"]))
    standard = next(r for r in law["vat"] if r["tax_class"] == "standard")
    standard["valid_to"] = "2026-12-31"
    law["vat"].append({**standard, "rate": "20", "valid_from": "2027-01-01", "valid_to": None})
    new_year = date(2027, 1, 1)
    assert alger.deps.taxes.vat_rate("DZ", "standard", new_year).rate == Decimal(19)
    set_tax_catalog(engine, "DZ", law)
    synchronize(alger.deps)
    assert alger.deps.taxes.vat_rate("DZ", "standard", new_year).rate == Decimal(20)
    assert alger.deps.taxes.vat_rate("DZ", "standard", date(2026, 12, 31)).rate == Decimal(19)
    with alger.deps.store.read() as tx:  # kept for the next start (bootstrap.open_branch)
        kept = tx.org.setting(TAX_CATALOGS_SETTING)
    assert default_catalog().with_document("DZ", kept["DZ"]).vat_rate(
        "DZ", "standard", new_year
    ).rate == Decimal(20)
    bad = {**law, "vat": [{**standard, "rate": "dix-neuf"}]}
    with pytest.raises(ErpError) as refused:
        set_tax_catalog(engine, "DZ", bad)
    assert refused.value.code == "common.invalid_value"


def test_a_transfer_goes_from_alger_to_oran_through_the_server(
    world: tuple[str, Branch, Branch], engine: Engine
) -> None:
    _url, alger, oran = world
    sent, _ = send_transfer(
        alger.deps, alger.actor("clerk"), oran.branch_id, [(alger.products[4], Decimal(6))]
    )
    synchronize(alger.deps)
    synchronize(oran.deps)  # the transfer arrives in Oran's replica
    _received, differences, _ = receive_transfer(oran.deps, oran.actor("clerk"), sent.id)
    assert differences == {}
    assert synchronize(oran.deps).rejected == 0
    with unit_of_work(engine, head_office=True) as conn:
        status = conn.execute(
            text("SELECT status FROM inventory.stock_documents WHERE id = :id"), {"id": sent.id}
        ).scalar_one()
    assert status == "received"
    assert reconcile(engine).clean, reconcile(engine).lines()


def test_without_the_server_the_branch_keeps_working(world: tuple[str, Branch, Branch]) -> None:
    _url, alger, _oran = world
    cashier = alger.actor("cashier")
    checkout(
        alger.deps,
        cashier,
        CheckoutRequest(
            (CartLine(alger.products[1], Decimal(1)),),
            (Tender(TenderKind.CARD, Money.of(Decimal(120), "DZD")),),
        ),
    )
    pending = sync_status(alger.deps).pending
    offline = SyncClient("http://127.0.0.1:9")  # nothing listens there
    with pytest.raises(ErpError) as error:
        synchronize(alger.deps, offline)
    assert error.value.code == "sync.offline"
    assert sync_status(alger.deps).pending == pending  # nothing lost, nothing marked
    assert synchronize(alger.deps).accepted == pending


def test_a_customer_edited_in_both_branches_merges_field_by_field(
    world: tuple[str, Branch, Branch], engine: Engine
) -> None:
    _url, alger, oran = world
    customer, _ = save_customer(
        alger.deps,
        alger.actor("cashier"),
        None,
        name="Benali",
        name_ar="بن علي",
        phone="0550 12 34 56",
    )
    synchronize(alger.deps)
    synchronize(oran.deps)
    with oran.deps.store.read() as tx:
        assert tx.customers.customer(customer.id).phone == "0550 12 34 56"
    # Offline in both places: Alger fixes the name, later Oran changes the phone.
    save_customer(alger.deps, alger.actor("cashier"), customer.id, name="Mme Benali")
    oran.clock.set(oran.clock.now() + timedelta(minutes=1))
    save_customer(oran.deps, oran.actor("cashier"), customer.id, phone="0661 00 00 00")
    synchronize(oran.deps)
    synchronize(alger.deps)
    synchronize(oran.deps)
    for branch in (alger, oran):
        with branch.deps.store.read() as tx:
            merged = tx.customers.customer(customer.id)
        assert (merged.name, merged.name_ar, merged.phone) == (
            "Mme Benali",
            "بن علي",
            "0661 00 00 00",
        )
    with unit_of_work(engine, head_office=True) as conn:
        row = conn.execute(
            text("SELECT name, phone FROM crm.customers WHERE id = :id"), {"id": customer.id}
        ).one()
    assert tuple(row) == ("Mme Benali", "0661 00 00 00")


def test_the_stock_screen_shows_what_other_branches_hold(
    world: tuple[str, Branch, Branch], qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    _url, alger, oran = world
    synchronize(oran.deps)  # Oran's levels are on the server
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    ctx = UiContext(alger.deps, TaskRunner("alger-db"), languages, tmp_path, alger.register_id)
    ctx.actor = alger.actor("clerk")
    view = StockView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.model.data(view.model.index(0, 1))  # what painting does: asks for the first page
    qtbot.waitUntil(lambda: view.model.row_at(0) is not None, timeout=5000)
    coffee = next(i for i in range(view.model.rowCount()) if view.model.row_at(i).sku == "SKU0000")  # type: ignore[union-attr]
    view.table.selectRow(coffee)
    qtbot.waitUntil(lambda: view.elsewhere.text() != "", timeout=10000)
    with oran.deps.store.read() as tx:
        held = tx.stock.stock_position(oran.ids["wh02"], alger.products[0]).quantity  # type: ignore[attr-defined]
    assert view.elsewhere.text() == f"Disponible ailleurs : ALG02 {held}"
    harissa = next(i for i in range(view.model.rowCount()) if view.model.row_at(i).sku == "HARISSA")  # type: ignore[union-attr]
    view.table.selectRow(harissa)
    qtbot.waitUntil(lambda: view.elsewhere.text() == "Aucun autre magasin n'en a.", timeout=10000)
    ctx.shutdown()


def test_a_new_branch_pc_joins_the_company_and_sells_at_once(
    world: tuple[str, Branch, Branch], engine: Engine, tmp_path: Path
) -> None:
    url, _alger, _oran = world
    headoffice.add_branch(engine, "TLM01", "Tlemcen", "تلمسان")
    headoffice.add_register(engine, "TLM01", "C1", 500)
    headoffice.add_user(
        engine, "sofiane", "Sofiane", "tlemcen-2026", ["cashier"], "TLM01", pin="4321"
    )
    _device, token = headoffice.add_device(engine, "TLM01", "till 1")
    with pytest.raises(ErpError):
        join_company(tmp_path / "bad", url, "not-the-token")
    assert not replica_path(tmp_path / "bad").exists()  # nothing half-made is left

    join_company(tmp_path / "tlm", url, token)
    branch = open_branch(tmp_path / "tlm")
    try:
        with branch.deps.store.read() as tx:
            assert tx.org.local_branch().code == "TLM01"
            assert tx.org.company().country == "DZ"
        # the 2027 VAT rate head office set above came down with the join and is in use
        assert branch.deps.taxes.vat_rate("DZ", "standard", date(2027, 1, 1)).rate == 20
        register = workstation_register(branch, tmp_path / "tlm")
        cashier = log_in_with_pin(branch.deps, "4321", register)  # offline, with the pulled hash
        assert cashier.username == "sofiane"
        open_cash_session(branch.deps, cashier, Money.of(Decimal(0), "DZD"))
        product = scan(branch.deps, cashier, make_ean13("613999000001")).product  # the harissa
        checkout(
            branch.deps,
            cashier,
            CheckoutRequest(
                (CartLine(product.id, Decimal(1)),),
                (Tender(TenderKind.CARD, Money.of(Decimal(185), "DZD")),),
            ),
        )
        report = synchronize(branch.deps)
        assert report.rejected == 0 and report.accepted > 0
    finally:
        branch.close()


def test_operators_enroll_and_sync_from_the_command_line(
    world: tuple[str, Branch, Branch], engine: Engine, tmp_path: Path
) -> None:
    url, _alger, _oran = world
    headoffice.add_branch(engine, "ANB01", "Annaba", "عنابة")
    headoffice.add_register(engine, "ANB01", "C1", 500)
    headoffice.add_user(engine, "nadia", "Nadia", "annaba-2026", ["branch_manager"], "ANB01")
    _device, token = headoffice.add_device(engine, "ANB01", "back office")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "erp_desktop", "--data-dir", str(tmp_path), *args],
            capture_output=True,
            text=True,
            timeout=120,
        )

    joined = cli("enroll", "--server", url, "--token", token)
    assert joined.returncode == 0, joined.stderr
    assert "joined" in joined.stdout
    synced = cli("sync")
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.startswith("sent 0, refused 0, received ")
    again = cli("enroll", "--server", url, "--token", token)  # the token was spent
    assert again.returncode == 1 and "auth.invalid_credentials" in again.stderr
