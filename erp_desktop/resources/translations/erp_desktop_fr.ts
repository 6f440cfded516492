<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CartTableModel</name>
    <message>
        <location filename="../erp_desktop/ui/cart_model.py" line="92" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/cart_model.py" line="93" />
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/cart_model.py" line="94" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/cart_model.py" line="95" />
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/cart_model.py" line="96" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>CashCountDialog</name>
    <message>
        <location filename="../erp_desktop/ui/cash_count_dialog.py" line="69" />
        <source>Close the cash session</source>
        <translation>Clôturer la session de caisse</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/cash_count_dialog.py" line="70" />
        <source>Expected cash</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/cash_count_dialog.py" line="71" />
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/cash_count_dialog.py" line="72" />
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../erp_desktop/ui/customer_dialog.py" line="66" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/customer_dialog.py" line="67" />
        <source>Name (French or Arabic) or phone</source>
        <translation>Nom (français ou arabe) ou téléphone</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/customer_dialog.py" line="68" />
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/customer_dialog.py" line="69" />
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/customer_dialog.py" line="70" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/customer_dialog.py" line="71" />
        <source>Create and attach</source>
        <translation>Créer et associer</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/customer_dialog.py" line="92" />
        <source>credit %1</source>
        <translation>avoir %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="104" />
        <location filename="../erp_desktop/ui/dashboard_view.py" line="141" />
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="104" />
        <location filename="../erp_desktop/ui/dashboard_view.py" line="151" />
        <source>Sales today</source>
        <translation>Ventes du jour</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="107" />
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="107" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="140" />
        <source>Register</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="142" />
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="143" />
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="144" />
        <source>Expected cash</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="145" />
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="146" />
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="152" />
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="153" />
        <source>Average ticket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="154" />
        <source>Sales this week</source>
        <translation>Ventes de la semaine</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="167" />
        <source>Cash sessions</source>
        <translation>Sessions de caisse</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="201" />
        <source>Sales by hour</source>
        <translation>Ventes par heure</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="209" />
        <source>Last seven days</source>
        <translation>Sept derniers jours</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="217" />
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="218" />
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="219" />
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="220" />
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="221" />
        <source>Store credit</source>
        <translation>Avoir client</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/dashboard_view.py" line="247" />
        <source>open</source>
        <translation>ouverte</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../erp_desktop/ui/first_run.py" line="72" />
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/first_run.py" line="75" />
        <source>This PC has no branch data yet. Try the demo branch, or join your company's server with the address and the one-time token head office gave you.</source>
        <translation>Ce poste n'a pas encore de données de magasin. Essayez le magasin de démonstration, ou rejoignez le serveur de votre entreprise avec l'adresse et le jeton à usage unique donnés par le siège.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/first_run.py" line="79" />
        <source>Try the demo branch</source>
        <translation>Essayer le magasin de démonstration</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/first_run.py" line="80" />
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/first_run.py" line="81" />
        <source>One-time token</source>
        <translation>Jeton à usage unique</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/first_run.py" line="82" />
        <source>Join the company</source>
        <translation>Rejoindre l'entreprise</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/first_run.py" line="103" />
        <source>Building the demo branch (a minute)…</source>
        <translation>Création du magasin de démonstration (une minute)…</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/first_run.py" line="110" />
        <source>Joining the company and receiving its data…</source>
        <translation>Inscription auprès de l'entreprise et réception de ses données…</translation>
    </message>
