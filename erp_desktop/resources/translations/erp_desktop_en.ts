<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="94" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="95" />
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="96" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>CashCountDialog</name>
    <message>
        <location filename="../../ui/cash_count_dialog.py" line="69" />
        <source>Close the cash session</source>
        <translation>Close the cash session</translation>
    </message>
    <message>
        <location filename="../../ui/cash_count_dialog.py" line="70" />
        <source>Expected cash</source>
        <translation>Expected cash</translation>
    </message>
    <message>
        <location filename="../../ui/cash_count_dialog.py" line="71" />
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../ui/cash_count_dialog.py" line="72" />
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <location filename="../../ui/catalog_view.py" line="80" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="81" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="82" />
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="83" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="84" />
        <source>Tax class</source>
        <translation>Tax class</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="85" />
        <source>Price mode</source>
        <translation>Price mode</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="89" />
        <source>Name (French or Arabic), SKU or barcode</source>
        <translation>Name (French or Arabic), SKU or barcode</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="90" />
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="91" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="119" />
        <source>The catalog and its prices are edited at head office; they come down here.</source>
        <translation>The catalog and its prices are edited at head office; they come down here.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="138" />
        <source>Tax included</source>
        <translation>Tax included</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="138" />
        <source>Tax excluded</source>
        <translation>Tax excluded</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/customer_dialog.py" line="66" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="67" />
        <source>Name (French or Arabic) or phone</source>
        <translation>Name (French or Arabic) or phone</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="68" />
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="69" />
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="70" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="71" />
        <source>Create and attach</source>
        <translation>Create and attach</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="94" />
        <source>credit %1</source>
        <translation>credit %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/dashboard_view.py" line="110" />
        <location filename="../../ui/dashboard_view.py" line="159" />
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="110" />
        <location filename="../../ui/dashboard_view.py" line="172" />
        <source>Sales today</source>
        <translation>Sales today</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="113" />
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="113" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="158" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="160" />
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="161" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="162" />
        <source>Expected cash</source>
        <translation>Expected cash</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="163" />
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="164" />
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="168" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="168" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="168" />
        <source>Reorder point</source>
        <translation>Reorder point</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="168" />
        <source>Fell low</source>
        <translation>Fell low</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="173" />
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="174" />
        <source>Average ticket</source>
        <translation>Average ticket</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="175" />
        <source>Sales this week</source>
        <translation>Sales this week</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="188" />
        <source>Cash sessions</source>
        <translation>Cash sessions</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="189" />
        <source>Low stock this week</source>
        <translation>Low stock this week</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="243" />
        <source>Low stock: %1 has %2 left (reorder point %3).</source>
        <translation>Low stock: %1 has %2 left (reorder point %3).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="267" />
        <source>Sales by hour</source>
        <translation>Sales by hour</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="275" />
        <source>Last seven days</source>
        <translation>Last seven days</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="283" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="284" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="285" />
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="286" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="287" />
        <source>Store credit</source>
        <translation>Store credit</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="313" />
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="72" />
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="75" />
        <source>This PC has no branch data yet. Try the demo branch, or join your company's server with the address and the one-time token head office gave you.</source>
        <translation>This PC has no branch data yet. Try the demo branch, or join your company's server with the address and the one-time token head office gave you.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="79" />
        <source>Try the demo branch</source>
        <translation>Try the demo branch</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="80" />
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81" />
        <source>One-time token</source>
        <translation>One-time token</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="82" />
        <source>Join the company</source>
        <translation>Join the company</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="103" />
        <source>Building the demo branch (a minute)…</source>
        <translation>Building the demo branch (a minute)…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="110" />
        <source>Joining the company and receiving its data…</source>
        <translation>Joining the company and receiving its data…</translation>
    </message>
