"""A demo catalog: bilingual names, valid EAN-13 barcodes, weighed goods on scale labels."""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal

from erp_desktop.demo.names import BRANDS, ITEMS, SIZES
from erp_desktop.kernel.barcodes import random_ean13
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.quantity import to_milli
from erp_desktop.storage.seed import ProductSeed


def demo_products(count: int, rng: random.Random, currency: str = "DZD") -> Iterator[ProductSeed]:
    """``count`` products; about one in twelve is weighed and sold on scale labels."""
    seen: set[str] = set()
    scale = 0
    for n in range(count):
        fr, ar, tax, unit, price, weighed = ITEMS[n % len(ITEMS)]
        brand_fr, brand_ar = BRANDS[(n // len(ITEMS)) % len(BRANDS)]
        variant = n // (len(ITEMS) * len(BRANDS))
        if weighed:
            name, name_ar, factor = f"{fr} {brand_fr}", f"{ar} {brand_ar}", 1.0
        else:
            size_fr, size_ar, factor = SIZES[(n + variant) % len(SIZES)]
            name, name_ar = f"{fr} {brand_fr} {size_fr}", f"{ar} {brand_ar} {size_ar}"
        if variant:
            name, name_ar = f"{name} réf. {variant}", f"{name_ar} مرجع {variant}"
        barcode = random_ean13(rng)
        while barcode in seen:
            barcode = random_ean13(rng)
        seen.add(barcode)
        price_da = max(5, int(price * factor * rng.uniform(0.8, 1.25)))
        scale_code = None
        if weighed and scale < 99999:
            scale += 1
            scale_code = f"{scale:05d}"
        yield ProductSeed(
            id=new_id(),
            sku=f"P{n + 1:06d}",
            name=name,
            name_ar=name_ar,
            unit=unit,
            price_minor=price_da * 100,
            currency=currency,
            tax_class=tax,
            barcodes=(barcode,),
            reorder_point_milli=to_milli(Decimal(rng.choice([5, 10, 20, 40]))),
            scale_code=scale_code,
        )
