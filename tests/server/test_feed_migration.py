"""Migration 0013 numbers the change log that already exists in its old order, so a branch
holding a cursor from before the upgrade carries on where it was: nothing missed, nothing
twice, and what head office changes afterwards comes after."""

from __future__ import annotations

from sqlalchemy import Engine, text

from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ledger.accounts import load_chart
from sync_server.db import headoffice as rows
from sync_server.db.catalog import ProductRow, upsert_products
from sync_server.db.engine import make_engine, unit_of_work
from sync_server.db.migrate import upgrade
from sync_server.services import headoffice
from sync_server.services.enrollment import Device, enroll
from sync_server.services.pull import pull
from tests.pg import temporary_database
from tests.server.helpers import before_proven_scope


def device_of(engine: Engine, branch: str) -> Device:
    _device_id, token = headoffice.add_device(engine, branch, "till")
    return enroll(engine, token)[0]


def everything_after(engine: Engine, device: Device, cursor: int) -> list[tuple[int, str]]:
    seen: list[tuple[int, str]] = []
    while True:
        page = pull(engine, device, cursor, 7)
        seen += [(c["seq"], c["entity"]) for c in page["changes"]]
        cursor = page["cursor"]
        if not page["more"]:
            return seen


def test_an_old_cursor_resumes_after_the_upgrade_without_missing_or_repeating() -> None:
    with temporary_database() as url:
        engine = make_engine(url)
        try:
            upgrade(engine, "0009")
            with before_proven_scope(engine) as conn:  # the server as it was at 0009
                rows.insert_company(conn, "El Bahia", "البهية", "DZ", "DZD", {})
                rows.insert_accounts(conn, load_chart("DZ"))
                alger, _ = rows.insert_branch(conn, "ALG01", "Alger", "الجزائر")
                oran, _ = rows.insert_branch(conn, "ALG02", "Oran", "وهران")
                upsert_products(
                    conn,
                    [
                        ProductRow(
                            new_id(), f"P{i}", f"P {i}", f"م {i}", "pce", 100, "DZD", "standard"
                        )
                        for i in range(12)
                    ],
                )
                conn.execute(
                    text(
                        "INSERT INTO inventory.stock_documents (id, branch_id, kind, number, "
                        "status, issued_at, counterpart_branch_id, payload) VALUES (:id, :a, "
                        "'transfer_out', 'ALG01-TO-2026-000001', 'in_transit', now(), :o, "
                        "CAST('{\"lines\": []}' AS jsonb))"
                    ),
                    {"id": new_id(), "a": alger, "o": oran},
                )
                before = conn.execute(
                    text("SELECT seq, entity, branch_id FROM sync.change_log ORDER BY seq")
                ).all()
            old_cursor = before[-6][0]  # Oran had pulled up to here before the upgrade

            upgrade(engine)

            with unit_of_work(engine, head_office=True) as conn:
                numbered = dict(
                    conn.execute(text("SELECT seq, position FROM sync.change_positions")).all()
                )
            assert numbered == {seq: seq for seq, _e, _b in before}  # the transfer's row too
            oran_device, alger_device = device_of(engine, "ALG02"), device_of(engine, "ALG01")
            with unit_of_work(engine, head_office=True) as conn:
                conn.execute(text("UPDATE inventory.products SET price_minor = 5 WHERE sku = 'P3'"))
            resumed = everything_after(engine, oran_device, old_cursor)
            old_rest = [(s, e) for s, e, b in before if s > old_cursor and b in (None, oran)]
            assert resumed[: len(old_rest)] == old_rest
            assert "incoming_transfer" in {e for _s, e in old_rest}
            after = resumed[len(old_rest) :]
            assert [e for _s, e in after] == ["product"]  # the price changed after the upgrade
            assert all(s > before[-1][0] for s, _e in after)
            assert "incoming_transfer" not in {
                e for _s, e in everything_after(engine, alger_device, 0)
            }
        finally:
            engine.dispose()
