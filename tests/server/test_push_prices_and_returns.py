"""Head office posts a mixed-mode sale and successive partial returns exactly as the branch
did: the 680 DA tax-excluded article bears its 129.20 DA of VAT on the server too, and two
bottles returned one at a time leave no VAT collected behind."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.returns import ReturnRequest, return_sale
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.ledger.accounts import AccountRole, load_chart
from erp_desktop.kernel.sales import Tender, TenderKind
from sync_server.db.catalog import ProductRow, upsert_products
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from tests.builders import Branch, build_branch
from tests.desktop.test_app_prices_and_returns import DA, add_tax_excluded_article
from tests.server.helpers import head_office_for, outbox_batch, running_server


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Branch]:
    built = build_branch(Path(tmp_path_factory.mktemp("alger")))
    yield built
    built.replica.close()


def test_the_server_posts_mixed_modes_and_partial_returns_as_the_branch(
    engine: Engine, pg_url: str, branch: Branch
) -> None:
    head_office_for(engine, branch)
    ink = add_tax_excluded_article(branch)
    with unit_of_work(engine, head_office=True) as conn:
        upsert_products(
            conn,
            [ProductRow(ink, "HT0001", "Cartouche", "خرطوشة", "pce", 68000, "DZD", "standard", ())],
        )
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, DA(5000))
    sale = checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(ink, Decimal(1)), CartLine(branch.products[2], Decimal(2))),
            (Tender(TenderKind.CARD, DA("3189.20"), reference="T1"),),
        ),
    ).sale
    oil = sale.lines[1]
    for _ in range(2):
        return_sale(branch.deps, cashier, ReturnRequest(sale.number, {oil.id: Decimal(1)}))

    with running_server(pg_url) as url:
        device_id, token = headoffice.add_device(engine, "ALG01", "till")
        enrolled = httpx.post(f"{url}/api/v1/enroll", json={"token": token}).json()
        batch = outbox_batch(branch, device_id)
        answer = httpx.post(
            f"{url}/api/v1/push",
            json=batch,
            headers={"authorization": f"Bearer {enrolled['credential']}"},
            timeout=30,
        )
    assert answer.status_code == 200, answer.text
    assert {r["status"] for r in answer.json()["results"]} == {"accepted"}

    documents = [str(sale.id)] + [c["entity_id"] for c in batch["changes"] if c["entity"] == "sale"]
    with branch.deps.store.read() as tx:
        mine = sorted(
            (str(e.id), ln.account, str(ln.side), ln.amount.to_minor())
            for e in tx.ledger.entries(None, None)
            if str(e.source_id) in documents
            for ln in e.lines
        )
    vat_account = load_chart("DZ").account_for(AccountRole.VAT_COLLECTED).code
    with unit_of_work(engine, branch_id=branch.branch_id) as conn:
        theirs = sorted(
            (str(r[0]), r[1], r[2], r[3])
            for r in conn.execute(
                text(
                    "SELECT e.id, l.account_code, l.side, l.amount_minor "
                    "FROM accounting.journal_entries e "
                    "JOIN accounting.journal_lines l ON l.entry_id = e.id "
                    "WHERE e.source_id = ANY(CAST(:ids AS uuid[]))"
                ),
                {"ids": documents},
            )
        )
        collected = conn.execute(
            text(
                "SELECT coalesce(sum(CASE WHEN l.side = 'credit' THEN l.amount_minor "
                "ELSE -l.amount_minor END), 0) FROM accounting.journal_lines l "
                "JOIN accounting.journal_entries e ON e.id = l.entry_id "
                "WHERE l.account_code = :code AND e.source_id = ANY(CAST(:ids AS uuid[]))"
            ),
            {"code": vat_account, "ids": documents},
        ).scalar_one()
    assert len({r[0] for r in mine}) == 3  # the sale and its two credit notes
    assert theirs == mine
    # The sale's VAT less both returns' VAT: only the cartridge's 129.20 DA stays collected.
    assert collected == 12920
