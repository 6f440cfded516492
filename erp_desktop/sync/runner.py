"""One synchronisation: push the outbox in batches, then pull what head office changed.

Push: each batch's idempotency key is made from its first and last change, its size and
a digest of its changes, and its body from the rows alone, so re-sending after a lost
answer replays the very same batch and the server answers it again without applying
anything twice. Accepted changes are marked sent; rejected ones are kept with their code
(shown in the sync panel, retried on request) and never block the rest of the queue. A
batch the server refuses whole for its content (not JSON, too large, a change it cannot
read) is split in halves and sent again until the change at fault is alone: that one is
kept as rejected with the server's code, the others go through, and the queue moves on.

Pull: each page is applied in one local transaction together with the new cursor, so an
interrupted bootstrap resumes after the last page applied. A pull returns what the rows it
applied changed (``SyncReport.changes``): the open screens refresh those.

The network worker does HTTP only. Every database step is a function handed to ``run_db``,
which runs it on the replica's owner (the desktop passes its database worker's
``TaskRunner.run_here``; the command line and the tests run the steps inline).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal
from functools import partial
from typing import Any, Protocol, TypeVar
from uuid import UUID

from erp_desktop.app.changes import NOTHING, Changed, Changes
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import UnitOfWork
from erp_desktop.app.stock.transfers import accept_incoming_transfer
from erp_desktop.app.till.integrity import (
    Finding,
    level_findings,
    report_findings,
    series_findings,
    sweep,
)
from erp_desktop.kernel.clock import HlcTimestamp
from erp_desktop.kernel.crm.convergence import bucket_digests, bucket_of, customer_digest
from erp_desktop.kernel.documents import StockDocument, StockLine
from erp_desktop.kernel.errors import ConflictError, ErpError, NotFound
from erp_desktop.kernel.protocol.envelope import PROTOCOL_VERSION
from erp_desktop.kernel.quantity import from_milli
from erp_desktop.kernel.tax.catalog import TaxCatalog
from erp_desktop.sync.bootstrap import bootstrap
from erp_desktop.sync.client import Enrollment, SyncClient

PUSH_BATCH = 500
# The statuses of a batch refused for what it carries (400 not JSON, 409 key reused, 413 too
# large, 422 unreadable): sending its changes in smaller batches finds the one at fault.
# 401 and 403 are about the device itself and stop the sync instead.
CONTENT_REFUSALS = frozenset({400, 409, 413, 422})
PULL_PAGE = 1000
Progress = Callable[[str, int, int], None]  # stage ("push"/"pull"), done, total (0: unknown)
T = TypeVar("T")


class RunDb(Protocol):
    """Runs one database step on the replica's owner and returns its result."""

    def __call__(self, step: Callable[[], T], /) -> T: ...


def inline(step: Callable[[], T]) -> T:
    """The command line's and the tests' way: one thread does both HTTP and the steps."""
    return step()


@dataclass(frozen=True, slots=True)
class SyncReport:
    accepted: int
    rejected: int
    pulled: int
    cursor: int
    comparison: Comparison | None = None
    changes: Changes = NOTHING  # what the pull (and the repairs) changed here


def enroll_device(deps: Deps, client: SyncClient, token: str, run_db: RunDb = inline) -> Enrollment:
    """Spends the one-time token and keeps the server and the credential in the replica."""
    enrollment = client.enroll(token)

    def keep() -> None:
        with deps.store.transaction(None) as tx:
            now = deps.now()
            tx.org.set_setting("sync_server_url", client.base_url, now)
            tx.org.set_setting("sync_device_id", str(enrollment.device_id), now)
            tx.org.set_setting("sync_credential", enrollment.credential, now)

    run_db(keep)
    return enrollment


def client_for(deps: Deps, run_db: RunDb = inline) -> SyncClient:
    def read() -> tuple[Any, Any]:
        with deps.store.read() as tx:
            return tx.org.setting("sync_server_url"), tx.org.setting("sync_credential")

    url, credential = run_db(read)
    if not url or not credential:
        raise ErpError("sync.not_enrolled")
    return SyncClient(url, credential)


def _change(row: dict[str, Any], branch_id: UUID) -> dict[str, Any]:
    created = row["created_at"]
    return {
        "id": str(row["id"]),
        "entity": row["entity"],
        "operation": row["operation"],
        "entity_id": str(row["entity_id"]),
        "payload": row["payload"],
        "hlc": row["hlc"],
        "actor_id": str(row["actor_id"]) if row["actor_id"] else None,
        "branch_id": str(branch_id),
        "recorded_at": (created if created.tzinfo else created.replace(tzinfo=UTC)).isoformat(),
    }


