"""The sentences of stock: code -> (French, Arabic)."""

MESSAGES: dict[str, tuple[str, str]] = {
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
}
