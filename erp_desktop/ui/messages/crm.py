"""The sentences of customers, loyalty and the pipeline: code -> (French, Arabic)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "crm.consent_withdrawn": (
        "Le client {customer} a retiré le {on} son accord pour être contacté par {channel} : "
        "campagne refusée.",
        "سحب الزبون {customer} بتاريخ {on} موافقته على الاتصال به عبر {channel}: الحملة مرفوضة.",
    ),
    "crm.follow_up_before_interaction": (
        "La relance du {follow_up} précède l'interaction du {on}.",
        "تاريخ المتابعة {follow_up} يسبق تاريخ التفاعل {on}.",
    ),
    "crm.invalid_complaint_transition": (
        "Une réclamation ne peut pas passer de « {current} » à « {target} ».",
        "لا يمكن نقل الشكوى من «{current}» إلى «{target}».",
    ),
    "crm.invalid_interaction_kind": (
        "{kind} n'est pas un type d'interaction.",
        "{kind} ليس نوعا من أنواع التفاعل.",
    ),
    "crm.invalid_language": (
        "{language} n'est pas une langue de l'application.",
        "{language} ليست من لغات التطبيق.",
    ),
    "crm.invalid_metadata_key": (
        "{key} n'est pas un nom de champ personnalisé valide.",
        "{key} ليس اسما صالحا لحقل مخصص.",
    ),
    "crm.invalid_metadata_value": (
        "Champ personnalisé {key} : {value} n'est pas du type {type}.",
        "الحقل المخصص {key}: القيمة {value} ليست من نوع {type}.",
    ),
    "crm.invalid_phone": (
        "{phone} n'est pas un numéro de téléphone de {country}.",
        "{phone} ليس رقم هاتف في {country}.",
    ),
    "crm.invalid_points": (
        "{points} n'est pas un nombre de points valide.",
        "{points} ليس عددا صالحا من النقاط.",
    ),
    "crm.invalid_stage": (
        "{stage} n'est pas une étape du pipeline.",
        "{stage} ليست مرحلة من مراحل خط المبيعات.",
    ),
    "crm.invalid_stage_transition": (
        "L'opportunité {opportunity} est « {current} » et ne peut pas passer à « {target} ».",
        "الفرصة {opportunity} في مرحلة «{current}» ولا يمكن نقلها إلى «{target}».",
    ),
    "crm.merge_into_itself": (
        "Le client {customer} ne peut pas être fusionné avec lui-même.",
        "لا يمكن دمج الزبون {customer} في نفسه.",
    ),
    "crm.no_consent": (
        "Le client {customer} n'a pas accepté d'être contacté par {channel}.",
        "لم يوافق الزبون {customer} على الاتصال به عبر {channel}.",
    ),
    "crm.no_redemption_rule": (
        "Aucune règle d'utilisation des points en vigueur le {on}.",
        "لا توجد قاعدة لاستعمال النقاط سارية بتاريخ {on}.",
    ),
    "crm.opportunity_not_won": (
        "L'opportunité {opportunity} est « {stage} », pas gagnée.",
        "الفرصة {opportunity} في مرحلة «{stage}» وليست رابحة.",
    ),
    "crm.opportunity_without_lines": (
        "L'opportunité {opportunity} n'a aucune ligne à mettre en devis.",
        "الفرصة {opportunity} لا تحتوي على أي سطر لعرض السعر.",
    ),
    "crm.redeem_below_minimum": (
        "Il faut utiliser au moins {minimum} points, pas {requested}.",
        "يجب استعمال {minimum} نقطة على الأقل، وليس {requested}.",
    ),
    "crm.redeem_exceeds_balance": (
        "{requested} points demandés, mais le client n'en a que {available}.",
        "طُلبت {requested} نقطة، لكن رصيد الزبون {available} فقط.",
    ),
    "crm.redeem_exceeds_due": (
        "Les points valent {value}, plus que les {due} dus.",
        "قيمة النقاط {value} تتجاوز المبلغ المستحق {due}.",
    ),
    "crm.unknown_customer": (
        "Le client {customer} est introuvable.",
        "الزبون {customer} غير موجود.",
    ),
    "crm.unknown_metadata_key": (
        "{key} n'est pas un champ personnalisé déclaré.",
        "{key} ليس حقلا مخصصا معرفا.",
    ),
    "crm.unknown_phone_country": (
        "Pas de plan de numérotation téléphonique pour {country}.",
        "لا توجد خطة ترقيم هاتفي للبلد {country}.",
    ),
    "crm.already_merged": (
        "Le client {customer} a déjà été fusionné avec {kept}.",
        "سبق دمج الزبون {customer} في {kept}.",
    ),
    "crm.merge_target_merged": (
        "Le client {customer} a lui-même été fusionné avec {kept}.",
        "الزبون {customer} مدمج هو نفسه في {kept}.",
    ),
    "crm.not_head_office": (
        "Les doublons se fusionnent au siège uniquement.",
        "يتم دمج الزبائن المكررين في المقر الرئيسي فقط.",
    ),
}
