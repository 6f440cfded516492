"""Setting up a shop that runs alone, with no server: the first-run wizard's third way."""
