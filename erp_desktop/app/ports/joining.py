"""The port of a shop that ran alone joining a chain: what the replica sends, and keeping the
server's answer in one transaction (implemented by ``erp_desktop.storage.joining``;
``Deps.joining``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol


class ChainJoining(Protocol):
    def request(self, token: str) -> dict[str, Any]: ...
    def keep(self, url: str, answer: dict[str, Any], now: datetime) -> None: ...
