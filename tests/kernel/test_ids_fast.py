"""Ids made without ``uuid.UUID``'s constructor (issue 19: a demo day makes some ninety
thousand) are the UUIDs it makes: the same value, text, hash and safety; a derived id is
``uuid.uuid5`` in the ERP namespace; a new id stays a strictly increasing UUIDv7."""

from __future__ import annotations

import uuid
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from erp_desktop.kernel.ids import ERP_NAMESPACE, derived_id, new_id, uuid_of_int


@given(st.integers(min_value=0, max_value=(1 << 128) - 1))
def test_an_id_of_an_integer_is_the_uuid_of_it(value: int) -> None:
    made, expected = uuid_of_int(value), uuid.UUID(int=value)
    assert made == expected
    assert (str(made), hash(made), made.is_safe, made.version, made.variant) == (
        str(expected),
        hash(expected),
        expected.is_safe,
        expected.version,
        expected.variant,
    )
    assert type(made) is uuid.UUID


@given(st.sampled_from([-1, 1 << 128, (1 << 130) + 5]))
def test_an_integer_beyond_128_bits_is_refused_as_uuid_refuses_it(value: int) -> None:
    with pytest.raises(ValueError):
        uuid_of_int(value)


_parts = st.lists(st.one_of(st.text(max_size=20), st.integers(), st.uuids()), max_size=4)


@given(st.text(max_size=20), _parts)
def test_a_derived_id_is_the_uuid5_of_its_name(kind: str, parts: list[object]) -> None:
    name = "/".join([kind, *(str(p) for p in parts)])
    expected = uuid.uuid5(ERP_NAMESPACE, name)
    made = derived_id(kind, *parts)
    assert (made, str(made), made.version, made.is_safe) == (
        expected,
        str(expected),
        5,
        expected.is_safe,
    )


def test_new_ids_are_increasing_uuid7s() -> None:
    ids = [new_id() for _ in range(20000)]
    assert all(a < b for a, b in pairwise(ids))
    assert {i.version for i in ids} == {7}
    assert {i.variant for i in ids} == {uuid.RFC_4122}
