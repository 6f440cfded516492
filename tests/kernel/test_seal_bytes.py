"""A ticket's seal does not depend on how fast the kernel computes it: the same document
hashes to the same link, byte for byte, before and after the checkout's speed-ups (issue 19).

The hashes below were computed by the kernel as it stood before those changes (main,
2026-12-01): a chain the server verifies today must still verify tomorrow."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from hypothesis import given
from hypothesis import strategies as st

from erp_desktop.kernel.documents import SaleDocument, SaleLine, payments_of, sale_hash
from erp_desktop.kernel.hash_chain import canonical, genesis
from erp_desktop.kernel.money import Money

SERIES = "ALG01-C1-2026"


def _id(n: int) -> UUID:
    return UUID(f"01890000-0000-7000-8000-{n:012d}")


def _ticket(currency: str = "DZD", customer: UUID | None = None) -> SaleDocument:
    def m(amount: str) -> Money:
        return Money.of(Decimal(amount), currency)

    lines = (
        SaleLine(
            id=_id(11),
            position=1,
            product_id=_id(21),
            description="Huile d'olive 1 L",
            quantity=Decimal("2"),
            unit_price=Decimal("952.00"),
            vat_rate=Decimal("19"),
            discount=m("0"),
            base=m("1600.00"),
            vat=m("304.00"),
            unit_cost=Decimal("700.0000"),
        ),
        SaleLine(
            id=_id(12),
            position=2,
            product_id=_id(22),
            description="تمر دقلة نور",
            quantity=Decimal("1.250"),
            unit_price=Decimal("900.00"),
            vat_rate=Decimal("9"),
            discount=m("-12.50"),
            base=m("1032.11"),
            vat=m("92.89"),
            unit_cost=Decimal("611.5"),
        ),
    )
    return SaleDocument(
        id=_id(1),
        kind="receipt",
        number=f"{SERIES}-000042",
        series=SERIES,
        sequence=42,
        status="final",
        register_id=_id(2),
        session_id=_id(3),
        branch_id=_id(4),
        customer_id=customer,
        issued_at=datetime(2026, 12, 1, 18, 45, 7, 123456, tzinfo=UTC),
        currency=currency,
        rate=Decimal(1),
        price_mode="tax_included",
        base=m("2632.11"),
        vat=m("396.89"),
        discount=m("12.50"),
        stamp_duty=m("31.00"),
        rounding=m("-0.50"),
        total=m("3059.50"),
        change=m("940.50"),
        cost=Decimal("2164.38"),
        original_id=None,
        previous_hash=genesis(SERIES),
        hash="",
        cashier_id=_id(5),
        lines=lines,
        payments=payments_of(
            _id(1),
            [
                ("cash", m("2000.00"), Decimal(1), ""),
                ("card", m("1059.50"), Decimal(1), "AUTH 0042"),
                ("cash", Money.of(Decimal("10.00"), "EUR"), Decimal("146.2513"), ""),
            ],
        ),
    )


def test_a_dinar_ticket_seals_as_it_did_before_the_speed_ups() -> None:
    assert sale_hash(_ticket()) == (
        "e8931c0a9f151dd360bb40e95659b9684be1b1642b728985be893eb5f26b5b9e"
    )


def test_a_tunisian_ticket_on_account_seals_as_it_did_before_the_speed_ups() -> None:
    assert sale_hash(_ticket("TND", customer=_id(6))) == (
        "3fecdcba1df7f69b6804ced8fd48ed1ea323f3f1393d85f39308621e28c6042c"
    )


def _reference_canon(value: Any) -> Any:
    """The canonical form exactly as main wrote it (2026-12-01), kept to compare against."""
    if isinstance(value, Mapping):
        return {str(k): _reference_canon(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_reference_canon(v) for v in value]
    if isinstance(value, float):
        raise TypeError("floats are not allowed in hashed documents")
    if isinstance(value, Decimal | UUID | date | datetime | int):
        return str(value)
    if value is None or isinstance(value, str | bool):
        return value
    return str(value)


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.decimals(allow_nan=False, allow_infinity=False, places=None),
    st.uuids(),
    st.datetimes(timezones=st.just(UTC)),
    st.dates(),
    st.text(),
)
_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(st.dictionaries(st.text(max_size=8), _values, max_size=6))
def test_the_canonical_form_is_the_bytes_main_wrote(fields: dict[str, Any]) -> None:
    import json

    expected = json.dumps(
        _reference_canon(fields), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    ).encode()
    assert canonical(fields) == expected
