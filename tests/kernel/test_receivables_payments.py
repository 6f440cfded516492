"""Customer payments: tenders, stamp duty on cash, allocation, post-dated instruments, aged
balance, exchange differences; and a property over random invoices and payments.

Algeria's duty on the cash part (Code du timbre art. 100-I as amended by LF 2025 art. 46, DGI
circular 14/MF/DGI/LF.2025: 1 DA per started 100 DA up to 30,000 DA) and Morocco's 0.25 %
(CGI art. 252) come from the existing tax data.
"""

from datetime import date, datetime, timedelta
from decimal import Decimal
from uuid import UUID, uuid4
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from erp_desktop.kernel.documents import posting_of
from erp_desktop.kernel.documents.business import (
    CUSTOMER_CREDIT_NOTE,
    CUSTOMER_INVOICE,
    BusinessDocument,
    BusinessLineInput,
    CustomerPayment,
    InstrumentEvent,
    business_document,
)
from erp_desktop.kernel.documents.business_posting import INSTRUMENT_BOUNCED, INSTRUMENT_CLEARED
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.invoicing.credit_notes import credit_note
from erp_desktop.kernel.invoicing.payments import customer_payment, instrument_state
from erp_desktop.kernel.invoicing.receivables import (
    AllocationPlan,
    aged_balance,
    allocate,
    check_payment,
    open_items,
)
from erp_desktop.kernel.invoicing.revaluation import realized_difference, revaluation_entries
from erp_desktop.kernel.invoicing.terms import PaymentTerms
from erp_desktop.kernel.ledger import AccountRole, load_chart
from erp_desktop.kernel.money import Money

ALGIERS = ZoneInfo("Africa/Algiers")
BRANCH, CUSTOMER, OIL = uuid4(), uuid4(), uuid4()


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, tzinfo=ALGIERS)


def _invoice(
    price: str,
    day: date,
    *,
    number: str = "FA-1",
    currency: str = "DZD",
    rate: str = "1",
    days: int = 30,
) -> BusinessDocument:
    return business_document(
        CUSTOMER_INVOICE,
        number=number,
        country="DZ",
        branch_id=BRANCH,
        customer_id=CUSTOMER,
        issued_at=_at(day),
        currency=currency,
        rate=Decimal(rate),
        lines=[BusinessLineInput(Decimal(1), Decimal(price), Decimal(0), OIL)],
        terms=PaymentTerms.net(days),
    )


def _pay(
    amount: str,
    plan: AllocationPlan,
    tender: str = "transfer",
    day: date = date(2026, 4, 1),
    currency: str = "DZD",
    rate: str = "1",
    **kw: object,
) -> CustomerPayment:
    details: dict[str, object] = {"reference": "VIR-1"}
    if tender in ("cheque", "traite"):
        details = {"bank": "BNA", "instrument_number": "0012345", "instrument_due": day}
    details.update(kw)
    return customer_payment(
        number="RG-1",
        country="DZ",
        branch_id=BRANCH,
        customer_id=CUSTOMER,
        received_at=_at(day),
        tender=tender,
        amount=Money.of(amount, currency),
        plan=plan,
        rate=Decimal(rate),
        **details,  # type: ignore[arg-type]
    )


def test_a_payment_goes_to_the_oldest_invoices_first_and_keeps_the_rest_as_credit() -> None:
    old = _invoice("1000", date(2026, 1, 5), number="FA-1")
    new = _invoice("3000", date(2026, 2, 5), number="FA-2")
    items = open_items("DZ", [new, old])
    plan = allocate(Money.of(5000, "DZD"), items)
    assert [(i, a) for i, a, _ in plan.parts] == [
        (old.id, Money.of(1000, "DZD")),
        (new.id, Money.of(3000, "DZD")),
    ]
    assert plan.unallocated == Money.of(1000, "DZD")
    partial = allocate(Money.of(1500, "DZD"), items)
    assert [a for _, a, _ in partial.parts] == [Money.of(1000, "DZD"), Money.of(500, "DZD")]


