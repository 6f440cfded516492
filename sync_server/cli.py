"""erp-sync-server: migrate, serve, enroll branches and devices, import, reconcile."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print("erp-sync-server: the sync server lands with issue 3", file=sys.stderr)
    return 2
