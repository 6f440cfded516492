"""Upgrading a server that already holds data from 0033 to 0036: the audit rows written for
the whole company (no branch) move to audit.company_log whole, ids and all, the branches'
rows stay in audit.log now keyed by branch, and a transfer and its receipt keep their link
once the foreign keys between them are gone. Run as a plain owner, whom row-level security
and the audit log's own trigger would stop if the migration did not step past them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import Connection, Engine, text

from erp_desktop.kernel.ids import new_id
from sync_server.db.engine import unit_of_work
from sync_server.db.migrate import current_revision, upgrade
from sync_server.services import headoffice
from tests.server.helpers import database_of_a_plain_owner

TRAIL = (
    "SELECT id, schema_name, table_name, row_id, operation, actor_id, at, before, after "
    "FROM {} ORDER BY id"
)
DOCUMENT = (
    "INSERT INTO inventory.stock_documents (id, branch_id, kind, number, status, issued_at, "
    "counterpart_branch_id, related_id, payload) VALUES (:id, :b, :kind, :number, :status, "
    "now(), :counterpart, :related, '{}')"
)


@pytest.fixture
def old_server() -> Iterator[Engine]:
    with database_of_a_plain_owner() as engine:
        upgrade(engine, "0033")
        yield engine


def _trail(conn: Connection, table: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.execute(text(TRAIL.format(table)))]


def _a_transfer_received(engine: Engine, alger: UUID, oran: UUID) -> tuple[UUID, UUID]:
    """Alger's transfer out to Oran and Oran's receipt, linked both ways, as the 0033 merger
    wrote them."""
    sent, receipt = new_id(), new_id()
    with unit_of_work(engine, branch_id=alger, actor_id=new_id()) as conn:
        conn.execute(
            text(DOCUMENT),
            dict(id=sent, b=alger, kind="transfer_out", number="ALG01-T-000001",
                 status="in_transit", counterpart=oran, related=None),
        )  # fmt: skip
    with unit_of_work(engine, branch_id=oran, actor_id=new_id()) as conn:
        conn.execute(
            text(DOCUMENT),
            dict(id=receipt, b=oran, kind="transfer_in", number="ORN01-T-000001",
                 status="received", counterpart=alger, related=sent),
        )  # fmt: skip
        conn.execute(
            text(
                "UPDATE inventory.stock_documents SET status = 'received', received_by = :r "
                "WHERE id = :s"
            ),
            {"r": receipt, "s": sent},
        )
    return sent, receipt


def test_upgrading_moves_the_company_s_audit_rows_and_keeps_the_branches(
    old_server: Engine,
) -> None:
    headoffice.set_up_company(old_server, "Test SARL", "شركة", "DZ", "DZD")
    alger, _ = headoffice.add_branch(old_server, "ALG01", "Alger", "الجزائر")
    oran, _ = headoffice.add_branch(old_server, "ORN01", "Oran", "وهران")
    sent, receipt = _a_transfer_received(old_server, alger, oran)
    with unit_of_work(old_server, head_office=True) as conn:
        company_rows = [
            r
            for r in conn.execute(
                text("SELECT * FROM audit.log WHERE branch_id IS NULL ORDER BY id")
            )
        ]
        branch_rows = _trail(conn, "audit.log WHERE branch_id IS NOT NULL")
    assert len(company_rows) > 20  # the company, its chart, two branches and warehouses
    assert {r.table_name for r in company_rows} >= {"company", "accounts", "branches"}
    assert len(branch_rows) == 3  # the transfer out, the receipt, the transfer marked

    upgrade(old_server, "0036")

    assert current_revision(old_server) == "0036"
    with unit_of_work(old_server, head_office=True) as conn:
        assert _trail(conn, "audit.company_log") == [
            (r.id, r.schema_name, r.table_name, r.row_id, r.operation, r.actor_id, r.at,
             r.before, r.after)
            for r in company_rows
        ]  # fmt: skip
        assert _trail(conn, "audit.log") == branch_rows
        documents = conn.execute(
            text(
                "SELECT id, branch_id, related_id, received_by, status "
                "FROM inventory.stock_documents ORDER BY number"
            )
        ).all()
        key = conn.execute(
            text(
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conrelid = CAST('inventory.stock_documents' AS regclass) AND contype = 'p'"
            )
        ).scalar_one()
    assert [tuple(d) for d in documents] == [
        (sent, alger, None, receipt, "received"),
        (receipt, oran, sent, None, "received"),
    ]
    assert key == "PRIMARY KEY (branch_id, id)"
    with unit_of_work(old_server, branch_id=oran) as conn:  # a branch reads its rows only
        assert [r[3] for r in _trail(conn, "audit.trail")] == [str(receipt), str(sent)]


def test_after_the_upgrade_each_new_audit_row_goes_to_its_log(old_server: Engine) -> None:
    headoffice.set_up_company(old_server, "Test SARL", "شركة", "DZ", "DZD")
    alger, _ = headoffice.add_branch(old_server, "ALG01", "Alger", "الجزائر")
    upgrade(old_server)
    with unit_of_work(old_server, head_office=True) as conn:
        last = conn.execute(text("SELECT max(id) FROM audit.company_log")).scalar_one()
    headoffice.add_branch(old_server, "ORN01", "Oran", "وهران")  # the company's change
    alert = new_id()
    with unit_of_work(old_server, branch_id=alger) as conn:  # a branch's change
        conn.execute(
            text(
                "INSERT INTO sync.alerts (id, branch_id, kind, params) VALUES (:a, :b, 'x', '{}')"
            ),
            {"a": alert, "b": alger},
        )
    with unit_of_work(old_server, head_office=True) as conn:
        company = conn.execute(
            text("SELECT id, table_name FROM audit.company_log WHERE id > :last ORDER BY id"),
            {"last": last},
        ).all()
        branch = conn.execute(text("SELECT id, row_id, branch_id FROM audit.log")).all()
    assert [r.table_name for r in company] == ["branches", "warehouses"]
    assert [(r.row_id, r.branch_id) for r in branch] == [(str(alert), alger)]
    assert branch[0].id > company[-1].id  # one sequence numbers both logs
