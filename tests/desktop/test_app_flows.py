"""Logins, returns, transfers between two branches, counts, held tickets and closed periods."""

from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from erp_desktop.app.accounting.reports import close_period, trial_balance
from erp_desktop.app.auth import log_in, log_in_with_pin
from erp_desktop.app.catalog import scan, search_products
from erp_desktop.app.stock.adjustments import adjust_stock
from erp_desktop.app.stock.receipts import ReceiptLine, receive_goods
from erp_desktop.app.stock.transfers import (
    accept_incoming_transfer,
    receive_transfer,
    send_transfer,
)
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.held import hold_ticket, recall_ticket
from erp_desktop.app.till.returns import ReturnRequest, return_sale
from erp_desktop.app.till.sessions import close_cash_session, open_cash_session
from erp_desktop.kernel.barcodes import ScaleLayout, make_scale_barcode
from erp_desktop.kernel.errors import ConflictError, ErpError, PermissionDenied, ValidationError
from erp_desktop.kernel.ledger.accounts import load_chart
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.posting.from_payload import post_stock_document_payload
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.storage.outbox import pending_changes
from tests.builders import PASSWORD, Branch, build_branch


def DA(x: object) -> Money:
    return Money.of(x, "DZD")


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(branch: Branch) -> None:
    for _ in range(4):
        with pytest.raises(ValidationError):
            log_in(branch.deps, "cashier", "wrong")
    with pytest.raises(PermissionDenied) as err:
        log_in(branch.deps, "cashier", "wrong")
    assert err.value.code == "auth.locked_out"
    with pytest.raises(PermissionDenied):
        branch.actor("cashier")  # even the right password, while locked
    branch.clock.set(branch.clock.now() + timedelta(minutes=16))
    assert branch.actor("cashier").username == "cashier"


def test_a_cashier_logs_in_with_a_pin(branch: Branch) -> None:
    actor = log_in_with_pin(branch.deps, "2111", branch.register_id)
    assert actor.username == "cashier"
    with pytest.raises(ValidationError) as err:
        log_in_with_pin(branch.deps, "0000")
    assert err.value.code == "auth.invalid_pin"


def test_five_wrong_pins_lock_the_register_even_for_the_right_pin(branch: Branch) -> None:
    """38 wrong PINs then the right one logged a guesser in: now the fifth wrong PIN in a
    row locks PIN login at that register for fifteen minutes, offline and across restarts
    (the lock is in the replica); a password still works, and other registers are not
    locked by it."""
    register = branch.register_id
    for _ in range(4):
        with pytest.raises(ValidationError):
            log_in_with_pin(branch.deps, "0000", register)
    with pytest.raises(PermissionDenied) as err:
        log_in_with_pin(branch.deps, "0001", register)
    assert err.value.code == "auth.pin_locked"
    assert err.value.params["minutes"] == 15
    with pytest.raises(PermissionDenied) as err:
        log_in_with_pin(branch.deps, "2111", register)  # the cashier's own PIN
    assert err.value.code == "auth.pin_locked"
    assert log_in(branch.deps, "cashier", PASSWORD, register).username == "cashier"
    assert log_in_with_pin(branch.deps, "2111", None).username == "cashier"  # elsewhere
    with branch.deps.store.read() as tx:
        assert tx.org.setting(f"pin_failures:{register}")["locked_until"]
    branch.clock.set(branch.clock.now() + timedelta(minutes=16))
    assert log_in_with_pin(branch.deps, "2111", register).username == "cashier"


def test_a_right_pin_resets_the_registers_count_of_wrong_ones(branch: Branch) -> None:
    register = branch.register_id
    for _ in range(3):
        with pytest.raises(ValidationError):
            log_in_with_pin(branch.deps, "0000", register)
    log_in_with_pin(branch.deps, "2111", register)
    for _ in range(4):
        with pytest.raises(ValidationError):
            log_in_with_pin(branch.deps, "0000", register)
    assert log_in_with_pin(branch.deps, "2111", register).username == "cashier"


def test_wrong_pins_typed_for_a_named_user_lock_that_user(branch: Branch) -> None:
    with pytest.raises(ValidationError):
        log_in_with_pin(branch.deps, "2111", branch.register_id, username="nobody")
    for _ in range(4):
        with pytest.raises(ValidationError):
            log_in_with_pin(branch.deps, "9999", None, username="cashier")
    with pytest.raises(PermissionDenied):
        log_in_with_pin(branch.deps, "9999", None, username="cashier")
    with pytest.raises(PermissionDenied) as err:
        branch.actor("cashier")  # the user is locked, whatever the way in
    assert err.value.code == "auth.locked_out"


def sell(branch: Branch, lines: tuple[CartLine, ...], tender: Tender) -> str:
    cashier = branch.actor("cashier")
    return checkout(
        branch.deps, cashier, CheckoutRequest(lines=lines, tenders=(tender,))
    ).sale.number


def test_returning_more_than_was_sold_is_refused_and_writes_nothing(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, DA(5000))
    number = sell(
        branch,
        (CartLine(branch.products[0], Decimal(2)),),
        Tender(TenderKind.CARD, DA(900), reference="X"),
    )
    with branch.deps.store.read() as tx:
        line = tx.sales.sale_by_number(number).lines[0]  # type: ignore[union-attr]
    credit, _ = return_sale(branch.deps, cashier, ReturnRequest(number, {line.id: Decimal(1)}))
    assert credit.payments[0].tender == "card" and credit.total_minor == 45000
    with pytest.raises(ValidationError) as err:
        return_sale(branch.deps, cashier, ReturnRequest(number, {line.id: Decimal(2)}))
    assert err.value.code == "sales.return_exceeds_sold"
    with branch.replica.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM sales_documents")).scalar() == 2
    assert trial_balance(branch.deps, branch.actor("accountant")).balanced