def test_an_explicit_allocation_may_not_pass_an_invoice_nor_the_payment() -> None:
    inv = _invoice("1000", date(2026, 1, 5))
    items = open_items("DZ", [inv])
    plan = allocate(Money.of(800, "DZD"), items, {inv.id: Money.of(600, "DZD")})
    assert plan.unallocated == Money.of(200, "DZD")
    with pytest.raises(ValidationError) as caught:
        allocate(Money.of(2000, "DZD"), items, {inv.id: Money.of(1500, "DZD")})
    assert caught.value.code == "receivables.over_allocation"
    with pytest.raises(ValidationError) as caught:
        allocate(Money.of(500, "DZD"), items, {inv.id: Money.of(600, "DZD")})
    assert caught.value.code == "receivables.allocation_exceeds_payment"


def test_a_cancelled_invoice_cannot_be_paid() -> None:
    inv = _invoice("1000", date(2026, 1, 5))
    from dataclasses import replace

    items = open_items("DZ", [replace(inv, status="cancelled")])
    with pytest.raises(ValidationError) as caught:
        allocate(Money.of(1000, "DZD"), items, {inv.id: Money.of(1000, "DZD")})
    assert caught.value.code == "receivables.invoice_cancelled"
    assert allocate(Money.of(1000, "DZD"), items).parts == ()


def test_a_payment_allocated_beyond_what_is_open_is_refused_when_checked() -> None:
    inv = _invoice("1000", date(2026, 1, 5))
    first = _pay("1000", allocate(Money.of(1000, "DZD"), open_items("DZ", [inv])))
    after = open_items("DZ", [inv], payments=[first], include_settled=True)
    second = _pay(
        "1000", AllocationPlan(((inv.id, Money.of(1000, "DZD"), Decimal(1)),), Money.zero("DZD"))
    )
    with pytest.raises(ValidationError) as caught:
        check_payment(second, after)
    assert caught.value.code == "receivables.over_allocation"


def test_cash_in_algeria_bears_stamp_duty_on_top_and_posts_it() -> None:
    inv = _invoice("11900", date(2026, 1, 5))
    payment = _pay("11900", allocate(Money.of(11900, "DZD"), open_items("DZ", [inv])), "cash")
    assert payment.stamp_duty == Money.of(119, "DZD")  # 1 DA per started 100 DA
    entry = posting_of(payment, load_chart("DZ"))
    assert entry is not None and entry.is_balanced()
    by_role = {(ln.role, ln.side.value): ln.amount for ln in entry.lines}
    assert by_role[(AccountRole.RECEIVABLE, "credit")] == Money.of(11900, "DZD")
    assert by_role[(AccountRole.STAMP_DUTY_PAYABLE, "credit")] == Money.of(119, "DZD")


def test_card_and_transfer_bear_no_duty_but_need_their_reference() -> None:
    inv = _invoice("11900", date(2026, 1, 5))
    plan = allocate(Money.of(11900, "DZD"), open_items("DZ", [inv]))
    assert _pay("11900", plan, "card", reference="TPE-778").stamp_duty.is_zero()
    with pytest.raises(ValidationError) as caught:
        _pay("11900", plan, "card", reference="")
    assert caught.value.code == "receivables.missing_instrument_detail"
    with pytest.raises(ValidationError):
        _pay("11900", plan, "traite", bank="")


def test_a_post_dated_cheque_is_deposited_then_clears_or_bounces() -> None:
    assert instrument_state("cheque", []) == "in_hand"
    assert instrument_state("traite", ["deposit", "clear"]) == "cleared"
    assert instrument_state("cheque", ["deposit", "bounce"]) == "bounced"
    with pytest.raises(ValidationError) as caught:
        instrument_state("cheque", ["deposit", "clear", "bounce"])
    assert caught.value.code == "receivables.bad_instrument_transition"
    with pytest.raises(ValidationError):
        instrument_state("cash", ["deposit"])


