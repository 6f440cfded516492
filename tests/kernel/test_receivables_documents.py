"""Quote -> order -> deliveries -> invoice -> credit note, their totals, stamp duty, status
rules and posting through the spine (kernel.documents.posting_of).

Tunisia's fixed duty of 1.000 TND per invoice and per credit note from 2023-01-01 (décret-loi
2022-79, LF 2023; webmanagercenter.com) comes from the existing tax data.
"""

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from uuid import uuid4
from zoneinfo import ZoneInfo

import pytest

from erp_desktop.kernel.documents import entity_of, payload, posting_of
from erp_desktop.kernel.documents.business import (
    CUSTOMER_INVOICE,
    DELIVERY_NOTE,
    QUOTE,
    SALES_ORDER,
    SERVICE,
    BusinessDocument,
    BusinessLineInput,
    business_document,
)
from erp_desktop.kernel.documents.fields import wire_schema
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.invoicing.credit_notes import cancel_invoice, credit_note
from erp_desktop.kernel.invoicing.flow import (
    DELIVERED,
    OPEN,
    PARTIALLY_DELIVERED,
    billable,
    check_delivery,
    check_invoice,
    order_status,
)
from erp_desktop.kernel.invoicing.terms import PaymentTerms
from erp_desktop.kernel.ledger import AccountRole, load_chart
from erp_desktop.kernel.money import Money

ALGIERS = ZoneInfo("Africa/Algiers")
AT = datetime(2026, 3, 10, 10, 0, tzinfo=ALGIERS)
BRANCH, CUSTOMER = uuid4(), uuid4()
OIL, RICE = uuid4(), uuid4()


def _doc(
    kind: str, lines: list[BusinessLineInput], country: str = "DZ", **kw: object
) -> BusinessDocument:
    currency = {"DZ": "DZD", "MA": "MAD", "TN": "TND"}[country]
    args: dict[str, object] = {
        "number": f"{kind[:3].upper()}-2026-{len(lines):05d}",
        "country": country,
        "branch_id": BRANCH,
        "customer_id": CUSTOMER,
        "issued_at": AT,
        "currency": currency,
        "lines": lines,
        "terms": PaymentTerms.net(30),
    }
    args.update(kw)
    return business_document(kind, **args)  # type: ignore[arg-type]


def _order() -> BusinessDocument:
    return _doc(
        SALES_ORDER,
        [
            BusinessLineInput(
                Decimal(10), Decimal("1000"), Decimal(19), OIL, unit_cost=Decimal(700)
            ),
            BusinessLineInput(Decimal(4), Decimal("250"), Decimal(9), RICE, unit_cost=Decimal(200)),
        ],
    )


def _delivery(order: BusinessDocument, oil: str, rice: str = "0") -> BusinessDocument:
    lines = []
    for ln, qty in zip(order.lines, (oil, rice), strict=True):
        if Decimal(qty):
            lines.append(
                BusinessLineInput(
                    Decimal(qty),
                    ln.unit_price,
                    ln.vat_rate,
                    ln.product_id,
                    unit_cost=ln.unit_cost,
                    source_line_id=ln.id,
                )
            )
    return _doc(DELIVERY_NOTE, lines, related_id=order.id)


def test_a_quote_and_an_order_carry_their_totals_by_vat_rate_and_post_nothing() -> None:
    chart = load_chart("DZ")
    quote = _doc(QUOTE, [BusinessLineInput(Decimal(10), Decimal("1000"), Decimal(19), OIL)])
    assert (quote.base, quote.vat, quote.total) == (
        Money.of(10000, "DZD"),
        Money.of(1900, "DZD"),
        Money.of(11900, "DZD"),
    )
    order = _order()
    assert order.total == Money.of(10000 + 1900 + 1000 + 90, "DZD")
    assert posting_of(quote, chart) is None and posting_of(order, chart) is None
    assert order.schedule == ()  # only an invoice falls due


def test_an_order_is_partially_delivered_then_delivered() -> None:
    order = _order()
    first = _delivery(order, "6", "4")
    assert order_status(order, []) == OPEN
    assert order_status(order, [first]) == PARTIALLY_DELIVERED
    second = _delivery(order, "4")
    check_delivery(order, [first], second)
    assert order_status(order, [first, second]) == DELIVERED


def test_a_delivery_cannot_take_more_than_is_left_on_the_order() -> None:
    order = _order()
    first = _delivery(order, "6")
    with pytest.raises(ValidationError) as caught:
        check_delivery(order, [first], _delivery(order, "5"))
    assert caught.value.code == "receivables.delivery_exceeds_order"
    assert caught.value.params["left"] == "4"


