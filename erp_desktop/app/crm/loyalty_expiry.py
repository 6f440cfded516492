"""Points expire by the programme's rule on a schedule, as backups are taken: the client
asks ``run_due_expiry`` every few minutes (ui/loyalty_expiry_timer.py) and once per
business day a branch writes the expiry of every lot earned there and expired by that day,
and the restoration of any expiry of its own that another branch's earlier spending made
fall short (kernel.crm.expiry). The rule is head office's programme; the run waits for
someone to be logged in, whose id the movements travel under (the server checks it).

Only the lot's own branch expires it, so no two sites ever write one expiry id with two
amounts; the movements are appended and queued like every other (``loyalty_movement``,
owned by the site), so every replica and the server count each once. Head office does not
run it: loyalty movements are the sites' (``OWNERS``). Running twice on a day, or again on
the next day with nothing new, writes nothing.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.crm.loyalty import program_of, record_movements
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import UnitOfWork
from erp_desktop.kernel.crm.expiry import expiry_restorations, owned_expiries_due
from erp_desktop.kernel.crm.loyalty import PointMovement
from erp_desktop.kernel.ownership import SiteKind
from erp_desktop.kernel.permissions import Permission

LAST_RUN_SETTING = "loyalty_expiry_last"  # the business day of the last scheduled run


def expire_due(deps: Deps, tx: UnitOfWork, day: date, actor_id: UUID | None) -> int:
    """Writes and queues this site's expiries owed on ``day`` and its restorations; returns
    how many movements were written."""
    program = program_of(tx)
    site = tx.org.local_branch().code
    due: list[PointMovement] = []
    for customer_id in tx.loyalty.customers_for_expiry(site):
        movements = tx.loyalty.movements_of(customer_id)
        expiries = owned_expiries_due(customer_id, movements, day, site, program.expiry_months)
        due.extend(expiries)
        due.extend(expiry_restorations([*movements, *expiries], site, program.expiry_months))
    record_movements(deps, tx, due, actor_id)
    return len(due)


def run_due_expiry(deps: Deps, actor: Actor | None) -> int | None:
    """The day's expiry run at a branch, if not run yet today; how many movements it wrote
    (None: not due, head office, or nobody logged in). It needs no right of its own, as
    earning points at the till needs none: the movements are queued under whoever is logged
    in when it runs, the user the server checks belongs to the branch."""
    if actor is None:
        return None
    with deps.store.transaction(actor.user_id) as tx:
        site = tx.org.local_branch()
        if SiteKind(site.kind) is SiteKind.HEAD_OFFICE:
            return None
        day = deps.business_date(tx.org.company().country)
        if tx.org.setting(LAST_RUN_SETTING) == day.isoformat():
            return None
        written = expire_due(deps, tx, day, actor.user_id)
        tx.org.set_setting(LAST_RUN_SETTING, day.isoformat(), deps.now())
    return written


def expire_points(deps: Deps, actor: Actor, on: date | None = None) -> Done[int]:
    """What the day's scheduled run writes, at once (a branch manager; ``on``: today), for a
    day the schedule has not run yet (the PC was off)."""
    actor.require(Permission.SALES_DISCOUNT_OVERRIDE)
    with deps.store.transaction(actor.user_id) as tx:
        day = on or deps.business_date(tx.org.company().country)
        written = expire_due(deps, tx, day, actor.user_id)
    return Done(written, frozenset({Changed.CUSTOMERS, Changed.OUTBOX}))
