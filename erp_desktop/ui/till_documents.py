"""The till's printed documents as PDF files: receipts (and their duplicates) and the X or Z
report of a cash session. Called on the database worker; reportlab is imported there at
the first document, not at start-up."""

from __future__ import annotations

from pathlib import Path

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.till.reprint import printable_sale, printable_session
from erp_desktop.app.till.sessions import SessionReport
from erp_desktop.app.till.ticket_invoice import printable_ticket_invoice


def write_receipt(
    deps: Deps, actor: Actor, number: str, folder: Path, duplicate: bool = False
) -> Path:
    """Renders the receipt of sale ``number`` to ``folder`` (on the database worker)."""
    # reportlab is imported on the worker at the first sale, not at start-up.
    from erp_desktop.printing.from_sales import receipt_of
    from erp_desktop.printing.receipt import render_receipt

    printable = printable_sale(deps, actor, number)
    document = receipt_of(
        printable.sale,
        printable.company,
        printable.register_code,
        printable.cashier,
        duplicate,
        printable.names_ar,
        (printable.customer, printable.customer_ar),
        (printable.points_used, printable.points_balance),
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{number}{'-duplicata' if duplicate else ''}.pdf"
    path.write_bytes(render_receipt(document))
    return path


def write_session_report(deps: Deps, actor: Actor, report: SessionReport, folder: Path) -> Path:
    """Renders the X or Z report of a cash session to ``folder`` (on the database worker)."""
    from erp_desktop.printing.from_sales import session_report_of
    from erp_desktop.printing.receipt import render_session_report

    header = printable_session(deps, actor, report.session_id)
    document = session_report_of(
        report, header.company, header.register_code, header.cashier, header.opened_at, deps.now()
    )
    folder.mkdir(parents=True, exist_ok=True)
    name = (
        f"Z-{header.register_code}-{report.z_number:05d}"
        if report.z_number
        else (f"X-{header.register_code}-{deps.now():%Y%m%d-%H%M%S}")
    )
    path = folder / f"{name}.pdf"
    path.write_bytes(render_session_report(document))
    return path


def write_ticket_invoice(
    deps: Deps, actor: Actor, number: str, folder: Path, named: str = ""
) -> Path:
    """Renders the A4 invoice of ticket ``number`` to ``folder`` (on the database worker);
    ``named``: the customer's name typed when the ticket had none attached."""
    from erp_desktop.printing.from_ticket import ticket_invoice_of
    from erp_desktop.printing.invoice import render_invoice

    found = printable_ticket_invoice(deps, actor, number)
    printable = found.printable
    document = ticket_invoice_of(
        printable.sale,
        printable.company,
        found.customer,
        printable.names_ar,
        found.units,
        named,
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"facture-{printable.sale.number}.pdf"
    path.write_bytes(render_invoice(document))
    return path
