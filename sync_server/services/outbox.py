"""Doing the server's outbox: what pushes left to be done after they committed.

Any worker (each HTTP worker process, the CLI's ``outbox run``) may do any item: it reads
the pending ones, then claims each in its own transaction, in the item's branch's scope
(``db.outbox.claim``: ``FOR UPDATE SKIP LOCKED``), does it and marks it done there. Two
workers never do one item twice; an item whose worker died or failed stays pending and the
next pass takes it. A push does its own items as soon as it has committed (so a till's
answer comes with its chain checked, as before); what is left, because that failed or its
worker died, each worker's claimer picks up every few seconds (``Claimer``).

To add a kind of item: its handler (connection, item) in ``HANDLERS``.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable
from uuid import UUID

from erp_desktop.kernel.errors import ErpError
from sync_server.db import outbox
from sync_server.db.engine import Connection, DatabaseError, Engine, unit_of_work
from sync_server.services.sale_chains import KIND as SALE_CHAIN
from sync_server.services.sale_chains import check_sale_chains

log = logging.getLogger("sync_server.services.outbox")

HANDLERS: dict[str, Callable[[Connection, outbox.Item], None]] = {
    SALE_CHAIN: check_sale_chains,
}


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


def run_pending(
    engine: Engine, worker: str | None = None, branch_id: UUID | None = None, limit: int = 100
) -> int:
    """Does the pending items (of one branch, or all) no other worker holds; how many."""
    worker = worker or worker_name()
    with unit_of_work(engine, head_office=True) as conn:
        items = outbox.pending(conn, branch_id, limit)
    return sum(run_one(engine, item_id, branch, worker) for item_id, branch in items)


def run_one(engine: Engine, item_id: int, branch_id: UUID, worker: str) -> bool:
    """Claims and does one item in its branch's scope; False when another worker holds it,
    it was done already, or it failed (then it stays pending, its error noted)."""
    try:
        with unit_of_work(engine, branch_id=branch_id) as conn:
            item = outbox.claim(conn, item_id)
            if item is None:
                return False
            HANDLERS[item.kind](conn, item)
            outbox.done(conn, item.id, worker)
        return True
    except (DatabaseError, ErpError, KeyError, ArithmeticError, ValueError) as error:
        log.warning("outbox item %s failed", item_id, exc_info=error)
        with unit_of_work(engine, branch_id=branch_id) as conn:
            outbox.failed(conn, item_id, f"{type(error).__name__}: {error}")
        return False


class Claimer:
    """A worker's thread doing whatever the pushes left pending, every ``every`` seconds."""

    def __init__(self, engine: Engine, every: float = 5.0) -> None:
        self._engine = engine
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="outbox claimer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)

    def _run(self) -> None:
        while not self._stop.wait(self._every):
            try:
                run_pending(self._engine)
            except (DatabaseError, ErpError) as error:  # the database away: next pass
                log.warning("outbox pass failed", exc_info=error)
