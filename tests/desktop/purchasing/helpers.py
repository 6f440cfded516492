"""What the purchasing tests share: head office's suppliers put on a replica as a pull puts
them, and a manager's approval by PIN."""

from __future__ import annotations

from decimal import Decimal

from erp_desktop.app.auth import log_in_with_pin
from erp_desktop.app.context import Actor
from erp_desktop.app.purchasing.suppliers import (
    SuppliedProductEdit,
    SupplierEdit,
    checked_supplier,
)
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.purchasing.suppliers import Supplier
from tests.builders import Branch

MANAGER_PIN = "3222"  # tests.builders: the third user, a branch manager


def give_supplier(
    site: Branch,
    code: str,
    prices: dict[int, str],
    *,
    currency: str = "DZD",
    country: str = "DZ",
    lead_time: int = 5,
    pack: Decimal = Decimal(1),
    supplier: Supplier | None = None,
) -> Supplier:
    """A supplier of ``site``'s products (index -> last price), as if head office sent it."""
    made = supplier or checked_supplier(
        SupplierEdit(
            new_id(),
            code,
            f"Fournisseur {code}",
            f"المورد {code}",
            country,
            currency,
            "net:30",
            {},
            "",
            [
                SuppliedProductEdit(
                    site.products[i], f"REF-{code}-{i}", Decimal(p), lead_time, pack
                )
                for i, p in prices.items()
            ],
        )
    )
    with site.deps.store.transaction(None) as tx:
        tx.suppliers.save_supplier(made, site.deps.now())
    return made


def manager(site: Branch) -> Actor:
    return log_in_with_pin(site.deps, MANAGER_PIN, site.register_id)
