<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <location filename="../../ui/catalog_view.py" line="80" />
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="81" />
        <source>Name</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="82" />
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="83" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="84" />
        <source>Tax class</source>
        <translation>Catégorie de TVA</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="85" />
        <source>Price mode</source>
        <translation>Mode de prix</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="89" />
        <source>Name (French or Arabic), SKU or barcode</source>
        <translation>Nom (français ou arabe), référence ou code-barres</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="90" />
        <source>New product</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="91" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="119" />
        <source>The catalog and its prices are edited at head office; they come down here.</source>
        <translation>Le catalogue et ses prix sont modifiés au siège ; ils arrivent ici.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="138" />
        <source>Tax included</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="138" />
        <source>Tax excluded</source>
        <translation>HT</translation>
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
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="72" />
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="75" />
        <source>This PC has no branch data yet. Try the demo branch, or join your company's server with the address and the one-time token head office gave you.</source>
        <translation>Ce poste n'a pas encore de données de magasin. Essayez le magasin de démonstration, ou rejoignez le serveur de votre entreprise avec l'adresse et le jeton à usage unique donnés par le siège.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="79" />
        <source>Try the demo branch</source>
        <translation>Essayer le magasin de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="80" />
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81" />
        <source>One-time token</source>
        <translation>Jeton à usage unique</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="82" />
        <source>Join the company</source>
        <translation>Rejoindre l'entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="103" />
        <source>Building the demo branch (a minute)…</source>
        <translation>Création du magasin de démonstration (une minute)…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="110" />
        <source>Joining the company and receiving its data…</source>
        <translation>Inscription auprès de l'entreprise et réception de ses données…</translation>
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
        <location filename="../../ui/main_window.py" line="225" />
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227" />
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229" />
        <source>Books</source>
        <translation>Comptabilité</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238" />
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239" />
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240" />
        <source>Receipt printer of this register…</source>
        <translation>Imprimante des tickets de cette caisse…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <location filename="../../ui/main_window.py" line="282" />
        <source>Thermal printer (ESC/POS) of this register…</source>
        <translation>Imprimante thermique (ESC/POS) de cette caisse…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>Synchronization…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>Maghreb ERP — branch</source>
        <translation>Maghreb ERP — magasin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>Branch %1 · register %2 · %3</source>
        <translation>Magasin %1 · caisse %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>Branch %1 · %2</source>
        <translation>Magasin %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186" />
        <source>Maghreb ERP — %1 (%2)</source>
        <translation>Maghreb ERP — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261" />
        <location filename="../../ui/main_window.py" line="277" />
        <source>This PC is not a till: no register to set a printer for.</source>
        <translation>Ce poste n'est pas une caisse : pas d'imprimante de tickets à choisir.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <location filename="../../ui/main_window.py" line="291" />
        <source>Receipts of %1 print on %2.</source>
        <translation>Les tickets de %1 s'impriment sur %2.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283" />
        <source>IP address (port 9100) or device (/dev/usb/lp0, /dev/ttyS0, COM1)</source>
        <translation>Adresse IP (port 9100) ou périphérique (/dev/usb/lp0, /dev/ttyS0, COM1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319" />
        <source>%1 change(s) refused by the server: see Synchronization.</source>
        <translation>%1 modification(s) refusée(s) par le serveur : voir Synchronisation.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349" />
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351" />
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359" />
        <source>%1 · %2 change(s) waiting · last sync: %3</source>
        <translation>%1 · %2 modification(s) en attente · dernière synchro : %3</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/payment_dialog.py" line="116" />
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="118" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="119" />
        <source>Cash received</source>
        <translation>Espèces reçues</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="120" />
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="121" />
        <source>Card terminal reference</source>
        <translation>Référence TPE</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="122" />
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="123" />
        <source>Cheque number</source>
        <translation>Numéro du chèque</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="124" />
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="125" />
        <source>Transfer reference</source>
        <translation>Référence du virement</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="126" />
        <source>Stamp duty</source>
        <translation>Droit de timbre</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="127" />
        <source>Cash rounding</source>
        <translation>Arrondi espèces</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="128" />
        <source>To pay</source>
        <translation>À payer</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="129" />
        <source>Change due</source>
        <translation>Monnaie à rendre</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="132" />
        <source>Store credit (%1 available)</source>
        <translation>Avoir client (%1 disponible)</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="137" />
        <source>Cash in %1 (rate %2)</source>
        <translation>Espèces en %1 (cours %2)</translation>
    </message>
</context>
<context>
    <name>PosView</name>
    <message>
        <location filename="../../ui/pos_view.py" line="192" />
        <source>Scan or type a barcode (3* for three)</source>
        <translation>Scannez ou tapez un code-barres (3* pour trois)</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="195" />
        <source>F2 Pay · F3 Find · F5 Line discount · F6 Ticket discount · F7 Hold · F8 Recall · F10 Return · F11 X report · F12 Reprint · F4 Open session · F9 Close session · Ctrl+K Customer · 4* Enter Quantity · Ctrl+P Price · Del Remove line · Ctrl+Del Cancel ticket</source>
        <translation>F2 Payer · F3 Chercher · F5 Remise ligne · F6 Remise ticket · F7 Attente · F8 Rappel · F10 Retour · F11 Rapport X · F12 Réimprimer · F4 Ouvrir session · F9 Clôturer session · Ctrl+K Client · 4* Entrée Quantité · Ctrl+P Prix · Suppr Retirer ligne · Ctrl+Suppr Annuler ticket</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="202" />
        <source>No cash session is open on this register: press F4 to open one.</source>
        <translation>Aucune session de caisse ouverte sur cette caisse : F4 pour en ouvrir une.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="298" />
        <source>Discounts: %1</source>
        <translation>Remises : %1</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="357" />
        <source>Change the price</source>
        <translation>Modifier le prix</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="358" />
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="386" />
        <source>Cancel the ticket</source>
        <translation>Annuler le ticket</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="387" />
        <source>Remove every line of this ticket?</source>
        <translation>Supprimer toutes les lignes de ce ticket ?</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="394" />
        <source>Ticket cancelled.</source>
        <translation>Ticket annulé.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="403" />
        <source>Discount (%)</source>
        <translation>Remise (%)</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="411" />
        <source>Line discount</source>
        <translation>Remise sur la ligne</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="419" />
        <source>Ticket discount</source>
        <translation>Remise sur le ticket</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="446" />
        <source>Customer: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="449" />
        <source>store credit %1</source>
        <translation>avoir %1</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="458" />
        <source>Hold the ticket</source>
        <translation>Mettre le ticket en attente</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="458" />
        <source>Name or note</source>
        <translation>Nom ou note</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="464" />
        <location filename="../../ui/pos_view.py" line="486" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="468" />
        <source>Ticket held: %1</source>
        <translation>Ticket en attente : %1</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="482" />
        <source>No ticket is on hold.</source>
        <translation>Aucun ticket en attente.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="486" />
        <source>Recall a ticket</source>
        <translation>Reprendre un ticket</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="580" />
        <source>Manager approval</source>
        <translation>Accord du responsable</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="580" />
        <source>Manager PIN</source>
        <translation>Code PIN du responsable</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="591" />
        <source>%1 may not change prices.</source>
        <translation>%1 ne peut pas modifier les prix.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="593" />
        <source>%1 may not approve discounts.</source>
        <translation>%1 ne peut pas accorder de remise.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="607" />
        <source>Change due: %1</source>
        <translation>Monnaie à rendre : %1</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="609" />
        <source>Sale %1 done. Change due: %2</source>
        <translation>Vente %1 enregistrée. Monnaie à rendre : %2</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="638" />
        <source>The receipt printer did not answer (%1); the receipt is saved as %2.</source>
        <translation>L'imprimante des tickets ne répond pas (%1) ; le ticket est enregistré dans %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="659" />
        <source>X report printed.</source>
        <translation>Rapport X imprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="682" />
        <source>Duplicate of %1.</source>
        <translation>Duplicata de %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="715" />
        <source>Credit note %1: %2 refunded.</source>
        <translation>Avoir %1 : %2 remboursés.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="725" />
        <source>Open the cash session</source>
        <translation>Ouvrir la session de caisse</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="725" />
        <source>Opening float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="735" />
        <source>Cash session open.</source>
        <translation>Session de caisse ouverte.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="764" />
        <source>Session closed, Z report %1. Difference: %2</source>
        <translation>Session clôturée, rapport Z %1. Écart : %2</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="115" />
        <source>New product</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="115" />
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="117" />
        <source>Name</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="118" />
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="119" />
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="120" />
        <source>Barcode to add</source>
        <translation>Code-barres à ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="121" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="122" />
        <source>Price (%1)</source>
        <translation>Prix (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="123" />
        <source>Tax class</source>
        <translation>Catégorie de TVA</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="124" />
        <source>Price mode</source>
        <translation>Mode de prix</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="125" />
        <source>Reorder point</source>
        <translation>Seuil de réappro.</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="129" />
        <source>Tax included</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="129" />
        <source>Tax excluded</source>
        <translation>HT</translation>
    </message>
</context>
<context>
    <name>ProductSearchDialog</name>
    <message>
        <location filename="../../ui/product_search_dialog.py" line="44" />
        <source>Find an article</source>
        <translation>Chercher un article</translation>
    </message>
    <message>
        <location filename="../../ui/product_search_dialog.py" line="45" />
        <source>Name in French or Arabic, barcode or SKU</source>
        <translation>Nom en français ou en arabe, code-barres ou référence</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports_view.py" line="123" />
        <location filename="../../ui/reports_view.py" line="129" />
        <location filename="../../ui/reports_view.py" line="133" />
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="123" />
        <location filename="../../ui/reports_view.py" line="133" />
        <source>Name</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="123" />
        <location filename="../../ui/reports_view.py" line="130" />
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="123" />
        <location filename="../../ui/reports_view.py" line="131" />
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="125" />
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="125" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="125" />
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="125" />
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="128" />
        <source>Date and document</source>
        <translation>Date et pièce</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="133" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="137" />
        <source>Trial balance</source>
        <translation>Balance générale</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="138" />
        <source>Profit and loss</source>
        <translation>Compte de résultat</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="139" />
        <source>Balance sheet</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="140" />
        <source>VAT summary</source>
        <translation>Récapitulatif TVA</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="141" />
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="145" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="146" />
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="147" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="148" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="150" />
        <source>Whole company (server)</source>
        <translation>Toute l'entreprise (serveur)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="170" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="171" />
        <source>Income</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="172" />
        <source>Expenses</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="173" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="174" />
        <source>Assets</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="175" />
        <source>Liabilities and equity</source>
        <translation>Passif et capitaux propres</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="176" />
        <source>VAT collected</source>
        <translation>TVA collectée</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="177" />
        <source>VAT deductible</source>
        <translation>TVA déductible</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="178" />
        <source>VAT due</source>
        <translation>TVA à payer</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="179" />
        <source>Stamp duty collected</source>
        <translation>Droit de timbre perçu</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="180" />
        <source>Balanced</source>
        <translation>Équilibrée</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="181" />
        <source>NOT BALANCED</source>
        <translation>NON ÉQUILIBRÉE</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="182" />
        <source>Result of the period</source>
        <translation>Résultat de la période</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="183" />
        <source>The latest %1 lines; choose a shorter period to see all.</source>
        <translation>Les %1 dernières lignes ; choisissez une période plus courte pour tout voir.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="200" />
        <source>Company books</source>
        <translation>Comptabilité de l'entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="201" />
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="216" />
        <source>This report is only kept at the branch.</source>
        <translation>Ce rapport n'existe qu'au magasin.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="248" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="256" />
        <source>CSV, numbers with a dot (*.csv)</source>
        <translation>CSV, nombres avec un point (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="257" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="260" />
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
    <name>StockView</name>
    <message>
        <location filename="../../ui/stock_view.py" line="96" />
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="97" />
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="98" />
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="99" />
        <source>Reorder point</source>
        <translation>Seuil de réappro.</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="100" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="105" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="106" />
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="107" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="108" />
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="109" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="113" />
        <source>Search by name (French or Arabic), barcode or SKU</source>
        <translation>Rechercher par nom (français ou arabe), code-barres ou référence</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="114" />
        <source>Latest movements of the selected product</source>
        <translation>Derniers mouvements de l'article choisi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_view.py" line="128" />
        <source>%n product(s); highlighted: at or under the reorder point</source>
        <translation>
            <numerusform>%n article ; en couleur : au seuil de réappro. ou en dessous</numerusform>
            <numerusform>%n articles ; en couleur : au seuil de réappro. ou en dessous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_view.py" line="131" />
        <source>%n product(s) found</source>
        <translation>
            <numerusform>%n article trouvé</numerusform>
            <numerusform>%n articles trouvés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="204" />
        <source>No other branch has any.</source>
        <translation>Aucun autre magasin n'en a.</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="207" />
        <source>Available elsewhere: %1</source>
        <translation>Disponible ailleurs : %1</translation>
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
        <location filename="../../ui/vocabulary.py" line="40" />
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
        <location filename="../../ui/vocabulary.py" line="37" />
        <source>Transfer out</source>
        <translation>Transfert sortant</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="25" />
        <location filename="../../ui/vocabulary.py" line="38" />
        <source>Transfer in</source>
        <translation>Transfert entrant</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="26" />
        <location filename="../../ui/vocabulary.py" line="41" />
        <source>Opening stock</source>
        <translation>Stock initial</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="34" />
        <source>Sales ticket</source>
        <translation>Ticket de vente</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="35" />
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="36" />
        <source>Goods receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="39" />
        <source>Stock count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="49" />
        <location filename="../../ui/vocabulary.py" line="50" />
        <source>pce</source>
        <translation>pce</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="51" />
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="52" />
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="53" />
        <source>l</source>
        <translation>l</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="54" />
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="55" />
        <source>box</source>
        <translation>boîte</translation>
    </message>
</context>
<context>
    <name>WarehouseView</name>
    <message>
        <location filename="../../ui/warehouse_view.py" line="242" />
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="243" />
        <location filename="../../ui/warehouse_view.py" line="264" />
        <location filename="../../ui/warehouse_view.py" line="273" />
        <location filename="../../ui/warehouse_view.py" line="284" />
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="244" />
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="245" />
        <source>Reorder point</source>
        <translation>Seuil de réappro.</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="246" />
        <source>Suggested order</source>
        <translation>Commande suggérée</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="251" />
        <source>Goods receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="252" />
        <source>Transfer out</source>
        <translation>Transfert sortant</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="253" />
        <source>Arriving transfers</source>
        <translation>Transferts à réceptionner</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="254" />
        <source>Stock count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="255" />
        <source>Reorder</source>
        <translation>Réapprovisionnement</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="259" />
        <source>Scan or type a barcode or SKU (12* for twelve)</source>
        <translation>Scannez ou tapez un code-barres ou une référence (12* pour douze)</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="265" />
        <location filename="../../ui/warehouse_view.py" line="273" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="266" />
        <source>Unit cost (excl. VAT)</source>
        <translation>Coût unitaire HT</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="267" />
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="270" />
        <source>Post the receipt</source>
        <translation>Valider la réception</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="274" />
        <source>To branch</source>
        <translation>Vers le magasin</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="275" />
        <source>Send the transfer</source>
        <translation>Envoyer le transfert</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="278" />
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="278" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="278" />
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="280" />
        <source>Receive the selected transfer</source>
        <translation>Réceptionner le transfert choisi</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="284" />
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="284" />
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="284" />
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="286" />
        <source>Review the variances</source>
        <translation>Examiner les écarts</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="287" />
        <source>Post the count</source>
        <translation>Valider l'inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="369" />
        <source>%1 posted.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="380" />
        <source>Line %1: the quantity is not a number.</source>
        <translation>Ligne %1 : la quantité n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="397" />
        <source>Every line needs its unit cost.</source>
        <translation>Chaque ligne doit avoir son coût unitaire.</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="438" />
        <source>More than on hand</source>
        <translation>Plus que le stock</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="439" />
        <source>Manager PIN to send it anyway</source>
        <translation>Code PIN du responsable pour l'envoyer quand même</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="463" />
        <source>%1 received as %2.</source>
        <translation>%1 réceptionné sous le numéro %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/warehouse_view.py" line="468" />
        <source>%n line(s) differ from what was sent.</source>
        <translation>
            <numerusform>%n ligne diffère de l'envoi.</numerusform>
            <numerusform>%n lignes diffèrent de l'envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/warehouse_view.py" line="497" />
        <source>%n line(s) with a variance; check them, then post.</source>
        <translation>
            <numerusform>%n ligne avec un écart ; vérifiez-la, puis validez.</numerusform>
            <numerusform>%n lignes avec un écart ; vérifiez-les, puis validez.</numerusform>
        </translation>
    </message>
</context>
</TS>