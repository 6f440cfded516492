"""A final cash ticket of 1,200 DA built by hand, field by field (no replica): one line of
1.25 x 952.00 DA tax included (base 1,000.00, VAT 19 % 190.00), stamp duty 12.00, rounded
by -2.00, paid 2,000.00 in cash with 800.00 change; for the kernel's and the server's tests
of what a sales document posts and carries."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.documents import SaleDocument, SaleLine, payments_of
from erp_desktop.kernel.hash_chain import genesis
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money


def dzd(amount: str) -> Money:
    return Money.of(Decimal(amount), "DZD")


def a_cash_ticket(
    branch_id: UUID,
    issued_at: datetime,
    *,
    kind: str = "receipt",
    quantity: str = "1.25",
    description: str = "olive oil",
) -> SaleDocument:
    """The ticket, unsealed (``hash`` empty), number ALG01-C1-2026-000007."""
    sale_id = new_id()
    line = SaleLine(
        id=new_id(),
        position=1,
        product_id=new_id(),
        description=description,
        quantity=Decimal(quantity),
        unit_price=Decimal("952.00"),
        vat_rate=Decimal("19"),
        discount=dzd("0"),
        base=dzd("1000.00"),
        vat=dzd("190.00"),
        unit_cost=Decimal("700.00"),
    )
    return SaleDocument(
        id=sale_id,
        kind=kind,
        number="ALG01-C1-2026-000007",
        series="ALG01-C1-2026",
        sequence=7,
        status="final",
        register_id=new_id(),
        session_id=new_id(),
        branch_id=branch_id,
        customer_id=None,
        issued_at=issued_at,
        currency="DZD",
        rate=Decimal(1),
        price_mode="tax_included",
        base=dzd("1000.00"),
        vat=dzd("190.00"),
        discount=dzd("0"),
        stamp_duty=dzd("12.00"),
        rounding=dzd("-2.00"),
        total=dzd("1200.00"),
        change=dzd("800.00"),
        cost=Decimal("875.00"),
        original_id=None,
        previous_hash=genesis("ALG01-C1-2026"),
        hash="",
        cashier_id=new_id(),
        lines=(line,),
        payments=payments_of(sale_id, [("cash", dzd("2000.00"), Decimal(1), "")]),
    )
