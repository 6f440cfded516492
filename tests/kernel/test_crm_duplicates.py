"""Likely duplicate customers by phone, legal id or names close after Arabic/French folding,
found through blocking keys; merging one into another is a pure plan."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

import pytest
from hypothesis import given
from hypothesis import strategies as st

from erp_desktop.kernel.clock import HlcTimestamp
from erp_desktop.kernel.crm.duplicates import (
    CustomerKeys,
    MergeSide,
    bounded_distance,
    find_duplicates,
    merge_plan,
    name_distance,
)
from erp_desktop.kernel.crm.loyalty import MovementKind, balance, earn, redemption
from erp_desktop.kernel.errors import ValidationError

A, B, C, D = (UUID(int=n) for n in (1, 2, 3, 4))
AT = datetime(2026, 3, 2, 10, tzinfo=UTC)


def levenshtein(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[len(b)]


@given(st.text("abcd", max_size=9), st.text("abcd", max_size=9), st.integers(0, 4))
def test_the_bounded_distance_is_the_edit_distance_when_within_the_bound(
    a: str, b: str, bound: int
) -> None:
    exact = levenshtein(a, b)
    assert bounded_distance(a, b, bound) == (exact if exact <= bound else None)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mohamed Benali", "Mohammed Benali"),
        ("Benali Mohamed", "Mohamed Benali"),
        ("Mohamed Ben Ali", "Mohamed Benali"),
        ("Hélène Bouchard", "HELENE BOUCHARD"),
        ("فاطمة الزهراء", "فاطمه الزهراء"),
        ("أحمد بن علي", "احمد بن على"),
        ("مُحَمَّد", "محمد"),
        ("Youcef Khelifi", "Yousef Khelifi"),
    ],
)
def test_names_close_after_folding_match(a: str, b: str) -> None:
    assert name_distance(a, b) is not None


@pytest.mark.parametrize(
    ("a", "b"),
    [("Ali", "Adel"), ("Karim Haddad", "Karima Saadi"), ("Nadia", "Nadir Belkacem"), ("", "Ali")],
)
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert name_distance(a, b) is None


def test_customers_sharing_a_phone_a_legal_id_or_a_close_name_are_reported_once_with_reasons() -> (
    None
):
    customers = [
        CustomerKeys(A, ("Mohamed Benali",), ("+213551234567",)),
        CustomerKeys(B, ("Mohammed Benali",), ("+213551234567",)),
        CustomerKeys(C, ("SARL Atlas",), (), ("001234567000089",)),
        CustomerKeys(D, ("Atlas Distribution",), ("+212612345678",), ("001234567000089",)),
        CustomerKeys(UUID(int=5), ("Karima Saadi",), ("+21620123456",)),
    ]
    found = find_duplicates(customers)
    assert [(p.first, p.second, p.reasons) for p in found.pairs] == [
        (A, B, frozenset({"phone", "name"})),
        (C, D, frozenset({"legal_id"})),
    ]
    assert found.pairs[0].name_distance == 1


def test_a_customer_whose_arabic_name_matches_another_s_is_found_through_either_name() -> None:
    customers = [
        CustomerKeys(A, ("Ahmed Bouzid", "أحمد بوزيد")),
        CustomerKeys(B, ("احمد بوزيد",)),
    ]
    assert [p.reasons for p in find_duplicates(customers).pairs] == [frozenset({"name"})]


def test_a_phone_shared_by_too_many_customers_is_reported_not_compared() -> None:
    shop = "+213550000000"
    customers = [CustomerKeys(UUID(int=n), (f"Client {n}",), (shop,)) for n in range(1, 30)]
    found = find_duplicates(customers, max_block=10)
    assert ("p:" + shop, 29) in found.oversized_keys
    assert all("phone" not in p.reasons for p in found.pairs)


def clock(ms: int) -> str:
    return HlcTimestamp(ms, 0, "HQ").encode()


def test_merging_a_into_b_keeps_the_most_recent_edit_of_each_field_and_moves_the_points() -> None:
    a_points = [earn(A, 300, AT, "ALG01"), redemption(A, 100, AT.replace(hour=11), "ORN01")]
    source = MergeSide(
        A,
        {"name": "Mohamed Benali", "phone": "+213551234567", "email": "m@b.dz"},
        {"name": clock(5), "phone": clock(9), "email": clock(2)},
        ("+213551234567",),
        frozenset({"vip"}),
        tuple(a_points),
    )
    target = MergeSide(
        B,
        {"name": "Mohammed Benali", "phone": "+213661234567", "email": "mb@x.dz"},
        {"name": clock(7), "phone": clock(3), "email": clock(4)},
        ("+213661234567",),
        frozenset({"grossiste"}),
    )
    plan = merge_plan(source, target, AT.replace(day=3), "HQ")
    assert plan.values["name"] == "Mohammed Benali"  # B's edit is newer
    assert plan.values["phone"] == "+213551234567"  # A's edit is newer
    assert plan.values["email"] == "mb@x.dz"
    assert plan.clocks["phone"] == clock(9)
    assert plan.phones == ("+213661234567", "+213551234567")
    assert plan.tags == frozenset({"vip", "grossiste"})
    moved_in = [m for m in plan.movements if m.customer_id == B]
    assert [m.kind for m in moved_in] == [MovementKind.TRANSFER_IN]
    assert balance(moved_in) == 200
    assert balance([*a_points, *(m for m in plan.movements if m.customer_id == A)]) == 0
    assert plan.merge_id == merge_plan(source, target, AT.replace(day=3), "HQ").merge_id


def test_merging_a_customer_into_itself_is_refused_with_a_code() -> None:
    side = MergeSide(A, {}, {})
    with pytest.raises(ValidationError) as err:
        merge_plan(side, side, AT, "HQ")
    assert err.value.code == "crm.merge_into_itself"


def test_the_benchmark_s_injected_duplicates_are_all_found_on_a_small_run() -> None:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_duplicates.py"
    spec = importlib.util.spec_from_file_location("bench_duplicates", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    result = bench.run(3000, 0.05, seed=3, out=False)
    assert result["recall"] == 1.0
    assert result["pairs"] >= 150
