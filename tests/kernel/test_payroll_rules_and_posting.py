"""The payroll rules as data (dated, sourced, refused whole when malformed), the coded
errors of bad input, the payroll entry, and the properties every payslip keeps: the net
never exceeds the gross, the tax never falls when the taxable salary rises, every amount
is at the currency's minor unit and the lines add up to the net to pay exactly."""

import copy
import json
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import Any
from uuid import UUID

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money, quantum
from erp_desktop.kernel.payroll import (
    Allowance,
    Contract,
    FamilySituation,
    LineKind,
    OvertimeHours,
    PayInput,
    PayrollCatalog,
    allowance_of_kind,
    compute_payslip,
    default_payroll_catalog,
)
from erp_desktop.kernel.payroll.posting import PayrollJournal, payroll_accounts, post_payroll
from erp_desktop.kernel.payroll.rules import COUNTRIES
from erp_desktop.kernel.payroll.taxes import TAX_FUNCTIONS

CURRENCY = {"DZ": "DZD", "MA": "MAD", "TN": "TND"}
RUN_ID = UUID("00000000-0000-4000-8000-000000000015")


def documents() -> dict[str, dict[str, Any]]:
    folder = resources.files("erp_desktop.kernel.payroll") / "data"
    return {c: json.loads((folder / f"{c}.json").read_text(encoding="utf-8")) for c in COUNTRIES}


def pay(country: str, base: object, on: date = date(2025, 3, 1), **kw: Any) -> PayInput:
    contract = Contract(date(2000, 1, 1), None, Money.of(base, CURRENCY[country]), Decimal(173))
    return PayInput(country, on, contract, **kw)


def test_every_rule_of_every_country_cites_its_source() -> None:
    for country, doc in documents().items():
        rows = (
            doc["contributions"] + doc["income_tax"] + doc["overtime"] + doc.get("solidarity", [])
        )
        for row in rows:
            assert row["source"].strip(), (country, row)


def test_a_month_before_the_first_law_in_the_data_has_no_rule() -> None:
    with pytest.raises(ValidationError) as error:
        compute_payslip(pay("DZ", 40000, on=date(2020, 5, 1)))
    assert error.value.code == "payroll.no_rule"


def test_an_unknown_country_is_refused_with_a_code() -> None:
    with pytest.raises(ValidationError) as error:
        compute_payslip(PayInput("FR", date(2025, 3, 1), pay("DZ", 1).contract))
    assert error.value.code == "payroll.unknown_country"


def test_a_contract_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        Contract(date(2025, 3, 1), date(2025, 2, 28), Money.of(1, "DZD"), Decimal(173))
    assert error.value.code == "payroll.contract_ends_before_start"


def test_a_month_outside_the_contract_is_refused() -> None:
    contract = Contract(date(2025, 4, 1), None, Money.of(40000, "DZD"), Decimal(173))
    with pytest.raises(ValidationError) as error:
        compute_payslip(PayInput("DZ", date(2025, 3, 1), contract))
    assert error.value.code == "payroll.outside_contract"


def test_advances_above_the_net_are_refused_as_a_negative_net() -> None:
    with pytest.raises(ValidationError) as error:
        compute_payslip(pay("MA", 5000, advances=(Money.of(6000, "MAD"),)))
    assert error.value.code == "payroll.negative_net"


def test_absences_beyond_the_month_are_refused_as_a_negative_net() -> None:
    with pytest.raises(ValidationError) as error:
        compute_payslip(pay("TN", 1000, absence_hours=Decimal(200)))
    assert error.value.code == "payroll.negative_net"


def test_a_negative_allowance_is_refused() -> None:
    bonus = Allowance("bonus", "Prime", "منحة", Money.of(-1, "DZD"))
    with pytest.raises(ValidationError) as error:
        compute_payslip(pay("DZ", 40000, allowances=(bonus,)))
    assert error.value.code == "payroll.negative_amount"


def test_an_overtime_kind_the_country_does_not_have_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        compute_payslip(pay("DZ", 40000, overtime=(OvertimeHours("night", Decimal(1)),)))
    assert error.value.code == "payroll.unknown_overtime_kind"


def test_two_versions_of_a_rule_in_force_on_one_day_are_refused_whole() -> None:
    docs = documents()
    tax = copy.deepcopy(docs["MA"]["income_tax"][1])
    tax["valid_from"] = "2025-06-01"
    docs["MA"]["income_tax"].append(tax)
    with pytest.raises(ValueError, match="two versions"):
        PayrollCatalog(docs)


def test_a_rule_without_a_source_is_refused() -> None:
    docs = documents()
    docs["TN"]["contributions"][0]["source"] = ""
    with pytest.raises(ValueError, match="source"):
        PayrollCatalog(docs)


def test_a_barème_whose_rates_fall_is_refused() -> None:
    docs = documents()
    docs["DZ"]["income_tax"][0]["brackets"][2]["rate"] = "10"
    with pytest.raises(ValueError, match="rise"):
        PayrollCatalog(docs)


def test_absences_and_allowances_change_the_gross_and_its_bases() -> None:
    meal = Allowance("panier", "Panier", "منحة القفة", Money.of(2000, "DZD"), contributory=False)
    family = Allowance(
        "family",
        "Allocations familiales",
        "المنح العائلية",
        Money.of(600, "DZD"),
        contributory=False,
        taxable=False,
    )
    slip = compute_payslip(pay("DZ", 34600, allowances=(meal, family), absence_hours=Decimal(8)))
    # 34,600 / 173 = 200 DA an hour: 8 hours = 1,600 DA off the base
    assert slip.amount("absence") == Money.of(1600, "DZD")
    assert slip.gross == Money.of(34600 + 2000 + 600 - 1600, "DZD")
    assert slip.amount("contributory_gross") == Money.of(33000, "DZD")
    assert slip.amount("gross_taxable") == Money.of(35000, "DZD")


