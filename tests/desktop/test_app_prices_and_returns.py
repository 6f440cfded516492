"""Prices and returns through the real use cases: a tax-excluded article keeps its price mode
in a mixed cart, and partial returns of a line refund exactly what it was paid."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from uuid import UUID

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from erp_desktop.app.accounting.reports import trial_balance
from erp_desktop.app.stock.receipts import ReceiptLine, receive_goods
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout, quote
from erp_desktop.app.till.returns import ReturnRequest, return_sale
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ledger.accounts import AccountRole, load_chart
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Discount, Tender, TenderKind
from erp_desktop.storage.seed import ProductSeed, seed_products
from tests.builders import PRODUCTS, START, Branch, build_branch


def DA(x: object) -> Money:
    return Money.of(x, "DZD")


def add_tax_excluded_article(branch: Branch, price_da: int = 680, barcode: str = "") -> UUID:
    """A B2B article priced 680 DA before VAT (19 %), with stock."""
    product_id = new_id()
    with branch.replica.transaction(None) as conn:
        seed_products(
            conn,
            START,
            [
                ProductSeed(
                    product_id,
                    "HT0001",
                    "Cartouche d'encre (prix HT)",
                    "خرطوشة حبر",
                    "pce",
                    price_da * 100,
                    "DZD",
                    "standard",
                    (barcode,) if barcode else (),
                    price_mode="tax_excluded",
                )
            ],
        )
    receive_goods(
        branch.deps,
        branch.actor("admin"),
        None,
        "DZD",
        [ReceiptLine(product_id, Decimal(10), Decimal(400), Decimal(19))],
    )
    return product_id


def vat_collected(branch: Branch) -> Money:
    code = load_chart("DZ").account_for(AccountRole.VAT_COLLECTED).code
    tb = trial_balance(branch.deps, branch.actor("accountant"))
    return sum((r.credit - r.debit for r in tb.rows if r.account == code), DA(0))


def test_a_680_da_tax_excluded_article_is_charged_809_20_in_a_mixed_cart(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, DA(5000))
    ink = add_tax_excluded_article(branch)
    # 1,190 DA tax included (9 %) next to 680 DA before 19 % VAT.
    lines = (CartLine(ink, Decimal(1)), CartLine(branch.products[2], Decimal(1)))
    quoted = quote(branch.deps, cashier, CheckoutRequest(lines, ()))
    assert quoted.lines[0].gross == DA("809.20")
    assert quoted.gross == DA("1999.20")
    result = checkout(
        branch.deps,
        cashier,
        CheckoutRequest(lines, (Tender(TenderKind.CARD, DA("1999.20"), reference="T1"),)),
    )
    sale = result.sale
    assert sale.price_mode == "mixed"
    ink_line, oil_line = sale.lines
    assert (ink_line.base.to_minor(), ink_line.vat.to_minor()) == (68000, 12920)
    assert oil_line.base.to_minor() + oil_line.vat.to_minor() == 119000
    assert sale.total.to_minor() == 199920
    assert sale.vat.to_minor() == 12920 + oil_line.vat.to_minor()
    assert trial_balance(branch.deps, branch.actor("accountant")).balanced


def test_two_bottles_at_1190_da_returned_one_at_a_time_refund_2380_da(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, DA(5000))
    before = vat_collected(branch)
    sold = checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(branch.products[2], Decimal(2)),),
            (Tender(TenderKind.CARD, DA(2380), reference="T2"),),
        ),
    ).sale
    (line,) = sold.lines
    assert (line.base.to_minor(), line.vat.to_minor()) == (218349, 19651)
    first, _ = return_sale(branch.deps, cashier, ReturnRequest(sold.number, {line.id: Decimal(1)}))
    second, _ = return_sale(branch.deps, cashier, ReturnRequest(sold.number, {line.id: Decimal(1)}))
    assert (first.total.to_minor(), second.total.to_minor()) == (119000, 119000)
    assert first.vat.to_minor() + second.vat.to_minor() == 19651
    assert first.base.to_minor() + second.base.to_minor() == 218349
    assert vat_collected(branch) == before  # the VAT collected on the sale is all given back
    assert trial_balance(branch.deps, branch.actor("accountant")).balanced


def test_a_discounted_line_returned_in_three_goes_gives_back_each_figure(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, DA(5000))
    before = vat_collected(branch)
    # 3 x 450 DA (19 %) + 95 DA (9 %), 100 DA off the ticket.
    sold = checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(branch.products[0], Decimal(3)), CartLine(branch.products[3], Decimal(1))),
            (Tender(TenderKind.CARD, DA(1345), reference="T3"),),
            document_discount=Discount(amount=DA(100)),
        ),
    ).sale
    coffee = sold.lines[0]
    assert (coffee.base.to_minor(), coffee.vat.to_minor(), coffee.discount.to_minor()) == (
        105594,
        20063,
        9343,
    )
    credits = [
        return_sale(branch.deps, cashier, ReturnRequest(sold.number, {coffee.id: Decimal(1)}))[0]
        for _ in range(3)
    ]
    assert sum(c.base.to_minor() for c in credits) == 105594
    assert sum(c.vat.to_minor() for c in credits) == 20063
    assert sum(c.discount.to_minor() for c in credits) == 9343
    assert (
        sum(c.total.to_minor() for c in credits) == coffee.base.to_minor() + coffee.vat.to_minor()
    )
    # The 95 DA article is still sold: only its VAT stays collected.
    sugar = sold.lines[1]
    assert vat_collected(branch) == before + sugar.vat


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Branch]:
    built = build_branch(Path(tmp_path_factory.mktemp("alger")))
    open_cash_session(built.deps, built.actor("cashier"), DA(5000))
    yield built
    built.replica.close()


@settings(max_examples=12, deadline=None)
@given(
    st.integers(0, len(PRODUCTS) - 2),
    st.integers(2, 6),
    st.integers(0, 10),  # within what a cashier may give without a manager
    st.data(),
)
def test_any_partial_returns_of_a_line_refund_what_it_was_paid(
    shop: Branch, product: int, quantity: int, ticket_percent: int, data: st.DataObject
) -> None:
    cashier = shop.actor("cashier")
    before = vat_collected(shop)
    lines = (
        CartLine(shop.products[product], Decimal(quantity)),
        CartLine(shop.products[product + 1], Decimal(1)),
    )
    pct = Discount(percent=Decimal(ticket_percent)) if ticket_percent else None
    due = quote(shop.deps, cashier, CheckoutRequest(lines, (), pct)).gross
    sold = checkout(
        shop.deps,
        cashier,
        CheckoutRequest(lines, (Tender(TenderKind.CARD, due, reference="P"),), pct),
    ).sale
    first, other = sold.lines
    cuts = sorted(data.draw(st.sets(st.integers(1, quantity - 1), max_size=quantity - 1)))
    bounds = [0, *cuts, quantity]
    credits = [
        return_sale(shop.deps, cashier, ReturnRequest(sold.number, {first.id: Decimal(b - a)}))[0]
        for a, b in pairwise(bounds)
    ]
    assert sum(c.total.to_minor() for c in credits) == first.base.to_minor() + first.vat.to_minor()
    assert sum(c.vat.to_minor() for c in credits) == first.vat.to_minor()
    assert sum(c.base.to_minor() for c in credits) == first.base.to_minor()
    assert sum(c.discount.to_minor() for c in credits) == first.discount.to_minor()
    assert vat_collected(shop) == before + other.vat
