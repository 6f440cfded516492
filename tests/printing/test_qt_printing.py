"""Printing through Qt: a document printed on a PDF printer comes out with every page."""

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from erp_desktop.printing.invoice import render_invoice
from erp_desktop.printing.specimens import specimen_invoice
from erp_desktop.ui.printers import print_pdf, save_pdf


def test_an_invoice_prints_every_page_on_the_printer(qapp: object, tmp_path: Path) -> None:
    pdf = render_invoice(specimen_invoice("DZ", 30))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    assert print_pdf(pdf, printer) == 2
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2
    assert save_pdf(pdf, tmp_path / "copy.pdf").read_bytes() == pdf
