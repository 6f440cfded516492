"""Screenshots of the main screens in French and Arabic, offscreen, into docs/screenshots/.

    .venv/bin/python scripts/screenshots.py [--data-dir DIR]

Builds (or reuses) a demo replica, logs in as the demo users through the real use cases,
fills a cart by scanning, and grabs each screen once everything has loaded.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from contextlib import suppress
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from erp_desktop.app.auth import log_in
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.bootstrap import create_demo, open_branch, replica_path, workstation_register
from erp_desktop.kernel.errors import ConflictError
from erp_desktop.kernel.money import Money
from erp_desktop.ui.application import load_fonts, make_context
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.login_dialog import LoginDialog
from erp_desktop.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def settle(app: QApplication, ctx: UiContext, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end or ctx.db.pending():
        app.processEvents()
        time.sleep(0.01)


def grab(widget: QWidget, name: str) -> None:
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/erp-screenshots"))
    args = parser.parse_args()
    if not replica_path(args.data_dir).exists():
        create_demo(args.data_dir, 2000, 30, 7)
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    load_fonts(app)
    ctx = make_context(app, None, args.data_dir, "fr", None, "DZ")
    # The replica belongs to the database worker, as in the client: every step goes there.
    db = ctx.db.run_here
    branch = db(lambda: open_branch(args.data_dir))

    def look_around() -> tuple[str, str, list[str]]:
        with branch.deps.store.read() as tx:
            company = tx.org.company()
            found = tx.catalog.products(tx.catalog.search_products("lait", 3))
            return company.country, company.currency, [p.barcodes[0] for p in found if p.barcodes]

    country, currency, barcodes = db(look_around)
    register = db(lambda: workstation_register(branch, args.data_dir))
    ctx.open(branch.deps, register)
    ctx.languages.country = country
    for language in ("fr", "ar"):
        ctx.languages.switch(language)
        login = LoginDialog(ctx)
        login.resize(380, 240)
        login.show()
        settle(app, ctx, 0.2)
        grab(login, f"login-{language}.png")
        login.close()
        login.deleteLater()
        actor = db(lambda: log_in(branch.deps, "manager", "demo", register))
        ctx.actor = actor
        with suppress(ConflictError):  # the till as a cashier sees it: its session open
            db(lambda who=actor: open_cash_session(branch.deps, who, Money.zero(currency)))
        window = MainWindow(ctx)
        window.resize(1280, 800)
        window.show()
        window.show_page("till")
        settle(app, ctx)
        pos = window.pages["till"]
        for code in [*barcodes[:2], "3*" + barcodes[0]] if barcodes else []:
            pos.scan_field.setText(code)  # type: ignore[attr-defined]
            pos.scan_entered()  # type: ignore[attr-defined]
            settle(app, ctx, 0.1)
        grab(window, f"till-{language}.png")
        window.show_page("dashboard")
        settle(app, ctx)
        grab(window, f"dashboard-{language}.png")
        window.show_page("stock")
        settle(app, ctx)
        grab(window, f"stock-{language}.png")
        window.show_page("warehouse")
        settle(app, ctx)
        grab(window, f"warehouse-{language}.png")
        window.show_page("books")
        settle(app, ctx)
        grab(window, f"books-{language}.png")
        window.show_page("receivables")
        settle(app, ctx)
        grab(window, f"receivables-{language}.png")
        # issue 13: business customers, and quotes to credit notes with an order's lines
        window.show_page("business_customers")
        settle(app, ctx)
        grab(window, f"business-customers-{language}.png")
        window.show_page("business_documents")
        settle(app, ctx)
        documents = window.pages["business_documents"]
        settle(app, ctx)
        documents.kind.setCurrentIndex(documents.kind.findData("sales_order"))  # type: ignore[attr-defined]
        settle(app, ctx)
        table = documents.table  # type: ignore[attr-defined]
        table.setCurrentIndex(table.model().index(0, 0))
        settle(app, ctx)
        grab(window, f"business-documents-{language}.png")
        window.close()
        window.deleteLater()
        settle(app, ctx, 0.1)
    db(branch.close)
    ctx.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
