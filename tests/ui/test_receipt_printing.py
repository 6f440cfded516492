"""The till prints what it sells: the receipt after each sale on the register's receipt
printer (a PDF printer here, read back), the credit note after a return, a thermal ESC/POS
printer spoken to directly over the network or through a device file with the receipt as a
raster image, the cash drawer kicked on cash payments; a printer that does not answer is
said on screen and the sale stays recorded."""

from __future__ import annotations

import io
import socket
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.printing.escpos_raster import INITIALIZE, RASTER
from erp_desktop.printing.formatting import amount
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.pos_view import PosView
from erp_desktop.ui.printers import RECEIPT, chosen_printer, set_printer, thermal_setting
from erp_desktop.ui.return_dialog import ReturnDialog
from tests.builders import Branch
from tests.ui.conftest import on_next_dialog, settle
from tests.ui.test_returns_and_approval import till

DRAWER_KICK = b"\x1bp"  # ESC p
CUT = b"\x1bd\x06\x1dV\x00"  # feed six lines (ESC d 6), then a full cut (GS V 0)


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[None]:
    """The printer settings of these tests live in a temporary folder, not the user's."""
    scope, ini = QSettings.Scope.UserScope, QSettings.Format.IniFormat
    QSettings.setPath(ini, scope, str(tmp_path / "settings"))
    yield
    QSettings().remove("printers")
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(ini, scope, default)


def flat(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def pdf_text(path: Path) -> str:
    return flat("".join(page.extract_text() for page in PdfReader(path).pages))


def sell_water(qtbot: QtBot, pos: PosView, branch: Branch, tender: Tender) -> str:
    qtbot.keyClicks(pos.scan_field, branch.barcodes[7])  # water 45
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_Return)
    settle(qtbot, pos.ctx)
    pos.last_receipt = None
    pos.submit_payment((tender,))
    qtbot.waitUntil(lambda: pos.last_receipt is not None, timeout=5000)
    assert pos.last_receipt is not None
    return pos.last_receipt.stem


def cash(value: int) -> Tender:
    return Tender(TenderKind.CASH, Money.of(Decimal(value), "DZD"))


def test_a_receipt_is_printed_after_a_sale_to_the_configured_printer(
    qtbot: QtBot, ctx: UiContext, branch: Branch, tmp_path: Path
) -> None:
    pos = till(qtbot, ctx, branch)
    assert pos.register_code
    set_printer(pos.register_code, RECEIPT, f"pdf:{tmp_path / 'printed'}")
    number = sell_water(qtbot, pos, branch, cash(50))
    qtbot.waitUntil(lambda: pos.last_printed is not None, timeout=10000)
    printed = tmp_path / "printed" / f"{number}.pdf"
    assert pos.last_printed == pos.last_receipt and printed.exists()
    with branch.deps.store.read() as tx:
        sale = tx.sales.sale_by_number(number)
    assert sale is not None
    text = pdf_text(printed)
    assert number in text
    assert flat(amount(sale.total)) in text and sale.total.to_minor() == 4500


def test_without_a_printer_the_receipt_is_only_saved(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    pos = till(qtbot, ctx, branch)
    sell_water(qtbot, pos, branch, cash(50))
    settle(qtbot, ctx)
    qtbot.wait(200)
    assert pos.last_printed is None and pos.last_receipt is not None


def test_a_printer_that_does_not_answer_is_said_and_the_sale_is_kept(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    pos = till(qtbot, ctx, branch)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    set_printer(pos.register_code, RECEIPT, f"escpos+tcp://127.0.0.1:{port}")
    number = sell_water(qtbot, pos, branch, cash(50))
    qtbot.waitUntil(lambda: "ne répond pas" in pos.status.text(), timeout=10000)
    assert pos.last_receipt is not None and str(pos.last_receipt) in pos.status.text()
    assert pos.last_printed is None
    with branch.deps.store.read() as tx:
        assert tx.sales.sale_by_number(number) is not None
    assert not pos.cart.entries  # the till is ready for the next customer


def test_the_credit_note_is_printed_after_a_return(
    qtbot: QtBot, ctx: UiContext, branch: Branch, tmp_path: Path
) -> None:
    pos = till(qtbot, ctx, branch)
    set_printer(pos.register_code, RECEIPT, f"pdf:{tmp_path / 'printed'}")
    number = sell_water(qtbot, pos, branch, cash(50))
    qtbot.waitUntil(lambda: pos.last_printed is not None, timeout=10000)
    pos.last_printed = None
    failures: list[BaseException] = []

    def give_the_water_back(dialog: QDialog) -> None:
        assert isinstance(dialog, ReturnDialog)
        field = dialog.findChild(QLineEdit, "receipt_number")
        qtbot.keyClicks(field, number)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.sale is not None, timeout=5000)
        dialog.spins[0][1].setValue(1)
        dialog.accept()

    on_next_dialog(give_the_water_back, failures)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_F10)
    settle(qtbot, ctx)
    if failures:
        raise failures[0]
    qtbot.waitUntil(lambda: pos.last_printed is not None, timeout=10000)
    credit = pos.last_return
    assert credit is not None and credit.kind == "credit_note"
    assert pos.last_printed == pos.last_credit_note
    text = pdf_text(tmp_path / "printed" / f"{credit.number}.pdf")
    assert credit.number in text and flat(amount(credit.total)) in text


