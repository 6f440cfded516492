"""Goods receipts from suppliers: stock in at landed cost (re-averaging the cost), VAT
deductible and the supplier's payable posted in the same transaction."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.bridge import chart_of, post_entry
from erp_desktop.app.changes import Changes
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.records import StockDocumentInfo, StockLineInfo
from erp_desktop.app.stock.adjustments import STOCK_CHANGES
from erp_desktop.app.stock.documents import check_lines, new_document, write_document
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.inventory.movements import MovementKind
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.posting import GoodsReceiptPosting, RevenueLine, post_goods_receipt
from erp_desktop.kernel.tax.vat import vat_on_base


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    product_id: UUID
    quantity: Decimal
    unit_cost: Decimal  # supplier's price, tax excluded, in the document currency
    vat_rate: Decimal


def receive_goods(
    deps: Deps,
    actor: Actor,
    supplier_id: UUID | None,
    currency: str | None,
    lines: list[ReceiptLine],
) -> tuple[StockDocumentInfo, Changes]:
    """Receives ``lines`` priced in ``currency`` (``None``: the company's own currency)."""
    actor.require(Permission.INVENTORY_RECEIVE)
    check_lines([(ln.product_id, ln.quantity) for ln in lines])
    for ln in lines:
        if ln.quantity <= 0 or ln.unit_cost < 0 or ln.vat_rate < 0:
            raise ValidationError(
                "common.invalid_value", field="line", value=f"{ln.quantity} x {ln.unit_cost}"
            )
    with deps.store.transaction(actor.user_id) as tx:
        company = tx.org.company()
        now = deps.now()
        today = deps.business_date(company.country, now)
        currency = currency or company.currency
        rate = Decimal(1)
        if currency != company.currency:
            found = tx.catalog.exchange_rate(currency, company.currency, today)
            if found is None:
                raise ValidationError(
                    "money.missing_rate",
                    source=currency,
                    target=company.currency,
                    on=today.isoformat(),
                )
            rate = found
        doc = new_document(
            tx,
            deps,
            id=new_id(),
            kind="goods_receipt",
            status="final",
            branch_id=actor.branch_id,
            warehouse_id=tx.org.default_warehouse(actor.branch_id),
            lines=tuple(
                StockLineInfo(ln.product_id, ln.quantity, ln.unit_cost * rate, None, ln.vat_rate)
                for ln in lines
            ),
            now=now,
            currency=currency,
            rate=rate,
            supplier=supplier_id,
            reason="goods receipt",
        )
        doc, _value = write_document(
            deps, tx, doc, MovementKind.RECEIPT, actor.user_id, costed=True
        )
        bases: dict[Decimal, Money] = defaultdict(lambda: Money.zero(currency))
        for ln in lines:
            bases[ln.vat_rate] = bases[ln.vat_rate] + Money.of(ln.quantity * ln.unit_cost, currency)
        vat = tuple(RevenueLine(r, b, vat_on_base(b, r)) for r, b in sorted(bases.items()))
        cost = sum(bases.values(), Money.zero(currency))
        payable = cost + sum((v.vat for v in vat), Money.zero(currency))
        entry = post_goods_receipt(
            chart_of(tx),
            GoodsReceiptPosting(
                doc.id,
                doc.number,
                today,
                actor.branch_id,
                supplier_id,
                currency,
                rate,
                cost,
                vat,
                payable,
            ),
        )
        post_entry(tx, entry, now)
    return doc, STOCK_CHANGES
