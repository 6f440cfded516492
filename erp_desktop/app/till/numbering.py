"""Allocating a register's next gapless number and chaining the document's hash."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from erp_desktop.app.ports import UnitOfWork
from erp_desktop.app.records import RegisterInfo, SaleInfo
from erp_desktop.kernel.hash_chain import chain_hash, genesis
from erp_desktop.kernel.numbering import format_number


def allocate_number(
    tx: UnitOfWork, register: RegisterInfo, on: date, now: datetime
) -> tuple[str, str, int, str]:
    """(number, series, sequence, previous hash) inside the caller's transaction."""
    series = f"{register.branch_code}-{register.code}-{on.year:04d}"
    last, previous_hash = tx.sales.series_state(register.id, series, genesis(series), now)
    sequence = last + 1
    return (
        format_number(register.branch_code, register.code, on.year, sequence),
        series,
        sequence,
        previous_hash,
    )


def hashed_fields(sale: SaleInfo) -> dict[str, Any]:
    """The fields of a finalized document that the chain protects."""
    return {
        "number": sale.number,
        "kind": sale.kind,
        "issued_at": sale.issued_at.isoformat(),
        "currency": sale.currency,
        "total_minor": sale.total_minor,
        "stamp_duty_minor": sale.stamp_duty_minor,
        "customer_id": sale.customer_id,
        "original_id": sale.original_id,
        "lines": [
            {
                "product_id": ln.product_id,
                "quantity": ln.quantity,
                "unit_price": ln.unit_price,
                "base_minor": ln.base_minor,
                "vat_minor": ln.vat_minor,
                "returned_line_id": ln.returned_line_id,
            }
            for ln in sale.lines
        ],
        "payments": [
            {
                "tender": p.tender,
                "amount_minor": p.amount_minor,
                "currency": p.currency,
                "rate": p.rate,
            }
            for p in sale.payments
        ],
    }


def seal(tx: UnitOfWork, sale: SaleInfo, now: datetime) -> SaleInfo:
    """The sale with its hash, the series moved on to it (same transaction)."""
    digest = chain_hash(sale.previous_hash, hashed_fields(sale))
    tx.sales.advance_series(sale.series, sale.sequence, digest, now)
    return replace(sale, hash=digest)
