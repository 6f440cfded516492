"""Writes PNG previews of every printed document into docs/printing/ for review.

.venv/bin/python scripts/preview_printing.py
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from erp_desktop.printing.invoice import render_invoice
from erp_desktop.printing.preview import pdf_to_png
from erp_desktop.printing.receipt import render_receipt, render_session_report
from erp_desktop.printing.slips import render_stock_slip
from erp_desktop.printing.specimens import (
    specimen_global_invoice,
    specimen_invoice,
    specimen_receipt,
    specimen_slip,
    specimen_z_report,
)

OUT = Path(__file__).resolve().parents[1] / "docs" / "printing"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for country in ("DZ", "MA", "TN"):
        pdf_to_png(render_invoice(specimen_invoice(country, 8)), OUT / f"invoice-{country}-fr.png")
        pdf_to_png(
            render_invoice(specimen_invoice(country, 8), primary="ar"),
            OUT / f"invoice-{country}-ar.png",
        )
        pdf_to_png(
            render_receipt(specimen_receipt(country)), OUT / f"receipt-{country}.png", dpi=110
        )
    pdf_to_png(render_invoice(specimen_invoice("DZ", 5, means="cash")), OUT / "invoice-DZ-cash.png")
    credit = replace(specimen_invoice("DZ", 3, kind="credit_note"), cancelled=True)
    pdf_to_png(render_invoice(credit), OUT / "credit-note-DZ-cancelled.png")
    global_invoice = specimen_global_invoice()
    pdf_to_png(render_invoice(global_invoice), OUT / "global-invoice-TN-fr.png")
    pdf_to_png(render_invoice(global_invoice, primary="ar"), OUT / "global-invoice-TN-ar.png")
    pdf_to_png(
        render_invoice(replace(specimen_invoice("TN", 4), duplicate=True)),
        OUT / "invoice-TN-duplicate.png",
    )
    for country in ("DZ", "TN"):
        pdf_to_png(
            render_session_report(specimen_z_report(country)),
            OUT / f"z-report-{country}.png",
            dpi=110,
        )
    pdf_to_png(render_stock_slip(specimen_slip("transfer")), OUT / "transfer-slip.png")
    pdf_to_png(render_stock_slip(specimen_slip("goods_receipt")), OUT / "goods-receipt-slip.png")
    print(f"previews written to {OUT}")


if __name__ == "__main__":
    main()