def test_a_bounced_cheque_reopens_the_invoice_and_reverses_the_payment_entry() -> None:
    chart = load_chart("DZ")
    inv = _invoice("5000", date(2026, 1, 5))
    cheque = _pay("5000", allocate(Money.of(5000, "DZD"), open_items("DZ", [inv])), "cheque")
    assert open_items("DZ", [inv], payments=[cheque]) == ()
    reopened = open_items("DZ", [inv], payments=[cheque], bounced=[cheque.id])
    assert [i.open for i in reopened] == [Money.of(5000, "DZD")]
    paid = posting_of(cheque, chart)
    assert paid is not None
    cheques = [ln for ln in paid.lines if ln.role is AccountRole.CHEQUES_TO_CASH]
    assert [(ln.side.value, ln.amount) for ln in cheques] == [("debit", Money.of(5000, "DZD"))]
    event = InstrumentEvent(
        uuid4(),
        INSTRUMENT_BOUNCED,
        "CHQ-1",
        BRANCH,
        cheque.id,
        _at(date(2026, 4, 20)),
        payment=cheque,
    )
    bounce = posting_of(event, chart)
    assert bounce is not None and bounce.reversal_of == paid.id and bounce.is_balanced()
    assert {(ln.role, ln.side.value) for ln in bounce.lines} == {
        (AccountRole.RECEIVABLE, "debit"),
        (AccountRole.CHEQUES_TO_CASH, "credit"),
    }


def test_a_cleared_cheque_moves_from_cheques_to_cash_to_the_bank() -> None:
    inv = _invoice("5000", date(2026, 1, 5))
    cheque = _pay("5000", allocate(Money.of(5000, "DZD"), open_items("DZ", [inv])), "cheque")
    event = InstrumentEvent(
        uuid4(),
        INSTRUMENT_CLEARED,
        "CHQ-1",
        BRANCH,
        cheque.id,
        _at(date(2026, 4, 20)),
        payment=cheque,
    )
    entry = posting_of(event, load_chart("DZ"))
    assert entry is not None and entry.is_balanced()
    assert {(ln.role, ln.side.value) for ln in entry.lines} == {
        (AccountRole.BANK, "debit"),
        (AccountRole.CHEQUES_TO_CASH, "credit"),
    }


def test_the_aged_balance_puts_each_open_item_in_its_bucket_as_of_a_date() -> None:
    as_of = date(2026, 6, 30)
    invoices = [
        _invoice("100", as_of - timedelta(days=10), number="A"),  # due in 20 days: current
        _invoice("200", as_of - timedelta(days=45), number="B"),  # 15 days overdue
        _invoice("300", as_of - timedelta(days=80), number="C"),  # 50
        _invoice("400", as_of - timedelta(days=110), number="D"),  # 80
        _invoice("500", as_of - timedelta(days=200), number="E"),  # 170
        _invoice("600", as_of + timedelta(days=1), number="F"),  # not issued yet
    ]
    aged = aged_balance(open_items("DZ", invoices), as_of, "DZD")
    assert [(b, m.amount) for b, m in aged.buckets] == [
        ("current", 100),
        ("1-30", 200),
        ("31-60", 300),
        ("61-90", 400),
        ("over_90", 500),
    ]
    assert aged.total == Money.of(1500, "DZD")


def test_a_euro_invoice_paid_at_another_rate_posts_the_realized_gain() -> None:
    chart = load_chart("DZ")
    inv = _invoice("100", date(2026, 1, 5), currency="EUR", rate="148")
    payment = _pay(
        "100", allocate(Money.of(100, "EUR"), open_items("DZ", [inv])), currency="EUR", rate="150"
    )
    entry = posting_of(payment, chart)
    assert entry is not None and entry.is_balanced()
    gain = [ln for ln in entry.lines if ln.role is AccountRole.EXCHANGE_GAIN]
    assert [ln.amount for ln in gain] == [Money.of(200, "DZD")]
    assert realized_difference(Money.of(100, "EUR"), Decimal(148), Decimal(150), "DZD") == (
        Money.of(200, "DZD")
    )


def test_open_foreign_items_are_revalued_at_period_end_and_reversed_the_next_day() -> None:
    chart = load_chart("DZ")
    inv = _invoice("100", date(2026, 1, 5), currency="EUR", rate="148")
    items = open_items("DZ", [inv, _invoice("50", date(2026, 1, 6), number="FA-2")])
    entries = revaluation_entries(
        chart, date(2026, 1, 31), items, {"EUR": Decimal(145)}, {inv.id: CUSTOMER}
    )
    assert len(entries) == 2
    entry, back = entries
    assert entry.on == date(2026, 1, 31) and back.on == date(2026, 2, 1)
    assert back.reversal_of == entry.id and entry.is_balanced()
    loss = [ln for ln in entry.lines if ln.role is AccountRole.EXCHANGE_LOSS]
    assert [(ln.side.value, ln.amount) for ln in loss] == [("debit", Money.of(300, "DZD"))]


