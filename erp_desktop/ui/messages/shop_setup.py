"""The sentences of setting up a shop that runs alone: code -> (French, Arabic)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "setup.no_owner": (
        "L'un des premiers utilisateurs doit avoir le rôle de propriétaire.",
        "يجب أن يكون لأحد المستخدمين الأوائل دور المالك.",
    ),
    "setup.username_twice": (
        "Le nom d'utilisateur {username} est donné deux fois.",
        "اسم المستخدم {username} مكرر.",
    ),
    "setup.password_short": (
        "Le mot de passe de {username} a moins de {minimum} caractères.",
        "كلمة مرور {username} أقصر من {minimum} أحرف.",
    ),
    "setup.pin_invalid": (
        "Le code PIN de {username} doit compter 4 à 8 chiffres.",
        "يجب أن يتكون الرمز السري لـ {username} من 4 إلى 8 أرقام.",
    ),
    "setup.pin_twice": (
        "Le code PIN de {username} est déjà celui d'un autre utilisateur.",
        "الرمز السري لـ {username} هو رمز مستخدم آخر.",
    ),
    "setup.product_file_unreadable": (
        "{path} ne se lit ni comme un fichier CSV ni comme un classeur xlsx.",
        "تعذرت قراءة {path} كملف CSV أو كمصنف xlsx.",
    ),
    "setup.product_file_empty": (
        "{path} n'a pas de ligne d'en-tête.",
        "لا يحتوي {path} على سطر عناوين.",
    ),
    "setup.product_file_columns": (
        "Il manque à la ligne d'en-tête : {missing} ; colonnes inconnues : {unknown}.",
        "ينقص سطر العناوين: {missing}؛ أعمدة غير معروفة: {unknown}.",
    ),
    "setup.sku_twice": (
        "La référence {sku} figure déjà à la ligne {first}.",
        "المرجع {sku} موجود في السطر {first}.",
    ),
    "setup.barcode_twice": (
        "Le code-barres {code} figure déjà à la ligne {first}.",
        "الرمز الشريطي {code} موجود في السطر {first}.",
    ),
    # joining a chain later
    "join.invalid_invitation": (
        "L'invitation est inconnue, déjà utilisée ou expirée : demandez-en une autre au siège.",
        "الدعوة غير معروفة أو مستعملة أو منتهية: اطلب دعوة أخرى من المقر.",
    ),
    "join.no_company": (
        "Le serveur de l'entreprise n'est pas encore installé.",
        "خادم الشركة غير مُعدّ بعد.",
    ),
    "join.other_country": (
        "Le magasin tient ses comptes en {country} ({currency}), l'entreprise en "
        "{company_country} ({company_currency}).",
        "يمسك المتجر حساباته في {country} ({currency})، والشركة في "
        "{company_country} ({company_currency}).",
    ),
    "join.code_taken": (
        "L'entreprise a déjà un site de code {code}.",
        "لدى الشركة موقع بالرمز {code}.",
    ),
    "join.site_known": (
        "Le site {code} a déjà rejoint cette entreprise.",
        "الموقع {code} انضم إلى هذه الشركة من قبل.",
    ),
    "join.not_standalone": (
        "Ce magasin ne fonctionne pas seul : il se synchronise déjà.",
        "هذا المتجر لا يعمل وحده: إنه يتزامن من قبل.",
    ),
    "setup.users_on_the_server": (
        "Les utilisateurs de ce site sont créés sur le serveur de l'entreprise "
        "(erp-sync-server user add).",
        "يُنشأ مستخدمو هذا الموقع على خادم الشركة (erp-sync-server user add).",
    ),
    "join.customer_known": (
        "Le client {name} ({customer}) du magasin qui rejoint a le même {by} que le client "
        "{company_name} ({company_customer}) de l'entreprise : la même personne ?",
        "للعميل {name} ({customer}) من المتجر المنضم نفس {by} للعميل {company_name} "
        "({company_customer}) من الشركة: هل هو الشخص نفسه؟",
    ),
    # head office's catalog import: a picture named on a line (issue 17)
    "setup.picture_not_a_file_name": (
        "{file} n'est pas le nom d'un fichier placé à côté du fichier importé "
        "(ni adresse, ni lecteur).",
        "{file} ليس اسم ملف موجود بجانب الملف المستورد (بلا عنوان ولا محرك أقراص).",
    ),
    "setup.picture_not_found": (
        "L'image {file} n'est pas dans le dossier du fichier importé.",
        "الصورة {file} غير موجودة في مجلد الملف المستورد.",
    ),
    "setup.picture_unreadable": (
        "{file} ne se lit pas comme une image.",
        "تعذرت قراءة {file} كصورة.",
    ),
}
