"""Customers' profiles and consent events on the replica."""

from __future__ import annotations

from contextlib import suppress
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import func, select, update
from sqlalchemy.dialects.sqlite import insert

from erp_desktop.app.crm.rows import CustomerRow
from erp_desktop.kernel.crm.duplicates import CustomerKeys
from erp_desktop.kernel.crm.profile import (
    Channel,
    ConsentEvent,
    compacted_legal_ids,
    normalize_phone,
)
from erp_desktop.kernel.crm.profile_record import ProfileRecord, record_from
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.storage.repositories.base import RepositoryBase, stamped
from erp_desktop.storage.tables.catalog import customers
from erp_desktop.storage.tables.crm import (
    consent_events,
    customer_merges,
    customer_profiles,
    loyalty_movements,
)
from erp_desktop.storage.tables.org import company

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

    def duplicate_keys(self) -> list[CustomerKeys]:
        country = self.conn.execute(select(company.c.country)).scalar_one()
        merged = select(customer_merges.c.merged_id)
        rows = self.conn.execute(
            select(
                customers.c.id,
                customers.c.name,
                customers.c.name_ar,
                customers.c.phone,
                customers.c.tax_id,
                customers.c.legal_ids,
                customer_profiles.c.phones,
            )
            .outerjoin(customer_profiles, customer_profiles.c.id == customers.c.id)
            .where(customers.c.deleted_at.is_(None), customers.c.id.not_in(merged))
        )
        keys = []
        for cid, name, name_ar, phone, tax_id, legal_ids, phones in rows:
            numbers = list(phones or ())
            if phone:
                # a phone typed badly at the till: the name still counts
                with suppress(ValidationError):
                    numbers.append(normalize_phone(phone, country))
            keys.append(
                CustomerKeys(
                    cid,
                    tuple(n for n in (name, name_ar) if n),
                    tuple(dict.fromkeys(numbers)),
                    compacted_legal_ids(tax_id or "", legal_ids or ""),
                )
            )
        return keys

    def customer_rows(self, text: str, limit: int) -> list[CustomerRow]:
        points = (
            select(loyalty_movements.c.customer_id, func.sum(loyalty_movements.c.points).label("p"))
            .group_by(loyalty_movements.c.customer_id)
            .subquery()
        )
        query = (
            select(
                customers.c.id,
                customers.c.name,
                customers.c.name_ar,
                customers.c.phone,
                customer_profiles.c.kind,
                customer_profiles.c.tags,
                points.c.p,
            )
            .outerjoin(customer_profiles, customer_profiles.c.id == customers.c.id)
            .outerjoin(points, points.c.customer_id == customers.c.id)
            .where(
                customers.c.deleted_at.is_(None),
                customers.c.id.not_in(select(customer_merges.c.merged_id)),
            )
            .order_by(customers.c.name)
            .limit(limit)
        )
        needle = text.strip()
        if needle:
            like = f"%{needle}%"
            condition = customers.c.name.ilike(like) | customers.c.name_ar.like(like)
            digits = "".join(ch for ch in needle if ch.isdigit())
            if digits:
                condition = condition | func.replace(customers.c.phone, " ", "").like(f"%{digits}%")
            query = query.where(condition)
        return [
            CustomerRow(
                r[0], r[1], r[2], r[3], r[4] or "individual", tuple(r[5] or ()), int(r[6] or 0)
            )
            for r in self.conn.execute(query)
        ]

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
