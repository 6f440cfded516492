"""Who may push what: each pushed change is applied only if its acting user exists, works
for the device's branch (or for head office) and holds the permission the change needs.

The permission is the one the branch's use case asked for (``erp_desktop/app``): a sale
needs ``sales.checkout``, a credit note ``sales.return``, a stock adjustment
``inventory.adjust``, and so on (``permission_for``). So a stolen or tampered till can push
only what one of its branch's users could have done, and a cashier's device cannot slip in
a stock adjustment signed by a cashier. A change with no actor is refused, but for the
findings a device reports about its own replica (``DEVICE_FINDINGS``).

The whole batch is checked with one query for all its actors, before the changes split
between the set-wise and the change-by-change paths; each refusal is that change's answer
alone (the rest of the queue goes on). A user disabled since is still the one who rang the
sale: the till refuses the login once the change reaches it, the server keeps the past.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from uuid import UUID

from erp_desktop.kernel.errors import ErpError, PermissionDenied, ValidationError
from erp_desktop.kernel.permissions import Permission, Role, permissions_of
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db import actors
from sync_server.db.engine import Connection

P = Permission

# What each kind of change needs, by entity and by the payload's kind (or status).
_BY_KIND: dict[str, tuple[str, dict[str, Permission]]] = {
    "stock_movement": (
        "kind",
        {
            "opening": P.INVENTORY_ADJUST,
            "receipt": P.INVENTORY_RECEIVE,
            "sale": P.SALES_CHECKOUT,
            "return": P.SALES_RETURN,
            "transfer_out": P.INVENTORY_TRANSFER,
            "transfer_in": P.INVENTORY_TRANSFER,
            "adjustment": P.INVENTORY_ADJUST,
            "count": P.INVENTORY_COUNT,
            "supplier_return": P.INVENTORY_RECEIVE,  # goods sent back (issue 14)
        },
    ),
    "sale": (
        "kind",
        {"receipt": P.SALES_CHECKOUT, "credit_note": P.SALES_RETURN, "invoice": P.SALES_INVOICE},
    ),
    "stock_document": (
        "kind",
        {
            "goods_receipt": P.INVENTORY_RECEIVE,
            "adjustment": P.INVENTORY_ADJUST,
            "count": P.INVENTORY_COUNT,
            "transfer_out": P.INVENTORY_TRANSFER,
            "transfer_in": P.INVENTORY_TRANSFER,
            "opening": P.INVENTORY_ADJUST,  # a shop set up alone: its first day's stock
        },
    ),
    "cash_session": ("status", {"open": P.CASH_SESSION_OPEN, "closed": P.CASH_SESSION_CLOSE}),
    "customer": ("", {"": P.CRM_CUSTOMER_EDIT}),
    "global_invoice": ("", {"": P.SALES_INVOICE}),
    "product": ("", {"": P.INVENTORY_CATALOG_EDIT}),  # at head office (kernel.ownership)
    "category": ("", {"": P.INVENTORY_CATALOG_EDIT}),  # the till's grid (issue 17)
    "product_image": ("", {"": P.INVENTORY_CATALOG_EDIT}),
    "fiscal_period": ("", {"": P.ACCOUNTING_CLOSE_PERIOD}),
    "customer_payment": ("", {"": P.SALES_INVOICE}),  # payments and refunds (issue 13)
    "instrument_event": ("", {"": P.SALES_INVOICE}),  # a cheque's or traite's fate
    "business_document": ("", {"": P.SALES_INVOICE}),  # quotes to credit notes (issue 13)
    "purchase_order": (
        "status",
        {
            "open": P.PURCHASING_ORDER,
            "cancelled": P.PURCHASING_ORDER,
            "partially_received": P.INVENTORY_RECEIVE,  # moved by the goods arriving
            "received": P.INVENTORY_RECEIVE,
            "closed": P.INVENTORY_RECEIVE,
        },
    ),
    "purchase_receipt": ("", {"": P.INVENTORY_RECEIVE}),
    "supplier_invoice": (
        "match",
        {
            "matched": P.PAYABLES_INVOICE,
            "blocked": P.PAYABLES_INVOICE,
            "accepted": P.PAYABLES_ACCEPT_MISMATCH,
        },
    ),
    "supplier_payment": ("", {"": P.PAYABLES_PAY}),
    "supplier": ("", {"": P.PURCHASING_SUPPLIER_EDIT}),  # at head office (issue 14)
    # HR (issue 15): head office's records; a branch's corrections and leave decisions
    "shift": ("", {"": P.HR_RECORDS}),
    "staff": ("", {"": P.HR_RECORDS}),
    "employee": ("", {"": P.HR_RECORDS}),
    "contract": ("", {"": P.HR_RECORDS}),
    "attendance": ("", {"": P.HR_ATTENDANCE_CORRECT}),
    "leave_request": (
        "status",
        {
            "pending": P.HR_VIEW,
            "cancelled": P.HR_VIEW,
            "approved": P.HR_LEAVE_APPROVE,
            "refused": P.HR_LEAVE_APPROVE,
        },
    ),
    "payroll_items": ("", {"": P.HR_PAYROLL}),  # HR's items of a month ahead of its run
    "supplier_return": ("", {"": P.INVENTORY_RECEIVE}),  # a debit note (issue 14)
}

# Changes the device itself makes, with no user behind them: what its own tamper checks
# found in its replica (app/till/integrity.py). The device's credential is what is proven.
DEVICE_FINDINGS = frozenset({"integrity_alert"})

# A clocking by PIN at the branch PC has no user behind it either: the employee's PIN was
# checked there (app/hr/attendance.py). A correction names its manager and is checked.
CLOCKINGS = frozenset({"attendance"})


def permission_for(change: Change) -> Permission | None:
    """The permission ``change`` needs; None for an entity the server does not apply yet
    (refused later as such)."""
    found = _BY_KIND.get(change.entity)
    if found is None:
        return None
    field, table = found
    kind = str(change.payload.get(field, "")) if field else ""
    permission = table.get(kind)
    if permission is None:
        raise ValidationError("common.invalid_value", field=f"{change.entity}.{field}", value=kind)
    return permission


class ActorRights:
    """The actors of a batch, read once; ``refusal`` answers for one change."""

    def __init__(self, users: Mapping[UUID, tuple[UUID | None, list[str]]], branch_id: UUID):
        self._users = users
        self._branch_id = branch_id
        self._granted: dict[UUID, frozenset[Permission]] = {}

    @classmethod
    def of_batch(cls, conn: Connection, changes: Iterable[Change], branch_id: UUID) -> ActorRights:
        ids = {c.actor_id for c in changes if c.actor_id is not None}
        return cls(actors.users(conn, ids), branch_id)

    def refusal(self, change: Change) -> ErpError | None:
        """Why ``change`` may not be applied for its actor, or None when it may."""
        if change.entity in DEVICE_FINDINGS:
            return None
        if (
            change.entity in CLOCKINGS
            and change.actor_id is None
            and change.payload.get("corrected_by") is None
        ):
            return None
        if change.actor_id is None:
            return PermissionDenied("sync.actor_missing", change=str(change.id))
        user = self._users.get(change.actor_id)
        # The ids are made text only for a refusal: a batch of 500 allowed changes spent
        # 1.5 µs a change making the actor's text for nothing.
        if user is None:
            return PermissionDenied(
                "sync.actor_unknown", change=str(change.id), actor=str(change.actor_id)
            )
        branch, roles = user
        if branch is not None and branch != self._branch_id:
            return PermissionDenied(
                "sync.actor_other_branch",
                change=str(change.id),
                actor=str(change.actor_id),
                branch=str(branch),
            )
        try:
            permission = permission_for(change)
        except ErpError as error:
            return error
        if permission is not None and permission not in self._permissions(change.actor_id, roles):
            return PermissionDenied(
                "sync.actor_not_permitted",
                change=str(change.id),
                actor=str(change.actor_id),
                permission=str(permission),
            )
        return None

    def _permissions(self, user_id: UUID, roles: list[str]) -> frozenset[Permission]:
        if user_id not in self._granted:
            known = {r.value for r in Role}
            self._granted[user_id] = permissions_of([Role(r) for r in roles if r in known])
        return self._granted[user_id]
