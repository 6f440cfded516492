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
    price_mode: PriceMode | None = None  # the product's own mode; None: the document's


@dataclass(frozen=True, slots=True)
class LineTotals:
    product_id: UUID
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal
    amount_before_discount: Money  # quantity x unit price, in the line's price mode
    line_discount: Money
    document_discount: Money
    amount: Money  # after both discounts, in the line's price mode
    base: Money  # tax excluded
    vat: Money
    gross: Money  # tax included
    price_mode: PriceMode = PriceMode.TAX_INCLUDED


@dataclass(frozen=True, slots=True)
class RateTotals:
    rate: Decimal
    base: Money
    vat: Money
    gross: Money


@dataclass(frozen=True, slots=True)
class SaleTotals:
    currency: str
    price_mode: PriceMode  # the lines' common mode (tax included when they mix both)
    lines: tuple[LineTotals, ...]
    by_rate: tuple[RateTotals, ...]
    base: Money
    vat: Money
    gross: Money  # total due before stamp duty and cash rounding
    discount: Money  # line + ticket discounts, in the price mode (tax included when mixed)
    discount_percent: Decimal
    needs_approval: bool = field(default=False)
    mixed_modes: bool = field(default=False)  # tax-included and tax-excluded lines together

    @property
    def document_mode(self) -> str:
        """What the document records as its price mode: one of the modes, or ``mixed``."""
        return "mixed" if self.mixed_modes else str(self.price_mode)


def _checked(line: SaleLineInput, index: int) -> tuple[Decimal, Decimal, Decimal]:
    qty = to_decimal(line.quantity, "quantity")
    price = to_decimal(line.unit_price, "unit_price")
    rate = to_decimal(line.vat_rate, "vat_rate")
    if qty <= 0 or price < 0 or rate < 0 or rate >= HUNDRED:
        raise ValidationError(
            "sales.invalid_line", line=index + 1, quantity=str(qty), price=str(price)
        )
    return qty, price, rate


def _tax_included(amount: Money, rate: Decimal, mode: PriceMode) -> Decimal:
    """An amount of a line as the customer sees it, tax included (unrounded)."""
    if mode is PriceMode.TAX_INCLUDED:
        return amount.amount
    return amount.amount * (HUNDRED + rate) / HUNDRED


def compute_sale(
    lines: Sequence[SaleLineInput],
    currency: str,
    price_mode: PriceMode = PriceMode.TAX_INCLUDED,
    document_discount: Discount | None = None,
    approval_limit_percent: Decimal | None = None,
) -> SaleTotals:
    """Totals of a document (returns: the returned quantities, positive, at the sold prices).

    ``price_mode`` is the mode of the lines that do not state their own. Each line is priced
    in its own mode; when a document mixes both, the ticket discount is shared out in
    proportion to the lines' tax-included amounts (what the customer sees) and each share is
    brought back to its line's mode, and the VAT of a rate is rounded once for the lines of
    that rate in each mode (see :mod:`erp_desktop.kernel.tax.vat`).
    """
    if not lines:
        raise ValidationError("sales.empty_document")
    modes = [line.price_mode or price_mode for line in lines]
    mixed = len(set(modes)) > 1
    rates: list[Decimal] = []
    befores: list[Money] = []
    line_discounts: list[Money] = []
    for index, line in enumerate(lines):
        qty, price, rate = _checked(line, index)
        before = Money.of(qty * price, currency)
        disc = line.discount.on(before) if line.discount else Money.zero(currency)
        rates.append(rate)
        befores.append(before)
        line_discounts.append(disc)
    if not mixed and document_discount is None and all(line.discount is None for line in lines):
        # Most tickets: no discount anywhere, one mode. Less nothing is the same amount
        # (same exponent) and a zero shared out is zeros: straight to the VAT (issue 19).
        return _vat_and_totals(
            currency,
            modes,
            rates,
            befores,
            line_discounts,
            None,
            befores,
            lines,
            Money.zero(currency),
            approval_limit_percent,
        )
    after_line = [b - d for b, d in zip(befores, line_discounts, strict=True)]
    if mixed:
        weights = [
            abs(_tax_included(a, r, m)) for a, r, m in zip(after_line, rates, modes, strict=True)
        ]
        subtotal = Money.of(sum(weights, Decimal(0)), currency)
    else:
        weights = [abs(a.amount) for a in after_line]
        subtotal = sum((a for a in after_line), Money.zero(currency))
    doc_disc_total = Money.zero(currency)
    if document_discount is not None:
        doc_disc_total = document_discount.on(subtotal)
    doc_discs = doc_disc_total.allocate(weights)
    if mixed:  # the shares are tax included: a tax-excluded line takes its share's base
        doc_discs = [
            Money.of(d.amount * HUNDRED / (HUNDRED + r), currency)
            if m is PriceMode.TAX_EXCLUDED
            else d
            for d, r, m in zip(doc_discs, rates, modes, strict=True)
        ]
        # Shares are rounded to the cent from unrounded tax-included weights: on a line of a
        # few centimes a share can round above what is left of the line. No line is
        # discounted below zero.
        doc_discs = [min(d, a) for d, a in zip(doc_discs, after_line, strict=True)]
    amounts = [a - d for a, d in zip(after_line, doc_discs, strict=True)]
    return _vat_and_totals(
        currency,
        modes,
        rates,
        befores,
        line_discounts,
        doc_discs,
        amounts,
        lines,
        doc_disc_total,
        approval_limit_percent,
        mixed,
    )


