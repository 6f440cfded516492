"""The sentences of the user's backups and their restore: code -> (French, Arabic)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "backup.folder_unwritable": (
        "Impossible d'écrire dans le dossier de sauvegarde {folder} (la clé est-elle branchée ?).",
        "تعذرت الكتابة في مجلد النسخ الاحتياطي {folder} (هل المفتاح موصول؟).",
    ),
    "backup.unreadable": (
        "{path} n'est pas une sauvegarde lisible d'une réplique.",
        "{path} ليس نسخة احتياطية مقروءة من نسخة محلية.",
    ),
    "backup.not_scheduled": (
        "Aucun dossier de sauvegarde n'est choisi sur ce poste.",
        "لم يُختر أي مجلد للنسخ الاحتياطي على هذا الجهاز.",
    ),
}
