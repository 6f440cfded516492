"""A shop set up alone trades for a month with no server, then joins a chain whose catalog
already holds two of its products (one by SKU, one by barcode): its catalog goes up once,
deduplicated, its month of sales, receipts and cash sessions goes up with their numbers and
chains, its stock of the merged products is carried to the chain's, and afterwards the
shop agrees with the server and the server's reconciliation is clean. Real PostgreSQL,
the real HTTP server, the real sync client."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.auth import log_in, log_in_with_pin
from erp_desktop.app.catalog import scan
from erp_desktop.app.catalog_editing import ProductEdit, save_product
from erp_desktop.app.customers import save_customer
from erp_desktop.app.shop_setup.plan import Person, ShopSetup
from erp_desktop.app.shop_setup.product_file import read_product_file
from erp_desktop.app.stock.receipts import ReceiptLine, receive_goods
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import close_cash_session, open_cash_session
from erp_desktop.bootstrap import (
    join_chain,
    open_branch,
    set_up_shop,
    workstation_register,
)
from erp_desktop.kernel.clock import FixedClock
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.kernel.tax.catalog import default_catalog
from erp_desktop.storage.outbox import pending_changes
from erp_desktop.sync.runner import synchronize
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from sync_server.services.joining import invite_shop
from sync_server.services.reconcile import reconcile
from tests.server.helpers import running_server

DAYS = 30
PRODUCTS = (
    "sku,name,name_ar,unit,price,tax_class,barcode,quantity,unit_cost\n"
    "LAIT-1L,Lait entier 1 L,حليب كامل 1 ل,pce,120,reduced,6130000000015,30,90\n"  # chain's SKU
    "SEMOULE,Semoule fine 1 kg,سميد رقيق 1 كغ,pce,95,reduced,6130000000022,,\n"  # its barcode
    "HARISSA,Harissa du Cap Bon,هريسة الوطن القبلي,pce,185,standard,6130000000039,12,120\n"
    "THE-VERT,Thé vert 250 g,شاي أخضر 250 غ,pce,260,standard,,,\n"
)


def chain_catalog() -> list[dict[str, str]]:
    """What the chain already sells: the shop's milk under the same SKU, its semolina
    under another SKU with the same barcode, and a product the shop does not have."""
    line = {"unit": "pce", "currency": "DZD", "name_ar": "منتج"}
    return [
        {
            **line,
            "sku": "LAIT-1L",
            "name": "Lait 1 L (chaîne)",
            "price": "118",
            "tax_class": "reduced",
            "barcodes": "6130000000015",
        },
        {
            **line,
            "sku": "SEM-1KG",
            "name": "Semoule 1 kg (chaîne)",
            "price": "92",
            "tax_class": "reduced",
            "barcodes": "6130000000022",
        },
        {
            **line,
            "sku": "CAFE",
            "name": "Café moulu 250 g",
            "price": "340",
            "tax_class": "standard",
            "barcodes": "6130000000046",
        },
    ]


def trade_a_month(shop: Path, first_day: datetime) -> dict[str, int]:
    """Thirty days: a delivery on Mondays, a few tickets a day by the cashier, a customer,
    the owner's price change, the session counted every night."""
    branch = open_branch(shop)
    clock = FixedClock(first_day)
    branch.deps.clock = clock
    made = {"sales": 0}
    try:
        register = workstation_register(branch, shop)
        owner = log_in(branch.deps, "karim", "secret-owner", register)
        cashier = log_in_with_pin(branch.deps, "1357", register)
        with branch.deps.store.read() as tx:
            ids = {s: tx.catalog.product_by_sku(s) for s in ("LAIT-1L", "SEMOULE", "HARISSA")}
            tea = tx.catalog.product_by_sku("THE-VERT")
        assert tea is not None
        products = {s: p.id for s, p in ids.items() if p is not None}
        customer = save_customer(branch.deps, cashier, None, name="Mme Benali", phone="0550123456")
        for day in range(DAYS):
            morning = first_day + timedelta(days=day)
            clock.set(morning)
            if day % 7 == 0:
                receive_goods(
                    branch.deps,
                    owner,
                    None,
                    None,
                    [
                        ReceiptLine(pid, Decimal(40), Decimal(70), Decimal(9))
                        for pid in products.values()
                    ],
                )
            open_cash_session(branch.deps, cashier, Money.of(Decimal(2000), "DZD"))
            for ticket in range(3):
                clock.set(morning + timedelta(hours=1 + ticket))
                sku = ("LAIT-1L", "SEMOULE", "HARISSA")[ticket]
                checkout(
                    branch.deps,
                    cashier,
                    CheckoutRequest(
                        (CartLine(products[sku], Decimal(2)),),
                        (Tender(TenderKind.CASH, Money.of(Decimal(500), "DZD")),),
                        customer_id=customer.made.id if ticket == 0 else None,
                    ),
                )
                made["sales"] += 1
            clock.set(morning + timedelta(hours=10))
            close_cash_session(branch.deps, cashier, {"1000": 2, "500": 1})
            if day == 10:
                save_product(
                    branch.deps,
                    owner,
                    ProductEdit(
                        tea.id,
                        "THE-VERT",
                        "Thé vert 250 g",
                        "شاي أخضر",
                        "pce",
                        Decimal("275"),
                        "standard",
                    ),
                )
    finally:
        branch.close()
    return made


