"""Receivables: customers' payments on account, their cheques and traites, refunds of credit,
open items, aged balance, statements, reminders and period-end revaluation (issue 13)."""
