"""The sync server in its own process for the benchmarks that push over real HTTP
(bench_merge, bench_storm): ``erp-sync-server serve --workers N`` on a free loopback port,
waited for until it answers its health check, stopped on exit."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx


@contextmanager
def sync_server_process(url: str, workers: int) -> Iterator[str]:
    """The server on ``url``'s database; yields its base address."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    command = ["-m", "sync_server.cli", "serve", "--port", str(port), "--workers", str(workers)]
    server = subprocess.Popen(
        [sys.executable, *command],
        env={**os.environ, "DATABASE_URL": url},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/api/v1/health").raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(20)
