"""A realistic demo replica built through the same business rules as real work."""
