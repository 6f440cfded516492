"""Checking that a replica's customers equal the server's, cheaply, after each sync.

Customers are merged field by field by hybrid logical clock on both sides, so once every
edit has travelled both copies must be equal. When they are not (an edit the server refused,
a replica restored from an old backup, a bug), nothing else would ever notice: the branches
would disagree on that customer forever. Both sides fold their customers into 256 buckets of
digests; only the buckets that differ travel in full, and the server's copy wins (it decides
every merge).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any
from uuid import UUID

from erp_desktop.kernel.crm.customers import FIELDS


def customer_digest(values: Mapping[str, Any]) -> str:
    """The digest of a customer's field values (clocks left out: equal values agree)."""
    text = json.dumps([str(values.get(f) or "") for f in FIELDS], ensure_ascii=False)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def bucket_of(customer_id: UUID | str) -> str:
    """The bucket a customer falls in: the last byte of its id (random in a UUIDv7)."""
    return UUID(str(customer_id)).hex[-2:]


def bucket_digests(customers: Iterable[tuple[UUID | str, Mapping[str, Any]]]) -> dict[str, str]:
    """Bucket -> digest of the (id, digest) pairs in it, in id order."""
    buckets: dict[str, list[str]] = {}
    for customer_id, values in customers:
        canonical = str(UUID(str(customer_id)))
        buckets.setdefault(bucket_of(canonical), []).append(
            f"{canonical}:{customer_digest(values)}"
        )
    return {
        bucket: hashlib.sha1("\n".join(sorted(lines)).encode("ascii")).hexdigest()
        for bucket, lines in buckets.items()
    }


def differing_buckets(mine: Mapping[str, str], theirs: Mapping[str, str]) -> list[str]:
    return sorted(b for b in set(mine) | set(theirs) if mine.get(b) != theirs.get(b))


BUCKETS = frozenset(f"{n:02x}" for n in range(256))
