"""The sentences of logging in, money, quantities, barcodes, storage, taxes and the plain HTTP refusals: code -> (French, Arabic)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "auth.invalid_credentials": (
        "Nom d'utilisateur ou mot de passe incorrect.",
        "اسم المستخدم أو كلمة المرور غير صحيحة.",
    ),
    "auth.device_revoked": (
        "Le siège a révoqué ce poste : demandez-lui un nouveau jeton d'inscription.",
        "ألغى المقر الرئيسي ترخيص هذا الجهاز: اطلب منه رمز تسجيل جديدا.",
    ),
    "auth.head_office_key_unreadable": (
        "Cette connexion à la base ne peut pas lire la clé du siège.",
        "لا يمكن لهذا الاتصال بقاعدة البيانات قراءة مفتاح المقر الرئيسي.",
    ),
    "auth.invalid_pin": ("Code PIN incorrect.", "الرمز السري غير صحيح."),
    "auth.locked_out": (
        "Trop d'essais : réessayez dans {minutes} minutes.",
        "محاولات كثيرة: أعد المحاولة بعد {minutes} دقيقة.",
    ),
    "auth.pin_locked": (
        "Trop de codes PIN erronés sur cette caisse : PIN refusés pendant {minutes} minutes "
        "(connexion par mot de passe possible).",
        "رموز سرية خاطئة كثيرة في هذا الصندوق: الرموز مرفوضة لمدة {minutes} دقيقة "
        "(يمكن الدخول بكلمة المرور).",
    ),
    "auth.permission_denied": (
        "{user} n'a pas le droit « {permission} ».",
        "ليست لـ {user} صلاحية «{permission}».",
    ),
    "auth.user_inactive": ("Le compte {user} est désactivé.", "الحساب {user} معطل."),
    "barcodes.bad_check_digit": (
        "Code-barres mal lu (clé de contrôle fausse) : {code}.",
        "قراءة خاطئة للرمز الشريطي (رقم التحقق): {code}.",
    ),
    "barcodes.invalid": (
        "{code} n'est pas un code-barres valide.",
        "{code} ليس رمزا شريطيا صالحا.",
    ),
    "barcodes.invalid_layout": (
        "{layout} n'est pas un format d'étiquette de balance.",
        "{layout} ليس تنسيقا لملصق الميزان.",
    ),
    "barcodes.invalid_quantity": (
        "{quantity} n'est pas une quantité valide.",
        "{quantity} ليست كمية صالحة.",
    ),
    "clock.drift_too_large": (
        "L'horloge distante avance de {drift_ms} ms, plus que permis.",
        "ساعة الجهاز البعيد متقدمة بـ {drift_ms} ملي ثانية، أكثر من المسموح.",
    ),
    "clock.invalid_timestamp": (
        "{value} n'est pas un horodatage valide.",
        "{value} ليس طابعا زمنيا صالحا.",
    ),
    "common.invalid_value": (
        "Valeur invalide pour {field} : {value}.",
        "قيمة غير صالحة لـ {field}: {value}.",
    ),
    "common.not_found": ("{entity} {id} est introuvable.", "{entity} {id} غير موجود."),
    "common.required": ("{field} est obligatoire.", "{field} إلزامي."),
    "http.error": (
        "Le serveur a refusé la demande : {detail}.",
        "رفض الخادم الطلب: {detail}.",
    ),
    "http.internal_error": (
        "Le serveur a échoué sur cette demande (incident {incident}).",
        "تعذر على الخادم تنفيذ هذا الطلب (الحادثة {incident}).",
    ),
    "http.invalid_request": (
        "La demande n'est pas valide ({path}) : {reason}.",
        "الطلب غير صالح ({path}): {reason}.",
    ),
    "http.method_not_allowed": (
        "{path} n'accepte pas la méthode {method}.",
        "{path} لا يقبل الطريقة {method}.",
    ),
    "http.not_found": ("Rien n'est servi à l'adresse {path}.", "لا شيء متاح في العنوان {path}."),
    "http.unavailable": (
        "Le serveur ne peut pas répondre pour l'instant : {reason}.",
        "لا يستطيع الخادم الرد حاليا: {reason}.",
    ),
    "money.allocation_empty": (
        "Un montant ne peut pas être réparti sur zéro part.",
        "لا يمكن توزيع مبلغ على صفر أجزاء.",
    ),
    "money.allocation_negative_ratio": (
        "Les clés de répartition ne peuvent pas être négatives.",
        "نسب التوزيع لا يمكن أن تكون سالبة.",
    ),
    "money.currency_mismatch": (
        "Impossible de combiner {left} et {right}.",
        "لا يمكن الجمع بين {left} و {right}.",
    ),
    "money.invalid_amount": ("{amount} n'est pas un montant valide.", "{amount} ليس مبلغا صالحا."),
    "money.invalid_rate": (
        "Le cours {rate} doit être positif.",
        "سعر الصرف {rate} يجب أن يكون موجبا.",
    ),
    "money.missing_rate": (
        "Pas de cours {source}/{target} au {on}.",
        "لا يوجد سعر صرف {source}/{target} بتاريخ {on}.",
    ),
    "money.too_precise": (
        "{amount} a plus de décimales que {currency} n'en permet.",
        "{amount} به أرقام عشرية أكثر مما تسمح به {currency}.",
    ),
    "money.unknown_currency": ("Devise inconnue : {currency}.", "عملة غير معروفة: {currency}."),
    "quantity.invalid": (
        "{quantity} n'est pas une quantité valide.",
        "{quantity} ليست كمية صالحة.",
    ),
    "quantity.too_precise": (
        "{quantity} a trop de décimales pour l'unité {unit}.",
        "{quantity} بها أرقام عشرية كثيرة بالنسبة للوحدة {unit}.",
    ),
    "quantity.unknown_unit": ("Unité inconnue : {unit}.", "وحدة غير معروفة: {unit}."),
    "setup.no_replica": (
        "Il n'y a pas de réplique dans {folder}, et rien n'a été installé.",
        "لا توجد نسخة محلية في {folder}، ولم يتم إعداد أي شيء.",
    ),
    "setup.replica_exists": (
        "Une réplique existe déjà : {path} ; ajoutez --force pour la remplacer.",
        "توجد نسخة محلية في {path}؛ أضف ‎--force لاستبدالها.",
    ),
    "storage.delete_refused": (
        "Les données de gestion ne sont jamais supprimées : annulez ou archivez.",
        "لا تحذف بيانات التسيير أبدا: ألغ أو أرشف.",
    ),
    "storage.immutable": (
        "Un document validé ou une écriture comptabilisée ne peut pas être modifié.",
        "لا يمكن تعديل وثيقة نهائية أو قيد مسجل.",
    ),
    "storage.integrity": (
        "La modification enfreint une règle de la base : {detail}.",
        "التعديل يخالف قاعدة في قاعدة البيانات: {detail}.",
    ),
    "storage.migration_failed": (
        "La mise à jour vers {revision} a échoué ; la base a été restaurée depuis {backup}.",
        "فشل التحديث إلى {revision}؛ استعيدت القاعدة من {backup}.",
    ),
    "storage.newer_replica": (
        "Cette base a été créée par une version plus récente ({revision}).",
        "أنشئت هذه القاعدة بإصدار أحدث ({revision}).",
    ),
    "tax.negative_stamp_base": (
        "Pas de droit de timbre sur un montant négatif ({amount}).",
        "لا يحسب الطابع على مبلغ سالب ({amount}).",
    ),
    "tax.unknown_country": (
        "Pas de règles fiscales pour le pays {country}.",
        "لا توجد قواعد جبائية للبلد {country}.",
    ),
    "tax.unknown_tax_class": (
        "Pas de taux de TVA {tax_class} en {country} au {on}.",
        "لا توجد نسبة رسم {tax_class} في {country} بتاريخ {on}.",
    ),
}
