"""The sentences of the till, invoices, numbering and receivables: code -> (French, Arabic)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "invoicing.global_invoice_not_applicable": (
        "La facture globale des tickets du jour ne concerne que les magasins tunisiens, pas {country}.",
        "الفاتورة الإجمالية لتذاكر اليوم تخص الفروع التونسية فقط، وليس {country}.",
    ),
    "invoicing.no_ticket_sales": (
        "Aucune vente sur ticket à facturer le {day}.",
        "لا توجد مبيعات بالتذاكر للفوترة يوم {day}.",
    ),
    "invoicing.global_invoice_exists": (
        "La facture globale {number} couvre déjà le {day}.",
        "الفاتورة الإجمالية {number} تغطي يوم {day} مسبقا.",
    ),
    "invoicing.global_invoice_mismatch": (
        "Facture globale {number} : {field} ne correspond pas aux montants par taux.",
        "الفاتورة الإجمالية {number}: {field} لا يطابق المبالغ حسب النسبة.",
    ),
    "invoicing.missing_mentions": (
        "Facture non imprimée : la fiche de la société ne dit pas {mentions}, "
        "que la loi exige sur une facture.",
        "لم تطبع الفاتورة: بطاقة الشركة لا تذكر {mentions}، وهو ما يشترطه القانون في الفاتورة.",
    ),
    "numbering.chain_broken": (
        "La chaîne d'empreintes de {series} est rompue au numéro {number}.",
        "سلسلة البصمات لـ {series} منقطعة عند الرقم {number}.",
    ),
    "numbering.invalid": (
        "{number} n'est pas un numéro de document valide.",
        "{number} ليس رقم وثيقة صالحا.",
    ),
    "numbering.series_gap": (
        "Il manque les numéros {missing} dans la série {series}.",
        "الأرقام {missing} ناقصة في السلسلة {series}.",
    ),
    "receivables.allocation_exceeds_payment": (
        "Paiement {payment} : {allocated} affectés, plus que ses {amount}.",
        "الدفعة {payment}: تم تخصيص {allocated}، أكثر من مبلغها {amount}.",
    ),
    "receivables.bad_instalments": (
        "Les échéances doivent couvrir 100 % de la facture, pas {total} %.",
        "يجب أن تغطي الأقساط 100 % من الفاتورة، لا {total} %.",
    ),
    "receivables.bad_instrument_transition": (
        "Un(e) {tender} à l'état {state} ne peut pas être {event}.",
        "لا يمكن أن يكون {tender} في الحالة {state} موضوع {event}.",
    ),
    "receivables.credit_exceeds_invoice": (
        "Ligne {line} : avoir de {quantity}, plus que les {left} restant sur la facture.",
        "السطر {line}: إشعار دائن بـ {quantity}، أكثر من {left} المتبقية في الفاتورة.",
    ),
    "receivables.credit_limit_exceeded": (
        "Client {customer} : un encours de {exposure} dépasserait le plafond de crédit de {limit}.",
        "الزبون {customer}: مستحقات قدرها {exposure} تتجاوز سقف الائتمان {limit}.",
    ),
    "receivables.delay_exceeds_cap": (
        "Délai de paiement de {days} jours : la loi ({country}) autorise au plus {maximum} jours.",
        "أجل دفع قدره {days} يوما: القانون ({country}) يسمح بـ {maximum} يوما على الأكثر.",
    ),
    "receivables.delivery_exceeds_order": (
        "Ligne {line} : livrer {quantity}, il ne reste que {left} à livrer sur la commande.",
        "السطر {line}: تسليم {quantity}، والمتبقي للتسليم في الطلبية {left} فقط.",
    ),
    "receivables.due_before_invoice": (
        "L'échéance {due} précède la date de la facture {issued}.",
        "تاريخ الاستحقاق {due} يسبق تاريخ الفاتورة {issued}.",
    ),
    "receivables.foreign_cash_on_account": (
        "Les espèces en {currency} ne sont pas encore acceptées en règlement de compte : "
        "leur droit de timbre est dû en {local}.",
        "النقد بعملة {currency} غير مقبول بعد لتسديد الحساب: رسم الطابع عليه مستحق بعملة {local}.",
    ),
    "receivables.invalid_legal_id": (
        "{value} n'est pas un {kind} valide pour {country}.",
        "{value} ليس {kind} صالحا في {country}.",
    ),
    "receivables.invoice_cancelled": (
        "La facture {invoice} est annulée : elle ne peut pas être payée.",
        "الفاتورة {invoice} ملغاة: لا يمكن دفعها.",
    ),
    "receivables.invoice_exceeds_delivered": (
        "Ligne {line} : facturer {quantity}, seuls {deliverable} sont livrés et non facturés.",
        "السطر {line}: فوترة {quantity}، والمسلم غير المفوتر {deliverable} فقط.",
    ),
    "receivables.invoice_paid": (
        "La facture {invoice} est (partiellement) payée : faites un avoir au lieu de l'annuler.",
        "الفاتورة {invoice} مدفوعة كليا أو جزئيا: أصدر إشعارا دائنا بدل إلغائها.",
    ),
    "receivables.missing_instrument_detail": (
        "Un paiement par {tender} demande son {detail}.",
        "الدفع بـ {tender} يتطلب {detail}.",
    ),
    "receivables.mixed_currencies": (
        "Le document {document} est en {currency}, le paiement en {expected}.",
        "المستند {document} بعملة {currency}، والدفعة بعملة {expected}.",
    ),
    "receivables.over_allocation": (
        "Facture {invoice} : affecter {amount}, seuls {open} restent dus.",
        "الفاتورة {invoice}: تخصيص {amount}، والمتبقي المستحق {open} فقط.",
    ),
    "receivables.unknown_terms": (
        "Conditions de paiement inconnues : {terms}.",
        "شروط دفع غير معروفة: {terms}.",
    ),
    "sales.discount_exceeds_amount": (
        "La remise {discount} dépasse le montant {amount}.",
        "التخفيض {discount} يتجاوز المبلغ {amount}.",
    ),
    "sales.discount_needs_approval": (
        "Une remise de {percent} % demande l'accord d'un responsable.",
        "تخفيض {percent} % يتطلب موافقة المسؤول.",
    ),
    "sales.document_not_found": (
        "Le document {number} n'existe pas.",
        "الوثيقة {number} غير موجودة.",
    ),
    "sales.empty_document": ("Le ticket est vide.", "الوصل فارغ."),
    "sales.foreign_tender_not_cash": (
        "Seules les espèces peuvent être en devise, pas « {kind} ».",
        "النقد وحده يقبل بالعملة الأجنبية، وليس «{kind}».",
    ),
    "sales.held_ticket_not_found": (
        "Le ticket en attente {ticket} n'existe pas.",
        "الوصل المعلق {ticket} غير موجود.",
    ),
    "sales.insufficient_payment": (
        "Payé {paid} sur {due} dus.",
        "المدفوع {paid} من {due} المستحق.",
    ),
    "sales.insufficient_store_credit": (
        "L'avoir disponible {available} est inférieur à {requested}.",
        "الرصيد المتاح {available} أقل من {requested}.",
    ),
    "sales.invalid_count": ("Comptage de caisse invalide : {value}.", "عد نقدي غير صالح: {value}."),
    "sales.invalid_discount": ("Remise invalide : {value}.", "تخفيض غير صالح: {value}."),
    "sales.invalid_line": (
        "Ligne {line} : quantité {quantity} ou prix {price} invalide.",
        "السطر {line}: الكمية {quantity} أو السعر {price} غير صالح.",
    ),
    "sales.invalid_return_quantity": (
        "Ligne {line} : quantité à rendre invalide ({quantity}).",
        "السطر {line}: كمية الإرجاع غير صالحة ({quantity}).",
    ),
    "sales.invalid_tender": (
        "Paiement {kind} invalide : {amount}.",
        "دفع {kind} غير صالح: {amount}.",
    ),
    "sales.negative_total": (
        "Le total {total} ne peut pas être négatif.",
        "المجموع {total} لا يمكن أن يكون سالبا.",
    ),
    "sales.no_open_session": (
        "Aucune session de caisse ouverte sur la caisse {register} (F4 pour l'ouvrir).",
        "لا توجد جلسة صندوق مفتوحة في {register} (F4 لفتحها).",
    ),
    "sales.not_returnable": (
        "Le document {number} ne peut pas faire l'objet d'un retour.",
        "الوثيقة {number} لا تقبل الإرجاع.",
    ),
    "sales.overpaid_non_cash": (
        "Carte, chèque, virement ou avoir ({paid}) dépassent le total {total}.",
        "الدفع بالبطاقة أو الشيك أو التحويل أو الرصيد ({paid}) يتجاوز المجموع {total}.",
    ),
    "sales.return_exceeds_sold": (
        "Ligne {line} : {requested} demandé, mais {sold} vendu et {returned} déjà rendu.",
        "السطر {line}: المطلوب {requested}، المباع {sold}، المرتجع سابقا {returned}.",
    ),
    "sales.session_already_open": (
        "Une session est déjà ouverte sur la caisse {register}.",
        "توجد جلسة مفتوحة في الصندوق {register}.",
    ),
    "sales.price_override_needs_approval": (
        "Ligne {line} : un prix saisi en caisse demande l'accord d'un responsable.",
        "السطر {line}: سعر مُدخل في الصندوق يحتاج إلى موافقة المسؤول.",
    ),
    "sales.quantity_not_positive": (
        "La quantité {quantity} doit être supérieure à zéro.",
        "يجب أن تكون الكمية {quantity} أكبر من الصفر.",
    ),
    "sales.unknown_product": ("Aucun article pour le code {code}.", "لا يوجد منتج بالرمز {code}."),
    # receivables (payments, instruments, refunds)
    "receivables.refund_exceeds_credit": (
        "Remboursement de {amount} : il ne reste que {credit} d'avoir au client.",
        "استرداد {amount}: لم يتبق للزبون سوى رصيد دائن قدره {credit}.",
    ),
    "receivables.not_an_instrument": (
        "Le paiement {payment} n'est ni un chèque ni une traite.",
        "الدفعة {payment} ليست شيكا ولا كمبيالة.",
    ),
    "receivables.payment_not_found": (
        "Aucun paiement {payment} sur ce site.",
        "لا توجد دفعة {payment} في هذا الموقع.",
    ),
    "receivables.invoice_unknown": (
        "La facture {invoice} n'est pas (encore) sur ce site.",
        "الفاتورة {invoice} غير موجودة في هذا الموقع (بعد).",
    ),
    "receivables.already_revalued": (
        "Les créances en devises du {day} sont déjà réévaluées.",
        "الديون بالعملات الأجنبية ليوم {day} أعيد تقييمها من قبل.",
    ),
    "receivables.instrument_elsewhere": (
        "Le paiement {payment} a été reçu à {branch} : son chèque ou sa traite y est suivi.",
        "استلمت الدفعة {payment} في {branch}: يتابع شيكها أو كمبيالتها هناك.",
    ),
    "receivables.foreign_credit_application": (
        "Un avoir en {currency} ne peut pas encore être imputé sur des factures, seulement en {local}.",
        "لا يمكن بعد تخصيص رصيد دائن بـ {currency} للفواتير، بل بـ {local} فقط.",
    ),
    "receivables.nothing_to_apply": (
        "Aucune facture ouverte sur laquelle imputer l'avoir de {credit}.",
        "لا توجد فاتورة مفتوحة لتخصيص الرصيد الدائن {credit} لها.",
    ),
    "receivables.not_enough_credit": (
        "Imputation de {amount} : il ne reste que {credit} d'avoir.",
        "تخصيص {amount}: لم يتبق سوى رصيد دائن قدره {credit}.",
    ),
    "receivables.nothing_overdue": (
        "Le client {customer} n'a aucune facture échue.",
        "ليست للزبون {customer} أي فاتورة متأخرة.",
    ),
    "receivables.credit_limit_blocked": (
        "Client {customer} : un encours de {exposure} dépasserait le plafond de {limit} ; "
        "le code d'un responsable est nécessaire.",
        "الزبون {customer}: مستحقات قدرها {exposure} تتجاوز السقف {limit}؛ "
        "يلزم الرمز السري للمسؤول.",
    ),
    # till: on account and loyalty points (helper till)
    "sales.on_account_needs_customer": (
        "Un ticket en compte demande un client : choisissez-le (Ctrl+K).",
        "التذكرة على الحساب تتطلب زبونا: اختره (Ctrl+K).",
    ),
    "sales.no_credit_terms": (
        "{customer} n'a pas de conditions de paiement à crédit : rien ne peut être mis sur son compte.",
        "ليس لـ {customer} شروط دفع بالأجل: لا يمكن تسجيل أي مبلغ على حسابه.",
    ),
    "sales.points_need_customer": (
        "Les points ne s'utilisent que sur un ticket avec un client.",
        "لا تستعمل النقاط إلا في تذكرة لها زبون.",
    ),
    # returns of tickets on account (helper returns)
    "sales.not_on_account": (
        "Le ticket {number} n'a rien laissé en compte : il ne peut pas être remboursé en compte.",
        "لم تترك التذكرة {number} شيئا على الحساب: لا يمكن إرجاع مبلغها إلى الحساب.",
    ),
    "sales.refund_exceeds_on_account": (
        "{amount} dépasse ce que le ticket a laissé en compte.",
        "{amount} يتجاوز ما تركته التذكرة على الحساب.",
    ),
}
