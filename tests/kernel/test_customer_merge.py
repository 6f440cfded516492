"""Field-by-field last-writer-wins: the merge is commutative, idempotent and keeps the
newest edit of each field whatever order the versions arrive in."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from erp_desktop.kernel.clock import HlcTimestamp
from erp_desktop.kernel.crm.customers import FIELDS, merge_customer

clock = st.builds(
    lambda ms, c, node: HlcTimestamp(ms, c, node).encode(),
    st.integers(0, 10**13),
    st.integers(0, 50),
    st.sampled_from(["ALG01", "ALG02", "HQ"]),
)
version = st.tuples(
    st.fixed_dictionaries({f: st.text(max_size=5) for f in FIELDS}),
    st.dictionaries(st.sampled_from(FIELDS), clock),
)


@given(version, version)
def test_the_merge_is_commutative_where_clocks_differ(a: tuple, b: tuple) -> None:  # type: ignore[type-arg]
    ab = merge_customer(a[0], a[1], b[0], b[1])
    ba = merge_customer(b[0], b[1], a[0], a[1])
    for field in FIELDS:
        if a[1].get(field, "") != b[1].get(field, ""):
            assert ab[0][field] == ba[0][field]
        assert ab[1].get(field) == ba[1].get(field)


@given(version, version)
def test_the_merge_is_idempotent(a: tuple, b: tuple) -> None:  # type: ignore[type-arg]
    once = merge_customer(a[0], a[1], b[0], b[1])
    assert merge_customer(once[0], once[1], b[0], b[1]) == once


def test_the_newest_edit_of_each_field_wins() -> None:
    head_office = (
        {"name": "Benali", "phone": "0550 12 34 56"},
        {"name": "000000000000100-000000-HQ", "phone": "000000000000100-000000-HQ"},
    )
    branch = (
        {"name": "Mme Benali", "phone": "0661 00 00 00"},
        {"name": "000000000000200-000000-ALG01", "phone": "000000000000050-000000-ALG01"},
    )
    values, clocks = merge_customer(*head_office, *branch)
    assert values["name"] == "Mme Benali" and values["phone"] == "0550 12 34 56"
    assert clocks == {"name": "000000000000200-000000-ALG01", "phone": "000000000000100-000000-HQ"}
