"""SQL of a shop joining the chain: its invitation, and the products of its catalog that the
chain already had (kept, retired, pointing at the chain's product)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.protocol.joining import retired_sku


def insert_invitation(conn: Connection, name: str, token_hash: str, expires_at: datetime) -> UUID:
    invitation_id = new_id()
    conn.execute(
        text(
            "INSERT INTO auth.join_invitations (id, name, token_hash, expires_at) "
            "VALUES (:id, :name, :token, :expires)"
        ),
        {"id": invitation_id, "name": name, "token": token_hash, "expires": expires_at},
    )
    return invitation_id


def spend_invitation(conn: Connection, token: str) -> UUID | None:
    """The invitation of ``token``, spent in this transaction (None: unknown, spent, expired)."""
    return conn.execute(
        text("SELECT invitation_id FROM auth.spend_join_invitation(:t)"), {"t": token}
    ).scalar()


def record_joined(conn: Connection, invitation_id: UUID, branch_id: UUID) -> None:
    conn.execute(
        text("UPDATE auth.join_invitations SET branch_id = :b, updated_at = now() WHERE id = :id"),
        {"b": branch_id, "id": invitation_id},
    )


def branch_exists(conn: Connection, branch_id: UUID) -> bool:
    return bool(
        conn.execute(text("SELECT 1 FROM auth.branches WHERE id = :id"), {"id": branch_id}).scalar()
    )


def joined_site(conn: Connection, branch_id: UUID) -> bool:
    """Whether ``branch_id`` is a site an earlier join made."""
    return bool(
        conn.execute(
            text("SELECT 1 FROM auth.join_invitations WHERE branch_id = :b"), {"b": branch_id}
        ).scalar()
    )


def register_ids(conn: Connection, branch_id: UUID) -> set[UUID]:
    return set(
        conn.execute(
            text("SELECT id FROM auth.registers WHERE branch_id = :b"), {"b": branch_id}
        ).scalars()
    )


def usernames_by_id(conn: Connection, ids: Sequence[UUID]) -> dict[UUID, str]:
    rows = conn.execute(
        text("SELECT id, username FROM auth.users WHERE id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": list(ids)},
    )
    return {r[0]: r[1] for r in rows}


def products_by_id(conn: Connection, ids: Sequence[UUID]) -> dict[UUID, dict[str, Any]]:
    """The products of ``ids`` the chain has, with their metadata (``merged_into``)."""
    rows = conn.execute(
        text("SELECT id, metadata FROM inventory.products WHERE id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": list(ids)},
    )
    return {r[0]: dict(r[1] or {}) for r in rows}


def customers_known(conn: Connection) -> list[tuple[UUID, str, str, str]]:
    """The company's customers (id, name, phone, tax id) a shop's may be."""
    rows = conn.execute(
        text(
            "SELECT id, name, phone, tax_id FROM crm.customers "
            "WHERE deleted_at IS NULL AND (phone <> '' OR tax_id <> '')"
        )
    )
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def usernames(conn: Connection) -> set[str]:
    return set(conn.execute(text("SELECT username FROM auth.users")).scalars())


def products_by_sku(conn: Connection, skus: Sequence[str]) -> dict[str, UUID]:
    rows = conn.execute(
        text("SELECT sku, id FROM inventory.products WHERE sku = ANY(CAST(:s AS text[]))"),
        {"s": list(skus)},
    )
    return {r[0]: r[1] for r in rows}


def insert_retired_products(
    conn: Connection, retired: Sequence[tuple[Mapping[str, Any], UUID]], branch_code: str
) -> None:
    """The shop's products the chain already had, under their own ids (the shop's documents
    name them), inactive, with no barcode, each saying which product it became."""
    if not retired:
        return
    conn.execute(
        text(
            "INSERT INTO inventory.products (id, sku, name, name_ar, unit, price_minor, "
            "currency, tax_class, reorder_point_milli, price_mode, active, metadata) VALUES "
            "(:id, :sku, :name, :name_ar, :unit, :price, :currency, :tax_class, :reorder, "
            ":mode, false, CAST(:metadata AS jsonb))"
        ),
        [
            {
                "id": p["id"],
                "sku": retired_sku(p["sku"], branch_code),
                "name": p["name"],
                "name_ar": p["name_ar"],
                "unit": p["unit"],
                "price": p["price_minor"],
                "currency": p["currency"],
                "tax_class": p["tax_class"],
                "reorder": p["reorder_point_milli"],
                "mode": p["price_mode"],
                "metadata": json.dumps(
                    {"merged_into": str(merged_into), "joined_from": branch_code}
                ),
            }
            for p, merged_into in retired
        ],
    )


def add_barcodes(conn: Connection, codes: Sequence[tuple[UUID, str]]) -> None:
    """Barcodes of the shop's labels that the chain's products did not have yet."""
    if not codes:
        return
    conn.execute(
        text(
            "INSERT INTO inventory.product_barcodes (id, product_id, barcode) "
            "VALUES (:id, :p, :code) ON CONFLICT (barcode) DO NOTHING"
        ),
        [{"id": new_id(), "p": product_id, "code": code} for product_id, code in codes],
    )
