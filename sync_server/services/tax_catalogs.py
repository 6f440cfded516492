"""Head office sets a country's tax catalog (VAT rates and stamp duty rules by date); the
pull sends it to every branch, whose tills apply each rule from its first day."""

from __future__ import annotations

from typing import Any

from erp_desktop.kernel.tax.catalog import default_catalog
from sync_server.db import tax_catalogs
from sync_server.db.engine import Engine, unit_of_work


def set_tax_catalog(engine: Engine, country: str, document: dict[str, Any]) -> None:
    """Refused whole (with a code) unless the document reads as a catalog of ``country``."""
    default_catalog().with_document(country, document)
    with unit_of_work(engine, head_office=True) as conn:
        tax_catalogs.set_catalog(conn, country, document)
