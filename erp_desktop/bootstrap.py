"""The composition root: builds the engine, unit of work, sync client and UI, and wires them."""
