"""Network cuts at random points of push and pull, through a loopback proxy that drops
requests half-sent, cuts answers short and stalls them. The branch keeps retrying as its
background loop would; in the end every sale is on the server exactly once, posted once,
what head office changed has come down, levels equal movements and reconcile is clean."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import httpx
from sqlalchemy import text

from erp_desktop.app.catalog import scan
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.barcodes import make_ean13
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.sync import client as sync_client
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server.db.engine import make_engine, unit_of_work
from sync_server.services import headoffice
from sync_server.services.reconcile import reconcile
from tests.builders import PRODUCTS, build_branch
from tests.faults.cutting_proxy import cutting_proxy
from tests.pg import migrated_database
from tests.server.helpers import head_office_for, running_server

ATTEMPTS = 60


def test_sales_cross_a_network_that_cuts_at_random_points(
    tmp_path: Path, monkeypatch: object
) -> None:
    monkeypatch.setattr(sync_client, "TIMEOUT", httpx.Timeout(1.5, connect=1.0))  # type: ignore[attr-defined]
    rng = random.Random(7)
    with migrated_database() as url:
        engine = make_engine(url)
        alger = build_branch(tmp_path)
        head_office_for(engine, alger)
        with running_server(url) as base:
            _device, token = headoffice.add_device(engine, "ALG01", "till")
            enroll_device(alger.deps, SyncClient(base), token)
            cashier = alger.actor("cashier")
            open_cash_session(alger.deps, cashier, Money.of(Decimal(0), "DZD"))
            numbers = []
            for _ in range(120):
                i = rng.randrange(8)
                price = Money.of(Decimal(PRODUCTS[i][2]), "DZD")
                sale = checkout(
                    alger.deps,
                    cashier,
                    CheckoutRequest(
                        ((CartLine(alger.products[i], Decimal(1))),),
                        (Tender(TenderKind.CARD, price),),
                    ),
                ).sale
                numbers.append(sale.number)
            code = make_ean13("613999000077")
            headoffice.import_products(
                engine,
                [
                    {
                        "sku": "ZGOUGOU",
                        "name": "Zgougou 250 g",
                        "name_ar": "زقوقو 250 غ",
                        "unit": "pce",
                        "price": "380",
                        "currency": "DZD",
                        "tax_class": "standard",
                        "barcodes": code,
                    }
                ],
            )
            monkeypatch.setattr("erp_desktop.sync.runner.PUSH_BATCH", 25)  # type: ignore[attr-defined]
            monkeypatch.setattr("erp_desktop.sync.runner.PULL_PAGE", 5)  # type: ignore[attr-defined]
            with alger.deps.store.read() as tx:
                credential = tx.org.setting("sync_credential")
            with cutting_proxy(base, seed=11, cut_ratio=0.45) as (through, proxy):
                done = False
                for _ in range(ATTEMPTS):
                    one_per_request = httpx.HTTPTransport(  # each request its own connection
                        limits=httpx.Limits(max_keepalive_connections=0)
                    )
                    client = SyncClient(through, credential, transport=one_per_request)
                    try:
                        report = synchronize(alger.deps, client)
                        done = report.comparison is not None and report.comparison.agrees
                    except ErpError as error:
                        assert error.code in ("sync.offline", "sync.server_error"), error
                    finally:
                        client.close()
                    if done:
                        break
            assert done, proxy.cuts
            assert proxy.cuts["request"] and proxy.cuts["answer"] and proxy.cuts["stall"]
        assert scan(alger.deps, cashier, code).product.name == "Zgougou 250 g"
        with unit_of_work(engine, head_office=True) as conn:
            q = lambda sql: conn.execute(text(sql)).all()  # noqa: E731
            assert sorted(r[0] for r in q("SELECT number FROM sales.documents")) == sorted(numbers)
            posted = q(
                "SELECT count(DISTINCT source_id), count(*) FROM accounting.journal_entries "
                "WHERE source_type = 'receipt'"
            )
            assert posted == [(len(numbers), len(numbers))]  # each posted, once
            assert (
                q(
                    "SELECT l.product_id FROM inventory.stock_levels l WHERE l.quantity_milli <> "
                    "(SELECT coalesce(sum(m.quantity_milli), 0) FROM inventory.stock_movements m "
                    "WHERE m.warehouse_id = l.warehouse_id AND m.product_id = l.product_id)"
                )
                == []
            )
        assert reconcile(engine).clean, reconcile(engine).lines()
        alger.replica.close()
        engine.dispose()
