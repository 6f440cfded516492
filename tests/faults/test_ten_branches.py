"""Ten branches sell the same product offline past zero, then all sync at once.

Each branch had 100 on hand and sold 105 while the line was down. When they come back
together (ten pushes at the same time through the real HTTP server): every sale is on the
server once, every level equals its movements (-5 in each branch, never a quantity
overwritten), each branch's negative stock is flagged once, every entry balances, the
series are gapless, the chains verify and every replica agrees with the server."""

from __future__ import annotations

import threading
from decimal import Decimal
from pathlib import Path

from sqlalchemy import text

from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import SyncReport, enroll_device, synchronize
from sync_server.db.engine import make_engine, unit_of_work
from sync_server.services import headoffice
from sync_server.services.reconcile import reconcile
from tests.builders import PRODUCTS, Branch, build_branch
from tests.pg import migrated_database
from tests.server.helpers import head_office_for, register_users, running_server

CODES = [f"ALG{n:02d}" for n in range(1, 11)]


def sell_past_zero(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, Money.of(Decimal(0), "DZD"))
    for _ in range(7):  # 7 x 15 = 105, with 100 on hand
        paid = Money.of(Decimal(PRODUCTS[0][2] * 15), "DZD")
        checkout(
            branch.deps,
            cashier,
            CheckoutRequest(
                (CartLine(branch.products[0], Decimal(15)),), (Tender(TenderKind.CARD, paid),)
            ),
        )


def test_ten_branches_past_zero_sync_at_once(tmp_path: Path) -> None:
    with migrated_database() as url:
        engine = make_engine(url)
        first = build_branch(tmp_path / CODES[0])
        head_office_for(engine, first)
        branches = (
            [first]
            + [
                build_branch(tmp_path / code, code, ids=first.ids, user_prefix=f"{code.lower()}_")  # type: ignore[attr-defined]
                for code in CODES[1:]
            ]
        )
        for code, branch in zip(CODES[2:], branches[2:], strict=True):
            own = code.lower()
            ids = branch.ids  # type: ignore[attr-defined]
            headoffice.add_branch(
                engine, code, f"Magasin {code}", f"الفرع {code}", ids[own], ids[f"wh_{own}"]
            )
            headoffice.add_register(engine, code, "C1", 500, ids[f"reg_{own}"])
        for branch in branches[1:]:
            register_users(engine, branch)
        reports: dict[str, SyncReport] = {}
        failures: list[BaseException] = []
        with running_server(url) as base:
            for code, branch in zip(CODES, branches, strict=True):
                _device, token = headoffice.add_device(engine, code, f"till {code}")
                client = SyncClient(base)
                enroll_device(branch.deps, client, token)
                client.close()
                sell_past_zero(branch)

            def come_back(code: str, branch: Branch) -> None:
                try:
                    reports[code] = synchronize(branch.deps)
                except BaseException as error:
                    failures.append(error)

            threads = [
                threading.Thread(target=come_back, args=pair)
                for pair in zip(CODES, branches, strict=True)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(300)
            assert not failures, failures
            again = {code: synchronize(b.deps) for code, b in zip(CODES, branches, strict=True)}
        assert all(r.rejected == 0 for r in reports.values()), reports
        assert all(r.comparison is not None and r.comparison.agrees for r in again.values())
        with unit_of_work(engine, head_office=True) as conn:
            q = lambda sql: conn.execute(text(sql)).all()  # noqa: E731
            assert q("SELECT count(*), count(DISTINCT number) FROM sales.documents") == [(70, 70)]
            levels = q(
                "SELECT b.code, l.quantity_milli, (SELECT sum(m.quantity_milli) FROM "
                "inventory.stock_movements m WHERE m.warehouse_id = l.warehouse_id AND "
                "m.product_id = l.product_id) FROM inventory.stock_levels l JOIN "
                "inventory.warehouses w ON w.id = l.warehouse_id JOIN auth.branches b "
                f"ON b.id = w.branch_id WHERE l.product_id = '{first.products[0]}' ORDER BY b.code"
            )
            assert levels == [(code, -5000, -5000) for code in CODES]
            flagged = q(
                "SELECT b.code, count(*) FROM sync.alerts a JOIN auth.branches b "
                "ON b.id = a.branch_id WHERE a.kind = 'negative_stock' GROUP BY b.code ORDER BY 1"
            )
            assert flagged == [(code, 1) for code in CODES]
        report = reconcile(engine)
        assert report.clean, report.lines()
        for branch in branches:
            branch.replica.close()
        engine.dispose()
