"""A change's envelope read on its fast path (the usual change costs lookups only) still
refuses what the field readers refused, with the same code and path: every field of the
envelope, wrong in each way a branch could send it wrong."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.protocol.envelope import Change, Operation
from tests.kernel.test_payload_bounds import _change
from tests.kernel.test_payloads import sale

Edit = Callable[[dict[str, Any]], Any]


@pytest.mark.parametrize(
    ("edit", "code", "path"),
    [
        (lambda c: c.update(entity=7), "protocol.wrong_type", "change.entity"),
        (lambda c: c.update(entity="sa\x00le"), "protocol.bad_value", "change.entity"),
        (lambda c: c.update(entity="s" * 65), "protocol.bad_value", "change.entity"),
        (lambda c: c.update(entity="stock_level"), "protocol.unknown_entity", None),
        (lambda c: c.update(operation="delete"), "protocol.bad_value", "change.operation"),
        (lambda c: c.update(operation=None), "protocol.wrong_type", "change.operation"),
        (lambda c: c.update(operation=["insert"]), "protocol.wrong_type", "change.operation"),
        (lambda c: c.update(id="not-a-uuid"), "protocol.bad_value", "change.id"),
        (lambda c: c.update(entity_id=1), "protocol.wrong_type", "change.entity_id"),
        (lambda c: c.update(branch_id=None), "protocol.wrong_type", "change.branch_id"),
        (lambda c: c.update(actor_id="x"), "protocol.bad_value", "change.actor_id"),
        (lambda c: c.update(hlc=5), "protocol.wrong_type", "change.hlc"),
        (lambda c: c.update(hlc="0\x00"), "protocol.bad_value", "change.hlc"),
        (lambda c: c.update(hlc="0" * 65), "protocol.bad_value", "change.hlc"),
        (lambda c: c.update(recorded_at=5), "protocol.wrong_type", "change.recorded_at"),
        (lambda c: c.update(recorded_at="hier"), "protocol.bad_value", "change.recorded_at"),
        (
            lambda c: c.update(recorded_at="2026-03-10T08:00:00"),  # no offset
            "protocol.bad_value",
            "change.recorded_at",
        ),
        (
            lambda c: c.update(recorded_at="2100-01-01T00:00:00+00:00"),
            "protocol.out_of_range",
            "change.recorded_at",
        ),
        (lambda c: c.update(extra=1), "protocol.unknown_field", "change.extra"),
        (lambda c: c.pop("hlc"), "protocol.missing_field", "change.hlc"),
        (lambda c: c["payload"].pop("number"), "protocol.missing_field", "change.payload.number"),
    ],
)
def test_a_change_wrong_in_its_envelope_is_refused_naming_the_field(
    edit: Edit, code: str, path: str | None
) -> None:
    change = _change(sale())
    edit(change)
    with pytest.raises(ValidationError) as error:
        Change.from_dict(change)
    assert error.value.code == code
    assert error.value.params.get("path") == path


def test_a_change_read_on_the_fast_path_is_the_change_sent() -> None:
    sent = _change(sale())
    sent["operation"] = "upsert"
    change = Change.from_dict(sent)
    assert change.operation is Operation.UPSERT
    assert change.to_dict() == {**sent, "payload": change.payload}
    assert Change.from_dict(change.to_dict()) == change


def test_a_change_not_a_mapping_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        Change.from_dict(["not", "an", "object"])
    assert (error.value.code, error.value.params["path"]) == ("protocol.wrong_type", "change")
