"""Company-wide receivables read from what every site pushed: each invoice's open amount
(its total less its credit notes and the allocations of payments not bounced, wherever they
were received), aged by due line, and a customer's statement across branches."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

_BRANCH = "(CAST(:branch AS uuid) IS NULL OR d.branch_id = CAST(:branch AS uuid))"

# What is on account: final invoices, and till tickets that left part of their total on a
# customer's account (``on_account`` payments, one per due date, the date in their reference),
# as the replica counts them (erp_desktop storage.repositories.receivables).
_ON_ACCOUNT = """
    SELECT branch_id, id, customer_id, currency, total_minor, issued_at
    FROM sales.business_documents
    WHERE kind = 'customer_invoice' AND status = 'final' AND ticket_id IS NULL
    UNION ALL
    SELECT s.branch_id, s.id, s.customer_id, s.currency, SUM(p.amount_minor) - COALESCE((
        SELECT SUM(r.amount_minor) FROM sales.documents c JOIN sales.payments r
        ON r.document_id = c.id WHERE c.original_id = s.id AND c.kind = 'credit_note'
        AND r.tender = 'on_account' AND r.reference <> 'credit' AND c.issued_at < :until), 0),
        s.issued_at
    FROM sales.documents s JOIN sales.payments p ON p.document_id = s.id
    WHERE p.tender = 'on_account' AND s.customer_id IS NOT NULL AND s.kind <> 'credit_note'
    GROUP BY s.branch_id, s.id"""
# A return's credit note credits the ticket's due dates back (its ``on_account`` payments
# name the date; ``credit`` is the customer's unallocated credit): due lines net of them.
_DUE_LINES = """
    SELECT branch_id, document_id, due_on, amount_minor, id FROM sales.business_due_lines
    UNION ALL
    SELECT t.branch_id, t.document_id, CAST(t.reference AS date), t.amount_minor - COALESCE((
        SELECT SUM(r.amount_minor) FROM sales.documents c JOIN sales.payments r
        ON r.document_id = c.id WHERE c.original_id = t.document_id
        AND c.kind = 'credit_note' AND r.tender = 'on_account' AND r.reference = t.reference
        AND c.issued_at < :until), 0), t.id
    FROM sales.payments t JOIN sales.documents k ON k.id = t.document_id
    WHERE t.tender = 'on_account' AND k.kind <> 'credit_note'"""

_AGED = f"""
WITH credited AS (
    SELECT related_id AS invoice_id, SUM(total_minor) AS minor FROM sales.business_documents
    WHERE kind = 'customer_credit_note' AND status <> 'cancelled' AND issued_at < :until
    GROUP BY related_id
), allocated AS (
    SELECT a.invoice_id, SUM(a.amount_minor) AS minor
    FROM sales.payment_allocations a
    JOIN sales.customer_payments p ON p.branch_id = a.branch_id AND p.id = a.payment_id
    WHERE p.received_at < :until AND NOT EXISTS (
        SELECT 1 FROM sales.instrument_events e WHERE e.payment_id = p.id
        AND e.kind = 'instrument_bounced' AND e.happened_at < :until)
    GROUP BY a.invoice_id
), still_open AS (
    SELECT d.branch_id, d.id, d.customer_id, d.currency, d.total_minor,
           d.total_minor - COALESCE(c.minor, 0) - COALESCE(a.minor, 0) AS open_minor
    FROM ({_ON_ACCOUNT}) d
    LEFT JOIN credited c ON c.invoice_id = d.id
    LEFT JOIN allocated a ON a.invoice_id = d.id
    WHERE d.issued_at < :until AND {_BRANCH}
), due AS (
    SELECT o.customer_id, o.currency, l.due_on,
           GREATEST(0, LEAST(l.amount_minor, SUM(l.amount_minor) OVER (
               PARTITION BY l.branch_id, l.document_id ORDER BY l.due_on, l.id)
               - (o.total_minor - o.open_minor))) AS part
    FROM still_open o
    JOIN ({_DUE_LINES}) l ON l.branch_id = o.branch_id AND l.document_id = o.id
    WHERE o.open_minor > 0
)
SELECT d.customer_id, c.name, d.currency,
       SUM(d.part) FILTER (WHERE CAST(:as_of AS date) - d.due_on <= 0),
       SUM(d.part) FILTER (WHERE CAST(:as_of AS date) - d.due_on BETWEEN 1 AND 30),
       SUM(d.part) FILTER (WHERE CAST(:as_of AS date) - d.due_on BETWEEN 31 AND 60),
       SUM(d.part) FILTER (WHERE CAST(:as_of AS date) - d.due_on BETWEEN 61 AND 90),
       SUM(d.part) FILTER (WHERE CAST(:as_of AS date) - d.due_on > 90)
