"""Money: a Decimal amount in a currency, always at the currency's precision.

Amounts are never floats. Every ``Money`` is quantized to its currency's minor units
(2 for DZD and MAD, 3 for TND) with ROUND_HALF_UP, the rounding taught in school and used by
the tax administrations of the three countries; storage keeps integer minor units.
Arithmetic between two currencies is an error, never a silent conversion.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache

from erp_desktop.kernel.currency import minor_units
from erp_desktop.kernel.errors import ValidationError

Number = Decimal | int


@cache
def quantum(currency: str) -> Decimal:
    """The smallest amount of ``currency``: ``Decimal('0.01')`` for DZD, ``0.001`` for TND."""
    return Decimal(1).scaleb(-minor_units(currency))


def to_decimal(value: object, field: str = "amount") -> Decimal:
    """A Decimal from a Decimal, int or numeric string; floats are refused."""
    if isinstance(value, bool | float):
        raise ValidationError("money.invalid_amount", amount=str(value))
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise ValidationError("common.invalid_value", field=field, value=value) from None
    else:
        raise ValidationError("common.invalid_value", field=field, value=str(value))
    if not result.is_finite():
        raise ValidationError("common.invalid_value", field=field, value=str(value))
    return result


def _quantized(amount: Decimal, currency: str) -> Decimal:
    """``amount`` to the currency's precision, half up; an amount with more digits than
    Decimal's context holds (10^26 DA, say, from a pushed quantity times a cost) is refused
    with a code rather than raising ``decimal.InvalidOperation`` out of a sale's posting."""
    try:
        return amount.quantize(quantum(currency), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        raise ValidationError("money.invalid_amount", amount=str(amount)) from None


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        amount = self.amount
        if type(amount) is not Decimal or not amount.is_finite():
            amount = to_decimal(amount)  # refuses floats, bools, infinities; parses text
        exact = _quantized(amount, self.currency)
        if exact != amount:
            raise ValidationError("money.too_precise", amount=str(amount), currency=self.currency)
        object.__setattr__(self, "amount", exact)

    # --- construction -------------------------------------------------------------------
    @classmethod
    def of(cls, amount: object, currency: str) -> Money:
        """Rounds half-up to the currency's precision (use for computed amounts)."""
        if type(amount) is Decimal and cls is Money and amount.is_finite():
            # Quantized once: what __post_init__ would check again is at the precision
            # already (a sale's totals make dozens of these, issue 19).
            return _made(_quantized(amount, currency), currency)
        return cls(_quantized(to_decimal(amount), currency), currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return _zero(currency)

    @classmethod
    def from_minor(cls, minor: int, currency: str) -> Money:
        amount = Decimal(minor).scaleb(-minor_units(currency))
        if type(minor) is int and cls is Money:
            return _exact(amount, currency)  # whole minor units: at the precision already
        return cls(amount, currency)

    def to_minor(self) -> int:
        return int(self.amount.scaleb(minor_units(self.currency)))

    # --- arithmetic ---------------------------------------------------------------------
    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise ValidationError(
                "money.currency_mismatch", left=self.currency, right=other.currency
            )

    def __add__(self, other: Money) -> Money:
        # _same's call skipped for the usual operand: a ticket adds some seventy amounts
        if type(other) is not Money or other.currency != self.currency:
            self._same(other)
        return _exact(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        if type(other) is not Money or other.currency != self.currency:  # as in __add__
            self._same(other)
        return _exact(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return _exact(-self.amount, self.currency)

    def __abs__(self) -> Money:
        return _exact(abs(self.amount), self.currency)

    def __mul__(self, factor: Number) -> Money:
        if isinstance(factor, Money | float | bool):
            raise TypeError("Money can only be multiplied by a Decimal or int")
        return Money.of(self.amount * Decimal(factor), self.currency)

    __rmul__ = __mul__

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.amount >= other.amount

    def __bool__(self) -> bool:
        return bool(self.amount)

    def is_zero(self) -> bool:
        return self.amount == 0

    def is_negative(self) -> bool:
        return self.amount < 0

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"

    # --- splitting ----------------------------------------------------------------------
    def allocate(self, ratios: Sequence[Number]) -> list[Money]:
        """Split into parts proportional to ``ratios`` that add up exactly to ``self``.

        Largest-remainder method in minor units: each part gets its floor share, and the
        leftover minor units go one by one to the parts with the largest remainders (ties:
        the earlier part). All-zero ratios split evenly.
        """
        if not ratios:
            raise ValidationError("money.allocation_empty")
        # a Decimal ratio is taken as it is (what to_decimal returns for it), the rest checked
        weights = [
            r if type(r) is Decimal and r.is_finite() else to_decimal(r, "ratio") for r in ratios
        ]
        if any(w < 0 for w in weights):
            raise ValidationError("money.allocation_negative_ratio")
        total_weight = sum(weights, Decimal(0))  # (before any answer: it may overflow)
        total = self.to_minor()
        if total == 0:  # every floor share is zero, nothing left over (a ticket's no discount)
            return [_minor_zero(self.currency)] * len(weights)
        if total_weight == 0:
            weights = [Decimal(1)] * len(weights)
            total_weight = Decimal(len(weights))
        sign = -1 if total < 0 else 1
        total = abs(total)
        shares = [Decimal(total) * w / total_weight for w in weights]
        floors = [int(s) for s in shares]
        leftover = total - sum(floors)
        if leftover:  # (a slice of a negative leftover, as ever, takes all but the last)
            order = sorted(range(len(shares)), key=lambda i: (-(shares[i] - floors[i]), i))
            for i in order[:leftover]:
                floors[i] += 1
        return [Money.from_minor(sign * f, self.currency) for f in floors]


def total(amounts: Iterable[Money], currency: str) -> Money:
    """Sum of ``amounts`` (all in ``currency``); zero for none."""
    result = Money.zero(currency)
    for amount in amounts:
        result = result + amount
    return result


def _exact(amount: Decimal, currency: str) -> Money:
    """The sum, difference or opposite of amounts already at the currency's precision is
    at that precision too: no need to check it again (a posting adds up dozens of them).
    Beyond 24 digits Decimal's 28-digit context could round, and the checked path decides."""
    if amount.adjusted() > 24:
        return Money(amount, currency)
    return _made(amount, currency)


# A frozen dataclass's fields set through their slots, as ``object.__setattr__`` would.
_new = object.__new__
_set_amount = vars(Money)["amount"].__set__
_set_currency = vars(Money)["currency"].__set__


def _made(amount: Decimal, currency: str) -> Money:
    """A Money of ``amount``, already quantized to ``currency``'s precision (checked)."""
    money = _new(Money)
    _set_amount(money, amount)
    _set_currency(money, currency)
    return money


@cache
def _minor_zero(currency: str) -> Money:
    return Money.from_minor(0, currency)


@cache
def _zero(currency: str) -> Money:
    return Money(Decimal(0), currency)
