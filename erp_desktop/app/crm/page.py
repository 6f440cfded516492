"""Everything the customer's profile screen shows, read in one go on the worker: the
profile and consent, the history summary and timeline, the loyalty account, the
interactions and the opportunities (``benchmarks/bench_customer_profile.py`` times it).
The summary comes from the replica's aggregates and the timeline from the newest
documents (``recent_history``): the page reads no more rows for a regular of ten years
than for one of a month, but their points (the loyalty replay needs every lot)."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.crm.history import CustomerHistory, recent_history
from erp_desktop.app.crm.loyalty import LoyaltyAccount, account_of
from erp_desktop.app.crm.profiles import CustomerProfileView, known_customer, profile_of
from erp_desktop.app.deps import Deps
from erp_desktop.kernel.crm.interactions import Interaction, Opportunity
from erp_desktop.kernel.crm.profile import Channel, consent_on
from erp_desktop.kernel.permissions import Permission


@dataclass(frozen=True, slots=True)
class CustomerPage:
    view: CustomerProfileView
    history: CustomerHistory
    loyalty: LoyaltyAccount
    interactions: tuple[Interaction, ...]
    opportunities: tuple[Opportunity, ...]


def customer_page(deps: Deps, actor: Actor, customer_id: UUID, limit: int = 200) -> CustomerPage:
    actor.require(Permission.CRM_CUSTOMER_VIEW)
    with deps.store.read() as tx:
        customer = known_customer(tx, customer_id)
        consents = tuple(tx.profiles.consents_of(customer_id))
        view = CustomerProfileView(
            customer,
            profile_of(tx, customer_id),
            consents,
            {c: consent_on(consents, c) for c in Channel},
        )
        # each read once: the movements for the timeline and the account, the
        # interactions for the timeline and their tab
        movements = tx.loyalty.movements_of(customer_id)
        interactions = tuple(tx.interactions.interactions_of(customer_id))
        return CustomerPage(
            view,
            recent_history(
                tx, customer_id, limit, {customer_id: movements}, {customer_id: interactions}
            ),
            account_of(tx, customer_id, deps.now(), movements),
            interactions,
            tuple(tx.pipeline.opportunities(customer_id)),
        )
