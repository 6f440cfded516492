"""A business document begun: a quote, a sales order, or an invoice of services, written
from lines (goods at the product's price, less the customer's discount, or services at a
typed price) and issued through the one finalize step (app.documents.finalize: number in
the branch's series of its kind, insert, post from the payload queued, queue).

The life of a sale to a business goes on in its own files: what follows a document (an
order from its quote, delivery notes, the invoice: ``document_chain.py``), credit notes
(``credit_notes.py``), cancellations (``cancellation.py``), a till ticket invoiced
(``ticket_invoice.py``). Every refusal is a coded error raised before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from uuid import UUID

from erp_desktop.app.bridge import chart_of
from erp_desktop.app.changes import Changed, Changes, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.finalize import InTransaction, finalize
from erp_desktop.app.events import Event
from erp_desktop.app.ports import ReadView, UnitOfWork
from erp_desktop.app.receivables.credit import check_credit_limit
from erp_desktop.kernel.documents.business import (
    CUSTOMER_INVOICE,
    QUOTE,
    SALES_ORDER,
    SERVICE,
    BusinessDocument,
    BusinessLineInput,
    DueLine,
    business_document,
)
from erp_desktop.kernel.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from erp_desktop.kernel.ids import derived_id
from erp_desktop.kernel.invoicing.terms import (
    PaymentTerms,
    check_due_date,
    check_terms,
    default_terms,
    terms_from_code,
)
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.sales.totals import Discount
from erp_desktop.kernel.tax.vat import PriceMode

WRITTEN: Changes = frozenset({Changed.SALES, Changed.OUTBOX})
POSTED: Changes = frozenset({Changed.SALES, Changed.JOURNAL, Changed.OUTBOX})
MOVED: Changes = frozenset({Changed.SALES, Changed.STOCK, Changed.OUTBOX})
_PRICE = Decimal("0.0001")
INVOICE_ISSUED = "invoicing.invoice_issued"  # what the CRM's customer history listens for


@dataclass(frozen=True, slots=True)
class LineRequest:
    """One line asked for: a product (at its price unless ``unit_price`` is typed) or a
    service (its description and price typed)."""

    quantity: Decimal
    product_id: UUID | None = None
    unit_price: Decimal | None = None  # in the document's price mode
    description: str = ""
    vat_rate: Decimal | None = None  # a service's; a product's comes from its tax class
    # the line's own discount, beside the customer's (which is in the price): a percent or
    # an amount off the line in the document's currency, not both (``sales.invalid_discount``;
    # above the line: ``sales.discount_exceeds_amount``)
    discount_percent: Decimal | None = None
    discount_amount: Decimal | None = None

    def discount(self, currency: str) -> Discount | None:
        if self.discount_percent is None and self.discount_amount is None:
            return None
        off = None if self.discount_amount is None else Money.of(self.discount_amount, currency)
        return Discount(percent=self.discount_percent, amount=off)


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    kind: str  # quote, sales_order, or customer_invoice (services only, without an order)
    customer_id: UUID
    lines: tuple[LineRequest, ...]
    terms: str | None = None  # PaymentTerms.code; None: the customer's, else the law's
    currency: str | None = None  # None: the customer's (else the company's)
    rate: Decimal | None = None  # a foreign currency's; None: the day's rate on the replica
    due_on: date | None = None  # an invoice's one due date agreed for it, over the terms
    # receivables: a manager who approved passing the customer's blocking credit limit (PIN)
    approver: Actor | None = None


def with_due_date(
    document: BusinessDocument, due_on: date | None, country: str
) -> BusinessDocument:
    """An invoice due in full on ``due_on`` (refused before the invoice date,
    ``receivables.due_before_invoice``, or past the law's cap); unchanged without one."""
    if due_on is None or document.kind != CUSTOMER_INVOICE:
        return document
    issued = document.issued_on(country)
    check_due_date(issued, due_on)
    terms = PaymentTerms.net((due_on - issued).days)
    check_terms(country, issued, terms)
    due = DueLine(derived_id("due_line", document.id, 0), due_on.isoformat(), document.total)
    return replace(document, terms=terms.code, schedule=(due,))


def document_of(tx: ReadView, document_id: UUID, *kinds: str) -> BusinessDocument:
    """The business document ``document_id`` (of one of ``kinds`` when named), else
    ``common.not_found``."""
    found = tx.business.business_document(document_id)
    if found is None or (kinds and found.kind not in kinds):
        raise NotFound("common.not_found", entity="business_document", id=str(document_id))
    return found


def check_own_final(document: BusinessDocument, actor: Actor) -> None:
    """Refuses a cancelled document, or one another site issued (each site writes what
    follows its own documents; it sees the others' after a sync)."""
    if document.status != "final":
        raise ConflictError("business.document_cancelled", number=document.number)
    if document.branch_id != actor.branch_id:
        raise PermissionDenied("business.other_site_document", number=document.number)


def terms_of(tx: ReadView, deps: Deps, customer_id: UUID, code: str | None) -> PaymentTerms:
    """The terms typed, else the customer's agreed ones, else the law's default (Morocco's
    60 days), else cash."""
    if code:
        return terms_from_code(code)
    agreed = tx.customers.customer(customer_id).terms
    if agreed:
        return terms_from_code(agreed)
    country = tx.org.company().country
    return default_terms(country, deps.business_date(country)) or PaymentTerms.cash()


def _inputs(
    deps: Deps,
    tx: ReadView,
    request: DocumentRequest,
    mode: PriceMode,
    branch_id: UUID,
    currency: str,
    rate: Decimal,
) -> list[BusinessLineInput]:
    """The kernel's lines: a product at its price (converted to ``mode``, and at ``rate``
    into a foreign document's currency), less the customer's discount, costed at its
    average cost (company currency); a service as typed."""
    company = tx.org.company()
    today = deps.business_date(company.country)
    customer = tx.customers.customer(request.customer_id)
    keep = (Decimal(100) - customer.discount) / Decimal(100)
    warehouse = tx.org.default_warehouse(branch_id)
    lines: list[BusinessLineInput] = []
    for index, ln in enumerate(request.lines, start=1):
        if ln.quantity <= 0:
            raise ValidationError("sales.quantity_not_positive", quantity=str(ln.quantity))
        if ln.product_id is None:
            if ln.unit_price is None or ln.unit_price < 0 or not ln.description.strip():
                raise ValidationError(
                    "sales.invalid_line", line=index, quantity=str(ln.quantity), price="-"
                )
            lines.append(
                BusinessLineInput(
                    ln.quantity,
                    ln.unit_price,
                    ln.vat_rate if ln.vat_rate is not None else Decimal(0),
                    nature=SERVICE,
                    description=ln.description.strip(),
                    discount=ln.discount(currency),
                )
            )
            continue
        product = tx.catalog.product(ln.product_id)
        vat = deps.taxes.vat_rate(company.country, product.tax_class, today).rate
        price = ln.unit_price
        if price is None:
            listed = Money.from_minor(product.price_minor, product.currency).amount
            if product.price_mode != mode.value:
                factor = Decimal(1) + vat / Decimal(100)
                listed = listed * factor if mode is PriceMode.TAX_INCLUDED else listed / factor
            if currency != product.currency:
                listed = listed / rate  # the company's currency per unit of the document's
            price = (listed * keep).quantize(_PRICE, ROUND_HALF_UP)
        lines.append(
            BusinessLineInput(
                ln.quantity,
                price,
                vat,
                product_id=product.id,
                description=product.name,
                unit_cost=tx.stock.stock_position(warehouse, product.id).average_cost,
                discount=ln.discount(currency),
                name_ar=product.name_ar,
            )
        )
    return lines


def issue_in(deps: Deps, tx: UnitOfWork, actor: Actor, draft: BusinessDocument) -> BusinessDocument:
    steps = InTransaction(deps, tx, actor.user_id, deps.now())
    document, _entry = finalize(steps, draft, chart_of(tx))
    return document


def publish_issued(deps: Deps, actor: Actor, document: BusinessDocument) -> None:
    """After the commit: the document issued; an invoice also as ``INVOICE_ISSUED``, the
    seam the customer's history (CRM) listens on, with what it leaves owing."""
    deps.bus.publish(
        Event(
            "business.document_issued",
            {"document_id": str(document.id), "kind": document.kind, "number": document.number},
        )
    )
    if document.kind != CUSTOMER_INVOICE:
        return
    deps.bus.publish(
        Event(
            INVOICE_ISSUED,
            {
                "document_id": str(document.id),
                "customer_id": str(document.customer_id),
                "number": document.number,
                "at": document.issued_at.isoformat(),
                "total_minor": document.total.to_minor(),
                "currency": document.currency,
                # a ticket's invoice was paid at the counter
                "due_minor": 0 if document.ticket_id else document.total.to_minor(),
                "actor_id": str(actor.user_id),
            },
        )
    )


def _rate(
    deps: Deps, tx: UnitOfWork, currency: str, company_currency: str, typed: Decimal | None
) -> Decimal:
    """The document's rate: 1 in the company's currency, else the one typed, else the day's
    rate the replica holds (as the till takes foreign cash)."""
    if currency == company_currency:
        return Decimal(1)
    if typed is not None:
        return typed
    today = deps.business_date(tx.org.company().country)
    rate = tx.catalog.exchange_rate(currency, company_currency, today)
    if rate is None:
        raise ValidationError(
            "money.missing_rate", source=currency, target=company_currency, on=today.isoformat()
        )
    return rate


def issue_document(deps: Deps, actor: Actor, request: DocumentRequest) -> Done[BusinessDocument]:
    """A quote, an order, or an invoice of services (goods are invoiced once delivered)."""
    actor.require(Permission.SALES_INVOICE)
    if request.kind not in (QUOTE, SALES_ORDER, CUSTOMER_INVOICE):
        raise ValidationError("protocol.bad_value", path="kind", expected="a business kind")
    if not request.lines:
        raise ValidationError("sales.empty_document")
    if request.kind == CUSTOMER_INVOICE and any(ln.product_id for ln in request.lines):
        raise ValidationError("business.goods_need_delivery")
    with deps.store.transaction(actor.user_id) as tx:
        company = tx.org.company()
        customer = tx.customers.customer(request.customer_id)
        currency = request.currency or customer.account_currency or company.currency
        mode = _price_mode(tx, request)
        rate = _rate(deps, tx, currency, company.currency, request.rate)
        draft = business_document(
            request.kind,
            number="",
            country=company.country,
            branch_id=actor.branch_id,
            customer_id=request.customer_id,
            issued_at=deps.now(),
            currency=currency,
            lines=_inputs(deps, tx, request, mode, actor.branch_id, currency, rate),
            terms=terms_of(tx, deps, request.customer_id, request.terms),
            rate=rate,
            price_mode=mode,
            catalog=deps.taxes,
        )
        draft = with_due_date(draft, request.due_on, company.country)
        if draft.kind in (SALES_ORDER, CUSTOMER_INVOICE):  # a sale on account (receivables)
            check_credit_limit(tx, draft.customer_id, draft.total, request.approver)
        document = issue_in(deps, tx, actor, draft)
    publish_issued(deps, actor, document)
    return Done(document, POSTED if document.kind == CUSTOMER_INVOICE else WRITTEN)


def _price_mode(tx: ReadView, request: DocumentRequest) -> PriceMode:
    """Prices as the catalog states them (the first product's mode), else tax excluded."""
    for ln in request.lines:
        if ln.product_id is not None:
            return PriceMode(tx.catalog.product(ln.product_id).price_mode)
    return PriceMode.TAX_EXCLUDED
