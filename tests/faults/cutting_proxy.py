"""A loopback TCP proxy that cuts connections at random points: part of the request
delivered then the connection dropped, the whole request delivered and the answer cut
short, or the answer held back past the client's patience. Seeded, bounded, and stopped
with the test."""

from __future__ import annotations

import random
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress


class CuttingProxy:
    def __init__(self, target: tuple[str, int], seed: int, cut_ratio: float) -> None:
        self.target = target
        self.rng = random.Random(seed)
        self.cut_ratio = cut_ratio
        self.cuts = {"request": 0, "answer": 0, "stall": 0, "clean": 0}
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(32)
        self.port = self.listener.getsockname()[1]
        self.stopped = threading.Event()
        self.lock = threading.Lock()

    def plan(self) -> tuple[str, int]:
        with self.lock:
            if self.rng.random() >= self.cut_ratio:
                self.cuts["clean"] += 1
                return "clean", 0
            kind = self.rng.choice(("request", "answer", "stall"))
            self.cuts[kind] += 1
            return kind, self.rng.randint(1, 4000)

    def serve(self) -> None:
        self.listener.settimeout(0.2)
        while not self.stopped.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self.relay, args=(client,), daemon=True).start()

    def relay(self, client: socket.socket) -> None:
        kind, at = self.plan()
        upstream = socket.create_connection(self.target)
        budget = {
            "request": at if kind == "request" else None,
            "answer": at if kind == "answer" else None,
        }

        def pump(src: socket.socket, dst: socket.socket, direction: str) -> None:
            sent = 0
            try:
                while True:
                    data = src.recv(65536)
                    if not data:
                        break
                    limit = budget[direction]
                    if limit is not None and sent + len(data) >= limit:
                        dst.sendall(data[: max(limit - sent, 0)])
                        break
                    if direction == "answer" and kind == "stall":
                        self.stopped.wait(3.0)  # longer than the test client's read timeout
                        break
                    dst.sendall(data)
                    sent += len(data)
            except OSError:
                pass
            finally:
                for end in (client, upstream):
                    with suppress(OSError):
                        end.shutdown(socket.SHUT_RDWR)

        there = threading.Thread(target=pump, args=(client, upstream, "request"), daemon=True)
        there.start()
        pump(upstream, client, "answer")
        there.join(5)
        client.close()
        upstream.close()


@contextmanager
def cutting_proxy(base_url: str, seed: int, cut_ratio: float) -> Iterator[tuple[str, CuttingProxy]]:
    host, port = base_url.removeprefix("http://").split(":")
    proxy = CuttingProxy((host, int(port)), seed, cut_ratio)
    thread = threading.Thread(target=proxy.serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{proxy.port}", proxy
    finally:
        proxy.stopped.set()
        thread.join(5)
        proxy.listener.close()
