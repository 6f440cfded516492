"""Monthly partitions of the tables that grow without end (stock movements, journal
lines, the audit log): kept ready two years ahead each time the database is migrated."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, text

PARTITIONED = ("inventory.stock_movements", "accounting.journal_lines", "audit.log")


def months_ahead(today: date, months: int) -> date:
    """The first day of the month ``months`` after ``today``'s."""
    index = today.year * 12 + today.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def make_partitions(conn: Connection, today: date, months: int = 24) -> int:
    """Creates the missing monthly partitions from this month to ``months`` ahead; returns
    how many were made (none once they exist)."""
    first = date(today.year, today.month, 1)
    last = months_ahead(today, months)
    return sum(
        int(
            conn.execute(
                text(
                    "SELECT coalesce(sum(sync.add_month_partitions(c.oid, :first, :last)), 0) "
                    "FROM pg_class c WHERE c.oid = to_regclass(:t) AND c.relkind = 'p'"
                ),
                {"t": table, "first": first, "last": last},
            ).scalar_one()
        )
        for table in PARTITIONED  # those partitioned at this revision
    )
