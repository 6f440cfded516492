"""Tunisia's daily global invoice of ticket sales: figures, one stamp duty, its posting.

Law: Code de la TVA art. 18-II (an invoice for every operation; the day's tickets to
consumers are invoiced by one global invoice), Code des droits d'enregistrement et de timbre
art. 117 as amended by décret-loi n° 2022-79 (LF 2023): 1.000 TND of stamp duty per invoice
from 2023-01-01, 0.600 TND before (webmanagercenter.com on the PLF 2023; jurisitetunisie.com).
"""

from datetime import UTC, date, datetime
from decimal import Decimal
from uuid import uuid4

import pytest
from hypothesis import given
from hypothesis import strategies as st

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.hash_chain import genesis
from erp_desktop.kernel.invoicing.global_invoice import (
    TicketFigures,
    compose,
    from_payload,
    number_of,
    payload_of,
    post_global_invoice,
    series_of,
)
from erp_desktop.kernel.ledger import AccountRole, load_chart
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.protocol import validate_payload

DAY = date(2026, 3, 10)
R19, R7 = Decimal(19), Decimal(7)


def tnd(text: str) -> Money:
    return Money.of(Decimal(text), "TND")


def ticket(seq: int, *lines: tuple[Decimal, int, int], kind: str = "receipt") -> TicketFigures:
    return TicketFigures(f"TUN01-C1-2026-{seq:06d}", kind, "TND", tuple(lines))


# A day at a Tunis shop: three tickets and one return of part of the first (millimes).
DAY_TICKETS = [
    ticket(1, (R19, 10_000, 1_900)),
    ticket(2, (R7, 20_000, 1_400)),
    ticket(3, (R19, 5_000, 950)),
    ticket(4, (R19, 2_000, 380), kind="credit_note"),
]


def invoice_of(tickets: list[TicketFigures], day: date = DAY, country: str = "TN"):  # type: ignore[no-untyped-def]
    series = series_of("TUN01", day.year)
    return compose(
        invoice_id=uuid4(),
        number=number_of("TUN01", day.year, 1),
        branch_id=uuid4(),
        country=country,
        day=day,
        issued_at=datetime(day.year, day.month, day.day, 20, 0, tzinfo=UTC),
        issued_by=uuid4(),
        currency="TND",
        tickets=tickets,
        previous_hash=genesis(series),
    )


def test_a_tunis_day_of_three_tickets_and_a_return_is_one_invoice_with_one_1_000_tnd_duty() -> None:
    inv = invoice_of(DAY_TICKETS)
    assert inv.number == "TUN01-GF-2026-000001"
    assert [(r.vat_rate, r.base, r.vat, r.ttc) for r in inv.rates] == [
        (R7, tnd("20.000"), tnd("1.400"), tnd("21.400")),
        (R19, tnd("13.000"), tnd("2.470"), tnd("15.470")),
    ]
    assert inv.total_ttc == tnd("36.870")
    assert inv.stamp_duty == tnd("1.000")
    assert inv.total == tnd("37.870")
    assert (inv.ticket_count, inv.return_count) == (3, 1)
    assert (inv.first_ticket, inv.last_ticket) == ("TUN01-C1-2026-000001", "TUN01-C1-2026-000004")
    assert inv.sales_ttc == tnd("39.250") and inv.returns_ttc == tnd("2.380")


def test_a_day_of_december_2022_bore_the_old_0_600_tnd_duty() -> None:
    assert invoice_of(DAY_TICKETS, day=date(2022, 12, 15)).stamp_duty == tnd("0.600")


