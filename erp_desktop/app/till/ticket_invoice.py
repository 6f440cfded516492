"""What an A4 invoice of a till ticket is printed from, on the customer's request: the
stored sale as checkout wrote it (never the cart), its customer when the ticket had one
(their name and tax identifier, else the customer is named on request), the units of its
products, and the company's header. The invoice carries the ticket's own number: it is the
same sale, printed in full, not a second document."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.records import CustomerInfo
from erp_desktop.app.till.reprint import PrintableSale, printable_sale


@dataclass(frozen=True, slots=True)
class PrintableTicketInvoice:
    printable: PrintableSale
    customer: CustomerInfo | None
    units: dict[UUID, str]  # product id -> its unit ("pce", "kg")


def printable_ticket_invoice(deps: Deps, actor: Actor, number: str) -> PrintableTicketInvoice:
    printable = printable_sale(deps, actor, number)  # sales.view; not found is coded there
    sale = printable.sale
    with deps.store.read() as tx:
        customer = tx.customers.customer(sale.customer_id) if sale.customer_id else None
        products = tx.catalog.products(list(dict.fromkeys(ln.product_id for ln in sale.lines)))
    return PrintableTicketInvoice(printable, customer, {p.id: p.unit for p in products})