</context>
<context>
    <name>GlobalInvoiceAction</name>
    <message>
        <location filename="../erp_desktop/ui/global_invoice_action.py" line="47" />
        <source>Issue today's global invoice</source>
        <translation>Émettre la facture globale du jour</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/global_invoice_action.py" line="48" />
        <source>One invoice for today's till tickets, with its stamp duty</source>
        <translation>Une facture pour les tickets de caisse du jour, avec son droit de timbre</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/global_invoice_action.py" line="65" />
        <source>Global invoice</source>
        <translation>Facture globale</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/global_invoice_action.py" line="66" />
        <source>Global invoice %1 issued.</source>
        <translation>Facture globale %1 émise.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/global_invoice_action.py" line="67" />
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/global_invoice_action.py" line="89" />
        <source>Save the global invoice</source>
        <translation>Enregistrer la facture globale</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/global_invoice_action.py" line="91" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../erp_desktop/ui/login_dialog.py" line="89" />
        <location filename="../erp_desktop/ui/login_dialog.py" line="96" />
        <source>Log in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/login_dialog.py" line="90" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/login_dialog.py" line="91" />
        <location filename="../erp_desktop/ui/login_dialog.py" line="94" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/login_dialog.py" line="92" />
        <source>Cashier PIN</source>
        <translation>Code PIN caissier</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/login_dialog.py" line="93" />
        <source>User (optional)</source>
        <translation>Utilisateur (facultatif)</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/login_dialog.py" line="95" />
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="218" />
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="219" />
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="220" />
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="221" />
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="222" />
        <source>Books</source>
        <translation>Comptabilité</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="230" />
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="231" />
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="232" />
        <source>Receipt printer of this register…</source>
        <translation>Imprimante des tickets de cette caisse…</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="233" />
        <source>Synchronization…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="234" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="235" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="165" />
        <source>Maghreb ERP — branch</source>
        <translation>Maghreb ERP — magasin</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="171" />
        <source>Branch %1 · register %2 · %3</source>
        <translation>Magasin %1 · caisse %2 · %3</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="178" />
        <source>Branch %1 · %2</source>
        <translation>Magasin %1 · %2</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="183" />
        <source>Maghreb ERP — %1 (%2)</source>
        <translation>Maghreb ERP — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="252" />
        <source>This PC is not a till: no register to set a printer for.</source>
        <translation>Ce poste n'est pas une caisse : pas d'imprimante de tickets à choisir.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="257" />
        <source>Receipts of %1 print on %2.</source>
        <translation>Les tickets de %1 s'impriment sur %2.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="285" />
        <source>%1 change(s) refused by the server: see Synchronization.</source>
        <translation>%1 modification(s) refusée(s) par le serveur : voir Synchronisation.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="315" />
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="317" />
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="322" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="325" />
        <source>%1 · %2 change(s) waiting · last sync: %3</source>
        <translation>%1 · %2 modification(s) en attente · dernière synchro : %3</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="116" />
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="118" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="119" />
        <source>Cash received</source>
        <translation>Espèces reçues</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="120" />
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="121" />
        <source>Card terminal reference</source>
        <translation>Référence TPE</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="122" />
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="123" />
        <source>Cheque number</source>
        <translation>Numéro du chèque</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="124" />
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="125" />
        <source>Transfer reference</source>
        <translation>Référence du virement</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="126" />
        <source>Stamp duty</source>
        <translation>Droit de timbre</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="127" />
        <source>Cash rounding</source>
        <translation>Arrondi espèces</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="128" />
        <source>To pay</source>
        <translation>À payer</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="129" />
        <source>Change due</source>
        <translation>Monnaie à rendre</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="132" />
        <source>Store credit (%1 available)</source>
        <translation>Avoir client (%1 disponible)</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="137" />
        <source>Cash in %1 (rate %2)</source>
        <translation>Espèces en %1 (cours %2)</translation>
    </message>
