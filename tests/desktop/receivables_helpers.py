"""A business customer and invoices on account on a real replica, for the receivables tests."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.business.documents import DocumentRequest, LineRequest, issue_document
from erp_desktop.app.records import CustomerInfo
from erp_desktop.kernel.documents.business import BusinessDocument
from erp_desktop.kernel.ids import new_id
from tests.builders import START, Branch


def wholesale_customer(
    branch: Branch,
    name: str = "Restaurant Le Golfe",
    terms: str = "net:30",
    limit: str = "",
    blocks: bool = False,
    currency: str = "",
) -> UUID:
    customer = CustomerInfo(
        new_id(),
        name,
        "مطعم الخليج",
        "021 00 00 00",
        "",
        "",
        0,
        "DZD",
        {},
        legal_ids='{"NIF": "000016001234567"}',
        terms=terms,
        credit_limit=limit,
        limit_blocks="1" if blocks else "",
        account_currency=currency,
    )
    with branch.deps.store.transaction(None) as tx:
        tx.customers.save_customer(customer, START)
    return customer.id


def service_invoice(
    branch: Branch,
    customer_id: UUID,
    price: str,
    days_ago: int = 0,
    currency: str | None = None,
    rate: Decimal = Decimal(1),
) -> BusinessDocument:
    """An invoice of one catering service at ``price`` before VAT (19 %), issued
    ``days_ago`` days before the branch's clock says now (the clock is put back after)."""
    now = branch.clock.now()
    branch.clock.set(now - timedelta(days=days_ago))
    try:
        made, _ = issue_document(
            branch.deps,
            branch.actor("manager"),
            DocumentRequest(
                "customer_invoice",
                customer_id,
                (
                    LineRequest(
                        Decimal(1),
                        unit_price=Decimal(price),
                        description="Prestation traiteur",
                        vat_rate=Decimal(19),
                    ),
                ),
                currency=currency,
                rate=rate,
            ),
        )
    finally:
        branch.clock.set(now)
    return made
