"""What head office's own devices push, and who may push what.

Head office runs the same client as the branches; its product editor and its period close
queue changes like any other. The server accepts each entity only from the kind of site
that owns it (``erp_desktop.kernel.ownership``): a branch pushing a price is refused with
``sync.owned_by_head_office``, head office pushing a branch's sale with
``sync.owned_by_branches``, each change on its own (the rest of the batch goes through).
"""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from erp_desktop.kernel.barcodes import is_valid_gtin
from erp_desktop.kernel.errors import ConflictError, ErpError, ValidationError
from erp_desktop.kernel.ledger.accounts import Chart
from erp_desktop.kernel.ledger.periods import month_period
from erp_desktop.kernel.ownership import write_refusal
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db import head_office_changes as rows
from sync_server.db.engine import Connection
from sync_server.services.enrollment import Device
from sync_server.services.headoffice import tax_classes_of

PRICE_MODES = ("tax_included", "tax_excluded")


def ownership_refusal(change: Change, device: Device) -> ErpError | None:
    """Why the device's site may not write the change's entity (None when it may)."""
    return write_refusal(change.entity, device.kind)


def apply_product(conn: Connection, change: Change, branch_id: UUID, chart: Chart) -> None:
    """A product created or edited at head office, with its price; its barcodes are added
    (one already another product's is refused, never moved)."""
    p = change.payload
    for field in ("sku", "name", "name_ar", "unit", "tax_class"):
        if not str(p[field]).strip():
            raise ValidationError("common.required", field=field)
    if p["price_minor"] < 0:
        raise ValidationError("common.invalid_value", field="price", value=str(p["price_minor"]))
    if p["price_mode"] not in PRICE_MODES:
        raise ValidationError("common.invalid_value", field="price_mode", value=p["price_mode"])
    known = tax_classes_of(conn)
    if known is not None and p["tax_class"] not in known:
        raise ValidationError("common.invalid_value", field="tax_class", value=p["tax_class"])
    same_sku = rows.product_with_sku(conn, p["sku"])
    if same_sku is not None and str(same_sku) != p["id"]:
        raise ConflictError("common.invalid_value", field="sku", value=p["sku"])
    codes = [b["barcode"] for b in p["barcodes"]]
    for code in codes:
        if not is_valid_gtin(code):
            raise ValidationError("barcodes.invalid", code=code)
    for code, owner in rows.owners_of_barcodes(conn, codes).items():
        if str(owner) != p["id"]:
            raise ConflictError("common.invalid_value", field="barcode", value=code)
    rows.save_product(conn, p, codes)


def apply_fiscal_period(conn: Connection, change: Change, branch_id: UUID, chart: Chart) -> None:
    """A month closed at head office: from now on a late document dated inside it is
    posted on the first open day after it (``services.periods``)."""
    p = change.payload
    start, end = date.fromisoformat(p["start_date"]), date.fromisoformat(p["end_date"])
    month = month_period(start)
    if (month.code, month.start, month.end) != (p["code"], start, end):
        raise ValidationError("common.invalid_value", field="period", value=p["code"])
    rows.close_period(
        conn,
        UUID(p["id"]),
        p["code"],
        start,
        end,
        datetime.fromisoformat(p["closed_at"]),
        change.actor_id,
    )
