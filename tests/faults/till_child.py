"""The till as a separate process for the kill -9 fault test: sells cash tickets on the
replica given on the command line, printing each sale's number only once it is committed
(what the cashier saw completed), until it is killed."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from uuid import UUID

from erp_desktop.app.auth import log_in
from erp_desktop.app.deps import Deps, resume_clock
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.kernel.clock import Clock
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.store import SqliteStore


def main() -> None:
    path, register, password = Path(sys.argv[1]), UUID(sys.argv[2]), sys.argv[3]
    products = [UUID(p) for p in sys.argv[4].split(",")]
    store = SqliteStore(Replica(path))
    deps = Deps(store, Clock(), resume_clock(store, "ALG01"))
    cashier = log_in(deps, "cashier", password, register)
    print("ready", flush=True)
    n = 0
    while True:
        lines = tuple(
            CartLine(products[(n + k) % len(products)], Decimal(1 + k)) for k in range(1 + n % 3)
        )
        cash = Tender(TenderKind.CASH, Money.of(Decimal(100000), "DZD"))
        sale = checkout(deps, cashier, CheckoutRequest(lines, (cash,))).sale
        print(sale.number, flush=True)
        n += 1


if __name__ == "__main__":
    main()
