"""Writes PNG previews of every printed document into docs/printing/ for review.

.venv/bin/python scripts/preview_printing.py [--data-dir /tmp/erp-preview]

The till's and the A4 invoice's specimens are built in memory (printing/specimens.py). The
business printouts (quote, order, delivery note, invoice and credit note to a business, a
customer's statement and reminder, a purchase order, a payslip, shelf labels) are printed
from a small demo replica, made in ``--data-dir`` when missing, through the very use cases
the screens call; each in French and Arabic where the paper has a language to choose (the
business documents put French or Arabic first), once where it is bilingual on every page.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import timedelta
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


def business_previews(data_dir: Path) -> None:
    """The printouts of the business modules, from a demo replica's real documents."""
    from erp_desktop.app.auth import log_in
    from erp_desktop.app.business.lists import list_documents
    from erp_desktop.app.payroll.payslips import payroll_run, payroll_runs, payslip_view
    from erp_desktop.app.purchasing.order_sheet import order_sheet
    from erp_desktop.app.purchasing.orders import find_orders
    from erp_desktop.app.receivables.aged import overdue_reminders, reminder_letter
    from erp_desktop.app.receivables.statement import customer_statement
    from erp_desktop.app.stock.shelf_labels import products_for_labels
    from erp_desktop.bootstrap import create_demo, open_branch, replica_path
    from erp_desktop.kernel.money import Money
    from erp_desktop.printing.from_business import business_document_pdf
    from erp_desktop.printing.payslip import render_payslip
    from erp_desktop.printing.purchase_order import render_purchase_order
    from erp_desktop.printing.reminder import render_reminder
    from erp_desktop.printing.shelf_labels import ShelfLabel, render_shelf_labels
    from erp_desktop.printing.statement import render_statement

    if not replica_path(data_dir).exists():
        create_demo(data_dir, 200, 45, 7)
    branch = open_branch(data_dir)
    deps = branch.deps
    manager = log_in(deps, "manager", "demo", None)
    admin = log_in(deps, "admin", "demo", None)
    names = {
        "quote": "quote",
        "sales_order": "order",
        "delivery_note": "delivery-note",
        "customer_invoice": "business-invoice",
        "customer_credit_note": "business-credit-note",
    }
    for kind, name in names.items():
        rows = list_documents(deps, manager, (kind,), limit=20)
        if not rows:
            print(f"no {kind} in the demo: not previewed")
            continue
        chosen = max(rows, key=lambda r: len(r.document.lines))  # the fullest page
        for language in ("fr", "ar"):
            printed = business_document_pdf(deps, manager, chosen.document.id, language)
            pdf_to_png(printed.pdf, OUT / f"{name}-{language}.png")
    reminders = overdue_reminders(deps, manager)
    if reminders:
        late = max(reminders, key=lambda r: len(r.items))
        pdf_to_png(
            render_reminder(reminder_letter(deps, manager, late.customer_id)), OUT / "reminder.png"
        )
        today = deps.business_date("DZ")
        statement = customer_statement(
            deps, manager, late.customer_id, today - timedelta(days=60), today
        )
        pdf_to_png(render_statement(statement), OUT / "customer-statement.png")
    orders = find_orders(deps, admin)
    if orders:
        fullest = max(orders, key=lambda o: len(o.lines))
        pdf_to_png(
            render_purchase_order(order_sheet(deps, admin, fullest.id)), OUT / "purchase-order.png"
        )
    with deps.store.read() as tx:
        found = tx.catalog.products(tx.catalog.search_products("lait", 6))
        found += tx.catalog.products_by_sku(9)
    tiles = products_for_labels(deps, manager, [p.id for p in found][:12])
    labels = [
        ShelfLabel(
            t.product.name,
            t.product.name_ar,
            Money.from_minor(t.shelf_price_minor, t.product.currency),
            t.product.unit,
            t.product.barcodes[0] if t.product.barcodes else "",
            t.product.sku,
        )
        for t in tiles
    ]
    pdf_to_png(render_shelf_labels(labels, deps.now().date()), OUT / "shelf-labels.png")
    branch.replica.close()
    # payroll is head office's: the demo's head-office replica beside the branch's
    office = open_branch(data_dir / "head-office")
    hr = log_in(office.deps, "rh", "demo", None)
    runs = payroll_runs(office.deps, hr)
    if not runs:
        print("no payroll run in the demo: no payslip previewed")
    else:
        run = payroll_run(office.deps, hr, runs[0].id)
        slip = run.payslips[0]
        view = payslip_view(office.deps, hr, run.id, slip.employee_id)
        pdf_to_png(render_payslip(view), OUT / "payslip.png")
    office.replica.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/erp-preview"))
    args = parser.parse_args()
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
    business_previews(args.data_dir)
    print(f"previews written to {OUT}")


if __name__ == "__main__":
    main()
