"""The seller's address and telephone under its name, French on the left edge and Arabic on
the right, for the letters a customer answers (a statement, a reminder): "contact us" needs
somewhere to write or call. The invoices print the full legal mentions instead (legal.py)."""

from __future__ import annotations

from erp_desktop.app.records import CompanyInfo
from erp_desktop.printing.bidi_text import ltr
from erp_desktop.printing.canvas_text import Writer


def seller_lines(w: Writer, left: float, right: float, y: float, company: CompanyInfo) -> None:
    """Two 8-point lines from ``y`` down: the address, then the telephone (when known)."""
    address_ar = company.address_ar or company.address
    if company.address or address_ar:
        w.text(left, y, company.address, 8)
        w.text(right, y, address_ar, 8, align="right")
    if company.phone:
        w.text(left, y - 10, f"Tél. {company.phone}", 8)
        w.text(right, y - 10, f"الهاتف: {ltr(company.phone)}", 8, align="right")
