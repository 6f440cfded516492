"""The till's and the back office's rules, run over the in-memory fakes (tests/desktop/fakes/)
instead of a SQLite replica: no migration to run, no file, the same use cases and figures."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from erp_desktop.app.accounting.reports import close_period
from erp_desktop.app.auth import hash_secret, log_in, log_in_with_pin
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.records import (
    BranchInfo,
    CompanyInfo,
    ProductInfo,
    RegisterInfo,
    StockPosition,
    UserInfo,
)
from erp_desktop.app.stock.adjustments import adjust_stock
from erp_desktop.app.stock.receipts import ReceiptLine, receive_goods
from erp_desktop.app.stock.transfers import send_transfer
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, quote
from erp_desktop.app.till.held import held_tickets, hold_ticket, recall_ticket
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.clock import FixedClock, HybridLogicalClock
from erp_desktop.kernel.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money
from tests.desktop.fakes import FakeReplica, FakeStore

START = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
PASSWORD = "s3cret-pass"


class Shop:
    """One Algerian branch with its register, three people and two articles, in memory."""

    def __init__(self) -> None:
        branch = BranchInfo(new_id(), "ALG01", "Alger Centre", "الجزائر الوسطى")
        other = BranchInfo(new_id(), "ORN01", "Oran", "وهران")
        self.register = RegisterInfo(new_id(), branch.id, branch.code, "REG01", 100)
        company = CompanyInfo(new_id(), "Supérette El Baraka", "سوبيرات البركة", "DZ", "DZD", {})
        self.replica = FakeReplica(company, branch.id)
        self.replica.branches = {branch.id: branch, other.id: other}
        self.replica.warehouses = {branch.id: new_id(), other.id: new_id()}
        self.replica.registers = {self.register.id: self.register}
        self.other_branch = other.id
        for username, role, pin in (
            ("cashier", "cashier", "2111"),
            ("manager", "branch_manager", "3222"),
            ("accountant", "accountant", None),
        ):
            user = UserInfo(
                new_id(),
                username,
                username.title(),
                hash_secret(PASSWORD),
                hash_secret(pin) if pin else None,
                branch.id,
                True,
                0,
                None,
                frozenset({role}),
            )
            self.replica.users[user.id] = user
        self.oil = ProductInfo(
            new_id(), "P0003", "Huile de tournesol 5 L", "زيت عباد الشمس 5 ل", "pce",
            119000, "DZD", "tax_included", "reduced", Decimal(0),
        )  # fmt: skip
        self.ink = ProductInfo(
            new_id(), "HT0001", "Cartouche d'encre (prix HT)", "خرطوشة حبر", "pce",
            68000, "DZD", "tax_excluded", "standard", Decimal(0),
        )  # fmt: skip
        self.replica.products = {self.oil.id: self.oil, self.ink.id: self.ink}
        self.store = FakeStore(self.replica)
        self.clock = FixedClock(START)
        self.deps = Deps(
            self.store,
            self.clock,
            HybridLogicalClock("alg01", lambda: int(self.clock.now().timestamp() * 1000)),
        )

    def actor(self, username: str) -> Actor:
        return log_in(self.deps, username, PASSWORD, self.register.id)


@pytest.fixture
def shop() -> Shop:
    return Shop()


def DA(x: object) -> Money:
    return Money.of(x, "DZD")


def test_a_quote_prices_a_tax_excluded_article_beside_a_tax_included_one(shop: Shop) -> None:
    cashier = shop.actor("cashier")
    writes = shop.store.transactions
    # 680 DA before 19 % VAT next to 1,190 DA tax included (9 %), as over SQLite.
    lines = (CartLine(shop.ink.id, Decimal(1)), CartLine(shop.oil.id, Decimal(1)))
    quoted = quote(shop.deps, cashier, CheckoutRequest(lines, ()))
    assert quoted.lines[0].gross == DA("809.20")
    assert quoted.gross == DA("1999.20")
    assert shop.store.transactions == writes  # a quote only reads


def test_a_quote_of_an_article_the_replica_does_not_know_is_refused(shop: Shop) -> None:
    cashier = shop.actor("cashier")
    with pytest.raises(ValidationError) as err:
        quote(shop.deps, cashier, CheckoutRequest((CartLine(new_id(), Decimal(1)),), ()))
    assert err.value.code == "sales.unknown_product"


def test_five_wrong_passwords_lock_the_cashier_out_for_fifteen_minutes(shop: Shop) -> None:
    for _ in range(4):
        with pytest.raises(ValidationError):
            log_in(shop.deps, "cashier", "wrong")
    with pytest.raises(PermissionDenied) as err:
        log_in(shop.deps, "cashier", "wrong")
    assert err.value.code == "auth.locked_out"
    with pytest.raises(PermissionDenied):
        shop.actor("cashier")  # even the right password, while locked
    shop.clock.set(shop.clock.now() + timedelta(minutes=16))
    assert shop.actor("cashier").username == "cashier"


def test_five_wrong_pins_lock_the_register_but_not_a_password(shop: Shop) -> None:
    register = shop.register.id
    for _ in range(4):
        with pytest.raises(ValidationError):
            log_in_with_pin(shop.deps, "0000", register)
    with pytest.raises(PermissionDenied) as err:
        log_in_with_pin(shop.deps, "0001", register)
    assert (err.value.code, err.value.params["minutes"]) == ("auth.pin_locked", 15)
    with pytest.raises(PermissionDenied):
        log_in_with_pin(shop.deps, "2111", register)  # the cashier's own PIN
    assert log_in(shop.deps, "cashier", PASSWORD, register).username == "cashier"
    shop.clock.set(shop.clock.now() + timedelta(minutes=16))
    assert log_in_with_pin(shop.deps, "2111", register).username == "cashier"


def _close_march(shop: Shop, actor: Actor) -> Any:
    return close_period(shop.deps, actor, 2026, 3)


def _adjust(shop: Shop, actor: Actor) -> Any:
    return adjust_stock(shop.deps, actor, [(shop.oil.id, Decimal(-1))], "casse")


def _receive(shop: Shop, actor: Actor) -> Any:
    line = ReceiptLine(shop.oil.id, Decimal(6), Decimal(700), Decimal(9))
    return receive_goods(shop.deps, actor, None, None, [line])


def _transfer(shop: Shop, actor: Actor) -> Any:
    return send_transfer(shop.deps, actor, shop.other_branch, [(shop.oil.id, Decimal(1))])


def _sell(shop: Shop, actor: Actor) -> Any:
    return quote(shop.deps, actor, CheckoutRequest((CartLine(shop.oil.id, Decimal(1)),), ()))


@pytest.mark.parametrize(
    ("who", "use_case", "permission"),
    [
        ("cashier", _close_march, "accounting.close_period"),
        ("manager", _close_march, "accounting.close_period"),
        ("cashier", _adjust, "inventory.adjust"),
        ("accountant", _adjust, "inventory.adjust"),
        ("cashier", _receive, "inventory.receive"),
        ("cashier", _transfer, "inventory.transfer"),
        ("accountant", _sell, "sales.checkout"),
    ],
)
def test_a_role_without_the_permission_is_refused_before_the_replica_is_opened(
    shop: Shop, who: str, use_case: Callable[[Shop, Actor], Any], permission: str
) -> None:
    actor = shop.actor(who)
    before = (shop.store.transactions, shop.store.reads)
    with pytest.raises(PermissionDenied) as err:
        use_case(shop, actor)
    assert (err.value.code, err.value.params["permission"]) == (
        "auth.permission_denied",
        permission,
    )
    assert (shop.store.transactions, shop.store.reads) == before


def test_the_accountant_closes_march_and_the_month_stays_closed(shop: Shop) -> None:
    close_period(shop.deps, shop.actor("accountant"), 2026, 3)
    with shop.store.read() as tx:
        assert tx.ledger.period_closed(START.date())
        assert not tx.ledger.period_closed(START.date() + timedelta(days=31))


def test_a_second_session_on_the_register_is_refused_and_the_first_stays_open(
    shop: Shop,
) -> None:
    cashier = shop.actor("cashier")
    open_cash_session(shop.deps, cashier, DA(5000))
    with pytest.raises(ConflictError) as err:
        open_cash_session(shop.deps, cashier, DA(2000))
    assert err.value.code == "sales.session_already_open"
    with shop.store.read() as tx:
        session = tx.till.current_session(shop.register.id)
    assert session is not None and session.opening_float_minor == 500000


def test_a_block_that_raises_leaves_the_fake_replica_as_it_was(shop: Shop) -> None:
    """The fakes keep SQLite's all or nothing, or a refused use case would look half done."""
    with pytest.raises(RuntimeError), shop.store.transaction(None) as tx:
        tx.org.set_setting("sync_cursor", 41, START)
        tx.ledger.close_period("2026-03", START.date(), START.date(), START)
        raise RuntimeError("power cut")
    with shop.store.read() as tx:
        assert tx.org.setting("sync_cursor") is None
        assert not tx.ledger.period_closed(START.date())


