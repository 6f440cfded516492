"""The customer-facing display: a second window, full screen on a second screen when the
till has one (a pole display or a small monitor turned to the customer), in the customer's
language whatever the cashier's: the article just scanned with its price, the total, and
after payment what was handed over and the change, then a thank-you until the next scan.

It only listens to the till (``PosView``'s signals): nothing is read from the replica, so
the display can never slow a scan down. Its language is the register's choice (Ctrl+Shift+D
at the till goes round Arabic, French, English), kept in the PC's settings with the
printers; Arabic lays it out right to left even when the cashier works in French."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QRect, QSettings, Qt, QTranslator
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from erp_desktop.kernel.money import Money
from erp_desktop.ui.formatting import local_name, money, number
from erp_desktop.ui.i18n import LANGUAGES, TRANSLATIONS

if TYPE_CHECKING:
    from erp_desktop.ui.pos_view import PosView

CONTEXT = "CustomerDisplay"
WINDOWED = (800, 480)
LANGUAGE_NAMES = {
    "ar": "العربية",
    "fr": "Français",
    "en": "English",
}  # without a second screen: a window the size of a small monitor


def _marked_for_translation() -> None:  # pragma: no cover - read by lupdate, never run
    """The display's words, for lupdate: they are translated into the customer's language
    with the display's own catalog (``CustomerDisplay.words``), not the cashier's."""
    for _ in (
        QCoreApplication.translate("CustomerDisplay", "Welcome"),
        QCoreApplication.translate("CustomerDisplay", "Total"),
        QCoreApplication.translate("CustomerDisplay", "Paid"),
        QCoreApplication.translate("CustomerDisplay", "Your change"),
        QCoreApplication.translate("CustomerDisplay", "Thank you, see you soon"),
    ):
        pass


class Screen(Protocol):
    def geometry(self) -> QRect: ...


def second_screen(screens: Sequence[Screen], till_screen: object) -> Screen | None:
    """The screen to show the customer: any screen but the cashier's, if there is one."""
    return next((s for s in screens if s is not till_screen and s != till_screen), None)


def display_language(register: str) -> str:
    value = str(QSettings().value(f"display/{register}/language") or "ar")
    return value if value in LANGUAGES else "ar"


def set_display_language(register: str, language: str) -> None:
    QSettings().setValue(f"display/{register}/language", language)


class CustomerDisplay(QWidget):
    def __init__(self, country: str, language: str = "ar", till: QWidget | None = None) -> None:
        # A window of its own, owned by the till: it goes with the till's window.
        super().__init__(till.window() if till else None, Qt.WindowType.Window)
        self.setObjectName("customer_display")
        self.country = country
        self.translator = QTranslator(self)
        self.language = ""
        self.setStyleSheet("background: #102027; color: white;")
        self.line = self._label("display_line", 22)
        self.line.setWordWrap(True)
        self.caption = self._label("display_caption", 20)
        self.amount = self._label("display_amount", 54, bold=True)
        self.detail = self._label("display_detail", 20)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(30, 24, 30, 24)
        layout.addWidget(self.line, 2)
        layout.addWidget(self.caption)
        layout.addWidget(self.amount, 3)
        layout.addWidget(self.detail, 1)
        self.set_language(language)

    def _label(self, name: str, points: float, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(label.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        label.setFont(font)
        return label

    # --- language -------------------------------------------------------------------------
    @property
    def money_locale(self) -> str:
        return "en" if self.language == "en" else f"{self.language}_{self.country}"

    def words(self, source: str) -> str:
        """``source`` in the customer's language (English until its catalog has it)."""
        return self.translator.translate(CONTEXT, source) or source

    def set_language(self, language: str) -> None:
        self.language = language
        self.translator = QTranslator(self)
        self.translator.load(str(TRANSLATIONS / f"erp_desktop_{language}.qm"))
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
        )
        self.welcome()

    # --- what the till shows the customer -----------------------------------------------
    def welcome(self) -> None:
        self.line.setText(self.words("Welcome"))
        self.caption.clear()
        self.amount.clear()
        self.detail.clear()

    def show_line(self, name: str, name_ar: str, quantity: Decimal, amount: Money) -> None:
        """The article just scanned: its name in the customer's language and what its line
        costs (tax included, as quoted), with the quantity when more than one."""
        shown = local_name(name, name_ar, self.language)
        price = money(amount, self.money_locale)
        times = f"{number(quantity, self.money_locale)} × " if quantity != 1 else ""
        self.line.setText(f"{shown}\n{times}{price}")

    def show_total(self, total: Money | None) -> None:
        if total is None:
            self.welcome()
            return
        self.caption.setText(self.words("Total"))
        self.amount.setText(money(total, self.money_locale))
        self.detail.clear()

    def show_change(self, paid: Money, change: Money) -> None:
        """After payment: the change in big, what was handed over under it."""
        self.line.setText(self.words("Thank you, see you soon"))
        self.caption.setText(self.words("Your change"))
        self.amount.setText(money(change, self.money_locale))
        self.detail.setText(f"{self.words('Paid')} {money(paid, self.money_locale)}")

    # --- where it shows ---------------------------------------------------------------------
    def show_for(self, till: QWidget) -> None:
        """Full screen on a screen that is not the cashier's, else a window beside."""
        target = second_screen(QGuiApplication.screens(), till.screen())
        if target is not None:
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.resize(*WINDOWED)
            self.show()


def toggle_display(till: PosView) -> None:
    """The till's display opened (on a second screen if there is one, showing the ticket as
    it is at once, then following the till's signals) or closed."""
    if till.customer_display is not None:
        till.customer_display.close()
        till.customer_display.deleteLater()
        till.customer_display = None
        return
    display = CustomerDisplay(till.country, display_language(till.register_code), till)
    till.line_quoted.connect(lambda p, q, amount: display.show_line(p.name, p.name_ar, q, amount))
    till.total_shown.connect(display.show_total)
    till.sale_paid.connect(display.show_change)
    display.show_total(till.quoted.gross if till.quoted else None)
    display.show_for(till)
    till.customer_display = display
    till.ready()


def next_display_language(till: PosView) -> None:
    """Arabic, French, English in turn, kept for the till's register; said in its status
    line (the till's words: translation context "PosView")."""
    language = {"ar": "fr", "fr": "en", "en": "ar"}[display_language(till.register_code)]
    set_display_language(till.register_code, language)
    if till.customer_display is not None:
        till.customer_display.set_language(language)
        till.customer_display.show_total(till.quoted.gross if till.quoted else None)
    said = QCoreApplication.translate("PosView", "Customer display: %1")
    till.say(said.replace("%1", LANGUAGE_NAMES[language]))
