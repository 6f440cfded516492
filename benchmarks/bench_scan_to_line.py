"""Benchmark: scan to line painted at the till, beside the raw lookup (not a test; by hand).

    python benchmarks/bench_scan_to_line.py [--products 50000] [--runs 300]

A test branch grown to ``--products`` products (as bench_till.py grows it), the real main
window at 1024×768 offscreen with the till, its touch panel and the customer display open.
Each run types a random barcode and Enter into the scan field, then spins the event loop
until the cart's table has painted the new line, and again until the total (the kernel's
quote) is painted. Beside it in the same run:

- the lookup as the till runs it (``app.catalog.scan`` on the database worker, timed
  inside the worker),
- the raw ``sqlite3`` probe of that lookup (barcode -> product row),
- the raw probe of the thread hop: a job doing nothing sent to the same database worker and
  its answer back on the GUI thread (every scan makes that trip: no SQLite on the GUI
  thread).

"On top of the lookup" is the painted time less the lookup's own time in that run: what the
GUI, the worker hand-offs and the paint cost. The aim: p99 within one frame (16 ms). The
ticket is cancelled every 20 lines, as a cashier starts the next customer.

Python's cyclic collections during the runs are counted by thread and generation, with
their pauses: the client collects on the GUI thread only while its workers run
(``ui/garbage.py``), so a full collection is a pause of the till's screen.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.bench_till import _grow, _p
from erp_desktop.app.catalog import ScanResult
from erp_desktop.app.till.barcode_index import BarcodeIndex
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.ui import pos_view, till_lines
from erp_desktop.ui.application import load_fonts
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.tasks import TaskRunner
from tests.builders import build_branch


class PaintClock(QObject):
    """The time of a widget's paints; ends ``loop`` at the first paint once ``until`` holds
    (the event loop runs as in the client: no busy polling)."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.painted_ns = 0
        self.until: Callable[[], bool] = lambda: False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted_ns = time.perf_counter_ns()
            if self.until():
                self.until = lambda: False
                self.loop.quit()
        return super().eventFilter(watched, event)


