"""What a supplier invoice adds to the cost of the goods it bills, product by product, for
the receiving branch's average cost (issue 14).

The goods entered stock at the order's price (at the order's or the receipt day's rate);
the invoice books them at its own price and rate: the difference, and the landed costs
(freight, customs, transit) spread over its goods lines by value (kernel.purchasing.
landed_costs.spread: duties follow value, and the branch applies what head office
reported, so the basis is the one on both sides), raise (or lower) their cost. The receiving branch adds to the
average cost of what it still holds only the held share (what was already sold at the old
cost is not revalued): ``absorbed_by_held``.
"""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.documents.purchase import GOODS, SupplierInvoice
from erp_desktop.kernel.inventory.costing import AverageCost
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.purchasing.landed_costs import LandedLine, LandedShare, absorbed, spread


def landed_shares(invoice: SupplierInvoice, home: str) -> tuple[LandedShare, ...]:
    """The invoice's landed costs (company currency, at its rate) spread by value over its
    goods lines, each with its landed unit cost; none without both."""
    rate = invoice.rate if invoice.currency != home else Decimal(1)
    goods = [ln for ln in invoice.lines if ln.nature == GOODS and ln.product_id is not None]
    costs = [ln for ln in invoice.lines if ln.nature != GOODS]
    if not goods or not costs:
        return ()
    landed = Money.of(sum((ln.base.amount for ln in costs), Decimal(0)) * rate, home)
    lines = [
        LandedLine(ln.id, ln.quantity, ln.received_cost or ln.unit_price * rate) for ln in goods
    ]
    return spread(landed, lines)


def added_costs(invoice: SupplierInvoice, home: str) -> dict[UUID, tuple[Decimal, Decimal]]:
    """Per product: (quantity invoiced, value the invoice adds, company currency)."""
    rate = invoice.rate if invoice.currency != home else Decimal(1)
    goods = [ln for ln in invoice.lines if ln.nature == GOODS and ln.product_id is not None]
    shares = {s.line_id: s.share.amount for s in landed_shares(invoice, home)}
    out: dict[UUID, tuple[Decimal, Decimal]] = {}
    for ln in goods:
        assert ln.product_id is not None
        booked = ln.base.amount * rate
        received = ln.received_cost * ln.quantity if ln.received_cost else booked
        added = booked - received + shares.get(ln.id, Decimal(0))
        quantity, value = out.get(ln.product_id, (Decimal(0), Decimal(0)))
        out[ln.product_id] = (quantity + ln.quantity, value + added)
    return out


def absorbed_by_held(state: AverageCost, invoiced: Decimal, added: Decimal) -> AverageCost:
    """The average cost once the held share of ``added`` (over ``invoiced`` units) is in."""
    if state.quantity <= 0 or invoiced <= 0:
        return state
    held = min(Decimal(1), state.quantity / invoiced)
    return absorbed(state, added * held)
