"""The app's event bus: modules react to each other's events, never to each other's tables.

Events are published after the transaction commits; a failing handler is logged and never
stops the others (a broken dashboard must not break the till).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Event:
    name: str  # e.g. "sales.sale_completed"
    data: dict[str, Any]


Handler = Callable[[Event], None]


class EventBus:
    def __init__(self) -> None:
        self._handlers: dict[str, list[Handler]] = defaultdict(list)

    def subscribe(self, name: str, handler: Handler) -> None:
        self._handlers[name].append(handler)

    def publish(self, event: Event) -> None:
        for handler in list(self._handlers.get(event.name, [])) + list(self._handlers.get("*", [])):
            try:
                handler(event)
            except Exception:
                log.exception("event handler failed for %s", event.name)
