"""Refunds of a customer's unallocated credit, the deposit of a held cheque, and an
instrument event rebuilt from its payload: pure kernel rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from uuid import uuid4

import pytest

from erp_desktop.kernel.documents import payload, posting_of
from erp_desktop.kernel.documents.business import InstrumentEvent, instrument_from_payload
from erp_desktop.kernel.documents.business_posting import INSTRUMENT_DEPOSITED
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.invoicing.payments import (
    CUSTOMER_REFUND,
    available_credit,
    customer_payment,
    customer_refund,
)
from erp_desktop.kernel.invoicing.receivables import AllocationPlan
from erp_desktop.kernel.ledger.accounts import AccountRole, load_chart
from erp_desktop.kernel.ledger.journal import Side
from erp_desktop.kernel.money import Money

BRANCH, CUSTOMER = uuid4(), uuid4()
AT = datetime(2026, 4, 2, 9, 0, tzinfo=UTC)


def da(value: int) -> Money:
    return Money.of(Decimal(value), "DZD")


def unallocated(amount: int, tender: str = "transfer") -> object:
    details = (
        {"bank": "BNA", "instrument_number": "77", "instrument_due": AT.date()}
        if tender == "cheque"
        else {"reference": "VIR-9"}
    )
    return customer_payment(
        number="ALG01-RC-2026-000001",
        country="DZ",
        branch_id=BRANCH,
        customer_id=CUSTOMER,
        received_at=AT,
        tender=tender,
        amount=da(amount),
        plan=AllocationPlan((), da(amount)),
        **details,  # type: ignore[arg-type]
    )


def refund(amount: int, credit: Money, tender: str = "cash", reference: str = "") -> object:
    return customer_refund(
        number="ALG01-RF-2026-000001",
        country="DZ",
        branch_id=BRANCH,
        customer_id=CUSTOMER,
        paid_at=AT,
        tender=tender,
        amount=da(amount),
        credit=credit,
        reference=reference,
    )


def test_a_refund_of_credit_debits_the_receivable_and_credits_the_cash() -> None:
    paid = unallocated(5000)
    back = refund(1200, available_credit([paid]))  # type: ignore[list-item]
    assert back.kind == CUSTOMER_REFUND  # type: ignore[attr-defined]
    entry = posting_of(back, load_chart("DZ"))  # type: ignore[arg-type]
    assert entry is not None and entry.is_balanced()
    sides = {(ln.role, ln.side) for ln in entry.lines}
    assert sides == {(AccountRole.RECEIVABLE, Side.DEBIT), (AccountRole.CASH, Side.CREDIT)}
    assert available_credit([paid, back]) == da(3800)  # type: ignore[list-item]


def test_no_refund_above_the_credit_left_nor_of_a_bounced_payment() -> None:
    paid = unallocated(5000, "cheque")
    with pytest.raises(ValidationError) as err:
        refund(5001, available_credit([paid]))  # type: ignore[list-item,arg-type]
    assert err.value.code == "receivables.refund_exceeds_credit"
    assert available_credit([paid], bounced=[paid.id]) is None  # type: ignore[list-item,attr-defined]
    with pytest.raises(ValidationError) as err:
        refund(100, da(5000), tender="transfer")
    assert err.value.code == "receivables.missing_instrument_detail"
    with pytest.raises(ValidationError) as err:
        refund(100, da(5000), tender="card", reference="T")
    assert err.value.code == "posting.unknown_tender"


def test_a_deposit_posts_nothing_and_an_event_survives_its_payload() -> None:
    paid = unallocated(5000, "cheque")
    event = InstrumentEvent(
        uuid4(),
        INSTRUMENT_DEPOSITED,
        "ALG01-IE-2026-000001",
        BRANCH,
        paid.id,
        AT,
        paid,  # type: ignore[attr-defined]
    )
    assert posting_of(event, load_chart("DZ")) is None
    rebuilt = instrument_from_payload(payload(event), BRANCH)
    assert replace(rebuilt, payment=paid) == event


@pytest.mark.parametrize(
    "module",
    [
        "erp_desktop.kernel.invoicing.payments",
        "erp_desktop.kernel.invoicing.receivables",
        "erp_desktop.kernel.invoicing.revaluation",
        "erp_desktop.kernel.documents.business_posting",
    ],
)
def test_each_receivables_module_imports_first_on_its_own(module: str) -> None:
    """Imported first in a fresh interpreter (a script, the server), none of them runs into
    a circular import (payments and the posting rules once did)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True)
    assert done.returncode == 0, done.stderr.decode()
