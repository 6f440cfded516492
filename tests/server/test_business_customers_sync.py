"""A business customer made at one branch reaches the other through the server with its
legal identifiers and terms, and two offline edits of different fields (the terms at
Alger, the credit limit at Oran) both survive the merge, on both replicas and the server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.business.cancellation import cancel_document
from erp_desktop.app.business.credit_notes import credit_invoice
from erp_desktop.app.business.customers import (
    BusinessProfile,
    find_business_customers,
    profile_of,
    save_business_customer,
)
from erp_desktop.app.business.document_chain import deliver, invoice_order
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
    oran = build_branch(
        Path(tmp_path_factory.mktemp("oran")), "ALG02", ids=alger.ids, user_prefix="oran_"
    )  # type: ignore[attr-defined]
    head_office_for(engine, alger)
    register_users(engine, oran)
    with running_server(pg_url) as url:
        for branch, code in ((alger, "ALG01"), (oran, "ALG02")):
            _device, token = headoffice.add_device(engine, code, f"till {code}")
            client = SyncClient(url)
            enroll_device(branch.deps, client, token)
            client.close()
        yield alger, oran
    alger.replica.close()
    oran.replica.close()


def test_two_offline_edits_of_a_business_customer_merge_field_by_field(
    world: tuple[Branch, Branch], engine: Engine
) -> None:
    alger, oran = world
    made, _ = save_business_customer(
        alger.deps,
        alger.actor("manager"),
        None,
        BusinessProfile(
            "Hôtel El Djazair",
            "فندق الجزائر",
            legal_ids={"nif": "000016001234567", "nis": "000016001234567"},
            billing_address="24 avenue Souidani Boudjemaa, Alger",
            delivery_address="Quai 3, Alger",
            terms="net:30",
        ),
    )
    synchronize(alger.deps)
    synchronize(oran.deps)
    found = find_business_customers(oran.deps, oran.actor("manager"), "djazair")
    assert [c.id for c in found] == [made.id]
    assert profile_of(found[0]).legal_ids == {"nif": "000016001234567", "nis": "000016001234567"}
    # offline in both places: Alger agrees end of month + 15, Oran sets a blocking limit
    profile = profile_of(made)
    save_business_customer(
        alger.deps,
        alger.actor("manager"),
        made.id,
        BusinessProfile(**{**_fields(profile), "terms": "eom:15"}),
    )
    oran.clock.set(oran.clock.now() + timedelta(minutes=1))
    save_business_customer(
        oran.deps,
        oran.actor("manager"),
        made.id,
        BusinessProfile(
            **{**_fields(profile), "credit_limit": Decimal(250000), "limit_blocks": True}
        ),
    )
    synchronize(oran.deps)
    synchronize(alger.deps)
    synchronize(oran.deps)
    for branch in (alger, oran):
        with branch.deps.store.read() as tx:
            merged = profile_of(tx.customers.customer(made.id))
        assert (merged.terms, merged.credit_limit, merged.limit_blocks) == (
            "eom:15",
            Decimal(250000),
            True,
        )
        assert merged.delivery_address == "Quai 3, Alger"
    with unit_of_work(engine, head_office=True) as conn:
        row = conn.execute(
            text("SELECT terms, credit_limit, limit_blocks FROM crm.customers WHERE id = :id"),
            {"id": made.id},
        ).one()
    assert tuple(row) == ("eom:15", "250000", "1")


def _fields(profile: BusinessProfile) -> dict[str, object]:
    return {name: getattr(profile, name) for name in BusinessProfile.__dataclass_fields__}


def test_every_site_sees_the_documents_another_issued_and_leaves_them_to_it(
    world: tuple[Branch, Branch], engine: Engine
) -> None:
    alger, oran = world
    manager = alger.actor("manager")
    customer, _ = save_business_customer(
        alger.deps,
        manager,
        None,
        BusinessProfile("Supérette Es Salam", "متجر السلام", legal_ids={"nif": "000016009876543"}),
    )
    order, _ = issue_document(
        alger.deps,
        manager,
        DocumentRequest("sales_order", customer.id, (LineRequest(Decimal(4), alger.products[0]),)),
    )
    deliver(alger.deps, manager, order.id, {order.lines[0].id: Decimal(4)})
    invoice, _ = invoice_order(alger.deps, manager, order.id)
    service, _ = issue_document(
        alger.deps,
        manager,
        DocumentRequest(
            "customer_invoice",
            customer.id,
            (LineRequest(Decimal(1), None, Decimal(2000), "Transport", Decimal(19)),),
        ),
    )
    synchronize(alger.deps)
    cancel_document(alger.deps, manager, service.id)  # after the server has it
    synchronize(alger.deps)
    synchronize(oran.deps)
    with oran.deps.store.read() as tx:
        seen = tx.business.business_document(invoice.id)
        cancelled = tx.business.business_document(service.id)
        assert tx.business.reserved(oran.branch_id) == {}  # Alger's order reserves Alger's
    assert seen is not None and seen.number == invoice.number and seen.total == invoice.total
    assert seen.branch_id == alger.branch_id and seen.schedule == invoice.schedule
    assert cancelled is not None and cancelled.status == "cancelled"
    with pytest.raises(PermissionDenied) as err:
        credit_invoice(oran.deps, oran.actor("manager"), invoice.id)
    assert err.value.code == "business.other_site_document"
    with unit_of_work(engine, head_office=True) as conn:
        reversed_once = conn.execute(
            text("SELECT count(*) FROM accounting.journal_entries WHERE source_id = :id"),
            {"id": service.id},
        ).scalar_one()
    assert reversed_once == 2  # the invoice's entry and its reversal, once each