def test_each_line_names_the_rule_it_applies() -> None:
    for country in COUNTRIES:
        slip = compute_payslip(pay(country, 9000))
        for line in slip.lines:
            if line.kind in (LineKind.WITHHOLDING, LineKind.EMPLOYER):
                assert line.source, (country, line.code)
            assert line.label_fr and line.label_ar, (country, line.code)


def test_a_month_of_three_payslips_posts_one_balanced_entry() -> None:
    slips = [
        compute_payslip(pay("MA", base, advances=(Money.of(500, "MAD"),)))
        for base in (4000, 10000, 25000)
    ]
    entry = post_payroll(PayrollJournal.of(slips), date(2025, 3, 31), RUN_ID, "PAIE-2025-03")
    assert entry.is_balanced()
    accounts = payroll_accounts("MA")
    by_account = {line.account: line for line in entry.lines}
    salaries = by_account[accounts[next(iter(accounts))].code]
    assert salaries.amount == Money.of(39000, "MAD")
    net = sum((s.net_to_pay.amount for s in slips), Decimal(0))
    assert by_account["4432"].amount == Money.of(net, "MAD")
    assert by_account["3431"].amount == Money.of(1500, "MAD")


def test_payslips_of_two_countries_do_not_share_an_entry() -> None:
    slips = [compute_payslip(pay("DZ", 40000)), compute_payslip(pay("TN", 1000))]
    with pytest.raises(ValidationError) as error:
        PayrollJournal.of(slips)
    assert error.value.code == "payroll.mixed_countries"


amounts = st.decimals(min_value=0, max_value=2_000_000, places=2, allow_nan=False)


@settings(max_examples=150, deadline=None)
@given(
    country=st.sampled_from(COUNTRIES),
    base=amounts,
    bonus=amounts,
    hours=st.integers(min_value=0, max_value=40),
    dependants=st.integers(min_value=0, max_value=8),
)
def test_net_never_exceeds_gross_and_the_lines_add_up_exactly(
    country: str, base: Decimal, bonus: Decimal, hours: int, dependants: int
) -> None:
    currency = CURRENCY[country]
    kind = "day" if country == "MA" else "standard"
    slip = compute_payslip(
        pay(
            country,
            base,
            allowances=(Allowance("bonus", "Prime", "منحة", Money.of(bonus, currency)),),
            overtime=(OvertimeHours(kind, Decimal(hours)),),
            family=FamilySituation(dependants, dependants > 0, dependants),
        )
    )
    assert slip.net_to_pay <= slip.gross
    withheld = sum((ln.amount.amount for ln in slip.of_kind(LineKind.WITHHOLDING)), Decimal(0))
    assert slip.gross.amount - withheld == slip.net_to_pay.amount
    for line in slip.lines:
        assert line.amount.amount == line.amount.amount.quantize(quantum(currency))
    if slip.gross.is_zero():
        with pytest.raises(ValidationError):
            post_payroll(PayrollJournal.of([slip]), date(2025, 3, 31), RUN_ID)
    else:
        assert post_payroll(PayrollJournal.of([slip]), date(2025, 3, 31), RUN_ID).is_balanced()


@settings(max_examples=150, deadline=None)
@given(
    country=st.sampled_from(COUNTRIES),
    low=st.decimals(min_value=0, max_value=500_000, places=2, allow_nan=False),
    rise=st.decimals(min_value=0, max_value=500_000, places=2, allow_nan=False),
    dependants=st.integers(min_value=0, max_value=8),
)
def test_the_tax_never_falls_when_the_taxable_salary_rises(
    country: str, low: Decimal, rise: Decimal, dependants: int
) -> None:
    rules = default_payroll_catalog().rules(country, date(2025, 3, 1))
    rule, family = rules.income_tax, FamilySituation(dependants, True, dependants)
    compute = TAX_FUNCTIONS[rule.kind]

    def tax(taxable: Decimal) -> Decimal:
        outcome = compute(taxable, taxable, rule, family, rules.solidarity, rules.currency)
        return outcome.tax + outcome.solidarity

    assert tax(low) <= tax(low + rise)


@pytest.mark.parametrize("country", COUNTRIES)
def test_a_family_allowance_is_paid_but_neither_contributory_nor_taxable(country: str) -> None:
    currency = CURRENCY[country]
    on = date(2025, 3, 1)
    allowance = allowance_of_kind(country, on, "family_allowance", Money.of(600, currency))
    assert allowance.source
    without = compute_payslip(pay(country, 9000))
    with_it = compute_payslip(pay(country, 9000, allowances=(allowance,)))
    assert with_it.gross == without.gross + Money.of(600, currency)
    assert with_it.taxable == without.taxable
    assert with_it.income_tax == without.income_tax
    assert with_it.net_to_pay == without.net_to_pay + Money.of(600, currency)


def test_an_allowance_kind_the_country_does_not_name_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        allowance_of_kind("MA", date(2025, 3, 1), "transport", Money.of(1, "MAD"))
    assert error.value.code == "payroll.unknown_allowance_kind"