def test_an_invoice_bills_only_what_was_delivered_or_a_service() -> None:
    order = _order()
    delivered = [_delivery(order, "6", "4")]
    oil = order.lines[0]
    ok = _doc(
        CUSTOMER_INVOICE,
        [
            BusinessLineInput(Decimal(6), oil.unit_price, oil.vat_rate, OIL, source_line_id=oil.id),
            BusinessLineInput(
                Decimal(1), Decimal(500), Decimal(19), nature=SERVICE, description="livraison"
            ),
        ],
        related_id=order.id,
    )
    check_invoice(ok, delivered, [])
    assert billable(delivered, [ok])[oil.id] == 0
    too_much = _doc(
        CUSTOMER_INVOICE,
        [BusinessLineInput(Decimal(7), oil.unit_price, oil.vat_rate, OIL, source_line_id=oil.id)],
    )
    with pytest.raises(ValidationError) as caught:
        check_invoice(too_much, delivered, [])
    assert caught.value.code == "receivables.invoice_exceeds_delivered"
    with pytest.raises(ValidationError):
        check_invoice(ok, delivered, [ok])  # the same goods invoiced twice
    undelivered = _doc(
        CUSTOMER_INVOICE, [BusinessLineInput(Decimal(1), Decimal(1), Decimal(0), RICE)]
    )
    with pytest.raises(ValidationError):
        check_invoice(undelivered, delivered, [])


def test_an_invoice_on_account_falls_due_by_its_terms_and_debits_the_receivable() -> None:
    chart = load_chart("DZ")
    invoice = _doc(
        CUSTOMER_INVOICE,
        [BusinessLineInput(Decimal(10), Decimal(1000), Decimal(19), OIL, unit_cost=Decimal(700))],
        terms=PaymentTerms.end_of_month(30),
    )
    assert invoice.stamp_duty.is_zero()  # Algeria's duty is on the cash part of a payment
    assert [(d.due_on, d.amount) for d in invoice.schedule] == [("2026-04-30", invoice.total)]
    entry = posting_of(invoice, chart)
    assert entry is not None and entry.is_balanced()
    receivable = [ln for ln in entry.lines if ln.role is AccountRole.RECEIVABLE]
    assert [(ln.side.value, ln.amount, ln.partner_id) for ln in receivable] == [
        ("debit", Money.of(11900, "DZD"), CUSTOMER)
    ]
    assert (
        sum(ln.amount.amount for ln in entry.lines if ln.role is AccountRole.COST_OF_GOODS_SOLD)
        == 7000
    )


def test_a_tunisian_invoice_and_its_credit_note_bear_the_fixed_duty_of_one_dinar() -> None:
    tunis = datetime(2026, 3, 10, 10, 0, tzinfo=ZoneInfo("Africa/Tunis"))
    invoice = _doc(
        CUSTOMER_INVOICE,
        [BusinessLineInput(Decimal(2), Decimal("10.000"), Decimal(19), OIL)],
        country="TN",
        issued_at=tunis,
    )
    assert invoice.stamp_duty == Money.of("1.000", "TND")
    assert invoice.total == Money.of("24.800", "TND")
    note = credit_note(
        invoice, [], {invoice.lines[0].id: Decimal(1)}, number="AV-1", country="TN", issued_at=tunis
    )
    assert note.stamp_duty == Money.of("1.000", "TND")
    entry = posting_of(invoice, load_chart("TN"))
    assert entry is not None and entry.is_balanced()


def test_a_due_date_before_the_invoice_is_refused() -> None:
    from erp_desktop.kernel.invoicing.terms import check_due_date

    with pytest.raises(ValidationError) as caught:
        check_due_date(date(2026, 3, 10), date(2026, 3, 9))
    assert caught.value.code == "receivables.due_before_invoice"


def test_credit_notes_in_steps_give_back_exactly_the_invoiced_line() -> None:
    invoice = _doc(
        CUSTOMER_INVOICE, [BusinessLineInput(Decimal(3), Decimal("333.33"), Decimal(9), OIL)]
    )
    line = invoice.lines[0]
    notes: list[BusinessDocument] = []
    for number in ("AV-1", "AV-2", "AV-3"):
        notes.append(
            credit_note(
                invoice, notes, {line.id: Decimal(1)}, number=number, country="DZ", issued_at=AT
            )
        )
    assert sum((n.base for n in notes), Money.zero("DZD")) == invoice.base
    assert sum((n.vat for n in notes), Money.zero("DZD")) == invoice.vat
    with pytest.raises(ValidationError) as caught:
        credit_note(
            invoice, notes, {line.id: Decimal(1)}, number="AV-4", country="DZ", issued_at=AT
        )
    assert caught.value.code == "receivables.credit_exceeds_invoice"