def make_batch(
    rows: list[dict[str, Any]], device_id: object, branch_id: UUID, key: str | None = None
) -> dict[str, Any]:
    """Outbox rows as a push batch. The default key depends only on the rows, so the same
    rows re-sent after a lost answer make the very same batch (and other rows, or the same
    rows changed since, another key)."""
    changes = [_change(r, branch_id) for r in rows]
    if key is None:
        digest = hashlib.sha256(json.dumps(changes, sort_keys=True).encode()).hexdigest()
        key = f"{rows[0]['id'].hex}-{rows[-1]['id'].hex}-{len(rows)}-{digest[:12]}"
    return {
        "protocol_version": PROTOCOL_VERSION,
        "idempotency_key": key,
        "device_id": str(device_id),
        "branch_id": str(branch_id),
        "changes": changes,
    }


def _answers(
    client: SyncClient, rows: list[dict[str, Any]], device_id: object, branch_id: UUID
) -> dict[UUID, dict[str, Any]]:
    """The server's answer to each row. A batch refused whole for its content is halved
    and sent again, so a change the server cannot take is refused alone, never the queue."""
    try:
        answer = client.push(make_batch(rows, device_id, branch_id))
    except ConflictError as error:
        if error.params.get("status") not in CONTENT_REFUSALS:
            raise
        if len(rows) == 1:
            params = {k: v for k, v in error.params.items() if k not in ("code", "status")}
            code = str(error.params.get("code", error.code))
            return {rows[0]["id"]: {"status": "rejected", "code": code, "params": params}}
        half = len(rows) // 2
        return {
            **_answers(client, rows[:half], device_id, branch_id),
            **_answers(client, rows[half:], device_id, branch_id),
        }
    return {UUID(r["change_id"]): r for r in answer["results"]}


def push_outbox(
    deps: Deps, client: SyncClient, progress: Progress | None = None, run_db: RunDb = inline
) -> tuple[int, int]:
    def start() -> tuple[Any, UUID, int]:
        with deps.store.read() as tx:
            return (
                tx.org.setting("sync_device_id"),
                tx.org.local_branch().id,
                tx.outbox.pending_count(),
            )

    def waiting() -> list[dict[str, Any]]:
        with deps.store.read() as tx:
            return tx.outbox.pending(PUSH_BATCH)

    def mark(rows: list[dict[str, Any]], results: dict[UUID, dict[str, Any]]) -> list[UUID]:
        with deps.store.transaction(None) as tx:
            now = deps.now()
            sent = [r["id"] for r in rows if results.get(r["id"], {}).get("status") == "accepted"]
            tx.outbox.mark_sent(sent, now)
            for row in rows:
                result = results.get(row["id"])
                if result is not None and result["status"] == "rejected":
                    tx.outbox.mark_rejected(row["id"], result["code"], result["params"], now)
        return sent

    device_id, branch_id, total = run_db(start)
    accepted = rejected = 0
    while True:
        rows = run_db(waiting)
        if not rows:
            return accepted, rejected
        results = _answers(client, rows, device_id, branch_id)
        sent = run_db(partial(mark, rows, results))
        accepted += len(sent)
        rejected += len(rows) - len(sent)
        if progress:
            progress("push", accepted + rejected, total)


def _incoming_transfer(tx: UnitOfWork, payload: dict[str, Any], now: datetime) -> Changes:
    transfer_id = UUID(payload["id"])
    try:
        tx.stock.stock_document(transfer_id)
        return NOTHING  # pulled before
    except NotFound:
        pass
    sender = UUID(payload["branch_id"])
    doc = StockDocument(
        id=transfer_id,
        kind="transfer_out",
        number=payload["number"],
        status="in_transit",
        branch_id=sender,
        warehouse_id=tx.org.default_warehouse(sender),
        counterpart_branch_id=UUID(payload["counterpart_branch_id"]),
        related_id=None,
        supplier_id=None,
        currency=payload["currency"],
        rate=Decimal(payload["rate"]),
        reason="transfer",
        issued_at=datetime.fromisoformat(payload["issued_at"]),
        lines=tuple(
            StockLine(
                UUID(ln["product_id"]),
                from_milli(ln["quantity_milli"]),
                Decimal(ln["unit_cost"]),
            )
            for ln in payload["lines"]
        ),
    )
    accept_incoming_transfer(tx, doc, now)
    return frozenset({Changed.STOCK})


