"""Roles and permissions: what each kind of branch or head-office user may do.

Permissions are named ``module.action``. The app layer checks them in every use case (hiding
a widget is a convenience, not a control): a cashier who reaches an accounting use case by
any path gets ``auth.permission_denied``.
"""

from __future__ import annotations

from enum import StrEnum

from erp_desktop.kernel.errors import PermissionDenied


class Role(StrEnum):
    CASHIER = "cashier"
    WAREHOUSE = "warehouse"
    BRANCH_MANAGER = "branch_manager"
    ACCOUNTANT = "accountant"
    HR_OFFICER = "hr_officer"
    ADMINISTRATOR = "administrator"
    # the owner of a shop that runs alone: the till, the stock, and everything head office
    # would do for a branch (catalog and prices, users, the books, period close)
    OWNER = "owner"


class Permission(StrEnum):
    # sales and the till
    SALES_CHECKOUT = "sales.checkout"
    SALES_RETURN = "sales.return"
    SALES_DISCOUNT_OVERRIDE = "sales.discount_override"
    SALES_PRICE_OVERRIDE = "sales.price_override"
    SALES_VIEW = "sales.view"
    SALES_INVOICE = "sales.invoice"
    CASH_SESSION_OPEN = "cash.session_open"
    CASH_SESSION_CLOSE = "cash.session_close"
    CASH_SESSION_VIEW = "cash.session_view"
    # customers
    CRM_CUSTOMER_EDIT = "crm.customer_edit"
    CRM_CUSTOMER_VIEW = "crm.customer_view"
    # stock
    INVENTORY_VIEW = "inventory.view"
    INVENTORY_RECEIVE = "inventory.receive"
    INVENTORY_TRANSFER = "inventory.transfer"
    INVENTORY_COUNT = "inventory.count"
    INVENTORY_ADJUST = "inventory.adjust"
    INVENTORY_CATALOG_EDIT = "inventory.catalog_edit"
    # purchasing
    PURCHASING_ORDER = "purchasing.order"
    PURCHASING_VIEW = "purchasing.view"
    # accounting and reports
    ACCOUNTING_VIEW = "accounting.view"
    ACCOUNTING_POST = "accounting.post"
    ACCOUNTING_CLOSE_PERIOD = "accounting.close_period"
    REPORTS_BRANCH = "reports.branch"
    REPORTS_COMPANY = "reports.company"
    # people
    HR_VIEW = "hr.view"
    HR_PAYROLL = "hr.payroll"
    # administration
    # CRM (issue 16): the sales pipeline of business customers
    CRM_PIPELINE = "crm.pipeline"
    ADMIN_USERS = "admin.users"
    ADMIN_SETTINGS = "admin.settings"
    SYNC_RUN = "sync.run"
    # receivables (issue 13): pass a customer's blocking credit limit
    RECEIVABLES_CREDIT_OVERRIDE = "receivables.credit_override"
    # purchasing and payables (issue 14)
    PURCHASING_SUPPLIER_EDIT = "purchasing.supplier_edit"  # head office's suppliers
    PURCHASING_APPROVE = "purchasing.approve"  # an order above the threshold, a substitution
    PAYABLES_INVOICE = "payables.invoice"  # enter a supplier's invoice
    PAYABLES_ACCEPT_MISMATCH = "payables.accept_mismatch"  # release a blocked invoice
    PAYABLES_PAY = "payables.pay"
    # people (issue 15): personal records and pay; attendance corrections; leave decisions
    HR_RECORDS = "hr.records"
    HR_ATTENDANCE_CORRECT = "hr.attendance_correct"
    HR_LEAVE_APPROVE = "hr.leave_approve"
    # every user: the payslips of the employee the account is (issue 15)
    PAYROLL_OWN_PAYSLIPS = "payroll.own_payslips"


P = Permission

