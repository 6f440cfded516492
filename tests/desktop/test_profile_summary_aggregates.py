"""The profile page's summary comes from the replica's aggregates: it must say exactly what
the kernel folds from every document (purchases, spent, returned, last visit and branch,
branches, open balance with partial and over-payments, another currency left out), and its
timeline of the newest documents must be the full history's."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from uuid import UUID

from erp_desktop.app.crm.history import history_from, recent_history
from erp_desktop.kernel.crm.timeline import CustomerDocument
from erp_desktop.kernel.ids import new_id
from tests.builders import START, Branch
from tests.desktop.test_business_documents import business_customer


def _documents(customer: UUID, rng: random.Random) -> list[CustomerDocument]:
    at = datetime(2025, 1, 1, 9, tzinfo=UTC)
    made: list[CustomerDocument] = []
    for n in range(400):
        at += timedelta(hours=rng.randint(1, 40))
        site = rng.choice(("ALG01", "ORN01", "HO"))
        kind = rng.choice(("sale", "sale", "sale", "return", "invoice", "payment"))
        currency = "EUR" if n % 37 == 0 else "DZD"
        amount = rng.randint(1, 500_000)
        due = amount if kind == "invoice" or (kind == "sale" and n % 9 == 0) else 0
        owing = [d for d in made if d.due_minor and d.currency == currency]
        applies = rng.choice(owing).id if kind == "payment" and owing and n % 5 else None
        made.append(
            CustomerDocument(
                new_id(), customer, kind, f"N{n:04d}", at, site, amount, currency, due, applies
            )
        )
    # the same instant twice: the newest is decided by the id, as the kernel does
    twin = made[-1]
    made.append(
        CustomerDocument(new_id(), customer, "sale", "N-TWIN", twin.at, "ORN01", 100, "DZD", 0)
    )
    return made


def test_the_aggregated_summary_and_recent_timeline_equal_the_full_fold(branch: Branch) -> None:
    customer = business_customer(branch)
    documents = _documents(customer, random.Random(5))
    with branch.deps.store.transaction(None) as tx:
        assert tx.history.add_documents(documents, START) == len(documents)
    with branch.deps.store.read() as tx:
        full = history_from(tx, customer, 50)
        recent = recent_history(tx, customer, 50)
        empty = tx.history.summary_of([new_id()], "DZD")
    assert recent.summary == full.summary
    assert full.summary.open_balance.to_minor() > 0 and full.summary.returned.to_minor() > 0
    assert recent.entries == full.entries and len(recent.entries) == 50
    assert (empty.count, empty.last_visit, empty.open_balance.to_minor()) == (0, None, 0)
