"""A shop set up alone, with no server: what the owner types is checked all at once (legal
identifiers by the country's rules, users, PINs, products), products come from a CSV file or
a workbook with every bad line named, nothing is half-imported or half-founded, and once
founded the owner edits the catalog, closes a month, and the cashier sells at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from erp_desktop.app.accounting.reports import close_period
from erp_desktop.app.auth import log_in, log_in_with_pin
from erp_desktop.app.catalog_editing import ProductEdit, save_product
from erp_desktop.app.shop_setup.plan import Person, ShopSetup, check_shop, country_currency
from erp_desktop.app.shop_setup.product_file import read_product_file, write_template
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.bootstrap import open_branch, replica_path, set_up_shop, workstation_register
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.ownership import SiteKind
from erp_desktop.kernel.permissions import Permission, Role, permissions_of
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.kernel.tax.catalog import TAX_CATALOGS_SETTING, default_catalog

TAXES = default_catalog()
DZ_CLASSES = TAXES.tax_classes("DZ")


def setup(**fields: object) -> ShopSetup:
    values: dict[str, object] = {
        "company_name": "Épicerie Ben Ali",
        "company_name_ar": "بقالة بن علي",
        "country": "DZ",
        "currency": "DZD",
        "legal_ids": {"nif": "000116001234567", "rc": "16/00-1234567 B 18"},
        "address": "3 rue Larbi Ben M'hidi, Blida",
        "shop_code": "BLI01",
        "shop_name": "Blida centre",
        "shop_name_ar": "البليدة الوسط",
        "register_code": "C1",
        "people": (
            Person("karim", "Karim Ben Ali", "secret-owner", "4321", (Role.OWNER.value,)),
            Person("nadia", "Nadia Saadi", "secret-cash", "1357", (Role.CASHIER.value,)),
        ),
    }
    return ShopSetup(**{**values, **fields})  # type: ignore[arg-type]


def codes(problems: list[ErpError]) -> list[str]:
    return [p.code for p in problems]


def test_the_owner_role_holds_everything_head_office_would_do() -> None:
    owner = permissions_of([Role.OWNER])
    for permission in (
        Permission.INVENTORY_CATALOG_EDIT,
        Permission.ADMIN_USERS,
        Permission.ACCOUNTING_POST,
        Permission.ACCOUNTING_CLOSE_PERIOD,
        Permission.SALES_CHECKOUT,
    ):
        assert permission in owner


def test_the_wizard_proposes_the_currency_of_the_country() -> None:
    assert [country_currency(c, TAXES) for c in ("DZ", "MA", "TN")] == ["DZD", "MAD", "TND"]


def test_a_right_setup_has_no_problem() -> None:
    assert check_shop(setup(), TAXES) == []


def test_every_problem_of_a_setup_is_reported_at_once() -> None:
    wrong = setup(
        company_name=" ",
        legal_ids={"nif": "12345"},
        people=(
            Person("nadia", "Nadia Saadi", "short", "12", (Role.CASHIER.value,)),
            Person("nadia", "Nadia bis", "long-enough", "", ("manager",)),
        ),
    )
    assert codes(check_shop(wrong, TAXES)) == [
        "common.required",
        "receivables.invalid_legal_id",
        "setup.no_owner",
        "setup.password_short",
        "setup.pin_invalid",
        "setup.username_twice",
        "common.invalid_value",
    ]


def test_a_moroccan_ice_and_a_tunisian_matricule_are_checked_by_their_rules() -> None:
    ma = setup(country="MA", currency="MAD", legal_ids={"ice": "001561191000066"})
    assert check_shop(ma, TAXES) == []
    tn = setup(country="TN", currency="TND", legal_ids={"matricule_fiscal": "1234567/O/A/M/000"})
    assert codes(check_shop(tn, TAXES)) == ["receivables.invalid_legal_id"]


def test_the_shop_and_register_codes_must_fit_the_document_numbers() -> None:
    wrong = check_shop(setup(shop_code="Blida centre", register_code="CAISSE-1"), TAXES)
    assert [(p.code, p.params["field"]) for p in wrong] == [
        ("common.invalid_value", "shop_code"),
        ("common.invalid_value", "register_code"),
    ]
    assert check_shop(setup(shop_code="bli01", register_code="c2"), TAXES) == []


def test_two_users_with_the_same_pin_are_refused() -> None:
    people = (
        Person("karim", "Karim", "secret-owner", "4321", (Role.OWNER.value,)),
        Person("nadia", "Nadia", "secret-cash", "4321", (Role.CASHIER.value,)),
    )
    assert codes(check_shop(setup(people=people), TAXES)) == ["setup.pin_twice"]


def test_the_template_reads_back_as_its_two_example_products(tmp_path: Path) -> None:
    for name in ("products.csv", "products.xlsx"):
        products, problems = read_product_file(write_template(tmp_path / name), "DZD", DZ_CLASSES)
        assert problems == []
        assert [(p.sku, p.price_minor, p.unit, p.barcodes) for p in products] == [
            ("LAIT-1L", 12000, "pce", ("6130000000015",)),
            ("SUCRE-KG", 9550, "kg", ()),
        ]


def test_the_template_of_each_country_uses_its_own_tax_classes(tmp_path: Path) -> None:
    for country, currency in (("DZ", "DZD"), ("MA", "MAD"), ("TN", "TND")):
        classes = TAXES.tax_classes(country)
        template = write_template(tmp_path / f"{country}.xlsx", classes)
        products, problems = read_product_file(template, currency, classes)
        assert problems == [] and len(products) == 2, country


def test_the_stock_on_the_shelves_comes_in_at_cost_against_the_opening_balance(
    tmp_path: Path,
) -> None:
    opening: dict[str, tuple[Decimal, Decimal]] = {}
    products, _ = read_product_file(write_template(tmp_path / "p.csv"), "DZD", DZ_CLASSES, opening)
    assert opening == {
        "LAIT-1L": (Decimal(24), Decimal("95.00")),
        "SUCRE-KG": (Decimal("10.5"), Decimal("70.00")),
    }
    stock = tuple((sku, q, c) for sku, (q, c) in opening.items())
    set_up_shop(tmp_path / "shop", setup(products=tuple(products), opening_stock=stock))
    branch = open_branch(tmp_path / "shop")
    try:
        with branch.deps.store.read() as tx:
            site = tx.org.local_branch()
            sugar = tx.catalog.product_by_sku("SUCRE-KG")
            assert sugar is not None
            held = tx.stock.stock_position(tx.org.default_warehouse(site.id), sugar.id)
            (entry,) = tx.ledger.entries(None, None)
        assert (held.quantity, held.average_cost) == (Decimal("10.5"), Decimal("70.00"))
        lines = {(ln.account, str(ln.side)): ln.amount.amount for ln in entry.lines}
        assert lines == {  # 24 x 95.00 + 10.5 x 70.00, into stock (30) against capital (101)
            ("30", "debit"): Decimal("3015.00"),
            ("101", "credit"): Decimal("3015.00"),
        }
    finally:
        branch.close()


def test_a_shelf_quantity_that_is_no_number_is_named_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "stock.csv"
    path.write_text("sku,name,price,tax_class,quantity,unit_cost\nA,Alpha,12,standard,douze,5\n")
    _products, problems = read_product_file(path, "DZD", DZ_CLASSES, {})
    assert [(p.line, p.error.code) for p in problems] == [(2, "common.invalid_value")]


def test_every_bad_line_of_a_product_file_is_named_and_nothing_is_imported(
    tmp_path: Path,
) -> None:
    path = tmp_path / "stock.csv"
    path.write_text(
        "sku;name;price;tax_class;barcode;unit\n"
        "HUILE-5L;Huile 5 L;1 250,50;standard;;pce\n"
        "THE;Thé vert;abc;standard;;pce\n"
        "CAFE;Café 250 g;320;luxury;;pce\n"
        ";Sans référence;10;standard;;pce\n"
        "HUILE-5L;Huile encore;1250;standard;;pce\n"
        "SEL;Sel;30;exempt;1234567890123;pce\n"
        "RIZ;Riz;150;reduced;;sack\n",
        encoding="utf-8",
    )
    products, problems = read_product_file(path, "DZD", DZ_CLASSES)
    assert [(p.line, p.error.code, p.error.params) for p in problems] == [
        (3, "common.invalid_value", {"field": "price", "value": "abc"}),
        (4, "common.invalid_value", {"field": "tax_class", "value": "luxury"}),
        (5, "common.required", {"field": "sku"}),
        (6, "setup.sku_twice", {"sku": "HUILE-5L", "first": 2}),
        (7, "barcodes.invalid", {"code": "1234567890123"}),
        (8, "quantity.unknown_unit", {"unit": "sack"}),
    ]
    assert [(p.sku, p.price_minor) for p in products] == [("HUILE-5L", 125050)]


def test_a_file_without_the_required_columns_is_refused_on_its_header(tmp_path: Path) -> None:
    path = tmp_path / "stock.csv"
    path.write_text("reference,name,prix\nA,B,1\n", encoding="utf-8")
    _products, problems = read_product_file(path, "DZD", DZ_CLASSES)
    assert [(p.line, p.error.code, p.error.params) for p in problems] == [
        (
            1,
            "setup.product_file_columns",
            {"missing": "sku, price, tax_class", "unknown": "reference, prix"},
        )
    ]


def test_a_file_that_is_no_spreadsheet_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "stock.xlsx"
    path.write_bytes(b"not a workbook")
    _products, problems = read_product_file(path, "DZD", DZ_CLASSES)
    assert [p.error.code for p in problems] == ["setup.product_file_unreadable"]


def test_a_founded_shop_sells_at_once_and_its_owner_does_what_head_office_would(
    tmp_path: Path,
) -> None:
    products, _ = read_product_file(write_template(tmp_path / "p.csv"), "DZD", DZ_CLASSES)
    set_up_shop(tmp_path / "shop", setup(products=tuple(products)))
    branch = open_branch(tmp_path / "shop")
    try:
        with branch.deps.store.read() as tx:
            company, local = tx.org.company(), tx.org.local_branch()
            catalogs = tx.org.setting(TAX_CATALOGS_SETTING)
        assert (company.name, company.currency, local.code, local.kind) == (
            "Épicerie Ben Ali",
            "DZD",
            "BLI01",
            SiteKind.STANDALONE,
        )
        assert company.legal_ids == {"RC": "16/00-1234567 B 18", "NIF": "000116001234567"}
        assert company.address == "3 rue Larbi Ben M'hidi, Blida"
        assert catalogs is None  # the client's own: a newer client brings a new law
        assert branch.deps.taxes.vat_rate("DZ", "reduced", date(2026, 6, 1)).rate == 9
        register = workstation_register(branch, tmp_path / "shop")
        cashier = log_in_with_pin(branch.deps, "1357", register)
        open_cash_session(branch.deps, cashier, Money.of(Decimal(2000), "DZD"))
        with branch.deps.store.read() as tx:
            milk = tx.catalog.product_by_sku("LAIT-1L")
        assert milk is not None
        sale = checkout(
            branch.deps,
            cashier,
            CheckoutRequest(
                (CartLine(milk.id, Decimal(2)),),
                (Tender(TenderKind.CASH, Money.of(Decimal(300), "DZD")),),
            ),
        ).sale
        assert sale.number.startswith("BLI01-C1-")
        owner = log_in(branch.deps, "karim", "secret-owner", register)
        edit = ProductEdit(None, "HARISSA", "Harissa", "هريسة", "pce", Decimal("185"), "standard")
        assert save_product(branch.deps, owner, edit).made.price_minor == 18500
        close_period(branch.deps, owner, 2020, 1)
    finally:
        branch.close()


def test_a_setup_with_a_problem_leaves_no_replica(tmp_path: Path) -> None:
    with pytest.raises(ErpError) as refused:
        set_up_shop(tmp_path / "shop", setup(people=()))
    assert refused.value.code == "setup.no_owner"
    assert not replica_path(tmp_path / "shop").exists()


def test_a_founding_that_fails_midway_removes_the_half_made_replica(tmp_path: Path) -> None:
    products, _ = read_product_file(write_template(tmp_path / "p.csv"), "DZD", DZ_CLASSES)
    twice = (products[0], replace(products[1], id=products[0].id))  # one id, two products
    with pytest.raises(Exception):  # noqa: B017 - the database refuses it, whatever its type
        set_up_shop(tmp_path / "shop", setup(products=twice))
    assert not replica_path(tmp_path / "shop").exists()


def test_the_owner_manages_the_shops_users_as_head_office_would(tmp_path: Path) -> None:
    from erp_desktop.app.shop_setup.users import UserEdit, save_user, shop_users

    set_up_shop(tmp_path / "shop", setup())
    branch = open_branch(tmp_path / "shop")
    try:
        owner = log_in(branch.deps, "karim", "secret-owner")
        added = save_user(
            branch.deps,
            owner,
            UserEdit(None, "Sofiane", "Sofiane Hadj", ("cashier",), "sofiane-pw", "2468"),
        ).made
        assert log_in_with_pin(branch.deps, "2468").username == "sofiane"
        with pytest.raises(ErpError) as twice:
            save_user(
                branch.deps,
                owner,
                UserEdit(None, "lina", "Lina", ("cashier",), "lina-pass", "1357"),
            )
        assert twice.value.code == "setup.pin_twice"  # nadia's
        save_user(
            branch.deps,
            owner,
            UserEdit(added.id, "sofiane", "Sofiane Hadj", ("cashier",), active=False),
        )
        with pytest.raises(ErpError):
            log_in_with_pin(branch.deps, "2468")  # no longer works here
        with branch.deps.store.read() as tx:
            karim = tx.org.user_by_username("karim")
        assert karim is not None
        with pytest.raises(ErpError) as last:
            save_user(branch.deps, owner, UserEdit(karim.id, "karim", "Karim", ("cashier",)))
        assert last.value.code == "setup.no_owner"  # the shop keeps an owner
        manages, people = shop_users(branch.deps, owner)
        assert manages and [u.username for u in people] == ["karim", "nadia", "sofiane"]
        cashier = log_in_with_pin(branch.deps, "1357")
        with pytest.raises(ErpError) as denied:
            save_user(branch.deps, cashier, UserEdit(None, "x", "X", ("owner",), "xxxxxxx"))
        assert denied.value.code == "auth.permission_denied"
    finally:
        branch.close()


def test_a_branchs_users_are_made_on_the_server(tmp_path: Path) -> None:
    from erp_desktop.app.shop_setup.users import UserEdit, save_user
    from tests.builders import build_branch

    built = build_branch(tmp_path)
    try:
        admin = built.actor("admin")
        with pytest.raises(ErpError) as refused:
            save_user(built.deps, admin, UserEdit(None, "x", "X", ("cashier",), "xxxxxxx"))
        assert refused.value.code == "setup.users_on_the_server"
    finally:
        built.replica.close()