@settings(max_examples=60, deadline=None)
@given(
    prices=st.lists(st.integers(1, 50_000), min_size=1, max_size=6),
    credits=st.lists(st.booleans(), min_size=6, max_size=6),
    payments=st.lists(st.integers(1, 80_000), min_size=0, max_size=5),
)
def test_allocations_never_exceed_payment_or_open_and_open_items_add_up(
    prices: list[int], credits: list[bool], payments: list[int]
) -> None:
    start = date(2026, 1, 1)
    invoices = [
        _invoice(str(p), start + timedelta(days=i), number=f"FA-{i}") for i, p in enumerate(prices)
    ]
    notes = [
        credit_note(
            inv,
            [],
            {inv.lines[0].id: Decimal(1)},
            number=f"AV-{i}",
            country="DZ",
            issued_at=_at(start + timedelta(days=40)),
        )
        for i, (inv, c) in enumerate(zip(invoices, credits, strict=False))
        if c
    ]
    paid: list[CustomerPayment] = []
    for amount in payments:
        before = open_items("DZ", invoices, notes, paid)
        plan = allocate(Money.of(amount, "DZD"), before)
        payment = _pay(str(amount), plan)
        check_payment(payment, before)
        assert payment.allocated <= payment.amount
        open_by_id = {i.invoice_id: i.open for i in before}
        for a in payment.allocations:
            assert a.amount <= open_by_id[a.invoice_id]
        paid.append(payment)
    after = open_items("DZ", invoices, notes, paid)
    assert all(not i.open.is_negative() for i in after)
    zero = Money.zero("DZD")
    total_open = sum((i.open for i in after), zero)
    expected = (
        sum((i.total for i in invoices), zero)
        - sum((n.total for n in notes if n.kind == CUSTOMER_CREDIT_NOTE), zero)
        - sum((p.allocated for p in paid), zero)
    )
    assert total_open == expected


def test_the_server_rebuilds_a_payment_from_its_payload_and_posts_the_same_entry() -> None:
    from erp_desktop.kernel.documents import document_from_payload, entity_of, payload

    chart = load_chart("DZ")
    inv = _invoice("11900", date(2026, 1, 5))
    payment = _pay("12000", allocate(Money.of(12000, "DZD"), open_items("DZ", [inv])), "cash")
    assert entity_of(payment) == "customer_payment"
    rebuilt = document_from_payload("customer_payment", payload(payment), BRANCH)
    assert rebuilt == payment
    assert posting_of(rebuilt, chart) == posting_of(payment, chart)


def test_a_payment_in_another_currency_than_the_invoice_is_refused() -> None:
    inv = _invoice("100", date(2026, 1, 5), currency="EUR", rate="148")
    with pytest.raises(ValidationError) as caught:
        allocate(Money.of(100, "DZD"), open_items("DZ", [inv]))
    assert caught.value.code == "receivables.mixed_currencies"


def test_a_credit_note_on_a_paid_invoice_leaves_the_customer_a_credit_on_it() -> None:
    inv = _invoice("1000", date(2026, 1, 5))
    paid = _pay("1000", allocate(Money.of(1000, "DZD"), open_items("DZ", [inv])))
    note = credit_note(
        inv,
        [],
        {inv.lines[0].id: Decimal(1)},
        number="AV-1",
        country="DZ",
        issued_at=_at(date(2026, 2, 1)),
    )
    items = open_items("DZ", [inv], [note], [paid])
    assert [i.open for i in items] == [Money.of(-1000, "DZD")]
    assert allocate(Money.of(500, "DZD"), items).unallocated == Money.of(500, "DZD")


def test_a_payment_of_nothing_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        _pay("0", AllocationPlan((), Money.zero("DZD")))
    assert caught.value.code == "money.invalid_amount"


