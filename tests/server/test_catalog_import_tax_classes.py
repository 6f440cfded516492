"""A Moroccan head office imports its catalog with the classes of the 2024 VAT reform, and a
tax-excluded price stays tax-excluded; a class the tills could not price is refused with its
line number before anything is written."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text

from erp_desktop.kernel.errors import ValidationError
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice


def record(sku: str, tax_class: str, price_mode: str = "") -> dict[str, str]:
    return {
        "sku": sku,
        "name": f"Article {sku}",
        "name_ar": f"منتج {sku}",
        "unit": "pce",
        "price": "100.00",
        "currency": "MAD",
        "tax_class": tax_class,
        "price_mode": price_mode,
    }


def products(engine: Engine) -> dict[str, tuple[str, str]]:
    with unit_of_work(engine, head_office=True) as conn:
        rows = conn.execute(text("SELECT sku, tax_class, price_mode FROM inventory.products"))
        return {r[0]: (r[1], r[2]) for r in rows}


def test_the_classes_of_the_reform_are_accepted_and_a_typo_is_refused(engine: Engine) -> None:
    headoffice.set_up_company(engine, "Hanout Al Baraka SARL", "حانوت البركة", "MA", "MAD")
    written = headoffice.import_products(
        engine,
        [
            record("S1", "refined_sugar"),
            record("E1", "electricity", "tax_excluded"),
            record("W1", "water_supply_domestic"),
            record("T1", "reduced_7"),  # a class of before the reform still reads
        ],
    )
    assert written == 4
    assert products(engine) == {
        "S1": ("refined_sugar", "tax_included"),
        "E1": ("electricity", "tax_excluded"),
        "W1": ("water_supply_domestic", "tax_included"),
        "T1": ("reduced_7", "tax_included"),
    }
    with pytest.raises(ValidationError) as err:
        headoffice.import_products(engine, [record("S2", "sugar"), record("S3", "standard")])
    assert err.value.code == "common.invalid_value"
    assert err.value.params == {"field": "line 2: tax_class", "value": "sugar"}
    with pytest.raises(ValidationError) as err:
        headoffice.import_products(engine, [record("S4", "standard", "hors_taxe")])
    assert err.value.params["field"] == "line 2: price_mode"
    assert set(products(engine)) == {"S1", "E1", "W1", "T1"}
