"""Supplier payments: tenders, allocation, Tunisia's retenue à la source, the stamp duty on
cash, realized exchange differences, aged payables and the payment schedule (issue 14)."""

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from uuid import uuid4
from zoneinfo import ZoneInfo

import pytest

from erp_desktop.kernel.documents import payload, posting_of
from erp_desktop.kernel.documents.purchase import (
    BLOCKED,
    MATCHED,
    InvoiceLineInput,
    SupplierInvoice,
    SupplierPayment,
    supplier_invoice,
    supplier_payment_from_payload,
)
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.invoicing.receivables import aged_balance
from erp_desktop.kernel.invoicing.terms import PaymentTerms
from erp_desktop.kernel.ledger.accounts import load_chart
from erp_desktop.kernel.ledger.journal import JournalEntry, Side
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.purchasing.accounts import purchasing_chart
from erp_desktop.kernel.purchasing.payables import (
    open_payables,
    payment_schedule,
    realized_exchange_difference,
    supplier_payment,
)
from erp_desktop.kernel.purchasing.withholding import withholding, withholding_rule

ZONES = {"DZ": "Africa/Algiers", "MA": "Africa/Casablanca", "TN": "Africa/Tunis"}
CURRENCY = {"DZ": "DZD", "MA": "MAD", "TN": "TND"}
BRANCH, SUPPLIER = uuid4(), uuid4()


def _at(country: str, day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=ZoneInfo(ZONES[country]))


def _invoice(
    country: str,
    price: str,
    *,
    day: date = date(2026, 3, 2),
    terms: PaymentTerms | None = None,
    match: str = MATCHED,
    currency: str | None = None,
    rate: str = "1",
    number: str = "FF-1",
) -> SupplierInvoice:
    """One line of goods at ``price`` tax excluded, 19 % VAT."""
    return supplier_invoice(
        number=number,
        supplier_number="S-" + number,
        country=country,
        branch_id=BRANCH,
        supplier_id=SUPPLIER,
        issued_at=_at(country, day),
        currency=currency or CURRENCY[country],
        lines=[InvoiceLineInput(Decimal(1), Decimal(price), Decimal(19), product_id=uuid4())],
        terms=terms or PaymentTerms.net(30),
        match=match,
        rate=Decimal(rate),
    )


def _pay(
    country: str,
    invoices: list[SupplierInvoice],
    amount: str,
    tender: str = "transfer",
    *,
    day: date = date(2026, 3, 25),
    currency: str | None = None,
    **kw: object,
) -> SupplierPayment:
    return supplier_payment(
        number="PF-1",
        country=country,
        branch_id=BRANCH,
        supplier_id=SUPPLIER,
        paid_at=_at(country, day),
        tender=tender,
        amount=Money.of(amount, currency or CURRENCY[country]),
        invoices=invoices,
        items=open_payables(country, invoices),
        **kw,  # type: ignore[arg-type]
    )


def _on(entry: JournalEntry | None, code: str) -> Money:
    assert entry is not None
    total = Money.zero(entry.currency)
    for ln in entry.lines:
        if ln.account == code:
            total = total + (ln.amount if ln.side is Side.DEBIT else -ln.amount)
    return total


def test_a_transfer_settles_the_oldest_invoices_first_in_part_or_in_full() -> None:
    older = _invoice("DZ", "1000.00", day=date(2026, 2, 1), number="FF-1")  # 1,190 DA
    newer = _invoice("DZ", "2000.00", day=date(2026, 3, 1), number="FF-2")  # 2,380 DA
    payment = _pay("DZ", [newer, older], "2000.00", reference="VIR 556")
    assert [(a.invoice_id, a.amount.amount) for a in payment.allocations] == [
        (older.id, Decimal("1190.00")),
        (newer.id, Decimal("810.00")),
    ]
    (item,) = open_payables("DZ", [older, newer], [payment])
    assert item.invoice_id == newer.id and item.open == Money.of("1570.00", "DZD")
    entry = posting_of(payment, purchasing_chart(load_chart("DZ")))
    assert entry is not None and entry.is_balanced()
    assert _on(entry, "401") == Money.of("2000.00", "DZD")
    assert _on(entry, "512") == -Money.of("2000.00", "DZD")


def test_a_cheque_needs_its_number_and_a_traite_its_number_and_due_date() -> None:
    invoice = _invoice("DZ", "1000.00")
    for tender, kw in (("cheque", {}), ("traite", {"instrument_number": "T-1"})):
        with pytest.raises(ValidationError) as error:
            _pay("DZ", [invoice], "1190.00", tender, **kw)
        assert error.value.code == "payables.missing_instrument_detail"
    traite = _pay(
        "DZ",
        [invoice],
        "1190.00",
        "traite",
        instrument_number="T-1",
        instrument_due=date(2026, 5, 31),
    )
    assert traite.instrument_due == "2026-05-31"
    entry = posting_of(traite, purchasing_chart(load_chart("DZ")))
    assert _on(entry, "403") == -Money.of("1190.00", "DZD")  # fournisseurs, effets à payer


