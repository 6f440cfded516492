"""The replica's side of a shop joining a chain: what it sends (its site, registers, users,
catalog, read from its own tables) and what it keeps of the server's answer, in one
transaction: the credential, the site now a branch, its products the chain already had
retired as the server retired them (their SKU freed for the chain's product coming down),
renamed users, and the queued changes of what head office owns from now on (the catalog
edits, the months it closed itself) marked as gone up with the join, never pushed."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import select, update

from erp_desktop.kernel.ownership import OWNERS, Owner, SiteKind
from erp_desktop.kernel.protocol.joining import retired_sku
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.repositories.org import write_setting
from erp_desktop.storage.tables.catalog import customers, product_barcodes, products
from erp_desktop.storage.tables.org import (
    branches,
    company,
    registers,
    user_roles,
    users,
    warehouses,
)
from erp_desktop.storage.tables.sync import outbox


class ReplicaJoining:
    """``app.ports.joining.ChainJoining`` over the replica (on its own thread)."""

    def __init__(self, replica: Replica) -> None:
        self.replica = replica

    def request(self, token: str) -> dict[str, Any]:
        return join_request(self.replica, token)

    def keep(self, url: str, answer: dict[str, Any], now: datetime) -> None:
        keep_joined(self.replica, url, answer, now)


JOINED_SETTING = "joined_chain"  # when, where, and what the server merged
JOINED_STATE = "joined"  # an outbox row that went up in the join request instead


def join_request(replica: Replica, token: str) -> dict[str, Any]:
    """The shop as the server takes it (``kernel.protocol.joining``)."""
    with replica.read() as conn:
        firm = conn.execute(select(company)).mappings().one()
        site = conn.execute(select(branches).where(branches.c.is_local.is_(True))).mappings().one()
        warehouse = conn.execute(
            select(warehouses.c.id).where(warehouses.c.branch_id == site["id"])
        ).scalar_one()
        tills = conn.execute(select(registers).where(registers.c.branch_id == site["id"]))
        people = conn.execute(select(users)).mappings().all()
        roles = conn.execute(
            select(user_roles.c.user_id, user_roles.c.role).where(user_roles.c.deleted_at.is_(None))
        ).all()
        catalog = conn.execute(select(products).order_by(products.c.sku)).mappings().all()
        codes = conn.execute(select(product_barcodes.c.product_id, product_barcodes.c.barcode))
        barcodes: dict[UUID, list[str]] = {}
        for product_id, code in codes:
            barcodes.setdefault(product_id, []).append(code)
        people_served = conn.execute(
            select(customers.c.id, customers.c.name, customers.c.phone, customers.c.tax_id)
        ).all()
        registers_sent = [
            {"id": str(r.id), "code": r.code, "cash_step_minor": r.cash_step_minor} for r in tills
        ]
    return {
        "token": token.strip(),
        "country": firm["country"],
        "currency": firm["currency"],
        "company_name": firm["name"],
        "branch": {
            "id": str(site["id"]),
            "code": site["code"],
            "name": site["name"],
            "name_ar": site["name_ar"],
            "warehouse_id": str(warehouse),
        },
        "registers": registers_sent,
        "users": [
            {
                "id": str(u["id"]),
                "username": u["username"],
                "full_name": u["full_name"],
                "password_hash": u["password_hash"],
                "pin_hash": u["pin_hash"],
                "roles": [{"role": r} for who, r in roles if who == u["id"]],
            }
            for u in people
        ],
        "products": [
            {
                "id": str(p["id"]),
                "sku": p["sku"],
                "name": p["name"],
                "name_ar": p["name_ar"],
                "unit": p["unit"],
                "price_minor": p["price_minor"],
                "currency": p["currency"],
                "price_mode": p["price_mode"],
                "tax_class": p["tax_class"],
                "reorder_point_milli": p["reorder_point_milli"],
                "barcodes": [{"barcode": c} for c in barcodes.get(p["id"], [])],
            }
            for p in catalog
        ],
        "customers": [
            {"id": str(c.id), "name": c.name, "phone": c.phone, "tax_id": c.tax_id}
            for c in people_served
        ],
    }


def keep_joined(replica: Replica, url: str, answer: dict[str, Any], now: datetime) -> None:
    with replica.transaction(None) as conn:
        site = conn.execute(select(branches).where(branches.c.is_local.is_(True))).mappings().one()
        for key, value in (
            ("sync_server_url", url),
            ("sync_device_id", answer["device_id"]),
            ("sync_credential", answer["credential"]),
            ("local_branch_id", answer["branch_id"]),
        ):
            write_setting(conn, key, value, now)
        conn.execute(
            update(branches)
            .where(branches.c.id == site["id"])
            .values(kind=SiteKind.BRANCH.value, updated_at=now)
        )
        for shop_product, chains in answer["merged"].items():
            product_id = UUID(shop_product)
            sku = conn.execute(
                select(products.c.sku).where(products.c.id == product_id)
            ).scalar_one()
            conn.execute(
                update(products)
                .where(products.c.id == product_id)
                .values(
                    sku=retired_sku(sku, site["code"]),
                    active=False,
                    metadata={"merged_into": chains, "joined_from": site["code"]},
                    updated_at=now,
                )
            )
        for user_id, username in answer["renamed"].items():
            conn.execute(
                update(users)
                .where(users.c.id == UUID(user_id))
                .values(username=username, updated_at=now)
            )
        head_office = [e for e, owner in OWNERS.items() if owner is Owner.HEAD_OFFICE]
        conn.execute(
            update(outbox)
            .where(outbox.c.state == "pending", outbox.c.entity.in_(head_office))
            .values(state=JOINED_STATE, updated_at=now)
        )
        write_setting(
            conn,
            JOINED_SETTING,
            {
                "at": now.isoformat(),
                "server": url,
                "merged": answer["merged"],
                "renamed": answer["renamed"],
                "adopted": answer["adopted"],
            },
            now,
        )
