"""erp-desktop: the desktop client's command line (GUI options, demo data, enroll, sync)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print("erp-desktop: the desktop client lands with issue 4", file=sys.stderr)
    return 2
