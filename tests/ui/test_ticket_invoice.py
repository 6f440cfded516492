"""Ctrl+I at the till: the A4 invoice of a ticket on the customer's request, from the stored
sale through the invoice renderer (PDF read back): the customer and their tax identifier,
each line before VAT, the VAT per rate, the stamp duty, the settlement net of the change,
printed on the register's A4 printer when one is chosen."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from erp_desktop.app.customers import save_customer
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.pos_view import PosView
from erp_desktop.ui.printers import A4_DOCUMENT, set_printer
from tests.builders import Branch
from tests.ui.conftest import on_next_dialog, settle
from tests.ui.test_touch_till import open_till


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[None]:
    scope = QSettings.Scope.UserScope
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, scope, str(tmp_path / "settings"))
    yield
    QSettings().remove("printers")
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, scope, default)


def with_mentions(branch: Branch) -> None:
    """What an Algerian invoice must say of its seller (décret exécutif 05-468 art. 3)."""
    with branch.replica.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE company SET legal_form = 'SARL', legal_form_ar = 'ش.ذ.م.م', "
                "activity = 'Commerce de détail', activity_ar = 'تجارة التجزئة', "
                "address = '12 rue Didouche Mourad, Alger', address_ar = 'الجزائر'"
            )
        )


def flat(path: Path) -> str:
    pages = "".join(page.extract_text() for page in PdfReader(path).pages)
    return pages.replace("\u00a0", " ").replace("\u202f", " ")


def sell(qtbot: QtBot, pos: PosView, codes: list[str], cash: int) -> str:
    for code in codes:
        qtbot.keyClicks(pos.scan_field, code)
        qtbot.keyClick(pos.scan_field, Qt.Key.Key_Return)
        settle(qtbot, pos.ctx)
    pos.submit_payment((Tender(TenderKind.CASH, Money.of(Decimal(cash), "DZD")),))
    qtbot.waitUntil(lambda: pos.last_receipt is not None, timeout=8000)
    settle(qtbot, pos.ctx)
    assert pos.last_receipt is not None
    return pos.last_receipt.stem


def ask_invoice(qtbot: QtBot, pos: PosView, number: str | None = None, named: str = "") -> None:
    failures: list[BaseException] = []

    def answer(dialog: QDialog) -> None:
        if number is not None:
            dialog.findChild(QLineEdit, "ticket_number").setText(number)
        dialog.findChild(QLineEdit, "invoice_customer").setText(named)
        dialog.accept()

    pos.last_invoice = None
    on_next_dialog(answer, failures)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, pos.ctx, 200)
    if failures:
        raise failures[0]


def test_the_customer_of_the_ticket_gets_an_a4_invoice_with_their_tax_identifier(
    qtbot: QtBot, ctx: UiContext, branch: Branch, tmp_path: Path
) -> None:
    with_mentions(branch)
    set_printer("ALG01-C1", A4_DOCUMENT, f"pdf:{tmp_path / 'a4'}")
    pos = open_till(qtbot, ctx, branch, (1024, 768))
    assert ctx.actor is not None
    manager = branch.actor("manager")
    atlas = save_customer(
        branch.deps, manager, None, name="SARL Atlas Distribution", tax_id="001916098765432"
    )[0]
    pos.set_customer(atlas)
    # 2 coffees (450, standard VAT) and a milk (120, reduced), paid 2 000 in cash
    number = sell(qtbot, pos, ["2*" + branch.barcodes[0], branch.barcodes[1]], 2000)
    ask_invoice(qtbot, pos)
    qtbot.waitUntil(lambda: pos.last_invoice is not None, timeout=8000)
    assert pos.last_invoice is not None
    shown = flat(pos.last_invoice)
    assert f"FACTURE N° {number}" in shown
    assert "SARL Atlas Distribution" in shown and "001916098765432" in shown
    assert "Café moulu 250 g" in shown and "Lait UHT 1 L" in shown
    with branch.deps.store.read() as tx:
        sale = tx.sales.sale_by_number(number)
    assert sale is not None
    ht = sum((ln.base for ln in sale.lines), Money.zero("DZD"))
    vat = sum((ln.vat for ln in sale.lines), Money.zero("DZD"))
    assert f"{ht.amount:,.2f}".replace(",", " ").replace(".", ",") in shown  # 900 / 1.19 ...
    assert (
        f"{(ht + vat + sale.stamp_duty).amount:,.2f}".replace(",", " ").replace(".", ",") in shown
    )
    total = f"{(ht + vat + sale.stamp_duty).amount:,.2f}".replace(",", " ").replace(".", ",")
    assert f"Espèces {total} DZD" in shown  # settled in cash: the total, not the 2 000 given
    if not sale.rounding.is_zero():  # the 5 DA coin: handed over less the change and this
        assert "arrondi de caisse" in shown
    qtbot.waitUntil(lambda: (tmp_path / "a4" / f"facture-{number}.pdf").exists(), timeout=8000)


def test_a_ticket_without_a_customer_is_invoiced_to_the_name_typed(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    with_mentions(branch)
    pos = open_till(qtbot, ctx, branch, (1024, 768))
    first = sell(qtbot, pos, [branch.barcodes[7]], 100)
    sell(qtbot, pos, [branch.barcodes[1]], 200)
    ask_invoice(qtbot, pos, first, "Entreprise Benali")  # an earlier ticket, by its number
    qtbot.waitUntil(lambda: pos.last_invoice is not None, timeout=8000)
    assert pos.last_invoice is not None
    shown = flat(pos.last_invoice)
    assert f"N° {first}" in shown and "Entreprise Benali" in shown
    assert "Eau minérale" in shown and "Lait UHT" not in shown


def test_an_unknown_ticket_or_a_company_without_its_mentions_is_said(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    pos = open_till(qtbot, ctx, branch, (1024, 768))
    number = sell(qtbot, pos, [branch.barcodes[7]], 100)
    ask_invoice(qtbot, pos)  # the company has no legal form nor activity yet
    assert pos.last_invoice is None
    assert pos.status.text(), "the missing mentions are said"
    with_mentions(branch)
    ask_invoice(qtbot, pos, number.replace("000001", "000099"))
    assert pos.last_invoice is None and "000099" in pos.status.text()
