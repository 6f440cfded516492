"""The sentences of purchasing and payables: code -> (French, Arabic)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "payables.acceptance_needs_reason": (
        "Facture {invoice} : accepter un écart demande un motif.",
        "الفاتورة {invoice}: قبول الفارق يتطلب ذكر السبب.",
    ),
    "payables.approval_required": (
        "Commande {order} : son total de {total} dépasse {threshold}, un responsable doit l'approuver.",
        "الطلبية {order}: مجموعها {total} يتجاوز {threshold}، يجب أن يوافق عليها مسؤول.",
    ),
    "payables.bad_currency": (
        "Fournisseur {supplier} : {currency} n'est pas un code de devise.",
        "المورد {supplier}: {currency} ليس رمز عملة.",
    ),
    "payables.bad_landed_basis": (
        "Les frais d'approche ne peuvent pas être répartis selon {basis}.",
        "لا يمكن توزيع مصاريف الاستيراد حسب {basis}.",
    ),
    "payables.bad_order_transition": (
        "La commande {order} est {status} : elle ne peut pas passer à {target}.",
        "الطلبية {order} في حالة {status}: لا يمكن أن تصبح {target}.",
    ),
    "payables.bad_pack": (
        "Un conditionnement de {pack} ne peut pas être commandé.",
        "لا يمكن طلب عبوة من {pack}.",
    ),
    "payables.bad_supplied_product": (
        "Fournisseur {supplier} : l'article {product} demande une référence, un prix dans la devise du fournisseur, un délai et un conditionnement.",
        "المورد {supplier}: المنتج {product} يحتاج مرجعًا وسعرًا بعملة المورد ومدة تسليم وعبوة.",
    ),
    "payables.bad_window": (
        "Des ventes sur {days} jours ne donnent pas de rythme journalier.",
        "لا تعطي مبيعات {days} يومًا معدلًا يوميًا.",
    ),
    "payables.duplicate_supplied_product": (
        "Le fournisseur {supplier} liste deux fois l'article {product}.",
        "المورد {supplier} يذكر المنتج {product} مرتين.",
    ),
    "payables.empty_document": (
        "Un document {kind} demande au moins une ligne.",
        "المستند {kind} يتطلب سطرًا واحدًا على الأقل.",
    ),
    "payables.foreign_cash_payment": (
        "Payer un fournisseur en espèces en {currency} n'est pas encore pris en charge : le droit sur les espèces est dû en {local}.",
        "دفع مورد نقدًا بـ {currency} غير مدعوم بعد: رسم الدفع نقدًا مستحق بـ {local}.",
    ),
    "payables.invalid_bank_account": (
        "{value} n'est pas un compte bancaire valide pour {country}.",
        "{value} ليس حسابًا بنكيًا صالحًا في {country}.",
    ),
    "payables.invalid_line": (
        "Ligne {line} : {quantity} à {price} ne peut être ni commandé, ni reçu, ni facturé.",
        "السطر {line}: لا يمكن طلب {quantity} بسعر {price} ولا استلامه ولا فوترته.",
    ),
    "payables.invalid_payment": (
        "Paiement {payment} : {amount} ne peut pas être payé.",
        "الدفعة {payment}: لا يمكن دفع {amount}.",
    ),
    "payables.invoice_blocked": (
        "La facture {invoice} ne concorde pas avec sa commande et ses réceptions : elle ne peut être payée avant d'être acceptée.",
        "الفاتورة {invoice} لا تطابق طلبيتها واستلاماتها: لا يمكن دفعها قبل قبولها.",
    ),
    "payables.invoice_cancelled": (
        "La facture {invoice} est annulée : elle ne peut pas être payée.",
        "الفاتورة {invoice} ملغاة: لا يمكن دفعها.",
    ),
    "payables.missing_instrument_detail": (
        "Un paiement par {tender} demande son {detail}.",
        "الدفع بـ {tender} يتطلب {detail}.",
    ),
    "payables.missing_supplier_number": (
        "La facture {invoice} demande le numéro de facture du fournisseur.",
        "الفاتورة {invoice} تتطلب رقم فاتورة المورد.",
    ),
    "payables.nothing_to_accept": (
        "La facture {invoice} n'est pas bloquée : il n'y a rien à accepter.",
        "الفاتورة {invoice} غير موقوفة: لا شيء يُقبل.",
    ),
    "payables.nothing_to_land": (
        "Les frais d'approche demandent des lignes reçues avec un(e) {basis} sur quoi les répartir.",
        "مصاريف الاستيراد تتطلب أسطرًا مستلمة لها {basis} لتوزيعها عليها.",
    ),
    "payables.order_for_another_branch": (
        "La commande {order} est destinée à une autre agence : recevez-la là-bas.",
        "الطلبية {order} موجهة لفرع آخر: استلمها هناك.",
    ),
    "payables.order_not_open": (
        "La commande {order} est {status} : plus rien ne peut être reçu sur elle.",
        "الطلبية {order} في حالة {status}: لا يمكن استلام شيء آخر عليها.",
    ),
    "payables.over_delivery": (
        "Commande {order} : {received} de l'article {product} reçus pour {ordered} commandés, au-delà de la tolérance de {tolerance} %.",
        "الطلبية {order}: استُلم {received} من المنتج {product} مقابل {ordered} مطلوبة، بما يتجاوز هامش {tolerance} %.",
    ),
    "payables.product_not_supplied": (
        "Le fournisseur {supplier} ne fournit pas l'article {product}.",
        "المورد {supplier} لا يورّد المنتج {product}.",
    ),
    "payables.receipt_without_supplier": (
        "La réception {receipt} doit nommer son fournisseur.",
        "الاستلام {receipt} يجب أن يذكر مورده.",
    ),
    "payables.substitution_refused": (
        "Commande {order} : l'article {product} n'a pas été commandé ; un responsable doit l'accepter comme substitut.",
        "الطلبية {order}: المنتج {product} غير مطلوب؛ يجب أن يقبله مسؤول كبديل.",
    ),
    "payables.supplier_without_name": (
        "Le fournisseur {supplier} doit avoir un nom.",
        "المورد {supplier} يجب أن يكون له اسم.",
    ),
    "payables.unallocated_payment": (
        "Paiement {payment} : {unallocated} n'est affecté à aucune facture ouverte.",
        "الدفعة {payment}: {unallocated} غير مخصص لأي فاتورة مفتوحة.",
    ),
    "payables.wrong_supplier": (
        "La commande {order} est d'un autre fournisseur.",
        "الطلبية {order} من مورد آخر.",
    ),
    # app and server (issue 14)
    "payables.order_for_head_office": (
        "Le siège {branch} n'a pas de stock : commandez pour une succursale.",
        "المقر {branch} لا مخزون له: اطلب لفرع.",
    ),
    "payables.order_not_draft": (
        "La commande {order} est {status} : seul un brouillon peut être modifié ou envoyé.",
        "الطلبية {order} حالتها {status}: لا يُعدَّل أو يُرسَل إلا المسودة.",
    ),
    # supplier returns (debit notes)
    "payables.return_above_received": (
        "Article {product} : {returned} ne peut être retourné, il reste {left} de ce qui a été reçu.",
        "المنتج {product}: لا يمكن إرجاع {returned}، المتبقي مما استُلم {left}.",
    ),
    "payables.return_wrong_supplier": (
        "{document} est d'un autre fournisseur : retournez la marchandise à ce fournisseur.",
        "{document} من مورد آخر: أرجع البضاعة إلى ذلك المورد.",
    ),
    "payables.return_from_cancelled": (
        "{document} est annulé : aucun retour ne peut s'y rapporter.",
        "{document} ملغى: لا يمكن الإرجاع عليه.",
    ),
    "payables.return_not_invoiced": (
        "La facture {invoice} ne facture pas la marchandise de la réception {receipt}.",
        "الفاتورة {invoice} لا تفوتر بضاعة الاستلام {receipt}.",
    ),
    "payables.receipt_of_another_branch": (
        "La réception {receipt} est celle d'une autre succursale : retournez sa marchandise là-bas.",
        "الاستلام {receipt} تابع لفرع آخر: أرجع بضاعته هناك.",
    ),
}