def test_a_blocked_invoice_waits_and_naming_it_in_a_payment_is_refused() -> None:
    blocked = _invoice("DZ", "1000.00", day=date(2026, 2, 1), match=BLOCKED, number="FF-1")
    fine = _invoice("DZ", "1000.00", number="FF-2")
    payment = _pay("DZ", [blocked, fine], "1190.00")
    assert [a.invoice_id for a in payment.allocations] == [fine.id]
    with pytest.raises(ValidationError) as error:
        _pay("DZ", [blocked, fine], "1190.00", explicit={blocked.id: Money.of("1190", "DZD")})
    assert error.value.code == "payables.invoice_blocked"
    with pytest.raises(ValidationError) as error:
        _pay("DZ", [blocked], "100.00")
    assert error.value.code == "payables.unallocated_payment"


def test_a_payment_above_what_is_open_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        _pay("DZ", [_invoice("DZ", "1000.00")], "1500.00")
    assert error.value.code == "payables.unallocated_payment"


def test_tunisia_withholds_one_percent_of_a_payment_on_an_invoice_of_1000_dinars_or_more() -> None:
    big = _invoice("TN", "1000.000")  # 1,190.000 TTC
    payment = _pay("TN", [big], "1190.000")
    assert payment.withholding == Money.of("11.900", "TND")
    assert payment.paid_out == Money.of("1178.100", "TND")
    entry = posting_of(payment, purchasing_chart(load_chart("TN")))
    assert entry is not None and entry.is_balanced()
    assert _on(entry, "401") == Money.of("1190.000", "TND")
    assert _on(entry, "532") == -Money.of("1178.100", "TND")
    assert _on(entry, "432") == -Money.of("11.900", "TND")


def test_the_tunisian_threshold_looks_at_the_invoice_not_at_each_part_paid() -> None:
    big = _invoice("TN", "1000.000")
    part = _pay("TN", [big], "500.000")
    assert part.withholding == Money.of("5.000", "TND")
    small = _invoice("TN", "800.000")  # 952.000 TTC: under 1,000
    assert _pay("TN", [small], "952.000").withholding == Money.zero("TND")
    exempt = _pay("TN", [big], "1190.000", withholding_exempt=True)
    assert exempt.withholding == Money.zero("TND")


def test_the_withholding_rate_and_threshold_are_dated_data_citing_their_law() -> None:
    rule_2010 = withholding_rule("TN", date(2010, 6, 1))
    assert rule_2010 is not None and rule_2010.rate == Decimal("1.5")
    assert rule_2010.threshold == Money.of("5000", "TND") and "2007" in rule_2010.source
    paid = Money.of("1190.000", "TND")
    assert withholding("TN", date(2010, 6, 1), paid, paid) == Money.zero("TND")
    assert withholding("TN", date(2015, 6, 1), paid, paid) == Money.of("17.850", "TND")
    rule_2026 = withholding_rule("TN", date(2026, 3, 1))
    assert rule_2026 is not None and rule_2026.rate == 1 and "52" in rule_2026.source
    public = withholding_rule("TN", date(2005, 1, 1), payer="public")
    assert public is not None and "2003-80" in public.source and public.status == "verified"
    assert withholding_rule("TN", date(2005, 1, 1)) is None  # no private rule before 2007


def test_algeria_and_morocco_withhold_nothing_on_a_payment_for_goods() -> None:
    for country in ("DZ", "MA"):
        invoice = _invoice(country, "100000.00")
        assert _pay(country, [invoice], "119000.00").withholding.is_zero()


def test_a_cash_payment_bears_the_stamp_duty_the_law_puts_on_cash() -> None:
    # Algeria, LF 2025 art. 46: above 30,000 and up to 100,000 DA, 1.5 DA per started 100 DA
    invoice = _invoice("DZ", "42016.81")  # 50,000.00 DA TTC
    cash = _pay("DZ", [invoice], "50000.00", "cash")
    assert cash.stamp_duty == Money.of("750.00", "DZD")
    assert _pay("DZ", [invoice], "50000.00").stamp_duty.is_zero()  # a transfer bears none
    entry = posting_of(cash, purchasing_chart(load_chart("DZ")))
    assert entry is not None and entry.is_balanced()
    assert _on(entry, "645") == Money.of("750.00", "DZD")
    assert _on(entry, "530") == -Money.of("50750.00", "DZD")
    # Morocco: 0.25 % of what is paid in cash
    moroccan = _invoice("MA", "8403.36")  # 10,000.00 MAD TTC
    assert _pay("MA", [moroccan], "10000.00", "cash").stamp_duty == Money.of("25.00", "MAD")


