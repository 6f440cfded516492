"""Suppliers edited in head office's client and pushed from its replica (issue 14);
accepted from the head-office site alone (``services.ownership``), sent down to every site
by the change log.

The checks are the kernel's, as the client ran them (kernel.purchasing.suppliers: names,
legal identifiers per country, bank account key, supplied products), plus what only the
server knows: the products named exist, and a code is one supplier's (another supplier's
code is refused, never moved).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.kernel.errors import ConflictError, NotFound, ValidationError
from erp_desktop.kernel.invoicing.terms import terms_from_code
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.protocol.envelope import Change
from erp_desktop.kernel.purchasing.suppliers import SuppliedProduct, supplier
from sync_server.db.engine import act_as
from sync_server.db.mergers import suppliers as rows
from sync_server.services.mergers.base import MergeContext

Payload = Mapping[str, Any]


def _checked(p: Payload) -> None:
    currency = p["currency"]
    supplier(
        id=UUID(p["id"]),
        code=p["code"],
        name=p["name"],
        name_ar=p["name_ar"],
        country=p["country"],
        currency=currency,
        terms=terms_from_code(p["terms"]),
        legal_ids=dict(p["legal_ids"]),
        bank_account=p["bank_account"],
        products=[
            SuppliedProduct(
                UUID(i["product_id"]),
                i["reference"],
                Money.from_minor(i["last_price_minor"], currency),
                i["lead_time_days"],
                Decimal(i["pack_milli"]).scaleb(-3),
            )
            for i in p["products"]
        ],
    )


class SupplierMerger:
    entity = "supplier"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Payload]:
        named = {i["product_id"] for c in changes for i in c.payload["products"]}
        known = rows.known_products(ctx.conn, sorted(named))

        def check(change: Change) -> Payload:
            p = change.payload
            if not p["code"].strip():
                raise ValidationError("common.required", field="code")
            _checked(p)
            for item in p["products"]:
                if item["product_id"] not in known:
                    raise NotFound("common.not_found", entity="product", id=item["product_id"])
            return p

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Payload]]) -> None:
        for change, p in checked:  # in the batch's order: a later edit wins
            act_as(ctx.conn, change.actor_id)
            owner = rows.codes_taken(ctx.conn, [p["code"]]).get(p["code"])
            if owner is not None and str(owner) != p["id"]:
                raise ConflictError("common.invalid_value", field="code", value=p["code"])
            rows.save_supplier(ctx.conn, p)
