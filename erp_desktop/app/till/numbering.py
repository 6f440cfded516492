"""Allocating a register's next gapless number and chaining the document's hash."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from erp_desktop.app.ports import Transaction
from erp_desktop.app.records import RegisterInfo
from erp_desktop.kernel.hash_chain import chain_hash, genesis
from erp_desktop.kernel.numbering import format_number


def allocate_number(
    tx: Transaction, register: RegisterInfo, on: date, now: datetime
) -> tuple[str, str, int, str]:
    """(number, series, sequence, previous hash) inside the caller's transaction."""
    series = f"{register.branch_code}-{register.code}-{on.year:04d}"
    last, previous_hash = tx.series_state(register.id, series, genesis(series), now)
    sequence = last + 1
    return (
        format_number(register.branch_code, register.code, on.year, sequence),
        series,
        sequence,
        previous_hash,
    )


def hashed_fields(
    number: str,
    issued_at: datetime,
    total_minor: int,
    currency: str,
    lines: list[Mapping[str, Any]],
    payments: list[Mapping[str, Any]],
) -> dict[str, Any]:
    """The fields of a finalized document that the chain protects."""
    return {
        "number": number,
        "issued_at": issued_at.isoformat(),
        "currency": currency,
        "total_minor": total_minor,
        "lines": lines,
        "payments": payments,
    }


def seal(
    tx: Transaction,
    series: str,
    sequence: int,
    previous_hash: str,
    fields: Mapping[str, Any],
    now: datetime,
) -> str:
    digest = chain_hash(previous_hash, fields)
    tx.advance_series(series, sequence, digest, now)
    return digest
