"""Records edited at several sites merge field by field: each field keeps the value of its
newest edit by hybrid logical clock (the rule of ``kernel.crm.customers``), for any record
whose fields are named. Interactions (status, follow-up, owner, text) and opportunities
(stage, amounts, dates, next activity) use it; what a record never changes after it is
made (its customer, its kind, when it happened) is not a merged field."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

INTERACTION_FIELDS = ("owner", "text", "follow_up_on", "status")
OPPORTUNITY_FIELDS = (
    "title",
    "owner",
    "stage",
    "expected_minor",
    "currency",
    "expected_on",
    "next_activity",
    "next_activity_on",
    "lines",
    "quote_id",
)


def merge_fields(
    fields: Sequence[str],
    current: Mapping[str, Any],
    current_clocks: Mapping[str, str],
    incoming: Mapping[str, Any],
    incoming_clocks: Mapping[str, str],
) -> tuple[dict[str, Any], dict[str, str]]:
    """The merged values and clocks of ``fields`` (equal clocks are the same edit)."""
    values: dict[str, Any] = {}
    clocks: dict[str, str] = {}
    for name in fields:
        mine, theirs = current_clocks.get(name, ""), incoming_clocks.get(name, "")
        if theirs > mine:
            values[name], clocks[name] = incoming.get(name), theirs
        else:
            values[name] = current.get(name)
            if mine:
                clocks[name] = mine
    return values, clocks
