"""The outbox payload of a sales document (schema: kernel.protocol.payloads 'sale')."""

from __future__ import annotations

from typing import Any

from erp_desktop.app.records import SaleInfo
from erp_desktop.kernel.ids import derived_id


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def sale_payload(sale: SaleInfo) -> dict[str, Any]:
    return {
        "id": str(sale.id),
        "kind": sale.kind,
        "number": sale.number,
        "register_id": str(sale.register_id),
        "session_id": _opt(sale.session_id),
        "customer_id": _opt(sale.customer_id),
        "issued_at": sale.issued_at.isoformat(),
        "currency": sale.currency,
        "rate": str(sale.rate),
        "base_minor": sale.base_minor,
        "vat_minor": sale.vat_minor,
        "stamp_duty_minor": sale.stamp_duty_minor,
        "rounding_minor": sale.rounding_minor,
        "total_minor": sale.total_minor,
        "change_minor": sale.change_minor,
        "original_id": _opt(sale.original_id),
        "previous_hash": sale.previous_hash,
        "hash": sale.hash,
        "cashier_id": str(sale.cashier_id),
        "lines": [
            {
                "id": str(ln.id),
                "product_id": str(ln.product_id),
                "quantity_milli": int(ln.quantity * 1000),
                "unit_price": str(ln.unit_price),
                "vat_rate": str(ln.vat_rate),
                "discount_minor": ln.discount_minor,
                "base_minor": ln.base_minor,
                "vat_minor": ln.vat_minor,
                "unit_cost": str(ln.unit_cost),
                "returned_line_id": _opt(ln.returned_line_id),
            }
            for ln in sale.lines
        ],
        "payments": [
            {
                # Payments have no id of their own on the replica: derive a stable one.
                "id": str(derived_id("sale_payment", sale.id, i)),
                "tender": p.tender,
                "amount_minor": p.amount_minor,
                "currency": p.currency,
                "rate": str(p.rate),
                "reference": p.reference,
            }
            for i, p in enumerate(sale.payments)
        ],
    }
