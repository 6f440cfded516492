"""Python's cyclic garbage collected on the GUI thread only.

Python's collector runs in whichever thread happens to allocate when a generation fills up.
In the client that is usually a worker (rendering a receipt's QR code allocates a great
deal); if the garbage it finds holds a widget (a closed dialog kept in a reference cycle by
its own slots), the widget's C++ object is destroyed off the GUI thread and the process
dies of a segmentation fault. So while the client's workers run, automatic collection is
off and a timer on the GUI thread collects the young generation a few times a second and
the older ones by Python's own thresholds.

Every worker (``ui/tasks.py``) holds the collector from its start to its shutdown: the first
one turns it on, the last one gives collection back to Python.
"""

from __future__ import annotations

import gc
from functools import cache

from PySide6.QtCore import QObject, QTimer

TICK_MS = 250  # the young generation waits at most this long for the GUI thread


class GuiThreadCollector(QObject):
    """Turns automatic collection off while it is held and collects on its own thread (the
    GUI thread, where it is made) instead."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.collect_due)
        self._was_enabled = False
        self.holders = 0

    def hold(self) -> None:
        self.holders += 1
        if self.holders == 1:
            self._was_enabled = gc.isenabled()
            gc.disable()
            self._timer.start()

    def release(self) -> None:
        """The last holder gone: gives collection back to Python as it was. (No full
        collection here nor at the first hold: one costs about 240 ms in a process as big as
        the test suite's, which makes and ends workers some 500 times.)"""
        if self.holders == 0:
            return
        self.holders -= 1
        if self.holders == 0:
            self._timer.stop()
            self.collect_due()
            if self._was_enabled:
                gc.enable()

    def collect_due(self) -> None:
        """Collects the oldest generation that is due. The youngest is due whenever anything
        was allocated since its last collection (cheap: young objects only); an older one
        when it passed its threshold, as Python's own collector decides (a generation counts
        the collections of the one younger). A tick does not see the peak of a worker's
        burst of allocations, only what is left of it, so it cannot wait for generation 0
        to fill up as Python would."""
        due = [
            generation
            for generation, (count, threshold) in enumerate(
                zip(gc.get_count(), gc.get_threshold(), strict=True)
            )
            if count > 0 and (generation == 0 or (threshold and count > threshold))
        ]
        if due:
            gc.collect(due[-1])


@cache
def gui_thread_collector() -> GuiThreadCollector:
    """The client's one collector, made on first use by the GUI thread that asks."""
    return GuiThreadCollector()
