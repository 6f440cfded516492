"""Payroll for Algeria, Morocco and Tunisia: rules as effective-dated data citing the law,
the computation of a month's payslip, and the payroll journal entry.

Pure: no storage, no Qt. Employees, attendance, leave and payroll runs build on it.
"""

from erp_desktop.kernel.payroll.compute import (
    Allowance,
    Contract,
    OvertimeHours,
    PayInput,
    allowance_of_kind,
    compute_payslip,
)
from erp_desktop.kernel.payroll.payslip import LineKind, Payslip, PayslipLine
from erp_desktop.kernel.payroll.rules import PayrollCatalog, default_payroll_catalog
from erp_desktop.kernel.payroll.taxes import FamilySituation

__all__ = [
    "Allowance",
    "Contract",
    "FamilySituation",
    "LineKind",
    "OvertimeHours",
    "PayInput",
    "PayrollCatalog",
    "Payslip",
    "PayslipLine",
    "allowance_of_kind",
    "compute_payslip",
    "default_payroll_catalog",
]
