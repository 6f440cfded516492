"""Partial returns of one line refund, all together, exactly what the line was paid: base,
VAT and discount each, the last return taking the remainder."""

from decimal import Decimal
from itertools import pairwise
from uuid import uuid4

import pytest
from hypothesis import given
from hypothesis import strategies as st

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import (
    Discount,
    LineFigures,
    LineTotals,
    SaleLineInput,
    compute_sale,
    refund_of_line,
)
from erp_desktop.kernel.sales.refunds import NOTHING
from erp_desktop.kernel.tax import PriceMode


def DA(x: object) -> Money:
    return Money.of(x, "DZD")


def figures(ln: LineTotals) -> LineFigures:
    return LineFigures(
        ln.base.to_minor(), ln.vat.to_minor(), (ln.line_discount + ln.document_discount).to_minor()
    )


def return_in_steps(
    sold_qty: Decimal, sold: LineFigures, steps: list[Decimal]
) -> list[LineFigures]:
    refunds, returned, refunded = [], Decimal(0), NOTHING
    for step in steps:
        back = refund_of_line(sold_qty, sold, returned, refunded, step, 1)
        refunds.append(back)
        returned += step
        refunded = refunded + back
    return refunds


def test_two_bottles_at_1190_da_returned_one_at_a_time_refund_2380_da_and_all_the_vat() -> None:
    # 2 x 1,190 DA at 9 %: base 2,183.49, VAT 196.51. Halving each and rounding refunded
    # 1,190.01 twice (2,380.02 DA), leaving -0.02 DA in VAT collected.
    (sold_line,) = compute_sale(
        [SaleLineInput(uuid4(), Decimal(2), Decimal(1190), Decimal(9))], "DZD"
    ).lines
    sold = figures(sold_line)
    assert sold == LineFigures(218349, 19651, 0)
    first, second = return_in_steps(Decimal(2), sold, [Decimal(1), Decimal(1)])
    assert first.base_minor + first.vat_minor == 119000
    assert second.base_minor + second.vat_minor == 119000
    assert (first.vat_minor, second.vat_minor) == (9826, 9825)
    assert first + second == sold


def test_a_line_with_a_ticket_discount_returned_in_three_goes_gives_back_each_figure() -> None:
    # 3 x 450 DA (19 %) and a 95 DA article (9 %), 100 DA off the ticket: the 450 DA line
    # carries base 1,055.94, VAT 200.63, discount 93.43 DA. Thirds rounded on their own
    # would refund 0.01 DA of VAT too much and 0.01 DA of discount too little.
    totals = compute_sale(
        [
            SaleLineInput(uuid4(), Decimal(3), Decimal(450), Decimal(19)),
            SaleLineInput(uuid4(), Decimal(1), Decimal(95), Decimal(9)),
        ],
        "DZD",
        document_discount=Discount(amount=DA(100)),
    )
    sold = figures(totals.lines[0])
    assert sold == LineFigures(105594, 20063, 9343)
    steps = return_in_steps(Decimal(3), sold, [Decimal(1)] * 3)
    assert sum((s.vat_minor for s in steps), 0) == 20063
    assert sum((s.discount_minor for s in steps), 0) == 9343
    assert sum((s.base_minor for s in steps), 0) == 105594
    paid = [s.base_minor + s.vat_minor for s in steps]
    assert max(paid) - min(paid) <= 1  # each third refunds a third, to the centime


def test_returning_more_than_is_left_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        refund_of_line(Decimal(2), LineFigures(100, 19, 0), Decimal(1), NOTHING, Decimal(2), 3)
    assert err.value.code == "sales.return_exceeds_sold"
    assert err.value.params["line"] == 3


def test_a_return_after_an_older_over_refund_takes_only_what_is_left() -> None:
    # A credit note written before this rule refunded 1,190.01 for the first bottle.
    sold = LineFigures(218349, 19651, 0)
    earlier = LineFigures(109175, 9826, 0)
    last = refund_of_line(Decimal(2), sold, Decimal(1), earlier, Decimal(1), 1)
    assert earlier + last == sold


@st.composite
def sale_and_steps(draw: st.DrawFn) -> tuple[list[SaleLineInput], Discount, list[Decimal]]:
    lines = [
        SaleLineInput(
            uuid4(),
            Decimal(draw(st.integers(1, 12))),
            Decimal(draw(st.integers(1, 500_000))) / 100,
            Decimal(draw(st.sampled_from([0, 7, 9, 10, 19, 20]))),
            "x",
            Discount(percent=Decimal(draw(st.integers(0, 50)))),
            draw(st.sampled_from(list(PriceMode))),
        )
        for _ in range(draw(st.integers(1, 4)))
    ]
    ticket = Discount(percent=Decimal(draw(st.integers(0, 30))))
    sold = int(lines[0].quantity)
    cuts = sorted(draw(st.sets(st.integers(1, sold - 1), max_size=sold - 1))) if sold > 1 else []
    bounds = [0, *cuts, sold]
    steps = [Decimal(b - a) for a, b in pairwise(bounds)]
    return lines, ticket, steps


@given(sale_and_steps())
def test_any_sequence_of_partial_returns_refunds_exactly_what_was_paid(
    case: tuple[list[SaleLineInput], Discount, list[Decimal]],
) -> None:
    lines, ticket, steps = case
    totals = compute_sale(lines, "DZD", document_discount=ticket)
    sold_line = totals.lines[0]
    sold = figures(sold_line)
    refunds = return_in_steps(sold_line.quantity, sold, steps)
    total = NOTHING
    for back in refunds:
        assert back.base_minor >= 0 and back.vat_minor >= 0 and back.discount_minor >= 0
        total = total + back
    assert total == sold  # base, VAT and discount each: VAT collected comes back to zero
    assert sum(b.base_minor + b.vat_minor for b in refunds) == sold_line.gross.to_minor()


def test_a_line_of_a_few_centimes_returned_in_steps_never_refunds_a_negative_base() -> None:
    # Found by the property above: three articles worth 0.02 DA together (base 0.01, VAT
    # 0.01) returned one at a time. The second return's amount rounded to 0.00 DA while its
    # VAT rounded to 0.01 DA: it refunded a base of -0.01 DA.
    sold = LineFigures(base_minor=1, vat_minor=1, discount_minor=0)
    steps = return_in_steps(Decimal(3), sold, [Decimal(1)] * 3)
    assert all(s.base_minor >= 0 and s.vat_minor >= 0 and s.discount_minor >= 0 for s in steps)
    assert sum(steps, NOTHING) == sold
