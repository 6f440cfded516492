"""Builds a realistic demo replica through the kernel's rules, fast.

Every sale is totalled, taxed, settled, numbered, hash-chained, costed at weighted average
cost and posted with the same kernel and app functions the till uses, and written through
the same storage methods; what the generator skips is the per-sale look-ups of the
interactive use case (it keeps prices and costs in memory) and the outbox (a demo replica is
not enrolled). One transaction per day keeps 50,000 products and two years of activity within
minutes. Seasonality: busier evenings, Thursdays and Saturdays, quieter Fridays (weekend in
Algeria), a yearly swell in late spring.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from uuid import UUID

from erp_desktop.app.auth import hash_secret
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.finalize import InTransaction, finalize
from erp_desktop.app.records import SessionInfo
from erp_desktop.app.till.returns import ReturnRequest, return_sale
from erp_desktop.app.till.sessions import build_report
from erp_desktop.demo.business import build_business_demo
from erp_desktop.demo.catalog import demo_products
from erp_desktop.demo.context import DemoContext, at_local
from erp_desktop.demo.crm import seed_crm
from erp_desktop.demo.payroll import build_payroll_demo
from erp_desktop.demo.people import seed_branch_people
from erp_desktop.demo.purchasing import demo_purchasing
from erp_desktop.demo.receivables import build_receivables_demo
from erp_desktop.demo.steps import DemoSteps
from erp_desktop.demo.stock_flows import move, receive, transfer
from erp_desktop.demo.till_grid import seed_till_grid
from erp_desktop.kernel.clock import FixedClock, HybridLogicalClock
from erp_desktop.kernel.documents import SaleDocument, SaleLine, payments_of
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.inventory.costing import AverageCost
from erp_desktop.kernel.inventory.movements import MovementKind
from erp_desktop.kernel.ledger.accounts import load_chart
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Role
from erp_desktop.kernel.quantity import from_milli
from erp_desktop.kernel.sales import SaleLineInput, Tender, TenderKind, compute_sale, settle
from erp_desktop.kernel.tax.catalog import default_catalog
from erp_desktop.kernel.tax.stamp_duty import StampDocument
from erp_desktop.kernel.tax.vat import PriceMode
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.migrate import upgrade_replica
from erp_desktop.storage.seed import (
    BranchSeed,
    UserSeed,
    seed_branches,
    seed_company,
    seed_products,
    seed_rate,
    seed_users,
)
from erp_desktop.storage.store import SqliteStore, SqliteUnitOfWork

DEMO_PASSWORD = "demo"
EUR_RATE = Decimal("149.80")
WEEKDAY = [1.0, 0.95, 1.0, 1.25, 0.55, 1.3, 1.1]  # Mon..Sun; Friday is the weekend
HOURS = {8: 3, 9: 5, 10: 7, 11: 8, 12: 7, 13: 5, 14: 5, 15: 6, 16: 8, 17: 10, 18: 12, 19: 11, 20: 6}


@dataclass
class DemoSummary:
    products: int
    days: int
    sales: int
    returns: int
    movements: int
    seconds: float
    trading_seconds: float = 0.0  # the days' tills, returns and closings (the part that scales)


def build_demo_replica(
    path: Path,
    products: int = 2000,
    days: int = 30,
    seed: int = 7,
    end: date | None = None,
    progress: Callable[[str], None] | None = None,
    per_sale: bool = False,
    triggers_per_row: bool = False,
) -> DemoSummary:
    """The demo branch (and head office's replica beside it) at ``path``. ``per_sale`` takes
    the reference path, every sale written as the till writes it (the use case's finalize
    steps, its movements after it): slower, the same replica, a test says
    (tests/desktop/test_demo_batched.py). Otherwise a day's audit rows and the summaries
    kept from its rows are written as sets at its close; ``triggers_per_row`` leaves them to
    the triggers row by row, the reference of tests/desktop/test_demo_sets.py."""
    started = time.perf_counter()
    rng = random.Random(seed)
    replica = Replica(path)
    upgrade_replica(replica)
    store = SqliteStore(replica)
    say = progress or (lambda _m: None)
    end = end or date.today()
    first = end - timedelta(days=days)
    t0 = at_local(first, 7, 0)
    ids = {k: new_id() for k in ("alg01", "alg02", "wh01", "wh02", "c1", "c2")}
    users = _users(ids["alg01"])
    catalog = list(demo_products(products, rng))
    with replica.transaction(None) as conn:
        seed_company(
            conn,
            t0,
            name="Supérettes El Bahia SARL",
            name_ar="متاجر البهية",
            country="DZ",
            currency="DZD",
            legal_ids={
                "RC": "16/00-1234567B19",
                "NIF": "001916123456789",
                "NIS": "0919160123456",
                "AI": "16012345678",
            },
            mentions={
                "legal_form": "SARL",
                "legal_form_ar": "ش.ذ.م.م",
                "capital_minor": 10_000_000_00,
                "activity": "Commerce de détail en libre-service",
                "activity_ar": "تجارة التجزئة بالخدمة الذاتية",
                "address": "12 rue Didouche Mourad, Alger",
                "address_ar": "12 شارع ديدوش مراد، الجزائر",
                "phone": "023 45 67 89",
            },
        )
        seed_branches(
            conn,
            t0,
            [
                BranchSeed(
                    ids["alg01"],
                    "ALG01",
                    "Alger Centre",
                    "الجزائر الوسطى",
                    True,
                    ids["wh01"],
                    ((ids["c1"], "C1", 500), (ids["c2"], "C2", 500)),
                ),
                BranchSeed(
                    ids["alg02"], "ALG02", "Oran Es-Senia", "وهران السانية", False, ids["wh02"]
                ),
            ],
        )
        seed_users(conn, t0, users)
        for start in range(0, len(catalog), 5000):
            seed_products(conn, t0, catalog[start : start + 5000])
        seed_till_grid(conn, t0, catalog, ids["c1"])
        seed_rate(conn, t0, first, "EUR", "DZD", EUR_RATE)
        seed_rate(conn, t0, first, "USD", "DZD", Decimal("134.20"))
    say(f"catalog: {len(catalog)} products")
    taxes = default_catalog()
    rates = {p.id: taxes.vat_rate("DZ", p.tax_class, first).rate for p in catalog}
    by_id = {p.id: p for p in catalog}
    # each product's reorder point read once (every Monday compares the whole catalog to it)
    reorder_at = [(p, from_milli(p.reorder_point_milli)) for p in catalog]
    admin = users[0].id
    cashiers = [u.id for u in users if "cashier" in u.roles]
    stock: dict[UUID, AverageCost] = {}
    sales = returns = 0
    movements = 0
    with store.transaction(admin) as tx:
        ctx = DemoContext(
            rng,
            tx,
            ids["alg01"],
            ids["wh01"],
            [ids["c1"], ids["c2"]],
            cashiers,
            catalog,
            rates,
            stock,
            by_id,
            per_row=per_sale or triggers_per_row,
        )
        for start in range(0, len(catalog), 1000):
            receive(ctx, catalog[start : start + 1000], first, t0, opening=True)
        movements += ctx.movements
    base = max(30, min(900, products // 60))
    trading = time.perf_counter()
    for offset in range(days):
        day = first + timedelta(days=offset + 1)
        season = 1 + 0.15 * math.sin(2 * math.pi * (day.timetuple().tm_yday - 60) / 365)
        tickets = int(base * WEEKDAY[day.weekday()] * season * rng.uniform(0.85, 1.15))
        with store.transaction(admin) as tx:
            ctx = DemoContext(
                rng,
                tx,
                ids["alg01"],
                ids["wh01"],
                [ids["c1"], ids["c2"]],
                cashiers,
                catalog,
                rates,
                stock,
                by_id,
                per_row=per_sale or triggers_per_row,
            )
            sold, sessions = _trading_day(ctx, day, tickets, store if per_sale else None)
            sales += len(sold)
            if day.weekday() == 0:
                low = [p for p, point in reorder_at if stock[p.id].quantity < point]
                for start in range(0, len(low), 1000):
                    receive(ctx, low[start : start + 1000], day, at_local(day, 7, 30))
            if offset % 3 == 2:
                transfer(ctx, ids["alg02"], day)
            movements += ctx.movements
        credits = _customer_returns(store, rng, ids["alg01"], sold, at_local(day, 20, 30))
        returns += len(credits)
        with store.transaction(admin) as tx:
            _close_sessions(tx, sessions, day, sold + credits)
        if offset % 30 == 29 or offset == days - 1:
            say(f"{day.isoformat()}: {sales} sales, {movements} movements")
    trading = time.perf_counter() - trading
    b2b = build_business_demo(store, random.Random(seed + 13), ids, users, catalog, first, days)
    say(f"wholesale: {b2b.customers} business customers, {b2b.documents} documents")
    paid = build_receivables_demo(store, random.Random(seed + 17), ids, users, first, days)
    say(f"receivables: {paid.payments} payments, {paid.bounced} bounced cheque")
    demo_purchasing(
        store,
        ids["alg01"],
        users[1].id,
        users[4].id,
        [(p.id, p.price_minor) for p in catalog],
        at_local(end, 9, 0),
        rng,
    )
    seed_branch_people(store, seed, [ids["alg01"], ids["alg02"]], end, users[1].id)  # HR
    seed_crm(store, rng, first, end, admin)  # CRM (issue 16): customers and their story
    replica.close()
    # head office's own replica, a data folder of its own beside the branch's: opened with
    # --data-dir DIR/head-office (its HR officer rh, its administrator admin)
    office = path.parent / "head-office"
    office.mkdir(exist_ok=True)
    payroll = build_payroll_demo(
        office / path.name, end, seed, branches=(ids["alg01"], ids["alg02"])
    )
    say(f"payroll: {payroll.runs}")
    return DemoSummary(
        len(catalog), days, sales, returns, movements, time.perf_counter() - started, trading
    )


def _users(branch: UUID) -> list[UserSeed]:
    pw = hash_secret(DEMO_PASSWORD)
    people = [
        ("admin", "Administrateur", ("administrator",), None),
        ("manager", "Samira Khelifi", ("branch_manager",), "9999"),
        ("amina", "Amina Bouzid", ("cashier",), "1111"),
        ("yacine", "Yacine Mansouri", ("cashier",), "2222"),
        ("omar", "Omar Ferhat", ("warehouse",), None),
        ("leila", "Leila Benaissa", ("accountant",), None),
    ]
    return [
        UserSeed(
            new_id(),
            u,
            n,
            pw,
            hash_secret(pin) if pin else None,
            roles,
            branch,
            "fr" if u != "amina" else "ar",
        )
        for u, n, roles, pin in people
    ]


def _tenders(rng: random.Random, due: Money) -> tuple[Tender, ...]:
    """How customers pay; cash always covers the stamp duty (at most 2 %) and the rounding."""
    cash_due = due.amount * Decimal("1.03") + 50
    roll = rng.random()
    if roll < 0.18:
        return (Tender(TenderKind.CARD, due, reference=f"CIB{rng.randrange(10**6):06d}"),)
    if roll < 0.21:
        half = Money.of((due.amount / 2).quantize(Decimal(1)), "DZD")
        rest = (due.amount - half.amount) * Decimal("1.03") + 1000
        return (
            Tender(TenderKind.CARD, half, reference=f"CIB{rng.randrange(10**6):06d}"),
            Tender(TenderKind.CASH, Money.of(rest.quantize(Decimal(1)), "DZD")),
        )
    if roll < 0.22 and due.amount > 15000:
        euros = (cash_due / EUR_RATE + 20).quantize(Decimal(1))
        return (Tender(TenderKind.CASH, Money.of(euros, "EUR"), EUR_RATE),)
    notes = Decimal(1000) if due.amount > 500 else Decimal(200)
    paid = (cash_due / notes).to_integral_value() * notes + notes
    return (Tender(TenderKind.CASH, Money.of(paid, "DZD")),)


def _trading_day(
    ctx: DemoContext, day: date, tickets: int, per_sale: SqliteStore | None = None
) -> tuple[list[SaleDocument], dict[UUID, SessionInfo]]:
    """A day of tickets, written at its close one statement per table; with ``per_sale``
    (the store), each sale written at once through the till's own finalize steps."""
    tx, rng = ctx.tx, ctx.rng
    chart = load_chart("DZ")
    sessions = {}
    for reg, cashier in zip(ctx.registers, ctx.cashiers, strict=False):
        session = SessionInfo(new_id(), reg, "open", cashier, at_local(day, 7, 55), "DZD", 1000000)
        tx.till.open_session(session, session.opened_at)
        sessions[reg] = session
    steps = DemoSteps(ctx, at_local(day, 7, 50))
    for reg in ctx.registers:
        steps.open_series(tx.org.register(reg), day.year, at_local(day, 7, 50))
    till = None if per_sale is None else _till_deps(per_sale, at_local(day, 7, 50))
    finalized: list[SaleDocument] = []
    hours = list(HOURS)
    weights = list(HOURS.values())
    times = sorted((rng.choices(hours, weights)[0], rng.randrange(60)) for _ in range(tickets))
    n_products = len(ctx.products)
    for hour, minute in times:
        at = at_local(day, hour, minute)
        reg = ctx.registers[rng.randrange(len(ctx.registers))]
        cashier = ctx.cashiers[ctx.registers.index(reg) % len(ctx.cashiers)]
        picks = {
            ctx.products[
                min(int(rng.paretovariate(1.1)) - 1, n_products - 1)
                if rng.random() < 0.5
                else rng.randrange(n_products)
            ].id: None
            for _ in range(rng.choice([1, 1, 2, 2, 3, 4, 6]))
        }
        inputs = []
        for pid in picks:
            product = ctx.by_id[pid]
            qty = (
                Decimal(rng.choice(["0.5", "0.75", "1.25", "2"]))
                if product.unit == "kg"
                else Decimal(rng.choice([1, 1, 1, 2, 3]))
            )
            inputs.append(
                SaleLineInput(
                    pid, qty, Decimal(product.price_minor) / 100, ctx.rates[pid], product.name
                )
            )
        totals = compute_sale(inputs, "DZD", PriceMode.TAX_INCLUDED)
        settlement = settle(
            totals.gross,
            _tenders(rng, totals.gross),
            "DZ",
            day,
            Decimal(5),
            document=StampDocument.TICKET,
        )
        sale_id = new_id()
        lines = []
        cost = Decimal(0)
        for position, lt in enumerate(totals.lines, start=1):
            unit_cost = move(
                ctx, lt.product_id, MovementKind.SALE, -lt.quantity, None, sale_id, "sale", at
            )
            cost += unit_cost * lt.quantity
            lines.append(
                SaleLine(
                    id=new_id(),
                    position=position,
                    product_id=lt.product_id,
                    description="",
                    quantity=lt.quantity,
                    unit_price=lt.unit_price,
                    vat_rate=lt.vat_rate,
                    discount=lt.line_discount + lt.document_discount,
                    base=lt.base,
                    vat=lt.vat,
                    unit_cost=unit_cost,
                )
            )
        draft = SaleDocument(
            id=sale_id,
            kind="receipt",
            number="",
            series="",
            sequence=0,
            status="final",
            register_id=reg,
            session_id=sessions[reg].id,
            branch_id=ctx.branch_id,
            customer_id=None,
            issued_at=at,
            currency="DZD",
            rate=Decimal(1),
            price_mode="tax_included",
            base=totals.base,
            vat=totals.vat,
            discount=totals.discount,
            stamp_duty=settlement.stamp_duty,
            rounding=settlement.cash_rounding,
            total=settlement.total_due,
            change=settlement.change_due,
            cost=Money.of(cost, "DZD").amount,
            original_id=None,
            previous_hash="",
            hash="",
            cashier_id=cashier,
            lines=tuple(lines),
            payments=payments_of(
                sale_id,
                ((str(t.kind), t.amount, t.rate, t.reference) for t in settlement.tenders),
            ),
        )
        if till is None:
            finalize(steps, draft, chart)
            continue
        ctx.flush(at)  # the sale's movements, then the sale as checkout finalizes it
        desk = InTransaction(till, tx, cashier, at, register=steps.registers[reg])
        finalized.append(finalize(desk, draft, chart)[0])
    if till is not None:
        ctx.flush(at_local(day, 21, 0))
        return finalized, sessions
    # One statement per table for the whole day, in the day's transaction.
    steps.write_day(at_local(day, 21, 0))
    return steps.sold, sessions


def _till_deps(store: SqliteStore, at: datetime) -> Deps:
    return Deps(
        store, FixedClock(at), HybridLogicalClock("ALG01DEMO", lambda: int(at.timestamp() * 1000))
    )


def _customer_returns(
    store: SqliteStore, rng: random.Random, branch: UUID, sold: list[SaleDocument], at: datetime
) -> list[SaleDocument]:
    """About one ticket in two hundred comes back the same evening, through the till's use case."""
    credits = []
    deps = _till_deps(store, at)
    for sale in [s for s in sold if rng.random() < 0.005]:
        line = sale.lines[0]
        cashier = Actor(
            sale.cashier_id, "demo", frozenset({Role.CASHIER}), branch, sale.register_id
        )
        credit, _ = return_sale(
            deps, cashier, ReturnRequest(sale.number, {line.id: min(line.quantity, Decimal(1))})
        )
        credits.append(credit)
    return credits


def _close_sessions(
    tx: SqliteUnitOfWork,
    sessions: dict[UUID, SessionInfo],
    day: date,
    documents: list[SaleDocument],
) -> None:
    for reg, session in sessions.items():
        report = build_report(session, [d for d in documents if d.session_id == session.id])
        closed_at = at_local(day, 21, 15)
        tx.till.close_session(
            session.id,
            session.opened_by,
            report.expected_cash.to_minor(),
            report.expected_cash.to_minor(),
            {},
            tx.till.last_z_number(reg) + 1,
            report.as_dict(),
            closed_at,
        )
