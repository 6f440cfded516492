"""Tamper evidence on the replica: someone drops a trigger in the shop's SQLite file and
edits a sale already synced. It used to go unreported, and the branch then sent its whole
series again on every sync. Now the replica checks its documents from their columns (the
series that disagrees with the server at once, the rest by a rolling sweep), sends what it
finds to head office as an alert, once, and re-sends nothing for it."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server.db.engine import make_engine, unit_of_work
from sync_server.services import headoffice
from tests.builders import PRODUCTS, Branch, build_branch
from tests.pg import migrated_database
from tests.server.helpers import head_office_for, running_server


@pytest.fixture
def synced(tmp_path: Path) -> Iterator[tuple[Engine, Branch]]:
    with migrated_database() as url:
        engine = make_engine(url)
        alger = build_branch(tmp_path / "alger")
        head_office_for(engine, alger)
        with running_server(url) as base:
            _device, token = headoffice.add_device(engine, "ALG01", "till")
            client = SyncClient(base)
            enroll_device(alger.deps, client, token)
            client.close()
            cashier = alger.actor("cashier")
            open_cash_session(alger.deps, cashier, Money.of(Decimal(0), "DZD"))
            for i in range(4):
                price = Money.of(Decimal(PRODUCTS[i][2]), "DZD")
                checkout(
                    alger.deps,
                    cashier,
                    CheckoutRequest(
                        (CartLine(alger.products[i], Decimal(1)),),
                        (Tender(TenderKind.CARD, price),),
                    ),
                )
            report = synchronize(alger.deps)
            assert report.comparison is not None and report.comparison.agrees
            yield engine, alger
        alger.replica.close()
        engine.dispose()


def behind_the_triggers(branch: Branch, trigger: str, statement: str) -> None:
    with branch.replica.transaction(None) as conn:
        sql = conn.execute(
            text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
            {"n": trigger},
        ).scalar_one()
        conn.execute(text(f"DROP TRIGGER {trigger}"))
        conn.execute(text(statement))
        conn.execute(text(sql))


def alerts(engine: Engine) -> list[tuple[str, dict[str, object]]]:
    with unit_of_work(engine, head_office=True) as conn:
        rows = conn.execute(text("SELECT kind, params FROM sync.alerts ORDER BY kind"))
        return [(r[0], dict(r[1])) for r in rows]


def test_a_synced_total_edited_in_the_file_is_reported_once_and_not_resent(
    synced: tuple[Engine, Branch],
) -> None:
    engine, alger = synced
    behind_the_triggers(
        alger,
        "refuse_update_final_sales",
        "UPDATE sales_documents SET total_minor = total_minor - 10000, "
        "base_minor = base_minor - 10000 WHERE number LIKE '%-000002'",
    )
    report = synchronize(alger.deps)
    assert report.comparison is not None
    assert report.comparison.series == ["ALG01-C1-2026"]
    assert report.comparison.requeued == 0  # altered here: nothing to send again
    assert {f.code for f in report.comparison.findings} == {
        "numbering.chain_broken",
        "reconcile.document_altered",
    }
    kinds = [kind for kind, _ in alerts(engine)]
    assert kinds == ["replica.numbering.chain_broken", "replica.reconcile.document_altered"]
    again = synchronize(alger.deps)
    assert again.accepted == 0 and again.comparison is not None
    assert (again.comparison.requeued, again.comparison.alerts) == (0, 0)
    assert len(alerts(engine)) == 2  # found again, not raised again


def test_a_line_edited_without_touching_the_totals_is_found_by_the_sweep(
    synced: tuple[Engine, Branch],
) -> None:
    engine, alger = synced
    behind_the_triggers(
        alger,
        "refuse_update_sales_lines",
        "UPDATE sales_lines SET product_id = (SELECT id FROM products ORDER BY sku DESC LIMIT 1) "
        "WHERE document_id = (SELECT id FROM sales_documents WHERE number LIKE '%-000003')",
    )
    report = synchronize(alger.deps)
    assert report.comparison is not None and report.comparison.series == []  # same figures
    assert [(kind, params.get("number")) for kind, params in alerts(engine)] == [
        ("replica.numbering.chain_broken", "ALG01-C1-2026-000003")
    ]


def test_a_stock_level_edited_in_the_file_is_reported(synced: tuple[Engine, Branch]) -> None:
    engine, alger = synced
    with alger.replica.transaction(None) as conn:
        conn.execute(
            text(
                "UPDATE stock_levels SET quantity_milli = quantity_milli + 3000 WHERE product_id = :p"
            ),
            {"p": alger.products[5].hex},
        )
    synchronize(alger.deps)
    found = [params for kind, params in alerts(engine) if kind.endswith("level_unlike_movements")]
    assert len(found) == 1
    assert found[0]["level_milli"] - found[0]["movements_milli"] == 3000  # type: ignore[operator]
