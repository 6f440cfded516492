"""The branch's wall calendar: documents, numbering and tax rules follow the local date."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

TIMEZONES = {"DZ": "Africa/Algiers", "MA": "Africa/Casablanca", "TN": "Africa/Tunis"}


def zone_of(country: str) -> ZoneInfo:
    return ZoneInfo(TIMEZONES.get(country, "UTC"))


def business_date(country: str, moment: datetime) -> date:
    """The date on the wall calendar of a branch in ``country`` at ``moment``."""
    return moment.astimezone(zone_of(country)).date()
