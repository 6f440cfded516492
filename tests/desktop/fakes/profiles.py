"""The fake of the profiles repository (app/ports/profiles.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from erp_desktop.app.crm.rows import CustomerRow
from erp_desktop.kernel.crm.duplicates import CustomerKeys
from erp_desktop.kernel.crm.profile import ConsentEvent, compacted_legal_ids
from erp_desktop.kernel.crm.profile_record import ProfileRecord
from tests.desktop.fakes.replica import FakeReplica


class FakeProfiles:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def profile(self, customer_id: UUID) -> ProfileRecord | None:
        return self.db.profiles.get(customer_id)

    def consents_of(self, customer_id: UUID) -> list[ConsentEvent]:
        events = [e for _, c, e in self.db.consents.values() if c == customer_id]
        return sorted(events, key=lambda e: e.at)

    def with_custom_field(self, key: str, value: Any, limit: int) -> list[UUID]:
        return [p.customer_id for p in self.db.profiles.values() if p.custom.get(key) == value][
            :limit
        ]

    def with_tag(self, tag: str, limit: int) -> list[UUID]:
        wanted = tag.strip().lower()
        return [p.customer_id for p in self.db.profiles.values() if wanted in p.tags][:limit]

    def duplicate_keys(self) -> list[CustomerKeys]:
        return [
            CustomerKeys(
                c.id,
                tuple(n for n in (c.name, c.name_ar) if n),
                tuple(self.db.profiles[c.id].phones) if c.id in self.db.profiles else (),
                compacted_legal_ids(c.tax_id, c.legal_ids),
            )
            for c in self.db.customers.values()
            if c.id not in self.db.merges
        ]

    def customer_rows(self, text: str, limit: int) -> list[CustomerRow]:
        needle = text.strip().casefold()
        rows = []
        for c in sorted(self.db.customers.values(), key=lambda c: c.name):
            if c.id in self.db.merges:
                continue
            if needle and needle not in c.name.casefold() and needle not in c.name_ar:
                continue
            profile = self.db.profiles.get(c.id)
            points = sum(
                m.points for m in self.db.point_movements.values() if m.customer_id == c.id
            )
            rows.append(
                CustomerRow(
                    c.id,
                    c.name,
                    c.name_ar,
                    c.phone,
                    profile.kind if profile else "individual",
                    profile.tags if profile else (),
                    points,
                )
            )
        return rows[:limit]

    def save_profile(self, record: ProfileRecord, now: datetime) -> None:
        self.db.profiles[record.customer_id] = record

    def add_consent(
        self, event_id: UUID, customer_id: UUID, event: ConsentEvent, site: str, now: datetime
    ) -> bool:
        if event_id in self.db.consents:
            return False
        self.db.consents[event_id] = (site, customer_id, event)
        return True
