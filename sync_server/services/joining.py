"""A shop that ran alone joins the chain with head office's one-time invitation.

Head office invites (``invite_shop``: a token valid a week, shown once). The shop sends what
it is (``kernel.protocol.joining``) with the token; in ONE head-office transaction the
server spends the invitation, makes the shop a branch of the company under the shop's own
ids (site, warehouse, registers, users: its documents keep their numbers and their chains,
its staff their passwords and PINs), takes its catalog deduplicated against the chain's,
and gives the shop its device credential. From then on the shop syncs like any branch: it
pushes its outbox (a month of history, each document once, by id) and pulls the company.

Deduplication: a shop's product whose SKU, or one of whose barcodes, the chain already has
IS the chain's product from now on. The shop's own is kept under its id (its sales and
movements name it), inactive, under a SKU of its own (``retired_sku``), saying which
product it became; barcodes of the shop's labels that the chain's product lacks are added
to it, so the shop's shelves still scan. Other products join the catalog as they are.

A join whose answer never reached the shop (the line cut after the commit) is taken again
with a new invitation: what the first join made is kept (the same merges, the same names),
what the shop added since is added, and the shop gets a new device credential.

Users: a user name the chain already has takes the shop's code (``karim.bli01``); the
shop's owner becomes its branch manager and accountant (head office keeps the catalog, the
users and the company's books).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from erp_desktop.kernel.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from erp_desktop.kernel.permissions import Role
from erp_desktop.kernel.protocol.joining import read_join_request
from sync_server.db import headoffice as rows
from sync_server.db import integrity, scopes
from sync_server.db import joining as joins
from sync_server.db.catalog import ProductRow, upsert_products
from sync_server.db.engine import Engine, unit_of_work
from sync_server.db.mergers import head_office as catalog
from sync_server.services.headoffice import secret_hash, tax_classes_of

INVITATION_VALIDITY = timedelta(days=7)
# What the shop's owner becomes in a chain: the shop's manager and its accountant.
OWNER_IN_A_CHAIN = (Role.BRANCH_MANAGER.value, Role.ACCOUNTANT.value)


@dataclass(frozen=True, slots=True)
class Joined:
    """The server's answer (``as_dict`` is what the shop receives)."""

    device_id: UUID
    branch_id: UUID
    credential: str
    merged: dict[str, str]  # shop product id -> the chain's product id
    adopted: int  # the shop's products that joined the catalog as they were
    renamed: dict[str, str]  # user id -> the user name it has in the chain
    customers_matched: int = 0  # the shop's customers that look like the company's

    def as_dict(self) -> dict[str, Any]:
        return {
            "device_id": str(self.device_id),
            "branch_id": str(self.branch_id),
            "credential": self.credential,
            "merged": dict(self.merged),
            "adopted": self.adopted,
            "renamed": dict(self.renamed),
            "customers_matched": self.customers_matched,
        }


def invite_shop(engine: Engine, name: str, now: datetime | None = None) -> str:
    """A one-time invitation for the shop ``name`` (shown once, valid a week)."""
    if not name.strip():
        raise ValidationError("common.required", field="name")
    token = secrets.token_hex(24)
    expires = (now or datetime.now(UTC)) + INVITATION_VALIDITY
    with unit_of_work(engine, head_office=True) as conn:
        joins.insert_invitation(conn, name.strip(), secret_hash(token), expires)
    return token


def join_shop(engine: Engine, body: Any) -> Joined:
    """The shop of ``body`` made a branch of the company, all or nothing."""
    shop = read_join_request(body)
    site = shop["branch"]
    code = site["code"].strip().upper()
    branch_id = UUID(site["id"])
    secret = secrets.token_urlsafe(32)
    with unit_of_work(engine, head_office=True) as conn:
        invitation = joins.spend_invitation(conn, shop["token"])
        if invitation is None:
            raise PermissionDenied("join.invalid_invitation")
        company = rows.company(conn)
        if company is None:
            raise NotFound("join.no_company")
        if (company.country, company.currency) != (shop["country"], shop["currency"]):
            raise ConflictError(
                "join.other_country",
                country=shop["country"],
                currency=shop["currency"],
                company_country=company.country,
                company_currency=company.currency,
            )
        # A join whose answer never reached the shop (the line cut) is taken again with a
        # new invitation: what the first made is kept, what is new is added.
        again = joins.joined_site(conn, branch_id)
        if not again and joins.branch_exists(conn, branch_id):
            raise ConflictError("join.site_known", code=code)
        if not again and rows.branch_id_of(conn, code) is not None:
            raise ConflictError("join.code_taken", code=code)
        if not again:
            rows.insert_branch(
                conn, code, site["name"], site["name_ar"], branch_id, UUID(site["warehouse_id"])
            )
        known_registers = joins.register_ids(conn, branch_id)
        for register in shop["registers"]:
            if UUID(register["id"]) in known_registers:
                continue
            rows.insert_register(
                conn, branch_id, register["code"], register["cash_step_minor"], UUID(register["id"])
            )
        renamed = _users(conn, shop["users"], branch_id, code)
        merged, adopted = _catalog(conn, shop["products"], code)
        matched = _customers(conn, shop["customers"], branch_id)
        token = secrets.token_hex(24)
        expires = datetime.now(UTC) + timedelta(hours=1)
        rows.insert_device(conn, branch_id, f"{code} (joined)", secret_hash(token), expires)
        enrolled = scopes.enroll_device(conn, token, secret)
        assert enrolled is not None  # made in this very transaction
        device_id = enrolled[0]
        joins.record_joined(conn, invitation, branch_id)
    return Joined(device_id, branch_id, f"{device_id}.{secret}", merged, adopted, renamed, matched)


