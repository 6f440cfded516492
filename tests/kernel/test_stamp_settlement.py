"""Settling a document with its stamp duty: a duty on cash is paid in cash, a duty per
document (Tunisia) is part of what is due and may be paid by card; tickets bear none there."""

from datetime import date
from decimal import Decimal

import pytest

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind, settle
from erp_desktop.kernel.tax import StampDocument

ON = date(2026, 3, 10)


def TND(x: object) -> Money:
    return Money.of(x, "TND")


def MAD(x: object) -> Money:
    return Money.of(x, "MAD")


def test_a_tunisian_ticket_paid_by_card_alone_is_payable_and_carries_no_duty() -> None:
    s = settle(
        TND("57.300"),
        [Tender(TenderKind.CARD, TND("57.300"), reference="T1")],
        "TN",
        ON,
        document=StampDocument.TICKET,
    )
    assert s.stamp_duty == TND(0)
    assert s.total_due == TND("57.300") and s.cash_due == TND(0)


def test_a_tunisian_invoice_paid_wholly_by_card_pays_its_one_dinar_by_card() -> None:
    s = settle(
        TND("57.300"),
        [Tender(TenderKind.CARD, TND("58.300"), reference="T2")],
        "TN",
        ON,
        document=StampDocument.INVOICE,
    )
    assert s.stamp_duty == TND("1.000")
    assert s.total_due == TND("58.300")
    assert s.cash_due == TND(0) and s.change_due == TND(0)


def test_a_tunisian_invoice_may_split_card_and_cash_around_its_duty() -> None:
    s = settle(
        TND("57.300"),
        [Tender(TenderKind.CARD, TND("50.000"), reference="T3"), Tender(TenderKind.CASH, TND(10))],
        "TN",
        ON,
        Decimal("0.100"),
        document=StampDocument.INVOICE,
    )
    assert s.stamp_duty == TND("1.000")
    assert s.cash_due == TND("8.300")  # 58.300 - 50.000, already a multiple of 100 millimes
    assert s.change_due == TND("1.700")


def test_a_card_may_not_pay_more_than_the_invoice_and_its_duty() -> None:
    with pytest.raises(ValidationError) as err:
        settle(
            TND("57.300"),
            [Tender(TenderKind.CARD, TND("58.301"))],
            "TN",
            ON,
            document=StampDocument.INVOICE,
        )
    assert err.value.code == "sales.overpaid_non_cash"


def test_a_moroccan_cash_ticket_adds_a_quarter_percent_to_the_cash_due() -> None:
    s = settle(
        MAD("1000.00"),
        [Tender(TenderKind.CASH, MAD(1100))],
        "MA",
        ON,
        document=StampDocument.TICKET,
    )
    assert s.stamp_duty == MAD("2.50")
    assert s.cash_due == MAD("1002.50")
    assert s.change_due == MAD("97.50")


def test_a_moroccan_ticket_paid_by_card_bears_no_duty() -> None:
    s = settle(
        MAD(1000),
        [Tender(TenderKind.CARD, MAD(1000), reference="M1")],
        "MA",
        ON,
        document=StampDocument.TICKET,
    )
    assert s.stamp_duty == MAD(0) and s.total_due == MAD(1000)
