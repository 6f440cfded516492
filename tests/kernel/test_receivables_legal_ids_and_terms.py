"""Business customers' legal identifiers, payment terms and the law's payment delay caps.

Sources (see kernel/partners/legal_ids.py and kernel/invoicing/data/payment_delays.json):
ICE examples from python-stdnum's ma/ice.py doctest (001561191000066, 002136093000040) and
OMPIC's placeholder 123456789000057 (clubdesmarques.ma); matricule fiscal examples from
python-stdnum's tn/mf.py (1496298/T/P/N/000, 1234567/M/A/E/001); Algeria's NIF from
python-stdnum's dz/nif.py (416001000000007, 15 or 20 digits); Morocco's law 69-21 (libe.ma,
16/09/2023: 60 days by default, 120 at most, from the invoice date).
"""

from datetime import date
from decimal import Decimal
from uuid import uuid4

import pytest

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.invoicing.terms import (
    Instalment,
    PaymentTerms,
    check_terms,
    default_terms,
    delay_cap,
    due_schedule,
    terms_from_code,
)
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.partners.customers import (
    BusinessCustomer,
    CreditDecision,
    credit_check,
    require_credit,
)
from erp_desktop.kernel.partners.legal_ids import (
    ice_key_consistent,
    normalized_legal_id,
    parse_matricule_fiscal,
)


