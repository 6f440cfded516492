"""A reminder of overdue invoices (relance / تذكير بالدفع), A4, French and Arabic: the
seller, the customer and their address, each late invoice with its due date, the days late
and what is overdue on it, the total per currency, and a request to settle or to call."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from erp_desktop.app.receivables.aged import ReminderLetter
from erp_desktop.app.records import OverdueItem
from erp_desktop.kernel.money import Money
from erp_desktop.printing.bidi_text import ltr
from erp_desktop.printing.canvas_text import Writer
from erp_desktop.printing.fonts import register_fonts
from erp_desktop.printing.formatting import amount
from erp_desktop.printing.seller_lines import seller_lines

WIDTH, HEIGHT = float(A4[0]), float(A4[1])
M = 42.0
ROWS = 30
FR_BODY = (
    "Sauf erreur de notre part, les factures ci-dessous restent impayées à leur échéance. "
    "Nous vous remercions de bien vouloir en régler le montant dans les meilleurs délais, "
    "ou de nous contacter si un règlement est déjà en cours."
)
AR_BODY = (
    "ما لم يكن هناك خطأ من جانبنا، فإن الفواتير أدناه لم تسدد في آجال استحقاقها. "
    "نرجو منكم تسديد مبلغها في أقرب الآجال، أو الاتصال بنا إن كان التسديد جاريا."
)


def _day(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def render_reminder(letter: ReminderLetter) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1)
    c.setTitle(f"Relance {letter.customer.name}")
    w = Writer(c)
    items = letter.reminder.items
    pages = [items[i : i + ROWS] for i in range(0, len(items), ROWS)]
    for page, chunk in enumerate(pages, start=1):
        w.text(M, HEIGHT - M - 12, letter.company.name, 12, bold=True)
        w.text(WIDTH - M, HEIGHT - M - 12, letter.company.name_ar, 12, bold=True, align="right")
        seller_lines(w, M, WIDTH - M, HEIGHT - M - 24, letter.company)  # where to call
        y = w.both(
            M, WIDTH - M, HEIGHT - M - 56, "RELANCE - FACTURES ÉCHUES", "تذكير بالدفع", 14, True
        )
        day = letter.as_of.strftime("%d/%m/%Y")
        y = w.both(M, WIDTH - M, y - 4, f"Le {day}", f"بتاريخ {ltr(day)}", 9)
        customer = letter.customer
        y = w.both(M, WIDTH - M, y - 6, customer.name, customer.name_ar, 11, bold=True)
        if customer.billing_address:
            y = w.paragraph(M, WIDTH / 2, y, customer.billing_address, 9)
        if page == 1:
            y = w.paragraph(M, WIDTH - M, y - 10, FR_BODY, 9, 12)
            y = w.paragraph(M, WIDTH - M, y - 4, AR_BODY, 9, 12)
        y = _table(w, chunk, y - 12)
        if page == len(pages):
            y -= 20
            for currency, minor in sorted(letter.reminder.overdue.items()):
                shown = f"{amount(Money.from_minor(minor, currency))} {currency}"
                w.text(M, y, "Total échu", 10, bold=True)
                w.text(WIDTH / 2, y, "مجموع المتأخر", 10, bold=True, align="center")
                w.text(WIDTH - M, y, shown, 10, bold=True, align="right")
                y -= 16
        w.text(M, M, f"{customer.name} - page {page}/{len(pages)}", 7)
        c.showPage()
    c.save()
    return buffer.getvalue()


def _table(w: Writer, chunk: tuple[OverdueItem, ...], y: float) -> float:
    c = w.c
    c.setFillColor(colors.HexColor("#7a1f1f"))
    c.rect(M, y - 26, WIDTH - 2 * M, 26, stroke=0, fill=1)
    c.setFillColor(colors.white)
    columns = (
        (M + 4, "Facture", "الفاتورة", "left"),
        (M + 170, "Échéance", "الاستحقاق", "left"),
        (WIDTH - M - 150, "Jours de retard", "أيام التأخير", "right"),
        (WIDTH - M - 4, "Montant échu", "المبلغ المتأخر", "right"),
    )
    for x, fr, ar, align in columns:
        w.text(x, y - 11, fr, 8, bold=True, align=align)
        w.text(x, y - 22, ar, 8, bold=True, align=align)
    c.setFillColor(colors.black)
    y -= 26
    for item in chunk:
        y -= 14
        w.text(columns[0][0], y, item.number, 9)
        w.text(columns[1][0], y, _day(item.due_on), 9)
        w.text(columns[2][0], y, str(item.days_overdue), 9, align="right")
        owed = Money.from_minor(item.overdue_minor, item.currency)
        w.text(columns[3][0], y, amount(owed), 9, align="right")
    return y
