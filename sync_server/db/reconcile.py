"""The figures the nightly reconciliation compares, read with head-office scope."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, text


def unbalanced_entries(conn: Connection) -> list[tuple[str, str, int]]:
    rows = conn.execute(
        text(
            "SELECT e.source_number, e.id::text, sum(CASE WHEN l.side = 'debit' THEN l.amount_minor "
            "ELSE -l.amount_minor END) AS difference FROM accounting.journal_entries e "
            "JOIN accounting.journal_lines l ON l.entry_id = e.id GROUP BY e.id, e.source_number "
            "HAVING sum(CASE WHEN l.side = 'debit' THEN l.amount_minor ELSE -l.amount_minor END) <> 0"
        )
    )
    return [(r[0], r[1], int(r[2])) for r in rows]


def ledger_totals(conn: Connection) -> tuple[int, int]:
    row = conn.execute(
        text(
            "SELECT coalesce(sum(amount_minor) FILTER (WHERE side = 'debit'), 0), "
            "coalesce(sum(amount_minor) FILTER (WHERE side = 'credit'), 0) FROM accounting.journal_lines"
        )
    ).one()
    return int(row[0]), int(row[1])


def account_balance(conn: Connection, account: str) -> dict[str, int]:
    """Debit minus credit of ``account`` per branch code."""
    rows = conn.execute(
        text(
            "SELECT b.code, sum(CASE WHEN l.side = 'debit' THEN l.amount_minor ELSE -l.amount_minor END) "
            "FROM accounting.journal_lines l JOIN auth.branches b ON b.id = l.branch_id "
            "WHERE l.account_code = :a GROUP BY b.code"
        ),
        {"a": account},
    )
    return {r[0]: int(r[1]) for r in rows}


def day_totals_unlike_lines(conn: Connection) -> list[tuple[str, str, str, int, int, int, int]]:
    """(branch code, day, account, totals' debit and credit, lines' debit and credit) where
    the day totals (0031, derived) differ from the journal lines they stand for."""
    rows = conn.execute(
        text(
            "WITH lines AS (SELECT branch_id, entry_date, account_code, "
            "coalesce(sum(amount_minor) FILTER (WHERE side = 'debit'), 0) AS debit, "
            "coalesce(sum(amount_minor) FILTER (WHERE side = 'credit'), 0) AS credit "
            "FROM accounting.journal_lines GROUP BY 1, 2, 3), "
            "totals AS (SELECT branch_id, entry_date, account_code, sum(debit_minor) AS debit, "
            "sum(credit_minor) AS credit FROM accounting.ledger_day_totals GROUP BY 1, 2, 3) "
            "SELECT b.code, to_char(entry_date, 'YYYY-MM-DD'), account_code, "
            "coalesce(t.debit, 0), coalesce(t.credit, 0), coalesce(l.debit, 0), "
            "coalesce(l.credit, 0) FROM lines l FULL JOIN totals t "
            "USING (branch_id, entry_date, account_code) "
            "JOIN auth.branches b ON b.id = branch_id "
            "WHERE t.debit IS DISTINCT FROM l.debit OR t.credit IS DISTINCT FROM l.credit "
            "ORDER BY 1, 2, 3"
        )
    )
    return [(r[0], r[1], r[2], int(r[3]), int(r[4]), int(r[5]), int(r[6])) for r in rows]


def stock_valuation(conn: Connection, minor_digits: int) -> dict[str, int]:
    """Value of the stock per branch code: each document's movements at their unit costs,
    rounded per document as its posting was (minor units)."""
    rows = conn.execute(
        text(
            "SELECT code, sum(value) FROM (SELECT b.code, round(sum(m.quantity_milli * m.unit_cost) "
            "* power(10, :digits) / 1000) AS value FROM inventory.stock_movements m "
            "JOIN auth.branches b ON b.id = m.branch_id GROUP BY b.code, m.document_id) AS documents "
            "GROUP BY code"
        ),
        {"digits": minor_digits},
    )
    return {r[0]: int(r[1]) for r in rows}


def open_alerts(conn: Connection) -> list[tuple[str, str, Mapping[str, Any]]]:
    rows = conn.execute(
        text(
            "SELECT b.code, a.kind, a.params FROM sync.alerts a JOIN auth.branches b ON b.id = a.branch_id "
            "ORDER BY a.created_at"
        )
    )
    return [(r[0], r[1], r[2]) for r in rows]