@settings(max_examples=40, deadline=None)
@given(
    prices=st.lists(st.integers(1, 50_000), min_size=1, max_size=5),
    payments=st.lists(st.tuples(st.integers(1, 60_000), st.booleans(), st.booleans()), max_size=5),
)
def test_bounced_and_explicitly_allocated_payments_keep_the_open_items_consistent(
    prices: list[int], payments: list[tuple[int, bool, bool]]
) -> None:
    start = date(2026, 1, 1)
    invoices = [
        _invoice(str(p), start + timedelta(days=i), number=f"FA-{i}") for i, p in enumerate(prices)
    ]
    paid: list[CustomerPayment] = []
    bounced: list[UUID] = []
    for amount, newest_first, bounces in payments:
        before = open_items("DZ", invoices, (), paid, bounced)
        money = Money.of(amount, "DZD")
        explicit: dict[UUID, Money] = {}
        left = money
        for item in sorted(before, key=lambda i: i.number, reverse=newest_first):
            part = min(left, item.open)
            if part > Money.zero("DZD"):
                explicit[item.invoice_id] = part
                left = left - part
        payment = _pay(str(amount), allocate(money, before, explicit), "cheque")
        check_payment(payment, before)
        paid.append(payment)
        if bounces:
            bounced.append(payment.id)
    after = open_items("DZ", invoices, (), paid, bounced)
    zero = Money.zero("DZD")
    assert all(not i.open.is_negative() for i in after)
    assert sum((i.open for i in after), zero) == sum((i.total for i in invoices), zero) - sum(
        (p.allocated for p in paid if p.id not in bounced), zero
    )


def test_foreign_cash_against_an_account_is_refused_until_its_duty_is_modelled() -> None:
    inv = _invoice("100", date(2026, 1, 5), currency="EUR", rate="148")
    plan = allocate(Money.of(100, "EUR"), open_items("DZ", [inv]))
    with pytest.raises(ValidationError) as caught:
        _pay("100", plan, "cash", currency="EUR", rate="150")
    assert caught.value.code == "receivables.foreign_cash_on_account"


def test_cash_in_morocco_bears_a_quarter_percent_and_a_tunisian_payment_bears_none() -> None:
    casablanca = datetime(2026, 4, 1, 10, tzinfo=ZoneInfo("Africa/Casablanca"))
    tunis = datetime(2026, 4, 1, 10, tzinfo=ZoneInfo("Africa/Tunis"))
    common = {"branch_id": BRANCH, "customer_id": CUSTOMER, "tender": "cash", "number": "RG-1"}
    ma = customer_payment(
        country="MA",
        received_at=casablanca,
        amount=Money.of(10000, "MAD"),
        plan=AllocationPlan((), Money.of(10000, "MAD")),
        **common,
    )  # type: ignore[arg-type]
    assert ma.stamp_duty == Money.of(25, "MAD")
    tn = customer_payment(
        country="TN",
        received_at=tunis,
        amount=Money.of(500, "TND"),
        plan=AllocationPlan((), Money.of(500, "TND")),
        **common,
    )  # type: ignore[arg-type]
    assert tn.stamp_duty.is_zero()  # Tunisia's duty is per invoice, borne by the invoice
    entry = posting_of(ma, load_chart("MA"))
    assert entry is not None and entry.is_balanced()


def test_an_invoice_in_instalments_ages_each_open_instalment_by_its_own_date() -> None:
    from erp_desktop.kernel.invoicing.terms import Instalment

    inv = business_document(
        CUSTOMER_INVOICE,
        number="FA-9",
        country="DZ",
        branch_id=BRANCH,
        customer_id=CUSTOMER,
        issued_at=_at(date(2026, 1, 1)),
        currency="DZD",
        lines=[BusinessLineInput(Decimal(1), Decimal(3000), Decimal(0), OIL)],
        terms=PaymentTerms(
            "instalments",
            instalments=tuple(
                Instalment(Decimal(p), d) for p, d in (("40", 30), ("30", 60), ("30", 90))
            ),
        ),
    )
    paid = _pay("1500", allocate(Money.of(1500, "DZD"), open_items("DZ", [inv])))
    items = open_items("DZ", [inv], payments=[paid])
    # 1,200 due on 31 Jan is paid, 600 of the 900 due on 2 Mar is left, and 900 due on 1 Apr
    assert items[0].open_by_due_date() == (
        (date(2026, 3, 2), Money.of(600, "DZD")),
        (date(2026, 4, 1), Money.of(900, "DZD")),
    )
    aged = aged_balance(items, date(2026, 4, 15), "DZD")
    assert (aged["31-60"], aged["1-30"], aged.total) == (
        Money.of(600, "DZD"),
        Money.of(900, "DZD"),
        Money.of(1500, "DZD"),
    )