FROM due d JOIN crm.customers c ON c.id = d.customer_id
WHERE d.part > 0
GROUP BY d.customer_id, c.name, d.currency
ORDER BY c.name, d.currency
"""


def aged(
    conn: Connection, as_of: date, until: datetime, branch: UUID | None
) -> list[tuple[UUID, str, str, tuple[int, ...]]]:
    """(customer, name, currency, minor units by bucket) of what is open at ``until``.

    The policies read the scope once per statement (migration 0031), so the planner sees
    the tables' sizes and picks hash joins itself (it nested loops, 41 s over 20,000
    invoices, while they called a function per row)."""
    rows = conn.execute(text(_AGED), {"as_of": as_of, "until": until, "branch": branch})
    return [(r[0], r[1], r[2], tuple(int(v or 0) for v in r[3:8])) for r in rows]


_STATEMENT = """
SELECT d.issued_at, d.kind, d.number, d.currency,
       CASE WHEN d.kind = 'customer_invoice' THEN d.total_minor ELSE 0 END,
       CASE WHEN d.kind = 'customer_credit_note' THEN d.total_minor ELSE 0 END
FROM sales.business_documents d
WHERE d.customer_id = :customer AND d.ticket_id IS NULL AND d.status = 'final'
  AND d.kind IN ('customer_invoice', 'customer_credit_note') AND d.issued_at < :end
UNION ALL
SELECT s.issued_at, 'ticket_on_account', s.number, s.currency, SUM(p.amount_minor), 0
FROM sales.documents s JOIN sales.payments p ON p.document_id = s.id
WHERE s.customer_id = :customer AND p.tender = 'on_account' AND s.issued_at < :end
  AND s.kind <> 'credit_note'
GROUP BY s.id, s.issued_at, s.number, s.currency
UNION ALL
SELECT s.issued_at, 'return_on_account', s.number, s.currency, 0, SUM(p.amount_minor)
FROM sales.documents s JOIN sales.payments p ON p.document_id = s.id
WHERE s.customer_id = :customer AND p.tender = 'on_account' AND s.issued_at < :end
  AND s.kind = 'credit_note'
GROUP BY s.id, s.issued_at, s.number, s.currency
UNION ALL
SELECT p.received_at, p.kind, p.number, p.currency,
       CASE WHEN p.kind = 'customer_refund' THEN p.amount_minor ELSE 0 END,
       CASE WHEN p.kind = 'customer_payment' THEN p.amount_minor ELSE 0 END
FROM sales.customer_payments p WHERE p.customer_id = :customer AND p.received_at < :end
  AND p.kind IN ('customer_payment', 'customer_refund')
UNION ALL
SELECT e.happened_at, e.kind, e.number, p.currency, p.amount_minor, 0
FROM sales.instrument_events e
JOIN sales.customer_payments p ON p.branch_id = e.branch_id AND p.id = e.payment_id
WHERE p.customer_id = :customer AND e.kind = 'instrument_bounced' AND e.happened_at < :end
ORDER BY 1, 3
"""


def statement(conn: Connection, customer: UUID, end: datetime) -> list[tuple[Any, ...]]:
    """(at, kind, number, currency, debit, credit) of every movement before ``end``."""
    rows = conn.execute(text(_STATEMENT), {"customer": customer, "end": end})
    return [(r[0], r[1], r[2], r[3], int(r[4]), int(r[5])) for r in rows]


_OVER_ALLOCATED = """
WITH credited AS (
    SELECT related_id AS invoice_id, SUM(total_minor) AS minor FROM sales.business_documents
    WHERE kind = 'customer_credit_note' AND status <> 'cancelled' GROUP BY related_id
), allocated AS (
    SELECT a.invoice_id, SUM(a.amount_minor) AS minor FROM sales.payment_allocations a
    LEFT JOIN (SELECT DISTINCT payment_id FROM sales.instrument_events
               WHERE kind = 'instrument_bounced') e ON e.payment_id = a.payment_id
    WHERE e.payment_id IS NULL
    GROUP BY a.invoice_id
)
SELECT b.code, d.number, d.currency,
       d.total_minor - COALESCE(c.minor, 0) - COALESCE(a.minor, 0) AS open_minor
FROM sales.business_documents d
JOIN auth.branches b ON b.id = d.branch_id
LEFT JOIN credited c ON c.invoice_id = d.id
LEFT JOIN allocated a ON a.invoice_id = d.id
WHERE d.kind = 'customer_invoice' AND d.status = 'final'
"""


def over_allocated(conn: Connection) -> list[tuple[str, str, str, int]]:
    """(branch, invoice, currency, minor units paid beyond it) of each invoice that sites
    settled more than once between two syncs (a transfer at Oran, a cheque at Alger)."""
    rows = conn.execute(
        text(f"SELECT * FROM ({_OVER_ALLOCATED}) o WHERE o.open_minor < 0 ORDER BY 1, 2")
    )
    return [(r[0], r[1], r[2], -int(r[3])) for r in rows]
