"""What each role sees, that the use case refuses whatever the screen shows, and the
language switch turning the main window and an open dialog right to left and back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from erp_desktop.app.accounting.reports import trial_balance
from erp_desktop.kernel.errors import PermissionDenied
from erp_desktop.kernel.money import Money
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.payment_dialog import PaymentDialog
from tests.builders import Branch
from tests.ui.conftest import settle


def window_for(qtbot: QtBot, ctx: UiContext, branch: Branch, username: str) -> MainWindow:
    ctx.actor = branch.actor(username)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, ctx)
    return window


BUSINESS = ["business_documents", "business_customers"]  # who may invoice (issue 13)


@pytest.mark.parametrize(
    ("username", "pages"),
    [
        ("cashier", ["till", "stock", "clock", "my_payslips", "customers"]),
        (
            "clerk",
            ["stock", "warehouse", "purchasing", "clock", "my_payslips"],
        ),  # purchasing: read-only
        (
            "accountant",
            [
                *("stock", "dashboard", *BUSINESS, "receivables", "purchasing", "books"),
                *("clock", "my_payslips", "customers"),
            ],
        ),
        (
            "manager",
            [
                *("till", "stock", "warehouse", "dashboard", *BUSINESS, "receivables"),
                *("purchasing", "books", "clock", "attendance", "leave", "my_payslips"),
                *("customers", "pipeline"),
            ],
        ),
    ],
)
def test_each_role_sees_only_its_screens(
    qtbot: QtBot, ctx: UiContext, branch: Branch, username: str, pages: list[str]
) -> None:
    """Module by module (Till, Inventory, Sales, Purchasing, Accounting, HR, CRM): the
    same screens as before the navigation was grouped, in their module's place."""
    window = window_for(qtbot, ctx, branch, username)
    assert list(window.pages) == pages
    assert window.nav.keys() == pages
    assert window.show_page("books") == ("books" in pages)


def test_the_navigation_groups_the_pages_under_their_module_and_the_keys_step_over_headings(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    window = window_for(qtbot, ctx, branch, "manager")
    modules = ["till", "inventory", "sales", "purchasing", "accounting", "hr", "crm"]
    assert window.nav.modules() == modules  # no Administration: the manager has none of it
    assert window.nav.headings["inventory"].text(0) == window.module_names()["inventory"]
    assert [window.nav.headings["inventory"].child(i).text(0) for i in range(2)] == [
        "Stock",
        "Entrepôt",
    ]
    assert not window.nav.headings["sales"].flags() & Qt.ItemFlag.ItemIsSelectable
    window.show_page("warehouse")
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)  # past the Sales heading, onto its first page
    assert window.nav.current_key() == "dashboard"
    assert window.stack.currentWidget() is window.pages["dashboard"]
    qtbot.keyClick(window.nav, Qt.Key.Key_Up)
    assert window.nav.current_key() == "warehouse"
    window.language_actions["ar"].trigger()
    qtbot.wait(20)
    assert window.nav.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.nav.items["till"].text(0) == "الصندوق"
    window.language_actions["fr"].trigger()
    qtbot.wait(20)


def test_a_cashier_calling_accounting_gets_a_permission_error(branch: Branch) -> None:
    with pytest.raises(PermissionDenied) as refused:
        trial_balance(branch.deps, branch.actor("cashier"), date(2026, 1, 1), date(2026, 12, 31))
    assert refused.value.code == "auth.permission_denied"
    assert refused.value.params["permission"] == "accounting.view"


def test_arabic_turns_the_window_and_an_open_dialog_right_to_left(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    window = window_for(qtbot, ctx, branch, "manager")
    dialog = PaymentDialog(
        Money.of(Decimal(100), "DZD"), "DZ", date(2026, 3, 10), Decimal(0), "fr_DZ", window
    )
    dialog.show()
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.nav.items["till"].text(0) == "Caisse"

    window.language_actions["ar"].trigger()
    qtbot.wait(20)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.nav.items["till"].text(0) == "الصندوق"
    assert window.file_menu.title() == "&الجلسة"
    assert "غير متصل" in window.sync.text()
    assert dialog.windowTitle() == "الدفع"
    assert window.language_actions["ar"].isChecked()

    window.language_actions["fr"].trigger()
    qtbot.wait(20)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.nav.items["till"].text(0) == "Caisse"
    assert dialog.windowTitle() == "Paiement"

    window.language_actions["en"].trigger()
    qtbot.wait(20)
    assert window.nav.items["till"].text(0) == "Till"
    dialog.close()
