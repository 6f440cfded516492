"""Credit notes against an invoice, whole or partial, and cancelling an unpaid invoice.

Each credited line refunds its share of what is left of the invoice line, and the credit
that brings a line to its invoiced quantity takes exactly the remainder (the rule of
kernel.sales.refunds): crediting an invoice in any number of steps gives back exactly its
base, VAT and discount. A credit note never takes back more than is left
(``receivables.credit_exceeds_invoice``). An unpaid invoice may be cancelled instead, by
reversing its entry; an invoice a payment touches is credited, never cancelled.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.calendar import business_date
from erp_desktop.kernel.documents.business import (
    CUSTOMER_CREDIT_NOTE,
    BusinessDocument,
    BusinessLine,
    document_stamp_duty,
)
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ledger.journal import JournalEntry, reverse
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales.refunds import NOTHING, LineFigures, refund_of_line
from erp_desktop.kernel.tax.catalog import TaxCatalog


def credited(
    invoice: BusinessDocument, credit_notes: Iterable[BusinessDocument]
) -> dict[UUID, tuple[Decimal, LineFigures]]:
    """Per invoice line: the quantity and figures earlier credit notes took back."""
    taken: dict[UUID, tuple[Decimal, LineFigures]] = {}
    lines = {ln.id for ln in invoice.lines}
    for note in credit_notes:
        if note.related_id != invoice.id or note.status == "cancelled":
            continue
        for ln in note.lines:
            if ln.source_line_id in lines:
                assert ln.source_line_id is not None
                qty, figs = taken.get(ln.source_line_id, (Decimal(0), NOTHING))
                taken[ln.source_line_id] = (qty + ln.quantity, figs + ln.figures)
    return taken


def credit_note(
    invoice: BusinessDocument,
    earlier: Iterable[BusinessDocument],
    quantities: Mapping[UUID, Decimal],
    *,
    number: str,
    country: str,
    issued_at: datetime,
    catalog: TaxCatalog | None = None,
) -> BusinessDocument:
    """A credit note taking back ``quantities`` (per invoice line id) of ``invoice``."""
    taken = credited(invoice, earlier)
    currency = invoice.currency
    lines: list[BusinessLine] = []
    for source in invoice.lines:
        qty = quantities.get(source.id)
        if not qty:
            continue
        done, figs = taken.get(source.id, (Decimal(0), NOTHING))
        left = source.quantity - done
        if qty < 0 or qty > left:
            raise ValidationError(
                "receivables.credit_exceeds_invoice",
                line=source.position,
                quantity=str(qty),
                left=str(left),
            )
        part = refund_of_line(source.quantity, source.figures, done, figs, qty, source.position)
        lines.append(
            replace(
                source,
                id=new_id(),
                position=len(lines) + 1,
                quantity=qty,
                base=Money.from_minor(part.base_minor, currency),
                vat=Money.from_minor(part.vat_minor, currency),
                discount=Money.from_minor(part.discount_minor, currency),
                source_line_id=source.id,
            )
        )
    unknown = set(quantities) - {ln.id for ln in invoice.lines}
    if unknown or not lines:
        raise ValidationError("sales.empty_document")
    zero = Money.zero(currency)
    base = sum((ln.base for ln in lines), zero)
    vat = sum((ln.vat for ln in lines), zero)
    duty = document_stamp_duty(
        CUSTOMER_CREDIT_NOTE, country, business_date(country, issued_at), base + vat, catalog
    )
    return BusinessDocument(
        id=new_id(),
        kind=CUSTOMER_CREDIT_NOTE,
        number=number,
        status="final",
        branch_id=invoice.branch_id,
        customer_id=invoice.customer_id,
        issued_at=issued_at,
        currency=currency,
        rate=invoice.rate,
        price_mode=invoice.price_mode,
        base=base,
        vat=vat,
        stamp_duty=duty,
        total=base + vat + duty,
        terms="cash",
        related_id=invoice.id,
        lines=tuple(lines),
    )


def cancel_invoice(
    invoice: BusinessDocument, paid: Money, entry: JournalEntry | None, on: date
) -> tuple[BusinessDocument, JournalEntry | None]:
    """The cancelled invoice and the reversal of its entry; refused once anything is paid
    (``receivables.invoice_paid``) or if it is already cancelled."""
    if invoice.status == "cancelled":
        raise ValidationError("receivables.invoice_cancelled", invoice=invoice.number)
    if not paid.is_zero():
        raise ValidationError("receivables.invoice_paid", invoice=invoice.number)
    reversal = reverse(entry, on, f"cancellation of {invoice.number}") if entry else None
    return replace(invoice, status="cancelled"), reversal