def test_paying_an_import_at_a_higher_rate_realizes_an_exchange_loss() -> None:
    chart = purchasing_chart(load_chart("DZ"))
    invoice = _invoice("DZ", "1000.00", currency="EUR", rate="150")  # 1,190 EUR
    payment = _pay("DZ", [invoice], "1190.00", currency="EUR", rate=Decimal("152"))
    assert realized_exchange_difference(payment, "DZD") == Money.of("2380.00", "DZD")
    entry = posting_of(payment, chart)
    assert entry is not None and entry.is_balanced()
    assert _on(entry, "401") == Money.of("178500.00", "DZD")  # at the booked 150
    assert _on(entry, "512") == -Money.of("180880.00", "DZD")  # at the day's 152
    assert _on(entry, "666") == Money.of("2380.00", "DZD")
    cheaper = _pay("DZ", [invoice], "1190.00", currency="EUR", rate=Decimal("149"))
    assert _on(posting_of(cheaper, chart), "766") == -Money.of("1190.00", "DZD")


def test_a_payment_travels_as_its_payload_and_the_server_posts_the_same_entry() -> None:
    chart = purchasing_chart(load_chart("TN"))
    payment = _pay("TN", [_invoice("TN", "1000.000")], "1190.000")
    back = supplier_payment_from_payload(payload(payment), payment.branch_id)
    assert back == payment
    assert posting_of(back, chart) == posting_of(payment, chart)


def test_aged_payables_age_each_open_invoice_by_its_due_date() -> None:
    due_long_ago = _invoice("DZ", "1000.00", day=date(2025, 12, 1), number="FF-1")
    not_yet = _invoice("DZ", "2000.00", day=date(2026, 3, 1), number="FF-2")
    aged = aged_balance(open_payables("DZ", [due_long_ago, not_yet]), date(2026, 3, 10), "DZD")
    assert aged["61-90"] == Money.of("1190.00", "DZD")  # due 31 Dec: 69 days late
    assert aged["current"] == Money.of("2380.00", "DZD")
    assert aged.total == Money.of("3570.00", "DZD")


def test_the_payment_schedule_says_what_falls_due_this_week_next_week_and_later() -> None:
    # Wednesday 11 March 2026; Algeria's week starts on Sunday 8 March
    invoices = [
        _invoice("DZ", "100.00", day=date(2026, 2, 1), terms=PaymentTerms.net(30), number="A"),
        _invoice("DZ", "200.00", day=date(2026, 3, 1), terms=PaymentTerms.net(13), number="B"),
        _invoice("DZ", "300.00", day=date(2026, 3, 1), terms=PaymentTerms.net(20), number="C"),
        _invoice("DZ", "400.00", day=date(2026, 3, 1), terms=PaymentTerms.net(60), number="D"),
    ]
    items = open_payables("DZ", invoices)
    schedule = payment_schedule(items, date(2026, 3, 11), "DZD", "DZ")
    assert schedule.week_starts == date(2026, 3, 8)
    assert schedule.overdue == Money.of("119.00", "DZD")  # due 3 March
    assert schedule.this_week == Money.of("238.00", "DZD")  # due 14 March, a Saturday
    assert schedule.next_week == Money.of("357.00", "DZD")  # due 21 March
    assert schedule.later == Money.of("476.00", "DZD")
    tunisian_week = payment_schedule(items, date(2026, 3, 11), "DZD", "TN")
    assert tunisian_week.week_starts == date(2026, 3, 9)  # a Monday


def test_a_cancelled_invoice_owes_nothing_and_cannot_be_paid() -> None:
    invoice = replace(_invoice("DZ", "1000.00"), status="cancelled")
    (item,) = open_payables("DZ", [invoice])
    assert item.cancelled and item.open.is_zero()
    with pytest.raises(ValidationError) as error:
        _pay("DZ", [invoice], "10.00", explicit={invoice.id: Money.of("10", "DZD")})
    assert error.value.code == "payables.invoice_cancelled"


def test_a_tunisian_payment_to_a_supplier_abroad_is_not_under_the_residents_withholding() -> None:
    paid = Money.of("5000.00", "EUR")
    assert withholding("TN", date(2026, 3, 1), paid, paid).is_zero()


def test_paying_a_supplier_in_foreign_cash_is_refused_for_now() -> None:
    invoice = _invoice("DZ", "100.00", currency="EUR", rate="150")
    with pytest.raises(ValidationError) as error:
        _pay("DZ", [invoice], "119.00", "cash", currency="EUR", rate=Decimal(150))
    assert error.value.code == "payables.foreign_cash_payment"
