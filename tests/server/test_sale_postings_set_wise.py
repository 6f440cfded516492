"""The set-wise posting of pushed sales gives, line by line, what the per-document rule gives.

Sales are made as the till makes them (kernel.sales: totals with discounts, settlement with
stamp duty, cash rounding and change), in Algeria, Morocco and Tunisia, then sent through
the wire form the server receives (validated, normalized). For each, the rows of
``sale_postings`` must equal ``entry_rows(posting_of(sale_from_payload(...)))`` (ids,
accounts, roles, sides, amounts, currencies, rates, VAT rates, partner, memo, entry date,
source), and the document's hash read from the payload must be the rebuilt document's;
where the set-wise pass declines (``None``), the per-document rule must be the one that
knows (foreign currency) or refuses. No database: it sits with the server's tests as it
compares the JSON rows the server's statement receives (``posting_params``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from erp_desktop.kernel.calendar import business_date
from erp_desktop.kernel.documents import SaleDocument, SaleLine, payload, payments_of
from erp_desktop.kernel.documents.posting import posting_of
from erp_desktop.kernel.documents.sale import chain_fields, sale_from_payload, sale_hash
from erp_desktop.kernel.documents.sale_postings import SetPosting, sale_postings
from erp_desktop.kernel.documents.sale_seal import chain_fields_of_payload, sealed
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.hash_chain import canonical, canonical_text, genesis
from erp_desktop.kernel.ids import derived_id, derived_id_text, id_text, new_id
from erp_desktop.kernel.ledger.accounts import Chart, load_chart
from erp_desktop.kernel.ledger.entry_rows import entry_rows
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.protocol.payloads import validate_payload
from erp_desktop.kernel.sales.settlement import Tender, TenderKind, settle
from erp_desktop.kernel.sales.totals import Discount, PriceMode, SaleLineInput, compute_sale
from erp_desktop.kernel.tax.stamp_duty import StampDocument
from sync_server.db.mergers.postings import posting_params
from tests.sale_documents import a_cash_ticket

BRANCH = UUID("01890000-0000-7000-8000-0000000000b1")
RATES = {"DZ": ("0", "9", "19"), "MA": ("0", "7", "10", "14", "20"), "TN": ("0", "7", "13", "19")}
CHARTS = {country: load_chart(country) for country in RATES}
FOREIGN = "EUR"


@st.composite
def sales(draw: st.DrawFn) -> tuple[Chart, dict[str, Any]]:
    """A sale, invoice or credit note as a till would make it, in its wire form."""
    country = draw(st.sampled_from(sorted(RATES)))
    chart = CHARTS[country]
    currency = chart.currency
    cents = 10 ** (3 if currency == "TND" else 2)
    inputs = []
    for _ in range(draw(st.integers(1, 6))):
        weighed = draw(st.booleans())
        quantity = (
            Decimal(draw(st.integers(1, 5_000))) / 1000
            if weighed
            else Decimal(draw(st.integers(1, 12)))
        )
        discount = draw(
            st.none() | st.builds(lambda p: Discount(percent=Decimal(p)), st.integers(1, 30))
        )
        inputs.append(
            SaleLineInput(
                product_id=new_id(),
                quantity=quantity,
                unit_price=Decimal(draw(st.integers(1, 2_000_000))) / cents,
                vat_rate=Decimal(draw(st.sampled_from(RATES[country]))),
                discount=discount,
                price_mode=draw(st.none() | st.sampled_from(list(PriceMode))),
            )
        )
    ticket_discount = draw(
        st.none() | st.builds(lambda p: Discount(percent=Decimal(p)), st.integers(1, 15))
    )
    totals = compute_sale(inputs, currency, draw(st.sampled_from(list(PriceMode))), ticket_discount)
    kind = draw(st.sampled_from(["receipt", "receipt", "invoice", "credit_note"]))
    customer = draw(st.none() | st.just(new_id()))
    gross = totals.gross
    # non-cash tenders first, each a share of what is due; the rest in cash, over-tendered
    tenders: list[Tender] = []
    left = gross
    for kind_ in draw(
        st.lists(
            st.sampled_from(["card", "cheque", "transfer", "store_credit", "points"]), max_size=2
        )
    ):
        part = Money.of(left.amount * Decimal(draw(st.integers(0, 100))) / 100, currency)
        if part.amount > 0:
            tenders.append(Tender(TenderKind(kind_), part))
            left = left - part
    on_account = Money.zero(currency)
    if customer is not None and draw(st.booleans()) and left.amount > 0:
        on_account = Money.of(left.amount * Decimal(draw(st.integers(1, 100))) / 100, currency)
        left = left - on_account
        tenders.append(Tender(TenderKind.ON_ACCOUNT, on_account))
    foreign_rate = None
    if draw(st.integers(0, 5)) == 0:
        foreign_rate = Decimal(draw(st.integers(13_000, 16_000))) / 100
        cash = Money.of(left.amount / foreign_rate + 50, FOREIGN)
        tenders.append(Tender(TenderKind.CASH, cash, foreign_rate))
    else:
        over = Decimal(draw(st.sampled_from([0, 0, 1, 5, 50, 1000])))
        tenders.append(Tender(TenderKind.CASH, Money.of(left.amount + over + 10, currency)))
    issued = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(
        minutes=draw(st.integers(0, 365 * 24 * 60))
    )
    document = {
        "receipt": StampDocument.TICKET,
        "invoice": StampDocument.INVOICE,
        "credit_note": StampDocument.CREDIT_NOTE,
    }[kind]
    cash_step = Decimal(draw(st.sampled_from(["0", "0", "5", "10"]))) / (cents // 100 or 1)
    try:  # what is left on account is a non-cash tender to the settlement
        settlement = settle(
            gross, tenders, country, business_date(country, issued), cash_step, document=document
        )
    except ErpError:  # over-tendered by card, say: paid in cash instead
        tenders = [Tender(TenderKind.CASH, gross * 2 + Money.of(100, currency))]
        settlement = settle(gross, tenders, country, business_date(country, issued))
    sale_id = new_id()
    lines = tuple(
        SaleLine(
            id=new_id(),
            position=i,
            product_id=lt.product_id,
            description="",
            quantity=lt.quantity,
            unit_price=lt.unit_price,
            vat_rate=lt.vat_rate,
            discount=lt.line_discount + lt.document_discount,
            base=lt.base,
            vat=lt.vat,
            unit_cost=Decimal(draw(st.integers(0, 1_000_000))) / 1000,
            returned_line_id=new_id() if kind == "credit_note" else None,
        )
        for i, lt in enumerate(totals.lines, 1)
    )
    payments = [(str(t.kind), t.amount, t.rate, "") for t in tenders]
    change = settlement.change_due
    sale = SaleDocument(
        id=sale_id,
        kind=kind,
        number=f"ALG01-C1-2026-{draw(st.integers(1, 999_999)):06d}",
        series="ALG01-C1-2026",
        sequence=1,
        status="final",
        register_id=new_id(),
        session_id=new_id(),
        branch_id=BRANCH,
        customer_id=customer,
        issued_at=issued,
        currency=currency,
        rate=Decimal(1),
        price_mode=totals.document_mode,
        base=totals.base,
        vat=totals.vat,
        discount=totals.discount,
        stamp_duty=settlement.stamp_duty,
        rounding=settlement.cash_rounding,
        total=settlement.total_due,
        change=change,
        cost=Decimal(0),
        original_id=new_id() if kind == "credit_note" else None,
        previous_hash=genesis("ALG01-C1-2026"),
        hash="",
        cashier_id=new_id(),
        lines=lines,
        payments=payments_of(sale_id, payments),
    )
    if draw(st.booleans()):  # sealed as the replica seals it, or tampered with
        sale = replace(sale, hash=sale_hash(sale))
    return chart, validate_payload("sale", payload(sale))


def _per_document(chart: Chart, p: dict[str, Any]) -> SetPosting:
    """What the server posted before the set-wise pass: the document rebuilt and posted."""
    document = sale_from_payload(p, BRANCH)
    entry = posting_of(document, chart)
    day = business_date(chart.country, document.issued_at)
    return SetPosting(entry_rows(entry) if entry else None, entry.on if entry else day)


def _assert_same(chart: Chart, p: dict[str, Any]) -> bool:
    """True when the set-wise pass posted ``p`` (and did so as the per-document rule)."""
    (fast,) = sale_postings([p], chart)
    try:
        slow = _per_document(chart, p)
    except ErpError:
        assert fast is None  # refused by the rule: never posted set-wise
        return False
    if fast is None:
        return False
    assert fast.day == slow.day
    if slow.entry is None:
        assert fast.entry is None
    else:
        assert fast.entry is not None
        assert fast.entry.entry_row() == slow.entry.entry_row()
        for mine, theirs in zip(fast.entry.lines, slow.entry.lines, strict=True):
            assert mine == theirs
        # and the very text the statement receives
        assert posting_params([fast.entry]) == posting_params(
            [posting_of(sale_from_payload(p, BRANCH), chart)]  # type: ignore[list-item]
        )
    document = sale_from_payload(p, BRANCH)
    # already canonical text: the same bytes as the rebuilt document's fields
    assert canonical_text(chain_fields_of_payload(p)) == canonical(chain_fields(document))
    assert sealed(p) == (sale_hash(document) == p["hash"])
    return True


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sales())
def test_a_set_wise_posting_is_the_per_document_posting_line_by_line(
    sale: tuple[Chart, dict[str, Any]],
) -> None:
    chart, p = sale
    posted = _assert_same(chart, p)
    foreign = any(pay["currency"] != p["currency"] for pay in p["payments"])
    if not foreign:
        assert posted  # every sale in the company's currency the rule posts is posted here


@settings(max_examples=50, deadline=None)
@given(st.lists(sales(), min_size=2, max_size=8))
def test_a_set_is_posted_as_each_of_its_sales_alone(
    sold: list[tuple[Chart, dict[str, Any]]],
) -> None:
    chart = sold[0][0]
    same_chart = [p for c, p in sold if c is chart]
    together = sale_postings(same_chart, chart)
    assert together == [sale_postings([p], chart)[0] for p in same_chart]


# -- hand cases ----------------------------------------------------------------------------

AT = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)  # 00:30 the next day in Algiers


def _ticket(**changes: Any) -> dict[str, Any]:
    sale = a_cash_ticket(BRANCH, AT, description="")
    sale = replace(sale, hash=sale_hash(sale))
    p = validate_payload("sale", payload(sale))
    p.update(changes)
    return p


def test_a_cash_ticket_of_1200_da_posts_revenue_vat_stamp_rounding_cash_change_and_cost() -> None:
    chart = CHARTS["DZ"]
    p = _ticket()
    (posted,) = sale_postings([p], chart)
    assert posted is not None and posted.entry is not None
    assert posted.day == date(2026, 3, 3)  # the business day in Algiers
    lines = [(ln[4], ln[5], ln[6], ln[13]) for ln in posted.entry.lines]
    assert lines == [
        ("sales_revenue", "credit", 100_000, ""),
        ("vat_collected", "credit", 19_000, ""),
        ("stamp_duty_payable", "credit", 1_200, ""),
        ("rounding", "debit", 200, "cash rounding"),  # a negative rounding flips its side
        ("cash", "debit", 200_000, ""),
        ("cash", "credit", 80_000, "change"),
        ("inventory", "credit", 87_500, ""),
        ("cost_of_goods_sold", "debit", 87_500, ""),
    ]
    assert _assert_same(chart, p)
    assert sealed(p)
    assert not sealed({**p, "total_minor": 120_001})


def test_a_tender_the_rules_do_not_know_is_left_to_the_per_document_rule() -> None:
    chart = CHARTS["DZ"]
    p = _ticket()
    p["payments"][0]["tender"] = "bitcoin"
    assert sale_postings([p], chart) == [None]
    with pytest.raises(ErpError) as refused:
        posting_of(sale_from_payload(p, BRANCH), chart)
    assert refused.value.code == "posting.unknown_tender"


def test_tenders_that_do_not_cover_the_ticket_are_left_to_the_rule_that_refuses_them() -> None:
    chart = CHARTS["DZ"]
    p = _ticket(change_minor=79_000)
    assert sale_postings([p], chart) == [None]
    with pytest.raises(ErpError) as refused:
        posting_of(sale_from_payload(p, BRANCH), chart)
    assert refused.value.code == "posting.tenders_do_not_cover"


def test_a_ticket_in_another_currency_or_paid_in_foreign_cash_is_posted_per_document() -> None:
    chart = CHARTS["DZ"]
    euros = _ticket()
    euros["payments"][0].update(currency="EUR", amount_minor=1_350, rate="148.1481")
    assert sale_postings([euros, _ticket(currency="MAD")], chart) == [None, None]


def test_a_ticket_in_a_country_whose_chart_is_not_its_own_is_posted_per_document() -> None:
    assert sale_postings([_ticket()], CHARTS["TN"]) == [None]  # DZD in a TND company


def test_a_free_sample_posts_nothing_on_its_business_day() -> None:
    zero = {"base_minor": 0, "vat_minor": 0}
    p = _ticket(
        base_minor=0,
        vat_minor=0,
        stamp_duty_minor=0,
        rounding_minor=0,
        total_minor=0,
        change_minor=0,
        payments=[],
    )
    p["lines"][0].update(unit_cost="0", **zero)
    (posted,) = sale_postings([p], CHARTS["DZ"])
    assert posted == SetPosting(None, date(2026, 3, 3))
    assert _assert_same(CHARTS["DZ"], p)


def test_a_credit_note_refunds_by_its_tender_and_takes_the_goods_back_at_cost() -> None:
    chart = CHARTS["DZ"]
    p = _ticket(kind="credit_note", original_id=str(new_id()))
    (posted,) = sale_postings([p], chart)
    assert posted is not None and posted.entry is not None
    assert posted.entry.source_type == "credit_note"
    sides = {ln[4]: ln[5] for ln in posted.entry.lines if ln[13] == ""}
    assert sides["sales_returns"] == "debit" and sides["inventory"] == "debit"
    assert _assert_same(chart, p)


def test_ids_as_text_are_the_kernel_ids() -> None:
    some = new_id()
    assert derived_id_text("journal_line", some, 3) == str(derived_id("journal_line", some, 3))
    assert id_text(str(some).upper()) == str(some)
    assert id_text(some) == str(some)
