"""A paid till ticket turned into the invoice a business customer asks for at the counter
(issue 13): the ticket's own lines and figures, numbered in the branch's invoice series,
posting nothing, so nothing is sold twice."""

from __future__ import annotations

from uuid import UUID

from erp_desktop.app.business.documents import WRITTEN, issue_in, publish_issued
from erp_desktop.app.changes import Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.kernel.documents.business import (
    CUSTOMER_INVOICE,
    GOODS,
    BusinessDocument,
    BusinessLine,
)
from erp_desktop.kernel.errors import ConflictError, NotFound, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.permissions import Permission


def invoice_ticket(
    deps: Deps, actor: Actor, ticket_number: str, customer_id: UUID
) -> Done[BusinessDocument]:
    """The invoice a business customer asks for at the counter of a ticket already paid:
    its lines and figures exactly the ticket's, its number in the branch's invoice series;
    it names the ticket and posts nothing (the ticket posted the sale and its payment), so
    nothing is sold twice. In Tunisia an invoiced ticket is left out of the day's global
    invoice, and a ticket the global invoice already covers is not invoiced again. A ticket is invoiced once, never a credit note, a cancelled
    ticket or one the till took goods back from."""
    actor.require(Permission.SALES_INVOICE)
    with deps.store.transaction(actor.user_id) as tx:
        ticket = tx.sales.sale_by_number(ticket_number.strip())
        if ticket is None:
            raise NotFound("common.not_found", entity="sale", id=ticket_number)
        if (
            ticket.kind != "receipt"
            or ticket.status != "final"
            or any(ln.returned for ln in ticket.lines)
        ):
            raise ConflictError("business.ticket_not_invoiceable", ticket=ticket.number)
        done = tx.business.invoices_of_ticket(ticket.id)
        if done:
            raise ConflictError(
                "business.ticket_already_invoiced", ticket=ticket.number, number=done[0].number
            )
        country = tx.org.company().country
        day = deps.business_date(country, ticket.issued_at)
        covered = tx.invoicing.global_invoice_of_day(ticket.branch_id, day)
        if covered is not None:  # Tunisia: the day's tickets are invoiced already
            raise ConflictError(
                "business.ticket_in_global_invoice", ticket=ticket.number, number=covered.number
            )
        customer = tx.customers.customer(customer_id)
        if not customer.is_business:
            raise ValidationError("business.not_a_business_customer", customer=customer.name)
        products = {p.id: p for p in tx.catalog.products([ln.product_id for ln in ticket.lines])}
        names = {pid: p.name for pid, p in products.items()}
        draft = BusinessDocument(
            id=new_id(),
            kind=CUSTOMER_INVOICE,
            number="",
            status="final",
            branch_id=actor.branch_id,
            customer_id=customer_id,
            issued_at=deps.now(),
            currency=ticket.currency,
            rate=ticket.rate,
            price_mode=ticket.price_mode,
            base=ticket.base,
            vat=ticket.vat,
            stamp_duty=ticket.stamp_duty,
            total=ticket.base + ticket.vat + ticket.stamp_duty,
            terms="cash",
            ticket_id=ticket.id,
            lines=tuple(
                BusinessLine(
                    id=new_id(),
                    position=ln.position,
                    product_id=ln.product_id,
                    nature=GOODS,
                    description=ln.description or names.get(ln.product_id, ""),
                    quantity=ln.quantity,
                    unit_price=ln.unit_price,
                    vat_rate=ln.vat_rate,
                    discount=ln.discount,
                    base=ln.base,
                    vat=ln.vat,
                    unit_cost=ln.unit_cost,
                    source_line_id=ln.id,
                    name_ar=products[ln.product_id].name_ar if ln.product_id in products else "",
                )
                for ln in ticket.lines
            ),
        )
        invoice = issue_in(deps, tx, actor, draft)
    publish_issued(deps, actor, invoice)
    return Done(invoice, WRITTEN)
