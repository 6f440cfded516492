"""Purchasing and payables (issue 14): head office's suppliers, purchase orders, receiving
against them, supplier invoices with the three-way match, and supplier payments."""
