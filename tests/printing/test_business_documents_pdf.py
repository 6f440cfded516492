"""The A4 of real stored business documents read back with pdftotext: the title of each
kind in French and Arabic, the customer's legal identifiers and addresses, the terms and
due dates, what it follows, the totals; a cancelled invoice is marked."""

from __future__ import annotations

import io
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from erp_desktop.app.business.cancellation import cancel_document
from erp_desktop.app.business.credit_notes import credit_invoice
from erp_desktop.app.business.customers import BusinessProfile, save_business_customer
from erp_desktop.app.business.document_chain import deliver, invoice_order, order_from_quote
from erp_desktop.app.business.documents import DocumentRequest, LineRequest, issue_document
from erp_desktop.kernel.documents.business import BusinessDocument
from erp_desktop.printing.formatting import amount
from erp_desktop.printing.from_business import business_document_pdf
from tests.builders import Branch, build_branch
from tests.printing.poppler import pdftotext


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> Branch:
    built = build_branch(Path(tmp_path_factory.mktemp("pdf")))
    with built.replica.transaction(None) as conn:  # the mentions the law asks of the seller
        conn.execute(
            text(
                "UPDATE company SET legal_form = 'SARL', capital_minor = 100000000, "
                "activity = 'Commerce de gros alimentaire', address = '1 rue Hassiba, Alger'"
            )
        )
    return built


def _text(pdf: bytes) -> str:
    return unicodedata.normalize("NFKC", pdftotext(pdf, "-layout")).replace("\u202f", " ")


def _documents(branch: Branch) -> dict[str, BusinessDocument]:
    manager = branch.actor("manager")
    customer, _ = save_business_customer(
        branch.deps,
        manager,
        None,
        BusinessProfile(
            "Restaurant Le Phénicien",
            "مطعم الفينيقي",
            legal_ids={"nif": "000016001234567", "rc": "16/00-7654321 B 20"},
            billing_address="5 rue Larbi Ben M'hidi, Alger",
            delivery_address="Cuisine, entrée de service",
            terms="net:30",
        ),
    )
    quote, _ = issue_document(
        branch.deps,
        manager,
        DocumentRequest(
            "quote",
            customer.id,
            (
                LineRequest(Decimal(10), branch.products[0]),
                LineRequest(Decimal(4), branch.products[2]),
            ),
        ),
    )
    order, _ = order_from_quote(branch.deps, manager, quote.id)
    note, _ = deliver(branch.deps, manager, order.id, {ln.id: ln.quantity for ln in order.lines})
    invoice, _ = invoice_order(branch.deps, manager, order.id)
    credit, _ = credit_invoice(branch.deps, manager, invoice.id, {invoice.lines[0].id: Decimal(2)})
    service, _ = issue_document(
        branch.deps,
        manager,
        DocumentRequest(
            "customer_invoice",
            customer.id,
            (LineRequest(Decimal(1), None, Decimal(3000), "Formation du personnel", Decimal(19)),),
        ),
    )
    cancelled, _ = cancel_document(branch.deps, manager, service.id)
    return {
        "quote": quote,
        "sales_order": order,
        "delivery_note": note,
        "invoice": invoice,
        "credit_note": credit,
        "cancelled": cancelled,
    }


def test_each_kind_prints_its_title_the_customer_and_its_figures(branch: Branch) -> None:
    docs = _documents(branch)
    manager = branch.actor("manager")
    titles = {
        "quote": ("DEVIS", "عرض أسعار"),
        "sales_order": ("BON DE COMMANDE", "سند طلب"),
        "delivery_note": ("BON DE LIVRAISON", "سند تسليم"),
        "invoice": ("FACTURE", "فاتورة"),
        "credit_note": ("FACTURE D'AVOIR", "إشعار دائن"),
    }
    for key, (fr, ar) in titles.items():
        doc = docs[key]
        printed = business_document_pdf(branch.deps, manager, doc.id)
        assert printed.pdf.startswith(b"%PDF")
        text = _text(printed.pdf)
        assert f"{fr} N° {doc.number}" in text, key
        assert unicodedata.normalize("NFKC", ar) in text, key
        assert "Restaurant Le Phénicien" in text
        assert "NIF: 000016001234567" in text and "RC: 16/00-7654321 B 20" in text
        assert amount(doc.total).replace("\u202f", " ") in text, key
    invoice_text = _text(business_document_pdf(branch.deps, manager, docs["invoice"].id).pdf)
    assert "30 jours net" in invoice_text
    due = amount(docs["invoice"].total).replace("\u202f", " ")
    assert f"Échéances : 09/04/2026 : {due} DZD" in invoice_text
    assert f"Commande N° {docs['sales_order'].number}" in invoice_text
    assert "5 rue Larbi Ben M'hidi, Alger" in invoice_text
    delivery = _text(business_document_pdf(branch.deps, manager, docs["delivery_note"].id).pdf)
    assert "Livraison : Cuisine, entrée de service" in delivery
    credit = _text(business_document_pdf(branch.deps, manager, docs["credit_note"].id).pdf)
    assert f"Avoir sur la facture N° {docs['invoice'].number}" in credit
    quote = _text(business_document_pdf(branch.deps, manager, docs["quote"].id).pdf)
    assert "Arrêté le présent devis à la somme de" in quote


def test_a_cancelled_invoice_prints_marked_cancelled_and_arabic_first_mirrors(
    branch: Branch,
) -> None:
    docs = _documents(branch)
    manager = branch.actor("manager")
    pdf = business_document_pdf(branch.deps, manager, docs["cancelled"].id).pdf
    marks = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()  # the rotated stamp, whole
    assert "ANNULÉ" in marks and "Formation du personnel" in _text(pdf)
    arabic = business_document_pdf(branch.deps, manager, docs["invoice"].id, primary="ar")
    assert docs["invoice"].number in _text(arabic.pdf)


def test_a_line_prints_its_discount_and_the_arabic_name_it_was_issued_with(
    branch: Branch,
) -> None:
    manager = branch.actor("manager")
    customer, _ = save_business_customer(
        branch.deps,
        manager,
        None,
        BusinessProfile(
            "Épicerie El Baraka",
            "بقالة البركة",
            legal_ids={"nif": "000016009876543"},
            terms="net:30",
        ),
    )
    coffee = branch.products[0]
    order, _ = issue_document(
        branch.deps,
        manager,
        DocumentRequest(
            "sales_order",
            customer.id,
            (
                LineRequest(Decimal(10), coffee, discount_percent=Decimal("12.5")),
                LineRequest(Decimal(1), None, Decimal(2500), "Livraison", Decimal(19)),
            ),
        ),
    )
    # the catalog renames the product afterwards: the order prints as it was issued
    with branch.replica.transaction(None) as conn:
        conn.execute(text("UPDATE products SET name_ar = 'بن' WHERE id = :id"), {"id": coffee.hex})
    line = order.lines[0]
    for primary in ("fr", "ar"):
        printed = _text(business_document_pdf(branch.deps, manager, order.id, primary).pdf)
        # pdftotext wraps Arabic runs in directional marks and puts the figure apart
        bare = "".join(ch for ch in printed if ch not in "\u202a\u202b\u202c\u202d\u202e")
        assert unicodedata.normalize("NFKC", "قهوة مطحونة") in bare, primary
        assert "Café moulu 250 g" in printed
        assert "12,5 %" in printed
        assert amount(line.discount).replace("\u202f", " ") in printed  # 562,50
