"""The till's barcodes in memory answer a scan as the replica does: the same product and
quantity for every active barcode, nothing for a code the worker must read (a SKU, a scale
label, a retired product's barcode), and the new price once reloaded after a change."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import text

from erp_desktop.app.catalog import scan
from erp_desktop.app.till.barcode_index import BarcodeIndex, barcode_index
from erp_desktop.kernel.barcodes import ScaleLayout, make_scale_barcode
from tests.builders import Branch


def _index(branch: Branch) -> BarcodeIndex:
    index = BarcodeIndex()
    index.replace(barcode_index(branch.deps, branch.actor("cashier")))
    return index


def test_every_active_barcode_scans_from_memory_as_from_the_replica(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    index = _index(branch)
    assert len(index) >= len(branch.barcodes)
    for code in branch.barcodes:
        for typed in (code, f"3*{code}"):
            assert index.scan(cashier, typed) == scan(branch.deps, cashier, typed)


def test_codes_the_worker_must_read_are_not_answered_from_memory(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    index = _index(branch)
    with branch.replica.transaction(None) as conn:
        sku = conn.execute(text("SELECT sku FROM products LIMIT 1")).scalar_one()
        conn.execute(
            text("UPDATE products SET active = 0 WHERE id = :p"), {"p": branch.products[2].hex}
        )
    label = make_scale_barcode(ScaleLayout("22IIIIIWWWWWC"), "00009", 1250)
    assert index.scan(cashier, sku) is None and index.scan(cashier, label) is None
    assert index.scan(cashier, "0*" + branch.barcodes[0]) is None  # refused by the worker
    assert index.scan(branch.actor("accountant"), branch.barcodes[0]) is None  # may not sell
    assert _index(branch).scan(cashier, branch.barcodes[2]) is None  # retired since


def test_a_price_change_shows_once_the_index_is_reloaded(branch: Branch) -> None:
    cashier = branch.actor("cashier")
    index = _index(branch)
    with branch.replica.transaction(None) as conn:
        conn.execute(
            text("UPDATE products SET price_minor = 99900 WHERE id = :p"),
            {"p": branch.products[1].hex},
        )
    index.replace(barcode_index(branch.deps, cashier))
    found = index.scan(cashier, branch.barcodes[1])
    assert found is not None and found.product.price_minor == 99900
    assert found.quantity == Decimal(1)
