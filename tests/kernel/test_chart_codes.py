"""The accounts the posting rules use, as each national plan numbers them.

Each test states a business fact and the plan's article it rests on:
- Algeria, SCF nomenclature (arrêté du 26 juillet 2008, JORADP n° 19 du 25 mars 2009),
  class 3: 37 "Stocks à l'extérieur" (en cours de route), 38 "Achats stockés".
- Morocco, CGNC / PCGE list of accounts: 3116 "Marchandises en cours de route" (3118 is
  "Autres marchandises"), 5111 "Chèques à encaisser ou à l'encaissement" (5113 is "Effets
  échus à encaisser"), 6586 "Dons, libéralités et lots" (not a till difference), 658 "Autres
  charges non courantes" and 758 "Autres produits non courants" for the till's differences.
- Tunisia, nomenclature of the Système comptable des entreprises (arrêté du 31 décembre 1996):
  13 "Résultat de l'exercice" (12 is "Résultats reportés"), 4371 stamp duty under 437 "Autres
  impôts, taxes et versements assimilés" (4368 is turnover taxes to regularise), 5312
  "Chèques à encaisser" (5311 is coupons), 756 "Gains de change" (755 is "Escomptes obtenus").
Odoo's l10n_dz, l10n_ma and l10n_tn templates, read as peer data, number them the same way.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from uuid import uuid4

import pytest

from erp_desktop.kernel.ledger import AccountRole, JournalEntry, load_chart
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.posting import (
    PaymentPosting,
    TenderLine,
    TransferInPosting,
    TransferOutPosting,
    post_customer_payment,
    post_sale,
    post_transfer_in,
    post_transfer_out,
)
from erp_desktop.kernel.posting.documents import CashCountPosting
from erp_desktop.kernel.posting.rules import post_cash_count
from tests.kernel.test_posting import sale

DAY = date(2026, 12, 1)


def lines(entry: JournalEntry | None) -> dict[tuple[str, str], Decimal]:
    assert entry is not None and entry.is_balanced()
    return {(ln.account, ln.side.value): ln.amount.amount for ln in entry.lines}


def test_an_algerian_transfer_out_puts_the_goods_in_transit_on_37() -> None:
    entry = post_transfer_out(
        load_chart("DZ"), TransferOutPosting(uuid4(), "TO1", DAY, None, Money.of(5000, "DZD"))
    )
    assert lines(entry) == {("37", "debit"): Decimal(5000), ("30", "credit"): Decimal(5000)}


def test_a_moroccan_transfer_arriving_takes_the_goods_off_3116() -> None:
    entry = post_transfer_in(
        load_chart("MA"),
        TransferInPosting(uuid4(), "TI1", DAY, None, Money.of(800, "MAD"), Money.of(800, "MAD")),
    )
    assert lines(entry) == {("3111", "debit"): Decimal(800), ("3116", "credit"): Decimal(800)}


def test_a_moroccan_sale_paid_by_cheque_debits_5111() -> None:
    entry = post_sale(load_chart("MA"), sale("MA", [(10_000, 20)], [("cheque", 12_000)]))
    assert lines(entry)[("5111", "debit")] == Decimal(120)


def test_a_moroccan_till_short_at_close_is_a_charge_on_65881() -> None:
    entry = post_cash_count(
        load_chart("MA"),
        CashCountPosting(uuid4(), "Z1", DAY, None, Money.of(-15, "MAD")),
    )
    assert lines(entry) == {("65881", "debit"): Decimal(15), ("5161", "credit"): Decimal(15)}


def test_a_moroccan_till_over_at_close_is_a_gain_on_75881() -> None:
    entry = post_cash_count(
        load_chart("MA"),
        CashCountPosting(uuid4(), "Z2", DAY, None, Money.of(7, "MAD")),
    )
    assert lines(entry) == {("5161", "debit"): Decimal(7), ("75881", "credit"): Decimal(7)}


def test_no_moroccan_entry_lands_on_donations_6586_or_other_goods_3118() -> None:
    chart = load_chart("MA")
    assert not {"6586", "3118", "5113"} & set(chart.accounts)


@pytest.mark.parametrize("difference", [-20, 20])
def test_an_algerian_till_over_or_short_stays_on_6582(difference: int) -> None:
    entry = post_cash_count(
        load_chart("DZ"),
        CashCountPosting(uuid4(), "Z1", DAY, None, Money.of(difference, "DZD")),
    )
    side = "credit" if difference > 0 else "debit"
    assert lines(entry)[("6582", side)] == Decimal(abs(difference))


def test_a_tunisian_sale_with_stamp_duty_credits_4371() -> None:
    # 1 TND of stamp duty on the receipt, in 3-decimal millimes.
    entry = post_sale(load_chart("TN"), sale("TN", [(10_000, 19)], [("cash", 12_900)], stamp=1_000))
    assert lines(entry)[("4371", "credit")] == Decimal("1.000")


def test_a_tunisian_sale_paid_by_cheque_debits_5312() -> None:
    entry = post_sale(load_chart("TN"), sale("TN", [(10_000, 19)], [("cheque", 11_900)]))
    assert lines(entry)[("5312", "debit")] == Decimal("11.900")


def test_a_tunisian_exchange_gain_is_credited_to_756() -> None:
    entry = post_customer_payment(
        load_chart("TN"),
        PaymentPosting(
            uuid4(),
            "P1",
            DAY,
            None,
            None,
            Money.of(100, "EUR"),
            Decimal("3.300"),
            (TenderLine("transfer", Money.of(100, "EUR"), Decimal("3.350")),),
        ),
    )
    assert lines(entry)[("756", "credit")] == Decimal("5.000")


def test_the_tunisian_result_of_the_year_is_account_13() -> None:
    assert load_chart("TN").account_for(AccountRole.RESULT).code == "13"


@pytest.mark.parametrize("country", ["DZ", "MA", "TN"])
def test_every_chart_names_its_standard_and_every_corrected_account_its_source(
    country: str,
) -> None:
    import json
    from importlib import resources

    doc = json.loads(
        (resources.files("erp_desktop.kernel.ledger") / "charts" / f"{country}.json").read_text(
            encoding="utf-8"
        )
    )
    assert "nomenclature" in doc["standard"] or "PCGE" in doc["standard"]
    corrected = {
        "DZ": {"37"},
        "MA": {"3116", "5111", "65881", "75881"},
        "TN": {"13", "4371", "5312", "756"},
    }[country]
    sourced = {a["code"] for a in doc["accounts"] if a.get("source")}
    assert corrected <= sourced
