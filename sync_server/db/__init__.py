"""PostgreSQL: one schema per module, tables, triggers, row-level security, migrations."""