def apply_changes(
    deps: Deps, tx: UnitOfWork, changes: list[dict[str, Any]]
) -> tuple[Changes, TaxCatalog]:
    """Pulled changes applied in ``tx``, in order; returns what they changed and the tax
    catalog they leave (put to work by the caller once ``tx`` has committed)."""
    taxes = deps.taxes
    changed: set[Changed] = set()
    now = deps.now()
    observed = ""
    for change in changes:
        if change["entity"] == "customer":
            observed = max([observed, *change["payload"].get("field_clocks", {}).values()])
        if change["entity"] == "incoming_transfer":
            changed |= _incoming_transfer(tx, change["payload"], now)
            continue
        if change["entity"] == "tax_catalog":  # refused whole, before it is kept
            p = change["payload"]
            taxes = taxes.with_document(p["country"], p["document"])
        changed |= tx.sync.apply_remote(change["entity"], change["payload"], now)
    if observed:  # the server's stamps: never stamp below them, even after a restart
        deps.hlc.observe(HlcTimestamp.decode(observed), trusted=True)
        tx.sync.record_observed_hlc(deps.hlc.last().encode(), now)
    return frozenset(changed), taxes


def _apply_page(deps: Deps, page: dict[str, Any]) -> Changes:
    """One page of pulled changes with the new cursor, in one transaction (on the
    replica's owner); returns what it changed."""
    with deps.store.transaction(None) as tx:
        changed, taxes = apply_changes(deps, tx, page["changes"])
        tx.org.set_setting("sync_cursor", page["cursor"], deps.now())
    deps.taxes = taxes  # the tills apply each rule from its first day
    return changed


@dataclass(frozen=True, slots=True)
class Pulled:
    count: int
    cursor: int
    changes: Changes


def pull_changes(
    deps: Deps,
    client: SyncClient,
    progress: Progress | None = None,
    tally: Counter[str] | None = None,
    run_db: RunDb = inline,
) -> Pulled:
    """Pulls page after page until the server has no more; ``tally``, when given, counts
    the changes received by entity. Returns how many, the cursor, and what they changed."""

    def read_cursor() -> int:
        with deps.store.read() as tx:
            return int(tx.org.setting("sync_cursor", 0))

    pulled = 0
    changed: Changes = NOTHING
    first = bootstrap(deps, client, apply_changes, run_db, progress, tally)
    if first is not None:  # a new branch: the server's snapshot, then the feed after it
        pulled, _cursor, changed = first
    cursor = run_db(read_cursor)
    while True:
        page = client.pull(cursor, PULL_PAGE)
        changed |= run_db(partial(_apply_page, deps, page))
        if tally is not None:
            tally.update(change["entity"] for change in page["changes"])
        pulled += len(page["changes"])
        cursor = page["cursor"]
        if progress:
            progress("pull", pulled, max(page["newest"] - cursor + pulled, pulled))
        if not page["more"]:
            return Pulled(pulled, cursor, changed)


def check_first_pull(tally: Counter[str], url: str) -> None:
    """A new PC whose first pull brought no users (nobody can log in) or no products
    (nothing to sell) has not joined: it fails with a code instead of opening an empty
    till."""
    if not tally["user"]:
        raise ErpError("sync.joined_without_users", url=url)
    if not tally["product"]:
        raise ErpError("sync.joined_without_catalog", url=url)


@dataclass(frozen=True, slots=True)
class Comparison:
    products: list[str]  # whose quantity differs between the branch and the server
    series: list[str]  # whose documents differ in count or total
    requeued: int  # changes sent again to repair it
    customers: tuple[str, ...] = ()  # whose copy here differed from the server's, repaired
    findings: tuple[Finding, ...] = ()  # what the replica's tamper checks found in it
    alerts: int = 0  # findings queued for head office by this comparison (new ones)

    @property
    def agrees(self) -> bool:
        return not self.products and not self.series and not self.customers


def compare_with_server(deps: Deps, client: SyncClient, run_db: RunDb = inline) -> Comparison:
    """After a sync, the branch and the server compare what the server holds of the branch:
    quantity per product and documents per series with their totals. What differs is sent
    again (the server keeps what it has and adds what it lost, e.g. after a restore), unless
    the replica's own copy was altered (found by checking it from its columns): that is
    reported to head office, never re-sent on every sync. The rolling tamper sweep and the
    stock levels' check run here too (``app.till.integrity``)."""
    theirs = client.summary()

    def summary() -> dict[str, Any]:
        with deps.store.read() as tx:
            return tx.sync.local_summary()

    mine = run_db(summary)
    products = sorted(
        p
        for p in set(mine["quantity_by_product"]) | set(theirs["quantity_by_product"])
        if mine["quantity_by_product"].get(p, 0) != theirs["quantity_by_product"].get(p, 0)
    )
    series = sorted(s for s in mine["series"] if mine["series"][s] != theirs["series"].get(s))

    def check() -> Comparison:
        with deps.store.transaction(None) as tx:
            now = deps.now()
            findings = sweep(tx, now) + level_findings(tx)
            altered: set[str] = set()
            for name in series:  # altered here, or lost by the server?
                found = series_findings(tx, name)
                altered |= {name} if found else set()
                findings += [f for f in found if f not in findings]
            alerts = report_findings(deps, tx, findings)
            lost = [name for name in series if name not in altered]  # resending fixes those
            requeued = tx.outbox.requeue(products, lost, now) if products or lost else 0
        return Comparison(products, series, requeued, findings=tuple(findings), alerts=alerts)

    return run_db(check)


