"""An entry's debits and credits summed in one pass (issue 19: every entry is checked at
least twice, at its build and at its insert) are what summing each line's ``debit`` and
``credit`` gave: the same amounts, the same balance, the same refusal."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ledger.journal import JournalLine, Side, sides
from erp_desktop.kernel.money import Money


def _reference(lines: list[JournalLine], currency: str) -> tuple[Money, Money, bool]:
    """As main wrote it (2026-12-01): each line's debit, then each line's credit."""
    debit = sum((ln.debit for ln in lines), Money.zero(currency))
    credit = sum((ln.credit for ln in lines), Money.zero(currency))
    return debit, credit, debit == credit


def _summed(lines: list[JournalLine], currency: str) -> tuple[Money, Money, bool]:
    debit, credit = sides(lines, currency)
    return debit, credit, debit == credit


def _outcome(call: Callable[[], tuple[Money, Money, bool]]) -> Any:
    try:
        debit, credit, balanced = call()
    except ValidationError as err:
        return ("refused", err.code, err.params)
    return (debit.amount.as_tuple(), credit.amount.as_tuple(), balanced)


_line = st.builds(
    lambda minor, side, currency: JournalLine(
        "5121",
        side,
        Money.from_minor(minor, currency),
        Money.from_minor(minor, currency),
        Decimal(1),
    ),
    st.integers(min_value=0, max_value=10**15),
    st.sampled_from([Side.DEBIT, Side.CREDIT]),
    st.sampled_from(["DZD", "DZD", "DZD", "DZD", "TND"]),
)


@given(st.lists(_line, max_size=12), st.sampled_from(["DZD", "TND"]))
def test_the_sides_of_an_entry_are_the_sums_of_its_lines(
    lines: list[JournalLine], currency: str
) -> None:
    assert _outcome(lambda: _summed(lines, currency)) == _outcome(
        lambda: _reference(lines, currency)
    )


@given(st.lists(st.integers(min_value=1, max_value=10**9), min_size=1, max_size=8))
def test_a_balanced_entry_is_balanced(amounts: list[int]) -> None:
    lines = [
        JournalLine(
            "411", Side.DEBIT, Money.from_minor(a, "DZD"), Money.from_minor(a, "DZD"), Decimal(1)
        )
        for a in amounts
    ]
    total = Money.from_minor(sum(amounts), "DZD")
    lines.append(JournalLine("70", Side.CREDIT, total, total, Decimal(1)))
    assert _summed(lines, "DZD") == (total, total, True)
    lines[0] = JournalLine(
        "411",
        Side.DEBIT,
        Money.from_minor(amounts[0] + 1, "DZD"),
        Money.from_minor(amounts[0] + 1, "DZD"),
        Decimal(1),
    )
    assert _summed(lines, "DZD")[2] is False
