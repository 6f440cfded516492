"""Stock movements: the only way stock changes. Levels are their sum, never synced themselves.

A movement's kind fixes the sign its quantity may carry (a sale takes goods out, a receipt
brings them in); adjustments and counts may go either way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError


class MovementKind(StrEnum):
    OPENING = "opening"
    RECEIPT = "receipt"
    SALE = "sale"
    RETURN = "return"
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"
    ADJUSTMENT = "adjustment"
    COUNT = "count"
    SUPPLIER_RETURN = "supplier_return"  # goods sent back, at the cost they entered at

    @property
    def sign(self) -> int:
        """+1: only in, -1: only out, 0: either way."""
        return _SIGNS[self]

    @property
    def brings_cost(self) -> bool:
        """Whether goods come in at their own cost (updating the weighted average)."""
        return self in (MovementKind.OPENING, MovementKind.RECEIPT, MovementKind.TRANSFER_IN)

    @property
    def takes_own_cost(self) -> bool:
        """Whether goods go out at their own cost (what they entered at), not the average:
        the rest is re-averaged so the value left is what stayed."""
        return self is MovementKind.SUPPLIER_RETURN


_SIGNS = {
    MovementKind.OPENING: 1,
    MovementKind.RECEIPT: 1,
    MovementKind.SALE: -1,
    MovementKind.RETURN: 1,
    MovementKind.TRANSFER_OUT: -1,
    MovementKind.TRANSFER_IN: 1,
    MovementKind.ADJUSTMENT: 0,
    MovementKind.COUNT: 0,
    MovementKind.SUPPLIER_RETURN: -1,
}


@dataclass(frozen=True, slots=True)
class StockMovement:
    id: UUID
    product_id: UUID
    warehouse_id: UUID
    kind: MovementKind
    quantity: Decimal  # signed: positive in, negative out
    unit_cost: Decimal  # company currency per unit
    occurred_at: datetime
    document_type: str = ""
    document_id: UUID | None = None

    def __post_init__(self) -> None:
        if self.quantity == 0:
            raise ValidationError("inventory.zero_quantity", product=str(self.product_id))
        sign = self.kind.sign
        if (sign > 0 and self.quantity < 0) or (sign < 0 and self.quantity > 0):
            raise ValidationError(
                "inventory.wrong_sign", kind=str(self.kind), quantity=str(self.quantity)
            )
        if self.unit_cost < 0:
            raise ValidationError("inventory.negative_cost", product=str(self.product_id))
        if self.occurred_at.tzinfo is None:
            raise ValidationError(
                "common.invalid_value", field="occurred_at", value=str(self.occurred_at)
            )


def levels_from(movements: Iterable[StockMovement]) -> dict[tuple[UUID, UUID], Decimal]:
    """Quantity on hand per (warehouse, product): the sum of the movements, in any order."""
    levels: dict[tuple[UUID, UUID], Decimal] = defaultdict(Decimal)
    for m in movements:
        levels[(m.warehouse_id, m.product_id)] += m.quantity
    return dict(levels)


def count_variances(
    expected: dict[UUID, Decimal], counted: dict[UUID, Decimal]
) -> dict[UUID, Decimal]:
    """Counted minus expected per product counted (a product not counted is not touched)."""
    result = {}
    for product, qty in counted.items():
        if qty < 0:
            raise ValidationError(
                "inventory.negative_count", product=str(product), quantity=str(qty)
            )
        diff = qty - expected.get(product, Decimal(0))
        if diff != 0:
            result[product] = diff
    return result


def transfer_difference(
    sent: dict[UUID, Decimal], received: dict[UUID, Decimal]
) -> dict[UUID, Decimal]:
    """Received minus sent per product (negative: goods lost on the way)."""
    result = {}
    for product in set(sent) | set(received):
        diff = received.get(product, Decimal(0)) - sent.get(product, Decimal(0))
        if diff != 0:
            result[product] = diff
    return result


def transfer_differences_milli(
    sent: Iterable[tuple[str, int]], received: Iterable[tuple[str, int]]
) -> dict[str, int]:
    """What a transfer in counted minus what its transfer out sent, in thousandths, for
    each product the transfer out carried and where the two differ (negative: goods lost on
    the way). ``sent`` are the transfer out's lines as it carries them, negative (goods
    leaving); ``received`` the transfer in's, positive."""
    got = dict(received)
    return {
        product: got.get(product, 0) + quantity
        for product, quantity in sent
        if got.get(product, 0) != -quantity
    }
