"""References checked once per statement (migration 0030): a row naming what does not
exist is still refused, with a foreign key's error class, and a named key cannot change.
Since 0037 a statement of movements checks its three references by queries planned once
per session: the same refusals, with the same messages, in the same order. Since 0038 a
journal line's entry is read by its primary key: an entry of another day or another
branch is refused too."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from erp_desktop.kernel.ids import new_id
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice

MOVEMENT = (
    "INSERT INTO inventory.stock_movements (id, branch_id, warehouse_id, product_id, kind, "
    "quantity_milli, unit_cost, occurred_at, document_type, document_id) "
    "VALUES (:id, :b, :w, :p, 'sale', -1000, 0, now(), 'sale', :id)"
)


@pytest.fixture(scope="module")
def branch(engine: Engine) -> tuple[UUID, UUID]:
    headoffice.set_up_company(engine, "Test SARL", "شركة", "DZ", "DZD")
    warehouse = new_id()
    alger, _ = headoffice.add_branch(engine, "ALG01", "Alger", "الجزائر", None, warehouse)
    return alger, warehouse


def test_a_movement_naming_an_unknown_product_or_warehouse_is_refused(
    engine: Engine, branch: tuple[UUID, UUID]
) -> None:
    alger, warehouse = branch
    for w, p in ((warehouse, new_id()), (new_id(), new_id())):
        with (
            pytest.raises(DBAPIError, match="violates foreign key") as refused,
            unit_of_work(engine, branch_id=alger) as conn,
        ):
            conn.execute(text(MOVEMENT), {"id": new_id(), "b": alger, "w": w, "p": p})
        assert refused.value.orig is not None
        assert refused.value.orig.sqlstate == "23503"  # foreign_key_violation


def test_a_branch_id_never_changes(engine: Engine, branch: tuple[UUID, UUID]) -> None:
    alger, _ = branch
    with pytest.raises(DBAPIError, match="key_change_refused"), engine.begin() as conn:
        conn.execute(
            text("UPDATE auth.branches SET id = :n WHERE id = :o"), {"n": new_id(), "o": alger}
        )


ENTRY = (
    "INSERT INTO accounting.journal_entries (id, branch_id, entry_date, journal, source_type, "
    "source_id, source_number, memo) VALUES (:id, :b, :d, 'sales', 'sale', :id, 'T-1', 'test')"
)
LINE = (
    "INSERT INTO accounting.journal_lines (id, entry_id, entry_date, branch_id, position, "
    "account_code, role, side, amount_minor, currency, txn_amount_minor, txn_currency, rate) "
    "VALUES (:id, :e, :d, :b, :pos, :account, 'cash', :side, 1000, 'DZD', 1000, 'DZD', 1)"
)


def test_a_journal_line_names_an_entry_of_its_branch_and_date(
    engine: Engine, branch: tuple[UUID, UUID]
) -> None:
    """0038: the entry is read by its primary key and its date compared; an entry that is
    not there, of another day, or of another branch is refused as a foreign key would."""
    alger, _ = branch
    oran, _ = headoffice.add_branch(engine, "ORN01", "Oran", "وهران", None, new_id())
    entry, day = new_id(), date(2026, 12, 1)
    with unit_of_work(engine, head_office=True) as conn:
        conn.execute(text(ENTRY), {"id": entry, "b": alger, "d": day})
        for pos, (account, side) in enumerate((("530", "debit"), ("700", "credit"))):
            line = {"e": entry, "d": day, "b": alger, "account": account, "side": side}
            conn.execute(text(LINE), {"id": new_id(), "pos": pos, **line})
    refused_lines = (
        {"e": new_id(), "d": day, "b": alger},  # no such entry
        {"e": entry, "d": day + timedelta(days=1), "b": alger},  # the entry of another day
        {"e": entry, "d": day, "b": oran},  # Alger's entry named by an Oran line
    )
    for named in refused_lines:
        with (
            pytest.raises(DBAPIError, match="violates foreign key") as refused,
            unit_of_work(engine, head_office=True) as conn,
        ):
            conn.execute(
                text(LINE), {"id": new_id(), "pos": 5, "account": "530", "side": "debit", **named}
            )
        assert refused.value.orig is not None
        assert refused.value.orig.sqlstate == "23503"  # foreign_key_violation
    with unit_of_work(engine, head_office=True) as conn:
        kept = conn.execute(
            text("SELECT count(*) FROM accounting.journal_lines WHERE entry_id = :e"), {"e": entry}
        ).scalar_one()
    assert kept == 2


def _refusal(engine: Engine, rows: list[dict[str, Any]], **scope: Any) -> str:
    with (
        pytest.raises(DBAPIError) as refused,
        unit_of_work(engine, **scope) as conn,
    ):
        conn.execute(text(MOVEMENT), rows)
    assert refused.value.orig is not None
    assert refused.value.orig.sqlstate == "23503"  # foreign_key_violation
    return str(refused.value.orig).splitlines()[0]


def _missing(column: str, value: UUID, table: str) -> str:
    return (
        f'insert on table "stock_movements" violates foreign key: key ({column})=({value}) '
        f'is not present in table "{table}"'
    )


def test_a_movement_naming_an_unknown_reference_is_refused_as_a_foreign_key_says(
    engine: Engine, branch: tuple[UUID, UUID]
) -> None:
    alger, warehouse = branch
    headoffice.import_products(
        engine,
        [
            {"sku": "REF-THE", "name": "Thé", "name_ar": "شاي", "unit": "pce"}
            | {"price": "680", "currency": "DZD", "tax_class": "standard"}
        ],
    )
    with unit_of_work(engine, branch_id=alger) as conn:
        product = conn.execute(
            text("SELECT id FROM inventory.products WHERE sku = 'REF-THE'")
        ).scalar_one()
    good = {"id": new_id(), "b": alger, "w": warehouse, "p": product}
    unknown_product, unknown_warehouse, unknown_branch = new_id(), new_id(), new_id()
    # a good row beside the bad one: the statement is refused whole, naming the bad one
    assert _refusal(
        engine, [good, {**good, "id": new_id(), "p": unknown_product}], branch_id=alger
    ) == _missing("product_id", unknown_product, "inventory.products")
    assert _refusal(engine, [{**good, "w": unknown_warehouse}], branch_id=alger) == _missing(
        "warehouse_id", unknown_warehouse, "inventory.warehouses"
    )
    # both unknown: the product is named, as its trigger fired before the warehouse's
    assert _refusal(
        engine, [{**good, "w": unknown_warehouse, "p": unknown_product}], branch_id=alger
    ) == _missing("product_id", unknown_product, "inventory.products")
    assert _refusal(
        engine, [{**good, "b": unknown_branch, "p": unknown_product}], head_office=True
    ) == _missing("branch_id", unknown_branch, "auth.branches")
    with unit_of_work(engine, branch_id=alger) as conn:  # and a good one is written
        conn.execute(text(MOVEMENT), [good])
