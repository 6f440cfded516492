"""Pushed payloads are checked field by field: a refused value is named by its full path
(down into a sale's lines), and accepted values come out normalized."""

from __future__ import annotations

from copy import deepcopy
from typing import Any

import pytest

from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.protocol.payloads import validate_payload


def sale() -> dict[str, Any]:
    line = {
        "id": str(new_id()),
        "product_id": str(new_id()),
        "quantity_milli": 2000,
        "unit_price": "450.00",
        "vat_rate": "19",
        "discount_minor": 0,
        "base_minor": 75630,
        "vat_minor": 14370,
        "unit_cost": "270.0000",
        "returned_line_id": None,
    }
    return {
        "id": str(new_id()),
        "kind": "receipt",
        "number": "ALG01-C1-2026-000001",
        "register_id": str(new_id()),
        "session_id": None,
        "customer_id": None,
        "issued_at": "2026-03-10T08:00:00+00:00",
        "currency": "DZD",
        "rate": "1",
        "base_minor": 75630,
        "vat_minor": 14370,
        "stamp_duty_minor": 0,
        "rounding_minor": 0,
        "total_minor": 90000,
        "change_minor": 0,
        "original_id": None,
        "previous_hash": "0" * 64,
        "hash": "1" * 64,
        "cashier_id": str(new_id()),
        "lines": [line, {**line, "id": str(new_id())}],
        "payments": [
            {
                "id": str(new_id()),
                "tender": "cash",
                "amount_minor": 90000,
                "currency": "DZD",
                "rate": "1",
                "reference": "",
            }
        ],
    }


def refused(payload: dict[str, Any]) -> tuple[str, str]:
    with pytest.raises(ErpError) as error:
        validate_payload("sale", payload)
    return error.value.code, error.value.params["path"]


def test_a_good_sale_comes_out_as_it_went_in() -> None:
    good = sale()
    assert validate_payload("sale", deepcopy(good)) == good


def test_values_come_out_normalized() -> None:
    payload = sale()
    upper = payload["id"].upper()
    payload["id"] = upper
    payload["issued_at"] = "2026-03-10T09:00:00+01:00"
    payload["lines"][1]["unit_cost"] = "2.7E+2"
    checked = validate_payload("sale", payload)
    assert checked["id"] == upper.lower()
    assert checked["issued_at"] == "2026-03-10T09:00:00+01:00"
    assert checked["lines"][1]["unit_cost"] == "2.7E+2"  # Decimal's own text, exact


@pytest.mark.parametrize(
    ("change", "code", "path"),
    [
        (
            lambda p: p["lines"][1].update(quantity_milli="2"),
            "protocol.wrong_type",
            "payload.lines[1].quantity_milli",
        ),
        (
            lambda p: p["lines"][0].update(quantity_milli=True),
            "protocol.wrong_type",
            "payload.lines[0].quantity_milli",
        ),
        (
            lambda p: p["lines"][1].update(product_id="not-a-uuid"),
            "protocol.bad_value",
            "payload.lines[1].product_id",
        ),
        (
            lambda p: p["lines"][0].update(unit_price="12,5"),
            "protocol.bad_value",
            "payload.lines[0].unit_price",
        ),
        (
            lambda p: p["lines"][0].update(unit_price="NaN"),
            "protocol.bad_value",
            "payload.lines[0].unit_price",
        ),
        (
            lambda p: p["lines"][0].update(colour="red"),
            "protocol.unknown_field",
            "payload.lines[0].colour",
        ),
        (
            lambda p: p["lines"][1].pop("vat_rate"),
            "protocol.missing_field",
            "payload.lines[1].vat_rate",
        ),
        (
            lambda p: p["payments"][0].update(amount_minor=None),
            "protocol.missing_field",
            "payload.payments[0].amount_minor",
        ),
        (
            lambda p: p.update(issued_at="2026-03-10T08:00:00"),
            "protocol.bad_value",
            "payload.issued_at",
        ),
        (lambda p: p.update(issued_at="yesterday"), "protocol.bad_value", "payload.issued_at"),
        (lambda p: p.update(lines={}), "protocol.wrong_type", "payload.lines"),
        (lambda p: p.update(number=7), "protocol.wrong_type", "payload.number"),
        (lambda p: p.update(cashier_id=None), "protocol.missing_field", "payload.cashier_id"),
    ],
)
def test_a_refused_value_is_named_by_its_path(change: Any, code: str, path: str) -> None:
    payload = sale()
    change(payload)
    assert refused(payload) == (code, path)