def converge_customers(
    deps: Deps, client: SyncClient, run_db: RunDb = inline
) -> tuple[list[str], int]:
    """After a sync every customer here must equal the server's copy (both merged every edit
    by the same clock). Where one differs and no edit of it is waiting to go up (an edit the
    server refused, a replica restored from an old backup), the server's copy is taken; a
    customer the server lacks is sent again. Returns the customers repaired and requeued."""

    def read() -> tuple[list[tuple[UUID, dict[str, Any]]], set[UUID]]:
        with deps.store.read() as tx:
            return tx.sync.customer_values(), tx.sync.customers_waiting()

    mine, waiting = run_db(read)
    answer = client.compare_customers(bucket_digests(mine))
    if not answer["buckets"]:
        return [], 0
    by_id = {str(customer_id): values for customer_id, values in mine}
    theirs = {row["id"]: row for row in answer["customers"]}
    repaired = sorted(
        i
        for i, row in theirs.items()
        if UUID(i) not in waiting
        and (i not in by_id or customer_digest(by_id[i]) != customer_digest(row))
    )
    lacking = [
        UUID(i)
        for i in by_id
        if i not in theirs and bucket_of(i) in answer["buckets"] and UUID(i) not in waiting
    ]

    def repair() -> int:
        with deps.store.transaction(None) as tx:
            now = deps.now()
            for i in repaired:
                tx.sync.take_server_customer(theirs[i], now)
            return tx.sync.requeue_customers(lacking, now)

    return repaired, run_db(repair)


def synchronize(
    deps: Deps,
    client: SyncClient | None = None,
    progress: Progress | None = None,
    run_db: RunDb = inline,
) -> SyncReport:
    own = client is None
    client = client or client_for(deps, run_db)
    try:
        accepted, rejected = push_outbox(deps, client, progress, run_db)
        pulled = pull_changes(deps, client, progress, run_db=run_db)
        comparison = compare_with_server(deps, client, run_db)
        repaired, lacking = converge_customers(deps, client, run_db)
        if comparison.requeued or lacking or comparison.alerts:  # send what the server lacks
            more, refused = push_outbox(deps, client, progress, run_db)
            accepted, rejected = accepted + more, rejected + refused
            comparison = compare_with_server(deps, client, run_db)
        comparison = replace(comparison, customers=tuple(repaired))
    finally:
        if own:
            client.close()

    def stamp() -> None:
        with deps.store.transaction(None) as tx:
            tx.org.set_setting("last_sync_at", deps.now().isoformat(), deps.now())

    run_db(stamp)
    changes = pulled.changes | (frozenset({Changed.CUSTOMERS}) if repaired else NOTHING)
    changes |= frozenset({Changed.OUTBOX})  # sent, refused or requeued: the queue moved
    return SyncReport(accepted, rejected, pulled.count, pulled.cursor, comparison, changes)


def availability_elsewhere(
    deps: Deps, product_id: UUID, run_db: RunDb = inline
) -> list[tuple[str, Decimal]]:
    """The product's stock in the other branches, asked from the server (network worker)."""
    client = client_for(deps, run_db)
    try:
        return [(code, Decimal(q) / 1000) for code, q in client.availability(product_id)]
    finally:
        client.close()


def company_report(
    deps: Deps, name: str, username: str, password: str, run_db: RunDb = inline, **params: str
) -> dict[str, Any]:
    """A report of the whole company from the server (network worker)."""
    client = client_for(deps, run_db)
    try:
        return client.report(name, username, password, **params)
    finally:
        client.close()


def own_payslips_from_server(
    deps: Deps, username: str, password: str, run_db: RunDb = inline
) -> dict[str, Any]:
    """The user's own payslips, asked from the server with their password (network worker);
    the answer is held by the caller, never written to the replica."""
    client = client_for(deps, run_db)
    try:
        return client.own_payslips(username, password)
    finally:
        client.close()
