"""The sentences of the sync protocol and the sync itself: code -> (French, Arabic)."""

MESSAGES: dict[str, tuple[str, str]] = {
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
    # client helper (issue 19): a new branch's bootstrap from a snapshot
    "sync.snapshot_gone": (
        "Le serveur ne garde plus la partie {part} de l'instantané {position} : "
        "la mise en route reprend au début.",
        "لم يعد الخادم يحتفظ بالجزء {part} من اللقطة {position}: تُستأنف التهيئة من البداية.",
    ),
    "sync.snapshot_damaged": (
        "La partie {part} de l'instantané {position} est arrivée abîmée ; elle sera demandée "
        "à nouveau.",
        "وصل الجزء {part} من اللقطة {position} تالفا؛ سيُطلب من جديد.",
    ),
    # helper lane (issue 19's storm): a big push refused while the worker's lane is full
    "sync.server_busy": (
        "Le serveur fusionne les gros lots d'autres magasins : les {changes} modifications "
        "restent en attente et repartent dans {retry_after} s.",
        "الخادم يدمج دفعات كبيرة لفروع أخرى: تبقى التغييرات الـ{changes} في الانتظار "
        "وتُرسل من جديد بعد {retry_after} ث.",
    ),
}
