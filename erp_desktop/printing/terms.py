"""The words printed on documents, in French and in each country's own Arabic.

The three countries do not name their taxes alike in Arabic: VAT is "الرسم على القيمة المضافة"
in Algeria (Code des taxes sur le chiffre d'affaires), "الضريبة على القيمة المضافة" in Morocco
(Code général des impôts) and "الأداء على القيمة المضافة" in Tunisia (مجلة الأداء على القيمة
المضافة); stamp duty is "حقوق الطابع" in Algeria (قانون الطابع), "واجبات التمبر" in Morocco and
"معلوم الطابع الجبائي" in Tunisia; a customer is "الزبون" in Algeria and Morocco and "الحريف" in
Tunisia, where paying is "الخلاص". A printed tax term that is not the country's own reads as
foreign to its tax inspector, so the words are data per country, not conditions in the
renderers.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Term:
    fr: str
    ar: str


_COMMON: dict[str, Term] = {
    "invoice": Term("FACTURE", "فاتورة"),
    "credit_note": Term("FACTURE D'AVOIR", "فاتورة إشعار دائن"),
    "global_invoice": Term("FACTURE GLOBALE", "فاتورة إجمالية"),  # Tunisia: the day's tickets
    "receipt": Term("Ticket", "وصل"),
    "code": Term("Code", "الرمز"),
    "designation": Term("Désignation", "التعيين"),
    "quantity": Term("Qté", "الكمية"),
    "discount": Term("Remise", "تخفيض"),
    "subtotal": Term("Sous-total", "المجموع الجزئي"),
    "rounding": Term("Arrondi", "تقريب"),
    "total": Term("TOTAL", "المجموع"),
    "change": Term("Rendu", "الباقي"),
    "sales": Term("Ventes", "المبيعات"),
    "returns": Term("Retours", "المرتجعات"),
    "discounts": Term("Remises", "التخفيضات"),
    "count": Term("Nombre", "العدد"),
    "amount": Term("Montant", "المبلغ"),
    "opening_float": Term("Fond de caisse", "رصيد الافتتاح"),
    "expected_cash": Term("Espèces attendues", "النقد المتوقع"),
    "counted_cash": Term("Espèces comptées", "النقد المعدود"),
    "difference": Term("Écart", "الفرق"),
    "capital": Term("au capital de", "رأسمالها"),
    "bank_details": Term("Coordonnées bancaires", "الحساب البنكي"),
    "payment_terms": Term("Conditions de paiement", "شروط الدفع"),
    "means_cash": Term("Espèces", "نقدا"),
    "means_card": Term("Carte", "بطاقة"),
    "means_cheque": Term("Chèque", "شيك"),
    "means_transfer": Term("Virement", "تحويل"),
    "means_store_credit": Term("Avoir", "رصيد"),
    # a ticket on a business customer's account, loyalty points as a tender (helper till)
    "means_on_account": Term("En compte", "على الحساب"),
    "means_points": Term("Points fidélité", "نقاط الوفاء"),
    "due_on": Term("échéance", "الاستحقاق"),
    "points_used": Term("Points utilisés", "النقاط المستعملة"),
    "points_balance": Term("Solde de points", "رصيد النقاط"),
    "settlement_on": Term("le", "بتاريخ"),
    # the documents of a sale to a business (issue 13)
    "quote": Term("DEVIS", "عرض أسعار"),
    "sales_order": Term("BON DE COMMANDE", "سند طلب"),
    "delivery_note": Term("BON DE LIVRAISON", "سند تسليم"),
    "due_dates": Term("Échéances", "آجال الاستحقاق"),
}

_BY_COUNTRY: dict[str, dict[str, Term]] = {
    "DZ": {
        "vat": Term("TVA", "الرسم على القيمة المضافة"),
        "vat_short": Term("TVA", "ر.ق.م"),
        "vat_by_rate": Term("TVA par taux", "الرسم على القيمة المضافة حسب النسبة"),
        "stamp_duty": Term("Droit de timbre", "حقوق الطابع"),
        "customer": Term("Client", "الزبون"),
        "unit_price_ht": Term("P.U. HT", "س.و دون رسم"),
        "amount_ht": Term("Montant HT", "المبلغ دون رسم"),
        "total_ht": Term("Total HT", "المجموع دون رسم"),
        "total_vat": Term("Total TVA", "مجموع الرسم على القيمة المضافة"),
        "total_ttc": Term("Total TTC", "المجموع بكل الرسوم"),
        "settlement": Term("Mode et date de règlement", "طريقة وتاريخ الدفع"),
        "vat_included": Term("dont TVA", "منها الرسم على القيمة المضافة"),
    },
    "MA": {
        "vat": Term("TVA", "الضريبة على القيمة المضافة"),
        "vat_short": Term("TVA", "ض.ق.م"),
        "vat_by_rate": Term("TVA par taux", "الضريبة على القيمة المضافة حسب السعر"),
        "stamp_duty": Term("Droits de timbre", "واجبات التمبر"),
        "customer": Term("Client", "الزبون"),
        "unit_price_ht": Term("P.U. HT", "ث.و دون ضريبة"),
        "amount_ht": Term("Montant HT", "المبلغ دون ضريبة"),
        "total_ht": Term("Total HT", "المجموع دون ضريبة"),
        "total_vat": Term("Total TVA", "مجموع الضريبة على القيمة المضافة"),
        "total_ttc": Term("Total TTC", "المجموع مع احتساب الضريبة"),
        "settlement": Term("Mode et date de règlement", "طريقة وتاريخ الأداء"),
        "vat_included": Term("dont TVA", "منها الضريبة على القيمة المضافة"),
    },
    "TN": {
        "vat": Term("TVA", "الأداء على القيمة المضافة"),
        "vat_short": Term("TVA", "أ.ق.م"),
        "vat_by_rate": Term("TVA par taux", "الأداء على القيمة المضافة حسب النسبة"),
        "stamp_duty": Term("Droit de timbre", "معلوم الطابع الجبائي"),
        "customer": Term("Client", "الحريف"),
        "unit_price_ht": Term("P.U. HT", "س.و دون أداء"),
        "amount_ht": Term("Montant HT", "المبلغ دون أداء"),
        "total_ht": Term("Total HT", "المجموع دون اعتبار الأداءات"),
        "total_vat": Term("Total TVA", "مجموع الأداء على القيمة المضافة"),
        "total_ttc": Term("Total TTC", "المجموع باعتبار الأداءات"),
        "settlement": Term("Mode et date de règlement", "طريقة وتاريخ الخلاص"),
        "means_cheque": Term("Chèque", "صك"),
        "vat_included": Term("dont TVA", "منها الأداء على القيمة المضافة"),
    },
}

COUNTRIES = tuple(_BY_COUNTRY)


def term(country: str, key: str) -> Term:
    """The French and Arabic words for ``key`` on a document of ``country``."""
    own = _BY_COUNTRY.get(country, _BY_COUNTRY["DZ"])
    found = own.get(key) or _COMMON.get(key)
    if found is None:
        raise KeyError(f"no printed term {key!r}")
    return found


def both(country: str, key: str) -> str:
    """ "French / Arabic", for the narrow receipt where both sit on one line."""
    t = term(country, key)
    return f"{t.fr} / {t.ar}"
