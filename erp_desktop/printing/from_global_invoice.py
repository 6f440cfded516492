"""The printed A4 of Tunisia's daily global invoice of tickets, for the invoice renderer.

The global invoice is an invoice like any other to the inspector (Code de la TVA art.
18-II): the seller's matricule fiscal and RC, its number and date, the day and the tickets it
covers, HT, TVA and TTC per rate, the stamp duty and the total. Its buyer is no one in
particular: the customer box says "cash customers (till tickets)" and names the ticket
numbers covered instead. One line per VAT rate carries the day's net base of that rate.
"""

from __future__ import annotations

from datetime import datetime, time
from decimal import Decimal

from erp_desktop.app.records import BranchInfo, CompanyInfo
from erp_desktop.kernel.calendar import zone_of
from erp_desktop.kernel.invoicing.global_invoice import GlobalInvoice
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.numbering import parse_number
from erp_desktop.printing.bidi_text import ltr
from erp_desktop.printing.formatting import amount, rate
from erp_desktop.printing.models import InvoiceDocument, Party, PrintLine, VatLine

KIND = "global_invoice"


def _coverage(invoice: GlobalInvoice) -> tuple[str, str]:
    """The tickets covered, per register, short enough for one line in each language:
    'Tickets C1 n° 000001 à 000004'."""
    fr, ar = [], []
    for r in invoice.ranges:
        first, last = parse_number(r.first), parse_number(r.last)
        fr.append(f"{first.register} n° {first.sequence:06d} à {last.sequence:06d}")
        ar.append(
            f"{ltr(first.register)} من {ltr(f'{first.sequence:06d}')} "
            f"إلى {ltr(f'{last.sequence:06d}')}"
        )
    return f"Tickets {'; '.join(fr)}", f"التذاكر {'؛ '.join(ar)}"


def global_invoice_document(
    invoice: GlobalInvoice,
    company: CompanyInfo,
    branch: BranchInfo,
    duplicate: bool = False,
) -> InvoiceDocument:
    cur = invoice.currency
    coverage_fr, coverage_ar = _coverage(invoice)
    lines = tuple(
        PrintLine(
            code=f"TVA {rate(r.vat_rate)}",
            description=f"Ventes sur tickets, TTC {amount(r.ttc)}",
            description_ar=f"مبيعات التذاكر، مع الأداء {ltr(amount(r.ttc))}",
            quantity=Decimal(1),
            unit="",
            unit_price=r.base,
            discount=Money.zero(cur),
            vat_rate=r.vat_rate,
            amount=r.base,
        )
        for r in invoice.rates
    )
    # Dated at noon of the day covered on the branch's calendar, whenever it was issued.
    issued = datetime.combine(invoice.day, time(12), zone_of(company.country))
    return InvoiceDocument(
        kind=KIND,
        number=invoice.number,
        issued_at=issued,
        country=company.country,
        currency=cur,
        seller=Party(
            company.name,
            company.name_ar,
            address=f"{branch.name} ({branch.code})",
            address_ar=f"{branch.name_ar} ({ltr(branch.code)})",
            legal_ids=company.legal_ids,
        ),
        customer=Party(
            "Clients au comptant (ventes sur tickets de caisse)",
            "حرفاء نقدا (مبيعات بتذاكر الصندوق)",
            address=coverage_fr,
            address_ar=coverage_ar,
            legal_ids={
                "Tickets": str(invoice.ticket_count),
                "Retours déduits": (f"{invoice.return_count} ({amount(invoice.returns_ttc)} TTC)"),
            },
        ),
        lines=lines,
        vat=tuple(VatLine(r.vat_rate, r.base, r.vat) for r in invoice.rates),
        total_base=invoice.total_base,
        total_vat=invoice.total_vat,
        stamp_duty=invoice.stamp_duty,
        total=invoice.total,
        payment_terms="Réglée au comptant aux tickets ; droit de timbre à la charge du vendeur",
        payment_terms_ar="مسددة نقدا بالتذاكر؛ معلوم الطابع على البائع",
        duplicate=duplicate,
    )
