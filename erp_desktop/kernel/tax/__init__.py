"""Tax rules as effective-dated data per country (DZ, MA, TN), each citing its legal source.

The JSON files in ``data/`` are the law as we understand it; the Python here only reads and
applies them, so that a finance law changing a rate is a data change with a date, and
documents dated before it keep the old rule.
"""

from erp_desktop.kernel.tax.catalog import TaxCatalog, VatRate, default_catalog
from erp_desktop.kernel.tax.stamp_duty import StampDocument, StampDutyRule, stamp_duty
from erp_desktop.kernel.tax.vat import PriceMode, split_gross, vat_on_base

__all__ = [
    "PriceMode",
    "StampDocument",
    "StampDutyRule",
    "TaxCatalog",
    "VatRate",
    "default_catalog",
    "split_gross",
    "stamp_duty",
    "vat_on_base",
]
