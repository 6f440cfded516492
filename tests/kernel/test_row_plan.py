"""A declared value's storage row read through its class's row plan (issue 19: a demo day
makes some hundred thousand rows) is the row main made field by field (2026-12-01)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from hypothesis import given
from hypothesis import strategies as st

from erp_desktop.kernel.documents import SaleDocument, StockDocument, StockLine
from erp_desktop.kernel.documents.fields import Kind, scalar_fields, to_row
from erp_desktop.kernel.quantity import to_milli
from tests.sale_documents import a_cash_ticket


def _reference_row(value: Any, **extra: Any) -> dict[str, Any]:
    """As main wrote it: each scalar field's kind asked per value."""

    def stored(kind: Kind, v: Any) -> Any:
        if v is None:
            return None
        if kind is Kind.MONEY:
            return v.to_minor()
        if kind is Kind.QUANTITY:
            return to_milli(v)
        return v

    row = {f.column: stored(f.kind, getattr(value, f.name)) for f in scalar_fields(type(value))}
    row.update(extra)
    return row


def _same(a: dict[str, Any], b: dict[str, Any]) -> None:
    assert list(a) == list(b)  # the same columns in the same order (insert_rows' key)
    assert {k: (type(v), v) for k, v in a.items()} == {k: (type(v), v) for k, v in b.items()}


@given(st.sampled_from(["receipt", "credit_note"]), st.sampled_from(["1.25", "2", "0.001"]))
def test_a_tickets_rows_are_the_rows_main_made(kind: str, quantity: str) -> None:
    sale: SaleDocument = a_cash_ticket(
        UUID(int=4), datetime(2026, 12, 1, 9, 30, tzinfo=UTC), kind=kind, quantity=quantity
    )
    _same(to_row(sale), _reference_row(sale))
    for line in sale.lines:
        _same(to_row(line, document_id=sale.id), _reference_row(line, document_id=sale.id))
    for payment in sale.payments:
        _same(to_row(payment, document_id=sale.id), _reference_row(payment, document_id=sale.id))


def test_a_stock_documents_rows_are_the_rows_main_made() -> None:
    line = StockLine(UUID(int=9), Decimal("-6"), Decimal("411.2500"), None, Decimal(19))
    document = StockDocument(
        id=UUID(int=1),
        kind="transfer_out",
        number="ALG01-TO-2026-000001",
        status="in_transit",
        branch_id=UUID(int=2),
        warehouse_id=UUID(int=3),
        issued_at=datetime(2026, 12, 1, 6, 45, tzinfo=UTC),
        counterpart_branch_id=UUID(int=5),
        related_id=None,
        supplier_id=None,
        currency="DZD",
        rate=Decimal(1),
        reason="transfer",
        lines=(line,),
    )
    _same(to_row(document), _reference_row(document))
    _same(to_row(line, document_id=document.id), _reference_row(line, document_id=document.id))
