"""The quick-cash buttons: the exact cash due (with the stamp duty on cash where the law has
one) and the next amounts in the country's banknotes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales.quick_cash import BANKNOTES, next_notes, quick_cash


def _amounts(found: list[Money]) -> list[Decimal]:
    return [m.amount for m in found]


def test_938_da_is_paid_exactly_or_with_a_1000_or_a_2000_note() -> None:
    due = Money.of(Decimal("938"), "DZD")
    assert _amounts(next_notes(due, BANKNOTES["DZD"])) == [1000, 2000]


def test_an_amount_paid_in_notes_already_offers_only_the_bigger_note() -> None:
    due = Money.of(Decimal("1000"), "DZD")
    assert _amounts(next_notes(due, BANKNOTES["DZD"])) == [2000]


def test_small_change_in_dinars_offers_ten_twenty_fifty() -> None:
    due = Money.of(Decimal("7.350"), "TND")
    assert _amounts(next_notes(due, BANKNOTES["TND"])) == [10, 20, 50]


def test_morocco_adds_its_quarter_percent_on_cash_to_the_exact_button() -> None:
    # CGI art. 252 (REGULATION.md): 0.25 % of a sum paid in cash; 1 000 DH -> 2,50 DH.
    buttons = quick_cash(Money.of(Decimal("1000"), "MAD"), "MA", date(2026, 3, 10))
    assert _amounts(buttons) == [Decimal("1002.50"), 1020, 1050, 1100]


def test_an_algerian_ticket_rounds_the_exact_cash_to_the_register_coin() -> None:
    buttons = quick_cash(Money.of(Decimal("937.60"), "DZD"), "DZ", date(2026, 3, 10), Decimal(5))
    assert buttons[0].amount % 5 == 0 and buttons[0].amount >= Decimal("937.60")
    assert all(b.amount > buttons[0].amount for b in buttons[1:])
