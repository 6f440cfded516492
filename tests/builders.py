"""A small but real Algerian branch replica for tests: two branches, users of every role,
a dozen products with barcodes, EUR rates, and stock received through the use cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
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
    seed_rate,
    seed_users,
)
from erp_desktop.storage.store import SqliteStore

PASSWORD = "s3cret-pass"
START = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)

# name, name_ar, price (DA, tax included), tax class, unit
PRODUCTS = [
    ("Café moulu 250 g", "قهوة مطحونة 250 غ", 450, "standard", "pce"),
    ("Lait UHT 1 L", "حليب 1 لتر", 120, "reduced", "pce"),
    ("Huile de tournesol 5 L", "زيت عباد الشمس 5 ل", 1190, "reduced", "pce"),
    ("Sucre blanc 1 kg", "سكر أبيض 1 كغ", 95, "reduced", "pce"),
    ("Thé vert 500 g", "شاي أخضر 500 غ", 680, "standard", "pce"),
    ("Savon de Marseille", "صابون مرسيليا", 150, "standard", "pce"),
    ("Pâtes spaghetti 500 g", "معكرونة سباغيتي 500 غ", 110, "reduced", "pce"),
    ("Eau minérale 1,5 L", "مياه معدنية 1.5 ل", 45, "standard", "pce"),
    ("Téléviseur LED 43 pouces", "تلفاز 43 بوصة", 59900, "standard", "pce"),
    ("Dattes Deglet Nour", "تمر دقلة نور", 900, "reduced", "kg"),
]


# currency, minor units per unit, the VAT class of our "standard" and "reduced" products,
# the smallest coin the till gives back (minor units)
COUNTRY_SETUP = {
    "DZ": ("DZD", 100, {"standard": "standard", "reduced": "reduced"}, 500),
    "MA": ("MAD", 100, {"standard": "standard", "reduced": "reduced_7"}, 10),
    "TN": ("TND", 1000, {"standard": "standard", "reduced": "reduced_7"}, 100),
}


@dataclass
class Branch:
    replica: Replica
    deps: Deps
    clock: FixedClock
    branch_id: UUID
    other_branch_id: UUID
    register_id: UUID
    products: list[UUID]
    barcodes: list[str]
    users: dict[str, UUID]
    # A second replica's users may carry names of their own ("oran_cashier"): the sync
    # server knows every user of the company, and a user name is unique there.
    user_prefix: str = ""

    def actor(self, username: str) -> Actor:
        return log_in(self.deps, self.user_prefix + username, PASSWORD, self.register_id)


def build_branch(
    folder: Path,
    local_code: str = "ALG01",
    stock: int = 100,
    users_seed: list[tuple[str, str]] | None = None,
    ids: dict[str, UUID] | None = None,
    country: str = "DZ",
    user_prefix: str = "",
) -> Branch:
    """A migrated, seeded replica; ``ids`` lets two replicas share head-office ids.

    ``country`` MA or TN gives the same shop under that country's currency, VAT classes and
    tax rules (prices are the same figures, in dirhams or dinars)."""
    currency, scale, classes, coin = COUNTRY_SETUP[country]
    ids = dict(ids or {})
    for key in ("alg01", "alg02", "wh01", "wh02", "reg01", "reg02"):
        ids.setdefault(key, new_id())
    for i in range(len(PRODUCTS)):
        ids.setdefault(f"p{i}", new_id())
    replica = Replica(folder / f"{local_code}.sqlite3")
    upgrade_replica(replica)
    clock = FixedClock(START)
    deps = Deps(
        SqliteStore(replica),
        clock,
        HybridLogicalClock(local_code, lambda: int(clock.now().timestamp() * 1000)),
    )
    local_is_1 = local_code == "ALG01"
    local_is_2 = local_code == "ALG02"
    own = local_code.lower()  # a branch beyond the two every test replica knows
    if not (local_is_1 or local_is_2):
        for key in (own, f"wh_{own}", f"reg_{own}"):
            ids.setdefault(key, new_id())
    user_ids: dict[str, UUID] = {}
    barcodes = [make_ean13(f"613{i:09d}") for i in range(len(PRODUCTS))]
    with replica.transaction(None) as conn:
        seed_company(
            conn,
            START,
            name="Supérette El Bahia SARL",
            name_ar="متجر البهية",
            country=country,
            currency=currency,
            legal_ids={
                "RC": "16/00-1234567B19",
                "NIF": "001916123456789",
                "NIS": "0919160123456",
                "AI": "16012345678",
            },
        )
        seed_branches(
            conn,
            START,
            [
                BranchSeed(
                    ids["alg01"],
                    "ALG01",
                    "Alger Centre",
                    "الجزائر الوسطى",
                    local_is_1,
                    ids["wh01"],
                    ((ids["reg01"], "C1", coin),) if local_is_1 else (),
                ),
                BranchSeed(
                    ids["alg02"],
                    "ALG02",
                    "Oran",
                    "وهران",
                    local_is_2,
                    ids["wh02"],
                    ((ids["reg02"], "C1", coin),) if local_is_2 else (),
                ),
                *(
                    []
                    if local_is_1 or local_is_2
                    else [
                        BranchSeed(
                            ids[own],
                            local_code,
                            f"Magasin {local_code}",
                            f"الفرع {local_code}",
                            True,
                            ids[f"wh_{own}"],
                            ((ids[f"reg_{own}"], "C1", coin),),
                        )
                    ]
                ),
            ],
        )
        branch_id = ids["alg01"] if local_is_1 else ids["alg02"] if local_is_2 else ids[own]
        roles = users_seed or [
            ("admin", "administrator"),
            ("cashier", "cashier"),
            ("manager", "branch_manager"),
            ("clerk", "warehouse"),
            ("accountant", "accountant"),
        ]
        seeds = []
        for n, (username, role) in enumerate(roles):
            user_ids[username] = new_id()
            pin = f"{1000 + n * 1111}" if role in ("cashier", "branch_manager") else None
            seeds.append(
                UserSeed(
                    user_ids[username],
                    user_prefix + username,
                    username.title(),
                    hash_secret(PASSWORD),
                    hash_secret(pin) if pin else None,
                    (role,),
                    branch_id,
                )
            )
        seed_users(conn, START, seeds)
        seed_products(
            conn,
            START,
            [
                ProductSeed(
                    ids[f"p{i}"],
                    f"SKU{i:04d}",
                    name,
                    name_ar,
                    unit,
                    price * scale,
                    currency,
                    classes[tax],
                    (barcodes[i],),
                    scale_code=f"{i:05d}" if unit == "kg" else None,
                    reorder_point_milli=10_000,
                )
                for i, (name, name_ar, price, tax, unit) in enumerate(PRODUCTS)
            ],
        )
        if country == "DZ":
            seed_rate(conn, START, date(2026, 1, 1), "EUR", "DZD", Decimal("150.25"))
            seed_rate(conn, START, date(2026, 1, 1), "USD", "DZD", Decimal("134.10"))
    register_id = ids["reg01"] if local_is_1 else ids["reg02"] if local_is_2 else ids[f"reg_{own}"]
    branch = Branch(
        replica,
        deps,
        clock,
        branch_id,
        ids["alg02"] if local_is_1 else ids["alg01"],
        register_id,
        [ids[f"p{i}"] for i in range(len(PRODUCTS))],
        barcodes,
        user_ids,
        user_prefix,
    )
    if stock:
        clerk = branch.actor("admin")
        receive_goods(
            deps,
            clerk,
            None,
            currency,
            [
                ReceiptLine(
                    pid,
                    Decimal(stock),
                    Decimal(PRODUCTS[i][2]) * Decimal("0.6"),
                    deps.taxes.vat_rate(country, classes[PRODUCTS[i][3]], START.date()).rate,
                )
                for i, pid in enumerate(branch.products)
            ],
        )
    branch.ids = ids  # type: ignore[attr-defined]
    return branch
