"""Head office edits the catalog and closes periods in the same client, over its own
replica: a product and its price saved at head office are queued for every branch; a
branch cannot edit them; a month head office closes is queued for the server, and a
posting dated inside a month head office closed goes to the first open day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from erp_desktop.app.accounting.reports import close_period
from erp_desktop.app.catalog import scan
from erp_desktop.app.catalog_editing import (
    ProductEdit,
    catalog_products,
    catalog_setup,
    save_product,
)
from erp_desktop.app.changes import Changed
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.barcodes import make_ean13
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.storage.outbox import pending_changes
from tests.builders import Branch, build_branch


def make_head_office(branch: Branch) -> None:
    """What the first pull tells head office's replica of its own site."""
    with branch.deps.store.transaction(None) as tx:
        local = tx.org.local_branch()
        tx.sync.apply_remote(
            "branch",
            {
                "id": str(local.id),
                "code": local.code,
                "name": local.name,
                "name_ar": local.name_ar,
                "kind": "head_office",
            },
            branch.deps.now(),
        )


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Branch]:
    built = build_branch(tmp_path, "HO", stock=0)
    make_head_office(built)
    yield built
    built.replica.close()


def queued(branch: Branch, entity: str) -> list[dict[str, Any]]:
    with branch.replica.read() as conn:
        return [r["payload"] for r in pending_changes(conn, 1000) if r["entity"] == entity]


def harissa(**fields: Any) -> ProductEdit:
    values: dict[str, Any] = {
        "product_id": None,
        "sku": "HARISSA",
        "name": "Harissa du Cap Bon 135 g",
        "name_ar": "هريسة الوطن القبلي 135 غ",
        "unit": "pce",
        "price": Decimal("185.00"),
        "tax_class": "standard",
        "barcode": make_ean13("613999000001"),
    }
    return ProductEdit(**{**values, **fields})


def test_a_product_created_at_head_office_is_queued_with_its_price_for_every_branch(
    office: Branch,
) -> None:
    admin = office.actor("admin")
    assert catalog_setup(office.deps, admin).editable
    product, changes = save_product(office.deps, admin, harissa(reorder_point=Decimal(12)))
    assert changes == {Changed.CATALOG, Changed.OUTBOX}
    assert (product.price_minor, product.currency, product.reorder_point) == (18500, "DZD", 12)
    assert queued(office, "product") == [
        {
            "id": str(product.id),
            "sku": "HARISSA",
            "name": "Harissa du Cap Bon 135 g",
            "name_ar": "هريسة الوطن القبلي 135 غ",
            "unit": "pce",
            "price_minor": 18500,
            "currency": "DZD",
            "price_mode": "tax_included",
            "tax_class": "standard",
            "reorder_point_milli": 12000,
            "barcodes": [{"barcode": make_ean13("613999000001")}],
            "category_id": None,  # in no tab of the till's grid
        }
    ]
    assert [p.sku for p in catalog_products(office.deps, admin, "harissa")] == ["HARISSA"]


def test_a_new_price_at_head_office_keeps_the_barcodes_and_is_queued_again(
    office: Branch,
) -> None:
    admin = office.actor("admin")
    product, _ = save_product(office.deps, admin, harissa())
    second = make_ean13("613999000002")
    changed, _ = save_product(
        office.deps,
        admin,
        harissa(product_id=product.id, price=Decimal("199.50"), barcode=second),
    )
    assert changed.price_minor == 19950
    assert changed.barcodes == (make_ean13("613999000001"), second)
    assert [p["price_minor"] for p in queued(office, "product")] == [18500, 19950]
    found = scan(office.deps, office.actor("admin"), second)
    assert (found.product.id, found.product.price_minor) == (product.id, 19950)


def test_a_branch_cannot_edit_the_catalog_head_office_owns(branch: Branch) -> None:
    admin = branch.actor("admin")
    assert not catalog_setup(branch.deps, admin).editable
    with pytest.raises(ErpError) as err:
        save_product(branch.deps, admin, harissa())
    assert (err.value.code, dict(err.value.params)) == (
        "sync.owned_by_head_office",
        {"entity": "product"},
    )
    assert queued(branch, "product") == []


def test_a_cashier_at_head_office_may_not_edit_the_catalog(office: Branch) -> None:
    with pytest.raises(ErpError) as err:
        save_product(office.deps, office.actor("cashier"), harissa())
    assert err.value.code == "auth.permission_denied"


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"sku": "SKU0001"}, "common.invalid_value"),  # another product's SKU
        ({"barcode": make_ean13("613000000001")}, "common.invalid_value"),  # another's barcode
        ({"price": Decimal("185.005")}, "common.invalid_value"),  # finer than the dinar's cents
        ({"price": Decimal(-1)}, "common.invalid_value"),
        ({"tax_class": "luxury"}, "common.invalid_value"),
        ({"unit": "barrel"}, "quantity.unknown_unit"),
        ({"name_ar": " "}, "common.required"),
        ({"barcode": "6139990000019"}, "barcodes.invalid"),
    ],
)
def test_head_office_is_told_what_is_wrong_with_a_product_before_it_is_queued(
    office: Branch, fields: dict[str, Any], code: str
) -> None:
    with pytest.raises(ErpError) as err:
        save_product(office.deps, office.actor("admin"), harissa(**fields))
    assert err.value.code == code
    assert queued(office, "product") == []


def test_a_month_closed_at_head_office_is_queued_for_the_server(office: Branch) -> None:
    changes = close_period(office.deps, office.actor("accountant"), 2026, 2).changes
    assert changes == {Changed.JOURNAL, Changed.OUTBOX}
    (period,) = queued(office, "fiscal_period")
    assert {k: period[k] for k in ("code", "start_date", "end_date")} == {
        "code": "2026-02",
        "start_date": "2026-02-01",
        "end_date": "2026-02-28",
    }


def test_a_month_a_branch_closes_stays_on_its_replica(branch: Branch) -> None:
    assert close_period(branch.deps, branch.actor("accountant"), 2026, 2).changes == {
        Changed.JOURNAL
    }
    assert queued(branch, "fiscal_period") == []


def test_a_sale_dated_in_a_month_head_office_closed_is_posted_on_the_first_open_day(
    branch: Branch,
) -> None:
    with branch.deps.store.transaction(None) as tx:  # pulled from the server
        tx.sync.apply_remote(
            "fiscal_period",
            {
                "id": "0194b3a0-0000-7000-8000-000000000011",
                "code": "2026-11",
                "start_date": "2026-11-01",
                "end_date": "2026-11-30",
                "closed_at": "2026-11-30T18:00:00+00:00",
                "closed_by": None,
                "deleted_at": None,
            },
            branch.deps.now(),
        )
    branch.clock.set(datetime(2026, 11, 30, 17, 30, tzinfo=UTC))  # the till's clock is behind
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, Money.of(Decimal(1000), "DZD"))
    sale = checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(branch.products[0], Decimal(1)),),
            (Tender(TenderKind.CASH, Money.of(Decimal(500), "DZD")),),
        ),
    ).sale
    with branch.deps.store.read() as tx:
        (entry,) = [e for e in tx.ledger.entries(None, None) if e.source_id == sale.id]
    assert entry.on == date(2026, 12, 1)
