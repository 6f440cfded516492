"""The demo's stock side: movements at weighted average cost, goods receipts from
suppliers and transfers to the other branch, finalized like every document
(app.documents.finalize) and so posted with the kernel's rules."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.documents.finalize import finalize
from erp_desktop.app.records import StockPosition
from erp_desktop.demo.context import DemoContext, at_local
from erp_desktop.demo.steps import DemoSteps
from erp_desktop.kernel.documents import StockDocument, StockLine
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.inventory.costing import AverageCost, apply_movement
from erp_desktop.kernel.inventory.movements import MovementKind, StockMovement
from erp_desktop.kernel.ledger.accounts import load_chart
from erp_desktop.kernel.money import Money
from erp_desktop.storage.seed import ProductSeed


def move(
    ctx: DemoContext,
    product: UUID,
    kind: MovementKind,
    qty: Decimal,
    cost: Decimal | None,
    doc: UUID,
    doc_type: str,
    at: datetime,
) -> Decimal:
    state = ctx.stock.get(product, AverageCost(Decimal(0), Decimal(0)))
    unit = cost if cost is not None else state.unit_cost
    after = apply_movement(state, kind, qty, unit)
    ctx.stock[product] = after
    movement = StockMovement(
        new_id(), product, ctx.warehouse_id, kind, qty, unit, at, doc_type, doc
    )
    ctx.pending.append((movement, StockPosition(after.quantity, after.unit_cost)))
    return unit


def receive(
    ctx: DemoContext, products: list[ProductSeed], day: date, at: datetime, opening: bool = False
) -> None:
    doc_id = new_id()
    lines = []
    bases: dict[Decimal, Money] = {}
    for p in products:
        qty = Decimal(ctx.rng.choice([24, 48, 96]) if opening else ctx.rng.choice([24, 48]))
        if p.unit == "kg":
            qty = Decimal(ctx.rng.choice([50, 100]))
        gross = Decimal(p.price_minor) / 100
        cost = (gross / (1 + ctx.rates[p.id] / 100) * Decimal(ctx.rng.uniform(0.6, 0.8))).quantize(
            Decimal("0.01")
        )
        move(ctx, p.id, MovementKind.RECEIPT, qty, cost, doc_id, "goods_receipt", at)
        lines.append(StockLine(p.id, qty, cost, None, ctx.rates[p.id]))
        rate = ctx.rates[p.id]
        bases[rate] = bases.get(rate, Money.zero("DZD")) + Money.of(qty * cost, "DZD")
    _finalize(
        ctx,
        StockDocument(
            id=doc_id,
            kind="goods_receipt",
            number="",
            status="final",
            branch_id=ctx.branch_id,
            warehouse_id=ctx.warehouse_id,
            issued_at=at,
            counterpart_branch_id=None,
            related_id=None,
            supplier_id=None,
            currency="DZD",
            rate=Decimal(1),
            reason="opening stock" if opening else "replenishment",
            lines=tuple(lines),
        ),
        at,
    )


def _finalize(ctx: DemoContext, document: StockDocument, at: datetime) -> None:
    """The one finalize step of every document (number, insert, posting), written now."""
    steps = DemoSteps(ctx, at)
    with ctx.written(*DOCUMENT_TABLES):
        finalize(steps, document, load_chart("DZ"))
        ctx.tx.ledger.insert_entries(steps.entries, at)


# what a stock document's finalize writes, in its order (movements, document, posting)
DOCUMENT_TABLES = (
    "stock_movements",
    "stock_documents",
    "stock_document_lines",
    "journal_entries",
    "journal_lines",
)


def transfer(ctx: DemoContext, to_branch: UUID, day: date) -> None:
    at = at_local(day, 7, 45)
    doc_id = new_id()
    lines = []
    value = Decimal(0)
    for p in ctx.rng.sample(ctx.products, min(20, len(ctx.products))):
        if ctx.stock[p.id].quantity < 12:
            continue
        qty = Decimal(6)
        cost = move(ctx, p.id, MovementKind.TRANSFER_OUT, -qty, None, doc_id, "transfer_out", at)
        lines.append(StockLine(p.id, -qty, cost))
        value += qty * cost
    if not lines:
        return
    _finalize(
        ctx,
        StockDocument(
            id=doc_id,
            kind="transfer_out",
            number="",
            status="in_transit",
            branch_id=ctx.branch_id,
            warehouse_id=ctx.warehouse_id,
            issued_at=at,
            counterpart_branch_id=to_branch,
            related_id=None,
            supplier_id=None,
            currency="DZD",
            rate=Decimal(1),
            reason="transfer",
            lines=tuple(lines),
        ),
        at,
    )
