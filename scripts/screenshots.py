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

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QWidget

from erp_desktop.app.auth import log_in
from erp_desktop.app.deps import Deps
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.bootstrap import create_demo, open_branch, replica_path, workstation_register
from erp_desktop.demo.payroll import build_payroll_demo
from erp_desktop.kernel.clock import Clock, HybridLogicalClock
from erp_desktop.kernel.errors import ConflictError
from erp_desktop.kernel.money import Money
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.migrate import upgrade_replica
from erp_desktop.storage.store import SqliteStore
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


def grab_shop_setup(app: QApplication, ctx: UiContext, language: str) -> None:
    """The wizard of a shop set up alone, each of its pages, a few things typed in."""
    from erp_desktop.app.shop_setup.plan import Person
    from erp_desktop.kernel.tax.catalog import default_catalog
    from erp_desktop.ui.shop_setup.wizard import ShopSetupWizard

    wizard = ShopSetupWizard(ctx.languages, default_catalog(), lambda _setup: None)
    wizard.company.company_name.setText("Épicerie Ben Ali")
    wizard.company.company_name_ar.setText("بقالة بن علي")
    wizard.company.shop_code.setText("BLI01")
    wizard.people.people = [Person("karim", "Karim Ben Ali", "x", "4321", ("owner",))]
    wizard.people.retranslate()
    wizard.show()
    for page in ("company", "people", "products", "check"):
        settle(app, ctx, 0.2)
        grab(wizard, f"shop-setup-{page}-{language}.png")
        wizard.next()
    wizard.reject()
    wizard.deleteLater()


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
        grab_shop_setup(app, ctx, language)
        actor = db(lambda: log_in(branch.deps, "manager", "demo", register))
        ctx.actor = actor
        with suppress(ConflictError):  # the till as a cashier sees it: its session open
            db(lambda who=actor: open_cash_session(branch.deps, who, Money.zero(currency)))
        window = MainWindow(ctx)
        # CRM (issue 16): the customer list, a profile's timeline and loyalty, the pipeline
        window.show_page("customers")
        settle(app, ctx, 1.0)
        grab(window, f"customers-{language}.png")
        tabs = window.pages["customers"].tabs  # type: ignore[attr-defined]
        for index, name in ((1, "timeline"), (3, "loyalty")):
            tabs.setCurrentIndex(index)
            settle(app, ctx, 0.2)
            grab(window, f"customer-{name}-{language}.png")
        tabs.setCurrentIndex(0)
        window.show_page("pipeline")
        settle(app, ctx, 0.6)
        grab(window, f"pipeline-{language}.png")
        # HR (issue 15): the clock, last month's attendance sheet and leave calendar
        window.show_page("clock")
        settle(app, ctx)
        grab(window, f"clock-{language}.png")
        window.show_page("attendance")
        sheet = window.pages["attendance"]
        today = QDate.currentDate()
        sheet.start.setDate(today.addMonths(-1).addDays(1 - today.day()))  # type: ignore[attr-defined]
        sheet.end.setDate(today.addDays(-today.day()))  # type: ignore[attr-defined]
        settle(app, ctx)
        grab(window, f"attendance-{language}.png")
        window.show_page("leave")
        leave = window.pages["leave"]
        leave.month.setDate(today.addMonths(-2))  # type: ignore[attr-defined]
        settle(app, ctx)
        grab(window, f"leave-{language}.png")
        leave.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
        settle(app, ctx)
        grab(window, f"leave-balances-{language}.png")
        if window.show_page("purchasing"):  # issue 14: suppliers, orders, invoices, payables
            settle(app, ctx)
            grab(window, f"purchasing-{language}.png")
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
        touch = pos.touch  # type: ignore[attr-defined]
        grid = touch.grid
        if grid.categories:  # the touch grid on a category of head office's
            grid._choose(grid.categories[4].id if len(grid.categories) > 4 else None)
            settle(app, ctx)
        window.resize(1024, 768)
        settle(app, ctx, 0.2)
        grab(window, f"till-touch-1024-{language}.png")
        if touch.quick_cash.amounts:  # paid with the next banknote: the change in big
            touch.quick_cash.buttons[min(1, len(touch.quick_cash.amounts) - 1)].click()
            settle(app, ctx, 0.6)
            grab(window, f"till-paid-{language}.png")
        pos.toggle_customer_display()  # type: ignore[attr-defined]
        display = pos.customer_display  # type: ignore[attr-defined]
        display.set_language("fr" if language == "ar" else "ar")  # the customer's, not ours
        if barcodes:
            pos.scan_field.setText(barcodes[0])  # type: ignore[attr-defined]
            pos.scan_entered()  # type: ignore[attr-defined]
            settle(app, ctx, 0.3)
        grab(display, f"customer-display-{display.language}.png")
        pos.toggle_customer_display()  # type: ignore[attr-defined]
        window.resize(1280, 800)
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
    # Payroll (issue 15): head office's replica, in its folder beside the branch's (the demo
    # builds it), its latest run
    office_path = replica_path(args.data_dir / "head-office")
    if not office_path.exists():
        office_path.parent.mkdir(parents=True, exist_ok=True)
        build_payroll_demo(office_path)
    office = db(lambda: open_head_office(office_path))
    ctx.open(office, None)
    for language in ("fr", "ar"):
        ctx.languages.switch(language)
        ctx.actor = db(lambda: log_in(office, "rh", "demo", None))
        window = MainWindow(ctx)
        window.resize(1280, 800)
        window.show()
        window.show_page("payroll")
        settle(app, ctx)
        window.pages["payroll"].runs.selectRow(0)  # type: ignore[attr-defined]
        settle(app, ctx)
        grab(window, f"payroll-{language}.png")
        window.close()
        window.deleteLater()
        settle(app, ctx, 0.1)
    db(lambda: office.store.replica.close())  # type: ignore[attr-defined]
    ctx.shutdown()
    return 0


def open_head_office(path: Path) -> Deps:
    """Head office's demo replica, owned by the calling thread (the database worker)."""
    replica = Replica(path)
    replica.confine_to_current_thread()
    upgrade_replica(replica)
    store = SqliteStore(replica)
    return Deps(store, Clock(), HybridLogicalClock("HO"))


if __name__ == "__main__":
    raise SystemExit(main())
