"""The posting rules. Each returns a balanced :class:`JournalEntry` (None when the document
moves no money, e.g. a free sample) or raises a coded error."""

from __future__ import annotations

from decimal import Decimal

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ledger.accounts import AccountRole as R
from erp_desktop.kernel.ledger.accounts import Chart
from erp_desktop.kernel.ledger.journal import EntryBuilder, Journal, JournalEntry, Side
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.posting.documents import (
    CashCountPosting,
    GoodsReceiptPosting,
    PaymentPosting,
    SalePosting,
    StockValuePosting,
    TenderLine,
    TransferInPosting,
    TransferOutPosting,
)

TENDER_ROLES = {  # the account role a tender is paid to (or refunded from)
    "cash": R.CASH,
    "card": R.CARD_CLEARING,
    "cheque": R.CHEQUES_TO_CASH,
    "transfer": R.BANK,
    "store_credit": R.STORE_CREDIT,
    # Loyalty points spent as a tender are a rebate the shop grants on the ticket (SCF 709,
    # CGNC 7119, NCT 709 "rabais, remises et ristournes accordés"): the VAT stays on the
    # price paid, the points' value is the shop's cost.
    "points": R.SALES_RETURNS,
}


def _tender_role(chart: Chart, tender: TenderLine) -> R:
    try:
        role = TENDER_ROLES[tender.kind]
    except KeyError:
        raise ValidationError("posting.unknown_tender", kind=tender.kind) from None
    if role is R.CASH and tender.amount.currency != chart.currency:
        return R.FOREIGN_CASH
    return role


def _tender_rate(chart: Chart, tender: TenderLine) -> Decimal:
    return Decimal(1) if tender.amount.currency == chart.currency else tender.rate


def _check_cover(doc: SalePosting) -> None:
    """Tenders (converted to the document currency) must pay exactly what is due."""
    due = sum((r.base + r.vat for r in doc.revenue), Money.zero(doc.currency))
    due = due + doc.stamp_duty + doc.cash_rounding - doc.on_credit
    paid = Money.zero(doc.currency)
    for t in doc.tenders:
        if t.amount.currency == doc.currency:
            paid = paid + t.amount
        else:
            paid = paid + Money.of(t.amount.amount * t.rate / doc.rate, doc.currency)
    paid = paid - doc.change_given
    slack = Money.from_minor(
        sum(1 for t in doc.tenders if t.amount.currency != doc.currency), doc.currency
    )
    if abs(paid - due) > slack:
        raise ValidationError("posting.tenders_do_not_cover", paid=str(paid), due=str(due))


def _sale_like(chart: Chart, doc: SalePosting, refund: bool) -> JournalEntry | None:
    _check_cover(doc)
    income, payment = (Side.DEBIT, Side.CREDIT) if refund else (Side.CREDIT, Side.DEBIT)
    b = EntryBuilder(
        chart,
        doc.on,
        Journal.SALES,
        doc.source_type,
        doc.source_id,
        doc.number,
        doc.branch_id,
        memo=doc.number,
    )
    revenue_role = R.SALES_RETURNS if refund else R.SALES_REVENUE
    for line in doc.revenue:
        b.add(revenue_role, income, line.base, doc.rate, doc.partner_id, vat_rate=line.vat_rate)
        b.add(R.VAT_COLLECTED, income, line.vat, doc.rate, vat_rate=line.vat_rate)
    b.add(R.STAMP_DUTY_PAYABLE, income, doc.stamp_duty, doc.rate)
    b.add(R.ROUNDING, income, doc.cash_rounding, doc.rate, memo="cash rounding")
    for tender in doc.tenders:
        b.add(
            _tender_role(chart, tender),
            payment,
            tender.amount,
            _tender_rate(chart, tender),
            doc.partner_id,
        )
    b.add(R.CASH, income, doc.change_given, doc.rate, memo="change")
    b.add(R.RECEIVABLE, payment, doc.on_credit, doc.rate, doc.partner_id)
    cost_side_inventory = Side.DEBIT if refund else Side.CREDIT
    b.add(R.INVENTORY, cost_side_inventory, doc.cost)
    b.add(R.COST_OF_GOODS_SOLD, cost_side_inventory.opposite(), doc.cost)
    return b.build_or_none()


def post_sale(chart: Chart, doc: SalePosting) -> JournalEntry | None:
    """Cash sale or credit invoice: revenue and VAT per rate, stamp duty, tenders, cost."""
    return _sale_like(chart, doc, refund=False)


def post_return(chart: Chart, doc: SalePosting) -> JournalEntry | None:
    """Credit note or return: revenue and VAT reversed, refund by tender, goods back at cost."""
    return _sale_like(chart, doc, refund=True)


