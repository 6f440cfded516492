"""Invoicing use cases beyond the till: Tunisia's daily global invoice of tickets."""