</context>
<context>
    <name>PosView</name>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="182" />
        <source>Scan or type a barcode (3* for three)</source>
        <translation>Scannez ou tapez un code-barres (3* pour trois)</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="185" />
        <source>F2 Pay · F3 Find · F5 Line discount · F6 Ticket discount · F7 Hold · F8 Recall · F10 Return · F11 X report · F12 Reprint · F4 Open session · F9 Close session · Ctrl+K Customer · 4* Enter Quantity · Ctrl+P Price · Del Remove line · Ctrl+Del Cancel ticket</source>
        <translation>F2 Payer · F3 Chercher · F5 Remise ligne · F6 Remise ticket · F7 Attente · F8 Rappel · F10 Retour · F11 Rapport X · F12 Réimprimer · F4 Ouvrir session · F9 Clôturer session · Ctrl+K Client · 4* Entrée Quantité · Ctrl+P Prix · Suppr Retirer ligne · Ctrl+Suppr Annuler ticket</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="192" />
        <source>No cash session is open on this register: press F4 to open one.</source>
        <translation>Aucune session de caisse ouverte sur cette caisse : F4 pour en ouvrir une.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="288" />
        <source>Discounts: %1</source>
        <translation>Remises : %1</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="347" />
        <source>Change the price</source>
        <translation>Modifier le prix</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="348" />
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="376" />
        <source>Cancel the ticket</source>
        <translation>Annuler le ticket</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="377" />
        <source>Remove every line of this ticket?</source>
        <translation>Supprimer toutes les lignes de ce ticket ?</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="384" />
        <source>Ticket cancelled.</source>
        <translation>Ticket annulé.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="393" />
        <source>Discount (%)</source>
        <translation>Remise (%)</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="401" />
        <source>Line discount</source>
        <translation>Remise sur la ligne</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="409" />
        <source>Ticket discount</source>
        <translation>Remise sur le ticket</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="435" />
        <source>Customer: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="438" />
        <source>store credit %1</source>
        <translation>avoir %1</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="447" />
        <source>Hold the ticket</source>
        <translation>Mettre le ticket en attente</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="447" />
        <source>Name or note</source>
        <translation>Nom ou note</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="453" />
        <location filename="../erp_desktop/ui/pos_view.py" line="475" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="457" />
        <source>Ticket held: %1</source>
        <translation>Ticket en attente : %1</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="471" />
        <source>No ticket is on hold.</source>
        <translation>Aucun ticket en attente.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="475" />
        <source>Recall a ticket</source>
        <translation>Reprendre un ticket</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="568" />
        <source>Manager approval</source>
        <translation>Accord du responsable</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="568" />
        <source>Manager PIN</source>
        <translation>Code PIN du responsable</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="579" />
        <source>%1 may not change prices.</source>
        <translation>%1 ne peut pas modifier les prix.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="581" />
        <source>%1 may not approve discounts.</source>
        <translation>%1 ne peut pas accorder de remise.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="594" />
        <source>Change due: %1</source>
        <translation>Monnaie à rendre : %1</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="596" />
        <source>Sale %1 done. Change due: %2</source>
        <translation>Vente %1 enregistrée. Monnaie à rendre : %2</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="615" />
        <source>The receipt printer did not answer (%1); the receipt is saved as %2.</source>
        <translation>L'imprimante des tickets ne répond pas (%1) ; le ticket est enregistré dans %2.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="634" />
        <source>X report printed.</source>
        <translation>Rapport X imprimé.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="657" />
        <source>Duplicate of %1.</source>
        <translation>Duplicata de %1.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="684" />
        <source>Credit note %1: %2 refunded.</source>
        <translation>Avoir %1 : %2 remboursés.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="694" />
        <source>Open the cash session</source>
        <translation>Ouvrir la session de caisse</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="694" />
        <source>Opening float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="704" />
        <source>Cash session open.</source>
        <translation>Session de caisse ouverte.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="733" />
        <source>Session closed, Z report %1. Difference: %2</source>
        <translation>Session clôturée, rapport Z %1. Écart : %2</translation>
    </message>
