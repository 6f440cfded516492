"""Two sites of one company for the CRM tests, ALG01 and ORN01, over a real server on
PostgreSQL and real HTTP; the loyalty programme and the shop's custom fields set in both."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from uuid import UUID

from sqlalchemy import Engine

from erp_desktop.app.reactions import subscribe_reactions
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.crm.profile_record import CUSTOM_FIELDS_SETTING
from erp_desktop.kernel.crm.program import PROGRAM_SETTING
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server.db.engine import make_engine
from sync_server.services import headoffice
from tests.builders import Branch, build_branch
from tests.pg import migrated_database
from tests.server.helpers import head_office_for, register_users, running_server

# One point per 100 DZD spent, a point worth 1 DZD, at least 10 at a time.
PROGRAM = {
    "expiry_months": 12,
    "earn_rules": [{"valid_from": "2026-01-01", "currency": "DZD", "points": "1", "per": "100"}],
    "campaigns": [],
    "redemption_rules": [
        {
            "valid_from": "2026-01-01",
            "currency": "DZD",
            "value_per_point": "1",
            "minimum_points": 10,
        }
    ],
}
CUSTOM_FIELDS = {"loyalty_card": "str", "birthday": "date", "children": "int", "vip": "bool"}


@contextmanager
def two_sites(folder: Path) -> Iterator[tuple[Engine, Branch, Branch]]:
    with sites(folder, office=False) as (engine, alger, oran, _office):
        yield engine, alger, oran


@contextmanager
def sites(
    folder: Path, office: bool = True
) -> Iterator[tuple[Engine, Branch, Branch, Branch | None]]:
    """ALG01, ORN01 and, with ``office``, head office's own site HO (its replica synced
    once, so it knows it is head office's)."""
    with migrated_database() as url:
        engine = make_engine(url)
        alger = build_branch(folder / "alger")
        oran = build_branch(folder / "oran", "ORN01", ids=alger.ids, user_prefix="oran_")  # type: ignore[attr-defined]
        head_office_for(engine, alger)
        ids = oran.ids  # type: ignore[attr-defined]
        headoffice.add_branch(engine, "ORN01", "Oran", "وهران", ids["orn01"], ids["wh_orn01"])
        headoffice.add_register(engine, "ORN01", "C1", 500, ids["reg_orn01"])
        register_users(engine, oran)
        seat = None
        if office:
            seat = build_branch(folder / "office", "HO", stock=0, ids=alger.ids, user_prefix="ho_")  # type: ignore[attr-defined]
            hq = seat.ids  # type: ignore[attr-defined]
            headoffice.add_head_office(engine, "HO", "Siège Alger", "المقر", hq["ho"], hq["wh_ho"])
            register_users(engine, seat)
        with running_server(url) as base:
            everyone = [(alger, "ALG01"), (oran, "ORN01")] + ([(seat, "HO")] if seat else [])
            for branch, code in everyone:
                _device, token = headoffice.add_device(engine, code, f"till {code}")
                client = SyncClient(base)
                enroll_device(branch.deps, client, token)
                client.close()
                with branch.deps.store.transaction(None) as tx:
                    tx.org.set_setting(PROGRAM_SETTING, PROGRAM, branch.deps.now())
                    tx.org.set_setting(CUSTOM_FIELDS_SETTING, CUSTOM_FIELDS, branch.deps.now())
                subscribe_reactions(branch.deps)
                if code != "HO":
                    open_cash_session(
                        branch.deps, branch.actor("cashier"), Money.of(Decimal(0), "DZD")
                    )
            if seat:
                synchronize(seat.deps)
            yield engine, alger, oran, seat
        for branch in (alger, oran, seat):
            if branch is not None:
                branch.replica.close()
        engine.dispose()


def sell_to(branch: Branch, customer_id: UUID, quantity: int) -> None:
    tender = Tender(TenderKind.CASH, Money.of(Decimal(1_000_000), "DZD"))
    lines = (CartLine(branch.products[0], Decimal(quantity)),)
    checkout(
        branch.deps,
        branch.actor("cashier"),
        CheckoutRequest(lines, (tender,), customer_id=customer_id),
    )


def later(branch: Branch, minutes: int) -> None:
    branch.clock.set(branch.clock.now() + timedelta(minutes=minutes))
