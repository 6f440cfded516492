"""Stamp duty as the law reads it, by date and by document: Algeria's duty on cash payments
(three versions of Code du timbre art. 100-I), Morocco's 0.25 % on cash payments (CGI art.
252-I-B) and Tunisia's fixed duty per invoice and credit note (CDET art. 117), none per ticket."""

import json
from datetime import date
from decimal import Decimal

import pytest

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.tax import StampDocument, default_catalog, stamp_duty


def DA(x: object) -> Money:
    return Money.of(x, "DZD")


def duty(amount: object, on: date, cash: object | None = None) -> Money:
    return stamp_duty("DZ", on, DA(amount), DA(amount if cash is None else cash)).duty


def test_a_cash_sale_of_33970_da_dated_2024_06_01_carries_340_da() -> None:
    assert duty(33970, date(2024, 6, 1)) == DA(340)


def test_the_same_sale_dated_2025_06_01_carries_510_da_under_the_2025_finance_law() -> None:
    # 30,000 < 33,970 <= 100,000: 1.5 DA per started 100 DA over the whole amount (340 x 1.5)
    assert duty(33970, date(2025, 6, 1)) == DA(510)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (100, 5),
        (250, 5),
        (501, 6),
        (30000, 300),
        (30001, "451.50"),
        (100000, 1500),
        (100001, 2002),
        (2_000_000, 40000),
    ],
)
def test_the_2025_scale(amount: int, expected: object) -> None:
    if amount <= 300:
        assert duty(amount, date(2025, 1, 1)) == DA(0)
    else:
        assert duty(amount, date(2025, 1, 1)) == DA(expected)


def test_before_2025_the_duty_has_a_floor_of_5_da_and_a_cap_of_10000_da() -> None:
    assert duty(120, date(2024, 12, 31)) == DA(5)
    assert duty(5_000_000, date(2024, 12, 31)) == DA(10000)


def test_only_the_cash_part_of_a_split_payment_bears_the_duty() -> None:
    assert duty(33970, date(2024, 6, 1), cash=10000) == DA(100)
    assert duty(33970, date(2024, 6, 1), cash=0) == DA(0)


def test_tunisia_charges_one_dinar_per_invoice_since_2023_and_600_millimes_before() -> None:
    amount = Money.of("57.300", "TND")
    assert stamp_duty("TN", date(2023, 1, 1), amount, amount).duty == Money.of("1.000", "TND")
    assert stamp_duty("TN", date(2022, 12, 31), amount, amount).duty == Money.of("0.600", "TND")


def test_morocco_charges_a_quarter_percent_on_what_is_paid_in_cash() -> None:
    # Was "no duty on retail invoices": wrong. CGI art. 252-I-B taxes at 0.25 % receipts,
    # invoices acquitted and till tickets paid in cash; the DGI confirmed it on 15 Feb 2018
    # (0.25 % of the cash turnover, tax included). 1,000 DH in cash: 2.50 DH.
    amount = Money.of(1000, "MAD")
    assert stamp_duty("MA", date(2026, 1, 1), amount, amount).duty == Money.of("2.50", "MAD")


def test_each_rule_cites_its_legal_source() -> None:
    rule = stamp_duty("DZ", date(2025, 2, 1), DA(1000), DA(1000)).rule
    assert "loi de finances pour 2025" in rule.source


def test_a_negative_base_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        duty(-5, date(2025, 1, 1))
    assert err.value.code == "tax.negative_stamp_base"


def MAD(x: object) -> Money:
    return Money.of(x, "MAD")


def TND(x: object) -> Money:
    return Money.of(x, "TND")


def test_before_2023_the_algerian_cap_was_2500_da_and_the_finance_law_for_2023_raised_it() -> None:
    # LF 2023 art. 18 raised the maximum of art. 100-I from 2,500 DA to 10,000 DA.
    assert duty(5_000_000, date(2022, 12, 31)) == DA(2500)
    assert duty(5_000_000, date(2023, 1, 1)) == DA(10000)
    assert duty(250_000, date(2022, 6, 1)) == DA(2500)
    assert duty(250_000, date(2024, 6, 1)) == DA(2500)
    assert duty(33970, date(2022, 6, 1)) == DA(340)


def test_the_dgi_circular_example_950000_da_in_cash_bears_19000_da() -> None:
    # Circular 14/MF/DGI/LF.2025 (as quoted by aminahadji.com): 9,500 started hundreds x 2 DA.
    assert duty(950_000, date(2025, 3, 5)) == DA(19000)


def test_the_2025_floor_stays_5_da_not_the_30_da_minimum_of_circular_73() -> None:
    # 301 DA: 4 started hundreds x 1 DA = 4 DA, raised to the floor of art. 100-I.
    assert duty(301, date(2026, 1, 1)) == DA(5)
    rule = stamp_duty("DZ", date(2026, 1, 1), DA(301), DA(301)).rule
    assert rule.minimum == 5 and "73/MF/DGI/LF.2025" in rule.source