</context>
<context>
    <name>GlobalInvoiceAction</name>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="48" />
        <source>Issue today's global invoice</source>
        <translation>Issue today's global invoice</translation>
    </message>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="49" />
        <source>One invoice for today's till tickets, with its stamp duty</source>
        <translation>One invoice for today's till tickets, with its stamp duty</translation>
    </message>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="66" />
        <source>Global invoice</source>
        <translation>Global invoice</translation>
    </message>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="67" />
        <source>Global invoice %1 issued.</source>
        <translation>Global invoice %1 issued.</translation>
    </message>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="68" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="97" />
        <source>Save the global invoice</source>
        <translation>Save the global invoice</translation>
    </message>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="99" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="89" />
        <location filename="../../ui/login_dialog.py" line="96" />
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="90" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="91" />
        <location filename="../../ui/login_dialog.py" line="94" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="92" />
        <source>Cashier PIN</source>
        <translation>Cashier PIN</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="93" />
        <source>User (optional)</source>
        <translation>User (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="95" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="225" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227" />
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229" />
        <source>Books</source>
        <translation>Books</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238" />
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239" />
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240" />
        <source>Receipt printer of this register…</source>
        <translation>Receipt printer of this register…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <location filename="../../ui/main_window.py" line="282" />
        <source>Thermal printer (ESC/POS) of this register…</source>
        <translation>Thermal printer (ESC/POS) of this register…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>Synchronization…</source>
        <translation>Synchronization…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>Maghreb ERP — branch</source>
        <translation>Maghreb ERP — branch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>Branch %1 · register %2 · %3</source>
        <translation>Branch %1 · register %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>Branch %1 · %2</source>
        <translation>Branch %1 · %2</translation>
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
        <translation>This PC is not a till: no register to set a printer for.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <location filename="../../ui/main_window.py" line="291" />
        <source>Receipts of %1 print on %2.</source>
        <translation>Receipts of %1 print on %2.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283" />
        <source>IP address (port 9100) or device (/dev/usb/lp0, /dev/ttyS0, COM1)</source>
        <translation>IP address (port 9100) or device (/dev/usb/lp0, /dev/ttyS0, COM1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319" />
        <source>%1 change(s) refused by the server: see Synchronization.</source>
        <translation>%1 change(s) refused by the server: see Synchronization.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359" />
        <source>%1 · %2 change(s) waiting · last sync: %3</source>
        <translation>%1 · %2 change(s) waiting · last sync: %3</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/payment_dialog.py" line="116" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="118" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="119" />
        <source>Cash received</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="120" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="121" />
        <source>Card terminal reference</source>
        <translation>Card terminal reference</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="122" />
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="123" />
        <source>Cheque number</source>
        <translation>Cheque number</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="124" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="125" />
        <source>Transfer reference</source>
        <translation>Transfer reference</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="126" />
        <source>Stamp duty</source>
        <translation>Stamp duty</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="127" />
        <source>Cash rounding</source>
        <translation>Cash rounding</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="128" />
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="129" />
        <source>Change due</source>
        <translation>Change due</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="132" />
        <source>Store credit (%1 available)</source>
        <translation>Store credit (%1 available)</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="137" />
        <source>Cash in %1 (rate %2)</source>
        <translation>Cash in %1 (rate %2)</translation>
    </message>
</context>
<context>
    <name>PosView</name>
    <message>
        <location filename="../../ui/pos_view.py" line="192" />
        <source>Scan or type a barcode (3* for three)</source>
        <translation>Scan or type a barcode (3* for three)</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="195" />
        <source>F2 Pay · F3 Find · F5 Line discount · F6 Ticket discount · F7 Hold · F8 Recall · F10 Return · F11 X report · F12 Reprint · F4 Open session · F9 Close session · Ctrl+K Customer · 4* Enter Quantity · Ctrl+P Price · Del Remove line · Ctrl+Del Cancel ticket</source>
        <translation>F2 Pay · F3 Find · F5 Line discount · F6 Ticket discount · F7 Hold · F8 Recall · F10 Return · F11 X report · F12 Reprint · F4 Open session · F9 Close session · Ctrl+K Customer · 4* Enter Quantity · Ctrl+P Price · Del Remove line · Ctrl+Del Cancel ticket</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="202" />
        <source>No cash session is open on this register: press F4 to open one.</source>
        <translation>No cash session is open on this register: press F4 to open one.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="298" />
        <source>Discounts: %1</source>
        <translation>Discounts: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="357" />
        <source>Change the price</source>
        <translation>Change the price</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="358" />
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="386" />
        <source>Cancel the ticket</source>
        <translation>Cancel the ticket</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="387" />
        <source>Remove every line of this ticket?</source>
        <translation>Remove every line of this ticket?</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="394" />
        <source>Ticket cancelled.</source>
        <translation>Ticket cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="403" />
        <source>Discount (%)</source>
        <translation>Discount (%)</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="411" />
        <source>Line discount</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="419" />
        <source>Ticket discount</source>
        <translation>Ticket discount</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="446" />
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="449" />
        <source>store credit %1</source>
        <translation>store credit %1</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="458" />
        <source>Hold the ticket</source>
        <translation>Hold the ticket</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="458" />
        <source>Name or note</source>
        <translation>Name or note</translation>
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
        <translation>Ticket held: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="482" />
        <source>No ticket is on hold.</source>
        <translation>No ticket is on hold.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="486" />
        <source>Recall a ticket</source>
        <translation>Recall a ticket</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="580" />
        <source>Manager approval</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="580" />
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="591" />
        <source>%1 may not change prices.</source>
        <translation>%1 may not change prices.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="593" />
        <source>%1 may not approve discounts.</source>
        <translation>%1 may not approve discounts.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="607" />
        <source>Change due: %1</source>
        <translation>Change due: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="609" />
        <source>Sale %1 done. Change due: %2</source>
        <translation>Sale %1 done. Change due: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="638" />
        <source>The receipt printer did not answer (%1); the receipt is saved as %2.</source>
        <translation>The receipt printer did not answer (%1); the receipt is saved as %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="659" />
        <source>X report printed.</source>
        <translation>X report printed.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="682" />
        <source>Duplicate of %1.</source>
        <translation>Duplicate of %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="715" />
        <source>Credit note %1: %2 refunded.</source>
        <translation>Credit note %1: %2 refunded.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="725" />
        <source>Open the cash session</source>
        <translation>Open the cash session</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="725" />
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="735" />
        <source>Cash session open.</source>
        <translation>Cash session open.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="764" />
        <source>Session closed, Z report %1. Difference: %2</source>
        <translation>Session closed, Z report %1. Difference: %2</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="115" />
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="115" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="117" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="118" />
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="119" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="120" />
        <source>Barcode to add</source>
        <translation>Barcode to add</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="121" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="122" />
        <source>Price (%1)</source>
        <translation>Price (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="123" />
        <source>Tax class</source>
        <translation>Tax class</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="124" />
        <source>Price mode</source>
        <translation>Price mode</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="125" />
        <source>Reorder point</source>
        <translation>Reorder point</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="129" />
        <source>Tax included</source>
        <translation>Tax included</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="129" />
        <source>Tax excluded</source>
        <translation>Tax excluded</translation>
    </message>
</context>
<context>
    <name>ProductSearchDialog</name>
    <message>
        <location filename="../../ui/product_search_dialog.py" line="44" />
        <source>Find an article</source>
        <translation>Find an article</translation>
    </message>
    <message>
        <location filename="../../ui/product_search_dialog.py" line="45" />
        <source>Name in French or Arabic, barcode or SKU</source>
        <translation>Name in French or Arabic, barcode or SKU</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports_view.py" line="123" />
        <location filename="../../ui/reports_view.py" line="129" />
        <location filename="../../ui/reports_view.py" line="133" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="123" />
        <location filename="../../ui/reports_view.py" line="133" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="123" />
        <location filename="../../ui/reports_view.py" line="130" />
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="123" />
        <location filename="../../ui/reports_view.py" line="131" />
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="125" />
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="125" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="125" />
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="125" />
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="128" />
        <source>Date and document</source>
        <translation>Date and document</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="133" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="137" />
        <source>Trial balance</source>
        <translation>Trial balance</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="138" />
        <source>Profit and loss</source>
        <translation>Profit and loss</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="139" />
        <source>Balance sheet</source>
        <translation>Balance sheet</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="140" />
        <source>VAT summary</source>
        <translation>VAT summary</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="141" />
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="145" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="146" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="147" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="148" />
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="150" />
        <source>Whole company (server)</source>
        <translation>Whole company (server)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="170" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="171" />
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="172" />
        <source>Expenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="173" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="174" />
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="175" />
        <source>Liabilities and equity</source>
        <translation>Liabilities and equity</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="176" />
        <source>VAT collected</source>
        <translation>VAT collected</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="177" />
        <source>VAT deductible</source>
        <translation>VAT deductible</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="178" />
        <source>VAT due</source>
        <translation>VAT due</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="179" />
        <source>Stamp duty collected</source>
        <translation>Stamp duty collected</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="180" />
        <source>Balanced</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="181" />
        <source>NOT BALANCED</source>
        <translation>NOT BALANCED</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="182" />
        <source>Result of the period</source>
        <translation>Result of the period</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="183" />
        <source>The latest %1 lines; choose a shorter period to see all.</source>
        <translation>The latest %1 lines; choose a shorter period to see all.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="200" />
        <source>Company books</source>
        <translation>Company books</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="201" />
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="216" />
        <source>This report is only kept at the branch.</source>
        <translation>This report is only kept at the branch.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="248" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="256" />
        <source>CSV, numbers with a dot (*.csv)</source>
        <translation>CSV, numbers with a dot (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="257" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="260" />
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/return_dialog.py" line="78" />
        <source>Return against a receipt</source>
        <translation>Return against a receipt</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="79" />
        <source>Scan the receipt's code or type its number</source>
        <translation>Scan the receipt's code or type its number</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="80" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="82" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="82" />
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="82" />
        <source>Already returned</source>
        <translation>Already returned</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="82" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="85" />
        <source>Original tender</source>
        <translation>Original tender</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="85" />
        <source>Store credit</source>
        <translation>Store credit</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="85" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="88" />
        <source>Refund by</source>
        <translation>Refund by</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <location filename="../../ui/stock_view.py" line="96" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="97" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="98" />
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="99" />
        <source>Reorder point</source>
        <translation>Reorder point</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="100" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="105" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="106" />
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="107" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="108" />
        <source>Unit cost</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="109" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="113" />
        <source>Search by name (French or Arabic), barcode or SKU</source>
        <translation>Search by name (French or Arabic), barcode or SKU</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="114" />
        <source>Latest movements of the selected product</source>
        <translation>Latest movements of the selected product</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_view.py" line="128" />
        <source>%n product(s); highlighted: at or under the reorder point</source>
        <translation>
            <numerusform>%n product; highlighted: at or under the reorder point</numerusform>
            <numerusform>%n products; highlighted: at or under the reorder point</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_view.py" line="131" />
        <source>%n product(s) found</source>
        <translation>
            <numerusform>%n product found</numerusform>
            <numerusform>%n products found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="204" />
        <source>No other branch has any.</source>
        <translation>No other branch has any.</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="207" />
        <source>Available elsewhere: %1</source>
        <translation>Available elsewhere: %1</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../ui/sync_panel.py" line="70" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="70" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="70" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="102" />
        <source>Synchronization</source>
        <translation>Synchronization</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="103" />
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="104" />
        <source>One-time token</source>
        <translation>One-time token</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="105" />
        <source>Enroll this PC</source>
        <translation>Enroll this PC</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="106" />
        <source>Synchronize now</source>
        <translation>Synchronize now</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="107" />
        <source>Send the refused changes again</source>
        <translation>Send the refused changes again</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="108" />
        <source>Changes the server refused</source>
        <translation>Changes the server refused</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="143" />
        <source>Server: %1 · %2 change(s) waiting</source>
        <translation>Server: %1 · %2 change(s) waiting</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="152" />
        <source>Sending: %1 of %2</source>
        <translation>Sending: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="152" />
        <source>Receiving: %1 of %2</source>
        <translation>Receiving: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="174" />
        <source>This PC is enrolled.</source>
        <translation>This PC is enrolled.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="196" />
        <source>Done: %1 sent, %2 refused, %3 received.</source>
        <translation>Done: %1 sent, %2 refused, %3 received.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../ui/vocabulary.py" line="19" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="20" />
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="21" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="22" />
        <location filename="../../ui/vocabulary.py" line="40" />
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="23" />
        <source>Count variance</source>
        <translation>Count variance</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="24" />
        <location filename="../../ui/vocabulary.py" line="37" />
        <source>Transfer out</source>
        <translation>Transfer out</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="25" />
        <location filename="../../ui/vocabulary.py" line="38" />
        <source>Transfer in</source>
        <translation>Transfer in</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="26" />
        <location filename="../../ui/vocabulary.py" line="41" />
        <source>Opening stock</source>
        <translation>Opening stock</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="34" />
        <source>Sales ticket</source>
        <translation>Sales ticket</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="35" />
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="36" />
        <source>Goods receipt</source>
        <translation>Goods receipt</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="39" />
        <source>Stock count</source>
        <translation>Stock count</translation>
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
        <translation>box</translation>
    </message>
</context>
<context>
    <name>WarehouseView</name>
    <message>
        <location filename="../../ui/warehouse_view.py" line="242" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="243" />
        <location filename="../../ui/warehouse_view.py" line="264" />
        <location filename="../../ui/warehouse_view.py" line="273" />
        <location filename="../../ui/warehouse_view.py" line="284" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="244" />
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="245" />
        <source>Reorder point</source>
        <translation>Reorder point</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="246" />
        <source>Suggested order</source>
        <translation>Suggested order</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="251" />
        <source>Goods receipt</source>
        <translation>Goods receipt</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="252" />
        <source>Transfer out</source>
        <translation>Transfer out</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="253" />
        <source>Arriving transfers</source>
        <translation>Arriving transfers</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="254" />
        <source>Stock count</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="255" />
        <source>Reorder</source>
        <translation>Reorder</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="259" />
        <source>Scan or type a barcode or SKU (12* for twelve)</source>
        <translation>Scan or type a barcode or SKU (12* for twelve)</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="265" />
        <location filename="../../ui/warehouse_view.py" line="273" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="266" />
        <source>Unit cost (excl. VAT)</source>
        <translation>Unit cost (excl. VAT)</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="267" />
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="270" />
        <source>Post the receipt</source>
        <translation>Post the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="274" />
        <source>To branch</source>
        <translation>To branch</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="275" />
        <source>Send the transfer</source>
        <translation>Send the transfer</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="278" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="278" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="278" />
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="280" />
        <source>Receive the selected transfer</source>
        <translation>Receive the selected transfer</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="284" />
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="284" />
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="284" />
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="286" />
        <source>Review the variances</source>
        <translation>Review the variances</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="287" />
        <source>Post the count</source>
        <translation>Post the count</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="369" />
        <source>%1 posted.</source>
        <translation>%1 posted.</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="380" />
        <source>Line %1: the quantity is not a number.</source>
        <translation>Line %1: the quantity is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="397" />
        <source>Every line needs its unit cost.</source>
        <translation>Every line needs its unit cost.</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="438" />
        <source>More than on hand</source>
        <translation>More than on hand</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="439" />
        <source>Manager PIN to send it anyway</source>
        <translation>Manager PIN to send it anyway</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="463" />
        <source>%1 received as %2.</source>
        <translation>%1 received as %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/warehouse_view.py" line="468" />
        <source>%n line(s) differ from what was sent.</source>
        <translation>
            <numerusform>%n line differs from what was sent.</numerusform>
            <numerusform>%n lines differ from what was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/warehouse_view.py" line="497" />
        <source>%n line(s) with a variance; check them, then post.</source>
        <translation>
            <numerusform>%n line with a variance; check it, then post.</numerusform>
            <numerusform>%n lines with a variance; check them, then post.</numerusform>
        </translation>
    </message>
</context>
</TS>