"""Alembic migrations of the replica (configured in code; no alembic.ini at run time)."""
