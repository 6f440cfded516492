"""Who expires which points, and how an expiry that another branch's offline spending made
fall short is made good: one writer per lot (the site it was earned at), a restoration of
exactly the shortfall, topped up by the difference when it grows, nothing written twice."""

from __future__ import annotations

from datetime import date

from erp_desktop.kernel.crm.expiry import expiry_restorations, owned_expiries_due
from erp_desktop.kernel.crm.loyalty import balance, earn, redemption, replay
from tests.kernel.test_crm_loyalty import CUSTOMER, at


def test_only_the_site_that_earned_a_lot_expires_it_and_only_once() -> None:
    alger = earn(CUSTOMER, 100, at(10, 1), "ALG01")
    oran = earn(CUSTOMER, 40, at(12, 1), "ORN01")
    day = date(2027, 2, 1)  # January 2026's lots expired today
    mine = owned_expiries_due(CUSTOMER, [alger, oran], day, "ALG01")
    assert [(m.points, m.lot_id, m.site) for m in mine] == [(-100, alger.id, "ALG01")]
    assert owned_expiries_due(CUSTOMER, [alger, oran, *mine], day, "ALG01") == []
    theirs = owned_expiries_due(CUSTOMER, [alger, oran, *mine], day, "ORN01")
    assert [(m.points, m.lot_id) for m in theirs] == [(-40, oran.id)]
    assert owned_expiries_due(CUSTOMER, [alger], date(2027, 1, 31), "ALG01") == []


def test_an_expiry_that_fell_short_is_restored_by_exactly_the_shortfall_once() -> None:
    lot = earn(CUSTOMER, 100, at(10, 1), "ALG01")
    (expiry,) = owned_expiries_due(CUSTOMER, [lot], date(2027, 2, 2), "ALG01")
    # Oran spent 30 of it on the last valid day, offline; it arrives after the expiry
    spent = redemption(CUSTOMER, 30, at(31, 1, 2027), "ORN01")
    held = [lot, expiry, spent]
    assert balance(held) == -30 and replay(held).debt == 30
    assert expiry_restorations(held, "ORN01") == []  # not Oran's expiry
    (restore,) = expiry_restorations(held, "ALG01")
    assert (restore.kind, restore.points, restore.lot_id) == ("adjust", 30, expiry.id)
    assert restore.at > expiry.at
    after = [*held, restore]
    assert balance(after) == 0 and replay(after).debt == 0 and replay(after).lots == ()
    assert expiry_restorations(after, "ALG01") == []  # idempotent
    assert expiry_restorations([*after, restore], "ALG01") == []  # received twice: once
    # a second redemption from before the expiry arrives later still: topped up by 20 only
    late = redemption(CUSTOMER, 20, at(30, 1, 2027), "ORN01")
    (more,) = expiry_restorations([*after, late], "ALG01")
    assert more.points == 20 and more.id != restore.id
    assert balance([*after, late, more]) == 0
