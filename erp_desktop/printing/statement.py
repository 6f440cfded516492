"""A customer's statement of account (relevé de compte / كشف حساب), A4, French and Arabic
on every page: per currency the balance brought forward, each movement with the running
balance, the balance due, and what is open by age (current, 1-30, 31-60, 61-90, over 90 days
past due). Pages take ``ROWS`` movements; the header repeats."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from erp_desktop.app.receivables.statement import Statement, StatementLine, StatementSection
from erp_desktop.kernel.money import Money
from erp_desktop.printing.bidi_text import ltr
from erp_desktop.printing.canvas_text import Writer
from erp_desktop.printing.fonts import register_fonts
from erp_desktop.printing.formatting import amount
from erp_desktop.printing.seller_lines import seller_lines

WIDTH, HEIGHT = float(A4[0]), float(A4[1])
M = 36.0
ROWS = 34
KINDS = {
    "customer_invoice": ("Facture", "فاتورة"),
    "customer_credit_note": ("Avoir", "إشعار دائن"),
    "customer_payment": ("Règlement", "تسديد"),
    "customer_refund": ("Remboursement", "استرداد"),
    "instrument_bounced": ("Impayé", "مرفوض"),  # a bounced cheque or traite
    "ticket_on_account": ("Ticket en compte", "تذكرة على الحساب"),  # a till sale on credit
}
BUCKET_LABELS = (
    ("Non échu", "غير مستحق"),
    ("1-30 j", "1-30 يوما"),
    ("31-60 j", "31-60 يوما"),
    ("61-90 j", "61-90 يوما"),
    ("+90 j", "أكثر من 90 يوما"),
)
# x of each column's right edge (amounts) or left edge (text)
X_DATE, X_NUMBER, X_DUE, X_KIND = M + 3, M + 56, M + 160, M + 212
X_DEBIT, X_CREDIT, X_BALANCE = WIDTH - M - 150, WIDTH - M - 78, WIDTH - M - 3


def _money(minor: int, currency: str) -> str:
    return amount(Money.from_minor(minor, currency))


def _pages(section: StatementSection) -> list[tuple[StatementLine, ...]]:
    lines = section.lines
    return [lines[i : i + ROWS] for i in range(0, len(lines), ROWS)] or [()]


def render_statement(statement: Statement) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1)
    c.setTitle(f"Relevé de compte {statement.customer.name}")
    w = Writer(c)
    pages: list[tuple[StatementSection | None, tuple[StatementLine, ...]]] = [
        (s, chunk) for s in statement.sections for chunk in _pages(s)
    ]
    pages = pages or [(None, ())]
    for page, (section, chunk) in enumerate(pages, start=1):
        y = _header(w, statement)
        if section is not None:
            y = _table(w, section, chunk, y, first=chunk == _pages(section)[0])
            if chunk == _pages(section)[-1]:
                _footer(w, section, y)
        else:
            w.both(M, WIDTH - M, y - 20, "Aucun mouvement.", "لا توجد حركات.", 10)
        w.text(M, M, f"{statement.customer.name} - page {page}/{len(pages)}", 7)
        c.showPage()
    c.save()
    return buffer.getvalue()


def _header(w: Writer, st: Statement) -> float:
    w.text(M, HEIGHT - M - 12, st.company.name, 12, bold=True)
    w.text(WIDTH - M, HEIGHT - M - 12, st.company.name_ar, 12, bold=True, align="right")
    seller_lines(w, M, WIDTH - M, HEIGHT - M - 24, st.company)  # where to write or call
    y = w.both(M, WIDTH - M, HEIGHT - M - 56, "RELEVÉ DE COMPTE", "كشف حساب", 14, bold=True)
    start, end = st.start.strftime("%d/%m/%Y"), st.end.strftime("%d/%m/%Y")
    y = w.both(M, WIDTH - M, y - 4, f"Du {start} au {end}", f"من {ltr(start)} إلى {ltr(end)}", 9)
    y = w.both(
        M, WIDTH - M, y - 6, f"Client : {st.customer.name}", f"الزبون: {st.customer.name_ar}", 10
    )
    if st.customer.billing_address:
        y = w.paragraph(M, WIDTH / 2, y, st.customer.billing_address, 8)
    return y - 8


def _table(
    w: Writer, section: StatementSection, chunk: tuple[StatementLine, ...], y: float, first: bool
) -> float:
    c, cur = w.c, section.currency
    w.both(M, WIDTH - M, y, f"Devise : {cur}", f"العملة: {cur}", 9, bold=True)
    y -= 14
    c.setFillColor(colors.HexColor("#1f4e79"))
    c.rect(M, y - 26, WIDTH - 2 * M, 26, stroke=0, fill=1)
    c.setFillColor(colors.white)
    for x, fr, ar, align in (
        (X_DATE, "Date", "التاريخ", "left"),
        (X_NUMBER, "Pièce", "الوثيقة", "left"),
        (X_DUE, "Échéance", "الاستحقاق", "left"),
        (X_KIND, "Libellé", "البيان", "left"),
        (X_DEBIT, "Débit", "مدين", "right"),
        (X_CREDIT, "Crédit", "دائن", "right"),
        (X_BALANCE, "Solde", "الرصيد", "right"),
    ):
        w.text(x, y - 11, fr, 8, bold=True, align=align)
        w.text(x, y - 22, ar, 8, bold=True, align=align)
    c.setFillColor(colors.black)
    y -= 26
    if first:
        y -= 13
        w.text(X_KIND, y, "Solde reporté / الرصيد المرحل", 8, bold=True)
        w.text(X_BALANCE, y, _money(section.opening_minor, cur), 8, bold=True, align="right")
    for line in chunk:
        y -= 13
        row = line.row
        fr, ar = KINDS.get(row.kind, (row.kind, row.kind))
        w.text(X_DATE, y, row.at.strftime("%d/%m/%Y"), 8)
        w.text(X_NUMBER, y, row.number, 8)
        if row.due_on:
            w.text(X_DUE, y, f"{row.due_on[8:10]}/{row.due_on[5:7]}/{row.due_on[:4]}", 8)
        w.text(X_KIND, y, fr, 8)
        w.text(X_DEBIT - 62, y, ar, 8, align="right")
        if row.debit_minor:
            w.text(X_DEBIT, y, _money(row.debit_minor, cur), 8, align="right")
        if row.credit_minor:
            w.text(X_CREDIT, y, _money(row.credit_minor, cur), 8, align="right")
        w.text(X_BALANCE, y, _money(line.balance_minor, cur), 8, align="right")
    return y


def _footer(w: Writer, section: StatementSection, y: float) -> None:
    cur = section.currency
    y -= 22
    w.c.line(M, y + 14, WIDTH - M, y + 14)
    w.text(M, y, "Solde dû", 10, bold=True)
    w.text(WIDTH / 2, y, "الرصيد المستحق", 10, bold=True, align="center")
    w.text(
        X_BALANCE, y, f"{_money(section.closing_minor, cur)} {cur}", 10, bold=True, align="right"
    )
    y -= 26
    w.both(M, WIDTH - M, y, "Échéancier des factures ouvertes", "أعمار الفواتير المفتوحة", 9, True)
    y -= 16
    step = (WIDTH - 2 * M) / len(BUCKET_LABELS)
    for i, ((fr, ar), minor) in enumerate(zip(BUCKET_LABELS, section.aged, strict=True)):
        right = M + step * (i + 1) - 4
        w.text(right, y, fr, 8, bold=True, align="right")
        w.text(right, y - 11, ar, 8, align="right")
        w.text(right, y - 24, _money(minor, cur), 8, align="right")
