"""A customer's payment or refund, and an event of a cheque or traite (cleared, bounced):
series per branch and year, by prefix."""

from __future__ import annotations

from dataclasses import replace

from erp_desktop.app.documents.filing import Desk, Filing
from erp_desktop.kernel.documents.business import CustomerPayment, InstrumentEvent

# The series of receivables documents: payments received, refunds, credit applied;
# instrument events: IE.
RECEIVABLES_SERIES = {"customer_payment": "RC", "customer_refund": "RF", "credit_application": "AC"}
INSTRUMENT_SERIES = "IE"


def _number(desk: Desk, kind: str, branch_code: str) -> str:
    prefix = RECEIVABLES_SERIES.get(kind, INSTRUMENT_SERIES)
    return desk.tx.receivables.next_receivables_number(prefix, branch_code, desk.today().year)


class PaymentFiling(Filing[CustomerPayment]):
    def number(self, desk: Desk, document: CustomerPayment) -> CustomerPayment:
        code = desk.branch_code(document.branch_id)
        return replace(document, number=_number(desk, document.kind, code))

    def insert(self, desk: Desk, document: CustomerPayment) -> None:
        desk.tx.receivables.insert_payment(document, desk.now)


class InstrumentFiling(Filing[InstrumentEvent]):
    def number(self, desk: Desk, document: InstrumentEvent) -> InstrumentEvent:
        code = desk.branch_code(document.branch_id)
        return replace(document, number=_number(desk, document.kind, code))

    def insert(self, desk: Desk, document: InstrumentEvent) -> None:
        desk.tx.receivables.insert_instrument_event(document, desk.now)
