"""The till's barcodes in memory: a scan of a known barcode is answered on the GUI thread,
without the two thread hops to the database worker and back (issue 17: on a loaded PC they,
not the lookup, put scan-to-line past a frame).

Filled on the worker (``barcode_index``: one statement, every active product's barcodes)
when the till opens and again whenever the catalog changed (a pull, an edit), and swapped
in whole. What it answers is what ``app.catalog.scan`` would for the same code (the active
product holding the barcode, the quantity typed before "*"); anything else (a SKU typed, a
scale label, a code not known yet) goes to the worker as before. Stock on hand is never
kept here, and the price shown at the scan is only a first look: the quote and the checkout
price the cart from the replica in their own transaction."""

from __future__ import annotations

from collections.abc import Mapping

from erp_desktop.app.catalog import ScanResult
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.records import ProductInfo
from erp_desktop.kernel.barcodes import split_quantity_prefix
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.permissions import Permission


class BarcodeIndex:
    def __init__(self) -> None:
        self._by_code: Mapping[str, ProductInfo] = {}

    def __len__(self) -> int:
        return len(self._by_code)

    def replace(self, by_code: Mapping[str, ProductInfo]) -> None:
        """The whole index at once (one reference swapped: a scan sees the old or the new)."""
        self._by_code = by_code

    def scan(self, actor: Actor, scanned: str) -> ScanResult | None:
        """The scan as ``app.catalog.scan`` answers it, if the code is a known barcode."""
        if not actor.may(Permission.SALES_CHECKOUT):
            return None  # the worker refuses it, with its code, as before
        try:
            quantity, code = split_quantity_prefix(scanned)
        except ErpError:
            return None  # the worker says what is wrong with it, as before
        product = self._by_code.get(code)
        return ScanResult(product, quantity, None) if product is not None else None


def barcode_index(deps: Deps, actor: Actor) -> dict[str, ProductInfo]:
    """Read on the database worker: every active product's barcodes."""
    actor.require(Permission.SALES_CHECKOUT)
    with deps.store.read() as tx:
        return tx.catalog.active_barcodes()
