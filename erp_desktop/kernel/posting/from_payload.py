"""The posting document of a pushed sale or credit note, rebuilt from its sync payload.

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
from erp_desktop.kernel.ledger.accounts import Chart
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.posting.documents import RevenueLine, SalePosting, TenderLine
from erp_desktop.kernel.posting.rules import post_return, post_sale


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
