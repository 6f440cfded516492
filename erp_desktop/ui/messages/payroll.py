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
}
