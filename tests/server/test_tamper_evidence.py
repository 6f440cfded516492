"""Tamper evidence on the server: a column edited behind the merge's back (the sales
report reads ``total_minor``, not the payload), a series with a gap (the rest of it is
still checked) and a stock level that is not its movements are each found by the nightly
reconciliation and raised once as an alert for head office."""

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
from sync_server.db.engine import unit_of_work
from sync_server.services.reconcile import reconcile
from tests.builders import PRODUCTS, Branch, build_branch
from tests.server.helpers import head_office_for
from tests.server.test_reconcile_and_cli import push_day


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Branch]:
    built = build_branch(Path(tmp_path_factory.mktemp("alger")))
    cashier = built.actor("cashier")
    open_cash_session(built.deps, cashier, Money.of(Decimal(0), "DZD"))
    for i in range(5):
        checkout(
            built.deps,
            cashier,
            CheckoutRequest(
                (CartLine(built.products[i], Decimal(1)),),
                (Tender(TenderKind.CARD, Money.of(Decimal(PRODUCTS[i][2]), "DZD")),),
            ),
        )
    yield built
    built.replica.close()


@pytest.fixture(scope="module")
def pushed(engine: Engine, branch: Branch) -> Engine:
    head_office_for(engine, branch)
    push_day(engine, branch, skip_sale=1)  # ALG01-C1-2026-000002 never arrives
    return engine


def behind_the_merge(engine: Engine, statement: str) -> None:
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE sales.documents DISABLE TRIGGER immutable"))
        conn.execute(text(statement))
        conn.execute(text("ALTER TABLE sales.documents ENABLE TRIGGER immutable"))


def alerts(engine: Engine, kind: str) -> list[dict[str, object]]:
    with unit_of_work(engine, head_office=True) as conn:
        rows = conn.execute(
            text("SELECT params FROM sync.alerts WHERE kind = :k ORDER BY created_at"), {"k": kind}
        )
        return [dict(r[0]) for r in rows]


def test_a_total_edited_in_the_table_is_found_and_alerted_once(pushed: Engine) -> None:
    behind_the_merge(
        pushed, "UPDATE sales.documents SET total_minor = 1 WHERE number LIKE '%-000004'"
    )
    for _ in range(2):
        found = [p for c, p in reconcile(pushed).problems if c == "reconcile.document_altered"]
        assert found == [{"number": "ALG01-C1-2026-000004", "columns": ["total_minor"]}]
    assert alerts(pushed, "reconcile.document_altered") == found  # raised once, not per run


def test_a_gap_does_not_suspend_the_check_of_the_rest_of_the_series(pushed: Engine) -> None:
    behind_the_merge(
        pushed,
        "UPDATE sales.documents SET payload = jsonb_set(payload, '{stamp_duty_minor}', '7'), "
        "stamp_duty_minor = 7 WHERE number LIKE '%-000005'",
    )
    problems = reconcile(pushed).problems
    assert ("numbering.series_gap", {"series": "ALG01-C1-2026", "missing": [2]}) in problems
    broken = [p for c, p in problems if c == "numbering.chain_broken"]
    assert broken == [
        {"series": "ALG01-C1-2026", "number": "ALG01-C1-2026-000005", "reason": "hash_mismatch"}
    ]
    assert alerts(pushed, "numbering.chain_broken") == broken


def test_a_stock_level_that_is_not_its_movements_is_found(pushed: Engine, branch: Branch) -> None:
    with pushed.begin() as conn:
        conn.execute(
            text(
                "UPDATE inventory.stock_levels SET quantity_milli = quantity_milli + 5000 "
                "WHERE product_id = :p"
            ),
            {"p": branch.products[0]},
        )
    found = [p for c, p in reconcile(pushed).problems if c == "reconcile.level_unlike_movements"]
    assert len(found) == 1 and found[0]["branch"] == "ALG01"
    assert found[0]["level_milli"] - found[0]["movements_milli"] == 5000  # type: ignore[operator]
