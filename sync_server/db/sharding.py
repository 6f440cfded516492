"""Which server table is which when the database is sharded by branch on Citus
(docs/scaling.md), the one place that says it; tests/server/test_sharding_ready.py checks
the live schema against it.

- ``BRANCH_OWNED``: written by one branch's pushes, each row its branch's: distributed by
  ``branch_id``, co-located (every primary and unique key holds ``branch_id``, and so does
  every foreign key between two of them).
- ``REFERENCE``: owned by head office (the catalog, the chart, users, customers, HR, ...):
  reference tables, copied whole on every node; none of their foreign keys leans on a
  branch-owned table.
- ``COORDINATOR``: left as local tables on the coordinator: the commit-ordered change feed
  (one order over the company), the scope of the transactions, the company's own audit
  rows (those of no branch).
- ``NOT_YET``: branch-owned tables whose keys are not ready yet, each with what stops it;
  the test checks that each of them still fails, so the list cannot go stale. Empty since
  0036 readied the audit log and the stock documents.
"""

from __future__ import annotations

BRANCH_OWNED = (
    "accounting.journal_entries",
    "accounting.journal_lines",
    "accounting.ledger_day_totals",
    "audit.log",
    "crm.consent_events",
    "crm.customer_documents",
    "crm.loyalty_movements",
    "hr.attendance",
    "hr.leave_requests",
    "inventory.stock_documents",
    "inventory.stock_levels",
    "inventory.stock_movements",
    "purchasing.purchase_orders",
    "purchasing.purchase_receipts",
    "purchasing.supplier_returns",
    "sales.business_documents",
    "sales.business_due_lines",
    "sales.business_lines",
    "sales.cash_sessions",
    "sales.customer_payments",
    "sales.documents",
    "sales.global_invoices",
    "sales.instrument_events",
    "sales.payment_allocations",
    "sales.payments",
    "sync.alerts",
    "sync.batches",
    "sync.snapshots",  # a new branch's bootstrap, prepared for that branch
)

REFERENCE = (
    "accounting.accounts",
    "accounting.closed_periods",
    "accounting.exchange_rates",
    "accounting.tax_catalogs",
    "auth.branches",
    "auth.company",
    "auth.devices",
    "auth.join_invitations",
    "auth.payslip_proofs",  # a user's wrong passwords at a branch PC (own payslips)
    "auth.registers",
    "auth.users",
    "crm.customer_merges",
    "crm.customer_profiles",
    "crm.customers",
    "crm.interactions",
    "crm.opportunities",
    "crm.settings",
    "hr.contract_terms",
    "hr.contracts",
    "hr.employee_family",
    "hr.employees",
    "hr.payroll_month_items",
    "hr.payroll_runs",
    "hr.payslips",
    "hr.record_history",
    "hr.shifts",
    "hr.staff",
    "inventory.categories",
    "inventory.product_barcodes",
    "inventory.product_images",
    "inventory.products",
    "inventory.warehouses",
    "purchasing.supplier_invoices",
    "purchasing.supplier_payments",
    "purchasing.suppliers",
)

COORDINATOR = (
    "accounting.entries_to_check",  # emptied at each commit by the balanced-entry check
    "audit.company_log",  # audit rows of transactions with no branch (0036)
    "public.alembic_version",
    "scope.current",
    "scope.head_office_key",
    "sync.change_log",
    "sync.change_positions",
    "sync.outbox",  # work after commit, claimed by any worker with SKIP LOCKED
)

NOT_YET: dict[str, str] = {}
