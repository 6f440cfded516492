"""Issuing the day's global invoice of a Tunisian branch's ticket sales, in one transaction.

In one local transaction: the branch's finalized tickets and till returns of its business
day (the till's wall calendar), the next number of the branch's own gapless series
(``TUN01-GF-2026-000001``, allocated from the series' last invoice, so a rolled-back attempt
burns nothing), the hash chain of that series, the invoice, the posting of the stamp duty the
retailer bears, and the outbox row for the server: the one finalize step of every document
(app.documents.finalize). A second invoice for the same day and a
day without ticket sales are refused with their codes; so is a branch outside Tunisia.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from erp_desktop.app.bridge import chart_of
from erp_desktop.app.changes import Changed, Changes
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.finalize import InTransaction, finalize
from erp_desktop.app.events import Event
from erp_desktop.app.records import BranchInfo, CompanyInfo
from erp_desktop.kernel.calendar import zone_of
from erp_desktop.kernel.errors import ConflictError, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.invoicing.global_invoice import (
    COUNTRIES,
    GlobalInvoice,
    compose,
)
from erp_desktop.kernel.permissions import Permission


@dataclass(frozen=True, slots=True)
class GlobalInvoiceResult:
    invoice: GlobalInvoice
    company: CompanyInfo  # the seller, as printed
    branch: BranchInfo
    changes: Changes


def day_bounds(country: str, day: date) -> tuple[datetime, datetime]:
    """[start, end) of the business day ``day`` of a branch in ``country``, in UTC."""
    zone = zone_of(country)
    start = datetime.combine(day, time(0), zone)
    end = datetime.combine(day + timedelta(days=1), time(0), zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def may_issue_global_invoice(actor: Actor | None, country: str) -> bool:
    """Whether the screens offer the action (the use case checks again)."""
    return actor is not None and country in COUNTRIES and actor.may(Permission.SALES_INVOICE)


def issue_global_invoice(deps: Deps, actor: Actor, day: date | None = None) -> GlobalInvoiceResult:
    """The global invoice of ``day`` (today by default) for the actor's branch."""
    actor.require(Permission.SALES_INVOICE)
    with deps.store.transaction(actor.user_id) as tx:
        company = tx.org.company()
        if company.country not in COUNTRIES:
            raise ValidationError(
                "invoicing.global_invoice_not_applicable", country=company.country
            )
        branch = tx.org.branch(actor.branch_id)
        now = deps.now()
        today = deps.business_date(company.country, now)
        day = day or today
        if day > today:
            raise ValidationError("common.invalid_value", field="day", value=day.isoformat())
        existing = tx.invoicing.global_invoice_of_day(branch.id, day)
        if existing is not None:
            raise ConflictError(
                "invoicing.global_invoice_exists", number=existing.number, day=day.isoformat()
            )
        tickets = tx.invoicing.day_tickets(branch.id, *day_bounds(company.country, day))
        draft = compose(
            invoice_id=new_id(),
            number="",
            branch_id=branch.id,
            country=company.country,
            day=day,
            issued_at=now,
            issued_by=actor.user_id,
            currency=company.currency,
            tickets=tickets,
            previous_hash="",
            catalog=deps.taxes,
        )
        steps = InTransaction(deps, tx, actor.user_id, now)
        invoice, _entry = finalize(steps, draft, chart_of(tx))
    deps.bus.publish(
        Event(
            "invoicing.global_invoice_issued",
            {"invoice_id": str(invoice.id), "number": invoice.number},
        )
    )
    changes: Changes = frozenset({Changed.SALES, Changed.JOURNAL, Changed.OUTBOX})
    return GlobalInvoiceResult(invoice, company, branch, changes)
