"""Payload schemas of the entities branches push, declared in one place per entity.

A schema maps each field to its kind; ``?`` marks an optional (nullable) field and ``[...]``
a list of nested objects. Amounts travel as integer minor units with their currency,
quantities as integer thousandths, ids and decimals as strings. The kinds and their
bounds (a rate above 0, a date between 2000 and 2100, a document number per the numbering
rules...) are in ``readers``. The schemas of documents are derived from their declared
fields (kernel.documents), never written out here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from erp_desktop.kernel.crm.loyalty import PointMovement
from erp_desktop.kernel.crm.timeline import CustomerDocument
from erp_desktop.kernel.documents.business import (
    BusinessDocument,
    CustomerPayment,
    InstrumentEvent,
)
from erp_desktop.kernel.documents.fields import wire_schema
from erp_desktop.kernel.documents.purchase import (
    PurchaseOrder,
    PurchaseReceipt,
    SupplierInvoice,
    SupplierPayment,
)
from erp_desktop.kernel.documents.sale import SaleDocument
from erp_desktop.kernel.documents.stock import StockDocument
from erp_desktop.kernel.documents.supplier_return import SupplierReturn
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.partners.customers import BUSINESS_FIELDS
from erp_desktop.kernel.payroll.month_items import ITEMS_SCHEMA
from erp_desktop.kernel.payroll.run_wire import RUN_SCHEMA
from erp_desktop.kernel.protocol.fields import expect_object
from erp_desktop.kernel.protocol.head_office import HEAD_OFFICE_SCHEMAS
from erp_desktop.kernel.protocol.hr import HR_SCHEMAS
from erp_desktop.kernel.protocol.quick_readers import SLOW, QuickReader, quick_reader
from erp_desktop.kernel.protocol.readers import SCALARS, Reader

Schema = Mapping[str, Any]

PAYLOAD_SCHEMAS: dict[str, Schema] = {
    "stock_movement": {
        "id": "uuid",
        "product_id": "uuid",
        "warehouse_id": "uuid",
        "kind": "str",
        "quantity_milli": "int",
        "unit_cost": "decimal",
        "occurred_at": "datetime",
        "document_type": "str",
        "document_id": "uuid?",
    },
    "sale": wire_schema(SaleDocument),  # kernel.documents.sale, declared once
    "cash_session": {
        "id": "uuid",
        "register_id": "uuid",
        "opened_at": "datetime",
        "closed_at": "datetime?",
        "opening_float_minor": "int",
        "expected_cash_minor": "int?",
        "counted_cash_minor": "int?",
        "currency": "currency",
        "status": "str",
    },
    "integrity_alert": {  # a replica's own tamper finding, for head office
        "id": "uuid",
        "code": "str",
        "params": "object",
        "found_at": "datetime",
    },
    "customer": {
        "id": "uuid",
        "name": "str",
        "name_ar": "str",
        "phone": "str",
        "email": "str",
        "tax_id": "str",
        "field_clocks": "clocks",
        **dict.fromkeys(BUSINESS_FIELDS, "str"),  # a business customer's (issue 13)
    },
    "stock_document": wire_schema(StockDocument),  # kernel.documents.stock
    # Tunisia's daily global invoice of ticket sales (kernel.invoicing.global_invoice)
    "global_invoice": {
        "id": "uuid",
        "number": "number",
        "branch_id": "uuid",
        "business_date": "date",
        "issued_at": "datetime",
        "issued_by": "uuid",
        "currency": "currency",
        "ticket_count": "int",
        "return_count": "int",
        "sales_ttc_minor": "int",
        "returns_ttc_minor": "int",
        "base_minor": "int",
        "vat_minor": "int",
        "stamp_duty_minor": "int",
        "total_minor": "int",
        "previous_hash": "str",
        "hash": "str",
        "ranges": [{"series": "str", "first": "str", "last": "str", "count": "int"}],
        "rates": [{"vat_rate": "decimal", "base_minor": "int", "vat_minor": "int"}],
    },
    **HEAD_OFFICE_SCHEMAS,  # a product edited at head office, a period it closed
    # quotes, orders, delivery notes, invoices and credit notes (kernel.documents.business)
    "business_document": wire_schema(BusinessDocument),
    # receivables (issue 13): a customer's payment or refund, a cheque's or traite's fate
    "customer_payment": wire_schema(CustomerPayment),
    "instrument_event": wire_schema(InstrumentEvent),
    # purchasing (issue 14, kernel.documents.purchase): an order by the site that raised it,
    # a receipt by the branch that counted it, invoices and payments by head office
    "purchase_order": wire_schema(PurchaseOrder),
    "purchase_receipt": wire_schema(PurchaseReceipt),
    "supplier_invoice": wire_schema(SupplierInvoice),
    "supplier_payment": wire_schema(SupplierPayment),
    "supplier_return": wire_schema(SupplierReturn),  # a debit note, by the returning site
    **HR_SCHEMAS,  # employees, contracts, staff, shifts (head office); attendance, leave
    "payroll_run": RUN_SCHEMA,  # a month's payroll at head office (kernel.payroll.run_wire)
    # HR's items of an employee's month ahead of the run (kernel.payroll.month_items)
    "payroll_items": {**ITEMS_SCHEMA, "removed": "bool"},
    # CRM: a point movement made at a till (kernel.crm.loyalty, declared once)
    "loyalty_movement": wire_schema(PointMovement),
    # CRM: a profile beside the customer (kernel.crm.profile_record), merged field by field
    "customer_profile": {"id": "uuid", "values": "object", "field_clocks": "clocks"},
    # CRM: consent to be contacted, given or withdrawn (an event, never overwritten)
    "consent_event": {
        "id": "uuid",
        "customer_id": "uuid",
        "channel": "str",
        "decision": "str",
        "at": "datetime",
        "source": "str",
        "site": "str",
    },
    # CRM: what a document said about its customer (kernel.crm.timeline, declared once)
    "customer_document": wire_schema(CustomerDocument),
    # CRM: an interaction; its later edits travel as the whole row with each field's clock
    "interaction": {
        "id": "uuid",
        "customer_id": "uuid",
        "kind": "str",
        "at": "datetime",
        "site": "str",
        "owner": "str",
        "text": "str",
        "follow_up_on": "date?",
        "status": "str?",
        "field_clocks": "clocks",
    },
    # CRM: a duplicate merged into the customer kept, at head office, with the loyalty
    # movements that carry its points over (kernel.crm.loyalty.transfer_on_merge)
    "customer_merge": {
        "id": "uuid",
        "merged_id": "uuid",
        "kept_id": "uuid",
        "at": "datetime",
        "reason": "str",
        "transfers": [wire_schema(PointMovement)],
    },
    # CRM: head office's loyalty programme or custom fields, as data (kernel.crm.program)
    "crm_setting": {"id": "uuid", "key": "str", "document": "object"},
    # CRM: an opportunity of the pipeline, the same way
    "opportunity": {
        "id": "uuid",
        "customer_id": "uuid",
        "title": "str",
        "owner": "str",
        "stage": "str",
        "expected_minor": "int",
        "currency": "currency",
        "expected_on": "date",
        "next_activity": "str",
        "next_activity_on": "date?",
        "lines": [
            {
                "product_id": "uuid",
                "quantity": "decimal",
                "unit_price_minor": "int",
                "currency": "currency",
            }
        ],
        "quote_id": "uuid?",
        "field_clocks": "clocks",
    },
}


def _reader(kind: Any) -> Reader:
    if isinstance(kind, list):
        item = _compiled(kind[0])

        def read_list(value: Any, path: str, name: str) -> Any:
            if not isinstance(value, list):
                raise ValidationError(
                    "protocol.wrong_type", path=f"{path}.{name}", expected="array"
                )
            return [_object(item, v, f"{path}.{name}[{i}]") for i, v in enumerate(value)]

        return read_list
    read = SCALARS[kind.rstrip("?")]
    if not kind.endswith("?"):

        def required(value: Any, path: str, name: str) -> Any:
            if value is None:
                raise ValidationError("protocol.missing_field", path=f"{path}.{name}")
            return read(value, path, name)

        return required
    return lambda value, path, name: None if value is None else read(value, path, name)


@dataclass(frozen=True, slots=True)
class _Compiled:
    fields: frozenset[str]
    readers: tuple[tuple[str, Reader], ...]
    # Each field with its quick reader (``quick_readers``), or None to read it with its
    # reader (a list, whose items are objects tried the quick way in turn; a kind with
    # no quick reader).
    quick: tuple[tuple[str, QuickReader | None, Reader], ...]


def _compiled(schema: Schema) -> _Compiled:
    readers = tuple((n, _reader(k)) for n, k in schema.items())
    quick = tuple(
        (n, None if isinstance(k, list) else quick_reader(k), read)
        for (n, k), (_, read) in zip(schema.items(), readers, strict=True)
    )
    return _Compiled(frozenset(schema), readers, quick)


def _object(schema: _Compiled, value: Any, path: str) -> dict[str, Any]:
    if type(value) is dict and value.keys() == schema.fields:
        read = _quickly(schema, value, path)
        if read is not None:
            return read
    if not (isinstance(value, Mapping) and value.keys() == schema.fields):
        expect_object(value, path, set(schema.fields), set(schema.fields))  # says what is wrong
    return {name: read(value[name], path, name) for name, read in schema.readers}


def _quickly(schema: _Compiled, value: dict[str, Any], path: str) -> dict[str, Any] | None:
    """The object read field by field in the schema's order, each by its quick reader
    where it has one; None as soon as one says SLOW (then read the slow way, from the
    start). A field read by its reader may raise: the error the slow way raises too, as
    every field before it reads there to the same value."""
    result = {}
    for name, quick, read in schema.quick:
        if quick is None:
            result[name] = read(value[name], path, name)
            continue
        field = quick(value[name])
        if field is SLOW:
            return None
        result[name] = field
    return result


_COMPILED = {entity: _compiled(schema) for entity, schema in PAYLOAD_SCHEMAS.items()}
PAYLOAD_ENTITIES = frozenset(_COMPILED)  # names a change may carry, each clean short text


def validate_payload(entity: str, value: Any, path: str = "payload") -> dict[str, Any]:
    """The payload of ``entity`` checked field by field (JSON-ready, normalized)."""
    schema = _COMPILED.get(entity)
    if schema is None:
        raise ValidationError("protocol.unknown_entity", entity=entity)
    return _object(schema, value, path)


def validate_shaped(schema: Schema, value: Any, path: str) -> dict[str, Any]:
    """``value`` checked against a schema written as the payloads' are, for a body that is
    no change (a shop's join request, kernel.protocol.joining)."""
    return _object(_compiled(schema), value, path)
