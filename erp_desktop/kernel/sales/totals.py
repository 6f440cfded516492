"""Totals of a sales document: lines, line and ticket discounts, VAT per rate.

The ticket discount is spread over the lines in proportion to their amounts with
``Money.allocate``, so the lines always add up exactly to the document. VAT follows the
rounding policy of :mod:`erp_desktop.kernel.tax.vat`: one rounding per rate on the document.
Returns use the same rules with the quantities being returned, at the prices sold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money, to_decimal
from erp_desktop.kernel.tax.vat import HUNDRED, PriceMode, split_gross, vat_on_base


@dataclass(frozen=True, slots=True)
class Discount:
    """A discount as a percentage or as an amount (exactly one of the two)."""

    percent: Decimal | None = None
    amount: Money | None = None

    def __post_init__(self) -> None:
        if (self.percent is None) == (self.amount is None):
            raise ValidationError("sales.invalid_discount", value="percent xor amount")
        if self.percent is not None:
            pct = to_decimal(self.percent, "discount")
            if pct < 0 or pct > HUNDRED:
                raise ValidationError("sales.invalid_discount", value=str(pct))
            object.__setattr__(self, "percent", pct)
        if self.amount is not None and self.amount.is_negative():
            raise ValidationError("sales.invalid_discount", value=str(self.amount))

    def on(self, amount: Money) -> Money:
        if self.percent is not None:
            return Money.of(amount.amount * self.percent / HUNDRED, amount.currency)
        assert self.amount is not None
        if self.amount > amount:
            raise ValidationError(
                "sales.discount_exceeds_amount", discount=str(self.amount), amount=str(amount)
            )
        return self.amount


@dataclass(frozen=True, slots=True)
class SaleLineInput:
    product_id: UUID
    quantity: Decimal
    unit_price: Decimal  # in the document currency, per unit; tax included or not per mode
    vat_rate: Decimal  # percent
    description: str = ""
    discount: Discount | None = None


@dataclass(frozen=True, slots=True)
class LineTotals:
    product_id: UUID
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal
    amount_before_discount: Money  # quantity x unit price, in the price mode
    line_discount: Money
    document_discount: Money
    amount: Money  # after both discounts, in the price mode
    base: Money  # tax excluded
    vat: Money
    gross: Money  # tax included


@dataclass(frozen=True, slots=True)
class RateTotals:
    rate: Decimal
    base: Money
    vat: Money
    gross: Money


@dataclass(frozen=True, slots=True)
class SaleTotals:
    currency: str
    price_mode: PriceMode
    lines: tuple[LineTotals, ...]
    by_rate: tuple[RateTotals, ...]
    base: Money
    vat: Money
    gross: Money  # total due before stamp duty and cash rounding
    discount: Money  # line + ticket discounts, in the price mode
    discount_percent: Decimal
    needs_approval: bool = field(default=False)


def compute_sale(
    lines: Sequence[SaleLineInput],
    currency: str,
    price_mode: PriceMode = PriceMode.TAX_INCLUDED,
    document_discount: Discount | None = None,
    approval_limit_percent: Decimal | None = None,
) -> SaleTotals:
    """Totals of a document (returns: the returned quantities, positive, at the sold prices)."""
    if not lines:
        raise ValidationError("sales.empty_document")
    befores: list[Money] = []
    line_discounts: list[Money] = []
    for index, line in enumerate(lines):
        qty = to_decimal(line.quantity, "quantity")
        price = to_decimal(line.unit_price, "unit_price")
        if qty <= 0 or price < 0:
            raise ValidationError(
                "sales.invalid_line", line=index + 1, quantity=str(qty), price=str(price)
            )
        rate = to_decimal(line.vat_rate, "vat_rate")
        if rate < 0 or rate >= HUNDRED:
            raise ValidationError(
                "sales.invalid_line", line=index + 1, quantity=str(qty), price=str(price)
            )
        before = Money.of(qty * price, currency)
        disc = line.discount.on(before) if line.discount else Money.zero(currency)
        befores.append(before)
        line_discounts.append(disc)
    after_line = [b - d for b, d in zip(befores, line_discounts, strict=True)]
    subtotal = sum((a for a in after_line), Money.zero(currency))
    doc_disc_total = Money.zero(currency)
    if document_discount is not None:
        doc_disc_total = document_discount.on(subtotal)
    weights = [abs(a.amount) for a in after_line]
    doc_discs = doc_disc_total.allocate(weights)
    amounts = [a - d for a, d in zip(after_line, doc_discs, strict=True)]

    # VAT per rate, rounded once per rate; then spread back over the lines of the rate.
    by_rate_amount: dict[Decimal, list[int]] = {}
    for index, line in enumerate(lines):
        by_rate_amount.setdefault(Decimal(line.vat_rate), []).append(index)
    line_base: dict[int, Money] = {}
    line_vat: dict[int, Money] = {}
    rate_rows: list[RateTotals] = []
    for rate in sorted(by_rate_amount):
        idx = by_rate_amount[rate]
        amount = sum((amounts[i] for i in idx), Money.zero(currency))
        if price_mode is PriceMode.TAX_INCLUDED:
            base, vat = split_gross(amount, rate)
            gross = amount
        else:
            base = amount
            vat = vat_on_base(amount, rate)
            gross = base + vat
        parts_vat = (
            vat.allocate([abs(amounts[i].amount) for i in idx])
            if vat
            else [Money.zero(currency) for _ in idx]
        )
        for i, part in zip(idx, parts_vat, strict=True):
            line_vat[i] = part
            line_base[i] = amounts[i] - part if price_mode is PriceMode.TAX_INCLUDED else amounts[i]
        rate_rows.append(RateTotals(rate, base, vat, gross))

    result_lines = tuple(
        LineTotals(
            product_id=line.product_id,
            quantity=Decimal(line.quantity),
            unit_price=Decimal(line.unit_price),
            vat_rate=Decimal(line.vat_rate),
            amount_before_discount=befores[i],
            line_discount=line_discounts[i],
            document_discount=doc_discs[i],
            amount=amounts[i],
            base=line_base[i],
            vat=line_vat[i],
            gross=line_base[i] + line_vat[i],
        )
        for i, line in enumerate(lines)
    )
    zero = Money.zero(currency)
    total_base = sum((r.base for r in rate_rows), zero)
    total_vat = sum((r.vat for r in rate_rows), zero)
    total_gross = sum((r.gross for r in rate_rows), zero)
    discount = sum(line_discounts, zero) + doc_disc_total
    gross_before = sum(befores, zero)
    percent = (
        (abs(discount.amount) * HUNDRED / abs(gross_before.amount)).quantize(Decimal("0.01"))
        if gross_before
        else Decimal(0)
    )
    needs_approval = approval_limit_percent is not None and percent > approval_limit_percent
    return SaleTotals(
        currency=currency,
        price_mode=price_mode,
        lines=result_lines,
        by_rate=tuple(rate_rows),
        base=total_base,
        vat=total_vat,
        gross=total_gross,
        discount=discount,
        discount_percent=percent,
        needs_approval=needs_approval,
    )


def returnable(sold: Decimal, already_returned: Decimal, requested: Decimal, line: int) -> None:
    """Refuses returning more of a line than was sold and not yet returned."""
    if requested <= 0:
        raise ValidationError("sales.invalid_return_quantity", line=line, quantity=str(requested))
    if already_returned + requested > sold:
        raise ValidationError(
            "sales.return_exceeds_sold",
            line=line,
            sold=str(sold),
            returned=str(already_returned),
            requested=str(requested),
        )
