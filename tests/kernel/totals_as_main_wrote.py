"""``compute_sale`` as main wrote it (2026-12-01), before the no-discount ticket went
straight to its VAT (issue 19): kept verbatim to compare against (test_sale_totals_fast)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales.totals import (
    Discount,
    LineTotals,
    RateTotals,
    SaleLineInput,
    SaleTotals,
    _checked,
    _tax_included,
)
from erp_desktop.kernel.tax.vat import HUNDRED, PriceMode, split_gross, vat_on_base


def reference_compute_sale(
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

    # VAT per rate, rounded once per rate and mode; then spread back over those lines.
    groups: dict[tuple[Decimal, PriceMode], list[int]] = {}
    for index, (rate, mode) in enumerate(zip(rates, modes, strict=True)):
        groups.setdefault((rate, mode), []).append(index)
    line_base: dict[int, Money] = {}
    line_vat: dict[int, Money] = {}
    rate_rows: list[RateTotals] = []
    zero = Money.zero(currency)
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
