"""What a receipt is printed from: the sale, the company's header and the register's code.
Used for the receipt after checkout and for reprints (marked DUPLICATA). A ticket with a
customer prints their name, and the loyalty points it spent with the balance left."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.crm.loyalty import account_of
from erp_desktop.app.deps import Deps
from erp_desktop.app.records import CompanyInfo
from erp_desktop.kernel.documents import SaleDocument
from erp_desktop.kernel.errors import NotFound
from erp_desktop.kernel.permissions import Permission


@dataclass(frozen=True, slots=True)
class PrintableSale:
    sale: SaleDocument
    company: CompanyInfo
    register_code: str
    cashier: str
    # product id -> Arabic name, for the lines whose product has one (printed under the
    # French description)
    names_ar: dict[UUID, str] = field(default_factory=dict)
    customer: str = ""  # the ticket's customer, printed under the header
    customer_ar: str = ""
    points_used: int = 0  # loyalty points spent on this ticket
    points_balance: int | None = None  # the customer's balance as this replica knows it


def printable_sale(deps: Deps, actor: Actor, number: str) -> PrintableSale:
    actor.require(Permission.SALES_VIEW)
    with deps.store.read() as tx:
        sale = tx.sales.sale_by_number(number.strip())
        if sale is None:
            raise NotFound("sales.document_not_found", number=number.strip())
        register = tx.org.register(sale.register_id)
        cashier = tx.org.user(sale.cashier_id).username
        products = tx.catalog.products(list(dict.fromkeys(ln.product_id for ln in sale.lines)))
        names_ar = {p.id: p.name_ar for p in products if p.name_ar}
        printable = PrintableSale(sale, tx.org.company(), register.code, cashier, names_ar)
        if sale.customer_id is None:
            return printable
        customer = tx.customers.customer(sale.customer_id)
        movements = tx.loyalty.movements_of(customer.id)
        used = -sum(m.points for m in movements if m.source_id == sale.id and m.points < 0)
        balance = account_of(tx, customer.id, deps.now(), movements).balance
        return replace(
            printable,
            customer=customer.name,
            customer_ar=customer.name_ar,
            points_used=used,
            points_balance=balance if movements else None,
        )


@dataclass(frozen=True, slots=True)
class PrintableSession:
    company: CompanyInfo
    register_code: str
    cashier: str
    opened_at: datetime


def printable_session(deps: Deps, actor: Actor, session_id: UUID) -> PrintableSession:
    """The header of an X or Z report: the shop, the register, who opened the session, when."""
    actor.require(Permission.CASH_SESSION_VIEW)
    with deps.store.read() as tx:
        session = tx.till.session(session_id)
        return PrintableSession(
            tx.org.company(),
            tx.org.register(session.register_id).code,
            tx.org.user(session.opened_by).username,
            session.opened_at,
        )
