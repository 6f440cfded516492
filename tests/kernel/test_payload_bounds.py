"""Each value a branch pushes must fit the business and the server's column, or it is
refused with a code naming its field: these once reached PostgreSQL or the posting rules
and failed a whole batch with an HTTP 500."""

from __future__ import annotations

from typing import Any

import pytest

from erp_desktop.kernel.errors import ErpError, ValidationError
from erp_desktop.kernel.numbering import parse_number
from erp_desktop.kernel.protocol.envelope import ChangeResult, ChangeStatus, PushBatch
from erp_desktop.kernel.protocol.payloads import validate_payload
from tests.kernel.test_payloads import sale


def refused(change: Any) -> tuple[str, str]:
    payload = sale()
    change(payload)
    with pytest.raises(ErpError) as error:
        validate_payload("sale", payload)
    return error.value.code, error.value.params["path"]


@pytest.mark.parametrize(
    ("change", "code", "path"),
    [
        (lambda p: p.update(number="ALG01-C1-2026"), "protocol.bad_value", "payload.number"),
        (lambda p: p.update(number="ALG01-C1-2026-000000"), "protocol.bad_value", "payload.number"),
        (lambda p: p.update(number="ALG01-C1-2026-00000١"), "protocol.bad_value", "payload.number"),
        (
            lambda p: p.update(number="ALG01-C1-2026-000001\n"),
            "protocol.bad_value",
            "payload.number",
        ),
        (
            lambda p: p.update(number="ALG01-C1-1999-000001"),
            "protocol.out_of_range",
            "payload.number.year",
        ),
        (
            lambda p: p.update(issued_at="9999-12-31T23:59:59+00:00"),
            "protocol.out_of_range",
            "payload.issued_at",
        ),
        (
            lambda p: p.update(issued_at="0001-01-01T00:00:00+05:00"),
            "protocol.out_of_range",
            "payload.issued_at",
        ),
        (lambda p: p.update(rate="0"), "protocol.out_of_range", "payload.rate"),
        (lambda p: p.update(rate="-1"), "protocol.out_of_range", "payload.rate"),
        (lambda p: p.update(rate="1E+10"), "protocol.out_of_range", "payload.rate"),
        (
            lambda p: p["payments"][0].update(rate="0.0"),
            "protocol.out_of_range",
            "payload.payments[0].rate",
        ),
        (
            lambda p: p["lines"][0].update(unit_cost="1E+999"),
            "protocol.out_of_range",
            "payload.lines[0].unit_cost",
        ),
        (
            lambda p: p["lines"][0].update(unit_price="1E-999"),
            "protocol.out_of_range",
            "payload.lines[0].unit_price",
        ),
        (
            lambda p: p["lines"][1].update(vat_rate="101"),
            "protocol.out_of_range",
            "payload.lines[1].vat_rate",
        ),
        (
            lambda p: p["lines"][0].update(quantity_milli=10**16),
            "protocol.out_of_range",
            "payload.lines[0].quantity_milli",
        ),
        (lambda p: p.update(total_minor=-(2**63)), "protocol.out_of_range", "payload.total_minor"),
        (lambda p: p.update(hash="ab\x00cd"), "protocol.bad_value", "payload.hash"),
        (lambda p: p.update(hash="\ud800"), "protocol.bad_value", "payload.hash"),
        (lambda p: p.update(hash="x" * 2001), "protocol.bad_value", "payload.hash"),
        (lambda p: p.update(currency="dzd"), "protocol.bad_value", "payload.currency"),
        (
            lambda p: p["payments"][0].update(reference="TPE\x00"),
            "protocol.bad_value",
            "payload.payments[0].reference",
        ),
    ],
)
def test_a_value_out_of_its_range_is_refused_by_its_path(change: Any, code: str, path: str) -> None:
    assert refused(change) == (code, path)


