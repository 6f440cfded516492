"""The sentences of quotes, orders, delivery notes, invoices and credit notes to businesses:
code -> (French, Arabic)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "business.document_cancelled": (
        "Le document {number} est annulé.",
        "الوثيقة {number} ملغاة.",
    ),
    "business.document_mismatch": (
        "Document {number} : {field} ne correspond pas à ses lignes.",
        "الوثيقة {number}: {field} لا يطابق أسطرها.",
    ),
    "business.document_followed": (
        "Le document {number} en découle : annulez-le d'abord.",
        "الوثيقة {number} مترتبة عليها: ألغها أولا.",
    ),
    "business.goods_need_delivery": (
        "Les marchandises se facturent depuis leur commande une fois livrées ; une facture "
        "directe ne porte que des prestations.",
        "تفوتر السلع من طلبيتها بعد تسليمها؛ الفاتورة المباشرة للخدمات فقط.",
    ),
    "business.invoice_credited": (
        "La facture {number} a un avoir : faites un avoir du reste au lieu de l'annuler.",
        "للفاتورة {number} إشعار دائن: أصدر إشعارا بالباقي بدل إلغائها.",
    ),
    "business.not_cancellable": (
        "Le document {number} ne s'annule pas : une livraison se retourne, un avoir est définitif.",
        "لا يمكن إلغاء الوثيقة {number}: التسليم يُرتجع والإشعار الدائن نهائي.",
    ),
    "business.other_site_document": (
        "Le document {number} a été émis par un autre site : la suite se fait là-bas.",
        "الوثيقة {number} صادرة عن موقع آخر: تتم متابعتها هناك.",
    ),
    "business.quote_already_ordered": (
        "Ce devis est déjà commandé par {number}.",
        "هذا العرض مطلوب مسبقا بالطلبية {number}.",
    ),
    "business.ticket_already_invoiced": (
        "Le ticket {ticket} est déjà facturé par {number}.",
        "التذكرة {ticket} مفوترة مسبقا بالفاتورة {number}.",
    ),
    "business.ticket_in_global_invoice": (
        "Le ticket {ticket} figure déjà dans la facture globale du jour {number}.",
        "التذكرة {ticket} مدرجة في الفاتورة الإجمالية لليوم {number}.",
    ),
    "business.ticket_invoice_credit": (
        "La facture {number} reprend un ticket de caisse : reprenez la marchandise en caisse.",
        "الفاتورة {number} لتذكرة صندوق: استرجع السلعة في الصندوق.",
    ),
    "business.ticket_not_invoiceable": (
        "Le ticket {ticket} ne peut pas être facturé : il est annulé ou c'est un avoir.",
        "لا يمكن فوترة التذكرة {ticket}: ملغاة أو إشعار دائن.",
    ),
    "business.not_a_business_customer": (
        "Le client {customer} n'a aucun identifiant légal : complétez sa fiche professionnelle.",
        "العميل {customer} بلا معرف قانوني: أكمل بطاقته المهنية.",
    ),
}
