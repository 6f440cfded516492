"""Invoicing rules that are not a single sale: Tunisia's daily global invoice of tickets."""
