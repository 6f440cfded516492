"""A whole day at the Alger Centre branch, told as the business would tell it.

Morning: the cashier opens the till with 10,000 DA. Fifty customers pay in dinars and euros,
by cash, card, cheque, transfer, store credit and split tender. One customer brings back a
bottle of oil for store credit and spends it later. The warehouse clerk counts the tea shelf. At
night the cashier counts the drawer 500 DA short and closes the session.
Then the books balance, stock levels equal the movements, the register's series has no gap
and its hash chain verifies, and every queued change decodes with the wire protocol.
"""

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import text

from erp_desktop.app.accounting.reports import (
    balance_sheet,
    profit_and_loss,
    trial_balance,
    vat_summary,
)
from erp_desktop.app.bridge import chart_of
from erp_desktop.app.customers import save_customer
from erp_desktop.app.stock.adjustments import post_count, review_count
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.integrity import check_register_series
from erp_desktop.app.till.returns import ReturnRequest, return_sale
from erp_desktop.app.till.sessions import close_cash_session, open_cash_session, x_report
from erp_desktop.kernel.hash_chain import chain_hash, payload_fields
from erp_desktop.kernel.ledger import reports as kernel_reports
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.posting.from_payload import (
    post_sale_payload,
    post_stock_document_payload,
)
from erp_desktop.kernel.protocol import Change
from erp_desktop.kernel.sales import Tender, TenderKind
from tests.builders import Branch


def DA(x: object) -> Money:
    return Money.of(x, "DZD")


def tenders_for(i: int, due_hint: Money) -> tuple[Tender, ...]:
    kind = i % 6
    if kind == 1:
        return (Tender(TenderKind.CARD, due_hint, reference=f"CIB-{i:04d}"),)
    if kind == 2:
        return (Tender(TenderKind.CHEQUE, due_hint, reference=f"CHQ-{i:04d}"),)
    if kind == 3:
        return (Tender(TenderKind.TRANSFER, due_hint, reference=f"VIR-{i:04d}"),)
    if kind == 4:
        return (Tender(TenderKind.CASH, Money.of(500, "EUR")),)
    if kind == 5:
        half = Money.of((due_hint.amount / 2).quantize(Decimal(1)), "DZD")
        return (
            Tender(TenderKind.CARD, half, reference=f"CIB-{i:04d}"),
            Tender(TenderKind.CASH, DA(100000)),
        )
    return (Tender(TenderKind.CASH, DA(100000)),)


