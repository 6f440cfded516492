"""The sentences of the books: ledger, posting, reconciliation: code -> (French, Arabic)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "ledger.already_posted": ("{source} est déjà comptabilisé.", "{source} مسجل محاسبيا من قبل."),
    "ledger.empty_entry": ("L'écriture de {source} n'a aucune ligne.", "قيد {source} بدون أسطر."),
    "ledger.period_closed": (
        "La période {period} est clôturée : rien ne peut être comptabilisé au {on}.",
        "الفترة {period} مغلقة: لا يمكن التسجيل بتاريخ {on}.",
    ),
    "ledger.reverse_reversal": (
        "L'écriture {entry} est déjà une extourne.",
        "القيد {entry} هو قيد إلغاء.",
    ),
    "ledger.role_not_mapped": (
        "Aucun compte ne joue le rôle {role} dans le plan comptable {country}.",
        "لا يوجد حساب يقوم بدور {role} في مخطط الحسابات {country}.",
    ),
    "ledger.unbalanced": (
        "L'écriture de {source} n'est pas équilibrée : débit {debit}, crédit {credit}.",
        "قيد {source} غير متوازن: مدين {debit}، دائن {credit}.",
    ),
    "ledger.unknown_account": (
        "Le compte {account} n'existe pas (rôle {role}).",
        "الحساب {account} غير موجود (الدور {role}).",
    ),
    "posting.sign_mismatch": (
        "Les montants de {role} sont de signes opposés.",
        "مبالغ {role} بإشارات متعاكسة.",
    ),
    "posting.tenders_do_not_cover": (
        "Les paiements {paid} ne correspondent pas au total {due}.",
        "المدفوعات {paid} لا تطابق المجموع {due}.",
    ),
    "posting.unknown_tender": (
        "Moyen de paiement inconnu : {kind}.",
        "وسيلة دفع غير معروفة: {kind}.",
    ),
    "reconcile.document_altered": (
        "Le document {number} a été modifié après sa validation : {columns}.",
        "تم تعديل المستند {number} بعد اعتماده: {columns}.",
    ),
    "reconcile.level_unlike_movements": (
        "Magasin {branch} : le stock de {product} est {level_milli} mais ses mouvements font "
        "{movements_milli} (millièmes).",
        "الفرع {branch}: مخزون {product} هو {level_milli} لكن حركاته مجموعها {movements_milli} "
        "(بالأجزاء من الألف).",
    ),
    "reconcile.trial_balance": (
        "La balance est fausse : débit {debit_minor}, crédit {credit_minor}.",
        "ميزان المراجعة غير متوازن: مدين {debit_minor}، دائن {credit_minor}.",
    ),
    "reconcile.inventory_account": (
        "Magasin {branch} : le compte {account} porte {booked_minor} mais les mouvements de stock valent {movements_minor}.",
        "الفرع {branch}: الحساب {account} يحمل {booked_minor} لكن حركات المخزون تساوي {movements_minor}.",
    ),
    "reconcile.day_totals_unlike_lines": (
        "Magasin {branch}, le {day}, compte {account} : les totaux du jour portent débit "
        "{totals_debit_minor}, crédit {totals_credit_minor}, mais les lignes font débit "
        "{lines_debit_minor}, crédit {lines_credit_minor}.",
        "الفرع {branch}، يوم {day}، الحساب {account}: مجاميع اليوم مدين {totals_debit_minor} "
        "ودائن {totals_credit_minor} لكن القيود مجموعها مدين {lines_debit_minor} "
        "ودائن {lines_credit_minor}.",
    ),
}
