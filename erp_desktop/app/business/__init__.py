"""Selling to business customers: quotes, sales orders, delivery notes, invoices on account,
credit notes, and the business customer's profile (issue 13, its documents)."""