</context>
<context>
    <name>ProductSearchDialog</name>
    <message>
        <location filename="../erp_desktop/ui/product_search_dialog.py" line="44" />
        <source>Find an article</source>
        <translation>Chercher un article</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/product_search_dialog.py" line="45" />
        <source>Name in French or Arabic, barcode or SKU</source>
        <translation>Nom en français ou en arabe, code-barres ou référence</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="123" />
        <location filename="../erp_desktop/ui/reports_view.py" line="129" />
        <location filename="../erp_desktop/ui/reports_view.py" line="133" />
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="123" />
        <location filename="../erp_desktop/ui/reports_view.py" line="133" />
        <source>Name</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="123" />
        <location filename="../erp_desktop/ui/reports_view.py" line="130" />
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="123" />
        <location filename="../erp_desktop/ui/reports_view.py" line="131" />
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="125" />
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="125" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="125" />
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="125" />
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="128" />
        <source>Date and document</source>
        <translation>Date et pièce</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="133" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="137" />
        <source>Trial balance</source>
        <translation>Balance générale</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="138" />
        <source>Profit and loss</source>
        <translation>Compte de résultat</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="139" />
        <source>Balance sheet</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="140" />
        <source>VAT summary</source>
        <translation>Récapitulatif TVA</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="141" />
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="145" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="146" />
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="147" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="148" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="150" />
        <source>Whole company (server)</source>
        <translation>Toute l'entreprise (serveur)</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="170" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="171" />
        <source>Income</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="172" />
        <source>Expenses</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="173" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="174" />
        <source>Assets</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="175" />
        <source>Liabilities and equity</source>
        <translation>Passif et capitaux propres</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="176" />
        <source>VAT collected</source>
        <translation>TVA collectée</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="177" />
        <source>VAT deductible</source>
        <translation>TVA déductible</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="178" />
        <source>VAT due</source>
        <translation>TVA à payer</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="179" />
        <source>Stamp duty collected</source>
        <translation>Droit de timbre perçu</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="180" />
        <source>Balanced</source>
        <translation>Équilibrée</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="181" />
        <source>NOT BALANCED</source>
        <translation>NON ÉQUILIBRÉE</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="182" />
        <source>Result of the period</source>
        <translation>Résultat de la période</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="183" />
        <source>The latest %1 lines; choose a shorter period to see all.</source>
        <translation>Les %1 dernières lignes ; choisissez une période plus courte pour tout voir.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="200" />
        <source>Company books</source>
        <translation>Comptabilité de l'entreprise</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="201" />
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="216" />
        <source>This report is only kept at the branch.</source>
        <translation>Ce rapport n'existe qu'au magasin.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="245" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="253" />
        <source>CSV, numbers with a dot (*.csv)</source>
        <translation>CSV, nombres avec un point (*.csv)</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="254" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="257" />
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="76" />
        <source>Return against a receipt</source>
        <translation>Retour sur ticket</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="77" />
        <source>Scan the receipt's code or type its number</source>
        <translation>Scannez le code du ticket ou tapez son numéro</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="78" />
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="80" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="80" />
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="80" />
        <source>Already returned</source>
        <translation>Déjà rendu</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="80" />
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="83" />
        <source>Original tender</source>
        <translation>Moyen de paiement d'origine</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="83" />
        <source>Store credit</source>
        <translation>Avoir client</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="83" />
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="86" />
        <source>Refund by</source>
        <translation>Rembourser par</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="96" />
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="97" />
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="98" />
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="99" />
        <source>Reorder point</source>
        <translation>Seuil de réappro.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="100" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="105" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="106" />
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="107" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="108" />
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="109" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="113" />
        <source>Search by name (French or Arabic), barcode or SKU</source>
        <translation>Rechercher par nom (français ou arabe), code-barres ou référence</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="114" />
        <source>Latest movements of the selected product</source>
        <translation>Derniers mouvements de l'article choisi</translation>
    </message>
    <message numerus="yes">
        <location filename="../erp_desktop/ui/stock_view.py" line="128" />
        <source>%n product(s); highlighted: at or under the reorder point</source>
        <translation>
            <numerusform>%n article ; en couleur : au seuil de réappro. ou en dessous</numerusform>
            <numerusform>%n articles ; en couleur : au seuil de réappro. ou en dessous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erp_desktop/ui/stock_view.py" line="131" />
        <source>%n product(s) found</source>
        <translation>
            <numerusform>%n article trouvé</numerusform>
            <numerusform>%n articles trouvés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="204" />
        <source>No other branch has any.</source>
        <translation>Aucun autre magasin n'en a.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="207" />
        <source>Available elsewhere: %1</source>
        <translation>Disponible ailleurs : %1</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../erp_desktop/ui/sync_panel.py" line="70" />
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/sync_panel.py" line="70" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/sync_panel.py" line="70" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/sync_panel.py" line="102" />
        <source>Synchronization</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/sync_panel.py" line="103" />
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/sync_panel.py" line="104" />
        <source>One-time token</source>
        <translation>Jeton à usage unique</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/sync_panel.py" line="105" />
        <source>Enroll this PC</source>
        <translation>Inscrire ce poste</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/sync_panel.py" line="106" />
        <source>Synchronize now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/sync_panel.py" line="107" />
        <source>Send the refused changes again</source>
        <translation>Renvoyer les modifications refusées</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/sync_panel.py" line="108" />
        <source>Changes the server refused</source>
        <translation>Modifications refusées par le serveur</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/sync_panel.py" line="143" />
        <source>Server: %1 · %2 change(s) waiting</source>
        <translation>Serveur : %1 · %2 modification(s) en attente</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/sync_panel.py" line="152" />
        <source>Sending: %1 of %2</source>
        <translation>Envoi : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/sync_panel.py" line="152" />
        <source>Receiving: %1 of %2</source>
        <translation>Réception : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/sync_panel.py" line="174" />
        <source>This PC is enrolled.</source>
        <translation>Ce poste est inscrit.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/sync_panel.py" line="194" />
        <source>Done: %1 sent, %2 refused, %3 received.</source>
        <translation>Terminé : %1 envoyée(s), %2 refusée(s), %3 reçue(s).</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../erp_desktop/ui/vocabulary.py" line="19" />
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/vocabulary.py" line="20" />
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/vocabulary.py" line="21" />
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/vocabulary.py" line="22" />
        <location filename="../erp_desktop/ui/vocabulary.py" line="40" />
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/vocabulary.py" line="23" />
        <source>Count variance</source>
        <translation>Écart d'inventaire</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/vocabulary.py" line="24" />
        <location filename="../erp_desktop/ui/vocabulary.py" line="37" />
        <source>Transfer out</source>
        <translation>Transfert sortant</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/vocabulary.py" line="25" />
        <location filename="../erp_desktop/ui/vocabulary.py" line="38" />
        <source>Transfer in</source>
        <translation>Transfert entrant</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/vocabulary.py" line="26" />
        <location filename="../erp_desktop/ui/vocabulary.py" line="41" />
        <source>Opening stock</source>
        <translation>Stock initial</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/vocabulary.py" line="34" />
        <source>Sales ticket</source>
        <translation>Ticket de vente</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/vocabulary.py" line="35" />
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/vocabulary.py" line="36" />
        <source>Goods receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/vocabulary.py" line="39" />
        <source>Stock count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/vocabulary.py" line="49" />
        <location filename="../erp_desktop/ui/vocabulary.py" line="50" />
        <source>pce</source>
        <translation>pce</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/vocabulary.py" line="51" />
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/vocabulary.py" line="52" />
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/vocabulary.py" line="53" />
        <source>l</source>
        <translation>l</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/vocabulary.py" line="54" />
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/vocabulary.py" line="55" />
        <source>box</source>
        <translation>boîte</translation>
    </message>
