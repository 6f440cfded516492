"""Loyalty at the till over a real replica: points earned by the programme's rules (per
amount, per product category, a date-bounded campaign), taken back by a return, refused
below the minimum or beyond what is due; the programme read from its setting.

The worked example: 1 point per 100 DZD tax included, soap ("Hygiène") counts double, and a
campaign from 10 March 2026 triples hygiene. A ticket of 2 coffees (2 × 450 = 900 DZD) and 4
soaps (4 × 150 = 600 DZD): 900/100 × 1 + 600/100 × 2 × 3 = 9 + 36 = 45 points (before the
campaign: 9 + 12 = 21)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from erp_desktop.app.crm.loyalty import loyalty_account, redeem_points
from erp_desktop.app.crm.loyalty_expiry import expire_points
from erp_desktop.app.customers import save_customer
from erp_desktop.app.reactions import subscribe_reactions
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.returns import ReturnRequest, return_sale
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.crm.loyalty import RedemptionMode
from erp_desktop.kernel.crm.program import (
    PROGRAM_SETTING,
    program_from_data,
    program_to_data,
)
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from tests.builders import Branch, build_branch

PROGRAM = {
    "expiry_months": 12,
    "earn_rules": [
        {
            "valid_from": "2026-01-01",
            "currency": "DZD",
            "points": "1",
            "per": "100",
            "category_multipliers": {"Hygiène": "2"},
        }
    ],
    "campaigns": [
        {
            "name": "Printemps propre",
            "starts": "2026-03-10",
            "ends": "2026-03-31",
            "multiplier": "3",
            "categories": ["Hygiène"],
        }
    ],
    "redemption_rules": [
        {
            "valid_from": "2026-01-01",
            "currency": "DZD",
            "value_per_point": "2",
            "minimum_points": 20,
            "modes": ["tender", "discount"],
        }
    ],
}


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Branch]:
    branch = build_branch(tmp_path)
    deps = branch.deps
    with deps.store.transaction(None) as tx:
        tx.org.set_setting(PROGRAM_SETTING, PROGRAM, deps.now())
    with branch.replica.transaction(None) as conn:  # the catalog's category of the soap
        category = new_id()
        conn.execute(
            text(
                "INSERT INTO categories (id, name, name_ar, created_at, updated_at) "
                "VALUES (:id, 'Hygiène', 'النظافة', :at, :at)"
            ),
            {"id": category.hex, "at": "2026-01-01T00:00:00.000000Z"},
        )
        conn.execute(
            text("UPDATE products SET category_id = :c WHERE id = :p"),
            {"c": category.hex, "p": branch.products[5].hex},
        )
    subscribe_reactions(deps)
    open_cash_session(deps, branch.actor("cashier"), Money.of(Decimal(0), "DZD"))
    yield branch
    branch.replica.close()


def ticket(branch: Branch, customer_id: object) -> str:
    tender = Tender(TenderKind.CARD, Money.of(Decimal(1500), "DZD"))  # by card: no stamp duty
    lines = (
        CartLine(branch.products[0], Decimal(2)),  # coffee, 450 DZD
        CartLine(branch.products[5], Decimal(4)),  # soap, 150 DZD, "Hygiène"
    )
    done = checkout(
        branch.deps,
        branch.actor("cashier"),
        CheckoutRequest(lines, (tender,), customer_id=customer_id),  # type: ignore[arg-type]
    )
    assert done.sale.total == Money.of(Decimal(1500), "DZD")
    return done.sale.number


def test_points_by_amount_category_and_campaign_then_a_return_takes_them_back(
    shop: Branch,
) -> None:
    cashier = shop.actor("cashier")
    customer, _ = save_customer(shop.deps, cashier, None, name="Benali Amina")
    number = ticket(shop, customer.id)  # 10 March 2026: the campaign runs
    assert loyalty_account(shop.deps, cashier, customer.id).balance == 45
    shop.clock.set(shop.clock.now() + timedelta(days=1))
    with shop.deps.store.read() as tx:
        sale = tx.sales.sale_by_number(number)
    assert sale is not None
    soap = next(ln for ln in sale.lines if ln.product_id == shop.products[5])
    return_sale(shop.deps, shop.actor("manager"), ReturnRequest(number, {soap.id: Decimal(2)}))
    # 2 soaps back: 300/100 × 2 × 3 = 18 points, scored by the original day's rules
    account = loyalty_account(shop.deps, cashier, customer.id)
    assert account.balance == 45 - 18
    assert [m.kind for m in account.movements] == ["earn", "adjust"]


def test_before_the_campaign_and_without_a_customer(shop: Branch) -> None:
    cashier = shop.actor("cashier")
    customer, _ = save_customer(shop.deps, cashier, None, name="Saidi Omar")
    shop.clock.set(shop.clock.now() - timedelta(days=1))  # 9 March: no campaign yet
    ticket(shop, customer.id)
    assert loyalty_account(shop.deps, cashier, customer.id).balance == 21
    ticket(shop, None)  # an anonymous ticket earns nobody anything
    with shop.deps.store.read() as tx:
        assert len(tx.loyalty.movements_of(customer.id)) == 1


def test_redemption_refusals_and_value(shop: Branch) -> None:
    cashier = shop.actor("cashier")
    customer, _ = save_customer(shop.deps, cashier, None, name="Haddad Karim")
    ticket(shop, customer.id)  # 45 points
    due = Money.of(Decimal(500), "DZD")
    with pytest.raises(ValidationError) as small:
        redeem_points(shop.deps, cashier, customer.id, 10, due)
    assert small.value.code == "crm.redeem_below_minimum"
    with pytest.raises(ValidationError) as over_due:
        redeem_points(shop.deps, cashier, customer.id, 40, Money.of(Decimal(50), "DZD"))
    assert over_due.value.code == "crm.redeem_exceeds_due"
    done, _ = redeem_points(shop.deps, cashier, customer.id, 40, due, RedemptionMode.DISCOUNT)
    assert done.value == Money.of(Decimal(80), "DZD")  # 40 points × 2 DZD
    assert loyalty_account(shop.deps, cashier, customer.id).balance == 5
    with shop.deps.store.read() as tx:
        queued = [r for r in tx.outbox.pending(100) if r["entity"] == "loyalty_movement"]
    assert len(queued) == 2  # the earn and the redemption, both on their way


def test_the_programme_is_data_and_round_trips() -> None:
    program = program_from_data(PROGRAM)
    assert program.earn_rules[0].category_multipliers == {"Hygiène": Decimal(2)}
    assert program.campaigns[0].starts == date(2026, 3, 10)
    assert program_from_data(program_to_data(program)) == program
    assert program_from_data(None).earn_rules == ()
    with pytest.raises(ValidationError):
        program_from_data({**PROGRAM, "expiry_months": 0})


def test_points_expire_twelve_months_after_their_month_once(shop: Branch) -> None:
    """Earned on 10 March 2026 with 12 months: still valid on 31 March 2027, expired on
    1 April 2027 (docs/crm.md, "Expiry"). What was spent is not expired again."""
    cashier, manager = shop.actor("cashier"), shop.actor("manager")
    customer, _ = save_customer(shop.deps, cashier, None, name="Ziani Farid")
    ticket(shop, customer.id)  # 45 points
    redeem_points(shop.deps, cashier, customer.id, 20, Money.of(Decimal(500), "DZD"))
    assert expire_points(shop.deps, manager, date(2027, 3, 31)).made == 0
    assert expire_points(shop.deps, manager, date(2027, 4, 1)).made == 1
    assert expire_points(shop.deps, manager, date(2027, 4, 2)).made == 0  # once
    account = loyalty_account(shop.deps, cashier, customer.id)
    assert account.balance == 0
    assert [m.points for m in account.movements if m.kind == "expire"] == [-25]
    assert account.alerts == ()


def test_points_spent_as_a_tender_at_checkout_are_written_with_the_sale(
    shop: Branch, tmp_path: Path
) -> None:
    """45 points earned; the next ticket (1 coffee, 450 DZD) spends 30 of them, worth
    30 × 2 = 60 DZD, and 390 DZD by card. The redemption names the sale, the entry debits
    the rebates granted (709) by 60, and the receipt says 30 points used, 15 (+ the new
    ticket's 3 earned) left."""
    from erp_desktop.app.till.reprint import printable_sale
    from erp_desktop.kernel.ledger.accounts import AccountRole
    from erp_desktop.kernel.ledger.journal import Side

    cashier = shop.actor("cashier")
    customer, _ = save_customer(shop.deps, cashier, None, name="Benali Amina")
    ticket(shop, customer.id)  # 45 points
    card = Tender(TenderKind.CARD, Money.of(Decimal(390), "DZD"), reference="T-9")
    done = checkout(
        shop.deps,
        cashier,
        CheckoutRequest(
            (CartLine(shop.products[0], Decimal(1)),), (card,), customer_id=customer.id, points=30
        ),
    )
    assert done.points is not None and done.points.value == Money.of(Decimal(60), "DZD")
    assert [(p.tender, p.amount) for p in done.sale.payments] == [
        ("points", Money.of(Decimal(60), "DZD")),
        ("card", Money.of(Decimal(390), "DZD")),
    ]
    with shop.deps.store.read() as tx:
        (spent,) = [m for m in tx.loyalty.movements_of(customer.id) if m.kind == "redeem"]
        (entry,) = [e for e in tx.ledger.entries(None, None) if e.source_id == done.sale.id]
    assert (spent.points, spent.source_id) == (-30, done.sale.id)
    rebate = [ln for ln in entry.lines if ln.role is AccountRole.SALES_RETURNS]
    assert [(ln.side, ln.amount) for ln in rebate] == [(Side.DEBIT, Money.of(Decimal(60), "DZD"))]
    printable = printable_sale(shop.deps, cashier, done.sale.number)
    assert (printable.points_used, printable.points_balance) == (30, 45 - 30 + 4)
    import io

    import pdfplumber

    from erp_desktop.ui.till_documents import write_receipt

    pdf = write_receipt(shop.deps, cashier, done.sale.number, tmp_path).read_bytes()
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        printed = "\n".join(page.extract_text() or "" for page in doc.pages)
    assert "Points fidélité" in printed
    assert "Points utilisés" in printed and "Solde de points" in printed


def test_points_beyond_the_balance_this_till_knows_are_refused_and_nothing_is_sold(
    shop: Branch,
) -> None:
    cashier = shop.actor("cashier")
    customer, _ = save_customer(shop.deps, cashier, None, name="Saidi Omar")
    ticket(shop, customer.id)  # 45 points
    sales_before = sales_count(shop)
    card = Tender(TenderKind.CARD, Money.of(Decimal(450), "DZD"), reference="T-1")
    with pytest.raises(ValidationError) as over:
        checkout(
            shop.deps,
            cashier,
            CheckoutRequest(
                (CartLine(shop.products[0], Decimal(1)),), (card,), customer_id=customer.id,
                points=100,
            ),
        )  # fmt: skip
    assert over.value.code == "crm.redeem_exceeds_balance"
    with pytest.raises(ValidationError) as anonymous:
        checkout(
            shop.deps,
            cashier,
            CheckoutRequest((CartLine(shop.products[0], Decimal(1)),), (card,), points=20),
        )
    assert anonymous.value.code == "sales.points_need_customer"
    assert loyalty_account(shop.deps, cashier, customer.id).balance == 45
    assert sales_count(shop) == sales_before  # nothing half-written


def sales_count(branch: Branch) -> int:
    with branch.replica.transaction(None) as conn:
        return int(conn.execute(text("SELECT count(*) FROM sales_documents")).scalar_one())


def test_a_return_gives_back_the_points_spent_and_takes_back_those_earned_once(
    shop: Branch, tmp_path: Path
) -> None:
    """The ticket of the test above (1 coffee, 450 DZD: 30 points worth 60 DZD, 390 by card,
    4 points earned) returned whole: the credit note refunds 60 DZD as points and 390 to
    the card; the 30 points come back and the 4 earned go, as two movements named by the
    credit note (ids derived from it): heard twice, nothing moves again."""
    import io

    import pdfplumber

    from erp_desktop.app.events import Event
    from erp_desktop.kernel.ids import derived_id
    from erp_desktop.ui.till_documents import write_receipt

    cashier = shop.actor("cashier")
    customer, _ = save_customer(shop.deps, cashier, None, name="Benali Amina")
    ticket(shop, customer.id)  # 45 points
    card = Tender(TenderKind.CARD, Money.of(Decimal(390), "DZD"), reference="T-9")
    sale = checkout(
        shop.deps,
        cashier,
        CheckoutRequest(
            (CartLine(shop.products[0], Decimal(1)),), (card,), customer_id=customer.id, points=30
        ),
    ).sale
    assert loyalty_account(shop.deps, cashier, customer.id).balance == 45 - 30 + 4
    credit = return_sale(
        shop.deps, shop.actor("manager"), ReturnRequest(sale.number, {sale.lines[0].id: Decimal(1)})
    ).made
    assert [(p.tender, p.amount) for p in credit.payments] == [
        ("points", Money.of(Decimal(60), "DZD")),
        ("card", Money.of(Decimal(390), "DZD")),
    ]
    account = loyalty_account(shop.deps, cashier, customer.id)
    assert account.balance == 45
    back = {m.id: m.points for m in account.movements if m.source_id == credit.id}
    assert back == {
        derived_id("loyalty_return_earned", credit.id): -4,
        derived_id("loyalty_return_spent", credit.id): 30,
    }
    shop.deps.bus.publish(
        Event("sales.return_completed", {"credit_note": credit.number, "original": sale.number})
    )
    assert loyalty_account(shop.deps, cashier, customer.id).balance == 45  # once
    pdf = write_receipt(shop.deps, cashier, credit.number, tmp_path).read_bytes()
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        printed = "\n".join(page.extract_text() or "" for page in doc.pages)
    assert "Points fidélité" in printed
