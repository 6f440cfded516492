"""Each quick reader gives what its kind's reader gives, or sends the value the slow way:
it never accepts a value the reader refuses, never reads one to another value, and takes
the plain usual values a branch sends (else it would only cost time).

The values are drawn around each kind's edges: ids in every spelling ``UUID`` accepts,
texts with NUL, lone surrogates, Arabic, 2,000 and 2,001 characters, decimals with
exponents, signs, spaces, underscores and 30 places, times with and without offsets at
the years 2000 and 2100 and past year 1 in UTC, ints at 10^15, bools (an int in Python)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.protocol.quick_readers import QUICK, SLOW, quick_reader
from erp_desktop.kernel.protocol.readers import SCALARS

_ID = "0190a3c1-0000-7000-8000-00000000000a"

TEXT_EDGES = [
    "",
    _ID,
    _ID.upper(),
    "{" + _ID + "}",
    "urn:uuid:" + _ID,
    _ID.replace("-", ""),
    _ID[:-1] + "g",
    "a\x00b",
    "\ud800",
    "محل",
    "x" * 2000,
    "x" * 2001,
    "DZD",
    "dzd",
    "EURO",
    "0" * 64,
    "0" * 65,
    "é" * 64,
]
DECIMAL_EDGES = [
    "0",
    "-0",
    "1e3",
    "1E-31",
    " 1.5 ",
    "1_000",
    "+7",
    "0." + "0" * 29 + "1",
    "0." + "0" * 28 + "1",
    "0." + "0" * 30 + "1",
    "1." + "0" * 31,
    "1" * 14,
    "-" + "9" * 14,
    "100",
    "100.000",
    "1" + "0" * 10,
    "NaN",
    "-Infinity",
    "sNaN",
    "1.2.3",
]
TIME_EDGES = [
    "2026-03-10T08:00:00+00:00",
    "2026-03-10T08:00:00Z",
    "2026-03-10T08:00:00",
    "2026-03-10",
    "1999-12-31T23:59:59.999999+00:00",
    "2000-01-01T00:00:00+00:00",
    "2100-01-01T00:00:00+00:00",
    "2099-12-31T23:59:59+00:00",
    "0001-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59-01:00",
    "2026-02-30",
    "1999-12-31",
    "2000-01-01",
    "2099-12-31",
    "2100-01-01",
]
OTHER_EDGES = [None, True, False, 0, 10**15, -(10**15), 10**15 + 1, 1.5, [], {}, ["x"], {"a": 1}]
EDGES = [*TEXT_EDGES, *DECIMAL_EDGES, *TIME_EDGES, *OTHER_EDGES]

texts = st.one_of(
    st.text(max_size=12),
    st.text(alphabet="0123456789abcdefABCDEF-{}:urnid", max_size=40),
    st.sampled_from(TEXT_EDGES),
)
decimal_texts = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True).map(str), st.sampled_from(DECIMAL_EDGES)
)
time_texts = st.one_of(
    st.datetimes(timezones=st.one_of(st.none(), st.timezones())).map(lambda d: d.isoformat()),
    st.sampled_from(TIME_EDGES),
)
values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**16), max_value=10**16),
    st.sampled_from([10**15, -(10**15), 10**15 + 1, -(10**15) - 1, 0]),
    st.floats(),
    texts,
    decimal_texts,
    time_texts,
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _read(kind: str, value: Any) -> tuple[str, Any]:
    try:
        return "read", SCALARS[kind](value, "payload", "field")
    except ValidationError as error:
        return "refused", error.code


@pytest.mark.parametrize("kind", sorted(QUICK))
@settings(max_examples=400, deadline=None)
@given(value=values)
def test_a_quick_reader_reads_a_value_as_its_reader_or_leaves_it_to_it(
    kind: str, value: Any
) -> None:
    quick = QUICK[kind](value)
    if quick is not SLOW:
        assert _read(kind, value) == ("read", quick)


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("uuid", _ID),
        ("int", 100000),
        ("int", -(10**15)),
        ("decimal", "270.0"),
        ("decimal", "-3.25"),
        ("rate", "0.0075"),
        ("percent", "19"),
        ("percent", "0"),
        ("datetime", "2026-03-10T08:00:00+00:00"),
        ("datetime", "2026-03-10T09:00:00.123456+01:00"),
        ("date", "2026-03-10"),
        ("str", "receipt"),
        ("str", ""),
        ("currency", "DZD"),
        ("bool", False),
    ],
)
def test_the_usual_values_a_branch_sends_are_read_quickly(kind: str, value: Any) -> None:
    quick = QUICK[kind](value)
    assert quick is not SLOW
    assert _read(kind, value) == ("read", quick)


def test_an_optional_field_takes_none_quickly_and_a_required_one_leaves_it_slow() -> None:
    optional, required = quick_reader("uuid?"), quick_reader("uuid")
    assert optional is not None and required is not None
    assert optional(None) is None
    assert required(None) is SLOW
    assert optional(_ID) == _ID


def test_a_kind_without_a_quick_reader_is_read_only_by_its_reader() -> None:
    assert quick_reader("clocks") is None
    assert quick_reader("number?") is None
