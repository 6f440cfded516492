"""Error codes made into sentences for people, in the user's language.

The kernel and app raise codes with parameters; this is the only place they become text.
Every code has its French and Arabic sentence here (a test checks that none is missing and
that each names the same parameters as the code's English description, declared beside
the code in ``kernel/error_codes``).
"""

from __future__ import annotations

import string
from typing import Any

from erp_desktop.kernel.errors import ErpError, error_catalog

# code: (French, Arabic)
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
    "inventory.count_not_open": (
        "L'inventaire {count} n'est pas ouvert.",
        "الجرد {count} غير مفتوح.",
    ),
    "inventory.empty_document": ("Le document de stock est vide.", "وثيقة المخزون فارغة."),
    "inventory.negative_cost": (
        "L'article {product} ne peut pas avoir un coût négatif.",
        "لا يمكن أن تكون تكلفة المنتج {product} سالبة.",
    ),
    "inventory.negative_count": (
        "Quantité comptée négative ({quantity}) pour l'article {product}.",
        "الكمية المعدودة {quantity} للمنتج {product} سالبة.",
    ),
    "inventory.same_branch_transfer": (
        "Un transfert se fait entre deux magasins différents.",
        "التحويل يكون بين فرعين مختلفين.",
    ),
    "inventory.transfer_confirmer_not_allowed": (
        "{user} ne peut pas confirmer un transfert au-delà du stock disponible.",
        "لا يمكن لـ{user} تأكيد تحويل يتجاوز المخزون المتوفر.",
    ),
    "inventory.transfer_exceeds_stock": (
        "{quantity} × {product} à envoyer mais {on_hand} en stock : un responsable doit confirmer.",
        "إرسال {quantity} من {product} والمتوفر {on_hand} فقط: يجب أن يؤكد المسؤول.",
    ),
    "inventory.transfer_not_in_transit": (
        "Le transfert {transfer} n'est pas en cours d'acheminement.",
        "التحويل {transfer} ليس في الطريق.",
    ),
    "inventory.transfer_wrong_branch": (
        "Le transfert {transfer} n'est pas destiné à ce magasin.",
        "التحويل {transfer} غير موجه لهذا الفرع.",
    ),
    "inventory.wrong_sign": (
        "Un mouvement « {kind} » ne peut pas porter la quantité {quantity}.",
        "حركة «{kind}» لا يمكن أن تحمل الكمية {quantity}.",
    ),
    "inventory.zero_quantity": (
        "Le mouvement de l'article {product} n'a pas de quantité.",
        "حركة المنتج {product} بدون كمية.",
    ),
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
    "protocol.bad_value": (
        "{path} n'est pas un(e) {expected} valide.",
        "{path} ليس {expected} صالحا.",
    ),
    "protocol.batch_too_large": (
        "{count} modifications dans un lot, au plus {limit}.",
        "{count} تغيير في دفعة واحدة، الحد الأقصى {limit}.",
    ),
    "protocol.body_too_large": (
        "Le corps de la requête dépasse {limit} octets.",
        "حجم الطلب يتجاوز {limit} بايت.",
    ),
    "protocol.invalid_json": (
        "Le corps de la requête n'est pas du JSON.",
        "محتوى الطلب ليس بصيغة JSON.",
    ),
    "protocol.key_reused": (
        "La clé d'idempotence {key} a déjà servi pour un autre lot.",
        "مفتاح التكرار {key} استعمل من قبل لدفعة أخرى.",
    ),
    "protocol.wrong_branch": (
        "{what} {id} n'appartient pas au magasin de ce poste.",
        "{what} {id} لا ينتمي إلى فرع هذا الجهاز.",
    ),
    "protocol.not_applied_yet": (
        "Ce serveur n'applique pas encore les modifications « {entity} ».",
        "هذا الخادم لا يطبق بعد تغييرات «{entity}».",
    ),
    "protocol.missing_field": ("{path} manque.", "{path} مفقود."),
    "protocol.unprocessable": (
        "Le serveur n'a pas pu calculer cette modification ({reason}).",
        "تعذر على الخادم حساب هذا التغيير ({reason}).",
    ),
    "protocol.out_of_range": (
        "{path} doit être compris entre {minimum} et {maximum}.",
        "يجب أن يكون {path} بين {minimum} و{maximum}.",
    ),
    "protocol.unknown_entity": (
        "{entity} n'est pas un type de modification connu.",
        "{entity} ليس نوع تغيير معروفا.",
    ),
    "protocol.unknown_field": ("{path} n'est pas un champ connu.", "{path} ليس حقلا معروفا."),
    "protocol.unsupported_version": (
        "La version {version} du protocole est plus récente que {supported}.",
        "إصدار البروتوكول {version} أحدث من {supported}.",
    ),
    "protocol.wrong_type": ("{path} doit être un(e) {expected}.", "{path} يجب أن يكون {expected}."),
    "quantity.invalid": (
        "{quantity} n'est pas une quantité valide.",
        "{quantity} ليست كمية صالحة.",
    ),
    "quantity.too_precise": (
        "{quantity} a trop de décimales pour l'unité {unit}.",
        "{quantity} بها أرقام عشرية كثيرة بالنسبة للوحدة {unit}.",
    ),
    "quantity.unknown_unit": ("Unité inconnue : {unit}.", "وحدة غير معروفة: {unit}."),
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
    "sync.offline": (
        "Le serveur {url} est injoignable : le travail continue hors ligne.",
        "الخادم {url} غير متاح: العمل مستمر دون اتصال.",
    ),
    "sync.server_error": (
        "Le serveur a répondu {status} ; les modifications restent en attente.",
        "أجاب الخادم بـ {status}؛ التغييرات تبقى في الانتظار.",
    ),
    "sync.refused": ("Le serveur a refusé la demande : {code}.", "رفض الخادم الطلب: {code}."),
    "sync.actor_missing": (
        "La modification {change} ne dit pas quel utilisateur l'a faite.",
        "التعديل {change} لا يذكر المستخدم الذي قام به.",
    ),
    "sync.actor_unknown": (
        "Le serveur ne connaît pas l'utilisateur {actor} (modification {change}).",
        "الخادم لا يعرف المستخدم {actor} (التعديل {change}).",
    ),
    "sync.actor_other_branch": (
        "L'utilisateur {actor} travaille pour une autre succursale ({branch}) ; "
        "modification {change}.",
        "المستخدم {actor} يعمل لدى فرع آخر ({branch})؛ التعديل {change}.",
    ),
    "sync.actor_not_permitted": (
        "L'utilisateur {actor} n'a pas le droit « {permission} » (modification {change}).",
        "ليست للمستخدم {actor} صلاحية «{permission}» (التعديل {change}).",
    ),
    "sync.owned_by_head_office": (
        "« {entity} » appartient au siège : une succursale ne peut pas le modifier.",
        "«{entity}» من اختصاص المقر: لا يمكن للفرع تعديله.",
    ),
    "sync.owned_by_branches": (
        "« {entity} » est le travail propre d'une succursale : le siège ne l'écrit pas à sa place.",
        "«{entity}» من عمل الفرع نفسه: لا يكتبه المقر مكانه.",
    ),
    "sync.not_enrolled": (
        "Ce poste n'est pas encore inscrit auprès d'un serveur.",
        "هذا الجهاز غير مسجل بعد لدى خادم.",
    ),
    "sync.joined_without_users": (
        "Le serveur {url} n'a envoyé aucun utilisateur : personne ne pourrait se connecter "
        "sur ce poste. Le siège doit créer le personnel, puis donner un nouveau jeton.",
        "لم يرسل الخادم {url} أي مستخدم: لن يتمكن أحد من الدخول على هذا الجهاز. "
        "على المقر إنشاء الموظفين ثم إعطاء رمز جديد.",
    ),
    "sync.joined_without_catalog": (
        "Le serveur {url} n'a envoyé aucun article : ce poste ne pourrait rien vendre. "
        "Le siège doit charger le catalogue, puis donner un nouveau jeton.",
        "لم يرسل الخادم {url} أي منتج: لن يتمكن هذا الجهاز من بيع أي شيء. "
        "على المقر تحميل الكتالوج ثم إعطاء رمز جديد.",
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

_LANGUAGE_INDEX = {"fr": 0, "ar": 1}


def template(code: str, language: str) -> str:
    """The sentence of ``code`` in ``language`` ("ar", "fr" or "en"), before its parameters."""
    index = _LANGUAGE_INDEX.get(language)
    texts = MESSAGES.get(code)
    if index is not None and texts is not None:
        return texts[index]
    english = error_catalog().get(code, code)
    return english[:1].upper() + english[1:] + "."


def message(error: ErpError, language: str) -> str:
    """The sentence for ``error`` in ``language``."""
    return _fill(template(error.code, language), error.params)


def parameters(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _fill(text: str, params: dict[str, Any]) -> str:
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text
