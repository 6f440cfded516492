"""Migration 0039: the rows a statement appends to an immutable table are audited by one
row naming them all (who, when, which ids, the branch), a statement of one row by a row
of its own as before, and audit.trail still answers "what became of this row" row by row."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from sync_server.services.enrollment import Device, enroll
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for
from tests.server.test_merge_sets import apply, of, pending, sell


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Branch]:
    built = build_branch(Path(tmp_path_factory.mktemp("alger")))
    open_cash_session(built.deps, built.actor("cashier"), Money.of(Decimal(0), "DZD"))
    yield built
    built.replica.close()


@pytest.fixture(scope="module")
def device(engine: Engine, branch: Branch) -> Device:
    head_office_for(engine, branch)
    _device_id, token = headoffice.add_device(engine, "ALG01", "till")
    return enroll(engine, token)[0]


def test_a_push_s_journal_lines_are_named_by_one_audit_row_and_listed_one_by_one(
    engine: Engine, branch: Branch, device: Device
) -> None:
    apply(engine, device, pending(branch, device))  # the opening stock
    for product in (1, 2, 3):
        sell(branch, "cashier", product, 2)
    batch = pending(branch, device)
    assert {r["status"] for r in apply(engine, device, batch)} == {"accepted"}
    sales = [s["payload"]["id"] for s in of(batch, "sale")]
    with unit_of_work(engine, head_office=True) as conn:
        lines = conn.execute(
            text(
                "SELECT CAST(l.id AS text) FROM accounting.journal_lines l "
                "JOIN accounting.journal_entries e ON e.id = l.entry_id "
                "WHERE e.source_id = ANY(CAST(:s AS uuid[])) ORDER BY l.id"
            ),
            {"s": sales},
        ).scalars()
        lines = list(lines)
        logged = conn.execute(
            text(
                "SELECT row_id, row_ids, actor_id, branch_id FROM audit.log "
                "WHERE table_name = 'journal_lines' AND row_ids && CAST(:l AS text[])"
            ),
            {"l": lines},
        ).all()
        trail = conn.execute(
            text(
                "SELECT row_id, actor_id, branch_id FROM audit.trail "
                "WHERE table_name = 'journal_lines' AND row_id = ANY(:l) ORDER BY row_id"
            ),
            {"l": lines},
        ).all()
    cashier = of(batch, "sale")[0]["actor_id"]
    assert len(lines) >= 3 * 4  # revenue, VAT, cash, goods at cost: each sale's lines
    ((row_id, row_ids, actor, branch_id),) = logged  # the three sales: one statement
    assert row_id is None and sorted(row_ids) == lines
    assert (str(actor), branch_id) == (cashier, branch.branch_id)
    assert [r[0] for r in trail] == lines  # each line once, with who and where
    assert {(str(r[1]), r[2]) for r in trail} == {(cashier, branch.branch_id)}


def test_a_statement_of_one_row_is_audited_by_its_own_row(
    engine: Engine, branch: Branch, device: Device
) -> None:
    apply(engine, device, pending(branch, device))
    sell(branch, "cashier", 4)
    batch = pending(branch, device)
    assert {r["status"] for r in apply(engine, device, batch)} == {"accepted"}
    (sale,) = of(batch, "sale")
    with unit_of_work(engine, head_office=True) as conn:
        logged = conn.execute(
            text(
                "SELECT row_id, row_ids FROM audit.log "
                "WHERE table_name = 'documents' AND row_id = :id"
            ),
            {"id": sale["payload"]["id"]},
        ).all()
    assert [tuple(r) for r in logged] == [(sale["payload"]["id"], None)]
