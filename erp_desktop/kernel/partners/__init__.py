"""Business customers: their legal identifiers per country, terms and credit limit (issue 13)."""
