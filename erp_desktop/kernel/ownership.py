"""Who owns what: the one table from an entity to the kind of site that writes it.

Head office is a site too (the same client over its own replica), but it owns what the
whole company shares: the catalog and its prices, taxes, the chart and its periods,
suppliers, employees and their contracts, payroll, supplier invoices and payments. A
branch owns what it does: its sales, stock movements, cash sessions, stock documents.
Customers are edited everywhere (merged field by field). The server refuses a change
pushed by a site that does not own its entity, and the client refuses the edit before it
is queued, both from this table.
"""

from __future__ import annotations

from enum import StrEnum

from erp_desktop.kernel.errors import ErpError, PermissionDenied


class SiteKind(StrEnum):
    BRANCH = "branch"
    HEAD_OFFICE = "head_office"
    # a shop that runs alone, with no server: its own head office and its own branch, until
    # it joins a chain (then it is a branch, or head office's first branch)
    STANDALONE = "standalone"


class Owner(StrEnum):
    HEAD_OFFICE = "head_office"  # written at head office only, sent down to every site
    SITE = "site"  # written by the site that did it (the branch's own work)
    EVERY_SITE = "every_site"  # written anywhere (merged), or about the device itself


OWNERS: dict[str, Owner] = {
    # head office: shared by the whole company
    "product": Owner.HEAD_OFFICE,  # the catalog and its prices
    "product_barcode": Owner.HEAD_OFFICE,
    "tax_catalog": Owner.HEAD_OFFICE,
    "exchange_rate": Owner.HEAD_OFFICE,
    "account": Owner.HEAD_OFFICE,  # the chart
    "fiscal_period": Owner.HEAD_OFFICE,  # period close
    "branch": Owner.HEAD_OFFICE,
    "register": Owner.HEAD_OFFICE,
    "user": Owner.HEAD_OFFICE,
    "supplier": Owner.HEAD_OFFICE,
    "employee": Owner.HEAD_OFFICE,
    "contract": Owner.HEAD_OFFICE,
    "payroll_run": Owner.HEAD_OFFICE,
    "payslip": Owner.HEAD_OFFICE,
    "supplier_invoice": Owner.HEAD_OFFICE,
    "supplier_payment": Owner.HEAD_OFFICE,
    # the site that did it
    "sale": Owner.SITE,
    "stock_movement": Owner.SITE,
    "stock_document": Owner.SITE,
    "cash_session": Owner.SITE,
    "global_invoice": Owner.SITE,
    # anywhere
    "customer": Owner.EVERY_SITE,
    "integrity_alert": Owner.EVERY_SITE,  # a device's own tamper finding
    # a customer pays at any branch or at head office; kept under the site that received it
    "customer_payment": Owner.EVERY_SITE,
    "instrument_event": Owner.EVERY_SITE,
    # quotes to credit notes: the site that issues one owns it, and head office sells to
    # businesses too; the server keeps each under the branch that pushed it (issue 13)
    "business_document": Owner.EVERY_SITE,
    # purchasing (issue 14): a receipt is the receiving branch's (a site's own work, as
    # above); an order is the site's that raised it, a branch or head office (central
    "crm_setting": Owner.HEAD_OFFICE,  # the loyalty programme, the custom fields
    # buying), so either kind writes its own (the server checks the raising site)
    "purchase_receipt": Owner.SITE,
    "purchase_order": Owner.EVERY_SITE,
    # HR (issue 15): what a site clocks against comes from head office; the days clocked and
    # the leave asked are the site's where the employee works, a branch or head office
    # itself (its own staff clock in there too): the server's mergers accept a site's own
    # staff only
    "staff": Owner.HEAD_OFFICE,
    "shift": Owner.HEAD_OFFICE,
    "attendance": Owner.EVERY_SITE,
    "leave_request": Owner.EVERY_SITE,
    # CRM
    "loyalty_movement": Owner.SITE,  # earned or redeemed at the till that did it
    "customer_profile": Owner.EVERY_SITE,  # merged field by field, like the customer
    "consent_event": Owner.EVERY_SITE,  # recorded wherever the customer said it
    "customer_document": Owner.SITE,  # what the site's own document said of its customer
    "interaction": Owner.EVERY_SITE,  # at a till or by a sales representative, anywhere
    "opportunity": Owner.EVERY_SITE,
    "customer_merge": Owner.HEAD_OFFICE,  # duplicates are merged at head office
    "category": Owner.HEAD_OFFICE,  # the touch till's grid tabs
    "product_image": Owner.HEAD_OFFICE,  # a product's small picture
    "payroll_items": Owner.HEAD_OFFICE,  # HR's items of a month ahead of its payroll run
    "supplier_return": Owner.SITE,  # goods sent back by the branch that received them
}


def owner_of(entity: str) -> Owner:
    """The owner of ``entity``; an entity the table does not name is a site's own work."""
    return OWNERS.get(entity, Owner.SITE)


def may_write(entity: str, kind: SiteKind | str) -> bool:
    owner = owner_of(entity)
    if owner is Owner.EVERY_SITE or SiteKind(kind) is SiteKind.STANDALONE:
        return True
    if owner is Owner.HEAD_OFFICE:
        return SiteKind(kind) is SiteKind.HEAD_OFFICE
    return SiteKind(kind) is SiteKind.BRANCH


def write_refusal(entity: str, kind: SiteKind | str) -> ErpError | None:
    """Why a site of ``kind`` may not write ``entity`` (None when it may):
    ``sync.owned_by_head_office`` for a branch, ``sync.owned_by_branches`` for head office."""
    if may_write(entity, kind):
        return None
    if owner_of(entity) is Owner.HEAD_OFFICE:
        return PermissionDenied("sync.owned_by_head_office", entity=entity)
    return PermissionDenied("sync.owned_by_branches", entity=entity)
