"""Purchasing in the demo replica (issue 14): head office's suppliers as the branch pulls
them (a domestic wholesaler with its NIF and RIP, a dairy paid at 60 days, an importer
buying in EUR), then the branch's month-end buying through the real use cases: the
reorder suggestions turned into one draft per supplier, sent (the large ones approved by
the manager), and received, some in full, some in part, one with a delivery beyond the
tolerance the manager accepted.

The demo replica is a branch's: supplier invoices and payments are head office's and are
not made here (head office's replica enters them against these receipts once pulled).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.purchasing.orders import send_order
from erp_desktop.app.purchasing.receiving import ReceiptRequest, ReceivedLine, receive_purchase
from erp_desktop.app.purchasing.reorder import orders_from_suggestions
from erp_desktop.app.purchasing.suppliers import (
    SuppliedProductEdit,
    SupplierEdit,
    checked_supplier,
)
from erp_desktop.kernel.clock import FixedClock, HybridLogicalClock
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.permissions import Role
from erp_desktop.storage.store import SqliteStore

# Algérie Poste's agency 99999 and an account: the RIP's key is computed by the kernel's
# rule (kernel.purchasing.banks), so the demo's account passes its check.
_RIP_BODY = "99999" + "0012345678"
RIP = f"007{_RIP_BODY}{97 - (int(_RIP_BODY) * 100) % 97:02d}"


def demo_suppliers(products: list[tuple[UUID, int]], rng: random.Random) -> list[SupplierEdit]:
    """Three suppliers sharing the catalog (product id, price in minor units)."""
    third = max(1, len(products) // 3)

    def supplied(
        chunk: list[tuple[UUID, int]], margin: Decimal, lead: int, pack: int
    ) -> list[SuppliedProductEdit]:
        return [
            SuppliedProductEdit(
                pid,
                f"R{n:05d}",
                (Decimal(price) / 100 * margin).quantize(Decimal("0.01")),
                lead,
                Decimal(rng.choice((1, pack))),
            )
            for n, (pid, price) in enumerate(chunk)
        ]

    return [
        SupplierEdit(
            None,
            "GROS-ALG",
            "Grossiste Alger Distribution",
            "موزع الجملة الجزائر",
            "DZ",
            "DZD",
            "net:30",
            {"nif": "408 020 000 150 039"},
            RIP,
            supplied(products[:third], Decimal("0.72"), 3, 12),
        ),
        SupplierEdit(
            None,
            "LAIT-MIT",
            "Laiterie de la Mitidja",
            "ملبنة متيجة",
            "DZ",
            "DZD",
            "net:60",
            {},
            "",
            supplied(products[third : 2 * third], Decimal("0.78"), 2, 6),
        ),
        SupplierEdit(
            None,
            "IMP-VAL",
            "Importaciones Valencia SL",
            "",
            "ES",
            "EUR",
            "net:60",
            {"vat": "ESB12345678"},
            "",
            [
                replace(p, last_price=(p.last_price / Decimal("149.80")).quantize(Decimal("0.01")))
                for p in supplied(products[2 * third :], Decimal("0.65"), 21, 24)
            ],
        ),
    ]


def demo_purchasing(
    store: SqliteStore,
    branch_id: UUID,
    manager_id: UUID,
    clerk_id: UUID,
    products: list[tuple[UUID, int]],
    at: datetime,
    rng: random.Random,
) -> int:
    """Suppliers, orders from the suggestions and their receipts; returns the receipts."""
    with store.transaction(None) as tx:
        for edit in demo_suppliers(products, rng):
            tx.suppliers.save_supplier(checked_supplier(edit), at)
    clock = FixedClock(at)
    deps = Deps(
        store, clock, HybridLogicalClock("DEMO", lambda: int(clock.now().timestamp() * 1000))
    )
    manager = Actor(manager_id, "manager", frozenset({Role.BRANCH_MANAGER}), branch_id)
    clerk = Actor(clerk_id, "omar", frozenset({Role.WAREHOUSE}), branch_id)
    drafts, _ = orders_from_suggestions(deps, manager)
    received = 0
    for n, draft in enumerate(drafts):
        try:
            order, _ = send_order(deps, manager, draft.id, approver=manager)
        except ErpError:  # a currency without a rate that day: the draft waits
            continue
        share = (Decimal(1), Decimal("0.6"), Decimal("1.06"))[n % 3]
        lines = [
            ReceivedLine(ln.product_id, max(Decimal(1), (ln.quantity * share).to_integral_value()))
            for ln in order.lines
        ]
        try:
            receive_purchase(
                deps,
                clerk,
                ReceiptRequest(lines, order_id=order.id, approver=manager if n % 3 == 2 else None),
            )
        except ErpError:
            continue
        received += 1
    return received
