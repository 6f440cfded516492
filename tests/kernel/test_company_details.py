"""Head office's company record is checked as the replica checks a business customer's ids:
the same kernel rules for RC, NIF, ICE, MF; the capital in the currency's minor units."""

from __future__ import annotations

import pytest

from erp_desktop.kernel.partners.company import CompanyDetails, check_company_details


def test_a_tunisian_capital_of_5000_dinars_is_kept_in_millimes_and_the_mf_normalized() -> None:
    checked, problems = check_company_details(
        "TN",
        "TND",
        CompanyDetails(
            {"address": " 3 avenue Habib Bourguiba, Tunis "},
            "5000.500",
            {"mf": "1234567a/p/m/000", "CNSS": "123456-78"},
        ),
    )
    assert problems == []
    assert checked.mentions == {
        "address": "3 avenue Habib Bourguiba, Tunis",
        "capital_minor": 5_000_500,
    }
    assert checked.legal_ids == {"MF": "1234567/A/P/M/000", "CNSS": "123456-78"}


def test_a_moroccan_company_keeps_its_ice_patente_and_cnss() -> None:
    checked, problems = check_company_details(
        "MA",
        "MAD",
        CompanyDetails(
            legal_ids={"ICE": "001561191000066", "Patente": "12345678", "CNSS": "1234567"}
        ),
    )
    assert problems == []
    assert checked.legal_ids == {"ICE": "001561191000066", "Patente": "12345678", "CNSS": "1234567"}


def test_every_problem_is_reported_at_once() -> None:
    _checked, problems = check_company_details(
        "DZ",
        "DZD",
        CompanyDetails({"address": "", "legal_form": "x" * 41}, "0", {"CNAS": "CNAS?", "NIS": "1"}),
    )
    assert sorted(p.code for p in problems) == [
        "common.invalid_value",
        "common.invalid_value",
        "common.invalid_value",
        "common.required",
        "receivables.invalid_legal_id",
    ]


@pytest.mark.parametrize("typed", ["1 000 000", "1000000,00", "1000000"])
def test_a_capital_of_a_million_dinars_is_typed_as_people_write_it(typed: str) -> None:
    checked, problems = check_company_details("DZ", "DZD", CompanyDetails(capital=typed))
    assert problems == [] and checked.mentions == {"capital_minor": 100_000_000}
