"""The sentences of payroll: code -> (French, Arabic)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "payroll.unknown_country": (
        "Pas de règles de paie pour le pays {country}.",
        "لا توجد قواعد أجور للبلد {country}.",
    ),
    "payroll.no_rule": (
        "Pas de règle de paie {rule} en {country} au {on}.",
        "لا توجد قاعدة أجور {rule} في {country} بتاريخ {on}.",
    ),
    "payroll.negative_net": (
        "Le net à payer serait négatif ({net}).",
        "سيكون الصافي الواجب دفعه سالبا ({net}).",
    ),
    "payroll.negative_amount": (
        "{field} ne peut pas être négatif ({amount}).",
        "لا يمكن أن يكون {field} سالبا ({amount}).",
    ),
    "payroll.contract_ends_before_start": (
        "Le contrat finit le {end}, avant de commencer le {start}.",
        "ينتهي العقد في {end} قبل أن يبدأ في {start}.",
    ),
    "payroll.outside_contract": (
        "Aucun contrat en vigueur en {month} (contrat du {start} au {end}).",
        "لا يوجد عقد ساري المفعول في {month} (العقد من {start} إلى {end}).",
    ),
    "payroll.unknown_overtime_kind": (
        "Pas de majoration d'heures supplémentaires {kind} en {country}.",
        "لا توجد زيادة للساعات الإضافية {kind} في {country}.",
    ),
    "payroll.unknown_allowance_kind": (
        "Pas de nature d'indemnité {kind} en {country}.",
        "لا يوجد نوع منحة {kind} في {country}.",
    ),
    "payroll.unbalanced": (
        "L'écriture de paie n'est pas équilibrée (débit {debit}, crédit {credit}).",
        "قيد الأجور غير متوازن (مدين {debit}، دائن {credit}).",
    ),
    "payroll.no_payslips": (
        "Une écriture de paie demande au moins un bulletin.",
        "يتطلب قيد الأجور كشف راتب واحدا على الأقل.",
    ),
    "payroll.mixed_countries": (
        "Des bulletins de {left} et de {right} ne peuvent pas être passés dans une même écriture.",
        "لا يمكن تسجيل كشوف رواتب {left} و{right} في قيد واحد.",
    ),
    # payroll runs (app/payroll)
    "payroll.employee_twice": (
        "{employee} figure deux fois dans la paie.",
        "يظهر {employee} مرتين في كشف الأجور.",
    ),
    "payroll.nothing_to_correct": (
        "La paie rectificative ne change rien à {number}.",
        "كشف الأجور التصحيحي لا يغير شيئا في {number}.",
    ),
    "payroll.month_closed": (
        "Le mois {month} est clôturé : aucune paie ne peut y être passée.",
        "الشهر {month} مقفل: لا يمكن تسجيل أي كشف أجور فيه.",
    ),
    "payroll.month_already_run": (
        "{month} a été payé par {number} : préparez une paie rectificative.",
        "تم دفع أجور {month} بالكشف {number}: حضّر كشفا تصحيحيا.",
    ),
    "payroll.not_the_last_run": (
        "{number} n'est pas la dernière paie de son mois ({last} l'est).",
        "{number} ليس آخر كشف أجور لشهره (الأخير هو {last}).",
    ),
    "payroll.run_not_found": (
        "Paie {run} introuvable.",
        "كشف الأجور {run} غير موجود.",
    ),
    "payroll.employees_refused": (
        "{count} salarié(s) ne peuvent pas être payés : {names}",
        "تعذر دفع أجور {count} من الأجراء: {names}",
    ),
    "payroll.not_own_payslip": (
        "{user} ne peut lire que son propre bulletin de paie.",
        "لا يمكن لـ {user} الاطلاع إلا على كشف راتبه.",
    ),
    "payroll.no_contract_terms": (
        "Le contrat de {employee} ne fixe aucun salaire.",
        "عقد {employee} لا يحدد أي أجر.",
    ),
    "payroll.missing_mentions": (
        "Il manque au bulletin de paie des mentions obligatoires : {mentions}",
        "تنقص كشف الراتب بيانات إلزامية: {mentions}",
    ),
    "payroll.bad_bank_account": (
        "Le compte {account} de {employee} n'est pas un RIB de {digits} chiffres.",
        "الحساب {account} الخاص بـ {employee} ليس رقم تعريف بنكي من {digits} رقما.",
    ),
    "payroll.nothing_to_transfer": (
        "La paie {number} ne donne lieu à aucun virement.",
        "كشف الأجور {number} لا يتطلب أي تحويل.",
    ),
    # variable items entered ahead of the run (payroll helper, issue 15)
    "payroll.negative_hours": (
        "{field} : un nombre d'heures ne peut être négatif ({hours}).",
        "{field}: لا يمكن أن يكون عدد الساعات سالبا ({hours}).",
    ),
    "payroll.unknown_employee": (
        "Aucun salarié {employee}.",
        "لا يوجد أجير {employee}.",
    ),
    "payroll.items_month_paid": (
        "La paie de {month} est passée ({number}) : ses éléments variables ne peuvent plus changer.",
        "تم ترحيل أجور {month} ({number}): لم يعد من الممكن تغيير عناصرها المتغيرة.",
    ),
    # an employee's own payslips read from a branch PC (payslips helper, issue 15)
    "payroll.not_an_employee": (
        "Le compte {user} n'est pas celui d'un salarié : il n'a pas de bulletins de paie.",
        "الحساب {user} ليس حساب أجير: لا توجد له قسائم أجور.",
    ),
    "payroll.payslips_other_branch": (
        "{user} travaille dans une autre agence : demandez vos bulletins depuis la vôtre.",
        "{user} يعمل في فرع آخر: اطلب قسائم أجورك من فرعك.",
    ),
}