class ThermalPrinter:
    """A network receipt printer on localhost: keeps every byte it is sent."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received = io.BytesIO()
        self.done = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        connection, _ = self.server.accept()
        with connection:
            while chunk := connection.recv(65536):
                self.received.write(chunk)
        self.done.set()

    def close(self) -> None:
        self.server.close()


def test_a_network_thermal_printer_gets_the_receipt_as_raster_and_opens_the_drawer_for_cash(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    printer = ThermalPrinter()
    try:
        pos = till(qtbot, ctx, branch)
        set_printer(pos.register_code, RECEIPT, f"escpos+tcp://127.0.0.1:{printer.port}")
        sell_water(qtbot, pos, branch, cash(50))
        assert printer.done.wait(15)
        qtbot.waitUntil(lambda: pos.last_printed is not None, timeout=10000)
    finally:
        printer.close()
    job = printer.received.getvalue()
    assert job.startswith(INITIALIZE + DRAWER_KICK)  # ESC @, then ESC p m t1 t2
    raster = job.index(RASTER)  # GS v 0 m xL xH yL yH: 576 dots = 72 bytes a row
    assert job[raster + 4 : raster + 6] == (72).to_bytes(2, "little")
    rows = int.from_bytes(job[raster + 6 : raster + 8], "little")
    assert rows > 100 and len(job) > raster + 8 + 72 * rows
    assert job.endswith(CUT)


def test_a_usb_thermal_printer_as_a_device_file_gets_no_drawer_kick_for_a_card(
    qtbot: QtBot, ctx: UiContext, branch: Branch, tmp_path: Path
) -> None:
    device = tmp_path / "lp0"
    device.touch()
    pos = till(qtbot, ctx, branch)
    set_printer(pos.register_code, RECEIPT, f"escpos:{device}")
    sell_water(qtbot, pos, branch, Tender(TenderKind.CARD, Money.of(Decimal(45), "DZD")))
    qtbot.waitUntil(lambda: pos.last_printed is not None, timeout=10000)
    job = device.read_bytes()
    assert job.startswith(INITIALIZE + RASTER)  # no ESC p before the receipt
    assert job.endswith(CUT)


def test_the_session_menu_sets_a_network_thermal_printer_for_the_register(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    pos = till(qtbot, ctx, branch)
    window = pos.window()
    assert isinstance(window, MainWindow)
    failures: list[BaseException] = []

    def type_the_address(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("192.168.1.50")
        dialog.accept()

    on_next_dialog(type_the_address, failures)
    window.thermal_action.trigger()
    if failures:
        raise failures[0]
    assert chosen_printer(pos.register_code, RECEIPT) == "escpos+tcp://192.168.1.50"


@pytest.mark.parametrize(
    ("typed", "setting"),
    [
        ("192.168.1.50", "escpos+tcp://192.168.1.50"),
        (" printer.local:9101 ", "escpos+tcp://printer.local:9101"),
        ("/dev/usb/lp0", "escpos:/dev/usb/lp0"),
        ("COM3", "escpos:COM3"),
    ],
)
def test_what_the_user_types_names_a_network_or_a_device_printer(typed: str, setting: str) -> None:
    assert thermal_setting(typed) == setting


def test_a_network_printer_without_a_port_is_reached_on_9100(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from erp_desktop.printing import escpos_raster
    from erp_desktop.ui.printers import send_receipt

    reached: list[tuple[str, int]] = []
    monkeypatch.setattr(escpos_raster, "escpos_job", lambda pdf, open_drawer: b"job")
    monkeypatch.setattr(
        escpos_raster, "send_to_network", lambda data, host, port: reached.append((host, port))
    )
    send_receipt(b"%PDF", "R1", "escpos+tcp://192.168.1.50")
    send_receipt(b"%PDF", "R1", "escpos+tcp://192.168.1.51:9101")
    assert reached == [("192.168.1.50", 9100), ("192.168.1.51", 9101)]
