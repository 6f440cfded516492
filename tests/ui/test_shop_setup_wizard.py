"""The first-run wizard's third way, with real widgets: the owner types the company (the
identifiers the country asks for), the users, imports products from a workbook (a bad file
imports nothing and names its lines), sees every problem before anything is written, then
Finish founds the shop on the worker and its cashier logs in with her PIN."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from erp_desktop.app.auth import log_in_with_pin
from erp_desktop.app.shop_setup.product_file import write_template
from erp_desktop.bootstrap import open_branch, replica_path, set_up_shop
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.tax.catalog import default_catalog
from erp_desktop.ui.first_run import FirstRunDialog
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.shop_setup.wizard import ShopSetupWizard


def refuse(url: str, token: str) -> None:
    raise ErpError("sync.offline", url=url)


def fill_people(qtbot: QtBot, wizard: ShopSetupWizard) -> None:
    people = wizard.people
    for username, name, password, pin, role in (
        ("karim", "Karim Ben Ali", "secret-owner", "4321", "owner"),
        ("nadia", "Nadia Saadi", "secret-cash", "1357", "cashier"),
    ):
        qtbot.keyClicks(people.username, username)
        qtbot.keyClicks(people.full_name, name)
        qtbot.keyClicks(people.password, password)
        qtbot.keyClicks(people.pin, pin)
        people.role.setCurrentIndex(people.role.findData(role))
        qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    assert people.table.rowCount() == 2


def test_the_country_decides_the_identifiers_and_the_currency(
    qtbot: QtBot, qapp: QApplication
) -> None:
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    wizard = ShopSetupWizard(languages, default_catalog(), lambda _s: None)
    qtbot.addWidget(wizard)
    wizard.show()  # closed at the end (rejected), its worker stops
    page = wizard.company
    assert set(page.ids) == {"rc", "nif", "nis", "ai"}
    assert page.currency.currentData() == "DZD"
    page.country.setCurrentIndex(page.country.findData("MA"))
    assert set(page.ids) == {"ice", "if", "rc"}
    assert page.currency.currentData() == "MAD"
    page.country.setCurrentIndex(page.country.findData("TN"))
    assert (set(page.ids), page.currency.currentData()) == ({"matricule_fiscal", "rc"}, "TND")


def test_a_bad_product_file_imports_nothing_and_names_each_bad_line(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    wizard = ShopSetupWizard(languages, default_catalog(), lambda _s: None)
    qtbot.addWidget(wizard)
    wizard.show()  # closed at the end (rejected), its worker stops
    page = wizard.products
    bad = tmp_path / "bad.csv"
    bad.write_text("sku,name,price,tax_class\nA,Alpha,12,standard\nB,Beta,x,standard\n")
    page.import_file(bad)
    qtbot.waitUntil(lambda: page.problems.count() == 1, timeout=5000)
    assert (
        page.problems.item(0)
        .text()
        .endswith("Valeur invalide pour price : x. (common.invalid_value)")
    )
    assert "3" in page.problems.item(0).text()
    assert page.table.rowCount() == 0
    page.import_file(write_template(tmp_path / "products.xlsx"))
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5000)
    assert page.problems.count() == 0
    assert page.table.item(0, 0).text() == "LAIT-1L"


def test_the_shop_is_set_up_from_the_first_run_dialog_and_sells_at_once(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    shop = tmp_path / "shop"
    dialog = FirstRunDialog(languages, lambda: None, refuse, lambda setup: set_up_shop(shop, setup))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.alone_button.isVisible()
    qtbot.mouseClick(dialog.alone_button, Qt.MouseButton.LeftButton)
    wizard = dialog.setup_wizard
    assert wizard is not None
    company = wizard.company
    qtbot.keyClicks(company.company_name, "Épicerie Ben Ali")
    qtbot.keyClicks(company.ids["nif"], "12345")  # too short: refused on the last page
    qtbot.keyClicks(company.address, "3 rue Larbi Ben M'hidi, Blida")
    qtbot.keyClicks(company.shop_code, "BLI01")
    qtbot.keyClicks(company.shop_name, "Blida centre")
    wizard.next()
    fill_people(qtbot, wizard)
    wizard.next()
    wizard.products.import_file(write_template(tmp_path / "products.csv"))
    qtbot.waitUntil(lambda: wizard.products.table.rowCount() == 2, timeout=5000)
    qtbot.mouseClick(wizard.products.add_button, Qt.MouseButton.LeftButton)
    for column, text in enumerate(("HARISSA", "Harissa 135 g", "", "pce", "185", "standard")):
        wizard.products.table.item(2, column).setText(text)
    wizard.next()
    problems = wizard.check_page.problems
    assert [problems.item(i).text() for i in range(problems.count())] == [
        "12345 n'est pas un nif valide pour DZ. (receivables.invalid_legal_id)"
    ]
    wizard.accept()  # Finish: refused while a problem remains
    assert not replica_path(shop).exists() and wizard.isVisible()
    wizard.back()
    wizard.back()
    wizard.back()
    company.ids["nif"].setText("000116001234567")
    for _ in range(3):
        wizard.next()
    assert problems.count() == 0
    wizard.accept()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
    branch = open_branch(shop)
    try:
        with branch.deps.store.read() as tx:
            assert tx.catalog.product_by_sku("HARISSA") is not None
            assert tx.org.local_branch().kind == "standalone"
        assert log_in_with_pin(branch.deps, "1357").username == "nadia"
    finally:
        branch.close()