def _users(conn: Any, people: list[dict[str, Any]], branch_id: UUID, code: str) -> dict[str, str]:
    taken = joins.usernames(conn)
    known = joins.usernames_by_id(conn, [UUID(p["id"]) for p in people])
    renamed: dict[str, str] = {}
    for person in people:
        username = person["username"]
        if UUID(person["id"]) in known:  # taken by an earlier join of this shop
            if known[UUID(person["id"])] != username:
                renamed[person["id"]] = known[UUID(person["id"])]
            continue
        if username in taken:
            username = f"{username}.{code.lower()}"
            renamed[person["id"]] = username
        taken.add(username)
        roles: list[str] = []
        for held in (r["role"] for r in person["roles"]):
            if held not in {r.value for r in Role}:
                raise ValidationError("common.invalid_value", field="role", value=held)
            for role in OWNER_IN_A_CHAIN if held == Role.OWNER.value else (held,):
                if role not in roles:
                    roles.append(role)
        rows.insert_user(
            conn,
            username,
            person["full_name"],
            person["password_hash"],
            person["pin_hash"],
            roles,
            branch_id,
            UUID(person["id"]),
        )
    return renamed


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _customers(conn: Any, people: list[dict[str, Any]], branch_id: UUID) -> int:
    """Each shop customer whose phone (its digits, at least 8) or tax id the company already
    has: an alert for head office (``join.customer_known``), once."""
    by_phone: dict[str, tuple[UUID, str]] = {}
    by_tax_id: dict[str, tuple[UUID, str]] = {}
    for cid, name, phone, tax_id in joins.customers_known(conn):
        if len(_digits(phone)) >= 8:
            by_phone.setdefault(_digits(phone)[-9:], (cid, name))
        if tax_id.strip():
            by_tax_id.setdefault(tax_id.strip().upper(), (cid, name))
    matched = 0
    for person in people:
        phone = _digits(person["phone"])
        found, by = by_tax_id.get(person["tax_id"].strip().upper()), "tax_id"
        if found is None and len(phone) >= 8:
            found, by = by_phone.get(phone[-9:]), "phone"
        if found is None or str(found[0]) == person["id"]:
            continue
        matched += 1
        integrity.raise_alert(
            conn,
            branch_id,
            "join.customer_known",
            {
                "customer": person["id"],
                "name": person["name"],
                "company_customer": str(found[0]),
                "company_name": found[1],
                "by": by,
            },
        )
    return matched


def _catalog(conn: Any, products: list[dict[str, Any]], code: str) -> tuple[dict[str, str], int]:
    """The shop's products deduplicated against the chain's, written set-wise (the bulk
    import's statement for those that join as they are, one statement for the retired)."""
    known_classes = tax_classes_of(conn)
    by_sku = joins.products_by_sku(conn, [p["sku"] for p in products])
    by_code = catalog.owners_of_barcodes(
        conn, [line["barcode"] for p in products for line in p["barcodes"]]
    )
    earlier = joins.products_by_id(conn, [UUID(p["id"]) for p in products])
    merged: dict[str, str] = {}
    retired: list[tuple[dict[str, Any], UUID]] = []
    extra_codes: list[tuple[UUID, str]] = []
    adopted: list[ProductRow] = []
    taken_again = 0
    for p in products:
        if UUID(p["id"]) in earlier:  # taken by an earlier join of this shop
            into = earlier[UUID(p["id"])].get("merged_into")
            if into:
                merged[p["id"]] = str(into)
            else:
                taken_again += 1
            continue
        codes = [line["barcode"] for line in p["barcodes"]]
        chains = by_sku.get(p["sku"]) or next((by_code[c] for c in codes if c in by_code), None)
        if chains is not None and str(chains) != p["id"]:
            retired.append((p, chains))
            extra_codes += [(chains, c) for c in codes if c not in by_code]
            merged[p["id"]] = str(chains)
            continue
        if known_classes is not None and p["tax_class"] not in known_classes:
            raise ValidationError("common.invalid_value", field="tax_class", value=p["tax_class"])
        adopted.append(
            ProductRow(
                UUID(p["id"]),
                p["sku"],
                p["name"],
                p["name_ar"],
                p["unit"],
                p["price_minor"],
                p["currency"],
                p["tax_class"],
                tuple(codes),
                p["reorder_point_milli"],
                p["price_mode"],
            )
        )
    if adopted:
        upsert_products(conn, adopted)
    joins.insert_retired_products(conn, retired, code)
    joins.add_barcodes(conn, extra_codes)
    return merged, len(adopted) + taken_again