def test_a_whole_branch_day(branch: Branch) -> None:
    deps = branch.deps
    cashier = branch.actor("cashier")
    open_cash_session(deps, cashier, DA(10000))
    customer, _ = save_customer(
        deps, cashier, None, name="Karim Benali", name_ar="كريم بن علي", phone="0550 12 34 56"
    )

    numbers = []
    for i in range(50):
        branch.clock.set(branch.clock.now() + timedelta(minutes=9))
        products = branch.products[:8]
        lines = (
            CartLine(products[i % 8], Decimal(1 + i % 3)),
            CartLine(products[(i + 3) % 8], Decimal(1)),
        )
        prices = {0: 450, 1: 120, 2: 1190, 3: 95, 4: 680, 5: 150, 6: 110, 7: 45}
        due = DA(sum(prices[branch.products.index(ln.product_id)] * ln.quantity for ln in lines))
        result = checkout(
            deps,
            cashier,
            CheckoutRequest(
                lines=lines,
                tenders=tenders_for(i, due),
                customer_id=customer.id if i == 2 else None,
            ),
        )
        numbers.append(result.sale.number)
        if i % 6 in (1, 2, 3):
            assert result.settlement.stamp_duty == DA(0)  # no duty on non-cash payments
        if i % 6 == 4:
            assert result.settlement.cash_tendered == DA("75125.00")

    # The customer of sale 3 returns one bottle of oil for store credit, then spends it.
    sale3 = numbers[2]
    with deps.store.read() as tx:
        original = tx.sales.sale_by_number(sale3)
    assert original is not None
    credit_note, _ = return_sale(
        deps, cashier, ReturnRequest(sale3, {original.lines[0].id: Decimal(1)}, "store_credit")
    )
    refund = credit_note.total
    with deps.store.read() as tx:
        assert tx.customers.customer(customer.id).store_credit_minor == credit_note.total.to_minor()
    spend = checkout(
        deps,
        cashier,
        CheckoutRequest(
            lines=(CartLine(branch.products[2], Decimal(2)),),
            tenders=(Tender(TenderKind.STORE_CREDIT, refund), Tender(TenderKind.CASH, DA(2000))),
            customer_id=customer.id,
        ),
    )
    with deps.store.read() as tx:
        assert tx.customers.customer(customer.id).store_credit_minor == 0

    # The clerk counts the tea shelf: three packets are missing.
    clerk = branch.actor("clerk")
    tea = branch.products[4]
    with deps.store.read() as tx:
        on_books = tx.stock.stock_position(tx.org.default_warehouse(branch.branch_id), tea).quantity
    variances = review_count(deps, clerk, {tea: on_books - 3})
    assert [v.difference for v in variances] == [Decimal(-3)]
    post_count(deps, clerk, {tea: on_books - 3})

    # Closing: the drawer is 500 DA short.
    expected = x_report(deps, cashier).expected_cash
    short = expected - DA(500)
    denominations = {"2000": int(short.amount // 2000)}
    rest = short - DA(2000 * denominations["2000"])
    denominations["0.01"] = rest.to_minor()
    z, _ = close_cash_session(deps, cashier, denominations)
    assert z.difference == DA(-500)
    assert z.sales_count == 51 and z.returns_count == 1
    assert z.by_tender["store_credit"] == refund - refund  # credit issued, then spent
    assert set(z.by_tender) >= {"cash", "card", "cheque", "transfer"}

    accountant = branch.actor("accountant")
    tb = trial_balance(deps, accountant)
    assert tb.balanced
    cash_short = {r.account: r for r in tb.rows}["6582"]
    assert cash_short.debit == DA(500)
    day = spend.sale.issued_at.date()
    vat = vat_summary(deps, accountant, day, day)
    assert vat.total_collected.is_negative() is False
    # The reports sum in SQL; the kernel's rules over the very entries must agree.
    with deps.store.read() as tx:
        chart = chart_of(tx)
        entries = list(tx.ledger.entries(None, None))
    assert tb == kernel_reports.trial_balance(chart, entries)
    assert vat == kernel_reports.vat_summary(chart, entries, day, day)
    assert balance_sheet(deps, accountant, day) == kernel_reports.balance_sheet(chart, entries, day)
    assert profit_and_loss(deps, accountant, day, day) == kernel_reports.profit_and_loss(
        chart, entries, day, day
    )

    with branch.replica.read() as conn:
        mismatches = conn.execute(
            text(
                "SELECT l.product_id FROM stock_levels l LEFT JOIN (SELECT warehouse_id, product_id, "
                "SUM(quantity_milli) q FROM stock_movements GROUP BY warehouse_id, product_id) m "
                "ON m.warehouse_id = l.warehouse_id AND m.product_id = l.product_id "
                "WHERE l.quantity_milli IS NOT m.q"
            )
        ).all()
        assert mismatches == []
        outbox = conn.execute(
            text(
                "SELECT id, entity, entity_id, payload, hlc, actor_id, created_at FROM outbox ORDER BY seq"
            )
        ).all()
    assert len(outbox) > 150
    import json
    from uuid import UUID

    by_id = {e.id: e for e in entries}
    posted_again = stock_posted_again = 0
    for row in outbox:
        change = Change.from_dict(
            {
                "id": str(UUID(row.id)),
                "entity": row.entity,
                "operation": "insert",
                "entity_id": str(UUID(row.entity_id)),
                "payload": json.loads(row.payload),
                "hlc": row.hlc,
                "actor_id": str(UUID(row.actor_id)) if row.actor_id else None,
                "branch_id": str(branch.branch_id),
                "recorded_at": row.created_at.replace("Z", "+00:00"),
            }
        )
        if change.entity == "sale":
            # What the server will post from the payload is what the replica posted.
            again = post_sale_payload(chart, change.payload, branch.branch_id)
            assert again is not None
            mine = by_id[again.id]
            assert sorted((ln.account, ln.side, ln.amount) for ln in again.lines) == sorted(
                (ln.account, ln.side, ln.amount) for ln in mine.lines
            )
            assert (again.on, again.source_number) == (mine.on, mine.source_number)
            # ...and the server can recompute the document's place in its hash chain.
            fields = payload_fields(change.payload)
            assert chain_hash(change.payload["previous_hash"], fields) == change.payload["hash"]
            posted_again += 1
        if change.entity == "stock_document":
            again = post_stock_document_payload(chart, change.payload, branch.branch_id)
            if again is None:
                assert change.payload["kind"] == "count"  # a count without variance
                continue
            mine = by_id[again.id]
            assert sorted((ln.account, ln.side, ln.amount) for ln in again.lines) == sorted(
                (ln.account, ln.side, ln.amount) for ln in mine.lines
            )
            stock_posted_again += 1
    assert posted_again == 52  # 51 sales and the return, each the very same entry
    assert stock_posted_again >= 2  # the opening receipt and the count's variance

    report = check_register_series(deps, cashier, "ALG01-C1-2026")
    assert report.intact
    assert report.series.last == 52
