"""Customers created or edited at the till, offline; each edited field is stamped with the
hybrid logical clock so the server can merge edits from several places field by field."""

from __future__ import annotations

from dataclasses import replace
from uuid import UUID

from erp_desktop.app.bridge import queue
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.records import CustomerInfo
from erp_desktop.kernel.crm.customers import FIELDS
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.permissions import Permission

EDITABLE = FIELDS  # a business customer's fields too (app.business.customers checks them)


def save_customer(
    deps: Deps, actor: Actor, customer_id: UUID | None, **fields: str
) -> Done[CustomerInfo]:
    actor.require(Permission.CRM_CUSTOMER_EDIT)
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValidationError(
            "common.invalid_value", field=sorted(unknown)[0], value="unknown field"
        )
    values = {k: v.strip() for k, v in fields.items()}
    with deps.store.transaction(actor.user_id) as tx:
        now = deps.now()
        if customer_id is None:
            if not (values.get("name") or values.get("name_ar")):
                raise ValidationError("common.required", field="name")
            current = CustomerInfo(new_id(), "", "", "", "", "", 0, tx.org.company().currency, {})
        else:
            current = tx.customers.customer(customer_id)
        stamp = deps.hlc.now().encode()
        clocks = dict(current.field_clocks)
        for name in values:
            clocks[name] = stamp
        updated = replace(
            current,
            **{name: values.get(name, getattr(current, name)) for name in EDITABLE},
            field_clocks=clocks,
        )
        tx.customers.save_customer(updated, now)
        queue(
            deps,
            tx,
            "customer",
            updated.id,
            {
                "id": str(updated.id),
                **{k: getattr(updated, k) for k in EDITABLE},
                "field_clocks": clocks,
            },
            actor.user_id,
        )
    return Done(updated, frozenset({Changed.CUSTOMERS, Changed.OUTBOX}))


def find_customers(deps: Deps, actor: Actor, text: str, limit: int = 30) -> list[CustomerInfo]:
    """At the till: the customer by name (French or Arabic) or phone number."""
    actor.require(Permission.CRM_CUSTOMER_VIEW)
    if not text.strip():
        return []
    with deps.store.read() as tx:
        return tx.customers.find_customers(text, limit)