@pytest.fixture(scope="module")
def joined(
    engine: Engine, pg_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Any]]:
    shop = Path(tmp_path_factory.mktemp("shop")) / "replica"
    csv = Path(tmp_path_factory.mktemp("files")) / "products.csv"
    csv.write_text(PRODUCTS, encoding="utf-8")
    shelves: dict[str, tuple[Decimal, Decimal]] = {}
    products, problems = read_product_file(csv, "DZD", default_catalog().tax_classes("DZ"), shelves)
    assert problems == [] and set(shelves) == {"LAIT-1L", "HARISSA"}
    set_up_shop(
        shop,
        ShopSetup(
            "Épicerie Ben Ali",
            "بقالة بن علي",
            "DZ",
            "DZD",
            {"nif": "000116001234567"},
            "Blida",
            "BLI01",
            "Blida centre",
            "البليدة الوسط",
            "C1",
            (
                Person("karim", "Karim Ben Ali", "secret-owner", "4321", ("owner",)),
                Person("nadia", "Nadia Saadi", "secret-cash", "1357", ("cashier",)),
            ),
            tuple(products),
            opening_stock=tuple((sku, q, c) for sku, (q, c) in shelves.items()),
        ),
    )
    start = datetime.now(UTC).replace(hour=8, minute=0, second=0, microsecond=0)
    made = trade_a_month(shop, start - timedelta(days=DAYS + 1))
    headoffice.set_up_company(engine, "Supérettes El Bahia SARL", "متاجر البهية", "DZ", "DZD")
    headoffice.add_branch(engine, "ALG01", "Alger Centre", "الجزائر الوسطى")
    headoffice.add_user(engine, "nadia", "Nadia of Alger", "another-secret", ["cashier"], "ALG01")
    headoffice.import_products(engine, chain_catalog())
    with unit_of_work(engine, head_office=True) as conn:  # a customer the chain knows
        conn.execute(
            text(
                "INSERT INTO crm.customers (id, name, name_ar, phone, email, tax_id, field_clocks) "
                "VALUES (:id, 'Fatima Benali', '', '+213 550 12 34 56', '', '', '{}')"
            ),
            {"id": new_id()},
        )
    with running_server(pg_url) as url:
        token = invite_shop(engine, "Épicerie Ben Ali, Blida")
        report = join_chain(shop, url, token, "karim", "secret-owner")
        yield {"shop": shop, "url": url, "report": report, "made": made, "token": token}


def test_the_shops_catalog_goes_up_once_deduplicated_by_sku_and_barcode(
    joined: dict[str, Any], engine: Engine
) -> None:
    report = joined["report"]
    assert (report.merged, report.adopted, report.refused) == (2, 2, 0)
    with unit_of_work(engine, head_office=True) as conn:
        rows = conn.execute(text("SELECT sku, active FROM inventory.products ORDER BY sku")).all()
        semolina = conn.execute(
            text(
                "SELECT p.sku FROM inventory.product_barcodes b JOIN inventory.products p "
                "ON p.id = b.product_id WHERE b.barcode = '6130000000022'"
            )
        ).scalar_one()
    assert rows == [
        ("CAFE", True),
        ("HARISSA", True),
        ("LAIT-1L", True),
        ("LAIT-1L~BLI01", False),
        ("SEM-1KG", True),
        ("SEMOULE~BLI01", False),
        ("THE-VERT", True),
    ]
    assert semolina == "SEM-1KG"
    assert list(report.renamed.values()) == ["nadia.bli01"]  # the chain had a nadia
    assert report.customers_matched == 1  # Mme Benali's phone is Fatima Benali's
    with unit_of_work(engine, head_office=True) as conn:
        alert = conn.execute(
            text("SELECT params FROM sync.alerts WHERE kind = 'join.customer_known'")
        ).scalar_one()
    assert (alert["name"], alert["company_name"], alert["by"]) == (
        "Mme Benali",
        "Fatima Benali",
        "phone",
    )
    with unit_of_work(engine, head_office=True) as conn:
        roles = conn.execute(
            text("SELECT roles FROM auth.users WHERE username = 'karim'")
        ).scalar_one()
    assert roles == ["branch_manager", "accountant"]  # head office keeps the rest


