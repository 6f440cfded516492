"""Printing at the branch through the system's printers (Qt).

Each register remembers its receipt printer and its A4 printer (QSettings). Receipts print
silently on the register's printer; invoices may ask with the print dialog. A PDF made by
``erp_desktop.printing`` is rasterized page by page (pdfium) at the printer's resolution,
so Arabic shaped by our own pipeline prints exactly as previewed. Save as PDF and opening in
the system viewer need no printer at all.

A receipt printer may also be a thermal ESC/POS printer spoken to directly, without a
driver: the setting is then ``escpos+tcp://HOST:PORT`` (network, port 9100 by default) or
``escpos:PATH`` (USB or serial, as a device file); the receipt goes as a raster image, so
Arabic prints shaped. ``pdf:FOLDER`` prints each job to a PDF file in FOLDER (a shop
without a printer, and the tests).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QPoint, QSettings, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

RECEIPT, A4_DOCUMENT = "receipt", "a4"
NETWORK, DEVICE, PDF_FILE = "escpos+tcp://", "escpos:", "pdf:"


def chosen_printer(register: str, purpose: str) -> str | None:
    value = QSettings().value(f"printers/{register}/{purpose}")
    return str(value) if value else None


def set_printer(register: str, purpose: str, setting: str) -> None:
    """Remembers ``setting`` (a system printer's name, or one of the forms above)."""
    QSettings().setValue(f"printers/{register}/{purpose}", setting)


def thermal_setting(typed: str) -> str:
    """The setting of a thermal printer from what the user typed: a device file ("/dev/...",
    "COM1") or a network address ("192.168.1.50", "printer.local:9101")."""
    typed = typed.strip()
    if typed.startswith((NETWORK, DEVICE)):
        return typed
    if typed.startswith(("/", "\\\\")) or typed.upper().startswith(("COM", "LPT")):
        return DEVICE + typed
    return NETWORK + typed


def choose_printer(register: str, purpose: str, parent: QWidget | None = None) -> str | None:
    """Asks the user for a printer and remembers it for this register and purpose."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    current = chosen_printer(register, purpose)
    if current:
        printer.setPrinterName(current)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    QSettings().setValue(f"printers/{register}/{purpose}", printer.printerName())
    return printer.printerName()


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Prints every page of ``pdf`` on ``printer`` without a dialog; returns the page count."""
    document = pypdfium2.PdfDocument(pdf)
    painter = QPainter()
    try:
        pages = len(document)
        if not painter.begin(printer):
            raise RuntimeError("printer not ready")
        scale = printer.resolution() / 72
        for index in range(pages):
            if index:
                printer.newPage()
            bitmap = document[index].render(scale=scale).to_pil().convert("RGB")
            image = QImage(
                bitmap.tobytes(),
                bitmap.width,
                bitmap.height,
                bitmap.width * 3,
                QImage.Format.Format_RGB888,
            )
            painter.drawImage(QPoint(0, 0), image)
        return pages
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def print_silently(pdf: bytes, register: str, purpose: str = RECEIPT) -> int:
    """Prints on the register's printer for ``purpose`` (the system default if none chosen)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    name = chosen_printer(register, purpose)
    if name:
        printer.setPrinterName(name)
    return print_pdf(pdf, printer)


def save_pdf(pdf: bytes, path: Path) -> Path:
    path.write_bytes(pdf)
    return path


def open_in_viewer(pdf: bytes, name: str) -> Path:
    """Writes the document to a temporary file and opens it with the system's PDF viewer."""
    path = Path(tempfile.gettempdir()) / f"{name}.pdf"
    save_pdf(pdf, path)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def send_receipt(pdf: bytes, name: str, setting: str, open_drawer: bool = False) -> None:
    """Prints the receipt ``pdf`` (named ``name``) on the printer ``setting`` names; the cash
    drawer, wired to an ESC/POS printer, opens when ``open_drawer``. Safe off the GUI thread
    (Qt paints on a QPrinter from any thread); raises OSError or RuntimeError when the
    printer does not answer."""
    from erp_desktop.printing import escpos_raster

    if setting.startswith(NETWORK):
        host, _, port = setting.removeprefix(NETWORK).rstrip("/").rpartition(":")
        if not host:
            host, port = port, "9100"
        job = escpos_raster.escpos_job(pdf, open_drawer)
        escpos_raster.send_to_network(job, host, int(port))
    elif setting.startswith(DEVICE):
        job = escpos_raster.escpos_job(pdf, open_drawer)
        escpos_raster.send_to_device(job, Path(setting.removeprefix(DEVICE)))
    elif setting.startswith(PDF_FILE):
        folder = Path(setting.removeprefix(PDF_FILE))
        folder.mkdir(parents=True, exist_ok=True)
        save_pdf(pdf, folder / f"{name}.pdf")
    else:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName(setting)
        print_pdf(pdf, printer)
