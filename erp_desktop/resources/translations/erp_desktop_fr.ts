<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AttendanceView</name>
    <message>
        <location filename="../../ui/attendance_view.py" line="152" />
        <location filename="../../ui/attendance_view.py" line="162" />
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="153" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="154" />
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="155" />
        <source>Planned (h)</source>
        <translation>Prévu (h)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="156" />
        <source>Worked (h)</source>
        <translation>Travaillé (h)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="157" />
        <source>Late (min)</source>
        <translation>Retard (min)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="158" />
        <source>Overtime (h)</source>
        <translation>Heures sup. (h)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="162" />
        <source>Clocked in</source>
        <translation>Entrée pointée</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="165" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="166" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="167" />
        <source>Days without a clock-out</source>
        <translation>Journées sans sortie pointée</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="168" />
        <source>Correct the clock-out…</source>
        <translation>Corriger la sortie…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="86" />
        <source>Backups of this PC</source>
        <translation>Sauvegardes de ce poste</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="87" />
        <location filename="../../ui/backup_dialog.py" line="101" />
        <source>Folder or USB key</source>
        <translation>Dossier ou clé USB</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="88" />
        <source>Every (hours)</source>
        <translation>Toutes les (heures)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="89" />
        <source>Backups kept</source>
        <translation>Sauvegardes gardées</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="90" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="91" />
        <source>Save the schedule</source>
        <translation>Enregistrer le calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="92" />
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="116" />
        <source>No backup yet on this replica.</source>
        <translation>Aucune sauvegarde de cette réplique pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="119" />
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde : %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="142" />
        <source>The schedule is saved.</source>
        <translation>Le calendrier est enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="156" />
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="162" />
        <source>Backed up: %1</source>
        <translation>Sauvegardé : %1</translation>
    </message>
