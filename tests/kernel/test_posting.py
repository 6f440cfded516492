"""Posting rules: every document posts a balanced entry, whatever it holds."""

from datetime import date
from decimal import Decimal
from uuid import UUID, uuid4

import pytest
from hypothesis import given
from hypothesis import strategies as st

from erp_desktop.kernel.errors import ConflictError, ValidationError
from erp_desktop.kernel.ledger import AccountRole, JournalEntry, PeriodCalendar, load_chart, reverse
from erp_desktop.kernel.ledger.reports import (
    balance_sheet,
    profit_and_loss,
    trial_balance,
    vat_summary,
)
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.posting import (
    GoodsReceiptPosting,
    PaymentPosting,
    RevenueLine,
    SalePosting,
    StockValuePosting,
    TenderLine,
    TransferInPosting,
    TransferOutPosting,
    post_customer_payment,
    post_goods_receipt,
    post_return,
    post_sale,
    post_stock_adjustment,
    post_transfer_in,
    post_transfer_out,
)

DAY = date(2026, 3, 10)
CURRENCY = {"DZ": "DZD", "MA": "MAD", "TN": "TND"}


def sale(
    country: str,
    revenue: list[tuple[int, int]],
    tenders: list[tuple[str, int]],
    stamp: int = 0,
    rounding: int = 0,
    on_credit: int = 0,
    cost: int = 0,
    change: int = 0,
    source_id: UUID | None = None,
) -> SalePosting:
    cur = CURRENCY[country]
    m = lambda minor: Money.from_minor(minor, cur)  # noqa: E731
    return SalePosting(
        "receipt",
        source_id or uuid4(),
        "ALG01-C1-2026-000001",
        DAY,
        None,
        None,
        cur,
        Decimal(1),
        tuple(RevenueLine(Decimal(r), m(b), m(b * r // 100)) for b, r in revenue),
        m(stamp),
        m(rounding),
        tuple(TenderLine(k, m(a)) for k, a in tenders),
        m(change),
        m(on_credit),
        m(cost),
    )


def posted(entry: JournalEntry | None) -> JournalEntry:
    assert entry is not None
    return entry


def test_a_cash_sale_of_11900_da_incl_19_vat_paid_10000_cash_and_1900_by_card() -> None:
    chart = load_chart("DZ")
    doc = sale("DZ", [(1_000_000, 19)], [("cash", 1_000_000), ("card", 190_000)], cost=600_000)
    entry = posted(post_sale(chart, doc))
    lines = {(ln.account, ln.side.value): ln.amount.amount for ln in entry.lines}
    assert lines == {
        ("700", "credit"): Decimal(10000),
        ("4457", "credit"): Decimal(1900),
        ("530", "debit"): Decimal(10000),
        ("517", "debit"): Decimal(1900),
        ("30", "credit"): Decimal(6000),
        ("600", "debit"): Decimal(6000),
    }
    assert entry.is_balanced()


def test_the_same_document_always_gets_the_same_entry_id() -> None:
    chart = load_chart("DZ")
    source = uuid4()
    one = posted(post_sale(chart, sale("DZ", [(100, 19)], [("cash", 119)], source_id=source)))
    two = posted(post_sale(chart, sale("DZ", [(100, 19)], [("cash", 119)], source_id=source)))
    assert one.id == two.id
    assert reverse(one).id != one.id


def test_tenders_that_do_not_pay_the_document_are_refused() -> None:
    with pytest.raises(ValidationError) as err:
        post_sale(load_chart("DZ"), sale("DZ", [(10000, 19)], [("cash", 5000)]))
    assert err.value.code == "posting.tenders_do_not_cover"


def test_a_reversal_cancels_the_entry_in_the_trial_balance() -> None:
    chart = load_chart("TN")
    entry = posted(post_sale(chart, sale("TN", [(10_000, 19)], [("cash", 11_900)], cost=5_000)))
    tb = trial_balance(chart, [entry, reverse(entry)])
    assert all(row.balance.is_zero() for row in tb.rows)


def test_a_closed_period_refuses_postings() -> None:
    calendar = PeriodCalendar()
    calendar.close(date(2026, 2, 1))
    calendar.check_open(date(2026, 3, 1))
    with pytest.raises(ConflictError) as err:
        calendar.check_open(date(2026, 2, 28))
    assert err.value.code == "ledger.period_closed"


@pytest.mark.parametrize("country", ["DZ", "MA", "TN"])
def test_every_chart_maps_every_role(country: str) -> None:
    chart = load_chart(country)
    for role in AccountRole:
        assert chart.account_for(role).name_ar


def test_paying_a_100_eur_invoice_booked_at_148_at_150_books_a_200_da_exchange_gain() -> None:
    chart = load_chart("DZ")
    entry = posted(
        post_customer_payment(
            chart,
            PaymentPosting(
                uuid4(),
                "P1",
                DAY,
                None,
                None,
                Money.of(100, "EUR"),
                Decimal(148),
                (TenderLine("transfer", Money.of(100, "EUR"), Decimal(150)),),
            ),
        )
    )
    gains = [ln for ln in entry.lines if ln.role is AccountRole.EXCHANGE_GAIN]
    assert gains[0].amount == Money.of(200, "DZD")
    assert entry.is_balanced()


amounts = st.integers(0, 10**9)


@given(
    country=st.sampled_from(["DZ", "MA", "TN"]),
    revenue=st.lists(
        st.tuples(st.integers(0, 10**8), st.sampled_from([0, 7, 9, 10, 13, 14, 19, 20])),
        min_size=1,
        max_size=5,
    ),
    stamp=st.integers(0, 10**5),
    rounding=st.integers(-200, 200),
    cost=amounts,
    credit_share=st.integers(0, 100),
    split=st.lists(
        st.sampled_from(["cash", "card", "cheque", "transfer", "store_credit"]),
        min_size=1,
        max_size=4,
    ),
    change=st.integers(0, 10**5),
    foreign=st.booleans(),
)
def test_every_sale_and_return_balances(
    country: str,
    revenue: list[tuple[int, int]],
    stamp: int,
    rounding: int,
    cost: int,
    credit_share: int,
    split: list[str],
    change: int,
    foreign: bool,
) -> None:
    chart = load_chart(country)
    cur = CURRENCY[country]
    due = sum(b + b * r // 100 for b, r in revenue) + stamp + rounding
    if due < 0:
        return
    on_credit = due * credit_share // 100
    to_pay = due - on_credit
    parts = Money.from_minor(to_pay, cur).allocate([1] * len(split))
    tenders = [TenderLine(k, p) for k, p in zip(split, parts, strict=True)]
    if change and tenders[-1].kind == "cash":
        tenders[-1] = TenderLine("cash", tenders[-1].amount + Money.from_minor(change, cur))
    else:
        change = 0
    if foreign and tenders[0].kind == "cash" and tenders[0].amount.amount > 0:
        rate = Decimal("148.37")
        eur = Money.of(tenders[0].amount.amount / rate, "EUR")
        # The branch takes the euros at the rate; the leftover centimes go to change.
        local = Money.of(eur.amount * rate, cur)
        change += (local - tenders[0].amount).to_minor()
        if change < 0:
            return
        tenders[0] = TenderLine("cash", eur, rate)
    doc = sale(country, revenue, [], stamp, rounding, on_credit, cost, change)
    doc = SalePosting(**{**{f: getattr(doc, f) for f in doc.__slots__}, "tenders": tuple(tenders)})  # type: ignore[attr-defined]
    for rule in (post_sale, post_return):
        entry = rule(chart, doc)
        if entry is None:  # a document that moves no money posts nothing
            assert due == 0 and cost == 0 and change == 0
            continue
        assert entry.is_balanced()
        assert all(ln.amount.amount > 0 for ln in entry.lines)


@given(st.sampled_from(["DZ", "MA", "TN"]), amounts, amounts, amounts, st.integers(-(10**8), 10**8))
def test_every_stock_document_balances(
    country: str, cost: int, vat: int, sent: int, delta: int
) -> None:
    chart = load_chart(country)
    cur = CURRENCY[country]
    m = lambda minor: Money.from_minor(minor, cur)  # noqa: E731
    docs = [
        post_goods_receipt(
            chart,
            GoodsReceiptPosting(
                uuid4(),
                "GR1",
                DAY,
                None,
                None,
                cur,
                Decimal(1),
                m(cost),
                (RevenueLine(Decimal(19), m(cost), m(vat)),),
                m(cost + vat),
            ),
        ),
        post_transfer_out(chart, TransferOutPosting(uuid4(), "TO1", DAY, None, m(sent + 1))),
        post_transfer_in(
            chart,
            TransferInPosting(uuid4(), "TI1", DAY, None, m(sent + 1), m(max(sent + 1 + delta, 1))),
        ),
        post_stock_adjustment(
            chart, StockValuePosting("count", uuid4(), "INV1", DAY, None, m(delta or 1))
        ),
    ]
    posted = [e for e in docs if e is not None]
    assert all(e.is_balanced() for e in posted)
    assert trial_balance(chart, posted).balanced


def test_books_of_a_small_month() -> None:
    chart = load_chart("MA")
    entries = [
        posted(
            post_goods_receipt(
                chart,
                GoodsReceiptPosting(
                    uuid4(),
                    "GR1",
                    DAY,
                    None,
                    None,
                    "MAD",
                    Decimal(1),
                    Money.of(1000, "MAD"),
                    (RevenueLine(Decimal(20), Money.of(1000, "MAD"), Money.of(200, "MAD")),),
                    Money.of(1200, "MAD"),
                ),
            )
        ),
        posted(post_sale(chart, sale("MA", [(150_000, 20)], [("cash", 180_000)], cost=100_000))),
    ]
    pnl = profit_and_loss(chart, entries, date(2026, 3, 1), date(2026, 3, 31))
    assert pnl.result == Money.of(500, "MAD")
    bs = balance_sheet(chart, entries, date(2026, 3, 31))
    assert bs.balanced
    vat = vat_summary(chart, entries, date(2026, 3, 1), date(2026, 3, 31))
    assert vat.total_collected == Money.of(300, "MAD")
    assert vat.deductible == Money.of(200, "MAD")
    assert vat.net_due == Money.of(100, "MAD")
