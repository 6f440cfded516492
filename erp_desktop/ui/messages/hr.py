"""The sentences of employees, contracts, attendance and leave: code -> (French, Arabic)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "hr.born_after_hiring": (
        "Date de naissance {birth} postérieure à l'embauche du {hired}.",
        "تاريخ الميلاد {birth} لاحق لتاريخ التوظيف {hired}.",
    ),
    "hr.fixed_term_without_end": (
        "Le CDD {number} doit avoir une date de fin.",
        "يجب أن يكون لعقد العمل محدد المدة {number} تاريخ انتهاء.",
    ),
    "hr.trial_outside_contract": (
        "La période d'essai finit le {trial_end}, hors du contrat commençant le {start}.",
        "تنتهي فترة التجربة في {trial_end} خارج العقد الذي يبدأ في {start}.",
    ),
    "hr.terms_before_contract": (
        "Conditions du {valid_from} antérieures au début du contrat, le {start}.",
        "شروط بتاريخ {valid_from} سابقة لبداية العقد في {start}.",
    ),
    "hr.terms_date_taken": (
        "Le contrat a déjà des conditions à compter du {valid_from}.",
        "للعقد شروط سارية ابتداء من {valid_from}.",
    ),
    "hr.employee_number_taken": (
        "Le matricule {number} est celui d'un autre salarié.",
        "رقم التسجيل {number} يخص عاملا آخر.",
    ),
    "hr.records_at_head_office_only": (
        "Les dossiers du personnel sont tenus au siège uniquement.",
        "تحفظ ملفات المستخدمين في المقر الرئيسي فقط.",
    ),
    "hr.clock_out_before_in": (
        "Sortie {clock_out} antérieure à l'entrée {clock_in}.",
        "الخروج {clock_out} قبل الدخول {clock_in}.",
    ),
    "hr.already_clocked_in": (
        "{name} a déjà pointé son entrée depuis {since}.",
        "سجل {name} دخوله منذ {since}.",
    ),
    "hr.not_clocked_in": (
        "{name} n'a pas pointé son entrée.",
        "لم يسجل {name} دخوله.",
    ),
    "hr.staff_inactive": (
        "{name} ne fait plus partie du personnel.",
        "لم يعد {name} من المستخدمين.",
    ),
    "hr.other_branch": (
        "{name} travaille dans une autre agence.",
        "يعمل {name} في فرع آخر.",
    ),
    "hr.correction_reason_required": (
        "Une correction doit indiquer son motif.",
        "يجب ذكر سبب التصحيح.",
    ),
    "hr.leave_ends_before_start": (
        "Congé finissant le {end}, avant son début le {start}.",
        "عطلة تنتهي في {end} قبل بدايتها في {start}.",
    ),
    "hr.leave_overlaps": (
        "Le congé du {start} au {end} chevauche un autre congé du salarié.",
        "العطلة من {start} إلى {end} تتداخل مع عطلة أخرى للعامل.",
    ),
    "hr.leave_kind_unknown": (
        "Pas de congé de type {kind} en {country}.",
        "لا توجد عطلة من نوع {kind} في {country}.",
    ),
    "hr.leave_not_entitled": (
        "Le congé {kind} n'est pas ouvert à ce salarié.",
        "عطلة {kind} غير متاحة لهذا العامل.",
    ),
    "hr.leave_insufficient_balance": (
        "{requested} jours de {kind} demandés, {available} disponibles.",
        "طلب {requested} يوما من {kind}، والمتاح {available}.",
    ),
    "hr.leave_too_long": (
        "{requested} jours de {kind} demandés, au plus {maximum}.",
        "طلب {requested} يوما من {kind}، والحد الأقصى {maximum}.",
    ),
    "hr.leave_not_pending": (
        "Cette demande de congé est déjà {status}.",
        "طلب العطلة هذا {status} مسبقا.",
    ),
    "hr.no_working_day": (
        "Aucun jour ouvrable du {start} au {end}.",
        "لا يوجد يوم عمل من {start} إلى {end}.",
    ),
}
