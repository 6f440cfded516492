"""A new branch's bootstrap as a snapshot the server prepares once: instead of 100 pages of
the feed applied row by row, a few gzip'd files of JSON lines, one kind each, that the
replica loads in bulk (``storage.bulk_load``), then the feed after the snapshot's position.

The snapshot of a branch is kept (``db.snapshots``) and served again to the next PC of the
branch, and to one that resumes a bootstrap cut midway, until the feed has moved on by
``STALE_AFTER`` positions: then a newer one is prepared (and the older dropped). A PC that
resumes with a position the server no longer keeps is told the newest, and starts again
(what it loaded is loaded again over itself: every part is an upsert)."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable
from typing import Any
from uuid import UUID

from erp_desktop.kernel.errors import NotFound
from erp_desktop.kernel.text import normalize_for_search
from sync_server.db import pull as log
from sync_server.db import snapshots
from sync_server.db.engine import Engine, unit_of_work
from sync_server.services.enrollment import Device

PART_ROWS = 25_000  # rows a part: a replica loads a part in one transaction
STALE_AFTER = 20_000  # feed positions after a kept snapshot before a new one is prepared
FEED = "feed"  # the kind of a part that holds logged rows of any other kind, in order


SEARCH_TEXT = "search_text"  # a product line's indexed text, as the replica's triggers make it


def with_search_text(rows: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The snapshot's rows, each product's line with its search text (``SEARCH_TEXT``) made
    once here by the kernel's normalization, as the replica's search triggers make it: its
    name, Arabic name, SKU and barcodes (in the order the replica holds them, the order
    they come in the snapshot), one space apart. A new PC puts it in its index as it is
    instead of normalizing 50,000 names itself."""
    rows = list(rows)
    owner: dict[str, str] = {}  # barcode -> its product, the last line's (an upsert by barcode)
    for entity, payload in rows:
        if entity == "product_barcode":
            line = json.loads(payload)
            owner[line["barcode"]] = _key(line["product_id"])
    codes: dict[str, list[str]] = {}
    for barcode, product in owner.items():
        codes.setdefault(product, []).append(barcode)
    shipped: list[tuple[str, str]] = []
    for entity, payload in rows:
        if entity == "product":
            line = json.loads(payload)
            parts = (line.get("name"), line.get("name_ar"), line.get("sku"))
            searched = (
                ""  # a NULL in the triggers' concatenation indexes nothing
                if any(part is None for part in parts)
                else normalize_for_search(
                    " ".join((*parts, " ".join(codes.get(_key(line["id"]), ()))))
                )
            )
            payload = (
                f"{payload.rstrip()[:-1]}, {json.dumps(SEARCH_TEXT)}: {json.dumps(searched)}}}"
            )
        shipped.append((entity, payload))
    return shipped


def _key(ident: Any) -> str:
    return str(ident).replace("-", "").lower()


def _parts(rows: Iterable[tuple[str, str]]) -> list[tuple[str, int, str, bytes]]:
    """(kind, rows, sha256, gzip'd JSON lines) of each part: a catalog part's lines are the
    payloads, a feed part's are ``{"entity", "payload"}``."""
    parts: list[tuple[str, int, str, bytes]] = []
    kind, lines = "", list[str]()

    def close() -> None:
        if lines:
            body = gzip.compress(("\n".join(lines) + "\n").encode(), compresslevel=3, mtime=0)
            parts.append((kind, len(lines), hashlib.sha256(body).hexdigest(), body))
            lines.clear()

    for entity, payload in rows:
        part_kind = entity if entity in snapshots.BULK else FEED
        if part_kind != kind or len(lines) >= PART_ROWS:
            close()
            kind = part_kind
        lines.append(payload if kind != FEED else f'{{"entity":"{entity}","payload":{payload}}}')
    close()
    return parts


def snapshot_manifest(
    engine: Engine, device: Device, position: int | None = None
) -> dict[str, Any]:
    """The snapshot this branch bootstraps from (``position`` when the server still keeps
    it, else the newest kept unless stale, else one prepared now): its feed position and its
    parts (kind, rows, digest, size)."""
    scope = {"branch_id": device.branch_id, "credential": device.credential}
    with unit_of_work(engine, **scope) as conn:  # type: ignore[arg-type]
        if position is not None and snapshots.manifest(conn, device.branch_id, position):
            return _answer(position, snapshots.manifest(conn, device.branch_id, position))
    kept = prepare_snapshot(engine, device.branch_id, device.credential)
    with unit_of_work(engine, **scope) as conn:  # type: ignore[arg-type]
        return _answer(kept, snapshots.manifest(conn, device.branch_id, kept))


def prepare_snapshot(engine: Engine, branch_id: UUID, credential: str | None = None) -> int:
    """The position of the branch's snapshot, prepared now unless a fresh one is kept.
    Head office prepares it ahead (``erp-sync-server snapshot prepare``, and when it gives
    a branch PC its enrollment token) so that the first new PC does not wait for it; the
    branch's scope is the device's ``credential``, else head office's key for that branch."""
    with unit_of_work(engine, branch_id=branch_id, credential=credential) as conn:
        newest = log.last_seq(conn)
        kept = snapshots.newest_position(conn, branch_id)
        if kept is not None and newest - kept < STALE_AFTER:
            return kept
    with unit_of_work(engine, branch_id=branch_id, credential=credential) as conn:
        upto = log.last_seq(conn)
        snapshots.keep(
            conn, branch_id, upto, _parts(with_search_text(snapshots.feed_upto(conn, upto)))
        )
        return upto


def _answer(position: int, parts: list[dict[str, Any]]) -> dict[str, Any]:
    return {"position": position, "parts": parts}


def snapshot_part(engine: Engine, device: Device, position: int, part: int) -> bytes:
    """One part's gzip'd bytes as kept (their digest is in the manifest)."""
    with unit_of_work(engine, branch_id=device.branch_id, credential=device.credential) as conn:
        body = snapshots.part_body(conn, device.branch_id, position, part)
    if body is None:
        raise NotFound("sync.snapshot_gone", position=str(position), part=str(part))
    return body
