"""Sums for the head-office reports, done by PostgreSQL (head-office scope, optional branch)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from sync_server.db.mergers.sales import COLUMN, PAYMENT_COLUMN

# On the lines' own date (their entry's): a period reads only its months' partitions.
_WHERE = (
    "(CAST(:start AS date) IS NULL OR l.entry_date >= CAST(:start AS date)) "
    "AND (CAST(:end AS date) IS NULL OR l.entry_date <= CAST(:end AS date)) "
    "AND (CAST(:branch AS uuid) IS NULL OR l.branch_id = CAST(:branch AS uuid))"
)


def _params(start: date | None, end: date | None, branch: UUID | None) -> dict[str, Any]:
    return {"start": start, "end": end, "branch": branch}


# Over the day totals (migration 0031), kept by a trigger on the journal lines: a period
# sums a few hundred rows a month, whatever the lines it covers.
_TOTALS_WHERE = (
    "(CAST(:start AS date) IS NULL OR t.entry_date >= CAST(:start AS date)) "
    "AND (CAST(:end AS date) IS NULL OR t.entry_date <= CAST(:end AS date)) "
    "AND (CAST(:branch AS uuid) IS NULL OR t.branch_id = CAST(:branch AS uuid))"
)


def account_totals(
    conn: Connection, start: date | None, end: date | None, branch: UUID | None
) -> dict[str, tuple[int, int]]:
    rows = conn.execute(
        text(
            "SELECT t.account_code, sum(t.debit_minor), sum(t.credit_minor) "
            f"FROM accounting.ledger_day_totals t WHERE {_TOTALS_WHERE} GROUP BY t.account_code"
        ),
        _params(start, end, branch),
    )
    return {r[0]: (int(r[1]), int(r[2])) for r in rows}


def role_rate_totals(
    conn: Connection, start: date | None, end: date | None, branch: UUID | None
) -> dict[tuple[str | None, Decimal | None], tuple[int, int]]:
    rows = conn.execute(
        text(
            "SELECT t.role, t.vat_rate, sum(t.debit_minor), sum(t.credit_minor) "
            f"FROM accounting.ledger_day_totals t WHERE {_TOTALS_WHERE} "
            "GROUP BY t.role, t.vat_rate"
        ),
        _params(start, end, branch),
    )
    return {
        (r[0], r[1].normalize() if r[1] is not None else None): (int(r[2]), int(r[3])) for r in rows
    }


def stock(conn: Connection, branch: UUID | None) -> list[tuple[str, str, str, int]]:
    """(branch code, SKU, product name, quantity in thousandths)."""
    rows = conn.execute(
        text(
            "SELECT b.code, p.sku, p.name, s.quantity_milli FROM inventory.stock_levels s "
            "JOIN auth.branches b ON b.id = s.branch_id JOIN inventory.products p ON p.id = s.product_id "
            "WHERE CAST(:branch AS uuid) IS NULL OR s.branch_id = CAST(:branch AS uuid) ORDER BY b.code, p.sku"
        ),
        {"branch": branch},
    )
    return [(r[0], r[1], r[2], int(r[3])) for r in rows]


# The sales columns by their kernel field's name (kernel.documents.SaleDocument, through
# db.mergers.sales): a renamed field renames them here too.
_D, _P = COLUMN, PAYMENT_COLUMN
_REFUND = f"d.{_D['kind']} = 'credit_note'"
_DAYS = "d.business_date BETWEEN :start AND :end"  # the server's own column
_BRANCH = f"(CAST(:branch AS uuid) IS NULL OR d.{_D['branch_id']} = CAST(:branch AS uuid))"

SALES_GROUPS = {
    "branch": "b.code",
    "day": "to_char(d.business_date, 'YYYY-MM-DD')",
    "cashier": f"coalesce(u.username, d.{_D['cashier_id']}::text)",
}


def sales(
    conn: Connection, start: date, end: date, branch: UUID | None, group: str
) -> list[tuple[str, int, int]]:
    """(group, tickets, total in minor units; credit notes count against) per group."""
    if group == "tender":
        tender = f"p.{_P['tender']}"
        rows = conn.execute(
            text(
                f"SELECT {tender}, count(DISTINCT d.{_D['id']}) FILTER (WHERE NOT {_REFUND}), "
                f"sum(CASE WHEN {_REFUND} THEN -1 ELSE 1 END "
                f"* round(p.{_P['amount']} * p.{_P['rate']})) "
                f"- coalesce(sum(d.{_D['change']}) FILTER (WHERE {tender} = 'cash'), 0) "
                f"FROM sales.payments p JOIN sales.documents d ON d.{_D['id']} = p.document_id "
                f"WHERE {_DAYS} AND {_BRANCH} GROUP BY {tender} ORDER BY {tender}"
            ),
            {"start": start, "end": end, "branch": branch},
        )
        return [(r[0], int(r[1]), int(r[2])) for r in rows]
    key = SALES_GROUPS[group]
    total = f"d.{_D['total']}"
    rows = conn.execute(
        text(
            f"SELECT {key} AS k, count(*) FILTER (WHERE NOT {_REFUND}), "
            f"sum(CASE WHEN {_REFUND} THEN -{total} ELSE {total} END) "
            f"FROM sales.documents d JOIN auth.branches b ON b.id = d.{_D['branch_id']} "
            f"LEFT JOIN auth.users u ON u.id = d.{_D['cashier_id']} "
            f"WHERE {_DAYS} AND {_BRANCH} GROUP BY k ORDER BY k"
        ),
        {"start": start, "end": end, "branch": branch},
    )
    return [(r[0], int(r[1]), int(r[2])) for r in rows]


def ledger_lines(
    conn: Connection, account: str, start: date | None, end: date | None, branch: UUID | None
) -> tuple[int, list[tuple[date, str, str, str, int, int]]]:
    """Opening balance (debit minus credit before ``start``) and the lines of ``account`` in
    the period: (date, entry number, branch code, memo, debit, credit) in date order."""
    opening = conn.execute(
        text(
            "SELECT coalesce(sum(t.debit_minor - t.credit_minor), 0) "
            "FROM accounting.ledger_day_totals t "
            "WHERE t.account_code = :a AND CAST(:start AS date) IS NOT NULL AND t.entry_date < CAST(:start AS date) "
            "AND (CAST(:branch AS uuid) IS NULL OR t.branch_id = CAST(:branch AS uuid))"
        ),
        {"a": account, "start": start, "branch": branch},
    ).scalar_one()
    rows = conn.execute(
        text(
            "SELECT e.entry_date, e.source_number, coalesce(b.code, ''), e.memo, "
            "CASE WHEN l.side = 'debit' THEN l.amount_minor ELSE 0 END, "
            "CASE WHEN l.side = 'credit' THEN l.amount_minor ELSE 0 END FROM accounting.journal_lines l "
            "JOIN accounting.journal_entries e ON e.id = l.entry_id LEFT JOIN auth.branches b ON b.id = l.branch_id "
            f"WHERE l.account_code = :a AND {_WHERE} ORDER BY e.entry_date, e.source_number, l.position"
        ),
        {"a": account, **_params(start, end, branch)},
    )
    return int(opening), [(r[0], r[1], r[2], r[3], int(r[4]), int(r[5])) for r in rows]