def test_a_held_ticket_is_recalled_once(shop: Shop) -> None:
    cashier = shop.actor("cashier")
    ticket = hold_ticket(shop.deps, cashier, "Mme Haddad", (CartLine(shop.oil.id, Decimal(4)),))
    assert held_tickets(shop.deps, cashier) == [(ticket, "Mme Haddad")]
    assert recall_ticket(shop.deps, cashier, ticket)[0].quantity == Decimal(4)
    with pytest.raises(NotFound) as err:
        recall_ticket(shop.deps, cashier, ticket)
    assert err.value.code == "sales.held_ticket_not_found"
    assert held_tickets(shop.deps, cashier) == []


def test_a_broken_bottle_leaves_stock_at_the_average_cost_of_the_receipt(shop: Shop) -> None:
    manager = shop.actor("manager")
    _receive(shop, manager)  # six bottles at 700 DA before VAT
    adjust_stock(shop.deps, manager, [(shop.oil.id, Decimal(-1))], "casse")
    with shop.store.read() as tx:
        warehouse = tx.org.default_warehouse(manager.branch_id)
        assert tx.stock.stock_position(warehouse, shop.oil.id) == StockPosition(
            Decimal(5), Decimal(700)
        )
        entries = list(tx.ledger.entries(None, None))
        moves = [c for c in tx.outbox.pending(100) if c["entity"] == "stock_movement"]
    by_source = {e.source_type: e for e in entries}
    assert sorted(by_source) == ["adjustment", "goods_receipt"]
    assert by_source["adjustment"].total_debit() == DA(700)  # the loss, at average cost
    assert [m["payload"]["quantity_milli"] for m in moves] == [6000, -1000]
