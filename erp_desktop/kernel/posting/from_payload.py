"""The posting of a pushed sale, credit note or stock document, rebuilt from its payload.

The replica posts each sale from its own figures at checkout; the server posts it from the
payload it receives. Both must give the very same journal entry (same deterministic id, same
lines), so the payload carries every figure the rule needs and this function rebuilds the
``SalePosting`` exactly as checkout and returns built it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.kernel.calendar import business_date
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ledger.accounts import Chart
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.posting.documents import (
    GoodsReceiptPosting,
    RevenueLine,
    SalePosting,
    StockValuePosting,
    TenderLine,
    TransferInPosting,
    TransferOutPosting,
)
from erp_desktop.kernel.posting.rules import (
    post_goods_receipt,
    post_return,
    post_sale,
    post_stock_adjustment,
    post_transfer_in,
    post_transfer_out,
)
from erp_desktop.kernel.tax.vat import vat_on_base


def sale_posting(payload: Mapping[str, Any], branch_id: UUID, country: str) -> SalePosting:
    """``payload`` is a validated 'sale' payload (kernel.protocol.payloads)."""
    currency = payload["currency"]
    refund = payload["kind"] == "credit_note"
    revenue: dict[Decimal, tuple[int, int]] = defaultdict(lambda: (0, 0))
    cost = Decimal(0)
    for line in payload["lines"]:
        rate = Decimal(line["vat_rate"])
        base, vat = revenue[rate]
        revenue[rate] = (base + line["base_minor"], vat + line["vat_minor"])
        cost += Decimal(line["unit_cost"]) * Decimal(line["quantity_milli"]) / 1000
    tenders = tuple(
        TenderLine(
            p["tender"], Money.from_minor(p["amount_minor"], p["currency"]), Decimal(p["rate"])
        )
        for p in payload["payments"]
    )
    zero = Money.zero(currency)
    issued_at = datetime.fromisoformat(payload["issued_at"])
    return SalePosting(
        source_type="credit_note" if refund else "receipt",
        source_id=UUID(payload["id"]),
        number=payload["number"],
        on=business_date(country, issued_at),
        branch_id=branch_id,
        partner_id=UUID(payload["customer_id"]) if payload["customer_id"] else None,
        currency=currency,
        rate=Decimal(payload["rate"]),
        revenue=tuple(
            RevenueLine(r, Money.from_minor(b, currency), Money.from_minor(v, currency))
            for r, (b, v) in sorted(revenue.items())
        ),
        stamp_duty=Money.from_minor(payload["stamp_duty_minor"], currency),
        cash_rounding=Money.from_minor(payload["rounding_minor"], currency),
        tenders=tenders,
        change_given=Money.from_minor(payload["change_minor"], currency),
        on_credit=zero,
        cost=Money.of(cost, currency),
    )


def post_sale_payload(
    chart: Chart, payload: Mapping[str, Any], branch_id: UUID
) -> JournalEntry | None:
    """The journal entry of a pushed sale or credit note (None when it moves nothing)."""
    document = sale_posting(payload, branch_id, chart.country)
    if document.source_type == "credit_note":
        return post_return(chart, document)
    return post_sale(chart, document)


def _value(lines: list[Mapping[str, Any]]) -> Decimal:
    """Signed value of stock lines at their unit costs (company currency)."""
    return sum(
        (Decimal(ln["unit_cost"]) * Decimal(ln["quantity_milli"]) / 1000 for ln in lines),
        Decimal(0),
    )


def post_stock_document_payload(
    chart: Chart,
    payload: Mapping[str, Any],
    branch_id: UUID,
    sent_lines: list[Mapping[str, Any]] | None = None,
) -> JournalEntry | None:
    """The journal entry of a pushed stock document: goods receipt, adjustment, count,
    transfer out, or transfer in (``sent_lines``: the lines of the transfer out it receives).
    """
    kind = payload["kind"]
    on = business_date(chart.country, datetime.fromisoformat(payload["issued_at"]))
    source, number, company = UUID(payload["id"]), payload["number"], chart.currency
    lines = payload["lines"]
    if kind == "goods_receipt":
        currency, rate = payload["currency"], Decimal(payload["rate"])
        bases: dict[Decimal, Money] = defaultdict(lambda: Money.zero(currency))
        for ln in lines:
            unit = Decimal(ln["unit_cost"]) / rate  # the supplier's price, document currency
            quantity = Decimal(ln["quantity_milli"]) / 1000
            vat_rate = Decimal(ln["vat_rate"] or 0)
            bases[vat_rate] = bases[vat_rate] + Money.of(quantity * unit, currency)
        vat = tuple(RevenueLine(r, b, vat_on_base(b, r)) for r, b in sorted(bases.items()))
        cost = sum(bases.values(), Money.zero(currency))
        payable = cost + sum((v.vat for v in vat), Money.zero(currency))
        supplier = UUID(payload["supplier_id"]) if payload["supplier_id"] else None
        return post_goods_receipt(
            chart,
            GoodsReceiptPosting(
                source, number, on, branch_id, supplier, currency, rate, cost, vat, payable
            ),
        )
    if kind in ("adjustment", "count"):
        value = _value(lines)
        if not value:
            return None
        return post_stock_adjustment(
            chart, StockValuePosting(kind, source, number, on, branch_id, Money.of(value, company))
        )
    if kind == "transfer_out":
        return post_transfer_out(
            chart,
            TransferOutPosting(source, number, on, branch_id, Money.of(-_value(lines), company)),
        )
    if kind == "transfer_in":
        if sent_lines is None:
            raise ValidationError(
                "inventory.transfer_not_in_transit", transfer=str(payload["related_id"])
            )
        return post_transfer_in(
            chart,
            TransferInPosting(
                source,
                number,
                on,
                branch_id,
                Money.of(-_value(sent_lines), company),
                Money.of(_value(lines), company),
            ),
        )
    raise ValidationError(
        "protocol.bad_value", path="payload.kind", expected="a stock document kind"
    )
