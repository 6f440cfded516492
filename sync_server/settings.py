"""Settings of the sync server, from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str
    pool_size: int = 5
    # For a login role that may not read the key itself (see docs/operations.md).
    head_office_key: str | None = None
    # A hot standby for company-wide reports, and how far behind it may replay (seconds).
    reports_database_url: str | None = None
    reports_max_lag_seconds: float = 30.0
    # The till's lane (services.merge_lane): big merges at once per worker, how many
    # changes make a push big, and how long a big push waits for a place before a 503.
    max_big_merges: int = 2
    big_merge_changes: int = 50
    big_merge_wait_seconds: float = 2.0

    @classmethod
    def from_environment(cls) -> Settings:
        url = os.environ.get("DATABASE_URL")
        if not url:
            raise RuntimeError("DATABASE_URL is not set (postgresql://user@host:port/database)")
        return cls(
            url,
            int(os.environ.get("ERP_DB_POOL_SIZE", "5")),
            os.environ.get("ERP_HEAD_OFFICE_KEY") or None,
            os.environ.get("ERP_REPORTS_DATABASE_URL") or None,
            float(os.environ.get("ERP_REPORTS_MAX_LAG_SECONDS", "30")),
            max_big_merges=int(os.environ.get("ERP_MAX_BIG_MERGES", "2")),
            big_merge_changes=int(os.environ.get("ERP_BIG_MERGE_CHANGES", "50")),
            big_merge_wait_seconds=float(os.environ.get("ERP_BIG_MERGE_WAIT_SECONDS", "2")),
        )
