"""Business customers on the replica: legal identifiers checked by the kernel for the
company's country, terms within the law's cap, limits and discounts in range, each refusal
coded with nothing written; only the fields that changed are stamped for the merge."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from erp_desktop.app.business.customers import (
    BusinessProfile,
    business_customer_of,
    find_business_customers,
    profile_of,
    save_business_customer,
)
from erp_desktop.app.customers import save_customer
from erp_desktop.kernel.errors import ValidationError
from tests.builders import Branch, build_branch

RESTAURANT = BusinessProfile(
    "Restaurant La Corniche",
    "مطعم الكورنيش",
    phone="021 63 00 00",
    legal_ids={"NIF": "0000 1600 1234 567", "RC": "16/00-1234567 B 18"},
    billing_address="3 boulevard Che Guevara, Alger",
    terms="net:45",
    credit_limit=Decimal("150000.00"),
    discount_percent=Decimal("5"),
)


def test_a_business_customer_is_saved_with_its_normalized_identifiers(branch: Branch) -> None:
    manager = branch.actor("manager")
    made, _ = save_business_customer(branch.deps, manager, None, RESTAURANT)
    kept = profile_of(made)
    assert kept.legal_ids == {"nif": "000016001234567", "rc": "16/00-1234567 B 18"}
    assert (kept.terms, kept.credit_limit, kept.discount_percent) == (
        "net:45",
        Decimal(150000),
        Decimal(5),
    )
    customer = business_customer_of(made, "DZ", "DZD")
    assert customer.credit_limit is not None and customer.credit_limit.to_minor() == 15000000
    save_customer(branch.deps, manager, None, name="Client de passage")  # not a business one
    assert [c.name for c in find_business_customers(branch.deps, manager)] == [
        "Restaurant La Corniche"
    ]


def test_only_the_fields_that_changed_are_stamped(branch: Branch) -> None:
    manager = branch.actor("manager")
    made, _ = save_business_customer(branch.deps, manager, None, RESTAURANT)
    before = dict(made.field_clocks)
    profile = profile_of(made)
    again, _ = save_business_customer(
        branch.deps,
        manager,
        made.id,
        BusinessProfile(
            **{n: getattr(profile, n) for n in BusinessProfile.__dataclass_fields__}
            | {"terms": "eom:15"}
        ),
    )
    moved = {k for k, v in again.field_clocks.items() if before.get(k) != v}
    assert moved == {"terms"}


@pytest.mark.parametrize(
    ("country", "change", "code"),
    [
        ("DZ", {"legal_ids": {"nif": "12345"}}, "receivables.invalid_legal_id"),
        ("DZ", {"legal_ids": {}}, "receivables.invalid_legal_id"),
        ("MA", {"legal_ids": {"ice": "00123456700001"}}, "receivables.invalid_legal_id"),
        (
            "MA",
            {"legal_ids": {"ice": "001234567000012"}, "terms": "net:150"},
            "receivables.delay_exceeds_cap",
        ),
        (
            "TN",
            {"legal_ids": {"matricule_fiscal": "1234567/O/A/M/000"}},
            "receivables.invalid_legal_id",
        ),
        ("DZ", {"discount_percent": Decimal(120)}, "common.invalid_value"),
        ("DZ", {"credit_limit": Decimal(-1)}, "common.invalid_value"),
        ("DZ", {"account_currency": "XYZ"}, "common.invalid_value"),
        ("DZ", {"terms": "net:-3"}, "receivables.unknown_terms"),
    ],
)
def test_a_bad_profile_is_refused_with_its_code_and_nothing_written(
    tmp_path: Path, country: str, change: dict[str, object], code: str
) -> None:
    built = build_branch(tmp_path, country=country)
    try:
        profile = BusinessProfile(
            **{n: getattr(RESTAURANT, n) for n in BusinessProfile.__dataclass_fields__}
            | ({"legal_ids": {}} if country != "DZ" else {})
            | change
        )
        with pytest.raises(ValidationError) as err:
            save_business_customer(built.deps, built.actor("manager"), None, profile)
        assert err.value.code == code
        assert find_business_customers(built.deps, built.actor("manager")) == []
    finally:
        built.replica.close()
