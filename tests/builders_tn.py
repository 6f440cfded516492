"""A small real Tunisian branch replica for tests: a Tunis shop selling at 19 % and 7 %.

Prices are in TND (three decimals, millimes), the company carries a matricule fiscal and
an RC; two branches (Tunis and Sfax), users of every role, stock received through the use
case. Kept apart from ``builders`` (Algerian) so neither bends to the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from uuid import UUID

from erp_desktop.app.auth import hash_secret, log_in
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.stock.receipts import ReceiptLine, receive_goods
from erp_desktop.kernel.barcodes import make_ean13
from erp_desktop.kernel.clock import FixedClock, HybridLogicalClock
from erp_desktop.kernel.ids import new_id
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.migrate import upgrade_replica
from erp_desktop.storage.seed import (
    BranchSeed,
    ProductSeed,
    UserSeed,
    seed_branches,
    seed_company,
    seed_products,
    seed_users,
)
from erp_desktop.storage.store import SqliteStore

PASSWORD = "s3cret-pass"
START = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)  # 09:00 in Tunis
LEGAL_IDS = {"MF": "1234567/A/M/000", "RC": "B0123452026"}
COMPANY = ("Magasin El Medina SARL", "متجر المدينة")

# name, name_ar, price in millimes (tax included), tax class, VAT rate
PRODUCTS = [
    ("Café moulu 250 g", "قهوة مطحونة 250 غ", 8_900, "standard", 19),
    ("Huile d'olive 1 L", "زيت زيتون 1 ل", 23_500, "reduced_7", 7),
    ("Savon de toilette", "صابون", 1_190, "standard", 19),
    ("Dattes Deglet Nour 1 kg", "تمر دقلة نور 1 كغ", 12_000, "reduced_7", 7),
]


@dataclass
class TunisBranch:
    replica: Replica
    deps: Deps
    clock: FixedClock
    branch_id: UUID
    register_id: UUID
    products: list[UUID]
    barcodes: list[str]
    users: dict[str, UUID]
    ids: dict[str, UUID]

    def actor(self, username: str) -> Actor:
        return log_in(self.deps, username, PASSWORD, self.register_id)


def build_tunis_branch(folder: Path, stock: int = 100) -> TunisBranch:
    ids = {k: new_id() for k in ("tun01", "sfx01", "wh01", "wh02", "reg01", "reg02")}
    replica = Replica(folder / "TUN01.sqlite3")
    upgrade_replica(replica)
    clock = FixedClock(START)
    deps = Deps(
        SqliteStore(replica),
        clock,
        HybridLogicalClock("TUN01", lambda: int(clock.now().timestamp() * 1000)),
    )
    products = [new_id() for _ in PRODUCTS]
    barcodes = [make_ean13(f"619{i:09d}") for i in range(len(PRODUCTS))]
    users: dict[str, UUID] = {}
    with replica.transaction(None) as conn:
        seed_company(
            conn,
            START,
            name=COMPANY[0],
            name_ar=COMPANY[1],
            country="TN",
            currency="TND",
            legal_ids=LEGAL_IDS,
        )
        seed_branches(
            conn,
            START,
            [
                BranchSeed(
                    ids["tun01"],
                    "TUN01",
                    "Tunis Médina",
                    "تونس المدينة",
                    True,
                    ids["wh01"],
                    ((ids["reg01"], "C1", 10), (ids["reg02"], "C2", 10)),
                ),
                BranchSeed(ids["sfx01"], "SFX01", "Sfax", "صفاقس", False, ids["wh02"]),
            ],
        )
        seeds = []
        for n, (username, role) in enumerate(
            [
                ("admin", "administrator"),
                ("cashier", "cashier"),
                ("manager", "branch_manager"),
                ("accountant", "accountant"),
            ]
        ):
            users[username] = new_id()
            pin = f"{1000 + n * 1111}" if role in ("cashier", "branch_manager") else None
            seeds.append(
                UserSeed(
                    users[username],
                    username,
                    username.title(),
                    hash_secret(PASSWORD),
                    hash_secret(pin) if pin else None,
                    (role,),
                    ids["tun01"],
                )
            )
        seed_users(conn, START, seeds)
        seed_products(
            conn,
            START,
            [
                ProductSeed(pid, f"TN{i:04d}", name, name_ar, "pce", price, "TND", tax, (code,))
                for i, (pid, code, (name, name_ar, price, tax, _)) in enumerate(
                    zip(products, barcodes, PRODUCTS, strict=True)
                )
            ],
        )
    branch = TunisBranch(
        replica, deps, clock, ids["tun01"], ids["reg01"], products, barcodes, users, ids
    )
    if stock:
        receive_goods(
            deps,
            branch.actor("admin"),
            None,
            "TND",
            [
                ReceiptLine(
                    pid,
                    Decimal(stock),
                    (Decimal(PRODUCTS[i][2]) / 1000 * Decimal("0.6")).quantize(Decimal("0.001")),
                    Decimal(PRODUCTS[i][4]),
                )
                for i, pid in enumerate(products)
            ],
        )
    return branch
