"""Which site expires which points, and how an expiry that fell short is made good.

Each lot is expired by one writer only: the site where it was earned (its credit's
``site``). The expiry's id derives from the lot (``expiries_due``), and with one writer no
two sites can ever write that id with different amounts, whatever each of them knew.

A branch offline may have spent points of the lot before its expiry date and pushed it
later: the expiry, written by the lot's site without knowing, took more than the lot still
had, and the replay counts the difference as a debt (and flags it). On its next run the
lot's site writes a restoration: an adjustment of the shortfall naming the expiry
(``lot_id``), dated just after it, so the debt is repaid and the balance is what it would
have been had the expiry known. Its id derives from the expiry and the shortfall it makes
good, so running again writes nothing, and a shortfall that grows later is topped up by the
difference only.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from uuid import UUID

from erp_desktop.kernel.crm.loyalty import (
    MovementKind,
    PointMovement,
    expiries_due,
    month_key,
    replay,
    unique,
)
from erp_desktop.kernel.ids import derived_id

_JUST_AFTER = timedelta(microseconds=1)


def owned_expiries_due(
    customer_id: UUID,
    movements: Iterable[PointMovement],
    on: date,
    site: str,
    expiry_months: int = 12,
) -> list[PointMovement]:
    """The expiries ``site`` owes on ``on``: those of the lots earned there, not yet
    written."""
    held = unique(movements)
    earned_here = {m.id for m in held if m.is_credit and m.site == site}
    written = {m.id for m in held}
    return [
        m
        for m in expiries_due(customer_id, held, on, site, expiry_months)
        if m.lot_id in earned_here and m.id not in written
    ]


def expiry_restorations(
    movements: Iterable[PointMovement], site: str, expiry_months: int = 12
) -> list[PointMovement]:
    """The adjustments that make good the expiries ``site`` wrote beyond what their lot
    still had (what the replay counts short for each), less what was restored already."""
    held = unique(movements)
    expiries = {m.id: m for m in held if m.kind == MovementKind.EXPIRE.value and m.site == site}
    if not expiries:
        return []
    restored: dict[UUID, int] = {}
    for m in held:
        if m.kind == MovementKind.ADJUST.value and m.lot_id in expiries and m.points > 0:
            assert m.lot_id is not None
            restored[m.lot_id] = restored.get(m.lot_id, 0) + m.points
    out: list[PointMovement] = []
    for alert in replay(held, expiry_months).alerts:
        expiry = expiries.get(alert.movement_id)
        if expiry is None:
            continue
        owed = alert.shortfall - restored.get(expiry.id, 0)
        if owed <= 0:
            continue
        at: datetime = expiry.at + _JUST_AFTER
        out.append(
            PointMovement(
                derived_id("loyalty_expiry_restore", expiry.id, alert.shortfall),
                expiry.customer_id,
                MovementKind.ADJUST,
                owed,
                at,
                site,
                source_id=expiry.id,
                lot_month=month_key(at),
                lot_id=expiry.id,
            )
        )
    return out
