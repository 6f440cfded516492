"""The app's event bus: modules react to each other's events, never to each other's tables.

Events are published after the transaction commits; a failing handler is logged and never
stops the others (a broken dashboard must not break the till). Handlers run on the thread
that publishes (the replica's worker on the desktop), so one may open its own transaction;
the screens hear events through the Qt-side bridge (``erp_desktop.ui.events_bridge``).

Subscribing ``"*"`` hears every event, after the handlers of its name.
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

    def unsubscribe(self, name: str, handler: Handler) -> None:
        """Forgets ``handler`` for ``name`` (a screen that closes); unknown ones are ignored."""
        if handler in self._handlers.get(name, []):
            self._handlers[name].remove(handler)

    def publish(self, event: Event) -> None:
        for handler in list(self._handlers.get(event.name, [])) + list(self._handlers.get("*", [])):
            try:
                handler(event)
            except Exception:
                log.exception("event handler failed for %s", event.name)