def test_the_shops_month_keeps_its_numbers_and_chains_and_is_posted_once(
    joined: dict[str, Any], engine: Engine
) -> None:
    with unit_of_work(engine, head_office=True) as conn:
        numbers = (
            conn.execute(text("SELECT number FROM sales.documents ORDER BY number")).scalars().all()
        )
        posted = conn.execute(
            text(
                "SELECT count(DISTINCT source_id), count(*) FROM accounting.journal_entries "
                "WHERE source_type = 'receipt'"
            )
        ).one()
    assert len(numbers) == joined["made"]["sales"] == 3 * DAYS
    assert all(n.startswith("BLI01-C1-") for n in numbers)
    assert tuple(posted) == (3 * DAYS, 3 * DAYS)
    branch = open_branch(joined["shop"])
    try:
        with branch.replica.read() as conn:
            left = [r for r in pending_changes(conn, 10_000)]
            joined_rows = (
                conn.execute(text("SELECT entity FROM outbox WHERE state = 'joined'"))
                .scalars()
                .all()
            )
    finally:
        branch.close()
    assert left == []
    assert joined_rows == ["product"]  # the owner's price change went up with the catalog


def test_the_shop_now_syncs_like_a_branch_and_both_sides_agree(
    joined: dict[str, Any], engine: Engine
) -> None:
    shop = joined["shop"]
    branch = open_branch(shop)
    try:
        with branch.deps.store.read() as tx:
            site = tx.org.local_branch()
            company = tx.org.company()
        assert (site.code, site.kind) == ("BLI01", "branch")
        assert company.name == "Supérettes El Bahia SARL"
        register = workstation_register(branch, shop)
        cashier = log_in_with_pin(branch.deps, "1357", register)
        milk = scan(branch.deps, cashier, "6130000000015").product
        assert (milk.sku, milk.price_minor) == ("LAIT-1L", 11800)  # the chain's product
        with branch.deps.store.read() as tx:
            warehouse = tx.org.default_warehouse(site.id)
            assert tx.stock.stock_position(warehouse, milk.id).quantity > 0  # carried over
        coffee = scan(branch.deps, cashier, "6130000000046").product
        assert coffee.sku == "CAFE"
        with pytest.raises(ErpError) as refused:
            owner = log_in(branch.deps, "karim", "secret-owner", register)
            save_product(
                branch.deps,
                owner,
                ProductEdit(None, "NEW", "Nouveau", "جديد", "pce", Decimal(10), "standard"),
            )
        assert refused.value.code in ("sync.owned_by_head_office", "auth.permission_denied")
        open_cash_session(branch.deps, cashier, Money.of(Decimal(1000), "DZD"))
        checkout(
            branch.deps,
            cashier,
            CheckoutRequest(
                (CartLine(milk.id, Decimal(1)),),
                (Tender(TenderKind.CARD, Money.of(Decimal(118), "DZD")),),
            ),
        )
        after = synchronize(branch.deps)
        assert after.rejected == 0
        assert after.comparison is not None and after.comparison.agrees, after.comparison
    finally:
        branch.close()
    checked = reconcile(engine)
    assert checked.clean, checked.lines()


def test_an_invitation_is_spent_once(joined: dict[str, Any]) -> None:
    from erp_desktop.storage.joining import join_request
    from erp_desktop.sync.client import SyncClient

    branch = open_branch(joined["shop"])
    client = SyncClient(joined["url"])
    try:
        with pytest.raises(ErpError) as refused:
            client.join(join_request(branch.replica, joined["token"]))
    finally:
        client.close()
        branch.close()
    assert refused.value.code == "join.invalid_invitation"


def test_a_shop_that_already_joined_cannot_join_again(
    joined: dict[str, Any], engine: Engine
) -> None:
    token = invite_shop(engine, "the same shop again")
    with pytest.raises(ErpError) as refused:
        join_chain(joined["shop"], joined["url"], token, "karim", "secret-owner")
    assert refused.value.code == "join.not_standalone"
