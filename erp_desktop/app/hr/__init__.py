"""HR use cases: employees and contracts at head office (``records``), attendance at the
branch (``attendance``), leave (``leave``). Each checks its ``hr.*`` permission itself:
hiding a screen is a convenience, not a control."""