def test_goods_travel_from_alger_to_oran_through_goods_in_transit(tmp_path: Path) -> None:
    alger = build_branch(tmp_path / "a", "ALG01")
    ids = alger.ids  # type: ignore[attr-defined]
    oran = build_branch(tmp_path / "b", "ALG02", ids=ids)
    clerk = alger.actor("clerk")
    sent, _ = send_transfer(alger.deps, clerk, oran.branch_id, [(alger.products[2], Decimal(10))])
    assert sent.status == "in_transit"
    # What the sync pull does on the Oran replica:
    with oran.deps.store.transaction(None) as tx:
        accept_incoming_transfer(tx, sent, oran.clock.now())
    _received, difference, _ = receive_transfer(
        oran.deps, oran.actor("clerk"), sent.id, {alger.products[2]: Decimal(9)}
    )
    assert difference == {alger.products[2]: Decimal(-1)}
    with oran.deps.store.read() as tx:
        assert tx.stock.stock_position(ids["wh02"], alger.products[2]).quantity == Decimal(109)
    for b in (alger, oran):
        assert trial_balance(b.deps, b.actor("accountant")).balanced
    with pytest.raises(ConflictError):
        receive_transfer(oran.deps, oran.actor("clerk"), sent.id)
    # The server will post both from the pushed payloads: the very entries of the replicas.
    sent_payload = _outbox_payload(alger, "transfer_out")
    received_payload = _outbox_payload(oran, "transfer_in")
    chart = load_chart("DZ")
    for b, entry in (
        (alger, post_stock_document_payload(chart, sent_payload, alger.branch_id)),
        (
            oran,
            post_stock_document_payload(
                chart, received_payload, oran.branch_id, sent_payload["lines"]
            ),
        ),
    ):
        assert entry is not None
        with b.deps.store.read() as tx:
            mine = next(e for e in tx.ledger.entries(None, None) if e.id == entry.id)
        assert sorted((ln.account, ln.side, ln.amount) for ln in entry.lines) == sorted(
            (ln.account, ln.side, ln.amount) for ln in mine.lines
        )


def _outbox_payload(branch: Branch, kind: str) -> dict[str, Any]:
    with branch.replica.read() as conn:
        rows = pending_changes(conn, 1000)
    return next(
        r["payload"]
        for r in rows
        if r["entity"] == "stock_document" and r["payload"]["kind"] == kind
    )


def test_a_closed_month_refuses_postings(branch: Branch) -> None:
    close_period(branch.deps, branch.actor("accountant"), 2026, 3)
    with pytest.raises(ErpError) as err:
        adjust_stock(
            branch.deps, branch.actor("manager"), [(branch.products[0], Decimal(-1))], "broken"
        )
    assert err.value.code == "ledger.period_closed"


def test_scans_with_quantity_prefix_and_scale_labels(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    assert scan(branch.deps, cashier, f"3*{branch.barcodes[1]}").quantity == Decimal(3)
    weighed = scan(
        branch.deps, cashier, make_scale_barcode(ScaleLayout("22IIIIIWWWWWC"), "00009", 1250)
    )
    assert weighed.product.id == branch.products[9] and weighed.quantity == Decimal("1.25")
    priced = scan(
        branch.deps, cashier, make_scale_barcode(ScaleLayout("23IIIIIPPPPPC"), "00009", 34550)
    )
    assert priced.unit_price == Decimal("345.50")
    assert [p.id for p in search_products(branch.deps, cashier, "قهوه")] == [branch.products[0]]


def test_a_held_ticket_is_recalled_once(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    ticket = hold_ticket(
        branch.deps, cashier, "Mme Haddad", (CartLine(branch.products[3], Decimal(4)),)
    )
    lines = recall_ticket(branch.deps, cashier, ticket)
    assert lines[0].quantity == Decimal(4)
    with pytest.raises(ErpError):
        recall_ticket(branch.deps, cashier, ticket)


def test_closing_with_exact_cash_posts_no_difference(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, DA(1000))
    sell(branch, (CartLine(branch.products[7], Decimal(2)),), Tender(TenderKind.CASH, DA(100)))
    report, _ = close_cash_session(branch.deps, cashier, {"1000": 1, "50": 1, "20": 2})
    assert report.expected_cash == DA(1090)  # 90 DA of water: no stamp duty up to 300 DA since 2025
    assert report.difference == DA(0)
    with pytest.raises(ConflictError):
        close_cash_session(branch.deps, cashier, {"1000": 1})


def test_goods_received_without_a_currency_are_priced_in_the_companys_dinars(
    branch: Branch,
) -> None:
    line = ReceiptLine(branch.products[0], Decimal(3), Decimal(50), Decimal(19))
    doc, _changes = receive_goods(branch.deps, branch.actor("admin"), None, None, [line])
    assert (doc.currency, doc.rate) == ("DZD", Decimal(1))
    assert doc.lines[0].unit_cost == Decimal(50)
