"""Every kind of change the server lets a site push has the one merger that owns it, and
the server's sales columns are the kernel's declaration of a sale."""

from __future__ import annotations

from sqlalchemy import Engine, text

from erp_desktop.kernel.documents import SaleDocument
from erp_desktop.kernel.documents.fields import scalar_fields
from sync_server.db.mergers import sales as sales_rows
from sync_server.services import actor_rights
from sync_server.services.mergers import MERGERS


def test_every_kind_a_site_may_push_has_its_merger_registered_under_its_own_name() -> None:
    pushable = set(actor_rights._BY_KIND) | set(actor_rights.DEVICE_FINDINGS)
    assert pushable <= set(MERGERS)
    assert all(merger.entity == entity for entity, merger in MERGERS.items())


def test_sales_and_stock_movements_are_merged_after_the_kinds_they_may_name() -> None:
    order = list(MERGERS)
    for named in ("cash_session", "stock_document", "customer"):
        assert order.index(named) < order.index("sale")
    assert order.index("stock_document") < order.index("stock_movement")


def test_the_sales_tables_hold_the_columns_the_kernel_declares_for_a_sale_on_the_wire(
    engine: Engine,
) -> None:
    """A field added to the kernel's sale on the wire needs its server migration: the
    merge writes every wire field into the column of its name."""
    with engine.connect() as conn:
        columns = {
            table: set(
                conn.execute(
                    text(
                        "SELECT column_name FROM information_schema.columns "
                        "WHERE table_schema = 'sales' AND table_name = :t"
                    ),
                    {"t": table},
                ).scalars()
            )
            for table in ("documents", "payments")
        }
    kept_by_the_server = {"branch_id", "created_at", "updated_at", "deleted_at"}
    assert {c for c, _ in sales_rows.DOCUMENT_COLUMNS} == columns["documents"] - kept_by_the_server
    assert {c for c, _ in sales_rows.PAYMENT_COLUMNS} | {"document_id"} == (
        columns["payments"] - kept_by_the_server
    )
    wire = {f.column for f in scalar_fields(SaleDocument, wire_only=True)}
    assert wire <= {c for c, _ in sales_rows.DOCUMENT_COLUMNS}
