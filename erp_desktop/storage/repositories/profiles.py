"""Customers' profiles and consent events on the replica."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import func, select, update
from sqlalchemy.dialects.sqlite import insert

from erp_desktop.kernel.crm.profile import Channel, ConsentEvent
from erp_desktop.kernel.crm.profile_record import ProfileRecord, record_from
from erp_desktop.storage.repositories.base import RepositoryBase, stamped
from erp_desktop.storage.tables.crm import consent_events, customer_profiles

_VALUE_COLUMNS = ("kind", "language", "phones", "emails", "addresses", "tags", "segments", "custom")


class ProfilesRepository(RepositoryBase):
    def profile(self, customer_id: UUID) -> ProfileRecord | None:
        row = (
            self.conn.execute(
                select(customer_profiles).where(customer_profiles.c.id == customer_id)
            )
            .mappings()
            .first()
        )
        if row is None:
            return None
        return record_from(customer_id, {c: row[c] for c in _VALUE_COLUMNS}, row["field_clocks"])

    def consents_of(self, customer_id: UUID) -> list[ConsentEvent]:
        t = consent_events
        rows = self.conn.execute(
            select(t.c.channel, t.c.decision, t.c.at, t.c.source)
            .where(t.c.customer_id == customer_id)
            .order_by(t.c.at, t.c.id)
        )
        return [ConsentEvent(Channel(r[0]), r[1] == "given", r[2], r[3]) for r in rows]

    def with_custom_field(self, key: str, value: Any, limit: int) -> list[UUID]:
        t = customer_profiles
        extracted = func.json_extract(t.c.custom, f"$.{key}")
        wanted = (1 if value else 0) if isinstance(value, bool) else value
        rows = self.conn.execute(select(t.c.id).where(extracted == wanted).limit(limit))
        return [r[0] for r in rows]

    def with_tag(self, tag: str, limit: int) -> list[UUID]:
        t = customer_profiles
        each = func.json_each(t.c.tags).table_valued("value").alias("tag")
        rows = self.conn.execute(
            select(t.c.id)
            .select_from(t)
            .join(each, each.c.value == tag.strip().lower())
            .limit(limit)
        )
        return [r[0] for r in rows]

    def save_profile(self, record: ProfileRecord, now: datetime) -> None:
        values = {**record.values(), "field_clocks": dict(record.field_clocks)}
        done = self.conn.execute(
            update(customer_profiles)
            .where(customer_profiles.c.id == record.customer_id)
            .values(**values, updated_at=now)
        )
        if done.rowcount == 0:
            self.conn.execute(
                customer_profiles.insert(), stamped(now, id=record.customer_id, **values)
            )

    def add_consent(
        self, event_id: UUID, customer_id: UUID, event: ConsentEvent, site: str, now: datetime
    ) -> bool:
        done = self.conn.execute(
            insert(consent_events).on_conflict_do_nothing(index_elements=["id"]),
            stamped(
                now,
                id=event_id,
                customer_id=customer_id,
                channel=str(event.channel),
                decision="given" if event.given else "withdrawn",
                at=event.at,
                source=event.source,
                site=site,
            ),
        )
        return bool(done.rowcount)
