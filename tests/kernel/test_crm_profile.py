"""A customer's profile: phones in one form whatever was typed, consent as dated events that
refuse a campaign once withdrawn, custom fields checked against their declaration."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from uuid import UUID

import pytest

from erp_desktop.kernel.crm.profile import (
    Channel,
    ConsentEvent,
    CustomerKind,
    FieldType,
    campaign_audience,
    check_campaign,
    make_profile,
    national_format,
    normalize_legal_id,
    normalize_phone,
    validate_metadata,
)
from erp_desktop.kernel.errors import ValidationError

CUSTOMER = UUID("01890000-0000-7000-8000-000000000001")


@pytest.mark.parametrize(
    ("typed", "country", "e164"),
    [
        ("0551 23 45 67", "DZ", "+213551234567"),
        ("+213 (0)551-23-45-67", "DZ", "+213551234567"),
        ("00213551234567", "DZ", "+213551234567"),
        ("٠٥٥١٢٣٤٥٦٧", "DZ", "+213551234567"),
        ("021 23 45 67", "DZ", "+21321234567"),
        ("06 12 34 56 78", "MA", "+212612345678"),
        ("+212 5 22 12 34 56", "MA", "+212522123456"),
        ("20 123 456", "TN", "+21620123456"),
        ("+216 71 123 456", "TN", "+21671123456"),
        ("+216 20 123 456", "DZ", "+21620123456"),  # a Tunisian number typed in Algiers
    ],
)
def test_a_phone_typed_any_usual_way_is_kept_in_international_form(
    typed: str, country: str, e164: str
) -> None:
    assert normalize_phone(typed, country) == e164


@pytest.mark.parametrize(
    ("typed", "country"),
    [
        ("551234567", "DZ"),  # no trunk 0
        ("0851 23 45 67", "DZ"),  # no 8 mobiles in Algeria
        ("0551 23 45 6", "DZ"),
        ("06 12 34 56", "MA"),
        ("0 20 123 456", "TN"),  # Tunisia has no trunk 0
        ("+33 6 12 34 56 78", "DZ"),
        ("abc", "MA"),
        ("", "TN"),
    ],
)
def test_a_number_that_is_not_one_of_the_country_is_refused_with_a_code(
    typed: str, country: str
) -> None:
    with pytest.raises(ValidationError) as err:
        normalize_phone(typed, country)
    assert err.value.code == "crm.invalid_phone"


def test_a_country_without_a_numbering_plan_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        normalize_phone("0551234567", "FR")
    assert err.value.code == "crm.unknown_phone_country"


def test_a_number_is_shown_in_its_country_s_national_format() -> None:
    assert national_format("+213551234567") == "0551 23 45 67"
    assert national_format("+21321234567") == "021 23 45 67"
    assert national_format("+212612345678") == "06 12 34 56 78"
    assert national_format("+21620123456") == "20 123 456"


def at(day: int, month: int = 1) -> datetime:
    return datetime(2026, month, day, 12, tzinfo=UTC)


def test_a_campaign_to_a_customer_who_withdrew_consent_is_refused_with_its_date() -> None:
    # Tunisia 2004-63 art. 27: consent may be withdrawn at any time; the latest event decides.
    events = [
        ConsentEvent(Channel.SMS, True, at(2), "till ALG01"),
        ConsentEvent(Channel.SMS, False, at(20), "phone call"),
    ]
    with pytest.raises(ValidationError) as err:
        check_campaign(CUSTOMER, events, Channel.SMS)
    assert err.value.code == "crm.consent_withdrawn"
    assert err.value.params["on"] == "2026-01-20"


def test_a_consent_given_again_after_a_withdrawal_allows_the_campaign() -> None:
    events = [
        ConsentEvent(Channel.EMAIL, True, at(2), "form"),
        ConsentEvent(Channel.EMAIL, False, at(5), "form"),
        ConsentEvent(Channel.EMAIL, True, at(9), "signed form"),
    ]
    check_campaign(CUSTOMER, events, Channel.EMAIL)


def test_without_prior_consent_on_the_channel_a_campaign_is_refused() -> None:
    # Morocco 09-08 art. 10: prospecting by e-mail or automated means needs prior consent.
    events = [ConsentEvent(Channel.SMS, True, at(2), "till")]
    with pytest.raises(ValidationError) as err:
        check_campaign(CUSTOMER, events, Channel.EMAIL)
    assert err.value.code == "crm.no_consent"


def test_a_withdrawal_recorded_at_the_same_moment_as_a_consent_wins() -> None:
    events = [
        ConsentEvent(Channel.SMS, False, at(2), "till ORN01"),
        ConsentEvent(Channel.SMS, True, at(2), "till ALG01"),
    ]
    with pytest.raises(ValidationError):
        check_campaign(CUSTOMER, events, Channel.SMS)


def test_a_campaign_audience_lists_who_is_refused_and_why() -> None:
    a, b, c = (UUID(int=n) for n in (1, 2, 3))
    allowed, refused = campaign_audience(
        [
            (a, [ConsentEvent(Channel.SMS, True, at(1), "till")]),
            (
                b,
                [
                    ConsentEvent(Channel.SMS, True, at(1), "till"),
                    ConsentEvent(Channel.SMS, False, at(3), "call"),
                ],
            ),
            (c, []),
        ],
        Channel.SMS,
    )
    assert allowed == [a]
    assert [(r.customer_id, r.code) for r in refused] == [
        (b, "crm.consent_withdrawn"),
        (c, "crm.no_consent"),
    ]


SCHEMA = {
    "loyalty_card": FieldType.STR,
    "children": FieldType.INT,
    "credit_limit": FieldType.DECIMAL,
    "birthday": FieldType.DATE,
    "vip": FieldType.BOOL,
}


def test_custom_fields_are_checked_and_made_json_ready_without_floats() -> None:
    values = validate_metadata(
        {
            "loyalty_card": " C-123 ",
            "children": 2,
            "credit_limit": Decimal("5000.50"),
            "birthday": date(1990, 4, 1),
            "vip": True,
            "unused": None,
        },
        SCHEMA | {"unused": FieldType.STR},
    )
    assert values == {
        "loyalty_card": "C-123",
        "children": 2,
        "credit_limit": "5000.50",
        "birthday": "1990-04-01",
        "vip": True,
    }


@pytest.mark.parametrize(
    ("values", "code"),
    [
        ({"Bad Key": "x"}, "crm.invalid_metadata_key"),
        ({"shoe_size": "42"}, "crm.unknown_metadata_key"),
        ({"children": "2"}, "crm.invalid_metadata_value"),
        ({"children": True}, "crm.invalid_metadata_value"),
        ({"credit_limit": 1.5}, "crm.invalid_metadata_value"),
        ({"credit_limit": "NaN"}, "crm.invalid_metadata_value"),
        ({"birthday": "1990-13-01"}, "crm.invalid_metadata_value"),
        ({"vip": "yes"}, "crm.invalid_metadata_value"),
    ],
)
def test_a_custom_field_of_the_wrong_name_or_type_is_refused_with_a_code(
    values: dict[str, object], code: str
) -> None:
    with pytest.raises(ValidationError) as err:
        validate_metadata(values, SCHEMA)
    assert err.value.code == code


def test_a_business_profile_keeps_several_phones_once_each_and_its_legal_ids_compacted() -> None:
    profile = make_profile(
        CUSTOMER,
        "business",
        "SARL Atlas Distribution",
        "MA",
        legal_ids={"ice": "001 234 567 000 089"},
        phones=["06 12 34 56 78", "+212612345678", "05 22 12 34 56"],
        tags=["Grossiste ", "grossiste"],
        language="ar",
        metadata={"vip": True},
        metadata_schema=SCHEMA,
    )
    assert profile.kind is CustomerKind.BUSINESS
    assert profile.phones == ("+212612345678", "+212522123456")
    assert profile.legal_ids == {"ice": "001234567000089"}
    assert profile.tags == frozenset({"grossiste"})
    assert normalize_legal_id("000-123.456 a") == "000123456A"


def test_a_profile_needs_a_name_and_a_language_of_the_application() -> None:
    with pytest.raises(ValidationError) as err:
        make_profile(CUSTOMER, "individual", " ", "DZ")
    assert err.value.code == "common.required"
    with pytest.raises(ValidationError) as err:
        make_profile(CUSTOMER, "individual", "Amine", "DZ", language="de")
    assert err.value.code == "crm.invalid_language"