</context>
<context>
    <name>BusinessCustomerDialog</name>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="49" />
        <source>None agreed (the law's default)</source>
        <translation>Aucune convenue (délai légal)</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="50" />
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="51" />
        <source>30 days net</source>
        <translation>30 jours net</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="52" />
        <source>45 days net</source>
        <translation>45 jours net</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="53" />
        <source>60 days net</source>
        <translation>60 jours net</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="54" />
        <source>End of month + 15 days</source>
        <translation>Fin de mois + 15 jours</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="55" />
        <source>End of month + 30 days</source>
        <translation>Fin de mois + 30 jours</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="56" />
        <source>Half at 30 days, half at 60</source>
        <translation>Moitié à 30 jours, moitié à 60</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="164" />
        <source>New business customer</source>
        <translation>Nouveau client professionnel</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="166" />
        <source>Business customer</source>
        <translation>Client professionnel</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="169" />
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="170" />
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="171" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="172" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="173" />
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="174" />
        <source>Delivery address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="175" />
        <source>Payment &amp;terms</source>
        <translation>Conditions de &amp;paiement</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="176" />
        <source>Credit limit</source>
        <translation>Plafond de crédit</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="177" />
        <source>Passing the limit blocks (else it warns)</source>
        <translation>Le dépassement bloque (sinon il avertit)</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="178" />
        <source>Discount (%)</source>
        <translation>Remise (%)</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="179" />
        <source>Account currency (empty: the company's)</source>
        <translation>Devise du compte (vide : celle de la société)</translation>
    </message>
</context>
<context>
    <name>BusinessCustomersView</name>
    <message>
        <location filename="../../ui/business_customers_view.py" line="84" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="85" />
        <source>Legal identifiers</source>
        <translation>Identifiants légaux</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="86" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="87" />
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="88" />
        <source>Credit limit</source>
        <translation>Plafond de crédit</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="89" />
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="93" />
        <source>Name (French or Arabic) or phone</source>
        <translation>Nom (français ou arabe) ou téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="94" />
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="95" />
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
</context>
<context>
    <name>BusinessDocumentsView</name>
    <message>
        <location filename="../../ui/business_documents_view.py" line="185" />
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="186" />
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="187" />
        <source>Sales order</source>
        <translation>Commande client</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="188" />
        <source>Delivery note</source>
        <translation>Bon de livraison</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="189" />
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="190" />
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="195" />
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="196" />
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="197" />
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="198" />
        <source>To deliver</source>
        <translation>À livrer</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="199" />
        <source>Partly delivered</source>
        <translation>Livrée en partie</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="200" />
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="201" />
        <source>Invoiced</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="202" />
        <source>Partly credited</source>
        <translation>Avoir partiel</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="203" />
        <source>Credited</source>
        <translation>Avoir total</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="204" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="209" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="210" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="211" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="212" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="213" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="214" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="219" />
        <source>Designation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="220" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="221" />
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="222" />
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="223" />
        <source>Amount excl. tax</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="224" />
        <source>Left</source>
        <translation>Reste</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="229" />
        <source>New quote</source>
        <translation>Nouveau devis</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="230" />
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="231" />
        <source>Invoice services</source>
        <translation>Facturer des prestations</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="232" />
        <source>Invoice a ticket…</source>
        <translation>Facturer un ticket…</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="233" />
        <source>Order it</source>
        <translation>Commander</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="234" />
        <source>Deliver…</source>
        <translation>Livrer…</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="235" />
        <source>Invoice…</source>
        <translation>Facturer…</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="236" />
        <source>Credit note…</source>
        <translation>Avoir…</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="237" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="238" />
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="242" />
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="243" />
        <source>&amp;Status</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="343" />
        <source>follows %1</source>
        <translation>suite de %1</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="346" />
        <source>followed by %1</source>
        <translation>suivi de %1</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="354" />
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="388" />
        <source>%1 issued</source>
        <translation>%1 émis</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="433" />
        <source>Deliver the order</source>
        <translation>Livrer la commande</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="436" />
        <source>Invoice what was delivered</source>
        <translation>Facturer ce qui a été livré</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="439" />
        <source>Credit note against the invoice</source>
        <translation>Avoir sur la facture</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="448" />
        <source>Cancel the document</source>
        <translation>Annuler le document</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="450" />
        <source>Cancel %1? An invoice is reversed in the books; nothing is deleted.</source>
        <translation>Annuler %1 ? Une facture est contrepassée en comptabilité ; rien n'est supprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="458" />
        <source>%1 cancelled</source>
        <translation>%1 annulé</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="470" />
        <source>Printed to %1</source>
        <translation>Imprimé dans %1</translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <location filename="../../ui/cart_model.py" line="92" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="93" />
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="94" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="95" />
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="96" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>CashCountDialog</name>
    <message>
        <location filename="../../ui/cash_count_dialog.py" line="69" />
        <source>Close the cash session</source>
        <translation>Clôturer la session de caisse</translation>
    </message>
    <message>
        <location filename="../../ui/cash_count_dialog.py" line="70" />
        <source>Expected cash</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <location filename="../../ui/cash_count_dialog.py" line="71" />
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../../ui/cash_count_dialog.py" line="72" />
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <location filename="../../ui/catalog_view.py" line="97" />
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="98" />
        <source>Name</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="99" />
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="100" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="101" />
        <source>Tax class</source>
        <translation>Catégorie de TVA</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="102" />
        <source>Price mode</source>
        <translation>Mode de prix</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="106" />
        <source>Name (French or Arabic), SKU or barcode</source>
        <translation>Nom (français ou arabe), référence ou code-barres</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="107" />
        <source>New product</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="108" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="109" />
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="138" />
        <source>The catalog and its prices are edited at head office; they come down here.</source>
        <translation>Le catalogue et ses prix sont modifiés au siège ; ils arrivent ici.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="157" />
        <source>Tax included</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="157" />
        <source>Tax excluded</source>
        <translation>HT</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="193" />
        <source>Import products</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="195" />
        <source>Products (*.csv *.xlsx)</source>
        <translation>Articles (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="221" />
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="227" />
        <source>Nothing was imported; correct the file:</source>
        <translation>Rien n'a été importé ; corrigez le fichier :</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="232" />
        <source>Imported: %1 new product(s), %2 changed, %3 new categories, %4 pictures.</source>
        <translation>Importé : %1 nouvel(s) article(s), %2 modifié(s), %3 nouvelle(s) catégorie(s), %4 image(s).</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../../ui/category_dialog.py" line="66" />
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/category_dialog.py" line="66" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/category_dialog.py" line="70" />
        <source>Name</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../ui/category_dialog.py" line="70" />
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../../ui/category_dialog.py" line="70" />
        <source>Place on the till's grid</source>
        <translation>Place sur la grille de caisse</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/shop_setup/wizard.py" line="40" />
        <location filename="../../ui/shop_setup/wizard.py" line="44" />
        <source>Check and set up</source>
        <translation>Vérifier et installer</translation>
    </message>
</context>
<context>
    <name>ClockLeaveDialog</name>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="39" />
        <source>Ask for leave</source>
        <translation>Demander un congé</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="41" />
        <source>Annual leave</source>
        <translation>Congé annuel</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="42" />
        <source>Sick leave</source>
        <translation>Congé maladie</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="43" />
        <source>Maternity leave</source>
        <translation>Congé de maternité</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="44" />
        <source>Unpaid leave</source>
        <translation>Congé sans solde</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="75" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="76" />
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="77" />
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="78" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="79" />
        <source>Number (faster)</source>
        <translation>Matricule (plus rapide)</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="80" />
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
</context>
<context>
    <name>ClockPinDialog</name>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="134" />
        <source>Clock PIN and shift</source>
        <translation>Code PIN de pointage et horaire</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="138" />
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="140" />
        <source>No shift</source>
        <translation>Sans horaire</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="144" />
        <source>Clock PIN</source>
        <translation>Code PIN de pointage</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="145" />
        <source>Shift</source>
        <translation>Horaire</translation>
    </message>
</context>
<context>
    <name>ClockView</name>
    <message>
        <location filename="../../ui/clock_view.py" line="105" />
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="105" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="105" />
        <source>In since</source>
        <translation>Présent depuis</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="109" />
        <source>Your number (optional) and PIN, then Enter to clock in or F9 to clock out</source>
        <translation>Votre matricule (facultatif) et votre code PIN, puis Entrée pour pointer l'entrée ou F9 pour la sortie</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="111" />
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="112" />
        <source>Number (faster)</source>
        <translation>Matricule (plus rapide)</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="113" />
        <source>Clock in (Enter)</source>
        <translation>Entrée (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="114" />
        <source>Clock out (F9)</source>
        <translation>Sortie (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="115" />
        <source>Ask for leave…</source>
        <translation>Demander un congé…</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="116" />
        <source>In now</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="164" />
        <source>Good morning, %1: in at %2.</source>
        <translation>Bonjour %1 : entrée à %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clock_view.py" line="167" />
        <source>%n minute(s) late.</source>
        <translation>
            <numerusform>%n minute de retard.</numerusform>
            <numerusform>%n minutes de retard.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="170" />
        <source>Goodbye, %1: out at %2.</source>
        <translation>Au revoir %1 : sortie à %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clock_view.py" line="173" />
        <source>%n minute(s) of overtime.</source>
        <translation>
            <numerusform>%n minute supplémentaire.</numerusform>
            <numerusform>%n minutes supplémentaires.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="60" />
        <source>The company and the shop</source>
        <translation>L'entreprise et le magasin</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="63" />
        <source>The legal identifiers are checked by the rules of the country; leave empty the ones you do not have yet.</source>
        <translation>Les identifiants légaux sont vérifiés selon les règles du pays ; laissez vides ceux que vous n'avez pas encore.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="68" />
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="69" />
        <source>Company name in Arabic</source>
        <translation>Raison sociale en arabe</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="70" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="71" />
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="72" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="73" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="74" />
        <source>Shop code</source>
        <translation>Code du magasin</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="75" />
        <source>Shop name</source>
        <translation>Nom du magasin</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="76" />
        <source>Shop name in Arabic</source>
        <translation>Nom du magasin en arabe</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="77" />
        <source>Register code</source>
        <translation>Code de la caisse</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/attendance_view.py" line="51" />
        <source>Correct a clock-out</source>
        <translation>Corriger une sortie</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="71" />
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="72" />
        <source>Clocked in</source>
        <translation>Entrée pointée</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="73" />
        <source>Clock-out day</source>
        <translation>Jour de sortie</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="74" />
        <source>Clock-out time</source>
        <translation>Heure de sortie</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="75" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>CreditOverrideDialog</name>
    <message>
        <location filename="../../ui/credit_override.py" line="56" />
        <source>Credit limit</source>
        <translation>Plafond de crédit</translation>
    </message>
    <message>
        <location filename="../../ui/credit_override.py" line="57" />
        <source>A manager may allow it with their PIN:</source>
        <translation>Un responsable peut l'autoriser avec son code :</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/customer_dialog.py" line="66" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="67" />
        <source>Name (French or Arabic) or phone</source>
        <translation>Nom (français ou arabe) ou téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="68" />
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="69" />
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="70" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="71" />
        <source>Create and attach</source>
        <translation>Créer et associer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="94" />
        <source>credit %1</source>
        <translation>avoir %1</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../ui/customer_display.py" line="41" />
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="42" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="43" />
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="44" />
        <source>Your change</source>
        <translation>Votre monnaie</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="45" />
        <source>Thank you, see you soon</source>
        <translation>Merci, à bientôt</translation>
    </message>
</context>
<context>
    <name>CustomerTabs</name>
    <message>
        <location filename="../../ui/customer_tabs.py" line="191" />
        <location filename="../../ui/customer_tabs.py" line="200" />
        <location filename="../../ui/customer_tabs.py" line="209" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="192" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="193" />
        <location filename="../../ui/customer_tabs.py" line="209" />
        <source>Branch</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="194" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="195" />
        <source>Amount or points</source>
        <translation>Montant ou points</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="201" />
        <location filename="../../ui/customer_tabs.py" line="256" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="202" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="203" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="204" />
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="205" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="209" />
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="209" />
        <location filename="../../ui/customer_tabs.py" line="217" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="213" />
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="214" />
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="215" />
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="216" />
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="218" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="219" />
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="220" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="221" />
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="222" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="223" />
        <source>Earned</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="224" />
        <source>Redeemed</source>
        <translation>Utilisés</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="225" />
        <source>Expired</source>
        <translation>Expirés</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="226" />
        <source>Adjusted</source>
        <translation>Ajustés</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="227" />
        <source>Merged in</source>
        <translation>Reçus par fusion</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="228" />
        <source>Merged out</source>
        <translation>Partis par fusion</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="229" />
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="230" />
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="231" />
        <source>Open</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="232" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="233" />
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="234" />
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="235" />
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="240" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="241" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="242" />
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="243" />
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="244" />
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="249" />
        <source>Profile</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="249" />
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="249" />
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="249" />
        <source>Loyalty</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="255" />
        <source>Name</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="257" />
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="258" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="259" />
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="260" />
        <source>Consent to be contacted</source>
        <translation>Accord pour être contacté</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="261" />
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="262" />
        <source>History</source>
        <translation>Historique d'achat</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="274" />
        <source>What was said or done</source>
        <translation>Ce qui a été dit ou fait</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="275" />
        <source>Follow-up date (optional)</source>
        <translation>Date de relance (facultative)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="276" />
        <source>Log</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="277" />
        <source>Record consent</source>
        <translation>Enregistrer l'accord</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="278" />
        <source>Agrees</source>
        <translation>Accepte</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="279" />
        <source>Withdraws</source>
        <translation>Retire son accord</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="280" />
        <source>Edit the tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="281" />
        <source>Tags separated by commas, Enter to save</source>
        <translation>Étiquettes séparées par des virgules, Entrée pour enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="291" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="292" />
        <source>Complaint: next status</source>
        <translation>Réclamation : état suivant</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="342" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="342" />
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="344" />
        <source>never asked</source>
        <translation>jamais demandé</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="355" />
        <source>%1 purchases, lifetime value %2, open balance %3, last visit %4 at %5</source>
        <translation>%1 achats, valeur cumulée %2, solde dû %3, dernière visite %4 à %5</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="394" />
        <source>Balance: %1 points, of which %2 may be spent today</source>
        <translation>Solde : %1 points, dont %2 utilisables aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="400" />
        <source>Overdraft at %1 on %2: %3 points spent beyond the balance</source>
        <translation>Découvert à %1 le %2 : %3 points utilisés au-delà du solde</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="444" />
        <source>Export the timeline</source>
        <translation>Exporter l'historique</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="446" />
        <source>CSV, numbers with a dot (*.csv)</source>
        <translation>CSV, nombres avec un point (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="479" />
        <source>at the till, by %1</source>
        <translation>à la caisse, par %1</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../ui/customers_view.py" line="85" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="86" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="87" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="88" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="89" />
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="93" />
        <source>Search by name (French or Arabic) or phone</source>
        <translation>Rechercher par nom (français ou arabe) ou téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="94" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="144" />
        <source>%1 customer(s)</source>
        <translation>%1 client(s)</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="167" />
        <source>Export the customers</source>
        <translation>Exporter les clients</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="169" />
        <source>CSV, numbers with a dot (*.csv)</source>
        <translation>CSV, nombres avec un point (*.csv)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/dashboard_view.py" line="110" />
        <location filename="../../ui/dashboard_view.py" line="159" />
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="110" />
        <location filename="../../ui/dashboard_view.py" line="172" />
        <source>Sales today</source>
        <translation>Ventes du jour</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="113" />
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="113" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="158" />
        <source>Register</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="160" />
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="161" />
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="162" />
        <source>Expected cash</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="163" />
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="164" />
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="168" />
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="168" />
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="168" />
        <source>Reorder point</source>
        <translation>Seuil de réappro.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="168" />
        <source>Fell low</source>
        <translation>Passé sous le seuil</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="173" />
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="174" />
        <source>Average ticket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="175" />
        <source>Sales this week</source>
        <translation>Ventes de la semaine</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="188" />
        <source>Cash sessions</source>
        <translation>Sessions de caisse</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="189" />
        <source>Low stock this week</source>
        <translation>Stock bas cette semaine</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="243" />
        <source>Low stock: %1 has %2 left (reorder point %3).</source>
        <translation>Stock bas : il reste %2 de %1 (seuil de réappro. %3).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="267" />
        <source>Sales by hour</source>
        <translation>Ventes par heure</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="275" />
        <source>Last seven days</source>
        <translation>Sept derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="283" />
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="284" />
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="285" />
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="286" />
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="287" />
        <source>Store credit</source>
        <translation>Avoir client</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="313" />
        <source>open</source>
        <translation>ouverte</translation>
    </message>
</context>
<context>
    <name>DeskTools</name>
    <message>
        <location filename="../../ui/desk_table.py" line="132" />
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrer (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_table.py" line="133" />
        <source>Export… (Ctrl+Shift+E)</source>
        <translation>Exporter… (Ctrl+Maj+E)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk_table.py" line="182" />
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/desk_table.py" line="184" />
        <source>Totals: %1</source>
        <translation>Totaux : %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk_table.py" line="193" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_table.py" line="194" />
        <source>CSV, numbers with a dot (*.csv)</source>
        <translation>CSV, nombres avec un point (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_table.py" line="196" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>EmployeesView</name>
    <message>
        <location filename="../../ui/employees_view.py" line="167" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="168" />
        <source>Full name</source>
        <translation>Nom et prénom</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="169" />
        <source>Branch</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="170" />
        <source>Job</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="171" />
        <location filename="../../ui/employees_view.py" line="177" />
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="172" />
        <source>Base salary today</source>
        <translation>Salaire de base ce jour</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="178" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="179" />
        <source>Base salary</source>
        <translation>Salaire de base</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="180" />
        <source>Hours a month</source>
        <translation>Heures par mois</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="181" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="185" />
        <source>Hire…</source>
        <translation>Embaucher…</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="186" />
        <source>New terms…</source>
        <translation>Nouvelles conditions…</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="187" />
        <source>Family situation…</source>
        <translation>Situation familiale…</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="188" />
        <source>End the contract…</source>
        <translation>Fin du contrat…</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="189" />
        <source>Clock PIN and shift…</source>
        <translation>PIN et horaire…</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="267" />
        <source>Choose an employee to see the file.</source>
        <translation>Choisissez un salarié pour voir son dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="273" />
        <source>%1 dependant(s), %2 child(ren)</source>
        <translation>%1 personne(s) à charge, %2 enfant(s)</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="284" />
        <source>Hiring</source>
        <translation>Embauche</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="285" />
        <source>Raise</source>
        <translation>Augmentation</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="286" />
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="287" />
        <source>New hours</source>
        <translation>Nouveaux horaires</translation>
    </message>
</context>
<context>
    <name>EndContractDialog</name>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="110" />
        <source>End the contract</source>
        <translation>Fin du contrat</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="114" />
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="115" />
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="71" />
        <source>New family situation</source>
        <translation>Nouvelle situation familiale</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="77" />
        <source>Single</source>
        <translation>Célibataire</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="78" />
        <source>Married</source>
        <translation>Marié(e)</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="79" />
        <source>Divorced</source>
        <translation>Divorcé(e)</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="80" />
        <source>Widowed</source>
        <translation>Veuf (veuve)</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="85" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="86" />
        <source>Family situation</source>
        <translation>Situation familiale</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="87" />
        <source>Dependants</source>
        <translation>Personnes à charge</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="88" />
        <source>Dependent children</source>
        <translation>Enfants à charge</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="89" />
        <source>Head of family</source>
        <translation>Chef de famille</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="92" />
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="95" />
        <source>This PC has no branch data yet. Try the demo branch, join your company's server with the address and the one-time token head office gave you, or set up this shop alone (it can join a chain later).</source>
        <translation>Ce poste n'a pas encore de données. Essayez la succursale de démonstration, rejoignez le serveur de votre entreprise avec l'adresse et le jeton à usage unique donnés par le siège, ou installez ce magasin seul (il pourra rejoindre une chaîne plus tard).</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="100" />
        <source>Try the demo branch</source>
        <translation>Essayer le magasin de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="101" />
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="102" />
        <source>One-time token</source>
        <translation>Jeton à usage unique</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="103" />
        <source>Join the company</source>
        <translation>Rejoindre l'entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="104" />
        <source>Set up this shop alone</source>
        <translation>Installer ce magasin seul</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="105" />
        <location filename="../../ui/first_run.py" line="140" />
        <source>Restore a backup (a new PC)…</source>
        <translation>Restaurer une sauvegarde (nouveau poste)…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="128" />
        <source>Building the demo branch (a minute)…</source>
        <translation>Création du magasin de démonstration (une minute)…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="135" />
        <source>Joining the company and receiving its data…</source>
        <translation>Inscription auprès de l'entreprise et réception de ses données…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="140" />
        <source>Backups (*.sqlite3)</source>
        <translation>Sauvegardes (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="151" />
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
</context>
<context>
    <name>GlobalInvoiceAction</name>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="48" />
        <source>Issue today's global invoice</source>
        <translation>Émettre la facture globale du jour</translation>
    </message>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="49" />
        <source>One invoice for today's till tickets, with its stamp duty</source>
        <translation>Une facture pour les tickets de caisse du jour, avec son droit de timbre</translation>
    </message>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="66" />
        <source>Global invoice</source>
        <translation>Facture globale</translation>
    </message>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="67" />
        <source>Global invoice %1 issued.</source>
        <translation>Facture globale %1 émise.</translation>
    </message>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="68" />
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="97" />
        <source>Save the global invoice</source>
        <translation>Enregistrer la facture globale</translation>
    </message>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="99" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>GridPlaceFields</name>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="100" />
        <location filename="../../ui/grid_place_fields.py" line="124" />
        <source>(in no tab of the till's grid)</source>
        <translation>(dans aucun onglet de la grille de caisse)</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="101" />
        <source>New category…</source>
        <translation>Nouvelle catégorie…</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="102" />
        <source>Edit the category…</source>
        <translation>Modifier la catégorie…</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="103" />
        <source>Choose a picture…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="104" />
        <source>Remove the picture</source>
        <translation>Retirer l'image</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="164" />
        <source>Picture of the product</source>
        <translation>Image de l'article</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="166" />
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.gif)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="177" />
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="180" />
        <source>%1 is not a picture.</source>
        <translation>%1 n'est pas une image.</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="209" />
        <source>No picture</source>
        <translation>Pas d'image</translation>
    </message>
</context>
<context>
    <name>HireDialog</name>
    <message>
        <location filename="../../ui/hire_dialog.py" line="55" />
        <source>Hire an employee</source>
        <translation>Embaucher un salarié</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="89" />
        <source>No shift</source>
        <translation>Sans horaire</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="94" />
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="94" />
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="99" />
        <source>Single</source>
        <translation>Célibataire</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="100" />
        <source>Married</source>
        <translation>Marié(e)</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="101" />
        <source>Divorced</source>
        <translation>Divorcé(e)</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="102" />
        <source>Widowed</source>
        <translation>Veuf (veuve)</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="112" />
        <source>Permanent (CDI)</source>
        <translation>CDI</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="113" />
        <source>Fixed term (CDD)</source>
        <translation>CDD</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="139" />
        <source>Employee number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="140" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="141" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="142" />
        <source>First name in Arabic</source>
        <translation>Prénom en arabe</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="143" />
        <source>Last name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="144" />
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="145" />
        <source>Born on</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="146" />
        <source>National identity number</source>
        <translation>Numéro d'identité nationale</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="147" />
        <source>Social-security number</source>
        <translation>Numéro de sécurité sociale</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="148" />
        <source>Family situation</source>
        <translation>Situation familiale</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="149" />
        <source>Dependants</source>
        <translation>Personnes à charge</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="150" />
        <source>Dependent children</source>
        <translation>Enfants à charge</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="151" />
        <source>Head of family</source>
        <translation>Chef de famille</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="152" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="153" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="154" />
        <source>Branch</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="155" />
        <source>Job</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="156" />
        <source>Job in Arabic</source>
        <translation>Poste en arabe</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="157" />
        <source>Hired on</source>
        <translation>Embauché(e) le</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="158" />
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="159" />
        <source>Contract number</source>
        <translation>Numéro du contrat</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="160" />
        <source>Ends on (CDD)</source>
        <translation>Fin (CDD)</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="161" />
        <source>Trial period ends on</source>
        <translation>Fin de la période d'essai</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="162" />
        <source>Hours a week</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="163" />
        <source>Monthly base salary</source>
        <translation>Salaire de base mensuel</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="164" />
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="165" />
        <source>Bank account (RIB)</source>
        <translation>Compte bancaire (RIB)</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="166" />
        <source>Shift</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="167" />
        <source>Clock PIN</source>
        <translation>Code PIN de pointage</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="138" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="139" />
        <location filename="../../ui/purchasing/invoices_tab.py" line="167" />
        <source>Supplier's number</source>
        <translation>N° du fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="140" />
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="141" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="142" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="143" />
        <source>Match</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="147" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="147" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="147" />
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="147" />
        <source>Invoiced</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="151" />
        <source>not on the order</source>
        <translation>hors commande</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="152" />
        <source>not received</source>
        <translation>non reçu</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="153" />
        <source>more than received</source>
        <translation>plus que reçu</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="154" />
        <source>price differs from the order</source>
        <translation>prix différent de la commande</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="159" />
        <source>matched</source>
        <translation>rapprochée</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="160" />
        <source>blocked</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="161" />
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="165" />
        <source>Accept the difference…</source>
        <translation>Accepter l'écart…</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="166" />
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="168" />
        <source>Freight</source>
        <translation>Fret</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="169" />
        <source>Enter the invoice</source>
        <translation>Saisir la facture</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="171" />
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="171" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="171" />
        <source>Unit price (excl. VAT)</source>
        <translation>Prix unitaire (HT)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="246" />
        <source>agrees</source>
        <translation>conforme</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="274" />
        <source>Accept the difference</source>
        <translation>Accepter l'écart</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="275" />
        <source>Why is %1 accepted as it is?</source>
        <translation>Pourquoi %1 est-elle acceptée telle quelle ?</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="282" />
        <source>%1 may now be paid.</source>
        <translation>%1 peut maintenant être payée.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="326" />
        <source>Line %1 is not a number.</source>
        <translation>La ligne %1 n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="338" />
        <source>%1 entered: %2.</source>
        <translation>%1 saisie : %2.</translation>
    </message>
</context>
<context>
    <name>JoinChainDialog</name>
    <message>
        <location filename="../../ui/join_dialog.py" line="55" />
        <source>Join a chain</source>
        <translation>Rejoindre une chaîne</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="58" />
        <source>This shop becomes a branch of the company: its catalog goes up (products the company already sells become the company's), then its whole history, with its numbers. From then on it syncs like any branch.</source>
        <translation>Ce magasin devient une succursale de l'entreprise : son catalogue monte (les articles que l'entreprise vend déjà deviennent les siens), puis tout son historique, avec ses numéros. Ensuite il se synchronise comme toute succursale.</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="63" />
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="64" />
        <source>Invitation from head office</source>
        <translation>Invitation du siège</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="65" />
        <source>Join the chain</source>
        <translation>Rejoindre la chaîne</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="78" />
        <source>Joining: the catalog, then the history…</source>
        <translation>Adhésion : le catalogue, puis l'historique…</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="86" />
        <source>Joined: %1 products were already the company's, %2 joined its catalog; %3 changes sent. Log in again.</source>
        <translation>Rejoint : %1 articles étaient déjà ceux de l'entreprise, %2 ont rejoint son catalogue ; %3 changements envoyés. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>LeaveRequestDialog</name>
    <message>
        <location filename="../../ui/leave_view.py" line="66" />
        <source>Leave request</source>
        <translation>Demande de congé</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="95" />
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="96" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="97" />
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="98" />
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="99" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>LeaveView</name>
    <message>
        <location filename="../../ui/leave_view.py" line="188" />
        <source>Annual leave</source>
        <translation>Congé annuel</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="189" />
        <source>Sick leave</source>
        <translation>Congé maladie</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="190" />
        <source>Maternity leave</source>
        <translation>Congé de maternité</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="191" />
        <source>Unpaid leave</source>
        <translation>Congé sans solde</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="196" />
        <location filename="../../ui/leave_view.py" line="218" />
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="197" />
        <location filename="../../ui/leave_view.py" line="217" />
        <source>Approved</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="198" />
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="199" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="204" />
        <location filename="../../ui/leave_view.py" line="214" />
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="205" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="206" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="207" />
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="208" />
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="209" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="215" />
        <source>Leave year</source>
        <translation>Année de congé</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="216" />
        <source>Earned</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="219" />
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="223" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="223" />
        <source>Public holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="223" />
        <source>On leave</source>
        <translation>En congé</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="226" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="227" />
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="228" />
        <source>Approve</source>
        <translation>Accorder</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="229" />
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="230" />
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="231" />
        <source>Balances</source>
        <translation>Soldes</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="232" />
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="310" />
        <source>(computed date)</source>
        <translation>(date calculée)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="89" />
        <location filename="../../ui/login_dialog.py" line="96" />
        <source>Log in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="90" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="91" />
        <location filename="../../ui/login_dialog.py" line="94" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="92" />
        <source>Cashier PIN</source>
        <translation>Code PIN caissier</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="93" />
        <source>User (optional)</source>
        <translation>Utilisateur (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="95" />
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="278" />
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279" />
        <location filename="../../ui/main_window.py" line="301" />
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280" />
        <source>Clock in/out</source>
        <translation>Pointage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281" />
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282" />
        <source>Leave</source>
        <translation>Congés</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283" />
        <source>Employees</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284" />
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285" />
        <source>Payroll</source>
        <translation>Paie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286" />
        <source>My payslips</source>
        <translation>Mes bulletins de paie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287" />
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288" />
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <location filename="../../ui/main_window.py" line="304" />
        <source>Purchasing</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290" />
        <source>Books</source>
        <translation>Comptabilité</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291" />
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292" />
        <source>Quotes and invoices</source>
        <translation>Devis et factures</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293" />
        <source>Business customers</source>
        <translation>Clients professionnels</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>Receivables</source>
        <translation>Créances clients</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>Pipeline</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>Inventory</source>
        <translation>Stocks</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303" />
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <source>Accounting</source>
        <translation>Comptabilité</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306" />
        <source>HR &amp; payroll</source>
        <translation>RH et paie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <source>CRM</source>
        <translation>Relation client</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308" />
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313" />
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314" />
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315" />
        <source>Receipt printer of this register…</source>
        <translation>Imprimante des tickets de cette caisse…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316" />
        <location filename="../../ui/main_window.py" line="359" />
        <source>Thermal printer (ESC/POS) of this register…</source>
        <translation>Imprimante thermique (ESC/POS) de cette caisse…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317" />
        <source>Synchronization…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318" />
        <source>Backups…</source>
        <translation>Sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319" />
        <source>Join a chain…</source>
        <translation>Rejoindre une chaîne…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>Maghreb ERP — branch</source>
        <translation>Maghreb ERP — magasin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>Branch %1 · register %2 · %3</source>
        <translation>Magasin %1 · caisse %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222" />
        <source>Branch %1 · %2</source>
        <translation>Magasin %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227" />
        <source>Maghreb ERP — %1 (%2)</source>
        <translation>Maghreb ERP — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338" />
        <location filename="../../ui/main_window.py" line="354" />
        <source>This PC is not a till: no register to set a printer for.</source>
        <translation>Ce poste n'est pas une caisse : pas d'imprimante de tickets à choisir.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343" />
        <location filename="../../ui/main_window.py" line="368" />
        <source>Receipts of %1 print on %2.</source>
        <translation>Les tickets de %1 s'impriment sur %2.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360" />
        <source>IP address (port 9100) or device (/dev/usb/lp0, /dev/ttyS0, COM1)</source>
        <translation>Adresse IP (port 9100) ou périphérique (/dev/usb/lp0, /dev/ttyS0, COM1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412" />
        <source>%1 change(s) refused by the server: see Synchronization.</source>
        <translation>%1 modification(s) refusée(s) par le serveur : voir Synchronisation.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440" />
        <source>This shop runs alone, with no server</source>
        <translation>Ce magasin fonctionne seul, sans serveur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443" />
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445" />
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453" />
        <source>%1 · %2 change(s) waiting · last sync: %3</source>
        <translation>%1 · %2 modification(s) en attente · dernière synchro : %3</translation>
    </message>
</context>
<context>
    <name>MyPayslipsView</name>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="99" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="99" />
        <source>Run</source>
        <translation>Paie</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="99" />
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="99" />
        <source>Net to pay</source>
        <translation>Net à payer</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="102" />
        <source>My payslips</source>
        <translation>Mes bulletins de paie</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="103" />
        <source>Open the payslip (PDF)</source>
        <translation>Ouvrir le bulletin (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="104" />
        <source>Show my payslips</source>
        <translation>Afficher mes bulletins</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="136" />
        <source>Your payslips are kept on the company's server: show them with your password.</source>
        <translation>Vos bulletins sont conservés sur le serveur de l'entreprise : affichez-les avec votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="156" />
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="178" />
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="181" />
        <source>Your payslips are on the company's server: this PC needs the network to show them. Try again once it is back.</source>
        <translation>Vos bulletins sont sur le serveur de l'entreprise : ce poste a besoin du réseau pour les afficher. Réessayez quand il sera revenu.</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="196" />
        <source>(corrective)</source>
        <translation>(rectificative)</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="209" />
        <source>No payslip: your account is not an employee's, or none was paid yet.</source>
        <translation>Aucun bulletin : votre compte n'est pas celui d'un salarié, ou aucune paie n'est encore passée.</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="140" />
        <source>New quote</source>
        <translation>Nouveau devis</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="141" />
        <source>New sales order</source>
        <translation>Nouvelle commande client</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="142" />
        <source>New invoice of services</source>
        <translation>Nouvelle facture de prestations</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="145" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="146" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="147" />
        <source>SKU or barcode, 12*code for 12</source>
        <translation>Référence ou code-barres, 12*code pour 12</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="148" />
        <source>Service, price excl. tax, VAT %</source>
        <translation>Prestation, prix HT, TVA %</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="149" />
        <source>Description of the service</source>
        <translation>Désignation de la prestation</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="150" />
        <source>Price (empty: the catalog's)</source>
        <translation>Prix (vide : celui du catalogue)</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="151" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="152" />
        <source>Add service</source>
        <translation>Ajouter la prestation</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="153" />
        <source>Remove the line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="156" />
        <source>Designation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="157" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="158" />
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="159" />
        <source>Discount (% or amount)</source>
        <translation>Remise (% ou montant)</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../ui/numeric_keypad.py" line="62" />
        <source>Enter: add the article typed</source>
        <translation>Entrée : ajouter l'article saisi</translation>
    </message>
    <message>
        <location filename="../../ui/numeric_keypad.py" line="63" />
        <source>Clear what is typed</source>
        <translation>Effacer la saisie</translation>
    </message>
    <message>
        <location filename="../../ui/numeric_keypad.py" line="64" />
        <source>Erase the last character</source>
        <translation>Effacer le dernier caractère</translation>
    </message>
    <message>
        <location filename="../../ui/numeric_keypad.py" line="65" />
        <source>Quantity: 3 × then the article</source>
        <translation>Quantité : 3 × puis l'article</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="92" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="93" />
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="94" />
        <source>For branch</source>
        <translation>Pour la succursale</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="95" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="96" />
        <source>Expected on</source>
        <translation>Attendue le</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="97" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="102" />
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="103" />
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="104" />
        <source>partially received</source>
        <translation>partiellement reçue</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="105" />
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="106" />
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="107" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="111" />
        <source>Orders from the reorder suggestions</source>
        <translation>Commandes depuis les suggestions de réappro.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="112" />
        <source>Send the order</source>
        <translation>Envoyer la commande</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="113" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="114" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="115" />
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/purchasing/orders_tab.py" line="177" />
        <source>%n draft order(s) made; check them, then send.</source>
        <translation>
            <numerusform>%n commande brouillon créée ; vérifiez-la, puis envoyez-la.</numerusform>
            <numerusform>%n commandes brouillons créées ; vérifiez-les, puis envoyez-les.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="193" />
        <source>%1 sent.</source>
        <translation>%1 envoyée.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="202" />
        <source>Manager approval</source>
        <translation>Accord du responsable</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="203" />
        <source>%1 is above the amount a manager must approve.</source>
        <translation>%1 dépasse le montant qu'un responsable doit approuver.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="205" />
        <source>Manager PIN</source>
        <translation>Code PIN du responsable</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="226" />
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="240" />
        <source>Save the order as PDF</source>
        <translation>Enregistrer la commande en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="252" />
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>PasswordAgainDialog</name>
    <message>
        <location filename="../../ui/password_again_dialog.py" line="41" />
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/password_again_dialog.py" line="44" />
        <source>Your payslips are kept on the company's server. Type the password of %1 again to read them here.</source>
        <translation>Vos bulletins sont conservés sur le serveur de l'entreprise. Saisissez à nouveau le mot de passe de %1 pour les lire ici.</translation>
    </message>
</context>
<context>
    <name>PayablesTab</name>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="92" />
        <location filename="../../ui/purchasing/payables_tab.py" line="117" />
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="93" />
        <source>Not yet due</source>
        <translation>Non échu</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="94" />
        <source>1-30 days</source>
        <translation>1-30 jours</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="95" />
        <source>31-60 days</source>
        <translation>31-60 jours</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="96" />
        <source>61-90 days</source>
        <translation>61-90 jours</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="97" />
        <source>Over 90 days</source>
        <translation>Plus de 90 jours</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="98" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="99" />
        <source>Overdue</source>
        <translation>Échu</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="100" />
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="101" />
        <source>Next week</source>
        <translation>Semaine prochaine</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="102" />
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="107" />
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="108" />
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="109" />
        <source>Traite (bill of exchange)</source>
        <translation>Traite</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="110" />
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="118" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="119" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="120" />
        <source>Cheque or traite number</source>
        <translation>Numéro du chèque ou de la traite</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="121" />
        <source>Traite due on</source>
        <translation>Échéance de la traite</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="131" />
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="191" />
        <source>The amount is not a number.</source>
        <translation>Le montant n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="207" />
        <source>%1 paid: %2.</source>
        <translation>%1 payé : %2.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/payment_dialog.py" line="134" />
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="136" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="137" />
        <source>Cash received</source>
        <translation>Espèces reçues</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="138" />
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="139" />
        <source>Card terminal reference</source>
        <translation>Référence TPE</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="140" />
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="141" />
        <source>Cheque number</source>
        <translation>Numéro du chèque</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="142" />
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="143" />
        <source>Transfer reference</source>
        <translation>Référence du virement</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="144" />
        <source>Stamp duty</source>
        <translation>Droit de timbre</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="145" />
        <source>Cash rounding</source>
        <translation>Arrondi espèces</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="146" />
        <source>To pay</source>
        <translation>À payer</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="147" />
        <source>Change due</source>
        <translation>Monnaie à rendre</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="150" />
        <source>Store credit (%1 available)</source>
        <translation>Avoir client (%1 disponible)</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="154" />
        <source>On account</source>
        <translation>En compte</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="156" />
        <source>Loyalty points (%1 held)</source>
        <translation>Points fidélité (%1 acquis)</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="159" />
        <source>Worth</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="162" />
        <source>Cash in %1 (rate %2)</source>
        <translation>Espèces en %1 (cours %2)</translation>
    </message>
</context>
<context>
    <name>PaymentEntryDialog</name>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="125" />
        <source>Receive a payment</source>
        <translation>Encaisser un règlement</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="127" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="128" />
        <source>Means of payment</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="129" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="130" />
        <source>Reference (terminal, transfer)</source>
        <translation>Référence (terminal, virement)</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="131" />
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="132" />
        <source>Cheque or traite number</source>
        <translation>Numéro du chèque ou de la traite</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="133" />
        <location filename="../../ui/payment_entry_dialog.py" line="151" />
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="137" />
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="138" />
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="139" />
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="140" />
        <source>Traite</source>
        <translation>Traite</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="141" />
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="151" />
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="151" />
        <source>Open</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="151" />
        <source>Allocated</source>
        <translation>Affecté</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="153" />
        <source>Oldest first</source>
        <translation>Les plus anciennes d'abord</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="154" />
        <source>Record the payment</source>
        <translation>Enregistrer le règlement</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="155" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="272" />
        <source>Left on the account: %1</source>
        <translation>Reste au compte : %1</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="280" />
        <source>Choose the customer and type the amount.</source>
        <translation>Choisissez le client et saisissez le montant.</translation>
    </message>
</context>
<context>
    <name>PayrollAdjustmentsDialog</name>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="57" />
        <source>Advances and hours</source>
        <translation>Avances et heures</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="65" />
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="66" />
        <source>Advance</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="67" />
        <source>Hours off</source>
        <translation>Heures d'absence</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="68" />
        <source>Overtime hours</source>
        <translation>Heures supplémentaires</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="69" />
        <source>Bonus</source>
        <translation>Prime</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="70" />
        <source>Deduction</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="130" />
        <source>Row %1: not a number.</source>
        <translation>Ligne %1 : ce n'est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>PayrollView</name>
    <message>
        <location filename="../../ui/payroll_view.py" line="166" />
        <source>Run</source>
        <translation>Paie</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="167" />
        <location filename="../../ui/payroll_view.py" line="187" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="168" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="169" />
        <source>Employees</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="170" />
        <location filename="../../ui/payroll_view.py" line="177" />
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="171" />
        <location filename="../../ui/payroll_view.py" line="180" />
        <source>Net to pay</source>
        <translation>Net à payer</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="176" />
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="178" />
        <source>Contributions</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="179" />
        <source>Income tax</source>
        <translation>Impôt sur le revenu</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="184" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="184" />
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="184" />
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="184" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="188" />
        <source>Prepare the run</source>
        <translation>Préparer la paie</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="189" />
        <source>Prepare a corrective run</source>
        <translation>Préparer une paie rectificative</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="190" />
        <source>Post the run</source>
        <translation>Comptabiliser la paie</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="191" />
        <source>Advances and hours…</source>
        <translation>Avances et heures…</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="192" />
        <source>Print the payslip…</source>
        <translation>Imprimer le bulletin…</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="193" />
        <source>Transfer order (CSV)…</source>
        <translation>Ordre de virement (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="194" />
        <source>Declaration (CSV)…</source>
        <translation>Déclaration (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="206" />
        <source>Corrective</source>
        <translation>Rectificative</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="206" />
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="264" />
        <location filename="../../ui/payroll_view.py" line="428" />
        <source>Run %1 (%2)</source>
        <translation>Paie %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="285" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="406" />
        <source>Nobody can be paid yet:</source>
        <translation>Personne ne peut encore être payé :</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="410" />
        <source>Prepared, not posted: review the payslips, then post.</source>
        <translation>Préparée, non comptabilisée : vérifiez les bulletins, puis comptabilisez.</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="430" />
        <source>Run %1 posted.</source>
        <translation>Paie %1 comptabilisée.</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="439" />
        <source>Save the payslip</source>
        <translation>Enregistrer le bulletin</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="459" />
        <source>Save the transfer order</source>
        <translation>Enregistrer l'ordre de virement</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="477" />
        <location filename="../../ui/payroll_view.py" line="515" />
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="480" />
        <source>Not in the file: %1</source>
        <translation>Absent du fichier : %1</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="485" />
        <source>Overpaid, to take back: %1</source>
        <translation>Trop-perçu, à reprendre : %1</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="498" />
        <source>Save the declaration</source>
        <translation>Enregistrer la déclaration</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="67" />
        <source>The first users</source>
        <translation>Les premiers utilisateurs</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="70" />
        <source>The owner may do everything: the catalog and prices, the users, the books and the closing of months. Cashiers log in with their PIN.</source>
        <translation>Le propriétaire peut tout faire : le catalogue et les prix, les utilisateurs, la comptabilité et la clôture des mois. Les caissiers se connectent avec leur code PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="75" />
        <location filename="../../ui/shop_setup/people_page.py" line="97" />
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="76" />
        <location filename="../../ui/shop_setup/people_page.py" line="97" />
        <source>Full name</source>
        <translation>Nom et prénom</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="77" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="78" />
        <source>PIN (4 to 8 digits, optional)</source>
        <translation>Code PIN (4 à 8 chiffres, facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="79" />
        <location filename="../../ui/shop_setup/people_page.py" line="97" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="84" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="85" />
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="86" />
        <source>Shop manager</source>
        <translation>Gérant du magasin</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="87" />
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="88" />
        <source>Accountant</source>
        <translation>Comptable</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="97" />
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="99" />
        <source>Add this user</source>
        <translation>Ajouter cet utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="100" />
        <source>Remove the selected user</source>
        <translation>Retirer l'utilisateur choisi</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <location filename="../../ui/pipeline_view.py" line="94" />
        <source>Lead</source>
        <translation>Piste</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="95" />
        <source>Qualified</source>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="96" />
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="97" />
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="98" />
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="99" />
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="105" />
        <source>Due today: next activities and follow-ups</source>
        <translation>À faire aujourd'hui : prochaines actions et relances</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="134" />
        <source>%1 expected, %2 weighted</source>
        <translation>%1 attendus, %2 pondérés</translation>
    </message>
</context>
<context>
    <name>PosView</name>
    <message>
        <location filename="../../ui/pos_view.py" line="212" />
        <source>Scan or type a barcode (3* for three)</source>
        <translation>Scannez ou tapez un code-barres (3* pour trois)</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="215" />
        <source>F2 Pay · F3 Find · F5 Line discount · F6 Ticket discount · F7 Hold · F8 Recall · F10 Return · F11 X report · F12 Reprint · F4 Open session · F9 Close session · Ctrl+K Customer · 4* Enter Quantity · Ctrl+P Price · Del Remove line · Ctrl+Del Cancel ticket</source>
        <translation>F2 Payer · F3 Chercher · F5 Remise ligne · F6 Remise ticket · F7 Attente · F8 Rappel · F10 Retour · F11 Rapport X · F12 Réimprimer · F4 Ouvrir session · F9 Clôturer session · Ctrl+K Client · 4* Entrée Quantité · Ctrl+P Prix · Suppr Retirer ligne · Ctrl+Suppr Annuler ticket</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="221" />
        <source>Ctrl+D Customer display · Ctrl+Shift+D its language</source>
        <translation>Ctrl+D Afficheur client · Ctrl+Maj+D sa langue</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="223" />
        <source>Ctrl+I A4 invoice</source>
        <translation>Ctrl+I Facture A4</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="226" />
        <source>No cash session is open on this register: press F4 to open one.</source>
        <translation>Aucune session de caisse ouverte sur cette caisse : F4 pour en ouvrir une.</translation>
    </message>
    <message>
        <location filename="../../ui/till_ticket.py" line="82" />
        <source>Discounts: %1</source>
        <translation>Remises : %1</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="108" />
        <source>Change the price</source>
        <translation>Modifier le prix</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="109" />
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="138" />
        <source>Cancel the ticket</source>
        <translation>Annuler le ticket</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="139" />
        <source>Remove every line of this ticket?</source>
        <translation>Supprimer toutes les lignes de ce ticket ?</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="146" />
        <source>Ticket cancelled.</source>
        <translation>Ticket annulé.</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="158" />
        <source>Discount (%)</source>
        <translation>Remise (%)</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="168" />
        <source>Line discount</source>
        <translation>Remise sur la ligne</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="177" />
        <source>Ticket discount</source>
        <translation>Remise sur le ticket</translation>
    </message>
    <message>
        <location filename="../../ui/till_customer.py" line="65" />
        <source>Customer: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <location filename="../../ui/till_customer.py" line="68" />
        <source>store credit %1</source>
        <translation>avoir %1</translation>
    </message>
    <message>
        <location filename="../../ui/till_customer.py" line="72" />
        <source>on account</source>
        <translation>en compte</translation>
    </message>
    <message>
        <location filename="../../ui/till_customer.py" line="74" />
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <location filename="../../ui/till_held.py" line="31" />
        <source>Hold the ticket</source>
        <translation>Mettre le ticket en attente</translation>
    </message>
    <message>
        <location filename="../../ui/till_held.py" line="32" />
        <source>Name or note</source>
        <translation>Nom ou note</translation>
    </message>
    <message>
        <location filename="../../ui/till_held.py" line="39" />
        <location filename="../../ui/till_held.py" line="67" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/till_held.py" line="43" />
        <source>Ticket held: %1</source>
        <translation>Ticket en attente : %1</translation>
    </message>
    <message>
        <location filename="../../ui/till_held.py" line="61" />
        <source>No ticket is on hold.</source>
        <translation>Aucun ticket en attente.</translation>
    </message>
    <message>
        <location filename="../../ui/till_held.py" line="66" />
        <source>Recall a ticket</source>
        <translation>Reprendre un ticket</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="128" />
        <source>Manager approval</source>
        <translation>Accord du responsable</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="129" />
        <source>Manager PIN</source>
        <translation>Code PIN du responsable</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="141" />
        <source>%1 may not change prices.</source>
        <translation>%1 ne peut pas modifier les prix.</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="143" />
        <source>%1 may not approve discounts.</source>
        <translation>%1 ne peut pas accorder de remise.</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="180" />
        <source>Change due: %1</source>
        <translation>Monnaie à rendre : %1</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="183" />
        <source>Sale %1 done. Change due: %2</source>
        <translation>Vente %1 enregistrée. Monnaie à rendre : %2</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="189" />
        <source>%1 left on account.</source>
        <translation>%1 en compte.</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="195" />
        <source>Over the credit limit: %1 owed of %2.</source>
        <translation>Plafond de crédit dépassé : %1 dus pour %2 autorisés.</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="200" />
        <source>%1 points used.</source>
        <translation>%1 points utilisés.</translation>
    </message>
    <message>
        <location filename="../../ui/till_printing.py" line="41" />
        <source>The receipt printer did not answer (%1); the receipt is saved as %2.</source>
        <translation>L'imprimante des tickets ne répond pas (%1) ; le ticket est enregistré dans %2.</translation>
    </message>
    <message>
        <location filename="../../ui/till_printing.py" line="65" />
        <source>X report printed.</source>
        <translation>Rapport X imprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/till_printing.py" line="89" />
        <source>Duplicate of %1.</source>
        <translation>Duplicata de %1.</translation>
    </message>
    <message>
        <location filename="../../ui/till_returns.py" line="48" />
        <source>Credit note %1: %2 refunded.</source>
        <translation>Avoir %1 : %2 remboursés.</translation>
    </message>
    <message>
        <location filename="../../ui/till_returns.py" line="54" />
        <source>%1 back on account.</source>
        <translation>%1 remis au crédit du compte.</translation>
    </message>
    <message>
        <location filename="../../ui/till_returns.py" line="55" />
        <source>%1 given back in points.</source>
        <translation>%1 rendus en points de fidélité.</translation>
    </message>
    <message>
        <location filename="../../ui/till_session.py" line="35" />
        <source>Open the cash session</source>
        <translation>Ouvrir la session de caisse</translation>
    </message>
    <message>
        <location filename="../../ui/till_session.py" line="36" />
        <source>Opening float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <location filename="../../ui/till_session.py" line="50" />
        <source>Cash session open.</source>
        <translation>Session de caisse ouverte.</translation>
    </message>
    <message>
        <location filename="../../ui/till_session.py" line="79" />
        <source>Session closed, Z report %1. Difference: %2</source>
        <translation>Session clôturée, rapport Z %1. Écart : %2</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="186" />
        <source>Customer display: %1</source>
        <translation>Afficheur client : %1</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_invoice_dialog.py" line="61" />
        <source>Invoice of ticket %1 saved as %2.</source>
        <translation>Facture du ticket %1 enregistrée sous %2.</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_invoice_dialog.py" line="85" />
        <source>The A4 printer did not answer (%1); the invoice is saved as %2.</source>
        <translation>L'imprimante A4 ne répond pas (%1) ; la facture est enregistrée sous %2.</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="120" />
        <source>New product</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="120" />
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="122" />
        <source>Name</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="123" />
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="124" />
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="125" />
        <source>Barcode to add</source>
        <translation>Code-barres à ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="126" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="127" />
        <source>Price (%1)</source>
        <translation>Prix (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="128" />
        <source>Tax class</source>
        <translation>Catégorie de TVA</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="129" />
        <source>Price mode</source>
        <translation>Mode de prix</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="130" />
        <source>Reorder point</source>
        <translation>Seuil de réappro.</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="131" />
        <source>Category (till's grid)</source>
        <translation>Catégorie (grille de caisse)</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="132" />
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="137" />
        <source>Tax included</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="137" />
        <source>Tax excluded</source>
        <translation>HT</translation>
    </message>
</context>
<context>
    <name>ProductGrid</name>
    <message>
        <location filename="../../ui/product_grid.py" line="160" />
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <location filename="../../ui/product_grid.py" line="208" />
        <source>No favourite yet: tap ☆ with a line selected to star its article.</source>
        <translation>Pas encore de favori : touchez ☆ avec une ligne choisie pour l'ajouter.</translation>
    </message>
    <message>
        <location filename="../../ui/product_grid.py" line="210" />
        <source>No article in this category.</source>
        <translation>Aucun article dans cette catégorie.</translation>
    </message>
</context>
<context>
    <name>ProductSearchDialog</name>
    <message>
        <location filename="../../ui/product_search_dialog.py" line="48" />
        <source>Find an article</source>
        <translation>Chercher un article</translation>
    </message>
    <message>
        <location filename="../../ui/product_search_dialog.py" line="49" />
        <source>Name in French or Arabic, barcode or SKU</source>
        <translation>Nom en français ou en arabe, code-barres ou référence</translation>
    </message>
    <message>
        <location filename="../../ui/product_search_dialog.py" line="114" />
        <source>available %1</source>
        <translation>disponible %1</translation>
    </message>
    <message>
        <location filename="../../ui/product_search_dialog.py" line="116" />
        <source>(%1 reserved)</source>
        <translation>(%1 réservé)</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="77" />
        <source>The products</source>
        <translation>Les articles</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="80" />
        <source>Import them from a CSV file or an Excel workbook (save the template, fill it in, import it), or type them in. Prices include VAT unless their price mode is tax_excluded; the tax class is one of the country's. You may also add products later.</source>
        <translation>Importez-les d'un fichier CSV ou d'un classeur Excel (enregistrez le modèle, remplissez-le, importez-le), ou saisissez-les. Les prix sont TTC sauf si leur mode de prix est tax_excluded ; la catégorie de TVA est l'une de celles du pays. Vous pourrez aussi ajouter des articles plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="86" />
        <source>Save the template…</source>
        <translation>Enregistrer le modèle…</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="87" />
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="88" />
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="91" />
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="92" />
        <source>Name</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="93" />
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="94" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="95" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="96" />
        <source>Tax class</source>
        <translation>Catégorie de TVA</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="97" />
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="98" />
        <source>Reorder point</source>
        <translation>Seuil de réappro.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="99" />
        <source>Price mode</source>
        <translation>Mode de prix</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="100" />
        <source>Quantity on the shelf</source>
        <translation>Quantité en rayon</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="101" />
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="113" />
        <source>Save the template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="120" />
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="120" />
        <source>Products (*.csv *.xlsx)</source>
        <translation>Articles (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="192" />
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>PurchaseReceiptPanel</name>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="101" />
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="102" />
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="103" />
        <source>Last delivery of the order</source>
        <translation>Dernière livraison de la commande</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="104" />
        <source>Post the receipt</source>
        <translation>Valider la réception</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="106" />
        <location filename="../../ui/purchase_receipt_panel.py" line="141" />
        <source>No order (market purchase)</source>
        <translation>Sans commande (achat au marché)</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="109" />
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="110" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="111" />
        <source>Unit cost (excl. VAT)</source>
        <translation>Coût unitaire HT</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="112" />
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="178" />
        <source>not ordered</source>
        <translation>non commandé</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="198" />
        <source>Line %1: the quantity or the cost is not a number.</source>
        <translation>Ligne %1 : la quantité ou le coût n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="248" />
        <source>Substitute</source>
        <translation>Article de remplacement</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="249" />
        <source>%1 is not on the order. It replaces:</source>
        <translation>%1 n'est pas sur la commande. Il remplace :</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="259" />
        <source>Manager approval</source>
        <translation>Accord du responsable</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="260" />
        <source>Manager PIN to accept it</source>
        <translation>Code PIN du responsable pour l'accepter</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="278" />
        <source>%1 posted.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="281" />
        <source>more than ordered</source>
        <translation>plus que commandé</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="282" />
        <source>short</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="283" />
        <source>substitute</source>
        <translation>remplacement</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="286" />
        <source>%1: %2 received, %3 ordered (%4).</source>
        <translation>%1 : %2 reçu(s), %3 commandé(s) (%4).</translation>
    </message>
</context>
<context>
    <name>PurchasingView</name>
    <message>
        <location filename="../../ui/purchasing/purchasing_view.py" line="51" />
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/purchasing_view.py" line="52" />
        <source>Purchase orders</source>
        <translation>Bons de commande</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/purchasing_view.py" line="53" />
        <source>Supplier invoices</source>
        <translation>Factures fournisseurs</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/purchasing_view.py" line="54" />
        <source>Payables</source>
        <translation>Dettes fournisseurs</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/purchasing_view.py" line="55" />
        <source>Supplier returns</source>
        <translation>Retours fournisseurs</translation>
    </message>
</context>
<context>
    <name>QuantitiesDialog</name>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="385" />
        <source>Designation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="385" />
        <source>Left</source>
        <translation>Reste</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="385" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="387" />
        <source>The goods come back into stock</source>
        <translation>La marchandise revient en stock</translation>
    </message>
</context>
<context>
    <name>QuickCashBar</name>
    <message>
        <location filename="../../ui/quick_cash_bar.py" line="54" />
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
</context>
<context>
    <name>ReceivablesView</name>
    <message>
        <location filename="../../ui/receivables_view.py" line="146" />
        <location filename="../../ui/receivables_view.py" line="158" />
        <location filename="../../ui/receivables_view.py" line="168" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="147" />
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="148" />
        <source>Not yet due</source>
        <translation>Non échu</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="149" />
        <source>1-30 days</source>
        <translation>1-30 jours</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="150" />
        <source>31-60 days</source>
        <translation>31-60 jours</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="151" />
        <source>61-90 days</source>
        <translation>61-90 jours</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="152" />
        <source>Over 90 days</source>
        <translation>Plus de 90 jours</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="153" />
        <source>Total owed</source>
        <translation>Total dû</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="159" />
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="160" />
        <location filename="../../ui/receivables_view.py" line="172" />
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="161" />
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="162" />
        <source>Overdue</source>
        <translation>Échu</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="167" />
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="169" />
        <source>Means</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="170" />
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="171" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="173" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="174" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="178" />
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="179" />
        <source>Receive a payment…</source>
        <translation>Encaisser un règlement…</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="180" />
        <source>Statement…</source>
        <translation>Relevé…</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="181" />
        <source>Apply the credit on account</source>
        <translation>Imputer l'avoir du client</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="182" />
        <source>Reminder letter…</source>
        <translation>Lettre de relance…</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="183" />
        <source>Aged receivables</source>
        <translation>Balance âgée</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="184" />
        <source>Overdue invoices</source>
        <translation>Factures échues</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="185" />
        <source>Cheques and traites</source>
        <translation>Chèques et traites</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="186" />
        <source>Deposited at the bank</source>
        <translation>Remis en banque</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="187" />
        <source>Cleared</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="188" />
        <source>Bounced</source>
        <translation>Impayé</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="200" />
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="201" />
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="202" />
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="203" />
        <source>Traite</source>
        <translation>Traite</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="204" />
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="208" />
        <source>In hand</source>
        <translation>En portefeuille</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="208" />
        <source>At the bank</source>
        <translation>À la banque</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="250" />
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="306" />
        <location filename="../../ui/receivables_view.py" line="347" />
        <source>Choose a customer in the aged receivables first.</source>
        <translation>Choisissez d'abord un client dans la balance âgée.</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="319" />
        <source>Choose an overdue invoice first.</source>
        <translation>Choisissez d'abord une facture échue.</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="322" />
        <source>Save the reminder</source>
        <translation>Enregistrer la relance</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="322" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="339" />
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="353" />
        <location filename="../../ui/receivables_view.py" line="368" />
        <source>Recorded: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="361" />
        <source>Choose a cheque or a traite first.</source>
        <translation>Choisissez d'abord un chèque ou une traite.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports_view.py" line="143" />
        <location filename="../../ui/reports_view.py" line="149" />
        <location filename="../../ui/reports_view.py" line="153" />
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="143" />
        <location filename="../../ui/reports_view.py" line="153" />
        <source>Name</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="143" />
        <location filename="../../ui/reports_view.py" line="150" />
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="143" />
        <location filename="../../ui/reports_view.py" line="151" />
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="145" />
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="145" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="145" />
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="145" />
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="148" />
        <source>Date and document</source>
        <translation>Date et pièce</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="153" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="157" />
        <source>Trial balance</source>
        <translation>Balance générale</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="158" />
        <source>Profit and loss</source>
        <translation>Compte de résultat</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="159" />
        <source>Balance sheet</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="160" />
        <source>VAT summary</source>
        <translation>Récapitulatif TVA</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="161" />
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="165" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="166" />
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="167" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="168" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="171" />
        <source>Whole company (server)</source>
        <translation>Toute l'entreprise (serveur)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="191" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="192" />
        <source>Income</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="193" />
        <source>Expenses</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="194" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="195" />
        <source>Assets</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="196" />
        <source>Liabilities and equity</source>
        <translation>Passif et capitaux propres</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="197" />
        <source>VAT collected</source>
        <translation>TVA collectée</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="198" />
        <source>VAT deductible</source>
        <translation>TVA déductible</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="199" />
        <source>VAT due</source>
        <translation>TVA à payer</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="200" />
        <source>Stamp duty collected</source>
        <translation>Droit de timbre perçu</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="201" />
        <source>Balanced</source>
        <translation>Équilibrée</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="202" />
        <source>NOT BALANCED</source>
        <translation>NON ÉQUILIBRÉE</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="203" />
        <source>Result of the period</source>
        <translation>Résultat de la période</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="204" />
        <source>The latest %1 lines; choose a shorter period to see all.</source>
        <translation>Les %1 dernières lignes ; choisissez une période plus courte pour tout voir.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="221" />
        <source>Company books</source>
        <translation>Comptabilité de l'entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="222" />
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="237" />
        <source>This report is only kept at the branch.</source>
        <translation>Ce rapport n'existe qu'au magasin.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="269" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="277" />
        <source>CSV, numbers with a dot (*.csv)</source>
        <translation>CSV, nombres avec un point (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="278" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="281" />
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/return_dialog.py" line="78" />
        <source>Return against a receipt</source>
        <translation>Retour sur ticket</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="79" />
        <source>Scan the receipt's code or type its number</source>
        <translation>Scannez le code du ticket ou tapez son numéro</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="80" />
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="82" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="82" />
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="82" />
        <source>Already returned</source>
        <translation>Déjà rendu</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="82" />
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="85" />
        <source>Original tender</source>
        <translation>Moyen de paiement d'origine</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="85" />
        <source>Store credit</source>
        <translation>Avoir client</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="85" />
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="88" />
        <source>Refund by</source>
        <translation>Rembourser par</translation>
    </message>
</context>
<context>
    <name>ReturnsTab</name>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="108" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="109" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="110" />
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="111" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="112" />
        <location filename="../../ui/purchasing/returns_tab.py" line="119" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="113" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="117" />
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="118" />
        <source>Return goods of receipt</source>
        <translation>Retourner la marchandise de la réception</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="120" />
        <source>Damaged, past its date, not ordered…</source>
        <translation>Abîmé, périmé, non commandé…</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="121" />
        <source>Send back to the supplier</source>
        <translation>Retourner au fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="123" />
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="123" />
        <source>Left to return</source>
        <translation>Reste à retourner</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="123" />
        <source>Quantity to return</source>
        <translation>Quantité à retourner</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="163" />
        <source>Return before invoice</source>
        <translation>Retour avant facture</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="163" />
        <source>Debit note</source>
        <translation>Avoir fournisseur (note de débit)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="230" />
        <source>A quantity is not a number.</source>
        <translation>Une quantité n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="235" />
        <source>Type the quantity to send back of a line.</source>
        <translation>Saisissez la quantité à retourner d'une ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="241" />
        <source>%1 made: %2 sent back to the supplier.</source>
        <translation>%1 établi : %2 retourné au fournisseur.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="258" />
        <source>Save the return as PDF</source>
        <translation>Enregistrer le retour en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="270" />
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>ShopSetupWizard</name>
    <message>
        <location filename="../../ui/shop_setup/wizard.py" line="74" />
        <location filename="../../ui/shop_setup/wizard.py" line="79" />
        <source>Set up this shop</source>
        <translation>Installer ce magasin</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/wizard.py" line="138" />
        <source>Fix these before setting up the shop:</source>
        <translation>Corrigez ceci avant d'installer le magasin :</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/wizard.py" line="142" />
        <source>Ready: %1 users, %2 products. Finish sets up the shop; then log in and sell.</source>
        <translation>Prêt : %1 utilisateurs, %2 articles. Terminer installe le magasin ; connectez-vous ensuite et vendez.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/wizard.py" line="158" />
        <source>Setting up the shop…</source>
        <translation>Installation du magasin…</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../ui/statement_dialog.py" line="86" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="87" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="88" />
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="89" />
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="90" />
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="91" />
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="96" />
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="97" />
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="98" />
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="99" />
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="100" />
        <source>Bounced cheque or traite</source>
        <translation>Chèque ou traite impayé</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="101" />
        <source>Ticket on account</source>
        <translation>Ticket en compte</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="105" />
        <source>Statement of account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="106" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="107" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="108" />
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="109" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="151" />
        <source>Brought forward</source>
        <translation>Solde reporté</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="165" />
        <source>Balance due</source>
        <translation>Solde dû</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="170" />
        <source>Save the statement</source>
        <translation>Enregistrer le relevé</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="170" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="179" />
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>StockDocumentsPanel</name>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="75" />
        <source>Stock documents</source>
        <translation>Documents de stock</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="103" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="104" />
        <location filename="../../ui/stock_documents_panel.py" line="132" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="105" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="106" />
        <source>Branch</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="107" />
        <location filename="../../ui/stock_documents_panel.py" line="133" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="108" />
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="109" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="110" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="115" />
        <source>Sent here</source>
        <translation>Envoyé ici</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="116" />
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="120" />
        <source>Every status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="121" />
        <source>Posted</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="122" />
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="123" />
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="134" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="135" />
        <source>To</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <location filename="../../ui/stock_view.py" line="119" />
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="120" />
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="121" />
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="122" />
        <source>Reorder point</source>
        <translation>Seuil de réappro.</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="123" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="124" />
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="125" />
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="130" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="131" />
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="132" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="133" />
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="134" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="138" />
        <source>Search by name (French or Arabic), barcode or SKU</source>
        <translation>Rechercher par nom (français ou arabe), code-barres ou référence</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="76" />
        <location filename="../../ui/stock_view.py" line="139" />
        <source>Latest movements of the selected product</source>
        <translation>Derniers mouvements de l'article choisi</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="140" />
        <source>Shelf labels (Ctrl+E)</source>
        <translation>Étiquettes de rayon (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_view.py" line="155" />
        <source>%n product(s); highlighted: at or under the reorder point</source>
        <translation>
            <numerusform>%n article ; en couleur : au seuil de réappro. ou en dessous</numerusform>
            <numerusform>%n articles ; en couleur : au seuil de réappro. ou en dessous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_view.py" line="158" />
        <source>%n product(s) found</source>
        <translation>
            <numerusform>%n article trouvé</numerusform>
            <numerusform>%n articles trouvés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="207" />
        <source>Select the products to label first.</source>
        <translation>Choisissez d'abord les articles à étiqueter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_view.py" line="214" />
        <source>%n shelf label(s) saved as %1.</source>
        <translation>
            <numerusform>%n étiquette enregistrée sous %1.</numerusform>
            <numerusform>%n étiquettes enregistrées sous %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="256" />
        <source>No other branch has any.</source>
        <translation>Aucun autre magasin n'en a.</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="259" />
        <source>Available elsewhere: %1</source>
        <translation>Disponible ailleurs : %1</translation>
    </message>
</context>
<context>
    <name>SuppliersTab</name>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="140" />
        <location filename="../../ui/purchasing/suppliers_tab.py" line="164" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="141" />
        <location filename="../../ui/purchasing/suppliers_tab.py" line="165" />
        <source>Name</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="142" />
        <location filename="../../ui/purchasing/suppliers_tab.py" line="166" />
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="143" />
        <location filename="../../ui/purchasing/suppliers_tab.py" line="167" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="144" />
        <location filename="../../ui/purchasing/suppliers_tab.py" line="168" />
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="145" />
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="146" />
        <source>Products</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="152" />
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="154" />
        <source>%1 days end of month</source>
        <translation>%1 jours fin de mois</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="155" />
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="160" />
        <source>Code or name (French or Arabic)</source>
        <translation>Code ou nom (français ou arabe)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="169" />
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="170" />
        <source>Legal identifiers (nif=…, rc=…)</source>
        <translation>Identifiants légaux (nif=…, rc=…)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="171" />
        <source>Bank account (RIB, RIP or IBAN)</source>
        <translation>Compte bancaire (RIB, RIP ou IBAN)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="178" />
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="179" />
        <source>Supplier's reference</source>
        <translation>Référence fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="180" />
        <source>Last price (excl. VAT)</source>
        <translation>Dernier prix (HT)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="181" />
        <source>Lead time (days)</source>
        <translation>Délai (jours)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="182" />
        <source>Pack</source>
        <translation>Conditionnement</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="185" />
        <source>Add a product</source>
        <translation>Ajouter un article</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="186" />
        <source>New supplier</source>
        <translation>Nouveau fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="187" />
        <source>Save the supplier</source>
        <translation>Enregistrer le fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="188" />
        <source>Suppliers are edited at head office; they come down here.</source>
        <translation>Les fournisseurs sont modifiés au siège ; ils arrivent ici.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="326" />
        <source>%1 saved; it goes to every branch.</source>
        <translation>%1 enregistré ; il part vers toutes les succursales.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../ui/sync_panel.py" line="70" />
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="70" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="70" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="102" />
        <source>Synchronization</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="103" />
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="104" />
        <source>One-time token</source>
        <translation>Jeton à usage unique</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="105" />
        <source>Enroll this PC</source>
        <translation>Inscrire ce poste</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="106" />
        <source>Synchronize now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="107" />
        <source>Send the refused changes again</source>
        <translation>Renvoyer les modifications refusées</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="108" />
        <source>Changes the server refused</source>
        <translation>Modifications refusées par le serveur</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="143" />
        <source>Server: %1 · %2 change(s) waiting</source>
        <translation>Serveur : %1 · %2 modification(s) en attente</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="152" />
        <source>Sending: %1 of %2</source>
        <translation>Envoi : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="152" />
        <source>Receiving: %1 of %2</source>
        <translation>Réception : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="174" />
        <source>This PC is enrolled.</source>
        <translation>Ce poste est inscrit.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="196" />
        <source>Done: %1 sent, %2 refused, %3 received.</source>
        <translation>Terminé : %1 envoyée(s), %2 refusée(s), %3 reçue(s).</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <location filename="../../ui/employees_view.py" line="57" />
        <source>New terms from a date</source>
        <translation>Nouvelles conditions à compter d'une date</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="76" />
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="77" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="78" />
        <source>Monthly base salary</source>
        <translation>Salaire de base mensuel</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="79" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>TicketInvoiceDialog</name>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="457" />
        <source>Invoice a till ticket</source>
        <translation>Facturer un ticket de caisse</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="458" />
        <source>&amp;Ticket number</source>
        <translation>N° du &amp;ticket</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="459" />
        <source>&amp;Customer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_invoice_dialog.py" line="27" />
        <source>A4 invoice of a ticket</source>
        <translation>Facture A4 d'un ticket</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_invoice_dialog.py" line="32" />
        <source>When the ticket has no customer attached</source>
        <translation>Si aucun client n'est attaché au ticket</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_invoice_dialog.py" line="39" />
        <source>Ticket number</source>
        <translation>Numéro du ticket</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_invoice_dialog.py" line="40" />
        <source>Customer's name</source>
        <translation>Nom du client</translation>
    </message>
</context>
<context>
    <name>TouchPanel</name>
    <message>
        <location filename="../../ui/touch_panel.py" line="87" />
        <source>Pay (F2)</source>
        <translation>Payer (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/touch_panel.py" line="88" />
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <location filename="../../ui/touch_panel.py" line="89" />
        <source>Remove line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <location filename="../../ui/touch_panel.py" line="90" />
        <source>Cancel ticket</source>
        <translation>Annuler le ticket</translation>
    </message>
    <message>
        <location filename="../../ui/touch_panel.py" line="153" />
        <source>%1 is a favourite.</source>
        <translation>%1 est un favori.</translation>
    </message>
    <message>
        <location filename="../../ui/touch_panel.py" line="155" />
        <source>%1 is no longer a favourite.</source>
        <translation>%1 n'est plus un favori.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../ui/users_view.py" line="92" />
        <location filename="../../ui/users_view.py" line="110" />
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="93" />
        <location filename="../../ui/users_view.py" line="111" />
        <source>Full name</source>
        <translation>Nom et prénom</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="94" />
        <location filename="../../ui/users_view.py" line="114" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="95" />
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="96" />
        <location filename="../../ui/users_view.py" line="118" />
        <source>Works here</source>
        <translation>Travaille ici</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="101" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="102" />
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="103" />
        <source>Shop manager</source>
        <translation>Gérant du magasin</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="104" />
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="105" />
        <source>Accountant</source>
        <translation>Comptable</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="112" />
        <source>Password (empty: unchanged)</source>
        <translation>Mot de passe (vide : inchangé)</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="113" />
        <source>PIN (empty: unchanged)</source>
        <translation>Code PIN (vide : inchangé)</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="119" />
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="120" />
        <source>Save the user</source>
        <translation>Enregistrer l'utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="122" />
        <source>This site's users are made on the company's server; they come down here.</source>
        <translation>Les utilisateurs de ce site sont créés sur le serveur de l'entreprise ; ils arrivent ici.</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="150" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="150" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="205" />
        <source>The user is saved.</source>
        <translation>L'utilisateur est enregistré.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../ui/vocabulary.py" line="19" />
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="20" />
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="21" />
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="22" />
        <location filename="../../ui/vocabulary.py" line="41" />
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="23" />
        <source>Count variance</source>
        <translation>Écart d'inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="24" />
        <location filename="../../ui/vocabulary.py" line="38" />
        <source>Transfer out</source>
        <translation>Transfert sortant</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="25" />
        <location filename="../../ui/vocabulary.py" line="39" />
        <source>Transfer in</source>
        <translation>Transfert entrant</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="26" />
        <location filename="../../ui/vocabulary.py" line="42" />
        <source>Opening stock</source>
        <translation>Stock initial</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="27" />
        <source>Returned to supplier</source>
        <translation>Retour fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="35" />
        <source>Sales ticket</source>
        <translation>Ticket de vente</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="36" />
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="37" />
        <source>Goods receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="40" />
        <source>Stock count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="50" />
        <location filename="../../ui/vocabulary.py" line="51" />
        <source>pce</source>
        <translation>pce</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="52" />
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="53" />
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="54" />
        <source>l</source>
        <translation>l</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="55" />
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="56" />
        <source>box</source>
        <translation>boîte</translation>
    </message>
</context>
<context>
    <name>WarehouseView</name>
    <message>
        <location filename="../../ui/warehouse_view.py" line="311" />
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="312" />
        <location filename="../../ui/warehouse_view.py" line="335" />
        <location filename="../../ui/warehouse_view.py" line="345" />
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="313" />
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="314" />
        <source>Reorder point</source>
        <translation>Seuil de réappro.</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="315" />
        <source>Suggested order</source>
        <translation>Commande suggérée</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="320" />
        <source>Goods receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="321" />
        <source>Transfer out</source>
        <translation>Transfert sortant</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="257" />
        <location filename="../../ui/warehouse_view.py" line="322" />
        <source>Arriving transfers</source>
        <translation>Transferts à réceptionner</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="323" />
        <source>Stock count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="324" />
        <source>Reorder</source>
        <translation>Réapprovisionnement</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="329" />
        <source>Scan or type a barcode or SKU (12* for twelve)</source>
        <translation>Scannez ou tapez un code-barres ou une référence (12* pour douze)</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="275" />
        <location filename="../../ui/warehouse_view.py" line="335" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="301" />
        <source>Reorder suggestions</source>
        <translation>Suggestions de réapprovisionnement</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="336" />
        <source>To branch</source>
        <translation>Vers le magasin</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="337" />
        <source>Send the transfer</source>
        <translation>Envoyer le transfert</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="271" />
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="272" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="273" />
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="274" />
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="325" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="341" />
        <source>Receive the selected transfer</source>
        <translation>Réceptionner le transfert choisi</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="345" />
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="345" />
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="345" />
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="347" />
        <source>Review the variances</source>
        <translation>Examiner les écarts</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="348" />
        <source>Post the count</source>
        <translation>Valider l'inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="441" />
        <source>%1 posted.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="452" />
        <source>Line %1: the quantity is not a number.</source>
        <translation>Ligne %1 : la quantité n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="492" />
        <source>More than on hand</source>
        <translation>Plus que le stock</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="493" />
        <source>Manager PIN to send it anyway</source>
        <translation>Code PIN du responsable pour l'envoyer quand même</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="518" />
        <source>%1 received as %2.</source>
        <translation>%1 réceptionné sous le numéro %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/warehouse_view.py" line="523" />
        <source>%n line(s) differ from what was sent.</source>
        <translation>
            <numerusform>%n ligne diffère de l'envoi.</numerusform>
            <numerusform>%n lignes diffèrent de l'envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/warehouse_view.py" line="552" />
        <source>%n line(s) with a variance; check them, then post.</source>
        <translation>
            <numerusform>%n ligne avec un écart ; vérifiez-la, puis validez.</numerusform>
            <numerusform>%n lignes avec un écart ; vérifiez-les, puis validez.</numerusform>
        </translation>
    </message>
</context>
</TS>