"""A document copied slot by slot (kernel.documents.replaced, issue 19) is the document
``dataclasses.replace`` makes; a class whose ``__init__`` does more goes through it."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest
from hypothesis import given
from hypothesis import strategies as st

from erp_desktop.kernel.documents import SaleDocument, StockDocument, StockLine
from erp_desktop.kernel.documents.replaced import replaced
from tests.sale_documents import a_cash_ticket

_TICKET = a_cash_ticket(UUID(int=4), datetime(2026, 12, 1, 9, 30, tzinfo=UTC))

_changes = st.fixed_dictionaries(
    {},
    optional={
        "number": st.text(max_size=12),
        "sequence": st.integers(min_value=0, max_value=10**6),
        "previous_hash": st.text(max_size=64),
        "hash": st.text(max_size=64),
        "series": st.text(max_size=12),
        "customer_id": st.none() | st.uuids(),
    },
)


def _fields(value: Any) -> list[tuple[str, Any]]:
    return [(f.name, getattr(value, f.name)) for f in dataclasses.fields(value)]


@given(_changes)
def test_a_ticket_copied_is_the_ticket_replace_makes(changes: dict[str, Any]) -> None:
    made, expected = replaced(_TICKET, **changes), dataclasses.replace(_TICKET, **changes)
    assert type(made) is SaleDocument
    assert made == expected
    assert _fields(made) == _fields(expected)
    assert all(getattr(made, n) is getattr(expected, n) for n, _ in _fields(expected))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.number = "changed"  # type: ignore[misc]


def test_an_unknown_field_is_refused_as_replace_refuses_it() -> None:
    with pytest.raises(TypeError):
        replaced(_TICKET, colour="red")


def test_a_document_with_a_post_init_is_made_by_its_init() -> None:
    line = StockLine(UUID(int=9), Decimal("-6"), Decimal("411.25"), None, Decimal(19))
    document = StockDocument(
        id=UUID(int=1),
        kind="transfer_out",
        number="",
        status="in_transit",
        branch_id=UUID(int=2),
        warehouse_id=UUID(int=3),
        issued_at=datetime(2026, 12, 1, 6, 45, tzinfo=UTC),
        counterpart_branch_id=UUID(int=5),
        related_id=None,
        supplier_id=None,
        currency="DZD",
        rate=Decimal(1),
        reason="transfer",
        lines=(line,),
    )
    assert replaced(document, number="N-1") == dataclasses.replace(document, number="N-1")

    @dataclasses.dataclass(frozen=True)
    class Checked:
        amount: int

        def __post_init__(self) -> None:
            if self.amount < 0:
                raise ValueError("negative")

    with pytest.raises(ValueError):
        replaced(Checked(1), amount=-1)