_CASHIER = {
    P.SALES_CHECKOUT,
    P.SALES_RETURN,
    P.SALES_VIEW,
    P.CASH_SESSION_OPEN,
    P.CASH_SESSION_CLOSE,
    P.CASH_SESSION_VIEW,
    P.CRM_CUSTOMER_EDIT,
    P.CRM_CUSTOMER_VIEW,
    P.INVENTORY_VIEW,
    P.SYNC_RUN,
}
_WAREHOUSE = {
    P.INVENTORY_VIEW,
    P.INVENTORY_RECEIVE,
    P.INVENTORY_TRANSFER,
    P.INVENTORY_COUNT,
    P.PURCHASING_VIEW,
    P.SYNC_RUN,
}
_BRANCH_MANAGER = (
    _CASHIER
    | _WAREHOUSE
    | {
        P.SALES_DISCOUNT_OVERRIDE,
        P.SALES_PRICE_OVERRIDE,
        P.SALES_INVOICE,
        P.INVENTORY_ADJUST,
        P.PURCHASING_ORDER,
        P.REPORTS_BRANCH,
        P.ACCOUNTING_VIEW,
        P.HR_VIEW,
        P.RECEIVABLES_CREDIT_OVERRIDE,
        P.CRM_PIPELINE,
    }
)
_ACCOUNTANT = {
    P.ACCOUNTING_VIEW,
    P.ACCOUNTING_POST,
    P.ACCOUNTING_CLOSE_PERIOD,
    P.REPORTS_BRANCH,
    P.REPORTS_COMPANY,
    P.SALES_VIEW,
    P.SALES_INVOICE,
    P.PURCHASING_VIEW,
    P.INVENTORY_VIEW,
    P.CASH_SESSION_VIEW,
    P.CRM_CUSTOMER_VIEW,
    P.SYNC_RUN,
}
_HR_OFFICER = {P.HR_VIEW, P.HR_PAYROLL, P.SYNC_RUN}

# purchasing and payables (issue 14): a manager approves orders and substitutions, the
# accountant enters supplier invoices, accepts a mismatch with a reason and pays
_BRANCH_MANAGER |= {P.PURCHASING_APPROVE}
_ACCOUNTANT |= {P.PAYABLES_INVOICE, P.PAYABLES_ACCEPT_MISMATCH, P.PAYABLES_PAY}
# HR (issue 15): personal records and pay reach HR alone; a branch manager corrects his
# staff's attendance and decides their leave (hr.view: attendance and leave, no pay).
_HR_OFFICER |= {P.HR_RECORDS, P.HR_ATTENDANCE_CORRECT, P.HR_LEAVE_APPROVE}
_BRANCH_MANAGER |= {P.HR_ATTENDANCE_CORRECT, P.HR_LEAVE_APPROVE}
# whoever is an employee reads their own payslips (the use case finds which, if any)
for _granted in (_CASHIER, _WAREHOUSE, _BRANCH_MANAGER, _ACCOUNTANT, _HR_OFFICER):
    _granted |= {P.PAYROLL_OWN_PAYSLIPS}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CASHIER: frozenset(_CASHIER),
    Role.WAREHOUSE: frozenset(_WAREHOUSE),
    Role.BRANCH_MANAGER: frozenset(_BRANCH_MANAGER),
    Role.ACCOUNTANT: frozenset(_ACCOUNTANT),
    Role.HR_OFFICER: frozenset(_HR_OFFICER),
    Role.ADMINISTRATOR: frozenset(Permission),
    Role.OWNER: frozenset(Permission),
}


def permissions_of(roles: set[Role] | frozenset[Role] | list[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS[Role(role)]
    return frozenset(granted)


def require(
    roles: set[Role] | frozenset[Role] | list[Role], permission: Permission, user: str = ""
) -> None:
    """Raises ``auth.permission_denied`` unless one of ``roles`` grants ``permission``."""
    if permission not in permissions_of(roles):
        raise PermissionDenied("auth.permission_denied", permission=str(permission), user=user)
