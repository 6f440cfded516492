"""A customer's whole story across ALG01, ORN01 and head office, over a real server on
PostgreSQL and real HTTP: the profile's history equals the documents of every branch;
interactions and opportunities logged offline at two sites merge field by field; a won
opportunity goes to the invoicing module through the quote port; a duplicate merged at
head office keeps all its history (documents, points) on every replica."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.context import Actor
from erp_desktop.app.crm.duplicates import likely_duplicates, merge_customers
from erp_desktop.app.crm.history import INVOICE_ISSUED, PAYMENT_RECEIVED, customer_history
from erp_desktop.app.crm.interactions import (
    follow_up,
    follow_ups_due,
    interactions_of,
    log_interaction,
    move_complaint,
)
from erp_desktop.app.crm.loyalty import loyalty_account
from erp_desktop.app.crm.pipeline import (
    activities_due,
    install_quote_maker,
    move_opportunity,
    open_opportunity,
    pipeline_board,
)
from erp_desktop.app.crm.settings import publish_custom_fields, publish_loyalty_program
from erp_desktop.app.customers import save_customer
from erp_desktop.app.deps import Deps
from erp_desktop.app.events import Event
from erp_desktop.app.till.returns import ReturnRequest, return_sale
from erp_desktop.kernel.crm.interactions import QuoteInput, QuoteLine, Stage
from erp_desktop.kernel.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money
from erp_desktop.sync.runner import synchronize
from sync_server.db.engine import unit_of_work
from tests.builders import Branch
from tests.server.crm_world import later, sell_to, sites


def DA(value: int | str) -> Money:
    return Money.of(Decimal(value), "DZD")


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Engine, Branch, Branch, Branch]]:
    with sites(tmp_path) as (engine, alger, oran, office):
        assert office is not None
        yield engine, alger, oran, office


def sync_all(*branches: Branch) -> None:
    for branch in (*branches, *branches):
        synchronize(branch.deps)


def test_the_profiles_history_equals_the_documents_of_every_branch(
    world: tuple[Engine, Branch, Branch, Branch],
) -> None:
    engine, alger, oran, _office = world
    customer, _ = save_customer(alger.deps, alger.actor("cashier"), None, name="Haddad Nadia")
    sell_to(alger, customer.id, 3)
    later(alger, 30)
    sell_to(alger, customer.id, 1)
    synchronize(alger.deps)
    synchronize(oran.deps)
    later(oran, 60)
    sell_to(oran, customer.id, 2)
    later(alger, 90)
    with alger.deps.store.read() as tx:
        first = tx.history.documents_of([customer.id])[0]
        receipt = tx.sales.sale(first.id)
    return_sale(
        alger.deps,
        alger.actor("manager"),
        ReturnRequest(receipt.number, {receipt.lines[0].id: Decimal(1)}),
    )
    invoice_id = new_id()
    at = alger.clock.now().isoformat()
    alger.deps.bus.publish(
        Event(
            INVOICE_ISSUED,
            {
                "document_id": str(invoice_id),
                "customer_id": str(customer.id),
                "number": "FA-2026-000001",
                "at": at,
                "total_minor": 5_000_000,
                "currency": "DZD",
                "due_minor": 5_000_000,
                "actor_id": str(alger.actor("manager").user_id),
            },
        )
    )
    alger.deps.bus.publish(
        Event(
            PAYMENT_RECEIVED,
            {
                "document_id": str(new_id()),
                "customer_id": str(customer.id),
                "number": "RG-2026-000001",
                "at": at,
                "total_minor": 2_000_000,
                "currency": "DZD",
                "applies_to": str(invoice_id),
                "actor_id": str(alger.actor("manager").user_id),
            },
        )
    )
    sync_all(alger, oran)
    with alger.deps.store.read() as tx:
        alger_sales = [
            tx.sales.sale(d.id)
            for d in tx.history.documents_of([customer.id])
            if d.site == "ALG01" and d.kind in ("sale", "return")
        ]
    with oran.deps.store.read() as tx:
        oran_sales = [
            tx.sales.sale(d.id) for d in tx.history.documents_of([customer.id]) if d.site == "ORN01"
        ]
    receipts = [s for s in alger_sales + oran_sales if s.kind != "credit_note"]
    credits = [s for s in alger_sales if s.kind == "credit_note"]
    assert len(receipts) == 3 and len(credits) == 1
    spent = sum(abs(s.total.to_minor()) for s in receipts) + 5_000_000
    returned = sum(abs(s.total.to_minor()) for s in credits)
    latest = max(s.issued_at for s in receipts + credits)
    for branch in (alger, oran):
        history = customer_history(branch.deps, branch.actor("cashier"), customer.id)
        summary = history.summary
        assert summary.count == 4  # three receipts and the invoice
        assert summary.total_spent.to_minor() == spent
        assert summary.returned.to_minor() == returned
        assert summary.lifetime_value.to_minor() == spent - returned
        assert summary.open_balance == DA(30_000)  # 50,000 invoiced, 20,000 paid
        assert summary.last_visit == latest
        assert summary.branches == frozenset({"ALG01", "ORN01"})
        kinds = [e.kind for e in history.entries]
        assert kinds.count("sale") == 3 and kinds.count("return") == 1
        assert "points" in kinds  # the loyalty movements are on the timeline too
    with unit_of_work(engine, head_office=True) as conn:
        count = conn.execute(
            text("SELECT count(*) FROM crm.customer_documents WHERE customer_id = :c"),
            {"c": customer.id},
        ).scalar_one()
    assert count == 6


def test_interactions_logged_offline_at_two_sites_merge_and_remind(
    world: tuple[Engine, Branch, Branch, Branch],
) -> None:
    _engine, alger, oran, _office = world
    customer, _ = save_customer(alger.deps, alger.actor("cashier"), None, name="Saadi Karim")
    sync_all(alger, oran)
    due_on = oran.clock.now().date() + timedelta(days=2)
    complaint, _ = log_interaction(
        oran.deps,
        oran.actor("cashier"),
        customer.id,
        "complaint",
        "Réfrigérateur livré rayé",
        follow_up_on=due_on,
    )
    log_interaction(alger.deps, alger.actor("cashier"), customer.id, "call", "Rappel promo")
    sync_all(oran, alger)
    later(alger, 5)
    move_complaint(alger.deps, alger.actor("manager"), complaint.id, "in_progress")
    later(oran, 6)
    follow_up(oran.deps, oran.actor("manager"), complaint.id, owner="karim.sav")
    sync_all(alger, oran)
    for branch in (alger, oran):
        held = {
            i.kind: i for i in interactions_of(branch.deps, branch.actor("cashier"), customer.id)
        }
        assert set(held) == {"complaint", "call"}
        assert held["complaint"].status == "in_progress"  # Alger's edit
        assert held["complaint"].owner == "karim.sav"  # Oran's edit
        reminders = follow_ups_due(branch.deps, branch.actor("cashier"), due_on)
        assert [r.id for r in reminders] == [complaint.id]
        assert (
            follow_ups_due(branch.deps, branch.actor("cashier"), due_on - timedelta(days=1)) == []
        )
    with pytest.raises(ConflictError) as closed:
        move_complaint(alger.deps, alger.actor("manager"), complaint.id, "closed")
    assert closed.value.code == "crm.invalid_complaint_transition"
    with pytest.raises(NotFound) as unknown:
        log_interaction(alger.deps, alger.actor("cashier"), new_id(), "note", "?")
    assert unknown.value.code == "crm.unknown_customer"


class RecordingQuotes:
    def __init__(self) -> None:
        self.drafted: list[QuoteInput] = []
        self.quote_id = new_id()

    def draft_quote(self, deps: Deps, actor: Actor, quote: QuoteInput) -> UUID:
        self.drafted.append(quote)
        return self.quote_id


def test_the_pipeline_board_reminders_and_a_won_deal_become_a_quote(
    world: tuple[Engine, Branch, Branch, Branch],
) -> None:
    _engine, alger, oran, _office = world
    rep = alger.actor("manager")
    customer, _ = save_customer(alger.deps, rep, None, name="Sarl Medjez")
    today = alger.clock.now().date()
    lines = (QuoteLine(alger.products[0], Decimal(10), DA(120)),)
    deal, _ = open_opportunity(
        alger.deps,
        rep,
        customer.id,
        "Équipement de la cantine",
        DA(1_200_000),
        today + timedelta(days=30),
        stage=Stage.PROPOSAL,
        next_activity="Relancer le gérant",
        next_activity_on=today,
        lines=lines,
    )
    small, _ = open_opportunity(alger.deps, rep, customer.id, "Fournitures", DA(40_000), today)
    sync_all(alger, oran)
    board = {c.stage: c for c in pipeline_board(oran.deps, oran.actor("manager"))}
    assert [o.id for o in board[Stage.PROPOSAL].opportunities] == [deal.id]
    assert board[Stage.PROPOSAL].weighted == DA(600_000)  # 50 % of 1,200,000
    assert board[Stage.LEAD].weighted == DA(4_000)
    assert [o.id for o in activities_due(oran.deps, oran.actor("manager"), today)] == [deal.id]
    quotes = RecordingQuotes()
    install_quote_maker(quotes)
    try:
        moved, _ = move_opportunity(alger.deps, rep, deal.id, Stage.WON)
    finally:
        install_quote_maker(None)
    assert moved.quote_id == quotes.quote_id
    assert quotes.drafted[0].customer_id == customer.id and quotes.drafted[0].lines == lines
    lost, _ = move_opportunity(alger.deps, rep, small.id, Stage.LOST)
    assert lost.quote_id is None and lost.quote_input is None
    with pytest.raises(ConflictError) as final:
        move_opportunity(alger.deps, rep, small.id, Stage.WON)
    assert final.value.code == "crm.invalid_stage_transition"
    sync_all(alger, oran)
    with oran.deps.store.read() as tx:
        assert tx.pipeline.quote_of(deal.id) == quotes.quote_id
        won = tx.pipeline.opportunity(deal.id)
    assert won is not None and won.stage is Stage.WON
    assert activities_due(oran.deps, oran.actor("manager"), today) == []  # won: no reminder


def test_a_duplicate_merged_at_head_office_keeps_its_history_on_every_replica(
    world: tuple[Engine, Branch, Branch, Branch],
) -> None:
    engine, alger, oran, office = world
    first, _ = save_customer(
        alger.deps, alger.actor("cashier"), None, name="Mohamed Benali", phone="0551 23 45 67"
    )
    sell_to(alger, first.id, 30)
    second, _ = save_customer(
        oran.deps, oran.actor("cashier"), None, name="Mohammed Ben Ali", phone="0551234567"
    )
    sell_to(oran, second.id, 20)
    sync_all(alger, oran, office)
    before = {
        c.id: loyalty_account(office.deps, office.actor("admin"), c.id).balance
        for c in (first, second)
    }
    assert all(before.values())
    pairs = likely_duplicates(office.deps, office.actor("admin"))
    assert [{p.first.id, p.second.id} for p in pairs] == [{first.id, second.id}]
    assert {"phone", "name"} <= pairs[0].reasons
    admin = office.actor("admin")
    with pytest.raises(ValidationError) as itself:
        merge_customers(office.deps, admin, first.id, first.id)
    assert itself.value.code == "crm.merge_into_itself"
    with pytest.raises(PermissionDenied) as branch:
        merge_customers(alger.deps, alger.actor("admin"), second.id, first.id)
    assert branch.value.code == "crm.not_head_office"
    merge_customers(office.deps, admin, second.id, first.id, "même téléphone")
    with pytest.raises(ConflictError) as twice:
        merge_customers(office.deps, admin, second.id, first.id)
    assert twice.value.code == "crm.already_merged"
    sync_all(office, alger, oran)
    for site in (alger, oran, office):
        actor = site.actor("admin")
        history = customer_history(site.deps, actor, first.id)
        assert history.merged == (second.id,)
        assert history.summary.count == 2
        assert history.summary.branches == frozenset({"ALG01", "ORN01"})
        assert loyalty_account(site.deps, actor, first.id).balance == sum(before.values())
        assert loyalty_account(site.deps, actor, second.id).balance == 0
        with site.deps.store.read() as tx:
            rows = tx.profiles.customer_rows("", 50)
        assert [r.id for r in rows] == [first.id]  # the merged one is listed no more
    with unit_of_work(engine, head_office=True) as conn:
        merges = conn.execute(text("SELECT merged_id, kept_id FROM crm.customer_merges")).all()
        audited = conn.execute(
            text("SELECT count(*) FROM audit.log WHERE table_name = 'customer_merges'")
        ).scalar_one()
    assert [(m[0], m[1]) for m in merges] == [(second.id, first.id)]
    assert audited == 1


def test_head_office_publishes_the_loyalty_programme_every_branch_earns_by_it(
    world: tuple[Engine, Branch, Branch, Branch],
) -> None:
    engine, alger, oran, office = world
    doubled = {
        "expiry_months": 6,
        "earn_rules": [
            {"valid_from": "2026-01-01", "currency": "DZD", "points": "2", "per": "100"}
        ],
        "campaigns": [],
        "redemption_rules": [],
    }
    with pytest.raises(PermissionDenied) as branch:
        publish_loyalty_program(alger.deps, alger.actor("admin"), doubled)
    assert branch.value.code == "sync.owned_by_head_office"
    with pytest.raises(ValidationError):
        publish_loyalty_program(
            office.deps, office.actor("admin"), {**doubled, "earn_rules": [{"valid_from": "x"}]}
        )
    publish_loyalty_program(office.deps, office.actor("admin"), doubled)
    publish_custom_fields(office.deps, office.actor("admin"), {"loyalty_card": "str"})
    sync_all(office, alger, oran)
    with unit_of_work(engine, head_office=True) as conn:
        keys = sorted(r[0] for r in conn.execute(text("SELECT key FROM crm.settings")))
    assert keys == ["customer_fields", "loyalty_program"]
    customer, _ = save_customer(oran.deps, oran.actor("cashier"), None, name="Cherif Omar")
    sell_to(oran, customer.id, 10)
    with oran.deps.store.read() as tx:
        sale = tx.sales.sale(tx.history.documents_of([customer.id])[0].id)
    account = loyalty_account(oran.deps, oran.actor("cashier"), customer.id)
    assert account.expiry_months == 6
    assert account.balance == int(sale.total.amount / 100 * 2)  # 2 points per 100 DZD
