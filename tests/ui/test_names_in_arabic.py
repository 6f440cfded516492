"""In the Arabic UI, customers and the lines of a return show their Arabic names, like the
cart does (the French name when a record has no Arabic one)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from erp_desktop.app.customers import save_customer
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.customer_dialog import CustomerDialog
from erp_desktop.ui.formatting import local_name
from erp_desktop.ui.return_dialog import ReturnDialog
from erp_desktop.ui.till_documents import write_receipt
from tests.builders import PRODUCTS, Branch
from tests.printing.test_receipt_names import reading_order, text_lines
from tests.ui.conftest import settle


def test_a_name_falls_back_to_french_when_there_is_no_arabic_one() -> None:
    assert local_name("Café", "قهوة", "ar") == "قهوة"
    assert local_name("Café", "", "ar") == "Café"
    assert local_name("Café", "قهوة", "fr") == "Café"
    assert local_name("", "قهوة", "fr") == "قهوة"


def test_the_arabic_customer_search_shows_the_arabic_name(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    ctx.actor = branch.actor("cashier")
    save_customer(branch.deps, ctx.actor, None, name="Mme Benali", name_ar="السيدة بن علي")
    save_customer(branch.deps, ctx.actor, None, name="M. Bensaid", name_ar="")
    ctx.languages.switch("ar")
    dialog = CustomerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.query, "Ben")
    qtbot.waitUntil(lambda: dialog.results.count() == 2, timeout=5000)
    shown = sorted(dialog.results.item(i).text() for i in range(2))
    assert shown == ["M. Bensaid", "السيدة بن علي"]


def test_the_arabic_return_dialog_lists_the_lines_by_their_arabic_names(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    ctx.actor = branch.actor("cashier")
    open_cash_session(branch.deps, ctx.actor, Money.of(Decimal(0), "DZD"))
    sold = checkout(
        branch.deps,
        ctx.actor,
        CheckoutRequest(
            (CartLine(branch.products[0], Decimal(2)), CartLine(branch.products[1], Decimal(1))),
            (Tender(TenderKind.CASH, Money.of(Decimal(1100), "DZD")),),
        ),
    ).sale
    ctx.languages.switch("ar")
    dialog = ReturnDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.number.setText(sold.number)
    dialog.look_up()
    qtbot.waitUntil(lambda: dialog.sale is not None, timeout=5000)
    settle(qtbot, ctx)

    def article(row: int) -> str:
        item = dialog.lines.item(row, 0)
        assert isinstance(item, QTableWidgetItem)
        return item.text()

    assert [article(0), article(1)] == [PRODUCTS[0][1], PRODUCTS[1][1]]


def test_the_receipt_of_a_till_sale_prints_both_names_of_each_product(
    branch: Branch, tmp_path: Path
) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, Money.of(Decimal(0), "DZD"))
    sold = checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(branch.products[0], Decimal(1)), CartLine(branch.products[9], Decimal(1))),
            (Tender(TenderKind.CASH, Money.of(Decimal(1400), "DZD")),),
        ),
    ).sale
    path = write_receipt(branch.deps, cashier, sold.number, tmp_path / "receipts")
    lines = text_lines(path.read_bytes())
    for name, name_ar, *_rest in (PRODUCTS[0], PRODUCTS[9]):
        french = lines.index(name)
        assert reading_order(lines[french + 1]) == name_ar  # the Arabic name, under the French
