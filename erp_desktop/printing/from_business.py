"""The printed A4 of a stored business document (quote, sales order, delivery note,
invoice, credit note), for the invoice renderer: the seller's mentions, the customer's
legal identifiers and addresses, each line tax excluded, VAT per rate, the stamp duty, the
terms and (an invoice) its due dates, what it follows. Read from the replica, never typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.business.customers import legal_ids_of
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.records import CompanyInfo, CustomerInfo, ProductInfo
from erp_desktop.kernel.documents.business import (
    CUSTOMER_CREDIT_NOTE,
    CUSTOMER_INVOICE,
    DELIVERY_NOTE,
    BusinessDocument,
)
from erp_desktop.kernel.errors import NotFound
from erp_desktop.kernel.invoicing.terms import terms_from_code
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission
from erp_desktop.printing.bidi_text import ltr
from erp_desktop.printing.from_sales import seller_of
from erp_desktop.printing.invoice import render_invoice
from erp_desktop.printing.models import InvoiceDocument, Party, PrintLine, VatLine

# the kind the renderer titles the document by
PRINTED_KIND = {
    CUSTOMER_INVOICE: "invoice",
    CUSTOMER_CREDIT_NOTE: "credit_note",
    "quote": "quote",
    "sales_order": "sales_order",
    DELIVERY_NOTE: "delivery_note",
}
# the customer's identifiers as the kernel keeps them -> as the printed mentions name them
_PRINTED_ID = {"matricule_fiscal": "MF"}
_FOLLOWS = {  # what the document it follows is called, in French and Arabic
    "quote": ("Devis", "عرض الأسعار"),
    "sales_order": ("Commande", "الطلبية"),
}


def terms_text(code: str) -> tuple[str, str]:
    """'Net 30 jours', 'Fin de mois + 15 jours', ... and in Arabic."""
    terms = terms_from_code(code)
    if terms.kind == "cash":
        return "Comptant", "نقدا"
    if terms.kind == "net":
        return f"{terms.days} jours net", f"{ltr(str(terms.days))} يوما صافية"
    if terms.kind == "end_of_month":
        return (
            f"Fin de mois + {terms.days} jours",
            f"نهاية الشهر + {ltr(str(terms.days))} يوما",
        )
    parts = [f"{format(i.percent.normalize(), 'f')} % à {i.days} j" for i in terms.instalments]
    return "Échelonné : " + ", ".join(parts), "على أقساط: " + "، ".join(ltr(p) for p in parts)


def customer_party(customer: CustomerInfo, delivery: bool) -> Party:
    ids = {_PRINTED_ID.get(k, k.upper()): v for k, v in legal_ids_of(customer).items()}
    address = customer.billing_address
    if delivery and customer.delivery_address:
        address = f"Livraison : {customer.delivery_address}"
    elif customer.delivery_address and customer.delivery_address != address:
        address = f"{address} — Livraison : {customer.delivery_address}"
    return Party(customer.name, customer.name_ar, address=address, legal_ids=ids)


def _line_price(base: Money, discount: Money, qty: Decimal) -> Money:
    """The unit price tax excluded before discount (whatever mode the document was priced
    in), to the currency's precision."""
    return Money.of((base + discount).amount / qty, base.currency) if qty else base


def business_print_model(
    doc: BusinessDocument,
    company: CompanyInfo,
    customer: CustomerInfo,
    products: Mapping[UUID, ProductInfo],
    follows: BusinessDocument | None = None,
    duplicate: bool = False,
) -> InvoiceDocument:
    cur = doc.currency
    lines = []
    for ln in doc.lines:
        product = products.get(ln.product_id) if ln.product_id is not None else None
        lines.append(
            PrintLine(
                code=product.sku if product else "",
                description=ln.description,
                # the Arabic name the line was issued with; a line written before it had
                # one (replica 0019) reads the catalog's
                description_ar=ln.name_ar or (product.name_ar if product else ""),
                quantity=ln.quantity,
                unit=product.unit if product else "",
                unit_price=_line_price(ln.base, ln.discount, ln.quantity),
                discount=ln.discount,
                vat_rate=ln.vat_rate,
                amount=ln.base,
                discount_percent=ln.discount_percent,
            )
        )
    terms_fr, terms_ar = terms_text(doc.terms)
    reference, reference_ar = "", ""
    if follows is not None and follows.kind in _FOLLOWS:
        fr, ar = _FOLLOWS[follows.kind]
        reference = f"{fr} N° {follows.number} du {follows.issued_at.strftime('%d/%m/%Y')}"
        reference_ar = f"{ar} رقم {ltr(follows.number)}"
    if doc.ticket_id is not None:
        terms_fr, terms_ar = "Réglée au comptant (ticket de caisse)", "مسددة نقدا (تذكرة صندوق)"
    return InvoiceDocument(
        kind=PRINTED_KIND[doc.kind],
        number=doc.number,
        issued_at=doc.issued_at.astimezone(),
        country=company.country,
        currency=cur,
        seller=seller_of(company),
        customer=customer_party(customer, doc.kind == DELIVERY_NOTE),
        lines=tuple(lines),
        vat=tuple(VatLine(r, b, v) for r, b, v in doc.revenue_by_rate()),
        total_base=doc.base,
        total_vat=doc.vat,
        stamp_duty=doc.stamp_duty,
        total=doc.total,
        payment_terms=terms_fr,
        payment_terms_ar=terms_ar,
        original_number=follows.number
        if follows is not None and doc.kind == CUSTOMER_CREDIT_NOTE
        else "",
        duplicate=duplicate,
        cancelled=doc.status == "cancelled",
        reference=reference,
        reference_ar=reference_ar,
        due_dates=tuple((date.fromisoformat(d.due_on), d.amount) for d in doc.schedule),
    )


@dataclass(frozen=True, slots=True)
class PrintedBusinessDocument:
    document: BusinessDocument
    pdf: bytes


def business_document_pdf(
    deps: Deps, actor: Actor, document_id: UUID, primary: str = "fr", duplicate: bool = False
) -> PrintedBusinessDocument:
    """The A4 PDF of a stored document, read from the replica (on the worker)."""
    actor.require(Permission.SALES_VIEW)
    with deps.store.read() as tx:
        doc = tx.business.business_document(document_id)
        if doc is None:
            raise NotFound("common.not_found", entity="business_document", id=str(document_id))
        company = tx.org.company()
        customer = tx.customers.customer(doc.customer_id)
        ids = [ln.product_id for ln in doc.lines if ln.product_id is not None]
        products = {p.id: p for p in tx.catalog.products(ids)} if ids else {}
        follows = tx.business.business_document(doc.related_id) if doc.related_id else None
    model = business_print_model(doc, company, customer, products, follows, duplicate)
    return PrintedBusinessDocument(doc, render_invoice(model, primary))
