"""Interactions logged offline with an owner and a follow-up; complaints move along their
statuses only; the pipeline's weighted totals; a won opportunity gives a quote's input."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from uuid import UUID

import pytest

from erp_desktop.kernel.crm.interactions import (
    ComplaintStatus,
    InteractionKind,
    Opportunity,
    QuoteLine,
    Stage,
    complaint_transition,
    follow_ups_due,
    log_interaction,
    move_stage,
    quote_input,
    weighted_pipeline,
)
from erp_desktop.kernel.errors import ConflictError, NotFound, ValidationError
from erp_desktop.kernel.money import Money

CUSTOMER = UUID("01890000-0000-7000-8000-000000000001")
KNOWN = {CUSTOMER}
AT = datetime(2026, 3, 2, 10, tzinfo=UTC)


def mad(amount: str) -> Money:
    return Money.of(amount, "MAD")


def test_a_call_is_logged_with_its_owner_and_follow_up_and_a_complaint_opens() -> None:
    call = log_interaction(
        CUSTOMER, "call", AT, "samira", "CAS01", KNOWN, follow_up_on=date(2026, 3, 9)
    )
    assert (call.kind, call.owner, call.follow_up_on, call.status) == (
        InteractionKind.CALL,
        "samira",
        date(2026, 3, 9),
        None,
    )
    complaint = log_interaction(CUSTOMER, InteractionKind.COMPLAINT, AT, "samira", "CAS01", KNOWN)
    assert complaint.status is ComplaintStatus.OPEN


def test_an_interaction_for_an_unknown_customer_is_refused_with_a_code() -> None:
    with pytest.raises(NotFound) as err:
        log_interaction(UUID(int=9), "note", AT, "samira", "CAS01", KNOWN)
    assert err.value.code == "crm.unknown_customer"


def test_an_unknown_kind_or_a_follow_up_before_the_interaction_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        log_interaction(CUSTOMER, "fax", AT, "samira", "CAS01", KNOWN)
    assert err.value.code == "crm.invalid_interaction_kind"
    with pytest.raises(ValidationError) as err:
        log_interaction(
            CUSTOMER, "call", AT, "samira", "CAS01", KNOWN, follow_up_on=date(2026, 3, 1)
        )
    assert err.value.code == "crm.follow_up_before_interaction"


def test_a_complaint_moves_from_open_to_resolved_to_closed_and_a_closed_one_stays_closed() -> None:
    complaint = log_interaction(CUSTOMER, "complaint", AT, "samira", "CAS01", KNOWN)
    working = complaint_transition(complaint, "in_progress")
    resolved = complaint_transition(working, ComplaintStatus.RESOLVED)
    reopened = complaint_transition(resolved, ComplaintStatus.OPEN)
    assert reopened.status is ComplaintStatus.OPEN
    closed = complaint_transition(resolved, ComplaintStatus.CLOSED)
    for target in ComplaintStatus:
        with pytest.raises(ConflictError) as err:
            complaint_transition(closed, target)
        assert err.value.code == "crm.invalid_complaint_transition"


def test_a_complaint_cannot_skip_back_to_in_progress_once_resolved_and_a_note_has_no_status() -> (
    None
):
    resolved = complaint_transition(
        log_interaction(CUSTOMER, "complaint", AT, "samira", "CAS01", KNOWN), "resolved"
    )
    with pytest.raises(ConflictError):
        complaint_transition(resolved, "in_progress")
    note = log_interaction(CUSTOMER, "note", AT, "samira", "CAS01", KNOWN)
    with pytest.raises(ConflictError):
        complaint_transition(note, "resolved")


def test_follow_ups_due_are_listed_by_date_for_their_owner_without_settled_complaints() -> None:
    a = log_interaction(
        CUSTOMER, "call", AT, "samira", "CAS01", KNOWN, follow_up_on=date(2026, 3, 5)
    )
    b = log_interaction(
        CUSTOMER, "visit", AT, "karim", "CAS01", KNOWN, follow_up_on=date(2026, 3, 3)
    )
    c = log_interaction(
        CUSTOMER, "call", AT, "samira", "CAS01", KNOWN, follow_up_on=date(2026, 3, 20)
    )
    d = complaint_transition(
        log_interaction(
            CUSTOMER, "complaint", AT, "samira", "CAS01", KNOWN, follow_up_on=date(2026, 3, 4)
        ),
        "resolved",
    )
    assert follow_ups_due([a, b, c, d], date(2026, 3, 6)) == [b, a]
    assert follow_ups_due([a, b, c, d], date(2026, 3, 6), owner="samira") == [a]


def opportunity(
    stage: Stage, owner: str, amount: str, lines: tuple[QuoteLine, ...] = ()
) -> Opportunity:
    return Opportunity(
        UUID(int=hash((stage, owner, amount)) & (2**64 - 1)),
        CUSTOMER,
        "Fourniture annuelle",
        owner,
        stage,
        mad(amount),
        date(2026, 6, 30),
        lines=lines,
    )


def test_the_weighted_pipeline_totals_expected_amounts_by_stage_probability_and_owner() -> None:
    opps = [
        opportunity(Stage.LEAD, "samira", "10000.00"),  # 1000
        opportunity(Stage.PROPOSAL, "samira", "3000.00"),  # 1500
        opportunity(Stage.PROPOSAL, "karim", "1000.01"),  # 500.005 -> 500.01
        opportunity(Stage.WON, "karim", "9999.00"),
        opportunity(Stage.LOST, "karim", "5000.00"),
    ]
    totals = weighted_pipeline(opps, "MAD")
    assert totals.by_stage == {Stage.LEAD: mad("1000.00"), Stage.PROPOSAL: mad("2000.01")}
    assert totals.by_owner == {"samira": mad("2500.00"), "karim": mad("500.01")}
    assert totals.by_stage_and_owner[(Stage.PROPOSAL, "karim")] == mad("500.01")
    assert totals.total == mad("3000.01")
    everything = weighted_pipeline(opps, "MAD", open_only=False)
    assert everything.by_stage[Stage.WON] == mad("9999.00")
    assert everything.by_stage[Stage.LOST] == mad("0.00")


def test_probabilities_per_stage_are_data_a_company_may_set() -> None:
    custom = {s: Decimal("0.5") for s in Stage}
    assert weighted_pipeline(
        [opportunity(Stage.LEAD, "samira", "100.00")], "MAD", custom
    ).total == mad("50.00")


def test_an_opportunity_moves_freely_while_open_and_not_once_won_or_lost() -> None:
    lead = opportunity(Stage.LEAD, "samira", "100.00")
    assert move_stage(move_stage(lead, "negotiation"), Stage.QUALIFIED).stage is Stage.QUALIFIED
    with pytest.raises(ValidationError) as err:
        move_stage(lead, "maybe")
    assert err.value.code == "crm.invalid_stage"
    with pytest.raises(ConflictError) as err:
        move_stage(move_stage(lead, "lost"), "proposal")
    assert err.value.code == "crm.invalid_stage_transition"


def test_a_won_opportunity_yields_the_input_of_a_quote_and_an_open_one_does_not() -> None:
    line = QuoteLine(UUID(int=7), Decimal(12), mad("85.00"))
    won = opportunity(Stage.WON, "karim", "1020.00", (line,))
    quote = quote_input(won)
    assert (quote.customer_id, quote.currency, quote.lines, quote.opportunity_id) == (
        CUSTOMER,
        "MAD",
        (line,),
        won.id,
    )
    with pytest.raises(ConflictError) as err:
        quote_input(opportunity(Stage.NEGOTIATION, "karim", "1020.00", (line,)))
    assert err.value.code == "crm.opportunity_not_won"
    with pytest.raises(ValidationError) as err:
        quote_input(opportunity(Stage.WON, "karim", "1020.00"))
    assert err.value.code == "crm.opportunity_without_lines"