def _vat_and_totals(
    currency: str,
    modes: list[PriceMode],
    rates: list[Decimal],
    befores: list[Money],
    line_discounts: list[Money],
    doc_discs: list[Money] | None,
    amounts: list[Money],
    lines: Sequence[SaleLineInput],
    doc_disc_total: Money,
    approval_limit_percent: Decimal | None,
    mixed: bool = False,
) -> SaleTotals:
    """The rest of :func:`compute_sale` once each line's amount after discounts is known:
    VAT per rate and mode, the lines' totals, the document's. ``doc_discs`` None: no ticket
    discount, each line's share zero."""
    zero = Money.zero(currency)
    if doc_discs is None:
        doc_discs = [zero] * len(lines)
    # VAT per rate, rounded once per rate and mode; then spread back over those lines.
    groups: dict[tuple[Decimal, PriceMode], list[int]] = {}
    for index, (rate, mode) in enumerate(zip(rates, modes, strict=True)):
        groups.setdefault((rate, mode), []).append(index)
    line_base: dict[int, Money] = {}
    line_vat: dict[int, Money] = {}
    rate_rows: list[RateTotals] = []
    for rate in sorted(set(rates)):
        rate_base, rate_vat, rate_gross = zero, zero, zero
        for mode in (PriceMode.TAX_INCLUDED, PriceMode.TAX_EXCLUDED):
            idx = groups.get((rate, mode))
            if not idx:
                continue
            amount = sum((amounts[i] for i in idx), zero)
            if mode is PriceMode.TAX_INCLUDED:
                base, vat = split_gross(amount, rate)
                gross = amount
            else:
                base = amount
                vat = vat_on_base(amount, rate)
                gross = base + vat
            parts_vat = (
                vat.allocate([abs(amounts[i].amount) for i in idx]) if vat else [zero for _ in idx]
            )
            for i, part in zip(idx, parts_vat, strict=True):
                line_vat[i] = part
                line_base[i] = amounts[i] - part if mode is PriceMode.TAX_INCLUDED else amounts[i]
            rate_base, rate_vat, rate_gross = rate_base + base, rate_vat + vat, rate_gross + gross
        rate_rows.append(RateTotals(rate, rate_base, rate_vat, rate_gross))

    result_lines = tuple(
        LineTotals(
            product_id=line.product_id,
            quantity=Decimal(line.quantity),
            unit_price=Decimal(line.unit_price),
            vat_rate=rates[i],
            amount_before_discount=befores[i],
            line_discount=line_discounts[i],
            document_discount=doc_discs[i],
            amount=amounts[i],
            base=line_base[i],
            vat=line_vat[i],
            gross=line_base[i] + line_vat[i],
            price_mode=modes[i],
        )
        for i, line in enumerate(lines)
    )
    total_base = sum((r.base for r in rate_rows), zero)
    total_vat = sum((r.vat for r in rate_rows), zero)
    total_gross = sum((r.gross for r in rate_rows), zero)
    if mixed:  # one figure for people: tax included, as the customer saw the prices
        discount = sum(
            (
                Money.of(_tax_included(ld + dd, r, m), currency)
                for ld, dd, r, m in zip(line_discounts, doc_discs, rates, modes, strict=True)
            ),
            zero,
        )
        gross_before = sum(
            (
                Money.of(_tax_included(b, r, m), currency)
                for b, r, m in zip(befores, rates, modes, strict=True)
            ),
            zero,
        )
    else:
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
        price_mode=PriceMode.TAX_INCLUDED if mixed else modes[0],
        lines=result_lines,
        by_rate=tuple(rate_rows),
        base=total_base,
        vat=total_vat,
        gross=total_gross,
        discount=discount,
        discount_percent=percent,
        needs_approval=needs_approval,
        mixed_modes=mixed,
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
