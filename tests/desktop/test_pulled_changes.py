"""Every kind of row head office sends down says what it changes on the branch's screens, so
a pull can tell the open views what to redraw (a new kind without it fails here)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from erp_desktop.app.changes import Changed
from erp_desktop.storage.remote import APPLIERS, CHANGES
from tests.builders import Branch


def test_every_pulled_kind_declares_what_it_changes() -> None:
    assert set(APPLIERS) <= set(CHANGES)
    assert all(CHANGES[kind] for kind in APPLIERS)


def test_a_pulled_product_changes_the_catalog_and_an_unknown_kind_nothing(
    branch: Branch,
) -> None:
    now = datetime(2026, 6, 1, 9, tzinfo=UTC)
    product = {
        "id": "0190a000-0000-7000-8000-0000000000aa",
        "sku": "HARISSA",
        "name": "Harissa du Cap Bon 135 g",
        "name_ar": "هريسة الوطن القبلي 135 غ",
        "unit": "pce",
        "price_minor": 18500,
        "currency": "DZD",
        "price_mode": "ttc",
        "tax_class": "standard",
        "reorder_point_milli": 0,
        "scale_code": None,
        "active": True,
    }
    with branch.deps.store.transaction(None) as tx:
        assert Changed.CATALOG in tx.sync.apply_remote("product", product, now)
        assert tx.sync.apply_remote("a_kind_from_the_future", {}, now) == frozenset()


def test_a_mention_head_office_has_not_set_leaves_the_branchs_own(branch: Branch) -> None:
    """A shop that ran alone joins: head office's company row comes down with its address
    still unset (null); the shop's own address stays, so its invoices still print. Once
    head office sets one, it is the company's everywhere."""
    now = datetime(2026, 6, 1, 9, tzinfo=UTC)
    with branch.replica.transaction(None) as conn:  # what the shop typed when it ran alone
        conn.execute(text("UPDATE company SET address = 'Cité 200 logements, Oran'"))
    with branch.deps.store.read() as tx:
        before = tx.org.company()
    assert before.address == "Cité 200 logements, Oran"
    row = {
        "id": str(before.id),
        "name": before.name,
        "name_ar": before.name_ar,
        "country": before.country,
        "currency": before.currency,
        "legal_ids": dict(before.legal_ids),
        "address": None,
        "phone": "+213 21 00 00 00",
    }
    with branch.deps.store.transaction(None) as tx:
        tx.sync.apply_remote("company", row, now)
    with branch.deps.store.read() as tx:
        kept = tx.org.company()
    assert (kept.address, kept.phone) == (before.address, "+213 21 00 00 00")
    with branch.deps.store.transaction(None) as tx:
        tx.sync.apply_remote("company", {**row, "address": "12 rue Didouche Mourad, Alger"}, now)
    with branch.deps.store.read() as tx:
        assert tx.org.company().address == "12 rue Didouche Mourad, Alger"
