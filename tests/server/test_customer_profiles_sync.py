"""Customer profiles and consent across two sites and the server (real PostgreSQL, real
HTTP): fields edited at two sites offline merge field by field; custom fields are searched
through the GIN index of the server's `metadata` column; a consent withdrawn at one branch
refuses a campaign at the other once they synced (crm.consent_withdrawn), and a customer who
never agreed is refused too (crm.no_consent: opt-in, Morocco 09-08 art. 10)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.crm.profiles import (
    customer_profile,
    customers_tagged,
    may_contact,
    plan_campaign,
    record_consent,
    save_profile,
)
from erp_desktop.app.crm.profiles import customers_with_custom_field as on_replica
from erp_desktop.app.customers import save_customer
from erp_desktop.kernel.crm.profile import Address, Channel
from erp_desktop.kernel.errors import NotFound, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.sync.runner import synchronize
from sync_server.db.engine import unit_of_work
from sync_server.db.mergers.profiles import customers_tagged as server_tagged
from sync_server.db.mergers.profiles import customers_with_custom_field
from tests.builders import Branch
from tests.server.crm_world import later, two_sites


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Engine, Branch, Branch]]:
    with two_sites(tmp_path) as sites:
        yield sites


def test_a_profile_edited_at_two_sites_offline_keeps_both_edits(
    world: tuple[Engine, Branch, Branch],
) -> None:
    engine, alger, oran = world
    customer, _ = save_customer(alger.deps, alger.actor("cashier"), None, name="Sarl Atlas")
    save_profile(
        alger.deps,
        alger.actor("cashier"),
        customer.id,
        kind="business",
        phones=["0551 23 45 67", "021 23 45 67", "+213 551 234 567"],
        addresses=[Address("siège", "12 rue Didouche Mourad", "Alger", "DZ", "16000")],
        custom={"loyalty_card": "A-1002", "birthday": date(1980, 5, 4), "vip": True},
    )
    synchronize(alger.deps)
    synchronize(oran.deps)
    # Offline: Alger tags the customer, Oran sets their language and a phone list.
    later(alger, 1)
    save_profile(alger.deps, alger.actor("cashier"), customer.id, tags=["Grossiste", "VIP "])
    later(oran, 2)
    save_profile(
        oran.deps, oran.actor("cashier"), customer.id, language="ar", phones=["0661 00 11 22"]
    )
    for branch in (oran, alger, oran):
        synchronize(branch.deps)
    for branch in (alger, oran):
        view = customer_profile(branch.deps, branch.actor("cashier"), customer.id)
        assert view.profile.kind == "business"
        assert view.profile.language == "ar"
        assert view.profile.tags == ("grossiste", "vip")
        assert view.profile.phones == ("+213661001122",)  # Oran's newer list won the field
        assert view.profile.addresses[0].city == "Alger"
        assert dict(view.profile.custom) == {
            "loyalty_card": "A-1002",
            "birthday": "1980-05-04",
            "vip": True,
        }
    with unit_of_work(engine, head_office=True) as conn:
        assert customers_with_custom_field(conn, "loyalty_card", "A-1002") == [customer.id]
        assert customers_with_custom_field(conn, "vip", True) == [customer.id]
        assert customers_with_custom_field(conn, "loyalty_card", "A-9999") == []
        assert server_tagged(conn, "grossiste") == [customer.id]
    found = customers_with_custom_field_on(oran, "loyalty_card", "A-1002")
    assert found == [customer.id]
    assert [c.id for c in customers_tagged(oran.deps, oran.actor("cashier"), "VIP")] == [
        customer.id
    ]


def customers_with_custom_field_on(branch: Branch, key: str, value: object) -> list[object]:
    return [c.id for c in on_replica(branch.deps, branch.actor("cashier"), key, value)]


def test_the_custom_field_search_is_answered_by_the_gin_index(
    world: tuple[Engine, Branch, Branch],
) -> None:
    engine, _alger, _oran = world
    with unit_of_work(engine, head_office=True) as conn:
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(
            r[0]
            for r in conn.execute(
                text(
                    "EXPLAIN SELECT id FROM crm.customer_profiles "
                    "WHERE metadata @> CAST(:w AS jsonb)"
                ),
                {"w": '{"loyalty_card": "A-1002"}'},
            )
        )
    assert "ix_customer_profiles_metadata" in plan


def test_a_consent_withdrawn_at_one_branch_refuses_the_campaign_at_the_other(
    world: tuple[Engine, Branch, Branch],
) -> None:
    _engine, alger, oran = world
    cashier = alger.actor("cashier")
    agreed, _ = save_customer(alger.deps, cashier, None, name="Khelifi", phone="0550 00 00 02")
    never, _ = save_customer(alger.deps, cashier, None, name="Mansouri", phone="0550 00 00 03")
    record_consent(alger.deps, cashier, agreed.id, Channel.SMS, True, "till ALG01")
    synchronize(alger.deps)
    synchronize(oran.deps)
    may_contact(oran.deps, oran.actor("cashier"), agreed.id, Channel.SMS)
    later(oran, 10)
    record_consent(oran.deps, oran.actor("cashier"), agreed.id, Channel.SMS, False, "phone call")
    synchronize(oran.deps)
    synchronize(alger.deps)
    with pytest.raises(ValidationError) as refused:
        may_contact(alger.deps, cashier, agreed.id, Channel.SMS)
    assert refused.value.code == "crm.consent_withdrawn"
    plan = plan_campaign(alger.deps, cashier, Channel.SMS, [agreed.id, never.id])
    assert plan.allowed == ()
    assert {(r.customer_id, r.code) for r in plan.refused} == {
        (agreed.id, "crm.consent_withdrawn"),
        (never.id, "crm.no_consent"),
    }
    view = customer_profile(alger.deps, cashier, agreed.id)
    assert [e.given for e in view.consents] == [True, False]  # the history stays as proof
    assert view.consent_by_channel[Channel.SMS] is not None
    assert view.consent_by_channel[Channel.EMAIL] is None


def test_a_profile_or_consent_for_an_unknown_customer_is_refused(
    world: tuple[Engine, Branch, Branch],
) -> None:
    _engine, alger, _oran = world
    cashier = alger.actor("cashier")
    with pytest.raises(NotFound) as unknown:
        save_profile(alger.deps, cashier, new_id(), tags=["x"])
    assert unknown.value.code == "crm.unknown_customer"
    customer, _ = save_customer(alger.deps, cashier, None, name="Ziani")
    with pytest.raises(ValidationError) as bad:
        save_profile(alger.deps, cashier, customer.id, custom={"shoe_size": 42})
    assert bad.value.code == "crm.unknown_metadata_key"
    with pytest.raises(ValidationError) as bad_phone:
        save_profile(alger.deps, cashier, customer.id, phones=["12"])
    assert bad_phone.value.code == "crm.invalid_phone"
