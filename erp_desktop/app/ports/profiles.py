"""Customers' CRM profiles (beside the customer, same id) and their consent events."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol
from uuid import UUID

from erp_desktop.app.crm.rows import CustomerRow
from erp_desktop.kernel.crm.duplicates import CustomerKeys
from erp_desktop.kernel.crm.profile import ConsentEvent
from erp_desktop.kernel.crm.profile_record import ProfileRecord


class ProfilesReads(Protocol):
    def profile(self, customer_id: UUID) -> ProfileRecord | None: ...
    def consents_of(self, customer_id: UUID) -> list[ConsentEvent]: ...
    def with_custom_field(self, key: str, value: Any, limit: int) -> list[UUID]:
        """The customers whose custom field ``key`` holds ``value``."""
        ...

    def with_tag(self, tag: str, limit: int) -> list[UUID]: ...
    def duplicate_keys(self) -> list[CustomerKeys]:
        """Every customer's names, phones (E.164) and legal ids, for the duplicate finder."""
        ...

    def customer_rows(self, text: str, limit: int) -> list[CustomerRow]:
        """The customer list: by name, Arabic name or phone (all when ``text`` is empty)."""
        ...


class ProfilesRepository(ProfilesReads, Protocol):
    def save_profile(self, record: ProfileRecord, now: datetime) -> None: ...
    def add_consent(
        self, event_id: UUID, customer_id: UUID, event: ConsentEvent, site: str, now: datetime
    ) -> bool: ...
