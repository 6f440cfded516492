"""The post-sync comparison of customers: the replica sends its bucket digests, the server
answers with its copy of every customer in the buckets that differ (the server's copy wins:
it decided every merge)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from erp_desktop.kernel.crm.convergence import BUCKETS, bucket_digests, differing_buckets
from erp_desktop.kernel.errors import ValidationError
from sync_server.db.customers import customer_values, customers_in_buckets
from sync_server.db.engine import Engine, unit_of_work
from sync_server.services.enrollment import Device


def compare_customers(engine: Engine, device: Device, theirs: Mapping[str, Any]) -> dict[str, Any]:
    if not isinstance(theirs, Mapping):
        raise ValidationError("protocol.wrong_type", path="buckets", expected="object")
    for bucket, digest in theirs.items():
        if bucket not in BUCKETS or not isinstance(digest, str) or len(digest) != 40:
            raise ValidationError("protocol.bad_value", path=f"buckets.{bucket}", expected="digest")
    with unit_of_work(engine, branch_id=device.branch_id) as conn:
        mine = bucket_digests(customer_values(conn))
        buckets = differing_buckets(mine, theirs)
        return {"buckets": buckets, "customers": customers_in_buckets(conn, buckets)}
