"""A new branch's first pull from the server's snapshot (issue 19): a few gzip'd parts of
one kind each, prepared once on the server, instead of a hundred pages of the feed.

The catalog's parts are loaded in bulk (``tx.sync.bulk_apply``: one executemany, one audit
row per part); the other parts (company, branches, users, accounts...) go through the same
appliers as a pull. Each part is applied in one transaction together with the progress
(``sync_snapshot``: the snapshot's position and the parts done), so a bootstrap cut midway
resumes at the first part not applied; if the server has replaced the snapshot meanwhile,
it starts again with the new one (every part is an upsert: what was loaded is loaded again
over itself). The last step rebuilds the search index once and puts the cursor at the
snapshot's position, in one transaction: the feed after it comes by the ordinary pull.
The server ships each product's search text (the kernel's normalization of its names, SKU
and barcodes, made once when it prepares the snapshot): the products are then indexed as
they are loaded, and only a snapshot without it has the index rebuilt at the end.

A replica that already pulled (its cursor past 0), or a server without snapshots, pulls
the feed page by page as before."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter
from collections.abc import Callable
from functools import partial
from typing import Any

from erp_desktop.app.changes import NOTHING, Changes
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import UnitOfWork
from erp_desktop.kernel.errors import ConflictError, ErpError
from erp_desktop.kernel.tax.catalog import TaxCatalog

PROGRESS = "sync_snapshot"  # {"position": ..., "done": parts applied}
FEED = "feed"  # a part of logged rows of any kind, applied in order
SEARCH_TEXT = "search_text"  # a product line's search text, made once by the server
ApplyChanges = Callable[[Deps, UnitOfWork, list[dict[str, Any]]], tuple[Changes, TaxCatalog]]
Step = Callable[[], Any]


def bootstrap(
    deps: Deps,
    client: Any,
    apply_changes: ApplyChanges,
    run_db: Callable[[Step], Any],
    progress: Callable[[str, int, int], None] | None = None,
    tally: Counter[str] | None = None,
) -> tuple[int, int, Changes] | None:
    """(rows applied, the new cursor, what they changed), or None when this replica pulls
    the feed instead (it pulled before, or the server keeps no snapshots)."""

    def state() -> tuple[int, dict[str, Any]]:
        with deps.store.read() as tx:
            return int(tx.org.setting("sync_cursor", 0)), dict(tx.org.setting(PROGRESS) or {})

    cursor, resuming = run_db(state)
    if cursor:
        return None
    try:
        manifest = client.snapshot(resuming.get("position"))
    except ConflictError as error:
        if error.params.get("status") == 404:
            return None  # a server before snapshots: the feed from the start
        raise
    position, parts = int(manifest["position"]), manifest["parts"]
    if not parts:
        return None
    done = int(resuming.get("done", 0)) if resuming.get("position") == position else 0
    total = sum(int(p["rows"]) for p in parts)
    applied = sum(int(p["rows"]) for p in parts[:done])
    changed: Changes = NOTHING
    for part in parts[done:]:
        body = client.snapshot_part(position, part["part"])
        if hashlib.sha256(body).hexdigest() != part["sha256"]:
            raise ErpError("sync.snapshot_damaged", position=str(position), part=str(part["part"]))
        lines = gzip.decompress(body).splitlines()
        step = partial(_load_part, deps, apply_changes, position, part, lines)
        changed |= run_db(step)
        if tally is not None:
            tally.update(
                [part["kind"]] * len(lines)
                if part["kind"] != FEED
                else (json.loads(line)["entity"] for line in lines)
            )
        applied += len(lines)
        if progress:
            progress("pull", applied, total)
    run_db(partial(_finish, deps, position))
    return applied, position, changed


def _load_part(
    deps: Deps,
    apply_changes: ApplyChanges,
    position: int,
    part: dict[str, Any],
    lines: list[bytes],
) -> Changes:
    """One part, with the progress, in one transaction. A catalog kind this replica does
    not load in bulk goes through the appliers as a feed would."""
    taxes = deps.taxes
    kind = part["kind"]
    rows = json.loads(b"[" + b",".join(lines) + b"]")  # one parse for the part
    with deps.store.transaction(None) as tx:
        now = deps.now()
        if kind != FEED and kind in tx.sync.bulk_kinds():
            changed = tx.sync.bulk_apply(
                kind,
                rows,
                now,
                f"snapshot {position} part {part['part']}",
                part["sha256"],
            )
        else:
            changes = rows if kind == FEED else [{"entity": kind, "payload": r} for r in rows]
            changed, taxes = apply_changes(deps, tx, changes)
        # products that came without their search text are indexed once at the end
        kept = dict(tx.org.setting(PROGRESS) or {})
        rebuild = bool(kept.get("rebuild")) and kept.get("position") == position
        rebuild |= kind == "product" and not all(SEARCH_TEXT in r for r in rows)
        progress = {"position": position, "done": part["part"] + 1, "rebuild": rebuild}
        tx.org.set_setting(PROGRESS, progress, now)
    deps.taxes = taxes  # the tills apply each rule from its first day
    return changed


def _finish(deps: Deps, position: int) -> None:
    with deps.store.transaction(None) as tx:
        now = deps.now()
        if dict(tx.org.setting(PROGRESS) or {}).get("rebuild", True):
            tx.sync.rebuild_search()
        tx.org.set_setting("sync_cursor", position, now)
        tx.org.set_setting(PROGRESS, {}, now)
