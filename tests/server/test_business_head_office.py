"""Head office sells to businesses too, from its own site: its invoice of services is
numbered in head office's series, pushed, stored under head office's site and posted once
there, and reaches the branch (which sees it and leaves it to head office)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.business.cancellation import cancel_document
from erp_desktop.app.business.customers import BusinessProfile, save_business_customer
from erp_desktop.app.business.documents import DocumentRequest, LineRequest, issue_document
from erp_desktop.kernel.errors import PermissionDenied
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for, register_users, running_server


@pytest.fixture(scope="module")
def world(
    engine: Engine, pg_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Branch, Branch]]:
    alger = build_branch(Path(tmp_path_factory.mktemp("alger")))
    office = build_branch(
        Path(tmp_path_factory.mktemp("office")),
        "HO",
        stock=0,
        ids=alger.ids,  # type: ignore[attr-defined]
        user_prefix="ho_",
    )
    head_office_for(engine, alger)
    ids = office.ids  # type: ignore[attr-defined]
    headoffice.add_head_office(engine, "HO", "Siège Alger", "المقر", ids["ho"], ids["wh_ho"])
    register_users(engine, office)
    with running_server(pg_url) as url:
        for site, code in ((alger, "ALG01"), (office, "HO")):
            _device, token = headoffice.add_device(engine, code, f"PC {code}")
            client = SyncClient(url)
            enroll_device(site.deps, client, token)
            client.close()
        synchronize(office.deps)  # head office's replica learns it is head office's
        yield alger, office
    alger.replica.close()
    office.replica.close()


def test_head_offices_invoice_is_its_own_posted_once_and_seen_at_the_branch(
    world: tuple[Branch, Branch], engine: Engine
) -> None:
    alger, office = world
    seller = office.actor("manager")
    customer, _ = save_business_customer(
        office.deps,
        seller,
        None,
        BusinessProfile(
            "Groupe scolaire El Feth",
            "مجمع مدارس الفتح",
            legal_ids={"nif": "000016005554443"},
            terms="net:30",
        ),
    )
    invoice, _ = issue_document(
        office.deps,
        seller,
        DocumentRequest(
            "customer_invoice",
            customer.id,
            (LineRequest(Decimal(1), None, Decimal(45000), "Équipement de cuisine", Decimal(19)),),
        ),
    )
    assert invoice.number == "HO-FA-2026-000001"
    assert synchronize(office.deps).rejected == 0
    with unit_of_work(engine, head_office=True) as conn:
        stored = conn.execute(
            text("SELECT branch_id, total_minor FROM sales.business_documents WHERE id = :id"),
            {"id": invoice.id},
        ).one()
        posted = conn.execute(
            text("SELECT count(*) FROM accounting.journal_entries WHERE source_id = :id"),
            {"id": invoice.id},
        ).scalar_one()
    assert (stored[0], stored[1], posted) == (office.branch_id, 5355000, 1)
    synchronize(alger.deps)
    with alger.deps.store.read() as tx:
        seen = tx.business.business_document(invoice.id)
    assert seen is not None and seen.branch_id == office.branch_id
    with pytest.raises(PermissionDenied):
        cancel_document(alger.deps, alger.actor("manager"), invoice.id)
