"""Quote → order → partial deliveries → invoice → credit note on a real replica: each step
numbered in its branch's series, stock reserved then moved, the invoice posted from the
payload queued, refusals coded with nothing written."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from uuid import UUID

import pytest
from sqlalchemy import text

from erp_desktop.app.business.cancellation import cancel_document
from erp_desktop.app.business.credit_notes import credit_invoice
from erp_desktop.app.business.document_chain import (
    billable_lines,
    deliver,
    invoice_order,
    order_from_quote,
)
from erp_desktop.app.business.documents import (
    INVOICE_ISSUED,
    DocumentRequest,
    LineRequest,
    issue_document,
)
from erp_desktop.app.business.lists import list_documents
from erp_desktop.app.business.ticket_invoice import invoice_ticket
from erp_desktop.app.catalog import search_stock, stock_page
from erp_desktop.app.records import CustomerInfo
from erp_desktop.app.stock.availability import availability
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.errors import ConflictError, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ledger.accounts import AccountRole, load_chart
from erp_desktop.kernel.ledger.journal import Side
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from tests.builders import START, Branch


def business_customer(branch: Branch, terms: str = "net:30", discount: str = "") -> UUID:
    customer = CustomerInfo(
        new_id(),
        "Restaurant Le Phénicien",
        "مطعم الفينيقي",
        "021 00 00 00",
        "",
        "",
        0,
        "DZD",
        {},
        legal_ids='{"nif": "000016001234567"}',
        terms=terms,
        discount_percent=discount,
    )
    with branch.deps.store.transaction(None) as tx:
        tx.customers.save_customer(customer, START)
    return customer.id


def _receivable(branch: Branch, source_id: UUID) -> tuple[int, int]:
    with branch.deps.store.read() as tx:
        entries = [e for e in tx.ledger.entries(None, None) if e.source_id == source_id]
    debit = credit = 0
    for e in entries:
        assert sum(ln.amount.to_minor() for ln in e.lines if ln.side is Side.DEBIT) == sum(
            ln.amount.to_minor() for ln in e.lines if ln.side is Side.CREDIT
        )
        for ln in e.lines:
            if ln.role is AccountRole.RECEIVABLE:
                if ln.side is Side.DEBIT:
                    debit += ln.amount.to_minor()
                else:
                    credit += ln.amount.to_minor()
    return debit, credit


def test_a_wholesale_order_delivered_in_two_parts_then_invoiced_and_credited(
    branch: Branch,
) -> None:
    manager = branch.actor("manager")
    customer = business_customer(branch, discount="10")
    oil, sugar = branch.products[0], branch.products[1]
    quote, _ = issue_document(
        branch.deps,
        manager,
        DocumentRequest(
            "quote",
            customer,
            (LineRequest(Decimal(10), oil), LineRequest(Decimal(20), sugar)),
        ),
    )
    assert quote.number == "ALG01-DV-2026-000001"
    order, _ = order_from_quote(branch.deps, manager, quote.id)
    assert order.number == "ALG01-BC-2026-000001" and order.related_id == quote.id
    with branch.deps.store.read() as tx:
        assert tx.business.reserved(branch.branch_id) == {oil: 10, sugar: 20}
        before = tx.stock.stock_position(tx.org.default_warehouse(branch.branch_id), oil)
    first, second = order.lines
    note1, _ = deliver(branch.deps, manager, order.id, {first.id: Decimal(4)})
    note2, _ = deliver(
        branch.deps, manager, order.id, {first.id: Decimal(6), second.id: Decimal(5)}
    )
    assert (note1.number, note2.number) == ("ALG01-BL-2026-000001", "ALG01-BL-2026-000002")
    with branch.deps.store.read() as tx:
        assert tx.business.reserved(branch.branch_id) == {sugar: 15}  # the backorder
        after = tx.stock.stock_position(tx.org.default_warehouse(branch.branch_id), oil)
        assert billable_lines(tx, order) == {first.id: 10, second.id: 5}
    assert before.quantity - after.quantity == 10
    with pytest.raises(ValidationError) as err:
        invoice_order(branch.deps, manager, order.id, {second.id: Decimal(6)})
    assert err.value.code == "receivables.invoice_exceeds_delivered"
    invoice, _ = invoice_order(branch.deps, manager, order.id)
    assert invoice.number == "ALG01-FA-2026-000001"
    (listed,) = list_documents(branch.deps, manager, ("sales_order",))
    assert listed.status == "partially_delivered"  # 15 of the sugar still to deliver
    assert [ln.quantity for ln in invoice.lines] == [10, 5]
    assert invoice.schedule[0].due_on == "2026-04-09"  # net 30 from 10 March
    assert _receivable(branch, invoice.id) == (invoice.total.to_minor(), 0)
    with branch.deps.store.read() as tx:
        assert tx.outbox.queued("business_document", invoice.id)
        stored = tx.business.business_document(invoice.id)
    assert stored == invoice
    # the customer's 10 % is in the unit price
    assert invoice.lines[0].unit_price == (order.lines[0].unit_price)

    with pytest.raises(ValidationError) as err:
        credit_invoice(branch.deps, manager, invoice.id, {invoice.lines[0].id: Decimal(11)})
    assert err.value.code == "receivables.credit_exceeds_invoice"
    part, _ = credit_invoice(branch.deps, manager, invoice.id, {invoice.lines[0].id: Decimal(3)})
    rest, _ = credit_invoice(branch.deps, manager, invoice.id)
    assert (part.number, rest.number) == ("ALG01-AV-2026-000001", "ALG01-AV-2026-000002")
    assert part.total + rest.total == invoice.total  # exactly, the remainder taken last
    assert _receivable(branch, part.id) == (0, part.total.to_minor())
    with pytest.raises(ConflictError) as conflict:
        cancel_document(branch.deps, manager, invoice.id)
    assert conflict.value.code == "business.invoice_credited"


def test_an_unpaid_invoice_is_cancelled_by_the_reversal_of_its_entry(branch: Branch) -> None:
    manager = branch.actor("manager")
    customer = business_customer(branch)
    invoice, _ = issue_document(
        branch.deps,
        manager,
        DocumentRequest(
            "customer_invoice",
            customer,
            (LineRequest(Decimal(2), None, Decimal(1500), "Installation", Decimal(19)),),
        ),
    )
    assert invoice.total.to_minor() == 357000
    cancelled, _ = cancel_document(branch.deps, manager, invoice.id)
    assert cancelled.status == "cancelled"
    assert _receivable(branch, invoice.id) == (357000, 357000)
    with branch.replica.read() as conn:
        status = conn.execute(
            text("SELECT status FROM business_documents WHERE id = :i"), {"i": invoice.id.hex}
        ).scalar()
    assert status == "cancelled"
    with pytest.raises(ConflictError):
        cancel_document(branch.deps, manager, invoice.id)


def test_goods_are_not_invoiced_without_a_delivery_and_a_refusal_writes_nothing(
    branch: Branch,
) -> None:
    manager = branch.actor("manager")
    customer = business_customer(branch)
    with pytest.raises(ValidationError) as err:
        issue_document(
            branch.deps,
            manager,
            DocumentRequest(
                "customer_invoice", customer, (LineRequest(Decimal(1), branch.products[0]),)
            ),
        )
    assert err.value.code == "business.goods_need_delivery"
    order, _ = issue_document(
        branch.deps,
        manager,
        DocumentRequest("sales_order", customer, (LineRequest(Decimal(3), branch.products[0]),)),
    )
    with pytest.raises(ValidationError) as err:
        deliver(branch.deps, manager, order.id, {order.lines[0].id: Decimal(4)})
    assert err.value.code == "receivables.delivery_exceeds_order"
    with pytest.raises(ValidationError) as err:
        invoice_order(branch.deps, manager, order.id)
    assert err.value.code == "sales.empty_document"  # nothing delivered yet
    with branch.replica.read() as conn:
        kinds = conn.execute(text("SELECT kind FROM business_documents")).scalars().all()
        moved = conn.execute(
            text("SELECT count(*) FROM stock_movements WHERE document_type = 'delivery_note'")
        ).scalar()
    assert kinds == ["sales_order"] and moved == 0


def test_a_final_document_cannot_be_changed_in_the_replica(branch: Branch) -> None:
    manager = branch.actor("manager")
    order, _ = issue_document(
        branch.deps,
        manager,
        DocumentRequest(
            "sales_order", business_customer(branch), (LineRequest(Decimal(1), branch.products[0]),)
        ),
    )
    with (
        pytest.raises(Exception, match=r"storage\.immutable"),
        branch.replica.transaction(None) as conn,
    ):
        conn.execute(
            text("UPDATE business_documents SET total_minor = 1 WHERE id = :i"),
            {"i": order.id.hex},
        )
    with (
        pytest.raises(Exception, match=r"storage\.delete_refused"),
        branch.replica.transaction(None) as conn,
    ):
        conn.execute(text("DELETE FROM business_lines"))


def test_a_due_date_before_the_invoice_is_refused_and_one_after_it_kept(branch: Branch) -> None:
    manager = branch.actor("manager")
    customer = business_customer(branch)
    service = (LineRequest(Decimal(1), None, Decimal(5000), "Audit", Decimal(19)),)
    with pytest.raises(ValidationError) as err:
        issue_document(
            branch.deps,
            manager,
            DocumentRequest("customer_invoice", customer, service, due_on=date(2026, 3, 9)),
        )
    assert err.value.code == "receivables.due_before_invoice"
    invoice, _ = issue_document(
        branch.deps,
        manager,
        DocumentRequest("customer_invoice", customer, service, due_on=date(2026, 5, 15)),
    )
    assert [(d.due_on, d.amount) for d in invoice.schedule] == [("2026-05-15", invoice.total)]
    assert invoice.terms == "net:66" and invoice.number == "ALG01-FA-2026-000001"


def test_a_till_ticket_becomes_an_invoice_without_selling_twice(branch: Branch) -> None:
    cashier, manager = branch.actor("cashier"), branch.actor("manager")
    open_cash_session(branch.deps, cashier, Money.of(Decimal(1000), "DZD"))
    sale = checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(branch.products[0], Decimal(3)), CartLine(branch.products[2], Decimal(1))),
            (Tender(TenderKind.CASH, Money.of(Decimal(20000), "DZD")),),
        ),
    ).sale
    with branch.deps.store.read() as tx:
        entries_before = len(list(tx.ledger.entries(None, None)))
        level = tx.stock.stock_position(
            tx.org.default_warehouse(branch.branch_id), sale.lines[0].product_id
        )
    customer = business_customer(branch)
    invoice, _ = invoice_ticket(branch.deps, manager, sale.number, customer)
    assert invoice.ticket_id == sale.id and invoice.schedule == ()
    assert (invoice.base, invoice.vat, invoice.stamp_duty) == (sale.base, sale.vat, sale.stamp_duty)
    assert [ln.source_line_id for ln in invoice.lines] == [ln.id for ln in sale.lines]
    assert [ln.name_ar for ln in invoice.lines] == ["قهوة مطحونة 250 غ", "زيت عباد الشمس 5 ل"]
    with branch.deps.store.read() as tx:
        assert len(list(tx.ledger.entries(None, None))) == entries_before  # nothing posted
        after = tx.stock.stock_position(
            tx.org.default_warehouse(branch.branch_id), sale.lines[0].product_id
        )
        assert tx.outbox.queued("business_document", invoice.id)
    assert after.quantity == level.quantity  # nothing moved either
    with pytest.raises(ConflictError) as err:
        invoice_ticket(branch.deps, manager, sale.number, customer)
    assert err.value.code == "business.ticket_already_invoiced"
    with pytest.raises(ConflictError) as err:
        credit_invoice(branch.deps, manager, invoice.id)
    assert err.value.code == "business.ticket_invoice_credit"


def test_the_stock_list_shows_what_orders_reserve_and_what_is_left_available(
    branch: Branch,
) -> None:
    manager = branch.actor("manager")
    order, _ = issue_document(
        branch.deps,
        manager,
        DocumentRequest(
            "sales_order", business_customer(branch), (LineRequest(Decimal(7), branch.products[3]),)
        ),
    )
    (row,) = [
        r for r in stock_page(branch.deps, manager, 0, 50) if r.product_id == branch.products[3]
    ]
    assert (row.quantity, row.reserved, row.available) == (100, 7, 93)
    assert availability(branch.deps, branch.actor("cashier"), [branch.products[3]]) == {
        branch.products[3]: (Decimal(100), Decimal(7))
    }
    cancel_document(branch.deps, manager, order.id)  # the reservation goes with the order
    (row,) = search_stock(branch.deps, manager, "SKU0003")
    assert (row.reserved, row.available) == (0, 100)


def _inventory(branch: Branch) -> tuple[int, Decimal]:
    """(the stock account's balance, the stock's value at cost) of the branch."""
    with branch.deps.store.read() as tx:
        chart = load_chart(tx.org.company().country)
        code = chart.account_for(AccountRole.INVENTORY).code
        debit, credit = tx.ledger.account_totals(None, None).get(code, (0, 0))
        warehouse = tx.org.default_warehouse(branch.branch_id)
        value = sum(
            (
                tx.stock.stock_position(warehouse, p).quantity
                * tx.stock.stock_position(warehouse, p).average_cost
                for p in branch.products
            ),
            Decimal(0),
        )
    return debit - credit, value


def test_a_credit_note_keeps_stock_and_its_account_agreeing_goods_back_or_not(
    branch: Branch,
) -> None:
    manager = branch.actor("manager")
    order, _ = issue_document(
        branch.deps,
        manager,
        DocumentRequest(
            "sales_order", business_customer(branch), (LineRequest(Decimal(6), branch.products[1]),)
        ),
    )
    deliver(branch.deps, manager, order.id, {order.lines[0].id: Decimal(6)})
    invoice, _ = invoice_order(branch.deps, manager, order.id)
    (listed,) = list_documents(branch.deps, manager, ("sales_order",), "invoiced")
    assert listed.document.id == order.id  # delivered and billed in full
    account, value = _inventory(branch)
    allowance, _ = credit_invoice(
        branch.deps, manager, invoice.id, {invoice.lines[0].id: Decimal(1)}
    )
    assert allowance.cost == 0 and _inventory(branch) == (account, value)  # nothing moved
    back, _ = credit_invoice(
        branch.deps, manager, invoice.id, {invoice.lines[0].id: Decimal(2)}, restock=True
    )
    cost = back.lines[0].unit_cost * 2
    after_account, after_value = _inventory(branch)
    assert cost > 0 and after_value - value == cost
    assert Decimal(after_account - account) / 100 == cost.quantize(Decimal("0.01"))


def test_an_invoice_is_announced_for_the_customers_history(branch: Branch) -> None:
    heard: list[dict[str, object]] = []
    branch.deps.bus.subscribe(INVOICE_ISSUED, lambda event: heard.append(event.data))
    manager = branch.actor("manager")
    customer = business_customer(branch)
    quote, _ = issue_document(
        branch.deps,
        manager,
        DocumentRequest("quote", customer, (LineRequest(Decimal(1), branch.products[0]),)),
    )
    invoice, _ = issue_document(
        branch.deps,
        manager,
        DocumentRequest(
            "customer_invoice",
            customer,
            (LineRequest(Decimal(1), None, Decimal(1000), "Conseil", Decimal(19)),),
        ),
    )
    assert quote.kind == "quote" and len(heard) == 1  # a quote is no invoice
    assert heard[0] == {
        "document_id": str(invoice.id),
        "customer_id": str(customer),
        "number": invoice.number,
        "at": invoice.issued_at.isoformat(),
        "total_minor": 119000,
        "currency": "DZD",
        "due_minor": 119000,
        "actor_id": str(manager.user_id),
    }


def test_a_foreign_customers_quote_takes_the_days_rate_unless_one_is_typed(
    branch: Branch,
) -> None:
    """A document in EUR priced from the catalog in DZD: at the replica's rate of the day
    (150.25, tests/builders.py) when none is typed, at the typed one otherwise; in a currency
    the replica has no rate for, refused with nothing written."""
    manager = branch.actor("manager")
    customer = business_customer(branch)
    product = branch.products[0]
    with branch.deps.store.read() as tx:
        info = tx.catalog.product(product)
    line = (LineRequest(Decimal(1), product),)
    at_day, _ = issue_document(
        branch.deps, manager, DocumentRequest("quote", customer, line, currency="EUR")
    )
    typed, _ = issue_document(
        branch.deps,
        manager,
        DocumentRequest("quote", customer, line, currency="EUR", rate=Decimal("100")),
    )
    listed = Money.from_minor(info.price_minor, info.currency).amount
    assert at_day.rate == Decimal("150.25") and typed.rate == Decimal("100")
    assert at_day.lines[0].unit_price == (listed / Decimal("150.25")).quantize(Decimal("0.0001"))
    assert typed.lines[0].unit_price == (listed / Decimal("100")).quantize(Decimal("0.0001"))
    with pytest.raises(ValidationError) as err:
        issue_document(
            branch.deps, manager, DocumentRequest("quote", customer, line, currency="CNY")
        )
    assert err.value.code == "money.missing_rate"
    with branch.replica.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM business_documents")).scalar() == 2
