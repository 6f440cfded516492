"""Every kind of change the server lets a site push has the one merger that owns it."""

from __future__ import annotations

from sync_server.services import actor_rights
from sync_server.services.mergers import MERGERS


def test_every_kind_a_site_may_push_has_its_merger_registered_under_its_own_name() -> None:
    pushable = set(actor_rights._BY_KIND) | set(actor_rights.DEVICE_FINDINGS)
    assert pushable <= set(MERGERS)
    assert all(merger.entity == entity for entity, merger in MERGERS.items())


def test_sales_and_stock_movements_are_merged_after_the_kinds_they_may_name() -> None:
    order = list(MERGERS)
    for named in ("cash_session", "stock_document", "customer"):
        assert order.index(named) < order.index("sale")
    assert order.index("stock_document") < order.index("stock_movement")
