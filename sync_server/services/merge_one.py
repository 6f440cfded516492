"""Applying one pushed change on its own, inside its savepoint: the path for the rare
entities (cash sessions, stock documents, customers) and the fallback of the set-wise path
when the database refuses one row of a set (the change at fault is then found here and
rejected with its code, the others are accepted).

Stock movements are inserted idempotently by id (and time) and move the levels by their
delta, so the order they arrive in never matters; a level going negative is flagged for
head office, not refused (the shelf was real). Each sales document is posted once with the kernel's rules,
under the same deterministic entry id the replica used.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from uuid import UUID

from erp_desktop.kernel.calendar import business_date
from erp_desktop.kernel.clock import HlcTimestamp, check_drift, utc_now
from erp_desktop.kernel.crm.customers import merge_customer
from erp_desktop.kernel.errors import ErpError, NotFound, ValidationError
from erp_desktop.kernel.hash_chain import chain_hash, genesis, payload_fields
from erp_desktop.kernel.ledger.accounts import Chart
from erp_desktop.kernel.posting.from_payload import post_sale_payload, post_stock_document_payload
from erp_desktop.kernel.protocol.envelope import Change, ChangeResult, ChangeStatus
from sync_server.db import merge, merge_sets
from sync_server.db.engine import Connection, DatabaseError, act_as
from sync_server.services.enrollment import Device
from sync_server.services.head_office_changes import apply_fiscal_period, apply_product
from sync_server.services.merge_global_invoice import apply_global_invoice
from sync_server.services.periods import ClosedPeriods

log = logging.getLogger(__name__)


def apply_one(conn: Connection, change: Change, device: Device, chart: Chart) -> ChangeResult:
    savepoint = conn.begin_nested()
    try:
        if change.branch_id != device.branch_id:
            raise ValidationError("protocol.wrong_branch", what="change", id=str(change.id))
        act_as(conn, change.actor_id)
        APPLY.get(change.entity, _not_yet)(conn, change, device.branch_id, chart)
    except ErpError as error:
        savepoint.rollback()
        return rejected(change, error)
    except DatabaseError as error:
        savepoint.rollback()
        detail = str(error.orig).splitlines()[0] if error.orig else type(error).__name__
        return ChangeResult(
            change.id, ChangeStatus.REJECTED, "storage.integrity", {"detail": detail}
        )
    except UNPROCESSABLE as error:
        savepoint.rollback()
        return unprocessable(change, error)
    savepoint.commit()
    return ChangeResult(change.id, ChangeStatus.ACCEPTED)


def rejected(change: Change, error: ErpError) -> ChangeResult:
    return ChangeResult(change.id, ChangeStatus.REJECTED, error.code, dict(error.params))


# What computing a checked payload can still raise (a Decimal past its context, a date
# past its calendar): the change is refused alone and logged, the batch goes on.
UNPROCESSABLE = (ArithmeticError, ValueError)


def unprocessable(change: Change, error: Exception) -> ChangeResult:
    log.warning("change %s (%s) could not be computed", change.id, change.entity, exc_info=error)
    return ChangeResult(
        change.id, ChangeStatus.REJECTED, "protocol.unprocessable", {"reason": type(error).__name__}
    )


def owned(found: UUID | None, branch_id: UUID, what: str, value: Any) -> None:
    if found is None:
        raise NotFound("common.not_found", entity=what, id=str(value))
    if found != branch_id:
        raise ValidationError("protocol.wrong_branch", what=what, id=str(value))


def _stock_movement(conn: Connection, change: Change, branch_id: UUID, chart: Chart) -> None:
    p: Mapping[str, Any] = change.payload
    warehouse, product = UUID(p["warehouse_id"]), UUID(p["product_id"])
    owned(merge.warehouse_branch(conn, warehouse), branch_id, "warehouse", warehouse)
    if not merge.product_exists(conn, product):
        raise NotFound("common.not_found", entity="product", id=str(product))
    level = merge_sets.insert_movements(conn, branch_id, [(p, change.actor_id)]).get(
        (p["warehouse_id"], p["product_id"])
    )
    if level is not None and level < 0:  # None: the movement was already there
        merge_sets.insert_alerts(
            conn,
            branch_id,
            [
                (
                    "negative_stock",
                    {
                        "warehouse_id": warehouse,
                        "product_id": product,
                        "quantity_milli": level,
                        "movement_id": p["id"],
                    },
                )
            ],
        )


def _sale(conn: Connection, change: Change, branch_id: UUID, chart: Chart) -> None:
    p = change.payload
    register = UUID(p["register_id"])
    owned(merge.register_branch(conn, register), branch_id, "register", register)
    entry = post_sale_payload(chart, p, branch_id)
    day = (
        entry.on if entry else business_date(chart.country, datetime.fromisoformat(p["issued_at"]))
    )
    entry, late = ClosedPeriods.of(conn).place(entry)  # dated in a closed period
    if p["id"] in merge_sets.insert_sales(conn, branch_id, [(p, day, entry)]):
        _check_chain(conn, branch_id, p)
        merge_sets.insert_alerts(conn, branch_id, [late] if late else [])


def _check_chain(conn: Connection, branch_id: UUID, p: Mapping[str, Any]) -> None:
    """The sale is real whatever its chain says: a break is flagged for head office, the
    document is kept. Checked against both neighbours, as they may arrive in any order."""
    (around,) = merge_sets.neighbours(conn, [p])
    problems = chain_problems(p, around.before_hash, around.after_previous)
    if problems:
        merge_sets.insert_alerts(
            conn, branch_id, [("chain_break", {"number": p["number"], "reasons": problems})]
        )


def chain_problems(p: Mapping[str, Any], before: str | None, after: str | None) -> list[str]:
    """What is wrong with the chain at document ``p``: its own hash, the hash of the one
    before (``before``, None when the server has not got it) and the previous-hash carried by
    the one after (``after``, likewise). The first document of a series follows genesis."""
    series, _, number = p["number"].rpartition("-")
    if int(number) == 1:
        before = genesis(series)
    problems = []
    if chain_hash(p["previous_hash"], payload_fields(p)) != p["hash"]:
        problems.append("hash_mismatch")
    if before is not None and before != p["previous_hash"]:
        problems.append("previous_mismatch")
    if after is not None and after != p["hash"]:
        problems.append("next_mismatch")
    return problems


def _cash_session(conn: Connection, change: Change, branch_id: UUID, chart: Chart) -> None:
    register = UUID(change.payload["register_id"])
    owned(merge.register_branch(conn, register), branch_id, "register", register)
    merge.upsert_cash_session(conn, branch_id, change.payload)


def _stock_document(conn: Connection, change: Change, branch_id: UUID, chart: Chart) -> None:
    """A goods receipt, adjustment, count or transfer, posted once. A transfer out waits in
    transit for its branch; the transfer in that receives it completes it, and the
    quantities that differ from what was sent are kept on the transfer for head office."""
    p = change.payload
    sent = None
    if p["kind"] == "transfer_in":
        related = UUID(p["related_id"]) if p["related_id"] else None
        sent = merge.transfer_sent_to(conn, related, branch_id) if related else None
        if sent is None:
            raise ValidationError(
                "inventory.transfer_not_in_transit", transfer=str(p["related_id"])
            )
    if p["kind"] == "transfer_out" and p["counterpart_branch_id"] == str(branch_id):
        raise ValidationError("inventory.same_branch_transfer")
    entry = post_stock_document_payload(chart, p, branch_id, sent["lines"] if sent else None)
    if not merge.insert_stock_document(conn, branch_id, p):
        return
    entry, late = ClosedPeriods.of(conn).place(entry)  # dated in a closed period
    if entry is not None:
        merge_sets.insert_entry(conn, entry, branch_id)
        merge_sets.insert_alerts(conn, branch_id, [late] if late else [])
    if sent is not None:
        got = {ln["product_id"]: ln["quantity_milli"] for ln in p["lines"]}
        differences = {
            ln["product_id"]: got.get(ln["product_id"], 0)
            + ln["quantity_milli"]  # sent lines are negative
            for ln in sent["lines"]
            if got.get(ln["product_id"], 0) != -ln["quantity_milli"]
        }
        merge.mark_transfer_received(conn, UUID(sent["id"]), UUID(p["id"]), differences)
        if differences:
            merge_sets.insert_alerts(
                conn,
                branch_id,
                [
                    (
                        "transfer_difference",
                        {
                            "transfer": sent["number"],
                            "received_as": p["number"],
                            "differences_milli": differences,
                        },
                    )
                ],
            )


def _customer(conn: Connection, change: Change, branch_id: UUID, chart: Chart) -> None:
    """Field by field, the newest edit wins (kernel.crm.customers); the server decides."""
    p = change.payload
    customer_id = UUID(p["id"])
    incoming = {f: p[f] for f in merge.CUSTOMER_FIELDS}
    clocks = {str(k): str(v) for k, v in dict(p["field_clocks"]).items()}
    now_ms = int(utc_now().timestamp() * 1000)
    for stamp in clocks.values():  # a till clock days ahead would win every later edit
        check_drift(HlcTimestamp.decode(stamp), now_ms)
    stored = merge.customer_for_update(conn, customer_id)
    if stored is None:
        merge.save_customer(conn, customer_id, incoming, clocks, exists=False)
        return
    values, merged = merge_customer(stored[0], stored[1], incoming, clocks)
    if (values, merged) != (stored[0], stored[1]):
        merge.save_customer(conn, customer_id, values, merged, exists=True)


def _integrity_alert(conn: Connection, change: Change, branch_id: UUID, chart: Chart) -> None:
    """What a replica found wrong in itself (an altered document, a level that is not its
    movements) becomes an alert for head office, once (its id is the finding's)."""
    p = change.payload
    merge.insert_alert_once(conn, UUID(p["id"]), branch_id, f"replica.{p['code']}", p["params"])


def _not_yet(conn: Connection, change: Change, branch_id: UUID, chart: Chart) -> None:
    raise ValidationError("protocol.not_applied_yet", entity=change.entity)


APPLY = {
    "stock_movement": _stock_movement,
    "sale": _sale,
    "cash_session": _cash_session,
    "stock_document": _stock_document,
    "customer": _customer,
    "integrity_alert": _integrity_alert,
    "global_invoice": apply_global_invoice,
    "product": apply_product,  # head office's own (the ownership check is push.py's)
    "fiscal_period": apply_fiscal_period,
}
