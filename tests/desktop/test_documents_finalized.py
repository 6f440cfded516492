"""Every document is finalized once: its payment ids, its posting and its reads."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, func, select, text

from erp_desktop.app.stock.adjustments import adjust_stock
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.documents import (
    Kind,
    SaleDocument,
    SaleLine,
    SalePayment,
    StockDocument,
    StockLine,
    fields_of,
)
from erp_desktop.kernel.documents.business import BusinessDocument, BusinessLine, DueLine
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ledger.accounts import load_chart
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.posting.from_payload import post_sale_payload, post_stock_document_payload
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.storage.tables import metadata
from erp_desktop.storage.tables.sales import sales_documents, sales_payments
from erp_desktop.storage.tables.sync import outbox
from tests.builders import Branch


def DA(x: str | int) -> Money:
    return Money.of(x, "DZD")


def _sell(branch: Branch, quantity: Decimal = Decimal(1), product: int = 0) -> Any:
    return checkout(
        branch.deps,
        branch.actor("cashier"),
        CheckoutRequest(
            lines=(CartLine(branch.products[product], quantity),),
            tenders=(Tender(TenderKind.CASH, DA(400)), Tender(TenderKind.CASH, DA(600))),
        ),
    )


def _queued(branch: Branch, entity: str, entity_id: Any) -> dict[str, Any]:
    with branch.replica.read() as conn:
        payload: dict[str, Any] = conn.execute(
            select(outbox.c.payload).where(
                outbox.c.entity == entity, outbox.c.entity_id == entity_id
            )
        ).scalar_one()
    return payload


def _posted(branch: Branch, source_id: Any) -> list[tuple[Any, ...]]:
    """The lines the replica posted for a document (account, side, amount)."""
    with branch.deps.store.read() as tx:
        entry = next(e for e in tx.ledger.entries(None, None) if e.source_id == source_id)
    return _lines(entry)


def _lines(entry: Any) -> list[tuple[Any, ...]]:
    return sorted((ln.account, ln.side, ln.amount) for ln in entry.lines)


def test_a_sale_s_payments_are_stored_with_the_ids_they_travel_with(branch: Branch) -> None:
    open_cash_session(branch.deps, branch.actor("cashier"), DA(0))
    sale = _sell(branch).sale
    with branch.replica.read() as conn:
        stored = list(
            conn.execute(
                select(sales_payments.c.id).where(sales_payments.c.document_id == sale.id)
            ).scalars()
        )
    sent = [p["id"] for p in _queued(branch, "sale", sale.id)["payments"]]
    assert [str(i) for i in stored] == sent
    assert len(set(sent)) == 2


def test_the_till_posts_the_entry_the_server_posts_from_the_queued_payload(
    branch: Branch,
) -> None:
    open_cash_session(branch.deps, branch.actor("cashier"), DA(0))
    sale = _sell(branch, Decimal(2)).sale
    pushed = post_sale_payload(load_chart("DZ"), _queued(branch, "sale", sale.id), branch.branch_id)
    assert pushed is not None
    assert _lines(pushed) == _posted(branch, sale.id)


def test_a_stock_adjustment_posts_the_entry_the_server_posts_from_its_payload(
    branch: Branch,
) -> None:
    doc, _ = adjust_stock(
        branch.deps, branch.actor("manager"), [(branch.products[1], Decimal(-3))], "breakage"
    )
    pushed = post_stock_document_payload(
        load_chart("DZ"), _queued(branch, "stock_document", doc.id), branch.branch_id
    )
    assert pushed is not None
    assert _lines(pushed) == _posted(branch, doc.id)
    assert doc.number.endswith("-000001")


def test_a_quantity_finer_than_a_thousandth_is_refused_at_the_till_and_writes_nothing(
    branch: Branch,
) -> None:
    open_cash_session(branch.deps, branch.actor("cashier"), DA(0))
    with pytest.raises(ValidationError) as refused:
        _sell(branch, Decimal("0.0005"))
    assert refused.value.code == "quantity.too_precise"
    with branch.replica.read() as conn:
        assert conn.execute(select(func.count()).select_from(sales_documents)).scalar_one() == 0


def test_a_piece_is_sold_whole_and_a_kilogram_to_the_gram(branch: Branch) -> None:
    open_cash_session(branch.deps, branch.actor("cashier"), DA(0))
    with pytest.raises(ValidationError) as refused:
        _sell(branch, Decimal("1.5"))  # products[0] is counted in pieces
    assert refused.value.code == "quantity.too_precise"
    assert refused.value.params["unit"] == "pce"
    with pytest.raises(ValidationError) as refused:
        _sell(branch, Decimal("0.2505"), product=9)  # dates are weighed in kilograms
    assert (refused.value.code, refused.value.params["unit"]) == ("quantity.too_precise", "kg")
    sale = _sell(branch, Decimal("0.250"), product=9).sale
    assert sale.lines[0].quantity == Decimal("0.25")


@contextmanager
def _counting(branch: Branch) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(*args: Any) -> None:
        if args[2].lstrip().upper().startswith("SELECT"):
            statements.append(args[2])

    event.listen(branch.replica.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(branch.replica.engine, "before_cursor_execute", count)


def test_a_session_s_sales_load_in_the_same_few_queries_however_many_they_are(
    branch: Branch,
) -> None:
    open_cash_session(branch.deps, branch.actor("cashier"), DA(0))
    _sell(branch)
    with branch.deps.store.read() as tx:
        session = tx.till.current_session(branch.register_id)
        assert session is not None
        with _counting(branch) as one:
            assert len(tx.sales.session_sales(session.id)) == 1
    for _ in range(4):
        _sell(branch)
    with branch.deps.store.read() as tx, _counting(branch) as five:
        sales = tx.sales.session_sales(session.id)
        found = tx.sales.sale_by_number(sales[-1].number)
    assert len(sales) == 5 and found == sales[-1]
    assert len(one) == 4  # documents, lines, payments, what was returned
    assert len(five) == 8  # the same four, and four again for the number looked up


@pytest.mark.parametrize(
    ("table", "declared"),
    [
        ("sales_documents", SaleDocument),
        ("sales_lines", SaleLine),
        ("sales_payments", SalePayment),
        ("stock_documents", StockDocument),
        ("stock_document_lines", StockLine),
        ("business_documents", BusinessDocument),
        ("business_lines", BusinessLine),
        ("business_due_lines", DueLine),
    ],
)
def test_a_migrated_replica_holds_every_declared_field_of_its_documents(
    branch: Branch, table: str, declared: type
) -> None:
    with branch.replica.read() as conn:
        migrated = {row[1] for row in conn.execute(text(f"PRAGMA table_info({table})"))}
    columns = {f.column for f in fields_of(declared) if f.kind is not Kind.CHILDREN}
    assert columns <= migrated
    assert migrated == {c.name for c in metadata.tables[table].columns}