def test_a_credit_note_credits_the_receivable() -> None:
    chart = load_chart("DZ")
    invoice = _doc(
        CUSTOMER_INVOICE, [BusinessLineInput(Decimal(2), Decimal(1000), Decimal(19), OIL)]
    )
    note = credit_note(
        invoice, [], {invoice.lines[0].id: Decimal(1)}, number="AV-1", country="DZ", issued_at=AT
    )
    entry = posting_of(note, chart)
    assert entry is not None and entry.is_balanced()
    receivable = [ln for ln in entry.lines if ln.role is AccountRole.RECEIVABLE]
    assert [(ln.side.value, ln.amount) for ln in receivable] == [("credit", Money.of(1190, "DZD"))]


def test_an_unpaid_invoice_is_cancelled_by_reversing_its_entry_and_a_paid_one_is_not() -> None:
    chart = load_chart("DZ")
    invoice = _doc(
        CUSTOMER_INVOICE, [BusinessLineInput(Decimal(1), Decimal(1000), Decimal(19), OIL)]
    )
    entry = posting_of(invoice, chart)
    cancelled, reversal = cancel_invoice(invoice, Money.zero("DZD"), entry, date(2026, 3, 11))
    assert cancelled.status == "cancelled" and invoice.status == "final"
    assert reversal is not None and entry is not None and reversal.reversal_of == entry.id
    with pytest.raises(ValidationError) as caught:
        cancel_invoice(invoice, Money.of(1, "DZD"), entry, date(2026, 3, 11))
    assert caught.value.code == "receivables.invoice_paid"
    with pytest.raises(ValidationError):
        cancel_invoice(cancelled, Money.zero("DZD"), None, date(2026, 3, 11))


def test_a_business_document_travels_as_its_declared_payload() -> None:
    invoice = _doc(
        CUSTOMER_INVOICE, [BusinessLineInput(Decimal(1), Decimal(1000), Decimal(19), OIL)]
    )
    sent = payload(invoice)
    assert entity_of(invoice) == "business_document"
    assert sent["total_minor"] == 119000 and sent["kind"] == "customer_invoice"
    assert set(sent) == set(wire_schema(BusinessDocument))
    assert "branch_id" not in sent
    assert replace(invoice, status="cancelled") != invoice


def test_the_server_rebuilds_an_invoice_from_its_payload_and_posts_the_same_entry() -> None:
    from erp_desktop.kernel.documents import chained, document_from_payload

    chart = load_chart("DZ")
    invoice = _doc(
        CUSTOMER_INVOICE,
        [BusinessLineInput(Decimal(3), Decimal("333.33"), Decimal(9), OIL, unit_cost=Decimal(200))],
        number="ALG01-FA-2026-000001",
        terms=PaymentTerms.net(60),
    )
    rebuilt = document_from_payload("business_document", payload(invoice), BRANCH)
    assert rebuilt == replace(invoice, price_mode="", lines=rebuilt.lines)
    assert [ln.figures for ln in rebuilt.lines] == [ln.figures for ln in invoice.lines]
    assert posting_of(rebuilt, chart) == posting_of(invoice, chart)
    assert not chained(invoice)  # not in a hash chain yet (docs/invoicing.md)


def test_a_moroccan_invoice_with_terms_beyond_the_legal_cap_is_refused() -> None:
    casablanca = datetime(2026, 3, 10, 10, 0, tzinfo=ZoneInfo("Africa/Casablanca"))
    lines = [BusinessLineInput(Decimal(1), Decimal(100), Decimal(20), OIL)]
    with pytest.raises(ValidationError) as caught:
        _doc(
            CUSTOMER_INVOICE, lines, country="MA", issued_at=casablanca, terms=PaymentTerms.net(150)
        )
    assert caught.value.code == "receivables.delay_exceeds_cap"
    quote = _doc(QUOTE, lines, country="MA", issued_at=casablanca, terms=PaymentTerms.net(150))
    assert quote.terms == "net:150"  # a quote only proposes; the invoice is held to the law
