"""Allocating a register's next gapless number (the chain's hash is the document's own:
kernel.documents.sale_hash; app.documents.finalize seals it)."""

from __future__ import annotations

from datetime import date, datetime

from erp_desktop.app.ports import UnitOfWork
from erp_desktop.app.records import RegisterInfo
from erp_desktop.kernel.hash_chain import genesis
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
