"""Language and numbers as a shop reads them: Qt's own buttons in the user's language, codes
shown as words, a negative number keeping its sign on the left in Arabic, decimal fields
with the locale's separator, the Arabic dashboard laid out right, and exports whose amounts
a spreadsheet reads as numbers."""

from __future__ import annotations

import csv
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGraphicsScene,
    QGraphicsTextItem,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui import vocabulary
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.dashboard_view import DashboardView
from erp_desktop.ui.formatting import decimal_input, money, number, parse_decimal_input
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.payment_dialog import PaymentDialog
from erp_desktop.ui.reports_view import ReportsView
from erp_desktop.ui.stock_view import StockView
from scripts.translations_glossary import GLOSSARY
from tests.builders import Branch
from tests.ui.conftest import settle
from tests.ui.test_dashboard import morning

CANCEL = QDialogButtonBox.StandardButton.Cancel


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | CANCEL)
    return box.button(CANCEL).text()


def test_qt_own_buttons_speak_french_and_arabic(qapp: QApplication) -> None:
    languages = LanguageManager(qapp, "DZ")
    try:
        languages.switch("fr")
        assert _cancel_text() == "Annuler"
        languages.switch("ar")
        assert _cancel_text() == "ألغِ"  # Qt's own Arabic catalog (qtbase_ar.qm)
        languages.switch("en")
        assert _cancel_text() == "Cancel"
    finally:
        languages.switch("fr")


def test_a_decimal_field_takes_the_separator_of_the_language(qapp: QApplication) -> None:
    languages = LanguageManager(qapp, "DZ")
    window = QWidget()
    spin = QDoubleSpinBox(window)  # made before the switch, as in an open window
    spin.setMaximum(1000)
    spin.setValue(137.69)
    try:
        for language, shown in (("fr", "137,69"), ("ar", "137,69"), ("en", "137.69")):
            languages.switch(language)
            spin.setValue(0)
            spin.setValue(137.69)
            assert spin.text() == shown, language
            fresh = QDoubleSpinBox()
            fresh.setValue(1.5)
            assert fresh.text() == f"1{shown[3]}50", language
    finally:
        languages.switch("fr")
        window.deleteLater()


def test_an_edited_decimal_uses_the_locale_separator_and_reads_either() -> None:
    assert decimal_input(Decimal("137.69"), "fr_DZ") == "137,69"
    assert decimal_input(Decimal("137.69"), "ar_DZ") == "137,69"
    assert decimal_input(Decimal("137.69"), "en") == "137.69"
    for typed in ("137,69", "137.69", " 137,69 "):
        assert parse_decimal_input(typed, "fr_DZ") == Decimal("137.69")
    assert parse_decimal_input("abc", "fr_DZ") is None


def _visual_x(text: str, index: int) -> float:
    """Where Qt draws character ``index`` of ``text`` in a right-to-left paragraph."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000)
    layout.endLayout()
    return min(run.boundingRect().left() for run in layout.glyphRuns(index, 1))


@pytest.mark.parametrize(
    "shown",
    [
        number(Decimal("-544"), "ar_DZ"),
        money(Money.of(Decimal("-1234.5"), "DZD"), "ar_DZ"),
        money(Money.of(Decimal("-12.345"), "TND"), "ar_TN"),
    ],
)
def test_a_negative_number_keeps_its_sign_on_the_left_in_arabic(
    qapp: QApplication, shown: str
) -> None:
    text = "الفرق " + shown
    minus = text.index("-")
    assert _visual_x(text, minus) < _visual_x(text, minus + 1)  # "-544", not "544-"


def test_every_negative_figure_is_written_one_way_in_arabic() -> None:
    quantity = number(Decimal("-3"), "ar_DZ")
    amount = money(Money.of(Decimal("-3"), "DZD"), "ar_DZ")
    for shown in (quantity, amount):
        assert shown.startswith("\u2066-") and shown.endswith("\u2069")
        assert "\u200f" not in shown and "\u200e" not in shown
    assert number(Decimal("-3"), "fr_DZ") == "-3"  # French needs no isolate


def test_the_payment_hint_shows_amounts_like_the_rest_of_the_screen(
    qapp: QApplication, qtbot: QtBot
) -> None:
    dialog = PaymentDialog(Money.of(6940, "DZD"), "DZ", date(2026, 3, 10), Decimal("5"), "fr_DZ")
    qtbot.addWidget(dialog)
    dialog.cash.setText("100")
    hint = dialog.error.text().replace("\u00a0", " ").replace("\u202f", " ")
    assert "DZD" not in hint and "6940.00" not in hint, hint
    assert "100,00 DA" in hint, hint


def _sold(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, Money.of(Decimal(0), "DZD"))
    checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(branch.products[0], Decimal(2)),),
            (Tender(TenderKind.CARD, Money.of(Decimal(900), "DZD")),),
        ),
    )


class _ArabicUnits:
    """A catalog with the Arabic word for a piece, as the regenerated catalogs will have."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTranslator

        class Units(QTranslator):
            def translate(  # type: ignore[override]
                self, context: str, source: str, disambiguation: str | None = None, n: int = -1
            ) -> str:
                return "قطعة" if (context, source) == (vocabulary.CONTEXT, "pce") else ""

        self.translator = Units()


