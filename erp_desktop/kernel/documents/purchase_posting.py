"""The postings of purchasing's documents (kernel.documents.purchase), from the document alone.

- A purchase order moves no value.
- A receipt: the goods into stock at the cost they were received at, against "invoices not
  yet received" (goods received not invoiced), both in the company's currency.
- A supplier invoice: "invoices not yet received" cleared by what its goods were received
  at; the rest of its goods' value (in the company's currency at the invoice's rate) is
  the price difference, into stock (the average cost moves with it); landed-cost lines
  (freight, customs, transit) into stock; VAT deductible; a stamp duty the supplier billed
  as an expense; the supplier's payable for the total.
- A supplier return (kernel.documents.supplier_return): the goods out of stock at the cost
  they entered at, against "invoices not yet received" before the invoice; once invoiced,
  a debit note: the payable reduced by its total, the VAT deducted reversed.
- A supplier payment: the payable settled at each invoice's booked rate; the bank (a
  transfer or a cheque), the till (cash) or the traites to pay (a traite) for what the
  supplier receives, at the day's rate; the withholding owed to the State; the realized
  exchange difference; a cash payment's stamp duty as an expense, paid from the till.

Three accounts have no chart role yet (kernel.purchasing.accounts): post with, and report
on, ``purchasing_chart(chart)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.calendar import business_date
from erp_desktop.kernel.documents.purchase import (
    GOODS,
    PURCHASE_ORDER,
    PURCHASE_RECEIPT,
    SUPPLIER_INVOICE,
    SUPPLIER_PAYMENT,
    PurchaseReceipt,
    SupplierInvoice,
    SupplierPayment,
)
from erp_desktop.kernel.documents.supplier_return import SUPPLIER_RETURN, SupplierReturn
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ledger.accounts import AccountRole as R
from erp_desktop.kernel.ledger.accounts import Chart
from erp_desktop.kernel.ledger.journal import EntryBuilder, Journal, JournalEntry, JournalLine, Side
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.purchasing.accounts import (
    GRNI,
    NOTES_PAYABLE,
    WITHHOLDING_PAYABLE,
    purchasing_account,
)

_TENDER_ROLES = {"transfer": R.BANK, "cheque": R.BANK, "cash": R.CASH}


@dataclass
class PurchaseEntryBuilder(EntryBuilder):
    """An entry builder that also posts to purchasing's own accounts (no chart role yet)."""

    def add_account(
        self,
        purpose: str,
        side: Side,
        amount: Money,
        partner_id: UUID | None = None,
        memo: str = "",
    ) -> PurchaseEntryBuilder:
        """A line in the company's currency on purchasing's account for ``purpose``."""
        if amount.currency != self.chart.currency:
            raise ValidationError(
                "money.currency_mismatch", left=amount.currency, right=self.chart.currency
            )
        if amount.is_zero():
            return self
        account = purchasing_account(self.chart.country, purpose)
        if account.code not in self.chart.accounts:
            raise ValidationError("ledger.unknown_account", account=account.code, role=purpose)
        if amount.is_negative():
            side, amount = side.opposite(), -amount
        self._lines.append(
            JournalLine(
                account=account.code,
                side=side,
                amount=amount,
                txn_amount=amount,
                rate=Decimal(1),
                branch_id=self.branch_id,
                partner_id=partner_id,
                memo=memo,
            )
        )
        return self


def _company(amount: Money, rate: Decimal, currency: str) -> Money:
    return amount if amount.currency == currency else Money.of(amount.amount * rate, currency)


def receipt_entry(chart: Chart, receipt: PurchaseReceipt) -> JournalEntry | None:
    on = business_date(chart.country, receipt.issued_at)
    b = PurchaseEntryBuilder(
        chart, on, Journal.PURCHASES, receipt.kind, receipt.id, receipt.number, receipt.branch_id
    )
    value = Money.of(receipt.value(), chart.currency)
    b.add(R.INVENTORY, Side.DEBIT, value, partner_id=receipt.supplier_id)
    b.add_account(GRNI, Side.CREDIT, value, receipt.supplier_id, memo="goods received not invoiced")
    return b.build_or_none()


def invoice_entry(chart: Chart, invoice: SupplierInvoice) -> JournalEntry | None:
    on = business_date(chart.country, invoice.issued_at)
    cur, rate = invoice.currency, invoice.rate
    rate = Decimal(1) if cur == chart.currency else rate
    b = PurchaseEntryBuilder(
        chart, on, Journal.PURCHASES, invoice.kind, invoice.id, invoice.number, invoice.branch_id
    )
    supplier = invoice.supplier_id
    cleared = Money.zero(chart.currency)
    goods = Money.zero(chart.currency)
    for ln in invoice.lines:
        if ln.nature == GOODS:
            cleared = cleared + Money.of(ln.received_cost * ln.quantity, chart.currency)
            goods = goods + _company(ln.base, rate, chart.currency)
        else:
            b.add(R.INVENTORY, Side.DEBIT, ln.base, rate, supplier, memo=ln.nature)
    b.add_account(GRNI, Side.DEBIT, cleared, supplier, memo="invoice received")
    difference = goods - cleared
    b.add(R.INVENTORY, Side.DEBIT, difference, partner_id=supplier, memo="price difference")
    by_rate: dict[Decimal, Money] = {}
    for ln in invoice.lines:
        by_rate[ln.vat_rate] = by_rate.get(ln.vat_rate, Money.zero(cur)) + ln.vat
    for vat_rate, vat in sorted(by_rate.items()):
        b.add(R.VAT_DEDUCTIBLE, Side.DEBIT, vat, rate, vat_rate=vat_rate)
    b.add(R.STAMP_DUTY_EXPENSE, Side.DEBIT, invoice.stamp_duty, rate, supplier)
    b.add(R.PAYABLE, Side.CREDIT, invoice.total, rate, supplier)
    return b.build_or_none()


