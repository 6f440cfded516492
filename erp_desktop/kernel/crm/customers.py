"""Customers edited on both sides merge field by field: the last writer wins, by hybrid
logical clock (never by wall clock).

Each editable field carries the HLC timestamp of its last edit. Merging two versions takes,
field by field, the value whose timestamp is greater; equal timestamps are the same edit.
The server decides (it merges every push into its copy) and sends the result down; a
branch merges what it pulls the same way, so an edit made offline and not yet pushed is
never overwritten by an older one from head office. The encoded timestamps are fixed
width, so comparing the strings compares (wall time, counter, node).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from erp_desktop.kernel.partners.customers import BUSINESS_FIELDS

# a business customer's fields merge the same way, each on its own (issue 13)
FIELDS = ("name", "name_ar", "phone", "email", "tax_id", *BUSINESS_FIELDS)


def merge_customer(
    current: Mapping[str, Any],
    current_clocks: Mapping[str, str],
    incoming: Mapping[str, Any],
    incoming_clocks: Mapping[str, str],
) -> tuple[dict[str, Any], dict[str, str]]:
    """The merged field values and clocks of two versions of one customer."""
    values: dict[str, Any] = {}
    clocks: dict[str, str] = {}
    for field in FIELDS:
        mine, theirs = current_clocks.get(field, ""), incoming_clocks.get(field, "")
        if theirs > mine:
            values[field], clocks[field] = incoming.get(field, ""), theirs
        else:
            values[field] = current.get(field, "")
            if mine:
                clocks[field] = mine
    return values, clocks
