"""Fills the unfinished entries of erp_desktop_{fr,ar,en}.ts (erp_desktop/resources/translations)
from a glossary.

Run by scripts/translations between lupdate and lrelease. The .ts files stay the truth:
an entry already translated (by a translator in Qt Linguist) is never overwritten; the
glossary only seeds new texts, keyed by their English source.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# English source: (French, Arabic)
GLOSSARY: dict[str, tuple[str, str]] = {
    "Article": ("Article", "المنتج"),
    "Qty": ("Qté", "الكمية"),
    "Price": ("Prix", "السعر"),
    "Discount": ("Remise", "التخفيض"),
    "Amount": ("Montant", "المبلغ"),
    "Close the cash session": ("Clôturer la session de caisse", "إغلاق جلسة الصندوق"),
    "Expected cash": ("Espèces attendues", "النقد المتوقع"),
    "Counted": ("Compté", "المعدود"),
    "Difference": ("Écart", "الفرق"),
    "Log in": ("Connexion", "تسجيل الدخول"),
    "User": ("Utilisateur", "المستخدم"),
    "Password": ("Mot de passe", "كلمة المرور"),
    "Cashier PIN": ("Code PIN caissier", "الرمز السري للصراف"),
    "User (optional)": ("Utilisateur (facultatif)", "المستخدم (اختياري)"),
    "PIN": ("Code PIN", "الرمز السري"),
    "Till": ("Caisse", "الصندوق"),
    "Stock": ("Stock", "المخزون"),
    "Books": ("Comptabilité", "المحاسبة"),
    "Dashboard": ("Tableau de bord", "لوحة القيادة"),
    "&Session": ("&Session", "&الجلسة"),
    "Log out": ("Se déconnecter", "تسجيل الخروج"),
    "Quit": ("Quitter", "خروج"),
    "&Language": ("&Langue", "&اللغة"),
    "Maghreb ERP — branch": ("Maghreb ERP — magasin", "Maghreb ERP — الفرع"),
    "Online": ("En ligne", "متصل"),
    "Offline": ("Hors ligne", "غير متصل"),
    "Branch %1 · register %2 · %3": ("Magasin %1 · caisse %2 · %3", "الفرع %1 · الصندوق %2 · %3"),
    "Branch %1 · %2": ("Magasin %1 · %2", "الفرع %1 · %2"),
    "Maghreb ERP — %1 (%2)": ("Maghreb ERP — %1 (%2)", "Maghreb ERP — %1 (%2)"),
    "never": ("jamais", "أبدا"),
    "%1 · %2 change(s) waiting · last sync: %3": (
        "%1 · %2 modification(s) en attente · dernière synchro : %3",
        "%1 · %2 تغيير(ات) في الانتظار · آخر مزامنة: %3",
    ),
    "Payment": ("Paiement", "الدفع"),
    "Total": ("Total", "المجموع"),
    "Cash received": ("Espèces reçues", "النقد المستلم"),
    "Card": ("Carte", "بطاقة"),
    "Card terminal reference": ("Référence TPE", "مرجع جهاز الدفع"),
    "Stamp duty": ("Droit de timbre", "حقوق الطابع"),
    "Change due": ("Monnaie à rendre", "الباقي"),
    "Scan or type a barcode (3* for three)": (
        "Scannez ou tapez un code-barres (3* pour trois)",
        "امسح أو اكتب الرمز الشريطي (3* لثلاث قطع)",
    ),
    "X report printed.": ("Rapport X imprimé.", "طبع تقرير X."),
    "Customer": ("Client", "الزبون"),
    "Customer: %1": ("Client : %1", "الزبون: %1"),
    "store credit %1": ("avoir %1", "رصيد %1"),
    "credit %1": ("avoir %1", "رصيد %1"),
    "Name (French or Arabic) or phone": (
        "Nom (français ou arabe) ou téléphone",
        "الاسم (بالفرنسية أو بالعربية) أو الهاتف",
    ),
    "Name in Arabic": ("Nom en arabe", "الاسم بالعربية"),
    "Customer name": ("Nom du client", "اسم الزبون"),
    "Journal": ("Journal", "اليومية"),
    "Whole company (server)": ("Toute l'entreprise (serveur)", "الشركة كلها (الخادم)"),
    "Company books": ("Comptabilité de l'entreprise", "محاسبة الشركة"),
    "Your password": ("Votre mot de passe", "كلمة المرور الخاصة بك"),
    "This report is only kept at the branch.": (
        "Ce rapport n'existe qu'au magasin.",
        "هذا التقرير متوفر في الفرع فقط.",
    ),
    "Date and document": ("Date et pièce", "التاريخ والوثيقة"),
    "The latest %1 lines; choose a shorter period to see all.": (
        "Les %1 dernières lignes ; choisissez une période plus courte pour tout voir.",
        "آخر %1 سطر؛ اختر فترة أقصر لرؤية الكل.",
    ),
    "Phone": ("Téléphone", "الهاتف"),
    "Create and attach": ("Créer et associer", "إنشاء وربط"),
    "Store credit (%1 available)": ("Avoir client (%1 disponible)", "رصيد المتجر (%1 متاح)"),
    "Duplicate of %1.": ("Duplicata de %1.", "نسخة من %1."),
    "Receipt printer of this register…": (
        "Imprimante des tickets de cette caisse…",
        "طابعة وصولات هذا الصندوق…",
    ),
    "Receipts of %1 print on %2.": (
        "Les tickets de %1 s'impriment sur %2.",
        "وصولات %1 تطبع على %2.",
    ),
    "Thermal printer (ESC/POS) of this register…": (
        "Imprimante thermique (ESC/POS) de cette caisse…",
        "الطابعة الحرارية (ESC/POS) لهذا الصندوق…",
    ),
    "IP address (port 9100) or device (/dev/usb/lp0, /dev/ttyS0, COM1)": (
        "Adresse IP (port 9100) ou périphérique (/dev/usb/lp0, /dev/ttyS0, COM1)",
        "عنوان IP (المنفذ 9100) أو الجهاز (/dev/usb/lp0، /dev/ttyS0، COM1)",
    ),
    "The receipt printer did not answer (%1); the receipt is saved as %2.": (
        "L'imprimante des tickets ne répond pas (%1) ; le ticket est enregistré dans %2.",
        "طابعة الوصولات لا تستجيب (%1)؛ حفظ الوصل في %2.",
    ),
    "This PC is not a till: no register to set a printer for.": (
        "Ce poste n'est pas une caisse : pas d'imprimante de tickets à choisir.",
        "هذا الجهاز ليس صندوقا: لا توجد طابعة وصولات لاختيارها.",
    ),
    "Discounts: %1": ("Remises : %1", "التخفيضات: %1"),
    "Discount (%)": ("Remise (%)", "التخفيض (%)"),
    "Line discount": ("Remise sur la ligne", "تخفيض على السطر"),
    "Ticket discount": ("Remise sur le ticket", "تخفيض على الوصل"),
    "Hold the ticket": ("Mettre le ticket en attente", "تعليق الوصل"),
    "Name or note": ("Nom ou note", "اسم أو ملاحظة"),
    "Ticket": ("Ticket", "وصل"),
    "Ticket held: %1": ("Ticket en attente : %1", "وصل معلق: %1"),
    "No ticket is on hold.": ("Aucun ticket en attente.", "لا يوجد وصل معلق."),
    "Recall a ticket": ("Reprendre un ticket", "استرجاع وصل"),
    "Manager approval": ("Accord du responsable", "موافقة المسؤول"),
    "%1 may not change prices.": (
        "%1 ne peut pas modifier les prix.",
        "لا يحق لـ %1 تغيير الأسعار.",
    ),
    "Change due: %1": ("Monnaie à rendre : %1", "الباقي للزبون: %1"),
    "No cash session is open on this register: press F4 to open one.": (
        "Aucune session de caisse ouverte sur cette caisse : F4 pour en ouvrir une.",
        "لا توجد جلسة صندوق مفتوحة في هذا الصندوق: اضغط F4 لفتح جلسة.",
    ),
    "Change the price": ("Modifier le prix", "تغيير السعر"),
    "Unit price": ("Prix unitaire", "سعر الوحدة"),
    "Cancel the ticket": ("Annuler le ticket", "إلغاء الوصل"),
    "Remove every line of this ticket?": (
        "Supprimer toutes les lignes de ce ticket ?",
        "حذف كل أسطر هذا الوصل؟",
    ),
    "Ticket cancelled.": ("Ticket annulé.", "أُلغي الوصل."),
    "F2 Pay · F3 Find · F5 Line discount · F6 Ticket discount · F7 Hold · F8 Recall · "
    "F10 Return · F11 X report · F12 Reprint · F4 Open session · F9 Close session · "
    "Ctrl+K Customer · 4* Enter Quantity · Ctrl+P Price · Del Remove line · "
    "Ctrl+Del Cancel ticket": (
        "F2 Payer · F3 Chercher · F5 Remise ligne · F6 Remise ticket · F7 Attente · "
        "F8 Rappel · F10 Retour · F11 Rapport X · F12 Réimprimer · F4 Ouvrir session · "
        "F9 Clôturer session · Ctrl+K Client · 4* Entrée Quantité · Ctrl+P Prix · "
        "Suppr Retirer ligne · Ctrl+Suppr Annuler ticket",
        "F2 دفع · F3 بحث · F5 تخفيض السطر · F6 تخفيض الوصل · F7 تعليق · F8 استرجاع · "
        "F10 إرجاع · F11 تقرير X · F12 إعادة الطباعة · F4 فتح الجلسة · F9 إغلاق الجلسة · "
        "Ctrl+K الزبون · 4* Entrée الكمية · Ctrl+P السعر · Del حذف السطر · "
        "Ctrl+Del إلغاء الوصل",
    ),
    "Manager PIN": ("Code PIN du responsable", "الرمز السري للمسؤول"),
    "More than on hand": ("Plus que le stock", "أكثر من المخزون"),
    "Manager PIN to send it anyway": (
        "Code PIN du responsable pour l'envoyer quand même",
        "الرمز السري للمسؤول لإرساله رغم ذلك",
    ),
    "%1 may not approve discounts.": (
        "%1 ne peut pas accorder de remise.",
        "لا يحق لـ %1 الموافقة على التخفيضات.",
    ),
    "Sale %1 done. Change due: %2": (
        "Vente %1 enregistrée. Monnaie à rendre : %2",
        "تم البيع %1. الباقي: %2",
    ),
    "Credit note %1: %2 refunded.": ("Avoir %1 : %2 remboursés.", "إشعار دائن %1: تم رد %2."),
    "Open the cash session": ("Ouvrir la session de caisse", "فتح جلسة الصندوق"),
    "Opening float": ("Fond de caisse", "رصيد الافتتاح"),
    "Cash session open.": ("Session de caisse ouverte.", "جلسة الصندوق مفتوحة."),
    "Session closed, Z report %1. Difference: %2": (
        "Session clôturée, rapport Z %1. Écart : %2",
        "أغلقت الجلسة، تقرير Z رقم %1. الفرق: %2",
    ),
    "Find an article": ("Chercher un article", "البحث عن منتج"),
    "Name in French or Arabic, barcode or SKU": (
        "Nom en français ou en arabe, code-barres ou référence",
        "الاسم بالفرنسية أو بالعربية، الرمز الشريطي أو المرجع",
    ),
    "Account": ("Compte", "الحساب"),
    "Name": ("Libellé", "البيان"),
    "Debit": ("Débit", "مدين"),
    "Credit": ("Crédit", "دائن"),
    "Rate": ("Taux", "النسبة"),
    "Line": ("Ligne", "السطر"),
    "Base": ("Base", "الأساس"),
    "VAT": ("TVA", "الرسم على القيمة المضافة"),
    "Trial balance": ("Balance générale", "ميزان المراجعة"),
    "Profit and loss": ("Compte de résultat", "حساب النتائج"),
    "Balance sheet": ("Bilan", "الميزانية"),
    "VAT summary": ("Récapitulatif TVA", "ملخص الرسم على القيمة المضافة"),
    "From": ("Du", "من"),
    "To": ("Au", "إلى"),
    "Refresh": ("Actualiser", "تحديث"),
    "Export CSV…": ("Exporter en CSV…", "تصدير CSV…"),
    "Export CSV": ("Exporter en CSV", "تصدير CSV"),
    "Issue today's global invoice": (
        "Émettre la facture globale du jour",
        "إصدار الفاتورة الإجمالية لليوم",
    ),
    "One invoice for today's till tickets, with its stamp duty": (
        "Une facture pour les tickets de caisse du jour, avec son droit de timbre",
        "فاتورة واحدة لتذاكر الصندوق لهذا اليوم، بمعلوم الطابع",
    ),
    "Global invoice": ("Facture globale", "الفاتورة الإجمالية"),
    "Global invoice %1 issued.": ("Facture globale %1 émise.", "صدرت الفاتورة الإجمالية %1."),
    "Save as PDF…": ("Enregistrer en PDF…", "حفظ بصيغة PDF…"),
    "Save the global invoice": ("Enregistrer la facture globale", "حفظ الفاتورة الإجمالية"),
    "PDF documents (*.pdf)": ("Documents PDF (*.pdf)", "مستندات PDF (*.pdf)"),
    "Income": ("Produits", "الإيرادات"),
    "Expenses": ("Charges", "الأعباء"),
    "Result": ("Résultat", "النتيجة"),
    "Assets": ("Actif", "الأصول"),
    "Liabilities and equity": ("Passif et capitaux propres", "الخصوم والأموال الخاصة"),
    "VAT collected": ("TVA collectée", "الرسم المحصل"),
    "VAT deductible": ("TVA déductible", "الرسم القابل للخصم"),
    "VAT due": ("TVA à payer", "الرسم المستحق"),
    "Stamp duty collected": ("Droit de timbre perçu", "حقوق الطابع المحصلة"),
    "Balanced": ("Équilibrée", "متوازن"),
    "NOT BALANCED": ("NON ÉQUILIBRÉE", "غير متوازن"),
    "Result of the period": ("Résultat de la période", "نتيجة الفترة"),
    "Return against a receipt": ("Retour sur ticket", "إرجاع مقابل وصل"),
    "Scan the receipt's code or type its number": (
        "Scannez le code du ticket ou tapez son numéro",
        "امسح رمز الوصل أو اكتب رقمه",
    ),
    "Find": ("Chercher", "بحث"),
    "Sold": ("Vendu", "المباع"),
    "Already returned": ("Déjà rendu", "المرتجع سابقا"),
    "Return": ("Retour", "إرجاع"),
    "Original tender": ("Moyen de paiement d'origine", "وسيلة الدفع الأصلية"),
    "Store credit": ("Avoir client", "رصيد المتجر"),
    "Cash": ("Espèces", "نقدا"),
    "Refund by": ("Rembourser par", "الاسترداد عبر"),
    "SKU": ("Référence", "المرجع"),
    "Product": ("Article", "المنتج"),
    "In stock": ("En stock", "في المخزون"),
    "Reorder point": ("Seuil de réappro.", "حد إعادة الطلب"),
    "Date": ("Date", "التاريخ"),
    "Movement": ("Mouvement", "الحركة"),
    "Quantity": ("Quantité", "الكمية"),
    "Unit cost": ("Coût unitaire", "التكلفة الوحدوية"),
    "Document": ("Document", "الوثيقة"),
    "Search by name (French or Arabic), barcode or SKU": (
        "Rechercher par nom (français ou arabe), code-barres ou référence",
        "البحث بالاسم (بالفرنسية أو بالعربية)، الرمز الشريطي أو المرجع",
    ),
    "Latest movements of the selected product": (
        "Derniers mouvements de l'article choisi",
        "آخر حركات المنتج المختار",
    ),
    "Receipt": ("Réception", "استلام"),
    "Sale": ("Vente", "بيع"),
    "Adjustment": ("Ajustement", "تسوية"),
    "Count variance": ("Écart d'inventaire", "فرق الجرد"),
    "Transfer out": ("Transfert sortant", "تحويل صادر"),
    "Transfer in": ("Transfert entrant", "تحويل وارد"),
    "Opening stock": ("Stock initial", "المخزون الافتتاحي"),
    "Sales today": ("Ventes du jour", "مبيعات اليوم"),
    "%1 change(s) refused by the server: see Synchronization.": (
        "%1 modification(s) refusée(s) par le serveur : voir Synchronisation.",
        "%1 تغيير(ات) رفضها الخادم: انظر المزامنة.",
    ),
    "Change": ("Modification", "التغيير"),
    "Welcome": ("Bienvenue", "مرحبا"),
    "Try the demo branch": ("Essayer le magasin de démonstration", "تجربة الفرع التجريبي"),
    "Join the company": ("Rejoindre l'entreprise", "الانضمام إلى الشركة"),
    "Building the demo branch (a minute)…": (
        "Création du magasin de démonstration (une minute)…",
        "إنشاء الفرع التجريبي (دقيقة)…",
    ),
    "Joining the company and receiving its data…": (
        "Inscription auprès de l'entreprise et réception de ses données…",
        "الانضمام إلى الشركة واستلام بياناتها…",
    ),
    "This PC has no branch data yet. Try the demo branch, or join your company's server with "
    "the address and the one-time token head office gave you.": (
        "Ce poste n'a pas encore de données de magasin. Essayez le magasin de démonstration, ou "
        "rejoignez le serveur de votre entreprise avec l'adresse et le jeton à usage unique "
        "donnés par le siège.",
        "لا توجد بعد بيانات فرع على هذا الجهاز. جرب الفرع التجريبي، أو انضم إلى خادم شركتك "
        "بالعنوان ورمز الاستعمال الواحد الذي سلمه لك المقر.",
    ),
    "Available elsewhere: %1": ("Disponible ailleurs : %1", "متوفر في فروع أخرى: %1"),
    "No other branch has any.": ("Aucun autre magasin n'en a.", "لا يتوفر في أي فرع آخر."),
    "Changes the server refused": (
        "Modifications refusées par le serveur",
        "التغييرات التي رفضها الخادم",
    ),
    "Done: %1 sent, %2 refused, %3 received.": (
        "Terminé : %1 envoyée(s), %2 refusée(s), %3 reçue(s).",
        "تم: أرسل %1، رفض %2، استلم %3.",
    ),
    "Enroll this PC": ("Inscrire ce poste", "تسجيل هذا الجهاز"),
    "One-time token": ("Jeton à usage unique", "رمز الاستعمال الواحد"),
    "Reason": ("Motif", "السبب"),
    "Receiving: %1 of %2": ("Réception : %1 sur %2", "الاستلام: %1 من %2"),
    "Send the refused changes again": (
        "Renvoyer les modifications refusées",
        "إعادة إرسال التغييرات المرفوضة",
    ),
    "Sending: %1 of %2": ("Envoi : %1 sur %2", "الإرسال: %1 من %2"),
    "Server address": ("Adresse du serveur", "عنوان الخادم"),
    "Server: %1 · %2 change(s) waiting": (
        "Serveur : %1 · %2 modification(s) en attente",
        "الخادم: %1 · %2 تغيير(ات) في الانتظار",
    ),
    "Synchronization": ("Synchronisation", "المزامنة"),
    "Synchronization…": ("Synchronisation…", "المزامنة…"),
    "Synchronize now": ("Synchroniser maintenant", "زامن الآن"),
    "This PC is enrolled.": ("Ce poste est inscrit.", "هذا الجهاز مسجل."),
    "Today": ("Aujourd'hui", "اليوم"),
    "Last seven days": ("Sept derniers jours", "الأيام السبعة الأخيرة"),
    "Payment method": ("Moyen de paiement", "وسيلة الدفع"),
    "Warehouse": ("Entrepôt", "المستودع"),
    "Goods receipt": ("Réception", "استلام البضائع"),
    "Arriving transfers": ("Transferts à réceptionner", "التحويلات الواردة"),
    "Stock count": ("Inventaire", "الجرد"),
    "Reorder": ("Réapprovisionnement", "إعادة التموين"),
    "Suggested order": ("Commande suggérée", "الطلب المقترح"),
    "Scan or type a barcode or SKU (12* for twelve)": (
        "Scannez ou tapez un code-barres ou une référence (12* pour douze)",
        "امسح أو اكتب الرمز الشريطي أو المرجع (12* لاثنتي عشرة قطعة)",
    ),
    "Unit cost (excl. VAT)": ("Coût unitaire HT", "التكلفة الوحدوية دون رسم"),
    "VAT %": ("TVA %", "الرسم %"),
    "Post the receipt": ("Valider la réception", "تسجيل الاستلام"),
    "To branch": ("Vers le magasin", "إلى الفرع"),
    "Send the transfer": ("Envoyer le transfert", "إرسال التحويل"),
    "Lines": ("Lignes", "الأسطر"),
    "Receive the selected transfer": ("Réceptionner le transfert choisi", "استلام التحويل المختار"),
    "Expected": ("Attendu", "المتوقع"),
    "Review the variances": ("Examiner les écarts", "مراجعة الفروق"),
    "Post the count": ("Valider l'inventaire", "تسجيل الجرد"),
    "%1 posted.": ("%1 enregistré.", "تم تسجيل %1."),
    "Line %1: the quantity is not a number.": (
        "Ligne %1 : la quantité n'est pas un nombre.",
        "السطر %1: الكمية ليست عددا.",
    ),
    "Every line needs its unit cost.": (
        "Chaque ligne doit avoir son coût unitaire.",
        "كل سطر يحتاج إلى تكلفته الوحدوية.",
    ),
    "%1 received as %2.": ("%1 réceptionné sous le numéro %2.", "استلم %1 برقم %2."),
    "Sales this week": ("Ventes de la semaine", "مبيعات الأسبوع"),
    "Tickets": ("Tickets", "الوصولات"),
    "Average ticket": ("Panier moyen", "متوسط الوصل"),
    "Sales by hour": ("Ventes par heure", "المبيعات حسب الساعة"),
    "By cashier": ("Par caissier", "حسب الصراف"),
    "By payment method": ("Par moyen de paiement", "حسب وسيلة الدفع"),
    "Cash sessions": ("Sessions de caisse", "جلسات الصندوق"),
    "Cashier": ("Caissier", "الصراف"),
    "Register": ("Caisse", "الصندوق"),
    "Opened": ("Ouverte", "فتحت"),
    "Closed": ("Clôturée", "أغلقت"),
    "open": ("ouverte", "مفتوحة"),
    "Cheque": ("Chèque", "شيك"),
    "Cheque number": ("Numéro du chèque", "رقم الشيك"),
    "Transfer reference": ("Référence du virement", "مرجع التحويل"),
    "Cash rounding": ("Arrondi espèces", "تقريب النقد"),
    "To pay": ("À payer", "المبلغ المستحق"),
    "Cash in %1 (rate %2)": ("Espèces en %1 (cours %2)", "نقدا بـ %1 (السعر %2)"),
    "Transfer": ("Virement", "تحويل"),
    # codes shown as words (ui/vocabulary.py) and the books' export
    "Sales ticket": ("Ticket de vente", "تذكرة بيع"),
    "Credit note": ("Avoir", "إشعار دائن"),
    "pce": ("pce", "قطعة"),
    "kg": ("kg", "كغ"),
    "g": ("g", "غ"),
    "l": ("l", "ل"),
    "m": ("m", "م"),
    "box": ("boîte", "علبة"),
    "Report": ("Rapport", "تقرير"),
    "Export the report": ("Exporter le rapport", "تصدير التقرير"),
    "CSV, numbers with a dot (*.csv)": (
        "CSV, nombres avec un point (*.csv)",
        "CSV، أرقام بنقطة عشرية (*.csv)",
    ),
    "Excel workbook (*.xlsx)": ("Classeur Excel (*.xlsx)", "مصنف Excel (*.xlsx)"),
    # the dashboard's low-stock alerts (events)
    "Level": ("Niveau", "المستوى"),
    "Fell low": ("Passé sous le seuil", "نزل تحت الحد"),
    "Low stock this week": ("Stock bas cette semaine", "مخزون منخفض هذا الأسبوع"),
    "Low stock: %1 has %2 left (reorder point %3).": (
        "Stock bas : il reste %2 de %1 (seuil de réappro. %3).",
        "مخزون منخفض: بقي %2 من %1 (حد إعادة الطلب %3).",
    ),
    # head office's catalog screen and product editor
    "Catalog": ("Catalogue", "الكتالوج"),
    "New product": ("Nouvel article", "منتج جديد"),
    "Edit…": ("Modifier…", "تعديل…"),
    "Barcode to add": ("Code-barres à ajouter", "رمز شريطي يضاف"),
    "Unit": ("Unité", "الوحدة"),
    "Price (%1)": ("Prix (%1)", "السعر (%1)"),
    "Tax class": ("Catégorie de TVA", "فئة الرسم"),
    "Price mode": ("Mode de prix", "طريقة السعر"),
    "Tax included": ("TTC", "شامل الرسم"),
    "Tax excluded": ("HT", "دون الرسم"),
    "Name (French or Arabic), SKU or barcode": (
        "Nom (français ou arabe), référence ou code-barres",
        "الاسم (بالفرنسية أو العربية) أو المرجع أو الرمز الشريطي",
    ),
    "The catalog and its prices are edited at head office; they come down here.": (
        "Le catalogue et ses prix sont modifiés au siège ; ils arrivent ici.",
        "يعدل الكتالوج وأسعاره في المقر؛ ثم تصل إلى هنا.",
    ),
    # receivables (issue 13): payments, aged balance, statement, cheques and traites
    "Apply the credit on account": ("Imputer l'avoir du client", "تخصيص الرصيد الدائن للزبون"),
    "Reminder letter…": ("Lettre de relance…", "رسالة تذكير…"),
    "Choose an overdue invoice first.": (
        "Choisissez d'abord une facture échue.",
        "اختر فاتورة متأخرة أولا.",
    ),
    "Save the reminder": ("Enregistrer la relance", "حفظ التذكير"),
    "A manager may allow it with their PIN:": (
        "Un responsable peut l'autoriser avec son code :",
        "يمكن للمسؤول السماح بذلك برمزه السري:",
    ),
    "1-30 days": (
        "1-30 jours",
        "1-30 يوما",
    ),
    "31-60 days": (
        "31-60 jours",
        "31-60 يوما",
    ),
    "61-90 days": (
        "61-90 jours",
        "61-90 يوما",
    ),
    "Aged receivables": (
        "Balance âgée",
        "أعمار الديون",
    ),
    "All customers": (
        "Tous les clients",
        "كل الزبائن",
    ),
    "Allocated": (
        "Affecté",
        "المخصص",
    ),
    "As of": (
        "Au",
        "بتاريخ",
    ),
    "At the bank": (
        "À la banque",
        "في البنك",
    ),
    "Balance due": (
        "Solde dû",
        "الرصيد المستحق",
    ),
    "Balance": (
        "Solde",
        "الرصيد",
    ),
    "Bank": (
        "Banque",
        "البنك",
    ),
    "Bounced cheque or traite": (
        "Chèque ou traite impayé",
        "شيك أو كمبيالة مرفوضة",
    ),
    "Bounced": (
        "Impayé",
        "مرفوض",
    ),
    "Brought forward": (
        "Solde reporté",
        "الرصيد المرحل",
    ),
    "Cheque or traite number": (
        "Numéro du chèque ou de la traite",
        "رقم الشيك أو الكمبيالة",
    ),
    "Cheques and traites": (
        "Chèques et traites",
        "الشيكات والكمبيالات",
    ),
    "Choose a cheque or a traite first.": (
        "Choisissez d'abord un chèque ou une traite.",
        "اختر شيكا أو كمبيالة أولا.",
    ),
    "Choose a customer in the aged receivables first.": (
        "Choisissez d'abord un client dans la balance âgée.",
        "اختر زبونا من أعمار الديون أولا.",
    ),
    "Choose the customer and type the amount.": (
        "Choisissez le client et saisissez le montant.",
        "اختر الزبون وأدخل المبلغ.",
    ),
    "Cleared": (
        "Encaissé",
        "محصل",
    ),
    "Close": (
        "Fermer",
        "إغلاق",
    ),
    "Days late": (
        "Jours de retard",
        "أيام التأخير",
    ),
    "Deposited at the bank": (
        "Remis en banque",
        "مودع في البنك",
    ),
    "Due on": (
        "Échéance",
        "تاريخ الاستحقاق",
    ),
    "In hand": (
        "En portefeuille",
        "في الحافظة",
    ),
    "Left on the account: %1": (
        "Reste au compte : %1",
        "المتبقي في الحساب: %1",
    ),
    "Means of payment": (
        "Mode de paiement",
        "وسيلة الدفع",
    ),
    "Means": (
        "Mode",
        "الوسيلة",
    ),
    "Not yet due": (
        "Non échu",
        "غير مستحق",
    ),
    "Oldest first": (
        "Les plus anciennes d'abord",
        "الأقدم أولا",
    ),
    "Open": (
        "Reste dû",
        "المتبقي",
    ),
    "Over 90 days": (
        "Plus de 90 jours",
        "أكثر من 90 يوما",
    ),
    "Overdue invoices": (
        "Factures échues",
        "الفواتير المتأخرة",
    ),
    "Overdue": (
        "Échu",
        "المتأخر",
    ),
    "PDF (*.pdf)": (
        "PDF (*.pdf)",
        "PDF (*.pdf)",
    ),
    "Receive a payment": (
        "Encaisser un règlement",
        "تحصيل دفعة",
    ),
    "Receive a payment…": (
        "Encaisser un règlement…",
        "تحصيل دفعة…",
    ),
    "Record the payment": (
        "Enregistrer le règlement",
        "تسجيل الدفعة",
    ),
    "Recorded: %1": (
        "Enregistré : %1",
        "تم التسجيل: %1",
    ),
    "Reference (terminal, transfer)": (
        "Référence (terminal, virement)",
        "المرجع (الجهاز، التحويل)",
    ),
    "Refund": (
        "Remboursement",
        "استرداد",
    ),
    "Save the statement": (
        "Enregistrer le relevé",
        "حفظ الكشف",
    ),
    "Saved: %1": (
        "Enregistré : %1",
        "تم الحفظ: %1",
    ),
    "State": (
        "État",
        "الحالة",
    ),
    "Statement of account": (
        "Relevé de compte",
        "كشف حساب",
    ),
    "Statement…": (
        "Relevé…",
        "الكشف…",
    ),
    "Total owed": (
        "Total dû",
        "مجموع المستحق",
    ),
    "Traite": (
        "Traite",
        "كمبيالة",
    ),
    "to": (
        "au",
        "إلى",
    ),
    "Receivables": (
        "Créances clients",
        "ديون الزبائن",
    ),
    # -- issue 13, documents of sales to businesses (wt-b2b): customers, quotes to credit notes
    "New business customer": ("Nouveau client professionnel", "عميل مهني جديد"),
    "Business customer": ("Client professionnel", "عميل مهني"),
    "&Name": ("&Nom", "الاسم"),
    "E-mail": ("E-mail", "البريد الإلكتروني"),
    "Billing address": ("Adresse de facturation", "عنوان الفوترة"),
    "Delivery address": ("Adresse de livraison", "عنوان التسليم"),
    "Payment &terms": ("Conditions de &paiement", "شروط الدفع"),
    "Credit limit": ("Plafond de crédit", "سقف الائتمان"),
    "Passing the limit blocks (else it warns)": (
        "Le dépassement bloque (sinon il avertit)",
        "تجاوز السقف يمنع البيع (وإلا ينبه فقط)",
    ),
    "Account currency (empty: the company's)": (
        "Devise du compte (vide : celle de la société)",
        "عملة الحساب (فارغ: عملة الشركة)",
    ),
    "None agreed (the law's default)": (
        "Aucune convenue (délai légal)",
        "لا شروط متفق عليها (الأجل القانوني)",
    ),
    "30 days net": ("30 jours net", "30 يوما صافية"),
    "45 days net": ("45 jours net", "45 يوما صافية"),
    "60 days net": ("60 jours net", "60 يوما صافية"),
    "End of month + 15 days": ("Fin de mois + 15 jours", "نهاية الشهر + 15 يوما"),
    "End of month + 30 days": ("Fin de mois + 30 jours", "نهاية الشهر + 30 يوما"),
    "Half at 30 days, half at 60": (
        "Moitié à 30 jours, moitié à 60",
        "النصف بعد 30 يوما والنصف بعد 60",
    ),
    "Legal identifiers": ("Identifiants légaux", "المعرفات القانونية"),
    "Terms": ("Conditions", "الشروط"),
    "Currency": ("Devise", "العملة"),
    "New customer": ("Nouveau client", "عميل جديد"),
    "Open…": ("Ouvrir…", "فتح…"),
    "New quote": ("Nouveau devis", "عرض أسعار جديد"),
    "New sales order": ("Nouvelle commande client", "طلبية عميل جديدة"),
    "New invoice of services": ("Nouvelle facture de prestations", "فاتورة خدمات جديدة"),
    "SKU or barcode, 12*code for 12": (
        "Référence ou code-barres, 12*code pour 12",
        "المرجع أو الرمز الشريطي، 12*الرمز لـ 12",
    ),
    "Service, price excl. tax, VAT %": (
        "Prestation, prix HT, TVA %",
        "الخدمة، السعر دون رسم، نسبة الرسم",
    ),
    "Description of the service": ("Désignation de la prestation", "وصف الخدمة"),
    "Add service": ("Ajouter la prestation", "إضافة الخدمة"),
    "Remove the line": ("Supprimer la ligne", "حذف السطر"),
    "Designation": ("Désignation", "التعيين"),
    "Left": ("Reste", "الباقي"),
    "All documents": ("Tous les documents", "كل الوثائق"),
    "Quote": ("Devis", "عرض أسعار"),
    "Sales order": ("Commande client", "طلبية عميل"),
    "Delivery note": ("Bon de livraison", "سند تسليم"),
    "Invoice": ("Facture", "فاتورة"),
    "Any status": ("Tous les états", "كل الحالات"),
    "Issued": ("Émis", "صادرة"),
    "Ordered": ("Commandé", "مطلوب"),
    "To deliver": ("À livrer", "للتسليم"),
    "Partly delivered": ("Livrée en partie", "مسلمة جزئيا"),
    "Delivered": ("Livrée", "مسلمة"),
    "Invoiced": ("Facturée", "مفوترة"),
    "Partly credited": ("Avoir partiel", "إشعار دائن جزئي"),
    "Credited": ("Avoir total", "إشعار دائن كلي"),
    "Cancelled": ("Annulé", "ملغاة"),
    "Number": ("Numéro", "الرقم"),
    "Kind": ("Type", "النوع"),
    "Status": ("État", "الحالة"),
    "Amount excl. tax": ("Montant HT", "المبلغ دون رسم"),
    "New order": ("Nouvelle commande", "طلبية جديدة"),
    "Invoice services": ("Facturer des prestations", "فوترة خدمات"),
    "Order it": ("Commander", "تحويل إلى طلبية"),
    "Deliver…": ("Livrer…", "تسليم…"),
    "Invoice…": ("Facturer…", "فوترة…"),
    "Credit note…": ("Avoir…", "إشعار دائن…"),
    "Cancel": ("Annuler", "إلغاء"),
    "Print": ("Imprimer", "طباعة"),
    "&Kind": ("&Type", "النوع"),
    "&Status": ("É&tat", "الحالة"),
    "follows %1": ("suite de %1", "تابعة لـ %1"),
    "followed by %1": ("suivi de %1", "تليها %1"),
    "due %1": ("échéance %1", "الاستحقاق %1"),
    "%1 issued": ("%1 émis", "صدرت %1"),
    "Deliver the order": ("Livrer la commande", "تسليم الطلبية"),
    "Invoice what was delivered": ("Facturer ce qui a été livré", "فوترة ما تم تسليمه"),
    "Credit note against the invoice": ("Avoir sur la facture", "إشعار دائن على الفاتورة"),
    "Cancel the document": ("Annuler le document", "إلغاء الوثيقة"),
    "Cancel %1? An invoice is reversed in the books; nothing is deleted.": (
        "Annuler %1 ? Une facture est contrepassée en comptabilité ; rien n'est supprimé.",
        "إلغاء %1؟ تعكس الفاتورة في الحسابات؛ لا يحذف شيء.",
    ),
    "%1 cancelled": ("%1 annulé", "أُلغيت %1"),
    "Printed to %1": ("Imprimé dans %1", "طبعت في %1"),
    "Reserved": ("Réservé", "محجوز"),
    "Available": ("Disponible", "المتاح"),
    "available %1": ("disponible %1", "المتاح %1"),
    "(%1 reserved)": ("(%1 réservé)", "(%1 محجوز)"),
    "Quotes and invoices": ("Devis et factures", "العروض والفواتير"),
    "Business customers": ("Clients professionnels", "العملاء المهنيون"),
    "Invoice a till ticket": ("Facturer un ticket de caisse", "فوترة تذكرة صندوق"),
    "Invoice a ticket…": ("Facturer un ticket…", "فوترة تذكرة…"),
    "&Ticket number": ("N° du &ticket", "رقم التذكرة"),
    "&Customer": ("&Client", "الزبون"),
    "Price (empty: the catalog's)": (
        "Prix (vide : celui du catalogue)",
        "السعر (فارغ: سعر الكتالوج)",
    ),
    "The goods come back into stock": (
        "La marchandise revient en stock",
        "تعود السلع إلى المخزون",
    ),
}

# Texts with a count (%n): French and English have two forms, Arabic six.
PLURALS: dict[str, dict[str, tuple[str, ...]]] = {
    "%n product(s); highlighted: at or under the reorder point": {
        "fr": (
            "%n article ; en couleur : au seuil de réappro. ou en dessous",
            "%n articles ; en couleur : au seuil de réappro. ou en dessous",
        ),
        "en": (
            "%n product; highlighted: at or under the reorder point",
            "%n products; highlighted: at or under the reorder point",
        ),
        "ar": ("لا منتجات", "منتج واحد", "منتجان", "%n منتجات", "%n منتجا", "%n منتج"),
    },
    "%n product(s) found": {
        "fr": ("%n article trouvé", "%n articles trouvés"),
        "en": ("%n product found", "%n products found"),
        "ar": (
            "لم يعثر على أي منتج",
            "عثر على منتج واحد",
            "عثر على منتجين",
            "عثر على %n منتجات",
            "عثر على %n منتجا",
            "عثر على %n منتج",
        ),
    },
}
PLURALS.update(
    {
        "%n line(s) differ from what was sent.": {
            "fr": ("%n ligne diffère de l'envoi.", "%n lignes diffèrent de l'envoi."),
            "en": ("%n line differs from what was sent.", "%n lines differ from what was sent."),
            "ar": (
                "لا فرق مع المرسل",
                "سطر واحد يختلف عن المرسل",
                "سطران يختلفان عن المرسل",
                "%n أسطر تختلف عن المرسل",
                "%n سطرا يختلف عن المرسل",
                "%n سطر يختلف عن المرسل",
            ),
        },
        "%n line(s) with a variance; check them, then post.": {
            "fr": (
                "%n ligne avec un écart ; vérifiez-la, puis validez.",
                "%n lignes avec un écart ; vérifiez-les, puis validez.",
            ),
            "en": (
                "%n line with a variance; check it, then post.",
                "%n lines with a variance; check them, then post.",
            ),
            "ar": (
                "لا يوجد فرق؛ يمكنك التسجيل.",
                "سطر واحد به فرق؛ راجعه ثم سجل.",
                "سطران بهما فرق؛ راجعهما ثم سجل.",
                "%n أسطر بها فروق؛ راجعها ثم سجل.",
                "%n سطرا بها فروق؛ راجعها ثم سجل.",
                "%n سطر بها فروق؛ راجعها ثم سجل.",
            ),
        },
    }
)
LANGUAGE_INDEX = {"fr": 0, "ar": 1}


def fill(path: Path, language: str) -> int:
    tree = ET.parse(path)
    missing = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") not in ("unfinished", None) or (
            translation.get("type") is None and (translation.text or len(translation))
        ):
            continue
        if message.get("numerus") == "yes":
            forms = PLURALS.get(source, {}).get(language)
            if forms is None:
                missing += 1
                continue
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        elif language == "en":
            translation.text = source
        elif source in GLOSSARY:
            translation.text = GLOSSARY[source][LANGUAGE_INDEX[language]]
        else:
            missing += 1
            continue
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    folder = Path(__file__).resolve().parents[1] / "erp_desktop" / "resources" / "translations"
    missing = 0
    for language in ("fr", "ar", "en"):
        count = fill(folder / f"erp_desktop_{language}.ts", language)
        if count:
            print(f"{language}: {count} text(s) without a translation", file=sys.stderr)
        missing += count
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
