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

    @classmethod
    def from_environment(cls) -> Settings:
        url = os.environ.get("DATABASE_URL")
        if not url:
            raise RuntimeError("DATABASE_URL is not set (postgresql://user@host:port/database)")
        return cls(
            url,
            int(os.environ.get("ERP_DB_POOL_SIZE", "5")),
            os.environ.get("ERP_HEAD_OFFICE_KEY") or None,
        )
