"""The HR screens over real replicas: the clock takes a PIN and says who came in, late by
how much, and refuses a second clock-in in the screen's language; the manager closes a
forgotten day from the attendance sheet; asks leave for an employee and approves it; HR
at head office hires from the employees screen; a manager has no employees screen; the
screens turn right to left in Arabic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from erp_desktop.app.hr.attendance import clock_in
from erp_desktop.kernel.hr.attendance import StaffMember
from erp_desktop.storage.outbox import pending_changes
from erp_desktop.ui.attendance_view import AttendanceView, CorrectionDialog
from erp_desktop.ui.clock_view import ClockView
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.employees_view import EmployeesView
from erp_desktop.ui.hire_dialog import HireDialog
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.leave_view import LeaveRequestDialog, LeaveView
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.tasks import TaskRunner
from tests.builders import Branch
from tests.desktop.hr_world import DAY_SHIFT, at, branch_with_staff, head_office
from tests.ui.conftest import settle


def _context(qapp: QApplication, site: Branch, folder: Path) -> UiContext:
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    return UiContext(site.deps, TaskRunner("replica-test"), languages, folder, site.register_id)


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[tuple[Branch, dict[str, StaffMember]]]:
    built, members = branch_with_staff(tmp_path / "shop", {"Amina": "4321", "Karim": "8765"})
    yield built, members
    built.replica.close()


@pytest.fixture
def shop_ctx(
    qapp: QApplication, shop: tuple[Branch, dict[str, StaffMember]], tmp_path: Path
) -> Iterator[UiContext]:
    context = _context(qapp, shop[0], tmp_path)
    yield context
    context.languages.switch("fr")
    context.shutdown()


def _window(qtbot: QtBot, ctx: UiContext, site: Branch, user: str) -> MainWindow:
    ctx.actor = site.actor(user)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, ctx)
    return window


def test_the_clock_greets_a_late_employee_and_refuses_a_second_clock_in(
    qtbot: QtBot, shop_ctx: UiContext, shop: tuple[Branch, dict[str, StaffMember]]
) -> None:
    branch, _ = shop
    window = _window(qtbot, shop_ctx, branch, "manager")
    assert window.show_page("clock")
    view = window.pages["clock"]
    assert isinstance(view, ClockView)
    branch.clock.set(at(8, 20))
    qtbot.keyClicks(view.pin, "4321")
    qtbot.keyClick(view.pin, Qt.Key.Key_Return)
    settle(qtbot, shop_ctx)
    # Qt's texts are the lead's compiled translations; the figures are ours
    assert "Amina" in view.result.text() and "20" in view.result.text()
    assert view.pin.text() == ""
    assert [row[0] for row in view.model.rows] == ["Amina"]
    qtbot.keyClicks(view.pin, "4321")
    view.clock(True)
    settle(qtbot, shop_ctx)
    assert "a déjà pointé son entrée" in view.result.text()


def test_a_manager_closes_a_forgotten_day_from_the_sheet(
    qtbot: QtBot, shop_ctx: UiContext, shop: tuple[Branch, dict[str, StaffMember]]
) -> None:
    branch, _ = shop
    branch.clock.set(at(8, 0, day=9))
    clock_in(branch.deps, "8765")
    branch.clock.set(at(9, 0))
    window = _window(qtbot, shop_ctx, branch, "manager")
    window.show_page("attendance")
    view = window.pages["attendance"]
    assert isinstance(view, AttendanceView)
    view.start.setDate(QDate(2026, 3, 1))
    settle(qtbot, shop_ctx)
    assert [row[0] for row in view.open_model.rows] == ["Karim"]
    view.open_table.selectRow(0)
    dialog = view.correct_selected()
    assert isinstance(dialog, CorrectionDialog)
    dialog.save()  # no reason yet
    settle(qtbot, shop_ctx)
    assert "motif" in dialog.error.text()
    dialog.reason.setText("Badge oublié")
    dialog.save()
    settle(qtbot, shop_ctx)
    assert view.open_model.rows == []
    karim = next(r for r in view.model.rows if r[0] == "Karim")
    assert karim[2] == "1" and karim[4] == "7,50"  # 08:00 to 16:00 less the break


def test_leave_asked_for_an_employee_is_approved_from_the_list(
    qtbot: QtBot, shop_ctx: UiContext, shop: tuple[Branch, dict[str, StaffMember]]
) -> None:
    branch, _ = shop
    window = _window(qtbot, shop_ctx, branch, "manager")
    window.show_page("leave")
    view = window.pages["leave"]
    assert isinstance(view, LeaveView)
    dialog = view.open_request()
    assert isinstance(dialog, LeaveRequestDialog)
    dialog.employee.setCurrentIndex(dialog.employee.findText("Karim"))
    dialog.start.setDate(QDate(2026, 3, 15))
    dialog.end.setDate(QDate(2026, 3, 18))
    dialog.save()
    settle(qtbot, shop_ctx)
    kinds, statuses = view.kind_names(), view.status_names()
    assert [r[:2] + r[4:] for r in view.requests_model.rows] == [
        ("Karim", kinds["annual"], "4", statuses["pending"])
    ]
    view.requests_table.selectRow(0)
    view.decide(True)
    settle(qtbot, shop_ctx)
    assert view.requests_model.rows[0][5] == statuses["approved"]
    view.tabs.setCurrentIndex(2)
    days = {r[0]: r for r in view.calendar_model.rows}
    assert days["20/03/2026"][1].startswith("Aïd el-Fitr")
    assert days["16/03/2026"][2] == "Karim"


def test_hr_hires_from_the_employees_screen_and_a_manager_has_none(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    office = head_office(tmp_path / "office")
    ctx = _context(qapp, office, tmp_path)
    try:
        window = _window(qtbot, ctx, office, "rh")
        assert window.show_page("employees")
        view = window.pages["employees"]
        assert isinstance(view, EmployeesView)
        dialog = view.open_hiring()
        assert isinstance(dialog, HireDialog)
        values = {
            "number": "E0042",
            "first_name": "Nadia",
            "last_name": "Cherif",
            "first_name_ar": "نادية",
            "last_name_ar": "شريف",
            "job_title": "Caissière",
            "job_title_ar": "أمينة صندوق",
            "contract_number": "C-E0042",
            "base_salary": "45000,00",
            "pin": "2468",
        }
        for name, value in values.items():
            dialog.fields[name].setText(value)
        dialog.shift.setCurrentIndex(dialog.shift.findData(DAY_SHIFT.id))
        dialog.save()
        settle(qtbot, ctx)
        assert [r[:2] for r in view.model.rows] == [("E0042", "Nadia Cherif")]
        assert view.model.rows[0][5].startswith("45")
        with office.replica.read() as conn:
            kinds = sorted({r["entity"] for r in pending_changes(conn, 100)})
        assert kinds == ["contract", "employee", "staff"]
        window.close()
        manager_window = _window(qtbot, ctx, office, "manager")
        assert "employees" not in manager_window.pages
        manager_window.close()
    finally:
        ctx.shutdown()
        office.replica.close()


def test_the_hr_screens_turn_right_to_left_in_arabic(
    qtbot: QtBot, shop_ctx: UiContext, shop: tuple[Branch, dict[str, StaffMember]]
) -> None:
    branch, _ = shop
    window = _window(qtbot, shop_ctx, branch, "manager")
    shop_ctx.languages.switch("ar")
    settle(qtbot, shop_ctx)
    for key in ("clock", "attendance", "leave"):
        assert window.pages[key].layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_an_employee_asks_for_leave_at_the_clock_with_her_pin(
    qtbot: QtBot, shop_ctx: UiContext, shop: tuple[Branch, dict[str, StaffMember]]
) -> None:
    branch, members = shop
    window = _window(qtbot, shop_ctx, branch, "cashier")  # whoever is at the PC
    window.show_page("clock")
    view = window.pages["clock"]
    assert isinstance(view, ClockView)
    dialog = view.open_leave()
    dialog.start.setDate(QDate(2026, 4, 5))
    dialog.end.setDate(QDate(2026, 4, 9))
    dialog.pin.setText("0000")
    dialog.save()
    settle(qtbot, shop_ctx)
    assert dialog.isVisible() and "PIN" in dialog.error.text()
    dialog.pin.setText("8765")
    dialog.save()
    settle(qtbot, shop_ctx)
    assert not dialog.isVisible()
    with branch.deps.store.read() as tx:
        [asked] = tx.leave.leave_of(members["Karim"].id)
    assert (asked.days, str(asked.status), asked.requested_by) == (5, "pending", None)
