"""References checked once per statement (migration 0030): a row naming what does not
exist is still refused, with a foreign key's error class, and a named key cannot change."""

from __future__ import annotations

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
