"""The posting of a document, from the document alone: one table from its kind to its rule.

Tryton's habit: the posting kind is a pure function of the document. The replica posts a
document it finalizes through :func:`posting_of`, and the server posts the same document
rebuilt from its payload through the same function, so the two cannot disagree (same
deterministic entry id, same lines). The rules themselves are in kernel.posting.rules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal

from erp_desktop.kernel.calendar import business_date
from erp_desktop.kernel.documents.business_posting import BUSINESS_POSTING_RULES
from erp_desktop.kernel.documents.purchase_posting import PURCHASE_POSTING_RULES
from erp_desktop.kernel.documents.sale import SaleDocument
from erp_desktop.kernel.documents.stock import StockDocument
from erp_desktop.kernel.documents.wire import Document
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.invoicing.global_invoice import GlobalInvoice, post_global_invoice
from erp_desktop.kernel.ledger.accounts import Chart
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll.run import CORRECTIVE, REGULAR, PayrollRun
from erp_desktop.kernel.payroll.run_posting import post_run
from erp_desktop.kernel.posting.documents import (
    GoodsReceiptPosting,
    RevenueLine,
    SalePosting,
    StockValuePosting,
    TenderLine,
    TransferInPosting,
    TransferOutPosting,
)
from erp_desktop.kernel.posting.rules import (
    post_goods_receipt,
    post_opening_stock,
    post_return,
    post_sale,
    post_stock_adjustment,
    post_transfer_in,
    post_transfer_out,
)
from erp_desktop.kernel.tax.vat import vat_on_base

ON_ACCOUNT = "on_account"  # kernel.sales.TenderKind.ON_ACCOUNT: not a tender, a receivable


def sale_posting(sale: SaleDocument, country: str) -> SalePosting:
    """What the sale (or credit note) rule needs of a sales document. What a ticket leaves
    on a customer's account (its ``on_account`` payments, one per due date) is its
    ``on_credit``: debited to the customer's receivable, not to a tender's account."""
    currency = sale.currency
    return SalePosting(
        source_type="credit_note" if sale.refund else "receipt",
        source_id=sale.id,
        number=sale.number,
        on=business_date(country, sale.issued_at),
        branch_id=sale.branch_id,
        partner_id=sale.customer_id,
        currency=currency,
        rate=sale.rate,
        revenue=tuple(RevenueLine(r, b, v) for r, b, v in sale.revenue_by_rate()),
        stamp_duty=sale.stamp_duty,
        cash_rounding=sale.rounding,
        tenders=tuple(
            TenderLine(p.tender, p.amount, p.rate) for p in sale.payments if p.tender != ON_ACCOUNT
        ),
        change_given=sale.change,
        on_credit=sale.on_account,
        cost=Money.of(sale.cost, currency),
    )


def _sale(chart: Chart, doc: Document, sent: StockDocument | None) -> JournalEntry | None:
    assert isinstance(doc, SaleDocument)
    return post_sale(chart, sale_posting(doc, chart.country))


def _credit_note(chart: Chart, doc: Document, sent: StockDocument | None) -> JournalEntry | None:
    assert isinstance(doc, SaleDocument)
    return post_return(chart, sale_posting(doc, chart.country))


def _stock(doc: Document) -> StockDocument:
    assert isinstance(doc, StockDocument)
    return doc


def _goods_receipt(chart: Chart, doc: Document, sent: StockDocument | None) -> JournalEntry | None:
    receipt = _stock(doc)
    currency, rate = receipt.currency, receipt.rate
    bases: dict[Decimal, Money] = defaultdict(lambda: Money.zero(currency))
    for ln in receipt.lines:
        unit = ln.unit_cost / rate  # the supplier's price, document currency
        vat_rate = ln.vat_rate or Decimal(0)
        bases[vat_rate] = bases[vat_rate] + Money.of(ln.quantity * unit, currency)
    vat = tuple(RevenueLine(r, b, vat_on_base(b, r)) for r, b in sorted(bases.items()))
    cost = sum(bases.values(), Money.zero(currency))
    payable = cost + sum((v.vat for v in vat), Money.zero(currency))
    return post_goods_receipt(
        chart,
        GoodsReceiptPosting(
            receipt.id,
            receipt.number,
            business_date(chart.country, receipt.issued_at),
            receipt.branch_id,
            receipt.supplier_id,
            currency,
            rate,
            cost,
            vat,
            payable,
        ),
    )


def _stock_value(chart: Chart, doc: Document, sent: StockDocument | None) -> JournalEntry | None:
    change = _stock(doc)
    value = change.value()
    if not value:
        return None
    on = business_date(chart.country, change.issued_at)
    return post_stock_adjustment(
        chart,
        StockValuePosting(
            change.kind,
            change.id,
            change.number,
            on,
            change.branch_id,
            Money.of(value, chart.currency),
        ),
    )


def _opening_stock(chart: Chart, doc: Document, sent: StockDocument | None) -> JournalEntry | None:
    change = _stock(doc)
    value = change.value()
    if not value:
        return None
    on = business_date(chart.country, change.issued_at)
    return post_opening_stock(
        chart,
        StockValuePosting(
            change.kind,
            change.id,
            change.number,
            on,
            change.branch_id,
            Money.of(value, chart.currency),
        ),
    )


def _transfer_out(chart: Chart, doc: Document, sent: StockDocument | None) -> JournalEntry | None:
    out = _stock(doc)
    on = business_date(chart.country, out.issued_at)
    return post_transfer_out(
        chart,
        TransferOutPosting(
            out.id, out.number, on, out.branch_id, Money.of(-out.value(), chart.currency)
        ),
    )


def _transfer_in(chart: Chart, doc: Document, sent: StockDocument | None) -> JournalEntry | None:
    received = _stock(doc)
    if sent is None:
        raise ValidationError(
            "inventory.transfer_not_in_transit", transfer=str(received.related_id)
        )
    on = business_date(chart.country, received.issued_at)
    return post_transfer_in(
        chart,
        TransferInPosting(
            received.id,
            received.number,
            on,
            received.branch_id,
            Money.of(-sent.value(), chart.currency),
            Money.of(received.value(), chart.currency),
        ),
    )


def _global_invoice(chart: Chart, doc: Document, sent: StockDocument | None) -> JournalEntry | None:
    assert isinstance(doc, GlobalInvoice)
    return post_global_invoice(chart, doc)


def _payroll_run(chart: Chart, doc: Document, sent: StockDocument | None) -> JournalEntry | None:
    assert isinstance(doc, PayrollRun)
    return post_run(doc)  # payroll's own accounts per national chart (kernel.payroll)


Rule = Callable[[Chart, Document, StockDocument | None], JournalEntry | None]

POSTING_RULES: dict[str, Rule] = {
    "receipt": _sale,
    "invoice": _sale,
    "credit_note": _credit_note,
    "goods_receipt": _goods_receipt,
    "adjustment": _stock_value,
    "count": _stock_value,
    "transfer_out": _transfer_out,
    "transfer_in": _transfer_in,
    "global_invoice": _global_invoice,
    "opening": _opening_stock,  # a shop set up alone: its first day's stock
}
POSTING_RULES.update(BUSINESS_POSTING_RULES)  # quotes to payments (kernel.documents.business)
POSTING_RULES.update(PURCHASE_POSTING_RULES)  # orders to payments (kernel.documents.purchase)
POSTING_RULES.update({REGULAR: _payroll_run, CORRECTIVE: _payroll_run})  # kernel.payroll.run


def posting_of(
    document: Document, chart: Chart, *, sent: StockDocument | None = None
) -> JournalEntry | None:
    """The journal entry of ``document`` (None when it moves no value). A transfer in needs
    ``sent``, the transfer out it receives, whose lines say what left the other branch."""
    rule = POSTING_RULES.get(document.kind)
    if rule is None and isinstance(document, SaleDocument):
        rule = _sale  # a sales document of any other kind is a sale
    if rule is None:
        raise ValidationError(
            "protocol.bad_value", path="payload.kind", expected="a stock document kind"
        )
    return rule(chart, document, sent)
