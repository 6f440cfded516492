"""Stock documents: goods receipts, adjustments, counts, transfers out and in, declared once.

Their lines carry the company-currency unit cost the movement used, so the document alone
gives its value and its posting. A line's id is the replica's own (the wire sends lines
without one and the server keys them by document and product).
"""

# Each field is a dataclasses.field carrying its declaration (kernel.documents.fields).
# ruff: noqa: RUF009

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.kernel.documents.fields import Kind, children, declared, values_from
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.quantity import Quantity, canonical

STOCK_KINDS = ("goods_receipt", "adjustment", "count", "transfer_out", "transfer_in", "opening")


@dataclass(frozen=True, slots=True)
class StockLine:
    product_id: UUID = declared(Kind.UUID)
    quantity: Quantity = declared(Kind.QUANTITY)  # signed for adjustments and variances
    unit_cost: Decimal = declared(Kind.DECIMAL)  # company currency
    expected: Quantity | None = declared(Kind.QUANTITY, optional=True, wire=False, default=None)
    # a goods receipt: the supplier's VAT rate
    vat_rate: Decimal | None = declared(
        Kind.DECIMAL, optional=True, check="percent", default=Decimal(0)
    )
    id: UUID = declared(Kind.UUID, wire=False, default_factory=new_id)

    def __post_init__(self) -> None:
        object.__setattr__(self, "quantity", canonical(self.quantity))

    @property
    def value(self) -> Decimal:
        """Signed value of the line at its unit cost (company currency)."""
        return self.unit_cost * self.quantity


@dataclass(frozen=True, slots=True)
class StockDocument:
    id: UUID = declared(Kind.UUID)
    kind: str = declared(Kind.STR, length=20)  # one of STOCK_KINDS
    number: str = declared(Kind.STR, check="number", length=40)
    status: str = declared(Kind.STR, length=20)  # draft, final, in_transit, received
    branch_id: UUID = declared(Kind.UUID, wire=False)
    warehouse_id: UUID | None = declared(Kind.UUID, wire=False)  # None: rebuilt by the server
    issued_at: datetime = declared(Kind.DATETIME)
    counterpart_branch_id: UUID | None = declared(Kind.UUID, optional=True)  # a transfer's
    related_id: UUID | None = declared(Kind.UUID, optional=True)  # transfer in -> its out
    supplier_id: UUID | None = declared(Kind.UUID, optional=True)
    currency: str = declared(Kind.STR, check="currency", length=3)
    rate: Decimal = declared(Kind.RATE)  # company currency per unit of the document's
    reason: str = declared(Kind.STR, wire=False, length=200, default="")
    lines: tuple[StockLine, ...] = children(StockLine)

    def value(self) -> Decimal:
        """Signed value of the lines at their unit costs (company currency)."""
        return sum((ln.value for ln in self.lines), Decimal(0))


def stock_document_from_payload(
    payload: Mapping[str, Any], branch_id: UUID, warehouse_id: UUID | None = None
) -> StockDocument:
    """The document a validated 'stock_document' payload describes, as the server knows it."""
    currency = payload["currency"]
    return StockDocument(
        **values_from(StockDocument, payload, currency, wire=True),
        branch_id=branch_id,
        warehouse_id=warehouse_id,
        lines=tuple(
            StockLine(**values_from(StockLine, ln, currency, wire=True)) for ln in payload["lines"]
        ),
    )