def test_a_half_dinar_of_duty_is_kept_to_the_centime() -> None:
    # 30,001 DA: 301 started hundreds x 1.5 DA = 451.50 DA (the one rounding value in the data).
    assert duty(30001, date(2025, 1, 1)) == DA("451.50")
    assert stamp_duty("DZ", date(2025, 1, 1), DA(1), DA(1)).rule.rounding_step == Decimal("0.01")


def test_algeria_taxes_tickets_and_invoices_paid_in_cash_but_not_credit_notes() -> None:
    on = date(2024, 6, 1)
    for document in (StampDocument.TICKET, StampDocument.INVOICE):
        assert stamp_duty("DZ", on, DA(33970), DA(33970), document=document).duty == DA(340)
    refund = stamp_duty("DZ", on, DA(33970), DA(33970), document=StampDocument.CREDIT_NOTE)
    assert refund.duty == DA(0)


def test_moroccan_duty_is_on_the_cash_part_only_rounded_to_the_nearest_centime() -> None:
    on = date(2026, 3, 10)
    assert stamp_duty("MA", on, MAD(1000), MAD(400)).duty == MAD("1.00")
    assert stamp_duty("MA", on, MAD(1000), MAD(0)).duty == MAD(0)
    # 123.45 x 0.25 % = 0.3086... DH: 0.31 DH; 10.10 x 0.25 % = 0.02525: 0.03 DH (half up)
    assert stamp_duty("MA", on, MAD("123.45"), MAD("123.45")).duty == MAD("0.31")
    assert stamp_duty("MA", on, MAD("10.10"), MAD("10.10")).duty == MAD("0.03")
    ticket = stamp_duty("MA", on, MAD(200), MAD(200), document=StampDocument.TICKET)
    assert ticket.duty == MAD("0.50")
    assert "252" in ticket.rule.source


def test_a_tunisian_till_ticket_carries_no_duty_whatever_its_payment() -> None:
    on = date(2026, 3, 10)
    ticket = stamp_duty("TN", on, TND("57.300"), TND("57.300"), document=StampDocument.TICKET)
    assert ticket.duty == TND(0)


def test_every_tunisian_invoice_and_credit_note_carries_the_duty_even_paid_by_card() -> None:
    on = date(2026, 3, 10)
    for document in (StampDocument.INVOICE, StampDocument.CREDIT_NOTE):
        paid_by_card = stamp_duty("TN", on, TND("57.300"), TND(0), document=document)
        assert paid_by_card.duty == TND("1.000")
        assert not paid_by_card.on_cash


def test_old_tunisian_invoices_keep_the_duty_of_their_date() -> None:
    amount = TND("57.300")
    assert stamp_duty("TN", date(2010, 5, 3), amount, amount).duty == TND("0.300")  # LF 2006
    assert stamp_duty("TN", date(2015, 5, 3), amount, amount).duty == TND("0.400")  # LFC 2014
    assert stamp_duty("TN", date(2020, 5, 3), amount, amount).duty == TND("0.600")
    assert stamp_duty("TN", date(2023, 1, 1), amount, amount).duty == TND("1.000")
    assert "2022-79" in stamp_duty("TN", date(2023, 1, 1), amount, amount).rule.source


def test_which_documents_bear_a_duty_is_data_not_a_test_on_the_country() -> None:
    catalog = default_catalog()
    document = json.loads(json.dumps(catalog.documents["TN"]))
    for rule in document["stamp_duty"]:
        rule["documents"] = ["ticket"]
    changed = catalog.with_document("TN", document)
    on = date(2026, 3, 10)
    ticket = stamp_duty("TN", on, TND(10), TND(10), changed, document=StampDocument.TICKET)
    invoice = stamp_duty("TN", on, TND(10), TND(10), changed, document=StampDocument.INVOICE)
    assert ticket.duty == TND("1.000") and invoice.duty == TND(0)


def test_a_catalog_sent_before_rules_named_their_documents_spares_tunisian_tickets() -> None:
    catalog = default_catalog()
    document = json.loads(json.dumps(catalog.documents["TN"]))
    for rule in document["stamp_duty"]:
        del rule["documents"]
    old = catalog.with_document("TN", document)
    on = date(2026, 3, 10)
    assert stamp_duty("TN", on, TND(10), TND(10), old, document=StampDocument.TICKET).duty == (
        TND(0)
    )
    assert stamp_duty("TN", on, TND(10), TND(0), old).duty == TND("1.000")


def test_a_catalog_with_an_unknown_document_kind_is_refused_whole() -> None:
    catalog = default_catalog()
    document = json.loads(json.dumps(catalog.documents["MA"]))
    document["stamp_duty"][-1]["documents"] = ["receipt"]
    with pytest.raises(ValidationError) as err:
        catalog.with_document("MA", document)
    assert err.value.code == "common.invalid_value"


@pytest.mark.parametrize("country", ["DZ", "MA", "TN"])
def test_every_stamp_rule_cites_its_source_and_names_its_documents(country: str) -> None:
    for row in default_catalog().documents[country]["stamp_duty"]:
        assert len(row["source"]) > 40
        if row["kind"] != "none":
            assert row["documents"]
