"""A Tunisian branch's daily global invoice pushed over real HTTP: stored and posted once
with the replica's very entry, a replay changes nothing, figures that do not add up and a
second invoice for the same day are refused with their codes; and the server's migration
0012 over a database at 0009."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.invoicing.global_invoice import issue_global_invoice
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ledger import AccountRole, load_chart
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from sync_server.db.catalog import ProductRow, upsert_products
from sync_server.db.engine import make_engine, unit_of_work
from sync_server.db.migrate import upgrade
from sync_server.services import headoffice
from tests.builders_tn import COMPANY, LEGAL_IDS, PRODUCTS, TunisBranch, build_tunis_branch
from tests.pg import temporary_database
from tests.server.helpers import outbox_batch, register_users, running_server
from tests.server.test_push import count, push


def tnd(value: str) -> Money:
    return Money.of(Decimal(value), "TND")


@pytest.fixture(scope="module")
def tunis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TunisBranch]:
    built = build_tunis_branch(Path(tmp_path_factory.mktemp("tunis")))
    cashier = built.actor("cashier")
    open_cash_session(built.deps, cashier, tnd("50.000"))
    for lines in (((0, 2), (1, 1)), ((2, 3),), ((3, 1),)):
        checkout(
            built.deps,
            cashier,
            CheckoutRequest(
                tuple(CartLine(built.products[p], Decimal(q)) for p, q in lines),
                (Tender(TenderKind.CASH, tnd("100.000")),),
            ),
        )
    issue_global_invoice(built.deps, built.actor("manager"))
    yield built
    built.replica.close()


@pytest.fixture(scope="module")
def server(engine: Engine, pg_url: str, tunis: TunisBranch) -> Iterator[str]:
    ids = tunis.ids
    headoffice.set_up_company(engine, *COMPANY, "TN", "TND", LEGAL_IDS)
    headoffice.add_branch(
        engine, "TUN01", "Tunis Médina", "تونس المدينة", ids["tun01"], ids["wh01"]
    )
    headoffice.add_branch(engine, "SFX01", "Sfax", "صفاقس", ids["sfx01"], ids["wh02"])
    headoffice.add_register(engine, "TUN01", "C1", 10, ids["reg01"])
    headoffice.add_register(engine, "TUN01", "C2", 10, ids["reg02"])
    register_users(engine, tunis)  # type: ignore[arg-type]
    with unit_of_work(engine, head_office=True) as conn:
        upsert_products(
            conn,
            [
                ProductRow(pid, f"TN{i:04d}", name, name_ar, "pce", price, "TND", tax, (code,))
                for i, (pid, code, (name, name_ar, price, tax, _)) in enumerate(
                    zip(tunis.products, tunis.barcodes, PRODUCTS, strict=True)
                )
            ],
        )
    with running_server(pg_url) as url:
        yield url


def enroll(server: str, engine: Engine) -> tuple[str, str]:
    device_id, token = headoffice.add_device(engine, "TUN01", "back office of Tunis")
    answer = httpx.post(f"{server}/api/v1/enroll", json={"token": token})
    assert answer.status_code == 200, answer.text
    return str(device_id), answer.json()["credential"]


def invoice_change(batch: dict) -> dict:  # type: ignore[type-arg]
    (change,) = [c for c in batch["changes"] if c["entity"] == "global_invoice"]
    return change  # type: ignore[no-any-return]


def test_the_global_invoice_is_stored_and_posted_once_with_the_replicas_entry(
    server: str, engine: Engine, tunis: TunisBranch
) -> None:
    device_id, credential = enroll(server, engine)
    batch = outbox_batch(tunis, device_id)
    answer = push(server, credential, batch)
    assert answer.status_code == 200, answer.text
    change = invoice_change(batch)
    (result,) = [r for r in answer.json()["results"] if r["change_id"] == change["id"]]
    assert result["status"] == "accepted", result
    assert all(r["status"] == "accepted" for r in answer.json()["results"])
    with unit_of_work(engine, branch_id=tunis.branch_id) as conn:
        stored = conn.execute(
            text("SELECT number, stamp_duty_minor, business_date FROM sales.global_invoices")
        ).one()
        lines = conn.execute(
            text(
                "SELECT e.id, l.account_code, l.side, l.amount_minor FROM accounting.journal_entries e "
                "JOIN accounting.journal_lines l ON l.entry_id = e.id "
                "WHERE e.source_type = 'global_invoice'"
            )
        ).all()
        alerts = conn.execute(text("SELECT count(*) FROM sync.alerts")).scalar_one()
    assert (stored[0], stored[1], str(stored[2])) == ("TUN01-GF-2026-000001", 1000, "2026-03-10")
    with tunis.deps.store.read() as tx:
        mine = [e for e in tx.ledger.entries(None, None) if e.source_type == "global_invoice"]
    assert sorted((str(r[0]), r[1], r[2], r[3]) for r in lines) == sorted(
        (str(e.id), ln.account, str(ln.side), ln.amount.to_minor()) for e in mine for ln in e.lines
    )
    chart = load_chart("TN")
    roles = (AccountRole.STAMP_DUTY_EXPENSE, AccountRole.STAMP_DUTY_PAYABLE)
    assert {r[1] for r in lines} == {chart.account_for(r).code for r in roles}
    assert alerts == 0


def test_a_replayed_push_of_the_invoice_changes_nothing(
    server: str, engine: Engine, tunis: TunisBranch
) -> None:
    device_id, credential = enroll(server, engine)
    batch = outbox_batch(tunis, device_id)
    assert push(server, credential, batch).status_code == 200
    entries = count(engine, "SELECT count(*) FROM accounting.journal_entries")
    # (the open cash session is upserted again, as in any replay; the invoice is not)
    audited = (
        "SELECT count(*) FROM audit.log "
        "WHERE table_name IN ('global_invoices', 'journal_entries', 'journal_lines')"
    )
    audit = count(engine, audited)
    again = push(server, credential, batch | {"idempotency_key": f"again-{new_id().hex}"})
    assert again.status_code == 200
    assert all(r["status"] == "accepted" for r in again.json()["results"])
    assert count(engine, "SELECT count(*) FROM accounting.journal_entries") == entries
    assert count(engine, "SELECT count(*) FROM sales.global_invoices") == 1
    assert count(engine, audited) == audit > 0


def test_an_invoice_whose_figures_do_not_add_up_or_doubles_a_day_is_refused(
    server: str, engine: Engine, tunis: TunisBranch
) -> None:
    device_id, credential = enroll(server, engine)
    batch = outbox_batch(tunis, device_id)
    original = invoice_change(batch)
    forged = copy.deepcopy(original)
    forged["id"] = str(new_id())
    forged["payload"]["vat_minor"] += 10
    twice = copy.deepcopy(original)
    twice["id"], twice["entity_id"] = str(new_id()), str(new_id())
    twice["payload"]["id"] = twice["entity_id"]
    twice["payload"]["number"] = "TUN01-GF-2026-000002"
    answer = push(server, credential, batch | {"changes": [forged, twice]})
    assert answer.status_code == 200, answer.text
    codes = [r["code"] for r in answer.json()["results"]]
    assert codes == ["invoicing.global_invoice_mismatch", "storage.integrity"]
    assert count(engine, "SELECT count(*) FROM sales.global_invoices") == 1


def test_migration_0012_adds_the_table_and_the_expense_account_to_a_server_at_0009() -> None:
    with temporary_database() as url:
        engine = make_engine(url)
        try:
            upgrade(engine, "0009")
            company = new_id()
            with engine.begin() as conn:
                conn.execute(
                    text(
                        "INSERT INTO auth.company (id, name, name_ar, country, currency) "
                        "VALUES (:id, 'Magasin', 'متجر', 'TN', 'TND')"
                    ),
                    {"id": company},
                )
            upgrade(engine)
            with engine.begin() as conn:
                kept = conn.execute(text("SELECT id FROM auth.company")).scalar_one()
                account = conn.execute(
                    text("SELECT type FROM accounting.accounts WHERE code = '6654'")
                ).scalar_one()
                table = conn.execute(text("SELECT to_regclass('sales.global_invoices')")).scalar()
            assert (kept, account, table) == (company, "expense", "sales.global_invoices")
        finally:
            engine.dispose()


def test_an_invoice_whose_chain_does_not_hold_is_kept_and_flagged(
    server: str, engine: Engine, tunis: TunisBranch
) -> None:
    device_id, credential = enroll(server, engine)
    batch = outbox_batch(tunis, device_id)
    next_day = copy.deepcopy(invoice_change(batch))
    next_day["id"], next_day["entity_id"] = str(new_id()), str(new_id())
    p = next_day["payload"]
    p["id"], p["number"], p["business_date"] = (
        next_day["entity_id"],
        "TUN01-GF-2026-000002",
        "2026-03-11",
    )
    p["previous_hash"] = "0" * 64  # not the hash of invoice 000001
    answer = push(server, credential, batch | {"changes": [next_day]})
    assert [r["status"] for r in answer.json()["results"]] == ["accepted"]
    with unit_of_work(engine, branch_id=tunis.branch_id) as conn:
        (params,) = conn.execute(
            text("SELECT params FROM sync.alerts WHERE kind = 'chain_break'")
        ).scalars()
    assert params["number"] == "TUN01-GF-2026-000002"
    assert set(params["reasons"]) == {"hash_mismatch", "previous_mismatch"}
