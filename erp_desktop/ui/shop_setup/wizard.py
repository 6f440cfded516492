"""Setting up a shop that runs alone: four pages (the company and the shop, the first
users, the products, the check), then the replica is founded on a worker thread and the
shop sells at once. Every problem is shown on the last page, in the user's language with
its code, before anything is written."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget, QWizard, QWizardPage

from erp_desktop.app.shop_setup.plan import ShopSetup, check_shop
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.tax.catalog import TaxCatalog
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.messages import message
from erp_desktop.ui.shop_setup.company_page import CompanyPage
from erp_desktop.ui.shop_setup.people_page import PeoplePage
from erp_desktop.ui.shop_setup.products_page import ProductsPage
from erp_desktop.ui.tasks import TaskRunner


class CheckPage(QWizardPage):
    """What is still wrong, or that the shop is ready; Finish founds it."""

    def __init__(self, wizard: ShopSetupWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.summary = QLabel()
        self.summary.setObjectName("setup_summary")
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("setup_problems")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        self.setFinalPage(True)
        self.setTitle(self.tr("Check and set up"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setTitle(self.tr("Check and set up"))
        super().changeEvent(event)

    def initializePage(self) -> None:
        self.owner.check()

    def validatePage(self) -> bool:
        return self.owner.found()


class ShopSetupWizard(QWizard):
    def __init__(
        self,
        languages: LanguageManager,
        taxes: TaxCatalog,
        set_up: Callable[[ShopSetup], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shop_setup")
        self.languages, self.taxes, self.set_up = languages, taxes, set_up
        self.worker = TaskRunner("shop-setup", self)
        self.founded = False
        self.company = CompanyPage(taxes)
        self.people = PeoplePage()
        self.products = ProductsPage(self.worker, lambda: self.languages.language, self._context)
        self.check_page = CheckPage(self)
        for page in (self.company, self.people, self.products, self.check_page):
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setWindowTitle(self.tr("Set up this shop"))
        self.resize(760, 560)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Set up this shop"))
        super().changeEvent(event)

    def _context(self) -> tuple[str, frozenset[str]]:
        country = str(self.company.country.currentData())
        return str(self.company.currency.currentData()), self.taxes.tax_classes(country)

    def setup(self) -> tuple[ShopSetup, list[str]]:
        """What the pages say, and the problems of the typed products (by line)."""
        stock: dict[str, tuple[Decimal, Decimal]] = {}
        products, line_problems = self.products.products(stock)
        self.products.show_problems(line_problems)
        c = self.company
        setup = ShopSetup(
            company_name=c.company_name.text(),
            company_name_ar=c.company_name_ar.text(),
            country=str(c.country.currentData()),
            currency=str(c.currency.currentData()),
            legal_ids=c.legal_ids(),
            address=c.address.text(),
            phone=c.phone.text(),
            shop_code=c.shop_code.text(),
            shop_name=c.shop_name.text(),
            shop_name_ar=c.shop_name_ar.text(),
            register_code=c.register_code.text(),
            people=tuple(self.people.people),
            products=tuple(products),
            opening_stock=tuple((sku, q, c) for sku, (q, c) in stock.items()),
        )
        shown = [
            self.products.problems.item(i).text() for i in range(self.products.problems.count())
        ]
        return setup, shown

    def _said(self, error: ErpError) -> str:
        """The error in the user's language, a field named as its page labels it."""
        c, p = self.company, self.people
        labels = {
            "company_name": c.labels[0],
            "address": c.labels[4],
            "shop_code": c.labels[6],
            "shop_name": c.labels[7],
            "register_code": c.labels[9],
            "username": p.labels[0],
            "role": p.labels[4],
        }
        field = error.params.get("field")
        if isinstance(field, str) and field in labels:
            error = type(error)(error.code, **{**error.params, "field": labels[field].text()})
        return f"{message(error, self.languages.language)} ({error.code})"

    def check(self) -> list[str]:
        """Every problem, shown on the last page (empty: ready to set up)."""
        setup, problems = self.setup()
        problems = [self._said(p) for p in check_shop(setup, self.taxes)] + problems
        page = self.check_page
        page.problems.clear()
        page.problems.addItems(problems)
        if problems:
            page.summary.setText(self.tr("Fix these before setting up the shop:"))
        else:
            page.summary.setText(
                self.tr(
                    "Ready: %1 users, %2 products. Finish sets up the shop; then log in and sell."
                )
                .replace("%1", str(len(setup.people)))
                .replace("%2", str(len(setup.products)))
            )
        return problems

    def found(self) -> bool:
        """Founds the shop on the worker (Finish is refused meanwhile); the wizard closes
        accepted once the replica is there."""
        if self.founded:
            return True
        if self.check():
            return False
        setup, _ = self.setup()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.check_page.summary.setText(self.tr("Setting up the shop…"))
        self.worker.submit(lambda: self.set_up(setup), self._founded, self._failed)
        return False

    def _founded(self, _result: object) -> None:
        self.founded = True
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        said = self._said(error) if isinstance(error, ErpError) else str(error)
        self.check_page.summary.setText(said)

    def done(self, result: int) -> None:
        # Finish asks the last page (found) first: the wizard closes only once founded.
        if getattr(result, "value", result) == 1 and not self.validateCurrentPage():
            return
        self.worker.shutdown()
        super().done(result)
