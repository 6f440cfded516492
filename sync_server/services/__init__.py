"""Merge, posting, reconciliation and reports; business rules come from erp_desktop.kernel."""
