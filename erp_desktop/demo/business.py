"""The demo's wholesale trade: a few dozen business customers (restaurants, schools,
hotels, smaller shops, one export customer billed in euros) with quotes, orders delivered
in one or two parts, invoices of what was delivered, invoices of services, a few credit
notes and one cancelled invoice, over the demo's period.

Everything goes through the real use cases (app.business), a fixed clock moved to each
document's time, so the documents are numbered, posted and stocked as in the shop.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.business.cancellation import cancel_document
from erp_desktop.app.business.credit_notes import credit_invoice
from erp_desktop.app.business.customers import BusinessProfile, save_business_customer
from erp_desktop.app.business.document_chain import deliver, invoice_order, order_from_quote
from erp_desktop.app.business.documents import DocumentRequest, LineRequest, issue_document
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.demo.context import at_local
from erp_desktop.kernel.clock import FixedClock, HybridLogicalClock
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.permissions import Role
from erp_desktop.storage.seed import ProductSeed, UserSeed
from erp_desktop.storage.store import SqliteStore

EUR_RATE = Decimal("149.80")  # the demo's rate (demo.generator seeds the same)

_KINDS = (
    ("Restaurant", "مطعم"),
    ("Cantine scolaire", "مطعم مدرسي"),
    ("Hôtel", "فندق"),
    ("Supérette", "متجر"),
    ("Café", "مقهى"),
    ("Pâtisserie", "حلويات"),
)
_NAMES = (
    ("El Bahdja", "البهجة"),
    ("Ibn Khaldoun", "ابن خلدون"),
    ("La Casbah", "القصبة"),
    ("Les Oliviers", "الزيتون"),
    ("Djurdjura", "جرجرة"),
    ("El Djazair", "الجزائر"),
    ("Tassili", "الطاسيلي"),
    ("Les Pins", "الصنوبر"),
    ("Medina", "المدينة"),
    ("Sidi Fredj", "سيدي فرج"),
    ("Bab El Oued", "باب الواد"),
    ("Hydra", "حيدرة"),
)
_STREETS = ("rue Didouche Mourad", "boulevard Krim Belkacem", "rue Hassiba Ben Bouali")
_TERMS = ("net:30", "net:30", "net:45", "net:60", "eom:15", "cash", "inst:50@30,50@60")
_SERVICES = (
    ("Livraison et mise en place", Decimal(3500)),
    ("Formation hygiène du personnel", Decimal(12000)),
    ("Location de présentoir réfrigéré (mois)", Decimal(8000)),
)


@dataclass(frozen=True, slots=True)
class BusinessDemo:
    customers: int
    documents: int


def _nif(rng: random.Random) -> str:
    return "0001" + "".join(rng.choice("0123456789") for _ in range(11))


def _profiles(rng: random.Random, count: int) -> list[BusinessProfile]:
    made = []
    for i in range(count):
        kind, kind_ar = _KINDS[i % len(_KINDS)]
        name, name_ar = _NAMES[(i // len(_KINDS) + i) % len(_NAMES)]
        export = i == count - 1  # one customer abroad, billed in euros
        made.append(
            BusinessProfile(
                f"{kind} {name}" + (f" {i // len(_NAMES) + 1}" if i >= len(_NAMES) else ""),
                f"{kind_ar} {name_ar}",
                phone=f"021 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                legal_ids={
                    "nif": _nif(rng),
                    "nis": "0" + "".join(rng.choice("0123456789") for _ in range(14)),
                    "rc": f"16/00-{rng.randint(1000000, 9999999)} B {rng.randint(10, 25)}",
                },
                billing_address=f"{rng.randint(1, 120)} {rng.choice(_STREETS)}, Alger",
                delivery_address="" if rng.random() < 0.6 else "Entrée de service",
                terms="net:60" if export else rng.choice(_TERMS),
                credit_limit=Decimal(rng.choice((100_000, 250_000, 500_000, 1_000_000))),
                limit_blocks=rng.random() < 0.3,
                discount_percent=Decimal(rng.choice((0, 0, 3, 5, 10))),
                account_currency="EUR" if export else "",
            )
        )
    return made


def build_business_demo(
    store: SqliteStore,
    rng: random.Random,
    ids: dict[str, UUID],
    users: list[UserSeed],
    catalog: list[ProductSeed],
    first: date,
    days: int,
    customers: int = 36,
) -> BusinessDemo:
    """The wholesale month of Alger Centre (see the module's docstring), its manager
    signing; returns what it made."""
    branch_id, eur_rate = ids["alg01"], EUR_RATE
    manager_id = next(u.id for u in users if "branch_manager" in u.roles)
    products = [p.id for p in catalog]
    clock = FixedClock(at_local(first, 9, 0))
    deps = Deps(
        store, clock, HybridLogicalClock("ALG01B2B", lambda: int(clock.now().timestamp() * 1000))
    )
    manager = Actor(manager_id, "manager", frozenset({Role.BRANCH_MANAGER}), branch_id)
    made = []
    for profile in _profiles(rng, customers):
        saved, _ = save_business_customer(deps, manager, None, profile)
        made.append((saved.id, profile.account_currency))
    documents = customers
    goods = products[: max(8, min(len(products), 60))]
    cancelled = False
    for offset in range(max(days - 2, 1)):
        day = first + timedelta(days=offset + 1)
        if day.weekday() == 4:  # Friday: closed
            continue
        for slot in range(rng.randint(1, 3)):
            clock.set(at_local(day, 9 + slot, rng.randint(0, 59)))
            customer, currency = rng.choice(made)
            lines = tuple(
                LineRequest(Decimal(rng.choice((2, 5, 10, 12, 24))), pid)
                for pid in rng.sample(goods, rng.randint(1, 4))
            )
            extra = {"currency": "EUR", "rate": eur_rate} if currency == "EUR" else {}
            try:
                quote, _ = issue_document(
                    deps,
                    manager,
                    DocumentRequest("quote", customer, lines, **extra),  # type: ignore[arg-type]
                )
                documents += 1
                if rng.random() < 0.25:
                    continue  # the quote waits for the customer's answer
                order, _ = order_from_quote(deps, manager, quote.id)
                first_part = {ln.id: (ln.quantity / 2).to_integral_value() for ln in order.lines}
                clock.set(clock.now() + timedelta(hours=3))
                if rng.random() < 0.5:  # delivered in two parts
                    deliver(deps, manager, order.id, {k: v for k, v in first_part.items() if v})
                    deliver(
                        deps,
                        manager,
                        order.id,
                        {ln.id: ln.quantity - first_part[ln.id] for ln in order.lines},
                    )
                    documents += 2
                elif rng.random() < 0.8:
                    deliver(deps, manager, order.id, {ln.id: ln.quantity for ln in order.lines})
                    documents += 1
                else:
                    documents += 1
                    continue  # still open: its goods reserved
                clock.set(clock.now() + timedelta(hours=1))
                invoice, _ = invoice_order(deps, manager, order.id)
                documents += 2
                if rng.random() < 0.08:
                    credit_invoice(deps, manager, invoice.id, {invoice.lines[0].id: Decimal(1)})
                    documents += 1
                elif not cancelled and rng.random() < 0.1:
                    cancel_document(deps, manager, invoice.id)
                    cancelled = True
            except ErpError:
                continue  # short of stock, a law's cap...: the demo goes on
        if rng.random() < 0.3:
            clock.set(at_local(day, 15, 0))
            customer, currency = rng.choice([c for c in made if not c[1]])
            text, price = rng.choice(_SERVICES)
            try:
                issue_document(
                    deps,
                    manager,
                    DocumentRequest(
                        "customer_invoice",
                        customer,
                        (LineRequest(Decimal(1), None, price, text, Decimal(19)),),
                    ),
                )
                documents += 1
            except ErpError:
                continue  # over its credit limit (two years of invoices): not issued
    return BusinessDemo(customers, documents)
