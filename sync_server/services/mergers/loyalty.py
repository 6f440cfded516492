"""Point movements: appended idempotently by id, whatever order the sites push them in (the
balance is their sum). After each set, the customers that got new movements are replayed
over every site's movements (``kernel.crm.loyalty.replay``): a redemption that the merged
ledger cannot cover (two tills offline spent the same points) raises a
``loyalty_overdraft`` alert for head office, once per movement at fault, and is kept (the
goods left the shop). A movement for a customer the server does not know is refused with
``crm.unknown_customer``; a movement whose sign contradicts its kind is refused by the
kernel's own check."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from erp_desktop.kernel.crm.loyalty import PointMovement, replay
from erp_desktop.kernel.documents.fields import values_from
from erp_desktop.kernel.errors import NotFound
from erp_desktop.kernel.ids import derived_id
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.engine import act_as
from sync_server.db.mergers import alerts
from sync_server.db.mergers import loyalty as rows
from sync_server.services.mergers.base import MergeContext, by_actor

Payload = Mapping[str, Any]
OVERDRAFT = "loyalty_overdraft"


def movement_of(payload: Mapping[str, Any]) -> PointMovement:
    return PointMovement(**values_from(PointMovement, payload, "", wire=True))


class LoyaltyMovementMerger:
    entity = "loyalty_movement"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Payload]:
        known = rows.known_customers(ctx.conn, [c.payload["customer_id"] for c in changes])

        def check(change: Change) -> Payload:
            p = change.payload
            if p["customer_id"] not in known:
                raise NotFound("crm.unknown_customer", customer=p["customer_id"])
            movement_of(p)  # the kernel's rules: a credit positive, a debit negative
            return p

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Payload]]) -> None:
        touched: set[str] = set()
        for actor, group in by_actor(checked):
            act_as(ctx.conn, actor)
            touched |= rows.insert_movements(ctx.conn, ctx.branch_id, [(p, actor) for p in group])
        by_customer: dict[str, list[PointMovement]] = {}
        for row in rows.movements_of(ctx.conn, touched):
            by_customer.setdefault(str(row["customer_id"]), []).append(movement_of(row))
        for movements in by_customer.values():
            for alert in replay(movements).alerts:
                alerts.insert_alert_once(
                    ctx.conn,
                    derived_id(OVERDRAFT, alert.movement_id),
                    ctx.branch_id,
                    OVERDRAFT,
                    {
                        "customer_id": str(alert.customer_id),
                        "movement_id": str(alert.movement_id),
                        "site": alert.site,
                        "at": alert.at.isoformat(),
                        "requested": alert.requested,
                        "available": alert.available,
                        "shortfall": alert.shortfall,
                        "earlier_debits": [str(d) for d in alert.earlier_debits],
                    },
                )
