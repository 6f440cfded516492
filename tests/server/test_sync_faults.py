"""The network and the server failing at the worst moments: an answer lost after the
server applied a batch, and the server process killed in the middle of a merge. After
healing, every sale is on the server exactly once and the books reconcile."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.sync_status import sync_status
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from sync_server.services.reconcile import reconcile
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for, running_server


def sell(branch: Branch, count: int) -> None:
    cashier = branch.actor("cashier")
    for i in range(count):
        checkout(
            branch.deps,
            cashier,
            CheckoutRequest(
                (CartLine(branch.products[i % 7], Decimal(1)),),
                (
                    Tender(
                        TenderKind.CARD,
                        Money.of(Decimal([450, 120, 1190, 95, 680, 150, 110][i % 7]), "DZD"),
                    ),
                ),
            ),
        )


class LostAnswer(httpx.BaseTransport):
    """Delivers the push to the server, then loses the answer on the way back, once."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.armed = True

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if self.armed and request.url.path.endswith("/push"):
            response.read()
            self.armed = False
            raise httpx.ReadError("connection reset by peer")
        return response


@pytest.fixture(scope="module")
def branch(engine: Engine, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Branch]:
    built = build_branch(Path(tmp_path_factory.mktemp("alger")))
    head_office_for(engine, built)
    open_cash_session(built.deps, built.actor("cashier"), Money.of(Decimal(0), "DZD"))
    yield built
    built.replica.close()


def sales_on_server(engine: Engine) -> tuple[int, int]:
    with unit_of_work(engine, head_office=True) as conn:
        documents = conn.execute(
            text("SELECT count(*), count(DISTINCT number) FROM sales.documents")
        ).one()
    return int(documents[0]), int(documents[1])


def test_an_answer_lost_after_the_server_applied_the_batch(
    engine: Engine, pg_url: str, branch: Branch
) -> None:
    sell(branch, 5)
    with running_server(pg_url) as url:
        _device, token = headoffice.add_device(engine, "ALG01", "till")
        client = SyncClient(url)
        enroll_device(branch.deps, client, token)
        lossy = SyncClient(url, client.credential, transport=LostAnswer())
        with pytest.raises(ErpError) as lost:
            synchronize(branch.deps, lossy)
        assert lost.value.code == "sync.offline"
        assert sync_status(branch.deps).pending > 0  # nothing marked: the client does not know
        assert sales_on_server(engine) == (5, 5)  # but the server has applied it
        report = synchronize(branch.deps, client)  # the same batch again: answered, not re-applied
        assert report.rejected == 0 and sync_status(branch.deps).pending == 0
        assert sales_on_server(engine) == (5, 5)
        client.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _kill_when_merging(engine: Engine, pid: int) -> None:
    """Kills the server once its merge is under way: a transaction of its writing sales is
    open in the test's database (a fixed delay came too late on a busy machine)."""
    deadline = time.monotonic() + 30
    with engine.connect() as conn:
        while time.monotonic() < deadline:
            merging = conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid() AND xact_start IS NOT NULL "
                    "AND query ILIKE '%sales%'"
                )
            ).scalar_one()
            conn.rollback()
            if merging:
                break
            time.sleep(0.002)
    os.kill(pid, signal.SIGKILL)


def test_the_server_killed_in_the_middle_of_a_merge(
    engine: Engine, pg_url: str, branch: Branch
) -> None:
    sell(branch, 400)  # a batch big enough to be caught in the middle
    port = _free_port()
    env = {**os.environ, "DATABASE_URL": pg_url}
    command = [sys.executable, "-m", "sync_server.cli", "serve", "--port", str(port)]
    server = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{url}/api/v1/health", timeout=0.5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        before = sales_on_server(engine)
        killer = threading.Thread(target=_kill_when_merging, args=(engine, server.pid))
        killer.start()
        with pytest.raises(ErpError):
            synchronize(branch.deps, SyncClient(url, _credential(branch)))
        killer.join(30)
        server.wait(10)
        # Each batch is one transaction: whatever was cut off left nothing half-applied.
        with unit_of_work(engine, head_office=True) as conn:
            orphans = conn.execute(
                text(
                    "SELECT count(*) FROM sales.documents d WHERE NOT EXISTS (SELECT 1 FROM "
                    "accounting.journal_entries e WHERE e.source_id = d.id) OR NOT EXISTS "
                    "(SELECT 1 FROM inventory.stock_movements m WHERE m.document_id = d.id)"
                )
            ).scalar_one()
        assert orphans == 0
        assert sales_on_server(engine)[0] < before[0] + 400  # the kill came before the end
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGKILL)
    with running_server(pg_url) as healed:
        report = synchronize(branch.deps, SyncClient(healed, _credential(branch)))
    assert report.rejected == 0 and sync_status(branch.deps).pending == 0
    assert sales_on_server(engine) == (405, 405)
    assert reconcile(engine).clean, reconcile(engine).lines()


def _credential(branch: Branch) -> str:
    with branch.deps.store.read() as tx:
        return str(tx.org.setting("sync_credential"))


def test_what_the_server_lost_is_found_by_the_comparison_and_sent_again(
    engine: Engine, pg_url: str, branch: Branch
) -> None:
    with running_server(pg_url) as url:
        client = SyncClient(url, _credential(branch))
        assert synchronize(branch.deps, client).comparison.agrees  # type: ignore[union-attr]
        # The server is restored from a backup a little too old: a movement and its sale are gone.
        with engine.begin() as conn:
            gone = conn.execute(
                text(
                    "SELECT m.id, m.product_id FROM inventory.stock_movements m ORDER BY m.created_at DESC LIMIT 1"
                )
            ).one()
            conn.execute(text("ALTER TABLE inventory.stock_movements DISABLE TRIGGER no_delete"))
            conn.execute(
                text("DELETE FROM inventory.stock_movements WHERE id = :id"), {"id": gone[0]}
            )
            conn.execute(text("ALTER TABLE inventory.stock_movements ENABLE TRIGGER no_delete"))
        report = synchronize(branch.deps, client)
        client.close()
    assert report.comparison is not None and report.comparison.agrees
    with unit_of_work(engine, head_office=True) as conn:
        back = conn.execute(
            text("SELECT count(*) FROM inventory.stock_movements WHERE id = :id"), {"id": gone[0]}
        ).scalar_one()
    assert back == 1
