"""A shop that runs alone is born: its founding written into an empty replica at once.

What head office would send down to a branch (the company and its chart, the shop as a
site of the standalone kind, its warehouse and register, the users and their roles, the
catalog) is written here in ONE transaction, so a founding that
fails leaves nothing behind.
"""

from __future__ import annotations

from datetime import datetime

from erp_desktop.app.shop_setup.plan import Founding
from erp_desktop.kernel.ownership import SiteKind
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.repositories.org import write_setting
from erp_desktop.storage.seed import (
    BranchSeed,
    ProductSeed,
    UserSeed,
    seed_branches,
    seed_company,
    seed_products,
    seed_users,
)

FOUNDED_SETTING = "founded_standalone"  # when and as what the shop was set up


def write_founding(replica: Replica, founding: Founding, now: datetime) -> None:
    with replica.transaction(None) as conn:
        seed_company(
            conn,
            now,
            name=founding.company_name,
            name_ar=founding.company_name_ar,
            country=founding.country,
            currency=founding.currency,
            legal_ids=founding.legal_ids,
            company_id=founding.company_id,
            mentions=founding.mentions,
        )
        seed_branches(
            conn,
            now,
            [
                BranchSeed(
                    founding.branch_id,
                    founding.shop_code,
                    founding.shop_name,
                    founding.shop_name_ar,
                    True,
                    founding.warehouse_id,
                    ((founding.register_id, founding.register_code, founding.cash_step_minor),),
                    kind=SiteKind.STANDALONE.value,
                )
            ],
        )
        seed_users(
            conn,
            now,
            [
                UserSeed(
                    u.id,
                    u.username,
                    u.full_name,
                    u.password_hash,
                    u.pin_hash,
                    u.roles,
                    founding.branch_id,
                    u.language,
                )
                for u in founding.users
            ],
        )
        seed_products(
            conn,
            now,
            [
                ProductSeed(
                    p.id,
                    p.sku,
                    p.name,
                    p.name_ar,
                    p.unit,
                    p.price_minor,
                    p.currency,
                    p.tax_class,
                    p.barcodes,
                    p.price_mode,
                    int(p.reorder_point.scaleb(3)),
                )
                for p in founding.products
            ],
        )
        # No copy of the tax catalog: the one shipped with the client applies, so a newer
        # client brings a new finance law to a shop that has no head office to send it.
        write_setting(
            conn,
            FOUNDED_SETTING,
            {"at": now.isoformat(), "company_id": str(founding.company_id)},
            now,
        )
