"""The payslip as an A4 PDF, bilingual French and Arabic.

French on the left edge, Arabic on the right edge of every block, as the invoices do. What
it prints is what each country's law asks of a payslip:

- Algeria, loi 90-11 du 21 avril 1990, art. 86 and 87 (the payslip handed over with the
  pay): the employer and its CNAS affiliation number, the worker, the job, the period, the
  base salary and each element of the pay, each deduction, the net.
- Morocco, Code du travail (loi 65-99) art. 370 and arrêté n° 346-05 of 9 February 2005:
  the employer, its address and CNSS affiliation number; the employee, job and CNSS
  number; the period and the hours paid at the normal rate and with a majoration; the
  base and each element; each deduction; the net; the date of payment.
- Tunisia, Code du travail art. 143 (nouveau): the employer and its CNSS number; the
  worker, job and CNSS number; the period and the hours, normal and overtime apart; the
  base rate; each allowance; the gross; each deduction by nature; the net; the date paid.

A payslip missing one of them (the employer's affiliation number, its address, the
employee's social-security number) is refused (``payroll.missing_mentions``) rather than
printed. Each line's legal source is printed below the table, in small type.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from erp_desktop.app.payroll.payslips import EMPLOYER_FUND, PayslipView
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll.payslip import LineKind, PayslipLine
from erp_desktop.kernel.payroll.run import CORRECTIVE
from erp_desktop.printing.bidi_text import ltr
from erp_desktop.printing.canvas_text import Writer
from erp_desktop.printing.fonts import register_fonts
from erp_desktop.printing.formatting import amount, quantity, rate

WIDTH, HEIGHT = float(A4[0]), float(A4[1])
M = 36.0
ROW = 14.0
BOTTOM = M + 40

MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
# The Maghreb's month names: Algeria and Tunisia use the French-derived ones, Morocco the
# Syriac-derived ones of the Mashriq's calendar.
MONTHS_AR = {
    "DZ": [
        "جانفي",
        "فيفري",
        "مارس",
        "أفريل",
        "ماي",
        "جوان",
        "جويلية",
        "أوت",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    "TN": [
        "جانفي",
        "فيفري",
        "مارس",
        "أفريل",
        "ماي",
        "جوان",
        "جويلية",
        "أوت",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    "MA": [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "ماي",
        "يونيو",
        "يوليوز",
        "غشت",
        "شتنبر",
        "أكتوبر",
        "نونبر",
        "دجنبر",
    ],
}
LAWS = {
    "DZ": (
        "Loi 90-11 du 21 avril 1990, art. 86-87",
        "القانون 90-11 المؤرخ في 21 أفريل 1990، المادتان 86-87",
    ),
    "MA": (
        "Code du travail, art. 370 ; arrêté n° 346-05 du 9 février 2005",
        "مدونة الشغل، المادة 370؛ القرار رقم 346-05",
    ),
    "TN": ("Code du travail, art. 143", "مجلة الشغل، الفصل 143"),
}
# The summary figures printed in bold inside the table, in their order of computation.
SUMMARY = ("gross", "gross_taxable", "employee_contributions", "taxable", "net")


def _missing(view: PayslipView) -> list[str]:
    fund = EMPLOYER_FUND.get(view.company.country, "CNAS")
    lacking = []
    if not view.employer_number:
        lacking.append(f"N° {fund} employeur / رقم انخراط صاحب العمل")
    if not view.company.address:
        lacking.append("adresse de l'employeur / عنوان صاحب العمل")
    if not view.slip.social_number:
        lacking.append(f"N° {fund} du salarié / رقم الضمان الاجتماعي للأجير")
    return lacking


def _money(value: Money | None) -> str:
    return amount(value) if value is not None and not value.is_zero() else ""


def _gain_and_deduction(line: PayslipLine) -> tuple[str, str]:
    if line.kind is LineKind.EARNING:
        return amount(line.amount), ""
    if line.kind in (LineKind.DEDUCTION, LineKind.WITHHOLDING):
        return "", amount(line.amount)
    return "", ""


def render_payslip(view: PayslipView) -> bytes:
    lacking = _missing(view)
    if lacking:
        raise ValidationError("payroll.missing_mentions", mentions=", ".join(lacking))
    register_fonts()
    country = view.company.country
    fund = EMPLOYER_FUND.get(country, "CNAS")
    slip, payslip = view.slip, view.slip.payslip
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1)
    c.setTitle(f"Bulletin de paie {view.run_number} {slip.name}")
    w = Writer(c)
    left, right = M, WIDTH - M

    # the employer
    y = HEIGHT - M - 12
    w.text(left, y, view.company.name, 12, bold=True)
    w.text(right, y, view.company.name_ar, 12, bold=True, align="right")
    y -= 14
    w.text(left, y, view.company.address, 8)
    w.text(right, y, view.company.address_ar or view.company.address, 8, align="right")
    y -= 12
    w.text(left, y, f"N° {fund} employeur : {view.employer_number}", 8)
    w.text(
        right, y, f"رقم انخراط صاحب العمل في {fund}: {ltr(view.employer_number)}", 8, align="right"
    )

    # the title and the period
    y -= 28
    month_fr = f"{MONTHS_FR[view.month.month - 1]} {view.month.year}"
    month_ar = f"{MONTHS_AR.get(country, MONTHS_AR['DZ'])[view.month.month - 1]} {view.month.year}"
    corrective = view.run_kind == CORRECTIVE
    title_fr = "BULLETIN DE PAIE RECTIFICATIF" if corrective else "BULLETIN DE PAIE"
    title_ar = "كشف راتب تصحيحي" if corrective else "كشف الراتب"
    y = w.both(left, right, y, f"{title_fr} - {month_fr}", f"{title_ar} - {month_ar}", 13, True, 16)
    w.text(left, y, f"Période : du 01/{view.month:%m/%Y} au {view.paid_on:%d/%m/%Y}", 8)
    w.text(right, y, f"الفترة: {ltr(view.paid_on.strftime('%m/%Y'))}", 8, align="right")
    y -= 12
    w.text(left, y, f"Paie N° {view.run_number}", 8)
    w.text(right, y, f"رقم كشف الأجور {ltr(view.run_number)}", 8, align="right")

    # the employee
    y -= 22
    c.setStrokeColor(colors.HexColor("#1f4e79"))
    c.rect(left, y - 50, right - left, 62, stroke=1, fill=0)
    y -= 2
    w.text(left + 6, y, f"Salarié : {slip.name}", 9, bold=True)
    w.text(right - 6, y, f"الأجير: {slip.name_ar}", 9, bold=True, align="right")
    y -= 13
    w.text(left + 6, y, f"Emploi : {slip.job}", 8)
    w.text(
        right - 6, y, f"رقم الضمان الاجتماعي للأجير: {ltr(slip.social_number)}", 8, align="right"
    )
    y -= 13
    w.text(left + 6, y, f"N° {fund} : {slip.social_number}", 8)
    base = payslip.amount("base_salary")
    w.text(right - 6, y, f"الأجر الأساسي: {ltr(amount(base))}", 8, align="right")
    y -= 13
    hours_fr = f"Heures normales : {quantity(slip.hours)} h   Heures supplémentaires : {quantity(slip.overtime_hours)} h"
    w.text(left + 6, y, hours_fr, 8)
    w.text(
        right - 6,
        y,
        f"الساعات العادية: {ltr(quantity(slip.hours))} - الإضافية: {ltr(quantity(slip.overtime_hours))}",
        8,
        align="right",
    )

    # the lines
    y -= 30
    label_end = left + 290
    cols = (right - 165, right - 120, right - 60, right - 3)  # base, rate, gains, deductions
    heads = (
        ("Base", "الأساس"),
        ("Taux", "النسبة"),
        ("Gains", "الاستحقاقات"),
        ("Retenues", "الاقتطاعات"),
    )
    c.setFillColor(colors.HexColor("#1f4e79"))
    c.rect(left, y - 16, right - left, 28, stroke=0, fill=1)
    c.setFillColor(colors.white)
    w.text(left + 3, y, "Rubrique", 8, bold=True)
    w.text(label_end, y - 11, "البند", 8, bold=True, align="right")
    for x, (fr, ar) in zip(cols, heads, strict=True):
        w.text(x, y, fr, 8, bold=True, align="right")
        w.text(x, y - 11, ar, 8, bold=True, align="right")
    c.setFillColor(colors.black)
    y -= 30
    sources: list[str] = []
    shown = [
        ln
        for ln in payslip.lines
        if ln.kind in (LineKind.EARNING, LineKind.DEDUCTION, LineKind.WITHHOLDING)
        or ln.code in SUMMARY
    ]
    for line in shown:
        if y < BOTTOM + 140:
            c.showPage()
            y = HEIGHT - M - 20
        bold = line.code in SUMMARY
        w.text(cols[0], y, _money(line.base), 8, align="right")
        w.text(cols[1], y, rate(line.rate) if line.rate is not None else "", 8, align="right")
        if bold:
            w.text(cols[2], y, amount(line.amount), 8, bold=True, align="right")
        else:
            gain, deduction = _gain_and_deduction(line)
            w.text(cols[2], y, gain, 8, align="right")
            w.text(cols[3], y, deduction, 8, align="right")
        y = w.both(left + 3, label_end, y, line.label_fr, line.label_ar, 8, bold, 11, 10) - 3
        if line.source and line.source not in sources:
            sources.append(line.source)

    # net to pay
    y -= 6
    c.setFillColor(colors.HexColor("#e8eef6"))
    c.rect(left, y - 6, right - left, 22, stroke=0, fill=1)
    c.setFillColor(colors.black)
    net = amount(payslip.net_to_pay)
    w.text(left + 6, y, f"NET À PAYER : {net} {view.company.currency}", 11, bold=True)
    w.text(right - 6, y, f"الصافي الواجب دفعه: {ltr(net)}", 11, bold=True, align="right")
    y -= 24
    w.text(left, y, f"Payé le {view.paid_on:%d/%m/%Y} par virement", 8)
    w.text(
        right,
        y,
        f"دفع بتاريخ {ltr(view.paid_on.strftime('%d/%m/%Y'))} بتحويل بنكي",
        8,
        align="right",
    )

    # the employer's charges
    y -= 22
    w.text(left, y, "Charges patronales", 9, bold=True)
    w.text(right, y, "أعباء صاحب العمل", 9, bold=True, align="right")
    y -= ROW
    for line in payslip.of_kind(LineKind.EMPLOYER):
        w.text(cols[0], y, _money(line.base), 8, align="right")
        w.text(cols[1], y, rate(line.rate) if line.rate is not None else "", 8, align="right")
        w.text(cols[3], y, amount(line.amount), 8, align="right")
        y = w.both(left + 3, label_end, y, line.label_fr, line.label_ar, 8, False, 11, 10) - 3
        if line.source and line.source not in sources:
            sources.append(line.source)
    w.text(left + 3, y, "Coût total employeur", 8, bold=True)
    w.text(label_end, y, "التكلفة الإجمالية لصاحب العمل", 8, bold=True, align="right")
    w.text(cols[3], y, amount(payslip.amount("employer_cost")), 8, bold=True, align="right")

    # the law
    law_fr, law_ar = LAWS.get(country, ("", ""))
    y = M + 40
    w.text(left, y, f"Bulletin établi selon : {law_fr}", 6)
    w.text(right, y, f"حرر طبقا لـ: {law_ar}", 6, align="right")
    y -= 9
    w.paragraph(left, right, y, "Règles appliquées : " + " ; ".join(sources), 5, 6)
    c.showPage()
    c.save()
    return buffer.getvalue()