def post_customer_payment(chart: Chart, doc: PaymentPosting) -> JournalEntry | None:
    """Payment of a receivable; a rate different from the booked one makes an exchange difference."""
    b = EntryBuilder(
        chart, doc.on, Journal.CASH, "payment", doc.source_id, doc.number, doc.branch_id
    )
    booked = (
        doc.settled
        if doc.settled.currency == chart.currency
        else Money.of(doc.settled.amount * doc.booked_rate, chart.currency)
    )
    received = Money.zero(chart.currency)
    for tender in doc.tenders:
        rate = _tender_rate(chart, tender)
        company = (
            tender.amount
            if tender.amount.currency == chart.currency
            else Money.of(tender.amount.amount * rate, chart.currency)
        )
        received = received + company
        b.add(
            _tender_role(chart, tender),
            Side.DEBIT,
            tender.amount,
            rate,
            doc.partner_id,
            company_amount=company,
        )
    b.add(
        R.RECEIVABLE,
        Side.CREDIT,
        doc.settled,
        doc.booked_rate,
        doc.partner_id,
        company_amount=booked,
    )
    difference = received - booked
    if difference.is_negative():
        b.add(R.EXCHANGE_LOSS, Side.DEBIT, -difference, memo="realized exchange loss")
    else:
        b.add(R.EXCHANGE_GAIN, Side.CREDIT, difference, memo="realized exchange gain")
    return b.build_or_none()


def post_goods_receipt(chart: Chart, doc: GoodsReceiptPosting) -> JournalEntry | None:
    """Goods in at landed cost, VAT deductible, the supplier's payable."""
    b = EntryBuilder(
        chart, doc.on, Journal.PURCHASES, "goods_receipt", doc.source_id, doc.number, doc.branch_id
    )
    b.add(R.INVENTORY, Side.DEBIT, doc.cost, doc.rate)
    for line in doc.vat:
        b.add(R.VAT_DEDUCTIBLE, Side.DEBIT, line.vat, doc.rate, vat_rate=line.vat_rate)
    b.add(R.PAYABLE, Side.CREDIT, doc.payable, doc.rate, doc.supplier_id)
    return b.build_or_none()


def post_stock_adjustment(chart: Chart, doc: StockValuePosting) -> JournalEntry | None:
    """Stock found (positive) or lost (negative) against the inventory variance account."""
    b = EntryBuilder(
        chart, doc.on, Journal.STOCK, doc.source_type, doc.source_id, doc.number, doc.branch_id
    )
    b.add(R.INVENTORY, Side.DEBIT, doc.value_change)
    b.add(R.INVENTORY_VARIANCE, Side.CREDIT, doc.value_change)
    return b.build_or_none()


def post_opening_stock(chart: Chart, doc: StockValuePosting) -> JournalEntry | None:
    """A new shop's stock on its first day, brought into the books against the opening
    balance (capital: the owner's contribution in kind; SCF, CGNC, SCE class 1)."""
    b = EntryBuilder(
        chart, doc.on, Journal.STOCK, doc.source_type, doc.source_id, doc.number, doc.branch_id
    )
    b.add(R.INVENTORY, Side.DEBIT, doc.value_change)
    b.add(R.OPENING_EQUITY, Side.CREDIT, doc.value_change)
    return b.build_or_none()


def post_transfer_out(chart: Chart, doc: TransferOutPosting) -> JournalEntry | None:
    b = EntryBuilder(
        chart, doc.on, Journal.STOCK, "transfer_out", doc.source_id, doc.number, doc.branch_id
    )
    b.add(R.GOODS_IN_TRANSIT, Side.DEBIT, doc.value)
    b.add(R.INVENTORY, Side.CREDIT, doc.value)
    return b.build_or_none()


def post_transfer_in(chart: Chart, doc: TransferInPosting) -> JournalEntry | None:
    """Goods in transit arrive; a quantity difference goes to inventory variance."""
    b = EntryBuilder(
        chart, doc.on, Journal.STOCK, "transfer_in", doc.source_id, doc.number, doc.branch_id
    )
    b.add(R.INVENTORY, Side.DEBIT, doc.received_value)
    b.add(R.GOODS_IN_TRANSIT, Side.CREDIT, doc.sent_value)
    b.add(
        R.INVENTORY_VARIANCE,
        Side.DEBIT,
        doc.sent_value - doc.received_value,
        memo="transfer difference",
    )
    return b.build_or_none()


def post_cash_count(chart: Chart, doc: CashCountPosting) -> JournalEntry | None:
    """Cash over (positive) or short (negative) at session close; None when it matches.

    A shortage is a charge, an overage a gain: the CGNC keeps them apart (6588 and 7588), so
    each has its role, even where a chart gives both the same account."""
    if doc.difference.is_zero():
        return None
    b = EntryBuilder(
        chart, doc.on, Journal.CASH, "cash_session", doc.source_id, doc.number, doc.branch_id
    )
    b.add(R.CASH, Side.DEBIT, doc.difference)
    over = not doc.difference.is_negative()
    b.add(R.CASH_OVER if over else R.CASH_OVER_SHORT, Side.CREDIT, doc.difference)
    return b.build_or_none()