def test_stock_shows_words_not_codes(qtbot: QtBot, ctx: UiContext, branch: Branch) -> None:
    _sold(branch)
    ctx.actor = branch.actor("clerk")
    units = _ArabicUnits()
    QApplication.instance().installTranslator(units.translator)  # type: ignore[union-attr]
    try:
        ctx.languages.switch("ar")
        QApplication.instance().installTranslator(units.translator)  # type: ignore[union-attr]
        view = StockView(ctx)
        qtbot.addWidget(view)
        view.show()
        settle(qtbot, ctx)
        model = view.model
        model.data(model.index(0, 1))
        qtbot.waitUntil(lambda: model.row_at(0) is not None, timeout=5000)
        assert model.data(model.index(0, 2)) == "\u206698 قطعة\u2069"
        view.table.selectionModel().select(  # selectRow() selects nothing in RTL offscreen
            model.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        qtbot.waitUntil(lambda: view.history.rowCount() == 2, timeout=5000)
        documents = [r[4] for r in view.history.rows]
        assert "sale" not in documents
        assert vocabulary.document_kind("sale") in documents
        assert "\u2066-2\u2069" in [r[2] for r in view.history.rows]  # the sale, sign first
    finally:
        QApplication.instance().removeTranslator(units.translator)  # type: ignore[union-attr]


def test_every_word_of_the_vocabulary_has_french_and_arabic() -> None:
    source = Path(vocabulary.__file__).read_text(encoding="utf-8")
    words = set(re.findall(r'translate\("Vocabulary", "([^"]+)"\)', source))
    assert {"Sales ticket", "Credit note", "pce"} <= words
    reports = Path(ReportsView.__module__.replace(".", "/") + ".py").read_text(encoding="utf-8")
    words |= {w for w in ("Report", "Export the report") if w in reports}
    words |= {"CSV, numbers with a dot (*.csv)", "Excel workbook (*.xlsx)"}
    missing = {w for w in words if w not in GLOSSARY or not all(GLOSSARY[w])}
    assert not missing


def _ink(label: QLabel, origin: QWidget) -> tuple[int, int]:
    """The left and right ends of what is actually drawn in ``label``, in ``origin``'s frame."""
    image = label.grab().toImage()
    columns = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y).lightness() < 110 for y in range(image.height()))
    ]
    assert columns, label.text()
    offset = label.mapTo(origin, QPoint(0, 0)).x()
    ratio = image.width() / max(label.width(), 1)
    return offset + int(columns[0] / ratio), offset + int(columns[-1] / ratio)


def test_on_the_arabic_dashboard_each_value_sits_under_its_title(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    morning(branch)
    ctx.actor = branch.actor("manager")
    ctx.languages.switch("ar")
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    settle(qtbot, ctx)
    qtbot.wait(50)
    for key, value in view.kpis.items():
        title_right = _ink(view.kpi_titles[key], view)[1]
        value_right = _ink(value, view)[1]
        assert abs(title_right - value_right) <= 12, key  # both start on the right


def _scene_texts(scene: QGraphicsScene) -> list[str]:
    """The texts drawn in a chart's scene. Qt Charts draws its labels with private subclasses
    of QGraphicsTextItem, which PySide6 6.11 hands back from scene.items() as bare
    QGraphicsItems; the item's type() still says what it is, and as a QObject it is wrapped
    as the text item it is."""
    texts, text_item = [], QGraphicsTextItem().type()
    for item in scene.items():
        if item.type() == text_item:
            drawn = item.toGraphicsObject()  # a QObject: its wrapper is its real class
            if isinstance(drawn, QGraphicsTextItem):
                texts.append(drawn.toPlainText())
    return texts


def test_the_dashboard_chart_labels_are_not_elided(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    morning(branch)
    ctx.actor = branch.actor("manager")
    ctx.languages.switch("ar")
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.resize(760, 560)
    view.show()
    settle(qtbot, ctx)
    qtbot.wait(50)
    for chart_view in (view.hours, view.days):
        texts = _scene_texts(chart_view.scene())
        assert "08" in texts or "10/03" in texts
        assert not [t for t in texts if "…" in t or "..." in t], texts


def _books(qtbot: QtBot, ctx: UiContext, branch: Branch, language: str) -> ReportsView:
    _sold(branch)
    ctx.actor = branch.actor("accountant")
    ctx.languages.switch(language)
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot, ctx)
    return view


def test_the_csv_export_writes_amounts_as_plain_numbers(
    qtbot: QtBot, ctx: UiContext, branch: Branch, tmp_path: Path
) -> None:
    view = _books(qtbot, ctx, branch, "ar")
    view.write_csv(tmp_path / "tb.csv")
    raw = (tmp_path / "tb.csv").read_text(encoding="utf-8-sig")
    assert not set(raw) & set("\u200e\u200f\u2066\u2067\u2068\u2069\u00a0\u202f")
    with (tmp_path / "tb.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    sales = next(r for r in rows if r[0] == "700")
    assert Decimal(sales[3]) == Decimal("756.30")
    total = rows[-1]
    assert Decimal(total[2]) == Decimal(total[3]) > 0


def test_the_books_export_to_an_excel_workbook_with_numeric_amounts(
    qtbot: QtBot, ctx: UiContext, branch: Branch, tmp_path: Path
) -> None:
    view = _books(qtbot, ctx, branch, "fr")
    view.write_xlsx(tmp_path / "tb.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "tb.xlsx").active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Compte", "Libellé", "Débit", "Crédit")
    sales = next(r for r in rows if r[0] == "700")
    assert isinstance(sales[3], (int, float)) and Decimal(str(sales[3])) == Decimal("756.3")


def test_the_export_is_named_after_the_report_in_the_language(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    view = _books(qtbot, ctx, branch, "fr")
    name = view.export_name()
    assert "report" not in name.lower()
    assert name.startswith(view.kind.currentText())
