"""The wizard of a shop that runs alone (the first-run dialog's third way)."""
