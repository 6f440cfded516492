"""What a shop that ran alone sends to join a chain, and what the server answers.

The request carries the shop as head office would have made it: its site (branch id, code,
names, warehouse), registers, users (their password and PIN hashes, so staff keep logging
in offline), and its catalog; every field required, as in a push. Its history does not
travel here: once joined, the shop pushes its outbox like any branch (each document with
its own id, number and chain link, so a replay changes nothing).

The answer names the shop's new device and credential, which of its products the chain
already had (``merged``: the shop's product id -> the chain's; the shop's own is kept,
retired, so its documents keep pointing at it), and which users were renamed because the
chain already had their user name, and how many of its customers look like the company's
(a phone or a tax id the company knows): head office is alerted and merges them in its
CRM; the shop's customer keeps its id, as its documents name it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from erp_desktop.kernel.protocol.head_office import HEAD_OFFICE_SCHEMAS
from erp_desktop.kernel.protocol.payloads import validate_shaped

MAX_PRODUCTS = 200_000
MAX_USERS = 500

JOIN_SCHEMA: Mapping[str, Any] = {
    "token": "str",
    "country": "str",
    "currency": "currency",
    "company_name": "str",
    "branch": {
        "id": "uuid",
        "code": "str",
        "name": "str",
        "name_ar": "str",
        "warehouse_id": "uuid",
    },
    "registers": [{"id": "uuid", "code": "str", "cash_step_minor": "int"}],
    "users": [
        {
            "id": "uuid",
            "username": "str",
            "full_name": "str",
            "password_hash": "str",
            "pin_hash": "str?",
            "roles": [{"role": "str"}],
        }
    ],
    # a product as head office's editor sends it, but for the till's grid tab: a shop that
    # ran alone has no head office's categories (the company files its products after)
    "products": [{k: v for k, v in HEAD_OFFICE_SCHEMAS["product"].items() if k != "category_id"}],
    # matched against the company's (phone, tax id); they go up with the history, by id
    "customers": [{"id": "uuid", "name": "str", "phone": "str", "tax_id": "str"}],
}


def read_join_request(value: Any) -> dict[str, Any]:
    """The join request checked field by field (``protocol.*`` codes, with the path)."""
    shaped = dict(JOIN_SCHEMA)
    branch = shaped.pop("branch")
    checked = validate_shaped({**shaped, "branch": "object"}, value, "join")
    checked["branch"] = validate_shaped(branch, checked["branch"], "join.branch")
    return checked


def retired_sku(sku: str, branch_code: str) -> str:
    """The SKU a shop's product keeps once merged into the chain's product of that SKU (or
    barcode): the same on both sides, so the shop's documents keep their product."""
    return f"{sku}~{branch_code}"[:40]
