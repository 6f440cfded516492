"""Head office's suppliers end to end over HTTP with the real sync client (issue 14): saved
in head office's client, merged on PostgreSQL in the purchasing schema, pulled whole by a
branch; a branch pushing one, or a supplier whose identifier the kernel refuses, is
refused with its code and the server's row stays head office's."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.purchasing.suppliers import (
    SuppliedProductEdit,
    SupplierEdit,
    find_suppliers,
    save_supplier,
    supplier_payload,
)
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
        synchronize(office.deps)
        yield alger, office
    alger.replica.close()
    office.replica.close()


def _edit(site: Branch, code: str, nif: str = "408 020 000 150 039") -> SupplierEdit:
    return SupplierEdit(
        None,
        code,
        "Huilerie du Sahel",
        "معصرة الساحل",
        "DZ",
        "DZD",
        "net:30",
        {"nif": nif},
        "",
        [SuppliedProductEdit(site.products[0], "HUI-5L", Decimal("850.00"), 7, Decimal(12))],
    )


def test_a_supplier_saved_at_head_office_reaches_the_branch_whole(
    world: tuple[Branch, Branch], engine: Engine
) -> None:
    alger, office = world
    made, _ = save_supplier(office.deps, office.actor("admin"), _edit(office, "F001"))
    pushed = synchronize(office.deps)
    assert (pushed.accepted, pushed.rejected) == (1, 0)
    with unit_of_work(engine, head_office=True) as conn:
        row = conn.execute(
            text("SELECT code, legal_ids, products FROM purchasing.suppliers WHERE id = :id"),
            {"id": made.id},
        ).one()
    assert row.code == "F001"
    assert row.legal_ids == {"nif": "408020000150039"}
    assert row.products == supplier_payload(made)["products"]

    synchronize(alger.deps)
    [found] = find_suppliers(alger.deps, alger.actor("clerk"), "F001")
    assert (found.id, found.name_ar, found.products) == (made.id, "معصرة الساحل", made.products)


def test_a_supplier_pushed_by_a_branch_or_with_a_bad_identifier_is_refused(
    world: tuple[Branch, Branch], engine: Engine
) -> None:
    alger, office = world
    made, _ = save_supplier(office.deps, office.actor("admin"), _edit(office, "F002"))
    forged = {**supplier_payload(made), "legal_ids": {"nif": "12345"}}
    for site, payload in ((alger, supplier_payload(made)), (office, forged)):
        with site.deps.store.transaction(None) as tx:  # an old client, or an altered replica
            tx.outbox.queue_change(
                "supplier",
                made.id,
                payload,
                site.deps.hlc.now().encode(),
                site.users["admin"],
                site.deps.now(),
            )
    assert synchronize(alger.deps).rejected == 1
    office_push = synchronize(office.deps)
    assert (office_push.accepted, office_push.rejected) == (1, 1)
    with alger.deps.store.read() as tx:
        [branch_refusal] = [r for r in tx.outbox.rejected() if r["entity"] == "supplier"]
    assert branch_refusal["error_code"] == "sync.owned_by_head_office"
    with office.deps.store.read() as tx:
        [office_refusal] = [r for r in tx.outbox.rejected() if r["entity"] == "supplier"]
    assert office_refusal["error_code"] == "receivables.invalid_legal_id"
    with unit_of_work(engine, head_office=True) as conn:
        kept = conn.execute(
            text("SELECT legal_ids FROM purchasing.suppliers WHERE id = :id"), {"id": made.id}
        ).scalar_one()
    assert kept == {"nif": "408020000150039"}
