"""The main window: the screens the user's role may use, the language, the sync status.

Navigation shows only what the logged-in user's permissions allow (the use cases check
again whatever the screen shows). The status bar tells the branch, the register, the user,
whether the server is reachable and how many changes wait to be sent. Switching the language
turns the whole window, and any open dialog, right to left for Arabic.

Shop PCs are small: the window opens maximised, may be shrunk down to a 1024×768 screen,
and a screen wider than what is left scrolls rather than pushing the status bar off the
edge; a long message in the status bar is cut, never widening the window.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from erp_desktop.app.changes import Changed
from erp_desktop.app.context import Actor
from erp_desktop.app.sync_status import SyncStatus, sync_status
from erp_desktop.app.workstation import Workstation, workstation
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.permissions import Permission
from erp_desktop.sync.backoff import Backoff
from erp_desktop.sync.runner import SyncReport, synchronize
from erp_desktop.ui.attendance_view import AttendanceView
from erp_desktop.ui.business_customers_view import BusinessCustomersView
from erp_desktop.ui.business_documents_view import BusinessDocumentsView
from erp_desktop.ui.catalog_view import CatalogView
from erp_desktop.ui.clock_view import ClockView
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.customers_view import CustomersView
from erp_desktop.ui.dashboard_view import DashboardView
from erp_desktop.ui.employees_view import EmployeesView
from erp_desktop.ui.formatting import moment
from erp_desktop.ui.leave_view import LeaveView
from erp_desktop.ui.my_payslips_view import MyPayslipsView
from erp_desktop.ui.navigation import NavigationTree
from erp_desktop.ui.payroll_view import PayrollView
from erp_desktop.ui.pipeline_view import PipelineView
from erp_desktop.ui.pos_view import PosView
from erp_desktop.ui.purchasing.purchasing_view import PurchasingView
from erp_desktop.ui.receivables_view import ReceivablesView
from erp_desktop.ui.reports_view import ReportsView
from erp_desktop.ui.stock_view import StockView
from erp_desktop.ui.sync_panel import SyncPanel
from erp_desktop.ui.users_view import UsersView
from erp_desktop.ui.warehouse_view import WarehouseView

# The modules the navigation groups its pages under, in the order shown.
MODULES = ("till", "inventory", "sales", "purchasing", "accounting", "hr", "crm", "admin")

# page key, module it is listed under, permission needed, factory (a new page: one line,
# anywhere: the navigation shows each module's pages in this order, under its heading)
PAGES: tuple[tuple[str, str, Permission, Callable[[UiContext], QWidget]], ...] = (
    ("dashboard", "sales", Permission.REPORTS_BRANCH, DashboardView),
    ("till", "till", Permission.SALES_CHECKOUT, PosView),
    ("stock", "inventory", Permission.INVENTORY_VIEW, StockView),
    ("warehouse", "inventory", Permission.INVENTORY_RECEIVE, WarehouseView),
    ("books", "accounting", Permission.ACCOUNTING_VIEW, ReportsView),
    ("catalog", "inventory", Permission.INVENTORY_CATALOG_EDIT, CatalogView),  # head office's
    # sales to businesses and what they owe (issue 13)
    ("business_documents", "sales", Permission.SALES_INVOICE, BusinessDocumentsView),
    ("business_customers", "sales", Permission.SALES_INVOICE, BusinessCustomersView),
    ("receivables", "sales", Permission.SALES_INVOICE, ReceivablesView),
    ("purchasing", "purchasing", Permission.PURCHASING_VIEW, PurchasingView),  # issue 14
    ("customers", "crm", Permission.CRM_CUSTOMER_VIEW, CustomersView),  # CRM (issue 16)
    ("pipeline", "crm", Permission.CRM_PIPELINE, PipelineView),
    # HR (issue 15): every role of a site may open the clock (the PIN names the employee)
    ("clock", "hr", Permission.SYNC_RUN, ClockView),
    ("attendance", "hr", Permission.HR_VIEW, AttendanceView),
    ("leave", "hr", Permission.HR_VIEW, LeaveView),
    ("employees", "hr", Permission.HR_RECORDS, EmployeesView),  # head office's HR only
    ("payroll", "hr", Permission.HR_PAYROLL, PayrollView),  # head office's payroll runs
    ("my_payslips", "hr", Permission.PAYROLL_OWN_PAYSLIPS, MyPayslipsView),  # an employee's own
    ("users", "admin", Permission.ADMIN_USERS, UsersView),  # a shop alone: its owner's
)
ERROR_SHOWN_MS = 8000
# Fits a 1024×768 screen with the window frame and a taskbar; the usual size is bigger.
MINIMUM_SIZE = QSize(1000, 600)
USUAL_SIZE = QSize(1180, 760)
# Platforms without a real desktop (tests, a remote screen): the window keeps its size.
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "vnc"})


def _shown_pages(
    actor: Actor,
) -> list[tuple[str, str, Callable[[UiContext], QWidget]]]:
    """(module, key, factory) of the pages ``actor`` may open, module by module."""
    allowed = [(m, k, f) for k, m, permission, f in PAGES if actor.may(permission)]
    return sorted(allowed, key=lambda page: MODULES.index(page[0]))


def on_a_real_desktop() -> bool:
    return QGuiApplication.platformName() not in HEADLESS_PLATFORMS


class MainWindow(QMainWindow):
    logout_requested = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        assert ctx.actor is not None
        self.ctx = ctx
        self.setObjectName("main_window")
        self.nav = NavigationTree()
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for module, key, factory in _shown_pages(ctx.actor):
            page = factory(ctx)
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
            self.nav.add_page(module, key)
        self.nav.page_chosen.connect(lambda key: self.stack.setCurrentWidget(self.pages[key]))
        # A page wider or taller than what the window leaves scrolls, the window stays.
        self.scroller = QScrollArea()
        self.scroller.setObjectName("page_scroller")
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the page
        self.scroller.setWidget(self.stack)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.scroller, 1)
        self.setCentralWidget(central)
        self.who = QLabel()
        self.who.setObjectName("workstation")
        self.place: Workstation | None = None
        self.sync = QLabel()
        self.sync.setObjectName("sync_status")
        self.message = QLabel()
        self.message.setObjectName("status_message")
        # However long the message, it takes what is left and is cut: it never pushes the
        # online indicator and the branch off the edge.
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message.setMinimumWidth(0)
        self.statusBar().addWidget(self.message, 1)
        self.statusBar().addPermanentWidget(self.sync)
        self.statusBar().addPermanentWidget(self.who)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message.clear)
        ctx.error_sink = self.show_error
        from erp_desktop.ui.backup_timer import BackupTimer

        self.backup_timer = BackupTimer(ctx, self)  # the owner's schedule, if one is set
        from erp_desktop.ui.loyalty_expiry_timer import LoyaltyExpiryTimer

        self.loyalty_expiry_timer = LoyaltyExpiryTimer(ctx, self)  # once a day at a branch
        self._build_menus()
        self.status: SyncStatus | None = None
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        if self.pages:
            self.show_page(next(iter(self.pages)))
        self.online: bool | None = None  # unknown until the first attempt
        self.backoff = Backoff()
        self.sync_timer = QTimer(self)
        self.sync_timer.setSingleShot(True)
        self.sync_timer.timeout.connect(self.sync_in_background)
        self.sync_timer.start(int(self.backoff.succeeded() * 1000))
        self.refresh_sync_status()
        self._load_workstation()
        self._size_for_the_screen()

    def _size_for_the_screen(self) -> None:
        self.setMinimumSize(MINIMUM_SIZE)
        screen = self.screen() or QGuiApplication.primaryScreen()
        size = USUAL_SIZE
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size()).expandedTo(MINIMUM_SIZE)
        self.resize(size)
        if on_a_real_desktop():
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _load_workstation(self) -> None:
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None
        register = self.ctx.register_id if isinstance(self.ctx.register_id, UUID) else None
        self.ctx.db.submit(
            lambda: workstation(deps, actor, register), self._got_workstation, self.ctx.report_error
        )

    def _got_workstation(self, place: Workstation) -> None:
        self.place = place
        self._show_workstation()

    def _show_workstation(self) -> None:
        place, actor = self.place, self.ctx.actor
        username = actor.username if actor else ""
        if place is None:
            self.who.setText(username)
            self.setWindowTitle(self.tr("Maghreb ERP — branch"))
            return
        arabic = self.ctx.languages.language == "ar"
        name = place.branch_name_ar if arabic and place.branch_name_ar else place.branch_name
        if place.register_code:
            text = (
                self.tr("Branch %1 · register %2 · %3")
                .replace("%1", place.branch_code)
                .replace("%2", place.register_code)
                .replace("%3", username)
            )
        else:
            text = (
                self.tr("Branch %1 · %2").replace("%1", place.branch_code).replace("%2", username)
            )
        self.who.setText(text)
        self.who.setToolTip(name)
        self.setWindowTitle(
            self.tr("Maghreb ERP — %1 (%2)").replace("%1", name).replace("%2", text)
        )

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.logout_action = QAction(self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+L"))
        self.logout_action.triggered.connect(self.logout_requested.emit)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.printer_action = QAction(self)
        self.printer_action.triggered.connect(self.choose_receipt_printer)
        self.file_menu.addAction(self.printer_action)
        self.thermal_action = QAction(self)
        self.thermal_action.setObjectName("choose_thermal_printer")
        self.thermal_action.triggered.connect(self.choose_thermal_printer)
        self.file_menu.addAction(self.thermal_action)
        self.sync_action = QAction(self)
        self.sync_action.setObjectName("open_sync_panel")
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_action.triggered.connect(self.open_sync_panel)
        self.file_menu.addAction(self.sync_action)
        self.backup_action = QAction(self)
        self.backup_action.setObjectName("open_backups")
        self.backup_action.triggered.connect(self.open_backups)
        self.backup_action.setVisible(
            self.ctx.actor is not None and self.ctx.actor.may(Permission.ADMIN_SETTINGS)
        )
        self.file_menu.addAction(self.backup_action)
        self.join_action = QAction(self)
        self.join_action.setObjectName("open_join_chain")
        self.join_action.triggered.connect(self.open_join_chain)
        self.join_action.setVisible(False)  # a shop that runs alone, its owner (_show_sync)
        self.file_menu.addAction(self.join_action)
        self.file_menu.addAction(self.logout_action)
        self.file_menu.addAction(self.quit_action)
        self.language_menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("ar", "العربية"), ("fr", "Français"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == self.ctx.languages.language)
            action.triggered.connect(lambda _checked=False, c=code: self.ctx.languages.switch(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def page_names(self) -> dict[str, str]:
        return {
            "dashboard": self.tr("Dashboard"),
            "till": self.tr("Till"),
            "clock": self.tr("Clock in/out"),
            "attendance": self.tr("Attendance"),
            "leave": self.tr("Leave"),
            "employees": self.tr("Employees"),
            "users": self.tr("Users"),
            "payroll": self.tr("Payroll"),
            "my_payslips": self.tr("My payslips"),
            "stock": self.tr("Stock"),
            "warehouse": self.tr("Warehouse"),
            "purchasing": self.tr("Purchasing"),
            "books": self.tr("Books"),
            "catalog": self.tr("Catalog"),
            "business_documents": self.tr("Quotes and invoices"),
            "business_customers": self.tr("Business customers"),
            "receivables": self.tr("Receivables"),
            "customers": self.tr("Customers"),
            "pipeline": self.tr("Pipeline"),
        }

    def module_names(self) -> dict[str, str]:
        return {
            "till": self.tr("Till"),
            "inventory": self.tr("Inventory"),
            "sales": self.tr("Sales"),
            "purchasing": self.tr("Purchasing"),
            "accounting": self.tr("Accounting"),
            "hr": self.tr("HR & payroll"),
            "crm": self.tr("CRM"),
            "admin": self.tr("Administration"),
        }

    def retranslate(self) -> None:
        self.nav.retranslate(self.module_names(), self.page_names())
        self.file_menu.setTitle(self.tr("&Session"))
        self.logout_action.setText(self.tr("Log out"))
        self.printer_action.setText(self.tr("Receipt printer of this register…"))
        self.thermal_action.setText(self.tr("Thermal printer (ESC/POS) of this register…"))
        self.sync_action.setText(self.tr("Synchronization…"))
        self.backup_action.setText(self.tr("Backups…"))
        self.join_action.setText(self.tr("Join a chain…"))
        self.quit_action.setText(self.tr("Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        for code, action in self.language_actions.items():
            action.setChecked(code == self.ctx.languages.language)
        self._show_workstation()
        self._show_sync()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose_receipt_printer(self) -> None:
        from erp_desktop.ui.printers import RECEIPT, choose_printer

        till = self.pages.get("till")
        register = getattr(till, "register_code", "")
        if not register:
            self.show_error(self.tr("This PC is not a till: no register to set a printer for."))
            return
        chosen = choose_printer(register, RECEIPT, self)
        if chosen:
            self.show_error(
                self.tr("Receipts of %1 print on %2.").replace("%1", register).replace("%2", chosen)
            )

    def choose_thermal_printer(self) -> None:
        """A thermal ESC/POS printer spoken to directly: its IP address (port 9100 unless
        typed) or the device file it appears as (USB or serial)."""
        from erp_desktop.ui.printers import RECEIPT, chosen_printer, set_printer, thermal_setting

        till = self.pages.get("till")
        register = getattr(till, "register_code", "")
        if not register:
            self.show_error(self.tr("This PC is not a till: no register to set a printer for."))
            return
        current = chosen_printer(register, RECEIPT) or ""
        typed, ok = QInputDialog.getText(
            self,
            self.tr("Thermal printer (ESC/POS) of this register…"),
            self.tr("IP address (port 9100) or device (/dev/usb/lp0, /dev/ttyS0, COM1)"),
            text=current.removeprefix("escpos+tcp://").removeprefix("escpos:"),
        )
        if not ok or not typed.strip():
            return
        setting = thermal_setting(typed)
        set_printer(register, RECEIPT, setting)
        self.show_error(
            self.tr("Receipts of %1 print on %2.").replace("%1", register).replace("%2", setting)
        )

    def open_sync_panel(self) -> SyncPanel:
        panel = SyncPanel(self.ctx, self)
        panel.did_sync.connect(self._synced)
        panel.show()
        return panel

    def open_backups(self) -> QWidget:
        from erp_desktop.ui.backup_dialog import BackupDialog

        dialog = BackupDialog(self.ctx, self)
        dialog.show()
        return dialog

    def open_join_chain(self) -> QWidget:
        from erp_desktop.ui.join_dialog import JoinChainDialog

        dialog = JoinChainDialog(self.ctx, self)
        dialog.show()
        return dialog

    def sync_in_background(self) -> None:
        """Every few minutes, when enrolled: push what waits, pull what head office changed."""
        if self.status is None or not self.status.enrolled:
            self.sync_timer.start(int(self.backoff.succeeded() * 1000))
            return
        deps, run_db = self.ctx.deps, self.ctx.db.run_here
        self.ctx.net.submit(lambda: synchronize(deps, run_db=run_db), self._synced, self._synced)

    def _synced(self, outcome: object) -> None:
        self.online = not (
            isinstance(outcome, ErpError) and outcome.code in ("sync.offline", "sync.server_error")
        )
        # While the server answers: the regular pace; while it does not: retry sooner, then
        # less and less often, with jitter (erp_desktop/sync/backoff.py).
        wait = self.backoff.succeeded() if self.online else self.backoff.failed()
        if isinstance(outcome, ErpError) and outcome.code == "sync.server_busy":
            wait = self.backoff.busy(float(outcome.params.get("retry_after", 0)))
        self.sync_timer.start(int(wait * 1000))

        if isinstance(outcome, SyncReport) and outcome.rejected:
            self.show_error(
                self.tr("%1 change(s) refused by the server: see Synchronization.").replace(
                    "%1", str(outcome.rejected)
                )
            )
        self.refresh_sync_status()

    def show_page(self, key: str) -> bool:
        return self.nav.choose(key)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self._message_timer.start(ERROR_SHOWN_MS)

    def refresh_sync_status(self) -> None:
        deps = self.ctx.deps
        self.ctx.db.submit(lambda: sync_status(deps), self._got_sync_status, self.ctx.report_error)

    def _got_sync_status(self, status: SyncStatus) -> None:
        self.status = status
        self._show_sync()

    def _show_sync(self) -> None:
        status = self.status
        if status is None:
            return
        owner = self.ctx.actor is not None and self.ctx.actor.may(Permission.ADMIN_SETTINGS)
        self.join_action.setVisible(status.alone and owner)
        if status.alone:
            self.sync.setText(self.tr("This shop runs alone, with no server"))
            return
        state = (
            self.tr("Online")
            if status.enrolled and self.online is not False and status.last_sync
            else self.tr("Offline")
        )
        last = (
            moment(status.last_sync, self.ctx.languages.locale)
            if status.last_sync
            else self.tr("never")
        )
        self.sync.setText(
            self.tr("%1 · %2 change(s) waiting · last sync: %3")
            .replace("%1", state)
            .replace("%2", str(status.pending))
            .replace("%3", last)
        )

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if changes:
            self.refresh_sync_status()
        if Changed.ORG in changes:  # head office renamed the branch or the register
            self._load_workstation()
