"""Alembic environment of the sync server: runs on the connection given by db/migrate.py."""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None)
with context.begin_transaction():
    context.run_migrations()