def supplier_payment_entry(chart: Chart, payment: SupplierPayment) -> JournalEntry | None:
    on = business_date(chart.country, payment.paid_at)
    home = chart.currency
    cur = payment.currency
    rate = Decimal(1) if cur == home else payment.rate
    b = PurchaseEntryBuilder(
        chart, on, Journal.CASH, payment.kind, payment.id, payment.number, payment.branch_id
    )
    supplier = payment.supplier_id
    settled = Money.zero(home)
    for a in payment.allocations:
        booked = Decimal(1) if cur == home else a.booked_rate
        part = _company(a.amount, booked, home)
        settled = settled + part
        b.add(R.PAYABLE, Side.DEBIT, a.amount, booked, supplier, company_amount=part)
    out = _company(payment.paid_out, rate, home)
    kept = _company(payment.withholding, rate, home)
    if payment.tender == "traite":
        b.add_account(NOTES_PAYABLE, Side.CREDIT, out, supplier, memo=payment.instrument_number)
    else:
        try:
            role = _TENDER_ROLES[payment.tender]
        except KeyError:
            raise ValidationError("posting.unknown_tender", kind=payment.tender) from None
        if role is R.CASH and cur != home:
            role = R.FOREIGN_CASH
        b.add(role, Side.CREDIT, payment.paid_out, rate, supplier, company_amount=out)
    b.add_account(WITHHOLDING_PAYABLE, Side.CREDIT, kept, supplier, memo="retenue à la source")
    difference = out + kept - settled
    if difference.is_negative():
        b.add(R.EXCHANGE_GAIN, Side.CREDIT, -difference)
    else:
        b.add(R.EXCHANGE_LOSS, Side.DEBIT, difference)
    if not payment.stamp_duty.is_zero():
        duty = _company(payment.stamp_duty, rate, home)
        b.add(R.STAMP_DUTY_EXPENSE, Side.DEBIT, payment.stamp_duty, rate, company_amount=duty)
        cash = R.CASH if cur == home else R.FOREIGN_CASH
        b.add(cash, Side.CREDIT, payment.stamp_duty, rate, company_amount=duty, memo="stamp duty")
    return b.build_or_none()


def supplier_return_entry(chart: Chart, sent_back: SupplierReturn) -> JournalEntry | None:
    on = business_date(chart.country, sent_back.issued_at)
    b = PurchaseEntryBuilder(
        chart,
        on,
        Journal.PURCHASES,
        sent_back.kind,
        sent_back.id,
        sent_back.number,
        sent_back.branch_id,
    )
    supplier = sent_back.supplier_id
    if sent_back.invoice_id is None:
        cost = Money.of(sent_back.cost(), chart.currency)
        b.add_account(GRNI, Side.DEBIT, cost, supplier, memo="goods returned before invoice")
        b.add(R.INVENTORY, Side.CREDIT, cost, partner_id=supplier, memo="returned to supplier")
        return b.build_or_none()
    cur = sent_back.currency
    rate = Decimal(1) if cur == chart.currency else sent_back.rate
    b.add(R.PAYABLE, Side.DEBIT, sent_back.total, rate, supplier, memo="debit note")
    b.add(R.INVENTORY, Side.CREDIT, sent_back.base, rate, supplier, memo="returned to supplier")
    by_rate: dict[Decimal, Money] = {}
    for ln in sent_back.lines:
        by_rate[ln.vat_rate] = by_rate.get(ln.vat_rate, Money.zero(cur)) + ln.vat
    for vat_rate, vat in sorted(by_rate.items()):
        b.add(R.VAT_DEDUCTIBLE, Side.CREDIT, vat, rate, vat_rate=vat_rate)
    return b.build_or_none()


def _return(chart: Chart, doc: object, sent: object = None) -> JournalEntry | None:
    assert isinstance(doc, SupplierReturn)
    return supplier_return_entry(chart, doc)


def _order(chart: Chart, doc: object, sent: object = None) -> JournalEntry | None:
    return None


def _receipt(chart: Chart, doc: object, sent: object = None) -> JournalEntry | None:
    assert isinstance(doc, PurchaseReceipt)
    return receipt_entry(chart, doc)


def _invoice(chart: Chart, doc: object, sent: object = None) -> JournalEntry | None:
    assert isinstance(doc, SupplierInvoice)
    return invoice_entry(chart, doc)


def _payment(chart: Chart, doc: object, sent: object = None) -> JournalEntry | None:
    assert isinstance(doc, SupplierPayment)
    return supplier_payment_entry(chart, doc)


PURCHASE_POSTING_RULES = {
    PURCHASE_ORDER: _order,
    PURCHASE_RECEIPT: _receipt,
    SUPPLIER_INVOICE: _invoice,
    SUPPLIER_PAYMENT: _payment,
    SUPPLIER_RETURN: _return,
}
