"""A transfer out of more than the books show on hand needs a manager's confirmation."""

from decimal import Decimal

import pytest

from erp_desktop.app.auth import log_in_with_pin
from erp_desktop.app.stock.transfers import send_transfer
from erp_desktop.kernel.errors import ConflictError, PermissionDenied
from erp_desktop.storage.outbox import pending_changes
from tests.builders import Branch


def on_hand(branch: Branch, product: object) -> Decimal:
    with branch.deps.store.read() as tx:
        return tx.stock.stock_position(branch.ids["wh01"], product).quantity  # type: ignore[attr-defined, arg-type]


def test_sending_500_with_100_on_hand_is_refused_without_a_manager(branch: Branch) -> None:
    oran = branch.ids["alg02"]  # type: ignore[attr-defined]
    product = branch.products[2]
    with pytest.raises(ConflictError) as refused:
        send_transfer(branch.deps, branch.actor("clerk"), oran, [(product, Decimal(500))])
    assert refused.value.code == "inventory.transfer_exceeds_stock"
    assert refused.value.params == {"product": "SKU0002", "quantity": "500", "on_hand": "100"}
    assert on_hand(branch, product) == 100


def test_two_lines_of_one_product_count_together_against_the_stock(branch: Branch) -> None:
    oran = branch.ids["alg02"]  # type: ignore[attr-defined]
    product = branch.products[2]
    lines = [(product, Decimal(60)), (product, Decimal(41))]
    with pytest.raises(ConflictError) as refused:
        send_transfer(branch.deps, branch.actor("clerk"), oran, lines)
    assert refused.value.params["quantity"] == "101"


def test_the_whole_stock_may_go_without_asking(branch: Branch) -> None:
    oran = branch.ids["alg02"]  # type: ignore[attr-defined]
    product = branch.products[2]
    send_transfer(branch.deps, branch.actor("clerk"), oran, [(product, Decimal(100))])
    assert on_hand(branch, product) == 0


def test_a_warehouse_clerk_cannot_confirm_a_transfer_beyond_stock(branch: Branch) -> None:
    oran = branch.ids["alg02"]  # type: ignore[attr-defined]
    clerk = branch.actor("clerk")
    with pytest.raises(PermissionDenied) as refused:
        send_transfer(
            branch.deps, clerk, oran, [(branch.products[2], Decimal(500))], confirmed_by=clerk
        )
    assert refused.value.code == "inventory.transfer_confirmer_not_allowed"
    assert on_hand(branch, branch.products[2]) == 100


def test_a_manager_confirms_with_their_pin_and_the_books_go_negative(branch: Branch) -> None:
    """Offline, the shelf may hold what the books do not show yet (a receipt not keyed in):
    the manager's word lets it go, the level goes negative, the server will flag it."""
    oran = branch.ids["alg02"]  # type: ignore[attr-defined]
    product = branch.products[2]
    manager = log_in_with_pin(branch.deps, "3222", branch.register_id)
    assert manager.username == "manager"
    sent, _ = send_transfer(
        branch.deps, branch.actor("clerk"), oran, [(product, Decimal(500))], confirmed_by=manager
    )
    assert sent.status == "in_transit"
    assert sent.reason == "transfer beyond stock, confirmed by manager"
    assert on_hand(branch, product) == -400
    with branch.deps.store.read() as tx:
        assert tx.stock.stock_document(sent.id).reason == sent.reason
    with branch.replica.read() as conn:
        queued = [c for c in pending_changes(conn, 1000) if c["entity_id"] == sent.id]
    assert len(queued) == 1  # it travels to the server like any other transfer