class Collections:
    """Each cyclic collection's thread, generation and duration (gc.callbacks)."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, int, float]] = []
        self._began: dict[int, int] = {}
        self.on = False

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if not self.on:
            return
        thread = threading.get_ident()
        if phase == "start":
            self._began[thread] = time.perf_counter_ns()
        elif thread in self._began:
            took = (time.perf_counter_ns() - self._began.pop(thread)) / 1e6
            where = "GUI" if thread == threading.main_thread().ident else "a worker"
            self.seen.append((where, info["generation"], took))

    def report(self) -> str:
        if not self.seen:
            return "collections during the runs: none"
        parts = []
        for where in ("GUI", "a worker"):
            mine = [(g, t) for w, g, t in self.seen if w == where]
            if mine:
                counts = "/".join(str(sum(1 for g, _ in mine if g == n)) for n in range(3))
                pauses = [t for _, t in mine]
                full = [t for g, t in mine if g == 2] or [0.0]
                parts.append(
                    f"{len(mine)} on {where} thread (gen 0/1/2: {counts}), pause p50 "
                    f"{statistics.median(pauses):.2f} ms, max {max(pauses):.2f} ms, "
                    f"a full one up to {max(full):.2f} ms"
                )
        return "collections during the runs: " + "; ".join(parts)


def _summary(name: str, values: list[float]) -> str:
    return f"{name}: p50 {statistics.median(values):,.2f} ms, p99 {_p(values, 0.99):,.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=50000)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--language", default="fr", choices=("fr", "ar"))
    parser.add_argument(
        "--no-index", action="store_true", help="every scan through the worker, as before"
    )
    parser.add_argument("--switch-ms", type=float, default=None, help="GIL switch interval")
    args = parser.parse_args()
    if args.switch_ms is not None:
        sys.setswitchinterval(args.switch_ms / 1000)
    print(f"GIL switch interval: {sys.getswitchinterval() * 1000:.1f} ms")
    app = QApplication(sys.argv)
    load_fonts(app)
    folder = Path(tempfile.mkdtemp())
    branch = build_branch(folder, stock=1_000_000)
    path = folder / "ALG01.sqlite3"
    with branch.deps.store.read() as tx:
        warehouse = tx.org.default_warehouse(branch.branch_id)
    started = time.perf_counter()
    barcodes = _grow(path, args.products, warehouse.hex)
    print(f"{args.products} products added in {time.perf_counter() - started:.1f} s")

    lookups: list[float] = []  # ms, each scan's own time on the worker
    worker: list[tuple[int, int]] = []  # when each lookup began and ended
    real_scan = till_lines.scan  # the till's scan path (ui/till_lines.py since the split)

    def timed_scan(*a: object) -> ScanResult:
        start = time.perf_counter_ns()
        found = real_scan(*a)  # type: ignore[arg-type]
        worker.append((start, time.perf_counter_ns()))
        lookups.append((worker[-1][1] - start) / 1e6)
        return found

    till_lines.scan = timed_scan  # type: ignore[assignment]
    real_index_scan = BarcodeIndex.scan

    def timed_index_scan(self: BarcodeIndex, actor: object, typed: str) -> ScanResult | None:
        """The in-memory barcode index (issue 17), timed as the lookup when it answers."""
        if args.no_index:
            return None
        start = time.perf_counter_ns()
        found = real_index_scan(self, actor, typed)  # type: ignore[arg-type]
        if found is not None:
            worker.append((start, time.perf_counter_ns()))
            lookups.append((worker[-1][1] - start) / 1e6)
        return found

    BarcodeIndex.scan = timed_index_scan  # type: ignore[method-assign]
    arrived: list[int] = []  # when each scan's result reached the GUI thread
    handled: list[float] = []  # ms the till took to add the line (before any paint)
    real_scanned = till_lines._scanned

    import cProfile

    profile = cProfile.Profile()

    def timed_scanned(till: pos_view.PosView, result: ScanResult) -> None:
        arrived.append(time.perf_counter_ns())
        if os.environ.get("PROFILE"):
            profile.enable()
        real_scanned(till, result)
        if os.environ.get("PROFILE"):
            profile.disable()
        handled.append((time.perf_counter_ns() - arrived[-1]) / 1e6)

    till_lines._scanned = timed_scanned
    languages = LanguageManager(app, "DZ")
    languages.switch(args.language)
    ctx = UiContext(branch.deps, TaskRunner("bench-db"), languages, folder, branch.register_id)
    ctx.actor = branch.actor("cashier")
    open_cash_session(branch.deps, ctx.actor, Money.zero("DZD"))
    window = MainWindow(ctx)
    window.resize(1024, 768)
    window.show()
    window.show_page("till")
    pos = window.pages["till"]
    assert isinstance(pos, pos_view.PosView)
    pos.toggle_customer_display()

    loop = QEventLoop()

    def settle() -> None:
        """Until the database worker has answered everything asked."""
        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(lambda: ctx.db.pending() == 0 and loop.quit())
        timer.start()
        loop.exec()
        timer.stop()

    def wait_paint(clock: PaintClock, until: Callable[[], bool]) -> None:
        clock.until = until
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)  # a paint missed: the run is counted as lost
        guard.start(3000)
        loop.exec()
        guard.stop()

    settle()
    lines = PaintClock(loop)
    total = PaintClock(loop)
    pos.table.viewport().installEventFilter(lines)
    pos.total_label.installEventFilter(total)
    rng = random.Random(7)
    painted_line: list[float] = []
    painted_total: list[float] = []
    on_top: list[float] = []
    gui_to_paint: list[float] = []
    to_worker: list[float] = []
    from_worker: list[float] = []
    collections = Collections()
    gc.callbacks.append(collections)
    for run in range(args.runs + 20):
        collections.on = run >= 20
        if len(pos.cart.entries) >= 20:
            pos.clear_ticket()
            settle()
        code = rng.choice(barcodes)
        before = pos.cart.revision  # a scan adds a line or joins one: the cart moves on
        shown = pos.total_label.text()
        start = time.perf_counter_ns()
        pos.scan_field.setText(code)
        pos.scan_entered()
        wait_paint(lines, lambda before=before: pos.cart.revision != before)  # type: ignore[misc]
        line_ns = lines.painted_ns
        wait_paint(
            total,
            lambda shown=shown: (
                pos.quoted is not None  # type: ignore[misc]
                and pos.total_label.text() != shown
            ),
        )
        if run < 20:  # warming up
            lookups.clear()
            continue
        painted_line.append((line_ns - start) / 1e6)
        gui_to_paint.append((line_ns - arrived[-1]) / 1e6)
        to_worker.append((worker[-1][0] - start) / 1e6)
        from_worker.append((arrived[-1] - worker[-1][1]) / 1e6)
        painted_total.append((total.painted_ns - start) / 1e6)
        on_top.append(painted_line[-1] - lookups[-1])
    collections.on = False
    hops: list[float] = []  # the same worker, a job doing nothing: the thread hop's floor
    for _ in range(args.runs):
        begin = time.perf_counter_ns()
        ctx.db.submit(lambda: None, lambda _r: loop.quit(), lambda _e: loop.quit())
        loop.exec()
        hops.append((time.perf_counter_ns() - begin) / 1e6)
    raw = sqlite3.connect(path)
    probe = []
    for _ in range(args.runs):
        code = rng.choice(barcodes)
        begin = time.perf_counter_ns()
        raw.execute(
            "SELECT p.* FROM product_barcodes b JOIN products p ON p.id = b.product_id "
            "WHERE b.barcode = ?",
            (code,),
        ).fetchall()
        probe.append((time.perf_counter_ns() - begin) / 1e6)
    print(_summary("scan to line painted", painted_line))
    print(_summary("scan to total painted (the kernel's quote)", painted_total))
    where = "on the worker (app.catalog.scan)" if args.no_index else "in memory (BarcodeIndex)"
    print(_summary(f"lookup {where}", lookups))
    print(_summary("on top of the lookup (line painted - lookup)", on_top))
    print(_summary("from the result on the GUI thread to the line painted", gui_to_paint))
    print(_summary("Enter to the lookup starting on the worker", to_worker))
    print(_summary("the lookup's result back on the GUI thread", from_worker))
    print(_summary("the till adding the line (GUI thread, before the paint)", handled))
    print(_summary("raw probe: an empty job to the worker and back (the hop)", hops))
    print(_summary("raw probe: barcode -> product row (sqlite3)", probe))
    print(f"one frame: 16.7 ms; p99 on top of the lookup: {_p(on_top, 0.99):.2f} ms")
    print(collections.report())
    if os.environ.get("PROFILE"):
        import pstats

        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    pos.toggle_customer_display()
    window.close()
    ctx.shutdown()
    branch.replica.close()


if __name__ == "__main__":
    main()
