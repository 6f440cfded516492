"""Pull: what head office changed (catalog, users with their password hashes so cashiers
log in offline, branches, registers, accounts) and the transfers sent to this branch,
after the branch's cursor, in pages. A page is applied on the branch in one transaction
and the cursor moves after that commit, so an interrupted bootstrap of 50,000 products
resumes where it stopped."""

from __future__ import annotations

from typing import Any

from erp_desktop.kernel.errors import ValidationError
from sync_server.db import pull as log
from sync_server.db.engine import Engine, unit_of_work
from sync_server.services.enrollment import Device

DEFAULT_PAGE = 1000
MAX_PAGE = 5000


def pull(engine: Engine, device: Device, cursor: int, limit: int = DEFAULT_PAGE) -> dict[str, Any]:
    if cursor < 0:
        raise ValidationError("common.invalid_value", field="after", value=str(cursor))
    if not 1 <= limit <= MAX_PAGE:
        raise ValidationError("common.invalid_value", field="limit", value=str(limit))
    # narrowed to the device's own site: a head-office device reads its site's share,
    # not the whole company's (a branch's device is narrowed to its branch anyway)
    with unit_of_work(engine, branch_id=device.branch_id, credential=device.credential) as conn:
        changes = log.changes_after(conn, cursor, limit + 1)
        newest = log.last_seq(conn)
    more = len(changes) > limit
    changes = changes[:limit]
    return {
        "changes": changes,
        "cursor": changes[-1]["seq"] if changes else cursor,
        "more": more,
        "newest": newest,
    }
