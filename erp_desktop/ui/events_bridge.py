"""The Qt side of the event bus (Electrum's bridge): core events re-emitted on the GUI thread.

The app's handlers run on the thread that publishes (the replica's worker); widgets may only
be touched on the GUI thread. The bridge subscribes to every event and re-emits it as the
signal ``event_did_arrive(name, data)``; Qt queues the emission to the GUI thread, where
the views that care (the dashboard's low-stock notice) connect to it. The core stays Qt-free.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from erp_desktop.app.events import Event, EventBus


class CoreEventsBridge(QObject):
    event_did_arrive = Signal(str, object)  # the event's name, its data (a plain dict)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus: EventBus | None = None

    def listen(self, bus: EventBus) -> None:
        """Hears ``bus`` from now on (and no longer the one heard before)."""
        if bus is self._bus:
            return
        self.stop()
        bus.subscribe("*", self._forward)
        self._bus = bus

    def stop(self) -> None:
        if self._bus is not None:
            self._bus.unsubscribe("*", self._forward)
            self._bus = None

    def _forward(self, event: Event) -> None:
        # Runs on the publishing thread; the signal reaches GUI-thread slots queued.
        self.event_did_arrive.emit(event.name, dict(event.data))