def test_values_at_the_edges_of_their_ranges_are_kept() -> None:
    payload = sale()
    payload["issued_at"] = "2099-12-31T23:59:59+00:00"
    payload["rate"] = "0.0000000001"
    payload["lines"][0]["unit_cost"] = "99999999999999.999999"
    payload["lines"][0]["vat_rate"] = "100"
    payload["lines"][1]["vat_rate"] = "0"
    payload["lines"][0]["quantity_milli"] = -(10**15)
    payload["payments"][0]["reference"] = "بطاقة 1234"
    assert validate_payload("sale", payload)["rate"] == "1E-10"


def test_a_document_number_starts_its_series_at_one() -> None:
    assert parse_number("ALG01-C1-2026-000001").sequence == 1
    with pytest.raises(ValidationError):
        parse_number("ALG01-C1-2026-000000")


def _batch(key: str, changes: list[Any]) -> dict[str, Any]:
    return {
        "protocol_version": 1,
        "idempotency_key": key,
        "device_id": "0190a3c1-0000-7000-8000-000000000001",
        "branch_id": "0190a3c1-0000-7000-8000-000000000002",
        "changes": changes,
    }


def _change(payload: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": payload["id"],
        "entity": "sale",
        "operation": "insert",
        "entity_id": payload["id"],
        "payload": payload,
        "hlc": "000001773129600000-000000-ALG01",
        "actor_id": None,
        "branch_id": "0190a3c1-0000-7000-8000-000000000002",
        "recorded_at": "2026-03-10T08:00:00+00:00",
    }


@pytest.mark.parametrize(
    "key", ["short", "with\x00nul-inside", "espace dedans", "é" * 10, "k" * 101]
)
def test_an_idempotency_key_outside_its_charset_or_length_is_refused(key: str) -> None:
    with pytest.raises(ValidationError) as error:
        PushBatch.from_dict(_batch(key, []))
    assert error.value.params["path"] == "batch.idempotency_key"


def test_a_change_refused_for_its_content_is_answered_alone_in_its_place() -> None:
    good, bad, late = sale(), sale(), _change(sale())
    bad["rate"] = "0"
    late["recorded_at"] = "0001-01-01T00:00:00+05:00"  # before year 1 in UTC
    batch = PushBatch.from_dict(_batch("batch-0001", [_change(good), _change(bad), late]))
    assert [str(c.id) for c in batch.changes] == [good["id"]]
    merged = [ChangeResult(batch.changes[0].id, ChangeStatus.ACCEPTED)]
    answer = batch.answer(merged).to_dict()["results"]
    assert [r["change_id"] for r in answer] == [good["id"], bad["id"], late["id"]]
    assert [(r["code"], r["params"].get("path")) for r in answer] == [
        (None, None),
        ("protocol.out_of_range", "batch.changes[1].payload.rate"),
        ("protocol.out_of_range", "batch.changes[2].recorded_at"),
    ]


def test_a_change_without_a_readable_id_refuses_the_batch() -> None:
    change = _change(sale())
    change["id"] = "not-a-uuid"
    with pytest.raises(ValidationError) as error:
        PushBatch.from_dict(_batch("batch-0001", [change]))
    assert error.value.params["path"] == "batch.changes[0].id"


def test_a_free_form_object_takes_any_clean_json_and_refuses_what_jsonb_cannot() -> None:
    from erp_desktop.kernel.protocol.readers import SCALARS

    read = SCALARS["object"]
    good = {"count": 3, "ratio": 0.5, "names": ["أمينة", "Karim"], "nested": {"ok": True}}
    assert read(good, "payload", "params") == good
    for bad, path in (
        ({"x": "a\x00b"}, "payload.params.x"),
        ({"x": [float("nan")]}, "payload.params.x[0]"),
        ({"x": {"y": float("inf")}}, "payload.params.x.y"),
    ):
        with pytest.raises(ValidationError) as error:
            read(bad, "payload", "params")
        assert error.value.params["path"] == path
    with pytest.raises(ValidationError) as error:
        read({"x": list(range(2000))}, "payload", "params")
    assert error.value.code == "protocol.out_of_range"
