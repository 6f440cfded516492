"""Amounts in words, as invoices in the Maghreb state them: in French and in Arabic, with the
currency's main unit and subunit (dinars et centimes, dirhams et centimes, dinars et millimes)."""

from erp_desktop.kernel.amount_words.currencies import amount_in_words

__all__ = ["amount_in_words"]
