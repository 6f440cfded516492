"""Purchasing and payables (issue 14): suppliers, purchase orders, receiving, supplier
invoices and their three-way match, landed costs, supplier payments and withholding.

Pure rules only (no storage, no sync, no screens): the documents themselves are declared in
kernel.documents.purchase and posted by kernel.documents.purchase_posting.
"""
