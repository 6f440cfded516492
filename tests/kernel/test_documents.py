"""A document knows itself: its payload, its posting and its chain hash from its fields."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from uuid import UUID

import pytest

from erp_desktop.kernel.documents import (
    SaleDocument,
    SaleLine,
    StockDocument,
    StockLine,
    chain_fields,
    document_from_payload,
    fields_of,
    payload,
    posting_of,
    sale_hash,
    wire_schema,
)
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.hash_chain import chain_hash, payload_fields
from erp_desktop.kernel.ids import derived_id, new_id
from erp_desktop.kernel.ledger.accounts import load_chart
from erp_desktop.kernel.posting.from_payload import post_sale_payload, post_stock_document_payload
from erp_desktop.kernel.protocol.payloads import validate_payload
from erp_desktop.kernel.quantity import from_milli, to_milli
from tests.sale_documents import a_cash_ticket, dzd

BRANCH = UUID("01890000-0000-7000-8000-000000000001")
AT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _sale(kind: str = "receipt", quantity: str = "1.25") -> SaleDocument:
    return a_cash_ticket(BRANCH, AT, kind=kind, quantity=quantity)


def test_a_sale_payload_carries_the_keys_the_wire_always_carried() -> None:
    assert wire_schema(SaleDocument) == {
        "id": "uuid",
        "kind": "str",
        "number": "number",
        "register_id": "uuid",
        "session_id": "uuid?",
        "customer_id": "uuid?",
        "issued_at": "datetime",
        "currency": "currency",
        "rate": "rate",
        "base_minor": "int",
        "vat_minor": "int",
        "stamp_duty_minor": "int",
        "rounding_minor": "int",
        "total_minor": "int",
        "change_minor": "int",
        "original_id": "uuid?",
        "previous_hash": "str",
        "hash": "str",
        "cashier_id": "uuid",
        "lines": [
            {
                "id": "uuid",
                "product_id": "uuid",
                "quantity_milli": "int",
                "unit_price": "decimal",
                "vat_rate": "percent",
                "discount_minor": "int",
                "base_minor": "int",
                "vat_minor": "int",
                "unit_cost": "decimal",
                "returned_line_id": "uuid?",
            }
        ],
        "payments": [
            {
                "id": "uuid",
                "tender": "str",
                "amount_minor": "int",
                "currency": "currency",
                "rate": "rate",
                "reference": "str",
            }
        ],
    }


def test_a_sale_rebuilt_from_its_payload_gives_the_same_payload() -> None:
    sale = _sale()
    wire = validate_payload("sale", payload(sale))
    again = document_from_payload("sale", wire, BRANCH)
    assert payload(again) == wire
    assert wire["lines"][0]["quantity_milli"] == 1250
    assert wire["total_minor"] == 120000


def test_a_payment_id_is_born_with_its_document_as_the_wire_always_derived_it() -> None:
    sale = _sale()
    assert sale.payments[0].id == derived_id("sale_payment", sale.id, 0)
    assert payload(sale)["payments"][0]["id"] == str(derived_id("sale_payment", sale.id, 0))


def test_the_server_posts_a_pushed_sale_as_the_replica_posts_the_document() -> None:
    sale = _sale()
    chart = load_chart("DZ")
    entry = posting_of(sale, chart)
    assert entry is not None
    assert post_sale_payload(chart, validate_payload("sale", payload(sale)), BRANCH) == entry


def test_a_credit_note_posts_through_the_return_rule() -> None:
    credit = _sale(kind="credit_note")
    chart = load_chart("DZ")
    entry = posting_of(credit, chart)
    sale_entry = posting_of(_sale(), chart)
    assert entry is not None and sale_entry is not None
    assert entry.source_type == "credit_note"
    assert sale_entry.source_type == "receipt"


def test_a_sale_hashes_the_same_on_the_branch_and_from_its_payload() -> None:
    sale = _sale(quantity="1.250")
    wire = validate_payload("sale", payload(sale))
    assert chain_hash(sale.previous_hash, payload_fields(wire)) == sale_hash(sale)
    assert chain_fields(sale)["lines"][0]["quantity"] == Decimal("1.25")


def test_a_stock_adjustment_posts_the_same_from_its_payload_and_from_itself() -> None:
    adjustment = StockDocument(
        id=new_id(),
        kind="adjustment",
        number="ALG01-ADJ-2026-000001",
        status="final",
        branch_id=BRANCH,
        warehouse_id=new_id(),
        issued_at=AT,
        counterpart_branch_id=None,
        related_id=None,
        supplier_id=None,
        currency="DZD",
        rate=Decimal(1),
        reason="breakage",
        lines=(StockLine(new_id(), Decimal("-2"), Decimal("350.50")),),
    )
    chart = load_chart("DZ")
    wire = validate_payload("stock_document", payload(adjustment))
    entry = posting_of(adjustment, chart)
    assert entry is not None
    assert post_stock_document_payload(chart, wire, BRANCH) == entry
    assert adjustment.value() == Decimal("-701.00")


def test_a_quantity_finer_than_a_thousandth_is_refused_not_truncated() -> None:
    with pytest.raises(ValidationError) as refused:
        to_milli(Decimal("0.0005"))
    assert refused.value.code == "quantity.too_precise"
    assert to_milli(Decimal("-1.250")) == -1250
    assert from_milli(1250) == Decimal("1.25") and str(from_milli(2000)) == "2"


def test_money_and_quantities_are_stored_and_sent_in_minor_units_and_thousandths() -> None:
    columns = {f.name: f.column for f in fields_of(SaleLine)}
    assert columns["quantity"] == "quantity_milli"
    assert columns["base"] == "base_minor"
    assert columns["unit_price"] == "unit_price"


def _stock(kind: str, lines: tuple[StockLine, ...], **more: object) -> StockDocument:
    values: dict[str, object] = {
        "id": new_id(),
        "kind": kind,
        "number": "ALG01-TI-2026-000001",
        "status": "received",
        "branch_id": BRANCH,
        "warehouse_id": new_id(),
        "issued_at": AT,
        "counterpart_branch_id": None,
        "related_id": None,
        "supplier_id": None,
        "currency": "DZD",
        "rate": Decimal(1),
        "lines": lines,
    }
    values.update(more)
    return StockDocument(**values)  # type: ignore[arg-type]


def test_a_transfer_in_is_posted_against_what_the_transfer_out_sent() -> None:
    product = new_id()
    sent = _stock("transfer_out", (StockLine(product, Decimal(-10), Decimal("50.00")),))
    received = _stock(
        "transfer_in", (StockLine(product, Decimal(9), Decimal("50.00")),), related_id=sent.id
    )
    chart = load_chart("DZ")
    entry = posting_of(received, chart, sent=sent)
    assert entry is not None
    debits = sum((ln.amount for ln in entry.lines if ln.side.value == "debit"), dzd("0"))
    assert debits == dzd("500.00")  # 450 DA arrived, 50 DA of it went missing on the way
    with pytest.raises(ValidationError) as refused:
        posting_of(received, chart)
    assert refused.value.code == "inventory.transfer_not_in_transit"


def test_a_goods_receipt_owes_the_supplier_its_cost_and_deductible_vat() -> None:
    receipt = _stock(
        "goods_receipt",
        (StockLine(new_id(), Decimal(10), Decimal("100.00"), None, Decimal(19)),),
        supplier_id=new_id(),
        status="final",
    )
    entry = posting_of(receipt, load_chart("DZ"))
    assert entry is not None
    credits = sum((ln.amount for ln in entry.lines if ln.side.value == "credit"), dzd("0"))
    assert credits == dzd("1190.00")
