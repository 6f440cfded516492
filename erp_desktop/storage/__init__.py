"""The branch replica: SQLite tables, repositories, unit of work, outbox, audit, migrations."""