def test_the_global_invoice_posts_only_its_duty_as_the_retailers_expense() -> None:
    chart = load_chart("TN")
    inv = invoice_of(DAY_TICKETS)
    entry = post_global_invoice(chart, inv)
    assert entry is not None and entry.is_balanced()
    lines = {(ln.role, str(ln.side)): ln.amount for ln in entry.lines}
    assert lines == {
        (AccountRole.STAMP_DUTY_EXPENSE, "debit"): tnd("1.000"),
        (AccountRole.STAMP_DUTY_PAYABLE, "credit"): tnd("1.000"),
    }
    # SCE (NCT): 6654 "Droits d'enregistrement et de timbre", under 66 impôts et taxes
    assert chart.account_for(AccountRole.STAMP_DUTY_EXPENSE).code == "6654"
    assert not any(
        ln.role in (AccountRole.VAT_COLLECTED, AccountRole.SALES_REVENUE) for ln in entry.lines
    )


def test_a_day_with_only_returns_or_nothing_has_no_global_invoice() -> None:
    with pytest.raises(ValidationError) as err:
        invoice_of([ticket(1, (R19, 1_000, 190), kind="credit_note")])
    assert err.value.code == "invoicing.no_ticket_sales"
    with pytest.raises(ValidationError):
        invoice_of([])


def test_an_algerian_branch_issues_no_global_invoice() -> None:
    with pytest.raises(ValidationError) as err:
        invoice_of(DAY_TICKETS, country="DZ")
    assert err.value.code == "invoicing.global_invoice_not_applicable"


def test_the_payload_travels_and_comes_back_the_same_invoice() -> None:
    inv = invoice_of(DAY_TICKETS)
    wire = validate_payload("global_invoice", payload_of(inv))
    assert from_payload(wire) == inv


def test_a_payload_whose_totals_do_not_add_up_is_refused() -> None:
    wire = payload_of(invoice_of(DAY_TICKETS))
    wire["vat_minor"] += 1
    with pytest.raises(ValidationError) as err:
        from_payload(wire)
    assert err.value.code == "invoicing.global_invoice_mismatch"


def test_any_change_to_a_chained_field_changes_the_hash() -> None:
    inv = invoice_of(DAY_TICKETS)
    other = invoice_of(DAY_TICKETS[:3])
    assert inv.hash != other.hash and len(inv.hash) == 64


lines = st.tuples(
    st.sampled_from([Decimal(19), Decimal(13), Decimal(7), Decimal(0)]),
    st.integers(1, 500_000),
    st.integers(0, 95_000),
)


@given(st.lists(st.lists(lines, min_size=1, max_size=4), min_size=1, max_size=30))
def test_the_rates_sum_to_the_tickets_and_the_entry_balances(
    tickets: list[list[tuple[Decimal, int, int]]],
) -> None:
    figures = [ticket(i + 1, *t) for i, t in enumerate(tickets)]
    inv = invoice_of(figures)
    assert inv.total_base.to_minor() == sum(b for t in tickets for _, b, _ in t)
    assert inv.total_vat.to_minor() == sum(v for t in tickets for _, _, v in t)
    for r in inv.rates:
        assert r.base.to_minor() == sum(
            b for t in tickets for rate, b, _ in t if rate == r.vat_rate
        )
    entry = post_global_invoice(load_chart("TN"), inv)
    assert entry is not None and entry.is_balanced()
    assert inv.stamp_duty == tnd("1.000")


def test_an_invoice_issued_on_tunis_time_keeps_its_hash_once_stored_in_utc() -> None:
    from dataclasses import replace
    from zoneinfo import ZoneInfo

    from erp_desktop.kernel.hash_chain import chain_hash
    from erp_desktop.kernel.invoicing.global_invoice import chained_fields

    inv = invoice_of(DAY_TICKETS)
    local = compose(
        invoice_id=inv.id,
        number=inv.number,
        branch_id=inv.branch_id,
        country="TN",
        day=DAY,
        issued_at=inv.issued_at.astimezone(ZoneInfo("Africa/Tunis")),
        issued_by=inv.issued_by,
        currency="TND",
        tickets=DAY_TICKETS,
        previous_hash=inv.previous_hash,
    )
    assert local == inv
    stored = replace(local, issued_at=local.issued_at.astimezone(UTC))
    assert chain_hash(stored.previous_hash, chained_fields(payload_of(stored))) == local.hash
