"""Benchmark: the desktop client at realistic volume (not a test; run by hand).

    python benchmarks/bench_ui.py --data-dir DIR      # DIR holds a big demo replica

Measures, offscreen:
- cold start to the login screen, beside a bare PySide6 window started the same way
  (a fresh Python process each time, from launch to the window shown), and the time the
  replica takes to open behind it (the login button comes alive then);
- first paint of the stock list over the whole catalog (view created -> first page of
  rows painted);
- a search keystroke in the stock list (query sent -> result rows in the model), for
  French and Arabic words, and for a barcode.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget(); w.resize(400, 300); w.show(); app.processEvents()
"""

LOGIN = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from erp_desktop import bootstrap
from erp_desktop.ui.application import load_fonts, make_context
from erp_desktop.ui.login_dialog import LoginDialog
app = QApplication(sys.argv)
load_fonts(app)
ctx = make_context(app, None, Path(sys.argv[1]), "ar", None, "DZ")
d = LoginDialog(ctx); d.show(); app.processEvents()
ctx.shutdown()
"""

READY = """
import sys, time
start = time.perf_counter()
from pathlib import Path
from erp_desktop.bootstrap import open_branch, workstation_register
branch = open_branch(Path(sys.argv[1]))
with branch.deps.store.read() as tx:
    tx.org.company()
workstation_register(branch, Path(sys.argv[1]))
print((time.perf_counter() - start) * 1000)
"""


def launch(code: str, *args: str, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def in_process(data_dir: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from erp_desktop.app.auth import log_in
    from erp_desktop.bootstrap import open_branch, workstation_register
    from erp_desktop.ui.application import load_fonts, make_context
    from erp_desktop.ui.stock_view import StockView

    app = QApplication(sys.argv)
    load_fonts(app)
    branch = open_branch(data_dir)
    with branch.deps.store.read() as tx:
        country = tx.org.company().country
    ctx = make_context(
        app, branch.deps, data_dir, "fr", workstation_register(branch, data_dir), country
    )
    ctx.actor = log_in(branch.deps, "manager", "demo")

    def wait(condition: object, limit: float = 30.0) -> None:
        assert callable(condition)
        end = time.perf_counter() + limit
        while not condition():
            app.processEvents()
            if time.perf_counter() > end:
                raise TimeoutError
            time.sleep(0.0005)

    paints = []
    for _ in range(5):
        start = time.perf_counter()
        view = StockView(ctx)
        view.resize(1100, 700)
        view.show()
        wait(lambda v=view: v.model.row_at(0) is not None)  # type: ignore[misc]
        view.table.viewport().repaint()
        paints.append((time.perf_counter() - start) * 1000)
        rows = view.model.rowCount()
        view.close()
        view.deleteLater()
        app.processEvents()
    print(
        f"first paint of the stock list ({rows} products): median {statistics.median(paints):.0f} ms, "
        f"max {max(paints):.0f} ms over {len(paints)} runs"
    )

    view = StockView(ctx)
    view.show()
    wait(lambda: view.model.row_at(0) is not None)
    with branch.deps.store.read() as tx:
        barcode = tx.catalog.products(tx.catalog.search_products("lait", 1))[0].barcodes[0]
    for word in ("caf", "lait uht", "قهو", "حليب", barcode):
        times = []
        for _ in range(15):
            view.model.show_all(view.total)
            found: list[int] = []
            view.model.modelReset.connect(lambda f=found: f.append(1))  # type: ignore[misc]
            view.search.blockSignals(True)
            view.search.setText(word)
            view.search.blockSignals(False)
            start = time.perf_counter()
            view.run_search()
            wait(lambda f=found: bool(f))  # type: ignore[misc]
            view.table.viewport().repaint()
            times.append((time.perf_counter() - start) * 1000)
            view.model.modelReset.disconnect()
        print(
            f"search keystroke {word!r}: median {statistics.median(times):.1f} ms, "
            f"p95 {sorted(times)[int(len(times) * 0.95)]:.1f} ms ({view.model.rowCount()} rows)"
        )
    ctx.shutdown()
    branch.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    args = parser.parse_args()
    bare = launch(BARE)
    login = launch(LOGIN, str(args.data_dir))
    print(
        f"cold start: bare PySide6 window {bare:.0f} ms, login screen {login:.0f} ms "
        f"(x{login / bare:.2f})"
    )
    opened = subprocess.run(
        [sys.executable, "-c", READY, str(args.data_dir)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    print(
        f"opening the replica behind the login screen (imports, migration check): "
        f"{float(opened):.0f} ms"
    )
    in_process(args.data_dir)


if __name__ == "__main__":
    main()