</context>
<context>
    <name>WarehouseView</name>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="241" />
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="242" />
        <location filename="../erp_desktop/ui/warehouse_view.py" line="263" />
        <location filename="../erp_desktop/ui/warehouse_view.py" line="272" />
        <location filename="../erp_desktop/ui/warehouse_view.py" line="283" />
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="243" />
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="244" />
        <source>Reorder point</source>
        <translation>Seuil de réappro.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="245" />
        <source>Suggested order</source>
        <translation>Commande suggérée</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="250" />
        <source>Goods receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="251" />
        <source>Transfer out</source>
        <translation>Transfert sortant</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="252" />
        <source>Arriving transfers</source>
        <translation>Transferts à réceptionner</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="253" />
        <source>Stock count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="254" />
        <source>Reorder</source>
        <translation>Réapprovisionnement</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="258" />
        <source>Scan or type a barcode or SKU (12* for twelve)</source>
        <translation>Scannez ou tapez un code-barres ou une référence (12* pour douze)</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="264" />
        <location filename="../erp_desktop/ui/warehouse_view.py" line="272" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="265" />
        <source>Unit cost (excl. VAT)</source>
        <translation>Coût unitaire HT</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="266" />
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="269" />
        <source>Post the receipt</source>
        <translation>Valider la réception</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="273" />
        <source>To branch</source>
        <translation>Vers le magasin</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="274" />
        <source>Send the transfer</source>
        <translation>Envoyer le transfert</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="277" />
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="277" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="277" />
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="279" />
        <source>Receive the selected transfer</source>
        <translation>Réceptionner le transfert choisi</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="283" />
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="283" />
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="283" />
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="285" />
        <source>Review the variances</source>
        <translation>Examiner les écarts</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="286" />
        <source>Post the count</source>
        <translation>Valider l'inventaire</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="368" />
        <source>%1 posted.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="379" />
        <source>Line %1: the quantity is not a number.</source>
        <translation>Ligne %1 : la quantité n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="396" />
        <source>Every line needs its unit cost.</source>
        <translation>Chaque ligne doit avoir son coût unitaire.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="440" />
        <source>More than on hand</source>
        <translation>Plus que le stock</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="441" />
        <source>Manager PIN to send it anyway</source>
        <translation>Code PIN du responsable pour l'envoyer quand même</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/warehouse_view.py" line="465" />
        <source>%1 received as %2.</source>
        <translation>%1 réceptionné sous le numéro %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../erp_desktop/ui/warehouse_view.py" line="470" />
        <source>%n line(s) differ from what was sent.</source>
        <translation>
            <numerusform>%n ligne diffère de l'envoi.</numerusform>
            <numerusform>%n lignes diffèrent de l'envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erp_desktop/ui/warehouse_view.py" line="499" />
        <source>%n line(s) with a variance; check them, then post.</source>
        <translation>
            <numerusform>%n ligne avec un écart ; vérifiez-la, puis validez.</numerusform>
            <numerusform>%n lignes avec un écart ; vérifiez-les, puis validez.</numerusform>
        </translation>
    </message>
</context>
</TS>