def _refused(country: str, kind: str, value: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        normalized_legal_id(country, kind, value)
    assert caught.value.code == "receivables.invalid_legal_id"
    assert caught.value.params == {"country": country, "kind": kind, "value": value}
    return caught.value


def test_a_moroccan_ice_is_fifteen_digits_and_spaces_are_dropped() -> None:
    assert normalized_legal_id("MA", "ice", "00 21 36 09 30 00 040") == "002136093000040"
    _refused("MA", "ice", "12345")
    _refused("MA", "ice", "X0156119100006Z")


def test_an_ice_whose_key_is_not_a_multiple_of_97_is_only_a_warning() -> None:
    assert ice_key_consistent("001561191000066")
    assert ice_key_consistent("002136093000040")
    assert ice_key_consistent("003677364000081")
    assert not ice_key_consistent("123456789000057")  # OMPIC's placeholder
    assert normalized_legal_id("MA", "ice", "123456789000057") == "123456789000057"


def test_an_algerian_nif_has_fifteen_digits_or_twenty_for_a_secondary_establishment() -> None:
    assert normalized_legal_id("DZ", "nif", "408 020 000 150 039") == "408020000150039"
    assert normalized_legal_id("DZ", "nif", "41201600000606600001") == "41201600000606600001"
    _refused("DZ", "nif", "4160010000000071")
    _refused("DZ", "nif", "X1600100000000V")


def test_algerian_nis_ai_and_rc_are_checked_for_their_shape() -> None:
    assert normalized_legal_id("DZ", "nis", "0984 1601 2345 678") == "098416012345678"
    assert normalized_legal_id("DZ", "ai", "16013456789") == "16013456789"
    assert normalized_legal_id("DZ", "rc", "16/00-1234567 B 18") == "16/00-1234567 B 18"
    assert normalized_legal_id("DZ", "rc", "98 B 0162554") == "98 B 0162554"
    _refused("DZ", "nis", "09841601234567")
    _refused("DZ", "ai", "16")
    _refused("DZ", "rc", "1234567")  # no legal-form letter
    _refused("DZ", "rc", "B 12")


def test_a_tunisian_matricule_fiscal_is_read_into_its_parts() -> None:
    mf = parse_matricule_fiscal("1496298 T P N 000")
    assert (mf.identifier, mf.key, mf.vat_code, mf.category, mf.establishment) == (
        "1496298",
        "T",
        "P",
        "N",
        "000",
    )
    assert normalized_legal_id("TN", "matricule_fiscal", "1234567/m/a/e/001") == (
        "1234567/M/A/E/001"
    )
    assert normalized_legal_id("TN", "matricule_fiscal", "121J") == "0000121/J"


def test_a_matricule_fiscal_with_a_forbidden_letter_or_code_is_refused() -> None:
    _refused("TN", "matricule_fiscal", "1219773U")  # I, O and U are never control letters
    _refused("TN", "matricule_fiscal", "1234567/M/A/X/000")  # X is no category
    _refused("TN", "matricule_fiscal", "1234567/M/Z/M/000")  # Z is no code TVA
    _refused("TN", "matricule_fiscal", "1234567/M/A/M/001")  # a secondary one is category E


def test_an_identifier_of_another_country_is_refused() -> None:
    _refused("DZ", "ice", "001561191000066")


def test_a_customer_keeps_its_identifiers_normalized_and_refuses_a_bad_one() -> None:
    terms = PaymentTerms.net(30)
    customer = BusinessCustomer(
        uuid4(), "MA", "Café Atlas", "MAD", terms, legal_ids={"ice": "0015 6119 1000 066"}
    )
    assert customer.legal_ids == {"ice": "001561191000066"}
    with pytest.raises(ValidationError):
        BusinessCustomer(uuid4(), "MA", "X", "MAD", terms, legal_ids={"ice": "1"})


def test_net_and_end_of_month_terms_give_their_due_dates() -> None:
    total = Money.of("1000.00", "DZD")
    assert due_schedule(PaymentTerms.cash(), date(2026, 2, 10), total)[0].due_on == date(
        2026, 2, 10
    )
    assert due_schedule(PaymentTerms.net(30), date(2026, 2, 10), total)[0].due_on == date(
        2026, 3, 12
    )
    assert due_schedule(PaymentTerms.end_of_month(15), date(2026, 2, 10), total)[0].due_on == (
        date(2026, 3, 15)
    )


def test_instalments_share_the_total_exactly_and_must_cover_it_all() -> None:
    terms = PaymentTerms(
        "instalments",
        instalments=(Instalment(Decimal("33.33"), 30), Instalment(Decimal("66.67"), 60)),
    )
    parts = due_schedule(terms, date(2026, 1, 1), Money.of("100.01", "DZD"))
    assert [p.due_on for p in parts] == [date(2026, 1, 31), date(2026, 3, 2)]
    assert sum((p.amount for p in parts), Money.zero("DZD")) == Money.of("100.01", "DZD")
    assert terms_from_code(terms.code) == terms
    with pytest.raises(ValidationError) as caught:
        PaymentTerms("instalments", instalments=(Instalment(Decimal(50), 30),))
    assert caught.value.code == "receivables.bad_instalments"


def test_unknown_terms_are_a_coded_error() -> None:
    with pytest.raises(ValidationError) as caught:
        terms_from_code("net:soon")
    assert caught.value.code == "receivables.unknown_terms"


def test_morocco_sets_sixty_days_by_default_and_refuses_more_than_one_hundred_twenty() -> None:
    on = date(2026, 5, 4)
    assert default_terms("MA", on) == PaymentTerms.net(60)
    assert check_terms("MA", on, PaymentTerms.net(120)) == (date(2026, 9, 1),)
    with pytest.raises(ValidationError) as caught:
        check_terms("MA", on, PaymentTerms.net(121))
    assert caught.value.code == "receivables.delay_exceeds_cap"
    assert caught.value.params == {"country": "MA", "days": 121, "maximum": 120}


def test_morocco_had_no_cap_before_law_69_21_came_into_force() -> None:
    assert delay_cap("MA", date(2023, 6, 30)) is None
    assert check_terms("MA", date(2023, 6, 30), PaymentTerms.net(180))


def test_algeria_and_tunisia_cap_no_sale_to_a_business_customer() -> None:
    assert delay_cap("DZ", date(2026, 1, 1)) is None
    assert delay_cap("TN", date(2026, 1, 1)) is None
    assert check_terms("TN", date(2026, 1, 1), PaymentTerms.net(180))


def test_tunisia_caps_what_a_distributor_pays_its_producer_by_product_class() -> None:
    cap = delay_cap("TN", date(2026, 1, 1), "producer_to_distributor")
    assert cap is not None
    assert (cap.maximum("food"), cap.maximum("furniture_appliances"), cap.maximum()) == (
        30,
        90,
        60,
    )
    with pytest.raises(ValidationError):
        check_terms(
            "TN",
            date(2026, 1, 1),
            PaymentTerms.net(31),
            scope="producer_to_distributor",
            product_class="food",
        )


def _customer(limit: str | None, blocks: bool) -> BusinessCustomer:
    return BusinessCustomer(
        uuid4(),
        "DZ",
        "École Ibn Khaldoun",
        "DZD",
        PaymentTerms.net(30),
        credit_limit=Money.of(limit, "DZD") if limit else None,
        limit_blocks=blocks,
    )


def test_a_sale_within_the_credit_limit_passes() -> None:
    decision = credit_check(
        _customer("100000", True), Money.of(60000, "DZD"), Money.of(40000, "DZD")
    )
    assert decision is CreditDecision.OK
    assert credit_check(_customer(None, True), Money.of(10**9, "DZD"), Money.of(1, "DZD")) is (
        CreditDecision.OK
    )


def test_passing_a_warning_limit_warns_and_a_blocking_one_blocks_unless_a_manager_overrides() -> (
    None
):
    open_, new = Money.of(60000, "DZD"), Money.of(40001, "DZD")
    assert credit_check(_customer("100000", False), open_, new) is CreditDecision.WARN
    with pytest.raises(ValidationError) as caught:
        require_credit(_customer("100000", True), open_, new)
    assert caught.value.code == "receivables.credit_limit_exceeded"
    assert require_credit(_customer("100000", True), open_, new, manager_override=True) is (
        CreditDecision.OVERRIDDEN
    )
