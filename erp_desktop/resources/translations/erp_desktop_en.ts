<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendanceView</name>
    <message>
        <location filename="../../ui/attendance_view.py" line="152" />
        <location filename="../../ui/attendance_view.py" line="162" />
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="153" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="154" />
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="155" />
        <source>Planned (h)</source>
        <translation>Planned (h)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="156" />
        <source>Worked (h)</source>
        <translation>Worked (h)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="157" />
        <source>Late (min)</source>
        <translation>Late (min)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="158" />
        <source>Overtime (h)</source>
        <translation>Overtime (h)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="162" />
        <source>Clocked in</source>
        <translation>Clocked in</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="165" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="166" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="167" />
        <source>Days without a clock-out</source>
        <translation>Days without a clock-out</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="168" />
        <source>Correct the clock-out…</source>
        <translation>Correct the clock-out…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="86" />
        <source>Backups of this PC</source>
        <translation>Backups of this PC</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="87" />
        <location filename="../../ui/backup_dialog.py" line="101" />
        <source>Folder or USB key</source>
        <translation>Folder or USB key</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="88" />
        <source>Every (hours)</source>
        <translation>Every (hours)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="89" />
        <source>Backups kept</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="90" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="91" />
        <source>Save the schedule</source>
        <translation>Save the schedule</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="92" />
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="116" />
        <source>No backup yet on this replica.</source>
        <translation>No backup yet on this replica.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="119" />
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="142" />
        <source>The schedule is saved.</source>
        <translation>The schedule is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="156" />
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="162" />
        <source>Backed up: %1</source>
        <translation>Backed up: %1</translation>
    </message>
</context>
<context>
    <name>BusinessCustomerDialog</name>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="49" />
        <source>None agreed (the law's default)</source>
        <translation>None agreed (the law's default)</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="50" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="51" />
        <source>30 days net</source>
        <translation>30 days net</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="52" />
        <source>45 days net</source>
        <translation>45 days net</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="53" />
        <source>60 days net</source>
        <translation>60 days net</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="54" />
        <source>End of month + 15 days</source>
        <translation>End of month + 15 days</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="55" />
        <source>End of month + 30 days</source>
        <translation>End of month + 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="56" />
        <source>Half at 30 days, half at 60</source>
        <translation>Half at 30 days, half at 60</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="164" />
        <source>New business customer</source>
        <translation>New business customer</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="166" />
        <source>Business customer</source>
        <translation>Business customer</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="169" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="170" />
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="171" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="172" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="173" />
        <source>Billing address</source>
        <translation>Billing address</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="174" />
        <source>Delivery address</source>
        <translation>Delivery address</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="175" />
        <source>Payment &amp;terms</source>
        <translation>Payment &amp;terms</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="176" />
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="177" />
        <source>Passing the limit blocks (else it warns)</source>
        <translation>Passing the limit blocks (else it warns)</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="178" />
        <source>Discount (%)</source>
        <translation>Discount (%)</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="179" />
        <source>Account currency (empty: the company's)</source>
        <translation>Account currency (empty: the company's)</translation>
    </message>
</context>
<context>
    <name>BusinessCustomersView</name>
    <message>
        <location filename="../../ui/business_customers_view.py" line="84" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="85" />
        <source>Legal identifiers</source>
        <translation>Legal identifiers</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="86" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="87" />
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="88" />
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="89" />
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="93" />
        <source>Name (French or Arabic) or phone</source>
        <translation>Name (French or Arabic) or phone</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="94" />
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="95" />
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
</context>
<context>
    <name>BusinessDocumentsView</name>
    <message>
        <location filename="../../ui/business_documents_view.py" line="185" />
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="186" />
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="187" />
        <source>Sales order</source>
        <translation>Sales order</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="188" />
        <source>Delivery note</source>
        <translation>Delivery note</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="189" />
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="190" />
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="195" />
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="196" />
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="197" />
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="198" />
        <source>To deliver</source>
        <translation>To deliver</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="199" />
        <source>Partly delivered</source>
        <translation>Partly delivered</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="200" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="201" />
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="202" />
        <source>Partly credited</source>
        <translation>Partly credited</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="203" />
        <source>Credited</source>
        <translation>Credited</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="204" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="209" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="210" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="211" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="212" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="213" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="214" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="219" />
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="220" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="221" />
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="222" />
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="223" />
        <source>Amount excl. tax</source>
        <translation>Amount excl. tax</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="224" />
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="229" />
        <source>New quote</source>
        <translation>New quote</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="230" />
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="231" />
        <source>Invoice services</source>
        <translation>Invoice services</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="232" />
        <source>Invoice a ticket…</source>
        <translation>Invoice a ticket…</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="233" />
        <source>Order it</source>
        <translation>Order it</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="234" />
        <source>Deliver…</source>
        <translation>Deliver…</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="235" />
        <source>Invoice…</source>
        <translation>Invoice…</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="236" />
        <source>Credit note…</source>
        <translation>Credit note…</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="237" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="238" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="242" />
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="243" />
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="343" />
        <source>follows %1</source>
        <translation>follows %1</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="346" />
        <source>followed by %1</source>
        <translation>followed by %1</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="354" />
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="388" />
        <source>%1 issued</source>
        <translation>%1 issued</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="433" />
        <source>Deliver the order</source>
        <translation>Deliver the order</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="436" />
        <source>Invoice what was delivered</source>
        <translation>Invoice what was delivered</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="439" />
        <source>Credit note against the invoice</source>
        <translation>Credit note against the invoice</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="448" />
        <source>Cancel the document</source>
        <translation>Cancel the document</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="450" />
        <source>Cancel %1? An invoice is reversed in the books; nothing is deleted.</source>
        <translation>Cancel %1? An invoice is reversed in the books; nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="458" />
        <source>%1 cancelled</source>
        <translation>%1 cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="470" />
        <source>Printed to %1</source>
        <translation>Printed to %1</translation>
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
        <location filename="../../ui/catalog_view.py" line="97" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="98" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="99" />
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="100" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="101" />
        <source>Tax class</source>
        <translation>Tax class</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="102" />
        <source>Price mode</source>
        <translation>Price mode</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="106" />
        <source>Name (French or Arabic), SKU or barcode</source>
        <translation>Name (French or Arabic), SKU or barcode</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="107" />
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="108" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="109" />
        <source>Import a file…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="138" />
        <source>The catalog and its prices are edited at head office; they come down here.</source>
        <translation>The catalog and its prices are edited at head office; they come down here.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="157" />
        <source>Tax included</source>
        <translation>Tax included</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="157" />
        <source>Tax excluded</source>
        <translation>Tax excluded</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="193" />
        <source>Import products</source>
        <translation>Import products</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="195" />
        <source>Products (*.csv *.xlsx)</source>
        <translation>Products (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="221" />
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="227" />
        <source>Nothing was imported; correct the file:</source>
        <translation>Nothing was imported; correct the file:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="232" />
        <source>Imported: %1 new product(s), %2 changed, %3 new categories, %4 pictures.</source>
        <translation>Imported: %1 new product(s), %2 changed, %3 new categories, %4 pictures.</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../../ui/category_dialog.py" line="66" />
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <location filename="../../ui/category_dialog.py" line="66" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/category_dialog.py" line="70" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/category_dialog.py" line="70" />
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/category_dialog.py" line="70" />
        <source>Place on the till's grid</source>
        <translation>Place on the till's grid</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/shop_setup/wizard.py" line="40" />
        <location filename="../../ui/shop_setup/wizard.py" line="44" />
        <source>Check and set up</source>
        <translation>Check and set up</translation>
    </message>
</context>
<context>
    <name>ClockLeaveDialog</name>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="39" />
        <source>Ask for leave</source>
        <translation>Ask for leave</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="41" />
        <source>Annual leave</source>
        <translation>Annual leave</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="42" />
        <source>Sick leave</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="43" />
        <source>Maternity leave</source>
        <translation>Maternity leave</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="44" />
        <source>Unpaid leave</source>
        <translation>Unpaid leave</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="75" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="76" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="77" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="78" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="79" />
        <source>Number (faster)</source>
        <translation>Number (faster)</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="80" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>ClockPinDialog</name>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="134" />
        <source>Clock PIN and shift</source>
        <translation>Clock PIN and shift</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="138" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="140" />
        <source>No shift</source>
        <translation>No shift</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="144" />
        <source>Clock PIN</source>
        <translation>Clock PIN</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="145" />
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
</context>
<context>
    <name>ClockView</name>
    <message>
        <location filename="../../ui/clock_view.py" line="105" />
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="105" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="105" />
        <source>In since</source>
        <translation>In since</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="109" />
        <source>Your number (optional) and PIN, then Enter to clock in or F9 to clock out</source>
        <translation>Your number (optional) and PIN, then Enter to clock in or F9 to clock out</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="111" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="112" />
        <source>Number (faster)</source>
        <translation>Number (faster)</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="113" />
        <source>Clock in (Enter)</source>
        <translation>Clock in (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="114" />
        <source>Clock out (F9)</source>
        <translation>Clock out (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="115" />
        <source>Ask for leave…</source>
        <translation>Ask for leave…</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="116" />
        <source>In now</source>
        <translation>In now</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="164" />
        <source>Good morning, %1: in at %2.</source>
        <translation>Good morning, %1: in at %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clock_view.py" line="167" />
        <source>%n minute(s) late.</source>
        <translation>
            <numerusform>%n minute late.</numerusform>
            <numerusform>%n minutes late.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="170" />
        <source>Goodbye, %1: out at %2.</source>
        <translation>Goodbye, %1: out at %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clock_view.py" line="173" />
        <source>%n minute(s) of overtime.</source>
        <translation>
            <numerusform>%n minute of overtime.</numerusform>
            <numerusform>%n minutes of overtime.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="60" />
        <source>The company and the shop</source>
        <translation>The company and the shop</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="63" />
        <source>The legal identifiers are checked by the rules of the country; leave empty the ones you do not have yet.</source>
        <translation>The legal identifiers are checked by the rules of the country; leave empty the ones you do not have yet.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="68" />
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="69" />
        <source>Company name in Arabic</source>
        <translation>Company name in Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="70" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="71" />
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="72" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="73" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="74" />
        <source>Shop code</source>
        <translation>Shop code</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="75" />
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="76" />
        <source>Shop name in Arabic</source>
        <translation>Shop name in Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="77" />
        <source>Register code</source>
        <translation>Register code</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/attendance_view.py" line="51" />
        <source>Correct a clock-out</source>
        <translation>Correct a clock-out</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="71" />
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="72" />
        <source>Clocked in</source>
        <translation>Clocked in</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="73" />
        <source>Clock-out day</source>
        <translation>Clock-out day</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="74" />
        <source>Clock-out time</source>
        <translation>Clock-out time</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="75" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>CreditOverrideDialog</name>
    <message>
        <location filename="../../ui/credit_override.py" line="56" />
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../ui/credit_override.py" line="57" />
        <source>A manager may allow it with their PIN:</source>
        <translation>A manager may allow it with their PIN:</translation>
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
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../ui/customer_display.py" line="41" />
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="42" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="43" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="44" />
        <source>Your change</source>
        <translation>Your change</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="45" />
        <source>Thank you, see you soon</source>
        <translation>Thank you, see you soon</translation>
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
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="193" />
        <location filename="../../ui/customer_tabs.py" line="209" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="194" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="195" />
        <source>Amount or points</source>
        <translation>Amount or points</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="201" />
        <location filename="../../ui/customer_tabs.py" line="256" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="202" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="203" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="204" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="205" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="209" />
        <source>Movement</source>
        <translation>Movement</translation>
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
        <translation>Purchase</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="214" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="215" />
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="216" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="218" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="219" />
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="220" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="221" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="222" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="223" />
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="224" />
        <source>Redeemed</source>
        <translation>Redeemed</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="225" />
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="226" />
        <source>Adjusted</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="227" />
        <source>Merged in</source>
        <translation>Merged in</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="228" />
        <source>Merged out</source>
        <translation>Merged out</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="229" />
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="230" />
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="231" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="232" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="233" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="234" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="235" />
        <source>Closed</source>
        <translation>Closed</translation>
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
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="243" />
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="244" />
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="249" />
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="249" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="249" />
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="249" />
        <source>Loyalty</source>
        <translation>Loyalty</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="255" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="257" />
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="258" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="259" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="260" />
        <source>Consent to be contacted</source>
        <translation>Consent to be contacted</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="261" />
        <source>Custom fields</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="262" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="274" />
        <source>What was said or done</source>
        <translation>What was said or done</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="275" />
        <source>Follow-up date (optional)</source>
        <translation>Follow-up date (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="276" />
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="277" />
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="278" />
        <source>Agrees</source>
        <translation>Agrees</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="279" />
        <source>Withdraws</source>
        <translation>Withdraws</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="280" />
        <source>Edit the tags</source>
        <translation>Edit the tags</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="281" />
        <source>Tags separated by commas, Enter to save</source>
        <translation>Tags separated by commas, Enter to save</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="291" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="292" />
        <source>Complaint: next status</source>
        <translation>Complaint: next status</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="342" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="342" />
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="344" />
        <source>never asked</source>
        <translation>never asked</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="355" />
        <source>%1 purchases, lifetime value %2, open balance %3, last visit %4 at %5</source>
        <translation>%1 purchases, lifetime value %2, open balance %3, last visit %4 at %5</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="394" />
        <source>Balance: %1 points, of which %2 may be spent today</source>
        <translation>Balance: %1 points, of which %2 may be spent today</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="400" />
        <source>Overdraft at %1 on %2: %3 points spent beyond the balance</source>
        <translation>Overdraft at %1 on %2: %3 points spent beyond the balance</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="444" />
        <source>Export the timeline</source>
        <translation>Export the timeline</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="446" />
        <source>CSV, numbers with a dot (*.csv)</source>
        <translation>CSV, numbers with a dot (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="479" />
        <source>at the till, by %1</source>
        <translation>at the till, by %1</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../ui/customers_view.py" line="85" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="86" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="87" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="88" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="89" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="93" />
        <source>Search by name (French or Arabic) or phone</source>
        <translation>Search by name (French or Arabic) or phone</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="94" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="144" />
        <source>%1 customer(s)</source>
        <translation>%1 customer(s)</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="167" />
        <source>Export the customers</source>
        <translation>Export the customers</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="169" />
        <source>CSV, numbers with a dot (*.csv)</source>
        <translation>CSV, numbers with a dot (*.csv)</translation>
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
    <name>DeskTools</name>
    <message>
        <location filename="../../ui/desk_table.py" line="132" />
        <source>Filter (Ctrl+F)</source>
        <translation>Filter (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_table.py" line="133" />
        <source>Export… (Ctrl+Shift+E)</source>
        <translation>Export… (Ctrl+Shift+E)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk_table.py" line="182" />
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/desk_table.py" line="184" />
        <source>Totals: %1</source>
        <translation>Totals: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk_table.py" line="193" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_table.py" line="194" />
        <source>CSV, numbers with a dot (*.csv)</source>
        <translation>CSV, numbers with a dot (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_table.py" line="196" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>EmployeesView</name>
    <message>
        <location filename="../../ui/employees_view.py" line="167" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="168" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="169" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="170" />
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="171" />
        <location filename="../../ui/employees_view.py" line="177" />
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="172" />
        <source>Base salary today</source>
        <translation>Base salary today</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="178" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="179" />
        <source>Base salary</source>
        <translation>Base salary</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="180" />
        <source>Hours a month</source>
        <translation>Hours a month</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="181" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="185" />
        <source>Hire…</source>
        <translation>Hire…</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="186" />
        <source>New terms…</source>
        <translation>New terms…</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="187" />
        <source>Family situation…</source>
        <translation>Family situation…</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="188" />
        <source>End the contract…</source>
        <translation>End the contract…</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="189" />
        <source>Clock PIN and shift…</source>
        <translation>Clock PIN and shift…</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="267" />
        <source>Choose an employee to see the file.</source>
        <translation>Choose an employee to see the file.</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="273" />
        <source>%1 dependant(s), %2 child(ren)</source>
        <translation>%1 dependant(s), %2 child(ren)</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="284" />
        <source>Hiring</source>
        <translation>Hiring</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="285" />
        <source>Raise</source>
        <translation>Raise</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="286" />
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="287" />
        <source>New hours</source>
        <translation>New hours</translation>
    </message>
</context>
<context>
    <name>EndContractDialog</name>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="110" />
        <source>End the contract</source>
        <translation>End the contract</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="114" />
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="115" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="71" />
        <source>New family situation</source>
        <translation>New family situation</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="77" />
        <source>Single</source>
        <translation>Single</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="78" />
        <source>Married</source>
        <translation>Married</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="79" />
        <source>Divorced</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="80" />
        <source>Widowed</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="85" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="86" />
        <source>Family situation</source>
        <translation>Family situation</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="87" />
        <source>Dependants</source>
        <translation>Dependants</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="88" />
        <source>Dependent children</source>
        <translation>Dependent children</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="89" />
        <source>Head of family</source>
        <translation>Head of family</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="92" />
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="95" />
        <source>This PC has no branch data yet. Try the demo branch, join your company's server with the address and the one-time token head office gave you, or set up this shop alone (it can join a chain later).</source>
        <translation>This PC has no branch data yet. Try the demo branch, join your company's server with the address and the one-time token head office gave you, or set up this shop alone (it can join a chain later).</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="100" />
        <source>Try the demo branch</source>
        <translation>Try the demo branch</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="101" />
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="102" />
        <source>One-time token</source>
        <translation>One-time token</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="103" />
        <source>Join the company</source>
        <translation>Join the company</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="104" />
        <source>Set up this shop alone</source>
        <translation>Set up this shop alone</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="105" />
        <location filename="../../ui/first_run.py" line="140" />
        <source>Restore a backup (a new PC)…</source>
        <translation>Restore a backup (a new PC)…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="128" />
        <source>Building the demo branch (a minute)…</source>
        <translation>Building the demo branch (a minute)…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="135" />
        <source>Joining the company and receiving its data…</source>
        <translation>Joining the company and receiving its data…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="140" />
        <source>Backups (*.sqlite3)</source>
        <translation>Backups (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="151" />
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
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
    <name>GridPlaceFields</name>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="100" />
        <location filename="../../ui/grid_place_fields.py" line="124" />
        <source>(in no tab of the till's grid)</source>
        <translation>(in no tab of the till's grid)</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="101" />
        <source>New category…</source>
        <translation>New category…</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="102" />
        <source>Edit the category…</source>
        <translation>Edit the category…</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="103" />
        <source>Choose a picture…</source>
        <translation>Choose a picture…</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="104" />
        <source>Remove the picture</source>
        <translation>Remove the picture</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="164" />
        <source>Picture of the product</source>
        <translation>Picture of the product</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="166" />
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.gif)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="177" />
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="180" />
        <source>%1 is not a picture.</source>
        <translation>%1 is not a picture.</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="209" />
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
</context>
<context>
    <name>HireDialog</name>
    <message>
        <location filename="../../ui/hire_dialog.py" line="55" />
        <source>Hire an employee</source>
        <translation>Hire an employee</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="89" />
        <source>No shift</source>
        <translation>No shift</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="94" />
        <source>Woman</source>
        <translation>Woman</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="94" />
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="99" />
        <source>Single</source>
        <translation>Single</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="100" />
        <source>Married</source>
        <translation>Married</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="101" />
        <source>Divorced</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="102" />
        <source>Widowed</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="112" />
        <source>Permanent (CDI)</source>
        <translation>Permanent (CDI)</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="113" />
        <source>Fixed term (CDD)</source>
        <translation>Fixed term (CDD)</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="139" />
        <source>Employee number</source>
        <translation>Employee number</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="140" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="141" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="142" />
        <source>First name in Arabic</source>
        <translation>First name in Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="143" />
        <source>Last name in Arabic</source>
        <translation>Last name in Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="144" />
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="145" />
        <source>Born on</source>
        <translation>Born on</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="146" />
        <source>National identity number</source>
        <translation>National identity number</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="147" />
        <source>Social-security number</source>
        <translation>Social-security number</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="148" />
        <source>Family situation</source>
        <translation>Family situation</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="149" />
        <source>Dependants</source>
        <translation>Dependants</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="150" />
        <source>Dependent children</source>
        <translation>Dependent children</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="151" />
        <source>Head of family</source>
        <translation>Head of family</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="152" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="153" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="154" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="155" />
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="156" />
        <source>Job in Arabic</source>
        <translation>Job in Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="157" />
        <source>Hired on</source>
        <translation>Hired on</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="158" />
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="159" />
        <source>Contract number</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="160" />
        <source>Ends on (CDD)</source>
        <translation>Ends on (CDD)</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="161" />
        <source>Trial period ends on</source>
        <translation>Trial period ends on</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="162" />
        <source>Hours a week</source>
        <translation>Hours a week</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="163" />
        <source>Monthly base salary</source>
        <translation>Monthly base salary</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="164" />
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="165" />
        <source>Bank account (RIB)</source>
        <translation>Bank account (RIB)</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="166" />
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="167" />
        <source>Clock PIN</source>
        <translation>Clock PIN</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="138" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="139" />
        <location filename="../../ui/purchasing/invoices_tab.py" line="167" />
        <source>Supplier's number</source>
        <translation>Supplier's number</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="140" />
        <source>Supplier</source>
        <translation>Supplier</translation>
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
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="147" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="147" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="147" />
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="147" />
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="151" />
        <source>not on the order</source>
        <translation>not on the order</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="152" />
        <source>not received</source>
        <translation>not received</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="153" />
        <source>more than received</source>
        <translation>more than received</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="154" />
        <source>price differs from the order</source>
        <translation>price differs from the order</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="159" />
        <source>matched</source>
        <translation>matched</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="160" />
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="161" />
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="165" />
        <source>Accept the difference…</source>
        <translation>Accept the difference…</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="166" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="168" />
        <source>Freight</source>
        <translation>Freight</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="169" />
        <source>Enter the invoice</source>
        <translation>Enter the invoice</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="171" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="171" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="171" />
        <source>Unit price (excl. VAT)</source>
        <translation>Unit price (excl. VAT)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="246" />
        <source>agrees</source>
        <translation>agrees</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="274" />
        <source>Accept the difference</source>
        <translation>Accept the difference</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="275" />
        <source>Why is %1 accepted as it is?</source>
        <translation>Why is %1 accepted as it is?</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="282" />
        <source>%1 may now be paid.</source>
        <translation>%1 may now be paid.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="326" />
        <source>Line %1 is not a number.</source>
        <translation>Line %1 is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="338" />
        <source>%1 entered: %2.</source>
        <translation>%1 entered: %2.</translation>
    </message>
</context>
<context>
    <name>JoinChainDialog</name>
    <message>
        <location filename="../../ui/join_dialog.py" line="55" />
        <source>Join a chain</source>
        <translation>Join a chain</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="58" />
        <source>This shop becomes a branch of the company: its catalog goes up (products the company already sells become the company's), then its whole history, with its numbers. From then on it syncs like any branch.</source>
        <translation>This shop becomes a branch of the company: its catalog goes up (products the company already sells become the company's), then its whole history, with its numbers. From then on it syncs like any branch.</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="63" />
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="64" />
        <source>Invitation from head office</source>
        <translation>Invitation from head office</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="65" />
        <source>Join the chain</source>
        <translation>Join the chain</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="78" />
        <source>Joining: the catalog, then the history…</source>
        <translation>Joining: the catalog, then the history…</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="86" />
        <source>Joined: %1 products were already the company's, %2 joined its catalog; %3 changes sent. Log in again.</source>
        <translation>Joined: %1 products were already the company's, %2 joined its catalog; %3 changes sent. Log in again.</translation>
    </message>
</context>
<context>
    <name>LeaveRequestDialog</name>
    <message>
        <location filename="../../ui/leave_view.py" line="66" />
        <source>Leave request</source>
        <translation>Leave request</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="95" />
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="96" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="97" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="98" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="99" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>LeaveView</name>
    <message>
        <location filename="../../ui/leave_view.py" line="188" />
        <source>Annual leave</source>
        <translation>Annual leave</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="189" />
        <source>Sick leave</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="190" />
        <source>Maternity leave</source>
        <translation>Maternity leave</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="191" />
        <source>Unpaid leave</source>
        <translation>Unpaid leave</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="196" />
        <location filename="../../ui/leave_view.py" line="218" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="197" />
        <location filename="../../ui/leave_view.py" line="217" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="198" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="199" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="204" />
        <location filename="../../ui/leave_view.py" line="214" />
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="205" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="206" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="207" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="208" />
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="209" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="215" />
        <source>Leave year</source>
        <translation>Leave year</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="216" />
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="219" />
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="223" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="223" />
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="223" />
        <source>On leave</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="226" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="227" />
        <source>New request…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="228" />
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="229" />
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="230" />
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="231" />
        <source>Balances</source>
        <translation>Balances</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="232" />
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="310" />
        <source>(computed date)</source>
        <translation>(computed date)</translation>
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
        <location filename="../../ui/main_window.py" line="278" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279" />
        <location filename="../../ui/main_window.py" line="301" />
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280" />
        <source>Clock in/out</source>
        <translation>Clock in/out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282" />
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283" />
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285" />
        <source>Payroll</source>
        <translation>Payroll</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286" />
        <source>My payslips</source>
        <translation>My payslips</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287" />
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288" />
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <location filename="../../ui/main_window.py" line="304" />
        <source>Purchasing</source>
        <translation>Purchasing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290" />
        <source>Books</source>
        <translation>Books</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291" />
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292" />
        <source>Quotes and invoices</source>
        <translation>Quotes and invoices</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293" />
        <source>Business customers</source>
        <translation>Business customers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>Receivables</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303" />
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <source>Accounting</source>
        <translation>Accounting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306" />
        <source>HR &amp; payroll</source>
        <translation>HR &amp; payroll</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <source>CRM</source>
        <translation>CRM</translation>
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
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315" />
        <source>Receipt printer of this register…</source>
        <translation>Receipt printer of this register…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316" />
        <location filename="../../ui/main_window.py" line="359" />
        <source>Thermal printer (ESC/POS) of this register…</source>
        <translation>Thermal printer (ESC/POS) of this register…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317" />
        <source>Synchronization…</source>
        <translation>Synchronization…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318" />
        <source>Backups…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319" />
        <source>Join a chain…</source>
        <translation>Join a chain…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>Maghreb ERP — branch</source>
        <translation>Maghreb ERP — branch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>Branch %1 · register %2 · %3</source>
        <translation>Branch %1 · register %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222" />
        <source>Branch %1 · %2</source>
        <translation>Branch %1 · %2</translation>
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
        <translation>This PC is not a till: no register to set a printer for.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343" />
        <location filename="../../ui/main_window.py" line="368" />
        <source>Receipts of %1 print on %2.</source>
        <translation>Receipts of %1 print on %2.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360" />
        <source>IP address (port 9100) or device (/dev/usb/lp0, /dev/ttyS0, COM1)</source>
        <translation>IP address (port 9100) or device (/dev/usb/lp0, /dev/ttyS0, COM1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412" />
        <source>%1 change(s) refused by the server: see Synchronization.</source>
        <translation>%1 change(s) refused by the server: see Synchronization.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440" />
        <source>This shop runs alone, with no server</source>
        <translation>This shop runs alone, with no server</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453" />
        <source>%1 · %2 change(s) waiting · last sync: %3</source>
        <translation>%1 · %2 change(s) waiting · last sync: %3</translation>
    </message>
</context>
<context>
    <name>MyPayslipsView</name>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="99" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="99" />
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="99" />
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="99" />
        <source>Net to pay</source>
        <translation>Net to pay</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="102" />
        <source>My payslips</source>
        <translation>My payslips</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="103" />
        <source>Open the payslip (PDF)</source>
        <translation>Open the payslip (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="104" />
        <source>Show my payslips</source>
        <translation>Show my payslips</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="136" />
        <source>Your payslips are kept on the company's server: show them with your password.</source>
        <translation>Your payslips are kept on the company's server: show them with your password.</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="156" />
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="178" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="181" />
        <source>Your payslips are on the company's server: this PC needs the network to show them. Try again once it is back.</source>
        <translation>Your payslips are on the company's server: this PC needs the network to show them. Try again once it is back.</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="196" />
        <source>(corrective)</source>
        <translation>(corrective)</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="209" />
        <source>No payslip: your account is not an employee's, or none was paid yet.</source>
        <translation>No payslip: your account is not an employee's, or none was paid yet.</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="140" />
        <source>New quote</source>
        <translation>New quote</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="141" />
        <source>New sales order</source>
        <translation>New sales order</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="142" />
        <source>New invoice of services</source>
        <translation>New invoice of services</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="145" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="146" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="147" />
        <source>SKU or barcode, 12*code for 12</source>
        <translation>SKU or barcode, 12*code for 12</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="148" />
        <source>Service, price excl. tax, VAT %</source>
        <translation>Service, price excl. tax, VAT %</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="149" />
        <source>Description of the service</source>
        <translation>Description of the service</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="150" />
        <source>Price (empty: the catalog's)</source>
        <translation>Price (empty: the catalog's)</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="151" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="152" />
        <source>Add service</source>
        <translation>Add service</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="153" />
        <source>Remove the line</source>
        <translation>Remove the line</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="156" />
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="157" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="158" />
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="159" />
        <source>Discount (% or amount)</source>
        <translation>Discount (% or amount)</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../ui/numeric_keypad.py" line="62" />
        <source>Enter: add the article typed</source>
        <translation>Enter: add the article typed</translation>
    </message>
    <message>
        <location filename="../../ui/numeric_keypad.py" line="63" />
        <source>Clear what is typed</source>
        <translation>Clear what is typed</translation>
    </message>
    <message>
        <location filename="../../ui/numeric_keypad.py" line="64" />
        <source>Erase the last character</source>
        <translation>Erase the last character</translation>
    </message>
    <message>
        <location filename="../../ui/numeric_keypad.py" line="65" />
        <source>Quantity: 3 × then the article</source>
        <translation>Quantity: 3 × then the article</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="92" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="93" />
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="94" />
        <source>For branch</source>
        <translation>For branch</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="95" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="96" />
        <source>Expected on</source>
        <translation>Expected on</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="97" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="102" />
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="103" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="104" />
        <source>partially received</source>
        <translation>partially received</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="105" />
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="106" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="107" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="111" />
        <source>Orders from the reorder suggestions</source>
        <translation>Orders from the reorder suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="112" />
        <source>Send the order</source>
        <translation>Send the order</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="113" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="114" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="115" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/purchasing/orders_tab.py" line="177" />
        <source>%n draft order(s) made; check them, then send.</source>
        <translation>
            <numerusform>%n draft order made; check it, then send it.</numerusform>
            <numerusform>%n draft orders made; check them, then send them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="193" />
        <source>%1 sent.</source>
        <translation>%1 sent.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="202" />
        <source>Manager approval</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="203" />
        <source>%1 is above the amount a manager must approve.</source>
        <translation>%1 is above the amount a manager must approve.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="205" />
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="226" />
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="240" />
        <source>Save the order as PDF</source>
        <translation>Save the order as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="252" />
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>PasswordAgainDialog</name>
    <message>
        <location filename="../../ui/password_again_dialog.py" line="41" />
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location filename="../../ui/password_again_dialog.py" line="44" />
        <source>Your payslips are kept on the company's server. Type the password of %1 again to read them here.</source>
        <translation>Your payslips are kept on the company's server. Type the password of %1 again to read them here.</translation>
    </message>
</context>
<context>
    <name>PayablesTab</name>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="92" />
        <location filename="../../ui/purchasing/payables_tab.py" line="117" />
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="93" />
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="94" />
        <source>1-30 days</source>
        <translation>1-30 days</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="95" />
        <source>31-60 days</source>
        <translation>31-60 days</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="96" />
        <source>61-90 days</source>
        <translation>61-90 days</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="97" />
        <source>Over 90 days</source>
        <translation>Over 90 days</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="98" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="99" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="100" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="101" />
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="102" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="107" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="108" />
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="109" />
        <source>Traite (bill of exchange)</source>
        <translation>Traite (bill of exchange)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="110" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="118" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="119" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="120" />
        <source>Cheque or traite number</source>
        <translation>Cheque or traite number</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="121" />
        <source>Traite due on</source>
        <translation>Traite due on</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="131" />
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="191" />
        <source>The amount is not a number.</source>
        <translation>The amount is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="207" />
        <source>%1 paid: %2.</source>
        <translation>%1 paid: %2.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/payment_dialog.py" line="134" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="136" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="137" />
        <source>Cash received</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="138" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="139" />
        <source>Card terminal reference</source>
        <translation>Card terminal reference</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="140" />
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="141" />
        <source>Cheque number</source>
        <translation>Cheque number</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="142" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="143" />
        <source>Transfer reference</source>
        <translation>Transfer reference</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="144" />
        <source>Stamp duty</source>
        <translation>Stamp duty</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="145" />
        <source>Cash rounding</source>
        <translation>Cash rounding</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="146" />
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="147" />
        <source>Change due</source>
        <translation>Change due</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="150" />
        <source>Store credit (%1 available)</source>
        <translation>Store credit (%1 available)</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="154" />
        <source>On account</source>
        <translation>On account</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="156" />
        <source>Loyalty points (%1 held)</source>
        <translation>Loyalty points (%1 held)</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="159" />
        <source>Worth</source>
        <translation>Worth</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="162" />
        <source>Cash in %1 (rate %2)</source>
        <translation>Cash in %1 (rate %2)</translation>
    </message>
</context>
<context>
    <name>PaymentEntryDialog</name>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="125" />
        <source>Receive a payment</source>
        <translation>Receive a payment</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="127" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="128" />
        <source>Means of payment</source>
        <translation>Means of payment</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="129" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="130" />
        <source>Reference (terminal, transfer)</source>
        <translation>Reference (terminal, transfer)</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="131" />
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="132" />
        <source>Cheque or traite number</source>
        <translation>Cheque or traite number</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="133" />
        <location filename="../../ui/payment_entry_dialog.py" line="151" />
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="137" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="138" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="139" />
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="140" />
        <source>Traite</source>
        <translation>Traite</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="141" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="151" />
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="151" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="151" />
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="153" />
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="154" />
        <source>Record the payment</source>
        <translation>Record the payment</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="155" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="272" />
        <source>Left on the account: %1</source>
        <translation>Left on the account: %1</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="280" />
        <source>Choose the customer and type the amount.</source>
        <translation>Choose the customer and type the amount.</translation>
    </message>
</context>
<context>
    <name>PayrollAdjustmentsDialog</name>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="57" />
        <source>Advances and hours</source>
        <translation>Advances and hours</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="65" />
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="66" />
        <source>Advance</source>
        <translation>Advance</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="67" />
        <source>Hours off</source>
        <translation>Hours off</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="68" />
        <source>Overtime hours</source>
        <translation>Overtime hours</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="69" />
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="70" />
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="130" />
        <source>Row %1: not a number.</source>
        <translation>Row %1: not a number.</translation>
    </message>
</context>
<context>
    <name>PayrollView</name>
    <message>
        <location filename="../../ui/payroll_view.py" line="166" />
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="167" />
        <location filename="../../ui/payroll_view.py" line="187" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="168" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="169" />
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="170" />
        <location filename="../../ui/payroll_view.py" line="177" />
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="171" />
        <location filename="../../ui/payroll_view.py" line="180" />
        <source>Net to pay</source>
        <translation>Net to pay</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="176" />
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="178" />
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="179" />
        <source>Income tax</source>
        <translation>Income tax</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="184" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="184" />
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="184" />
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="184" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="188" />
        <source>Prepare the run</source>
        <translation>Prepare the run</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="189" />
        <source>Prepare a corrective run</source>
        <translation>Prepare a corrective run</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="190" />
        <source>Post the run</source>
        <translation>Post the run</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="191" />
        <source>Advances and hours…</source>
        <translation>Advances and hours…</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="192" />
        <source>Print the payslip…</source>
        <translation>Print the payslip…</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="193" />
        <source>Transfer order (CSV)…</source>
        <translation>Transfer order (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="194" />
        <source>Declaration (CSV)…</source>
        <translation>Declaration (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="206" />
        <source>Corrective</source>
        <translation>Corrective</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="206" />
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="264" />
        <location filename="../../ui/payroll_view.py" line="428" />
        <source>Run %1 (%2)</source>
        <translation>Run %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="285" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="406" />
        <source>Nobody can be paid yet:</source>
        <translation>Nobody can be paid yet:</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="410" />
        <source>Prepared, not posted: review the payslips, then post.</source>
        <translation>Prepared, not posted: review the payslips, then post.</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="430" />
        <source>Run %1 posted.</source>
        <translation>Run %1 posted.</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="439" />
        <source>Save the payslip</source>
        <translation>Save the payslip</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="459" />
        <source>Save the transfer order</source>
        <translation>Save the transfer order</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="477" />
        <location filename="../../ui/payroll_view.py" line="515" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="480" />
        <source>Not in the file: %1</source>
        <translation>Not in the file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="485" />
        <source>Overpaid, to take back: %1</source>
        <translation>Overpaid, to take back: %1</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="498" />
        <source>Save the declaration</source>
        <translation>Save the declaration</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="67" />
        <source>The first users</source>
        <translation>The first users</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="70" />
        <source>The owner may do everything: the catalog and prices, the users, the books and the closing of months. Cashiers log in with their PIN.</source>
        <translation>The owner may do everything: the catalog and prices, the users, the books and the closing of months. Cashiers log in with their PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="75" />
        <location filename="../../ui/shop_setup/people_page.py" line="97" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="76" />
        <location filename="../../ui/shop_setup/people_page.py" line="97" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="77" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="78" />
        <source>PIN (4 to 8 digits, optional)</source>
        <translation>PIN (4 to 8 digits, optional)</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="79" />
        <location filename="../../ui/shop_setup/people_page.py" line="97" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="84" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="85" />
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="86" />
        <source>Shop manager</source>
        <translation>Shop manager</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="87" />
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="88" />
        <source>Accountant</source>
        <translation>Accountant</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="97" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="99" />
        <source>Add this user</source>
        <translation>Add this user</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="100" />
        <source>Remove the selected user</source>
        <translation>Remove the selected user</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <location filename="../../ui/pipeline_view.py" line="94" />
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="95" />
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="96" />
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="97" />
        <source>Negotiation</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="98" />
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="99" />
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="105" />
        <source>Due today: next activities and follow-ups</source>
        <translation>Due today: next activities and follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="134" />
        <source>%1 expected, %2 weighted</source>
        <translation>%1 expected, %2 weighted</translation>
    </message>
</context>
<context>
    <name>PosView</name>
    <message>
        <location filename="../../ui/pos_view.py" line="212" />
        <source>Scan or type a barcode (3* for three)</source>
        <translation>Scan or type a barcode (3* for three)</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="215" />
        <source>F2 Pay · F3 Find · F5 Line discount · F6 Ticket discount · F7 Hold · F8 Recall · F10 Return · F11 X report · F12 Reprint · F4 Open session · F9 Close session · Ctrl+K Customer · 4* Enter Quantity · Ctrl+P Price · Del Remove line · Ctrl+Del Cancel ticket</source>
        <translation>F2 Pay · F3 Find · F5 Line discount · F6 Ticket discount · F7 Hold · F8 Recall · F10 Return · F11 X report · F12 Reprint · F4 Open session · F9 Close session · Ctrl+K Customer · 4* Enter Quantity · Ctrl+P Price · Del Remove line · Ctrl+Del Cancel ticket</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="221" />
        <source>Ctrl+D Customer display · Ctrl+Shift+D its language</source>
        <translation>Ctrl+D Customer display · Ctrl+Shift+D its language</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="223" />
        <source>Ctrl+I A4 invoice</source>
        <translation>Ctrl+I A4 invoice</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="226" />
        <source>No cash session is open on this register: press F4 to open one.</source>
        <translation>No cash session is open on this register: press F4 to open one.</translation>
    </message>
    <message>
        <location filename="../../ui/till_ticket.py" line="82" />
        <source>Discounts: %1</source>
        <translation>Discounts: %1</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="108" />
        <source>Change the price</source>
        <translation>Change the price</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="109" />
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="138" />
        <source>Cancel the ticket</source>
        <translation>Cancel the ticket</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="139" />
        <source>Remove every line of this ticket?</source>
        <translation>Remove every line of this ticket?</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="146" />
        <source>Ticket cancelled.</source>
        <translation>Ticket cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="158" />
        <source>Discount (%)</source>
        <translation>Discount (%)</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="168" />
        <source>Line discount</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="177" />
        <source>Ticket discount</source>
        <translation>Ticket discount</translation>
    </message>
    <message>
        <location filename="../../ui/till_customer.py" line="65" />
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/till_customer.py" line="68" />
        <source>store credit %1</source>
        <translation>store credit %1</translation>
    </message>
    <message>
        <location filename="../../ui/till_customer.py" line="72" />
        <source>on account</source>
        <translation>on account</translation>
    </message>
    <message>
        <location filename="../../ui/till_customer.py" line="74" />
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <location filename="../../ui/till_held.py" line="31" />
        <source>Hold the ticket</source>
        <translation>Hold the ticket</translation>
    </message>
    <message>
        <location filename="../../ui/till_held.py" line="32" />
        <source>Name or note</source>
        <translation>Name or note</translation>
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
        <translation>Ticket held: %1</translation>
    </message>
    <message>
        <location filename="../../ui/till_held.py" line="61" />
        <source>No ticket is on hold.</source>
        <translation>No ticket is on hold.</translation>
    </message>
    <message>
        <location filename="../../ui/till_held.py" line="66" />
        <source>Recall a ticket</source>
        <translation>Recall a ticket</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="128" />
        <source>Manager approval</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="129" />
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="141" />
        <source>%1 may not change prices.</source>
        <translation>%1 may not change prices.</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="143" />
        <source>%1 may not approve discounts.</source>
        <translation>%1 may not approve discounts.</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="180" />
        <source>Change due: %1</source>
        <translation>Change due: %1</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="183" />
        <source>Sale %1 done. Change due: %2</source>
        <translation>Sale %1 done. Change due: %2</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="189" />
        <source>%1 left on account.</source>
        <translation>%1 left on account.</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="195" />
        <source>Over the credit limit: %1 owed of %2.</source>
        <translation>Over the credit limit: %1 owed of %2.</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="200" />
        <source>%1 points used.</source>
        <translation>%1 points used.</translation>
    </message>
    <message>
        <location filename="../../ui/till_printing.py" line="41" />
        <source>The receipt printer did not answer (%1); the receipt is saved as %2.</source>
        <translation>The receipt printer did not answer (%1); the receipt is saved as %2.</translation>
    </message>
    <message>
        <location filename="../../ui/till_printing.py" line="65" />
        <source>X report printed.</source>
        <translation>X report printed.</translation>
    </message>
    <message>
        <location filename="../../ui/till_printing.py" line="89" />
        <source>Duplicate of %1.</source>
        <translation>Duplicate of %1.</translation>
    </message>
    <message>
        <location filename="../../ui/till_returns.py" line="48" />
        <source>Credit note %1: %2 refunded.</source>
        <translation>Credit note %1: %2 refunded.</translation>
    </message>
    <message>
        <location filename="../../ui/till_returns.py" line="54" />
        <source>%1 back on account.</source>
        <translation>%1 back on account.</translation>
    </message>
    <message>
        <location filename="../../ui/till_returns.py" line="55" />
        <source>%1 given back in points.</source>
        <translation>%1 given back in points.</translation>
    </message>
    <message>
        <location filename="../../ui/till_session.py" line="35" />
        <source>Open the cash session</source>
        <translation>Open the cash session</translation>
    </message>
    <message>
        <location filename="../../ui/till_session.py" line="36" />
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <location filename="../../ui/till_session.py" line="50" />
        <source>Cash session open.</source>
        <translation>Cash session open.</translation>
    </message>
    <message>
        <location filename="../../ui/till_session.py" line="79" />
        <source>Session closed, Z report %1. Difference: %2</source>
        <translation>Session closed, Z report %1. Difference: %2</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="186" />
        <source>Customer display: %1</source>
        <translation>Customer display: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_invoice_dialog.py" line="61" />
        <source>Invoice of ticket %1 saved as %2.</source>
        <translation>Invoice of ticket %1 saved as %2.</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_invoice_dialog.py" line="85" />
        <source>The A4 printer did not answer (%1); the invoice is saved as %2.</source>
        <translation>The A4 printer did not answer (%1); the invoice is saved as %2.</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="120" />
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="120" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="122" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="123" />
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="124" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="125" />
        <source>Barcode to add</source>
        <translation>Barcode to add</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="126" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="127" />
        <source>Price (%1)</source>
        <translation>Price (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="128" />
        <source>Tax class</source>
        <translation>Tax class</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="129" />
        <source>Price mode</source>
        <translation>Price mode</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="130" />
        <source>Reorder point</source>
        <translation>Reorder point</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="131" />
        <source>Category (till's grid)</source>
        <translation>Category (till's grid)</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="132" />
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="137" />
        <source>Tax included</source>
        <translation>Tax included</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="137" />
        <source>Tax excluded</source>
        <translation>Tax excluded</translation>
    </message>
</context>
<context>
    <name>ProductGrid</name>
    <message>
        <location filename="../../ui/product_grid.py" line="160" />
        <source>Favourites</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <location filename="../../ui/product_grid.py" line="208" />
        <source>No favourite yet: tap ☆ with a line selected to star its article.</source>
        <translation>No favourite yet: tap ☆ with a line selected to star its article.</translation>
    </message>
    <message>
        <location filename="../../ui/product_grid.py" line="210" />
        <source>No article in this category.</source>
        <translation>No article in this category.</translation>
    </message>
</context>
<context>
    <name>ProductSearchDialog</name>
    <message>
        <location filename="../../ui/product_search_dialog.py" line="48" />
        <source>Find an article</source>
        <translation>Find an article</translation>
    </message>
    <message>
        <location filename="../../ui/product_search_dialog.py" line="49" />
        <source>Name in French or Arabic, barcode or SKU</source>
        <translation>Name in French or Arabic, barcode or SKU</translation>
    </message>
    <message>
        <location filename="../../ui/product_search_dialog.py" line="114" />
        <source>available %1</source>
        <translation>available %1</translation>
    </message>
    <message>
        <location filename="../../ui/product_search_dialog.py" line="116" />
        <source>(%1 reserved)</source>
        <translation>(%1 reserved)</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="77" />
        <source>The products</source>
        <translation>The products</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="80" />
        <source>Import them from a CSV file or an Excel workbook (save the template, fill it in, import it), or type them in. Prices include VAT unless their price mode is tax_excluded; the tax class is one of the country's. You may also add products later.</source>
        <translation>Import them from a CSV file or an Excel workbook (save the template, fill it in, import it), or type them in. Prices include VAT unless their price mode is tax_excluded; the tax class is one of the country's. You may also add products later.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="86" />
        <source>Save the template…</source>
        <translation>Save the template…</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="87" />
        <source>Import a file…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="88" />
        <source>Add a line</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="91" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="92" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="93" />
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="94" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="95" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="96" />
        <source>Tax class</source>
        <translation>Tax class</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="97" />
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="98" />
        <source>Reorder point</source>
        <translation>Reorder point</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="99" />
        <source>Price mode</source>
        <translation>Price mode</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="100" />
        <source>Quantity on the shelf</source>
        <translation>Quantity on the shelf</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="101" />
        <source>Unit cost</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="113" />
        <source>Save the template</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="120" />
        <source>Import a file</source>
        <translation>Import a file</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="120" />
        <source>Products (*.csv *.xlsx)</source>
        <translation>Products (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="192" />
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>PurchaseReceiptPanel</name>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="101" />
        <source>Purchase order</source>
        <translation>Purchase order</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="102" />
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="103" />
        <source>Last delivery of the order</source>
        <translation>Last delivery of the order</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="104" />
        <source>Post the receipt</source>
        <translation>Post the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="106" />
        <location filename="../../ui/purchase_receipt_panel.py" line="141" />
        <source>No order (market purchase)</source>
        <translation>No order (market purchase)</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="109" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="110" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="111" />
        <source>Unit cost (excl. VAT)</source>
        <translation>Unit cost (excl. VAT)</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="112" />
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="178" />
        <source>not ordered</source>
        <translation>not ordered</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="198" />
        <source>Line %1: the quantity or the cost is not a number.</source>
        <translation>Line %1: the quantity or the cost is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="248" />
        <source>Substitute</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="249" />
        <source>%1 is not on the order. It replaces:</source>
        <translation>%1 is not on the order. It replaces:</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="259" />
        <source>Manager approval</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="260" />
        <source>Manager PIN to accept it</source>
        <translation>Manager PIN to accept it</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="278" />
        <source>%1 posted.</source>
        <translation>%1 posted.</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="281" />
        <source>more than ordered</source>
        <translation>more than ordered</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="282" />
        <source>short</source>
        <translation>short</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="283" />
        <source>substitute</source>
        <translation>substitute</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="286" />
        <source>%1: %2 received, %3 ordered (%4).</source>
        <translation>%1: %2 received, %3 ordered (%4).</translation>
    </message>
</context>
<context>
    <name>PurchasingView</name>
    <message>
        <location filename="../../ui/purchasing/purchasing_view.py" line="51" />
        <source>Suppliers</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/purchasing_view.py" line="52" />
        <source>Purchase orders</source>
        <translation>Purchase orders</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/purchasing_view.py" line="53" />
        <source>Supplier invoices</source>
        <translation>Supplier invoices</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/purchasing_view.py" line="54" />
        <source>Payables</source>
        <translation>Payables</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/purchasing_view.py" line="55" />
        <source>Supplier returns</source>
        <translation>Supplier returns</translation>
    </message>
</context>
<context>
    <name>QuantitiesDialog</name>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="385" />
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="385" />
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="385" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="387" />
        <source>The goods come back into stock</source>
        <translation>The goods come back into stock</translation>
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
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="147" />
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="148" />
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="149" />
        <source>1-30 days</source>
        <translation>1-30 days</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="150" />
        <source>31-60 days</source>
        <translation>31-60 days</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="151" />
        <source>61-90 days</source>
        <translation>61-90 days</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="152" />
        <source>Over 90 days</source>
        <translation>Over 90 days</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="153" />
        <source>Total owed</source>
        <translation>Total owed</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="159" />
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="160" />
        <location filename="../../ui/receivables_view.py" line="172" />
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="161" />
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="162" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="167" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="169" />
        <source>Means</source>
        <translation>Means</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="170" />
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="171" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="173" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="174" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="178" />
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="179" />
        <source>Receive a payment…</source>
        <translation>Receive a payment…</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="180" />
        <source>Statement…</source>
        <translation>Statement…</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="181" />
        <source>Apply the credit on account</source>
        <translation>Apply the credit on account</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="182" />
        <source>Reminder letter…</source>
        <translation>Reminder letter…</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="183" />
        <source>Aged receivables</source>
        <translation>Aged receivables</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="184" />
        <source>Overdue invoices</source>
        <translation>Overdue invoices</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="185" />
        <source>Cheques and traites</source>
        <translation>Cheques and traites</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="186" />
        <source>Deposited at the bank</source>
        <translation>Deposited at the bank</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="187" />
        <source>Cleared</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="188" />
        <source>Bounced</source>
        <translation>Bounced</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="200" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="201" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="202" />
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="203" />
        <source>Traite</source>
        <translation>Traite</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="204" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="208" />
        <source>In hand</source>
        <translation>In hand</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="208" />
        <source>At the bank</source>
        <translation>At the bank</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="250" />
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="306" />
        <location filename="../../ui/receivables_view.py" line="347" />
        <source>Choose a customer in the aged receivables first.</source>
        <translation>Choose a customer in the aged receivables first.</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="319" />
        <source>Choose an overdue invoice first.</source>
        <translation>Choose an overdue invoice first.</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="322" />
        <source>Save the reminder</source>
        <translation>Save the reminder</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="322" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="339" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="353" />
        <location filename="../../ui/receivables_view.py" line="368" />
        <source>Recorded: %1</source>
        <translation>Recorded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="361" />
        <source>Choose a cheque or a traite first.</source>
        <translation>Choose a cheque or a traite first.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports_view.py" line="143" />
        <location filename="../../ui/reports_view.py" line="149" />
        <location filename="../../ui/reports_view.py" line="153" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="143" />
        <location filename="../../ui/reports_view.py" line="153" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="143" />
        <location filename="../../ui/reports_view.py" line="150" />
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="143" />
        <location filename="../../ui/reports_view.py" line="151" />
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="145" />
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="145" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="145" />
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="145" />
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="148" />
        <source>Date and document</source>
        <translation>Date and document</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="153" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="157" />
        <source>Trial balance</source>
        <translation>Trial balance</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="158" />
        <source>Profit and loss</source>
        <translation>Profit and loss</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="159" />
        <source>Balance sheet</source>
        <translation>Balance sheet</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="160" />
        <source>VAT summary</source>
        <translation>VAT summary</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="161" />
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="165" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="166" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="167" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="168" />
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="171" />
        <source>Whole company (server)</source>
        <translation>Whole company (server)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="191" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="192" />
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="193" />
        <source>Expenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="194" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="195" />
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="196" />
        <source>Liabilities and equity</source>
        <translation>Liabilities and equity</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="197" />
        <source>VAT collected</source>
        <translation>VAT collected</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="198" />
        <source>VAT deductible</source>
        <translation>VAT deductible</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="199" />
        <source>VAT due</source>
        <translation>VAT due</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="200" />
        <source>Stamp duty collected</source>
        <translation>Stamp duty collected</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="201" />
        <source>Balanced</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="202" />
        <source>NOT BALANCED</source>
        <translation>NOT BALANCED</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="203" />
        <source>Result of the period</source>
        <translation>Result of the period</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="204" />
        <source>The latest %1 lines; choose a shorter period to see all.</source>
        <translation>The latest %1 lines; choose a shorter period to see all.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="221" />
        <source>Company books</source>
        <translation>Company books</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="222" />
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="237" />
        <source>This report is only kept at the branch.</source>
        <translation>This report is only kept at the branch.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="269" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="277" />
        <source>CSV, numbers with a dot (*.csv)</source>
        <translation>CSV, numbers with a dot (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="278" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="281" />
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
    <name>ReturnsTab</name>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="108" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="109" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="110" />
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="111" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="112" />
        <location filename="../../ui/purchasing/returns_tab.py" line="119" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="113" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="117" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="118" />
        <source>Return goods of receipt</source>
        <translation>Return goods of receipt</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="120" />
        <source>Damaged, past its date, not ordered…</source>
        <translation>Damaged, past its date, not ordered…</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="121" />
        <source>Send back to the supplier</source>
        <translation>Send back to the supplier</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="123" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="123" />
        <source>Left to return</source>
        <translation>Left to return</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="123" />
        <source>Quantity to return</source>
        <translation>Quantity to return</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="163" />
        <source>Return before invoice</source>
        <translation>Return before invoice</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="163" />
        <source>Debit note</source>
        <translation>Debit note</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="230" />
        <source>A quantity is not a number.</source>
        <translation>A quantity is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="235" />
        <source>Type the quantity to send back of a line.</source>
        <translation>Type the quantity to send back of a line.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="241" />
        <source>%1 made: %2 sent back to the supplier.</source>
        <translation>%1 made: %2 sent back to the supplier.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="258" />
        <source>Save the return as PDF</source>
        <translation>Save the return as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="270" />
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>ShopSetupWizard</name>
    <message>
        <location filename="../../ui/shop_setup/wizard.py" line="74" />
        <location filename="../../ui/shop_setup/wizard.py" line="79" />
        <source>Set up this shop</source>
        <translation>Set up this shop</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/wizard.py" line="138" />
        <source>Fix these before setting up the shop:</source>
        <translation>Fix these before setting up the shop:</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/wizard.py" line="142" />
        <source>Ready: %1 users, %2 products. Finish sets up the shop; then log in and sell.</source>
        <translation>Ready: %1 users, %2 products. Finish sets up the shop; then log in and sell.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/wizard.py" line="158" />
        <source>Setting up the shop…</source>
        <translation>Setting up the shop…</translation>
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
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="89" />
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="90" />
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="91" />
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="96" />
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="97" />
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="98" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="99" />
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="100" />
        <source>Bounced cheque or traite</source>
        <translation>Bounced cheque or traite</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="101" />
        <source>Ticket on account</source>
        <translation>Ticket on account</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="105" />
        <source>Statement of account</source>
        <translation>Statement of account</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="106" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="107" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="108" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="109" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="151" />
        <source>Brought forward</source>
        <translation>Brought forward</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="165" />
        <source>Balance due</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="170" />
        <source>Save the statement</source>
        <translation>Save the statement</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="170" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="179" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>StockDocumentsPanel</name>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="75" />
        <source>Stock documents</source>
        <translation>Stock documents</translation>
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
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="105" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="106" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="107" />
        <location filename="../../ui/stock_documents_panel.py" line="133" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="108" />
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="109" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="110" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="115" />
        <source>Sent here</source>
        <translation>Sent here</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="116" />
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="120" />
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="121" />
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="122" />
        <source>In transit</source>
        <translation>In transit</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="123" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="134" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="135" />
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <location filename="../../ui/stock_view.py" line="119" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="120" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="121" />
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="122" />
        <source>Reorder point</source>
        <translation>Reorder point</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="123" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="124" />
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="125" />
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="130" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="131" />
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="132" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="133" />
        <source>Unit cost</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="134" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="138" />
        <source>Search by name (French or Arabic), barcode or SKU</source>
        <translation>Search by name (French or Arabic), barcode or SKU</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="76" />
        <location filename="../../ui/stock_view.py" line="139" />
        <source>Latest movements of the selected product</source>
        <translation>Latest movements of the selected product</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="140" />
        <source>Shelf labels (Ctrl+E)</source>
        <translation>Shelf labels (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_view.py" line="155" />
        <source>%n product(s); highlighted: at or under the reorder point</source>
        <translation>
            <numerusform>%n product; highlighted: at or under the reorder point</numerusform>
            <numerusform>%n products; highlighted: at or under the reorder point</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_view.py" line="158" />
        <source>%n product(s) found</source>
        <translation>
            <numerusform>%n product found</numerusform>
            <numerusform>%n products found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="207" />
        <source>Select the products to label first.</source>
        <translation>Select the products to label first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_view.py" line="214" />
        <source>%n shelf label(s) saved as %1.</source>
        <translation>
            <numerusform>%n shelf label saved as %1.</numerusform>
            <numerusform>%n shelf labels saved as %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="256" />
        <source>No other branch has any.</source>
        <translation>No other branch has any.</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="259" />
        <source>Available elsewhere: %1</source>
        <translation>Available elsewhere: %1</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="142" />
        <location filename="../../ui/purchasing/suppliers_tab.py" line="166" />
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="143" />
        <location filename="../../ui/purchasing/suppliers_tab.py" line="167" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="144" />
        <location filename="../../ui/purchasing/suppliers_tab.py" line="168" />
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="145" />
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="146" />
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="152" />
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="154" />
        <source>%1 days end of month</source>
        <translation>%1 days end of month</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="155" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="160" />
        <source>Code or name (French or Arabic)</source>
        <translation>Code or name (French or Arabic)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="169" />
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="170" />
        <source>Legal identifiers (nif=…, rc=…)</source>
        <translation>Legal identifiers (nif=…, rc=…)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="171" />
        <source>Bank account (RIB, RIP or IBAN)</source>
        <translation>Bank account (RIB, RIP or IBAN)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="178" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="179" />
        <source>Supplier's reference</source>
        <translation>Supplier's reference</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="180" />
        <source>Last price (excl. VAT)</source>
        <translation>Last price (excl. VAT)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="181" />
        <source>Lead time (days)</source>
        <translation>Lead time (days)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="182" />
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="185" />
        <source>Add a product</source>
        <translation>Add a product</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="186" />
        <source>New supplier</source>
        <translation>New supplier</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="187" />
        <source>Save the supplier</source>
        <translation>Save the supplier</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="188" />
        <source>Suppliers are edited at head office; they come down here.</source>
        <translation>Suppliers are edited at head office; they come down here.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="326" />
        <source>%1 saved; it goes to every branch.</source>
        <translation>%1 saved; it goes to every branch.</translation>
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
    <name>TermsDialog</name>
    <message>
        <location filename="../../ui/employees_view.py" line="57" />
        <source>New terms from a date</source>
        <translation>New terms from a date</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="76" />
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="77" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="78" />
        <source>Monthly base salary</source>
        <translation>Monthly base salary</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="79" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>TicketInvoiceDialog</name>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="457" />
        <source>Invoice a till ticket</source>
        <translation>Invoice a till ticket</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="458" />
        <source>&amp;Ticket number</source>
        <translation>&amp;Ticket number</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="459" />
        <source>&amp;Customer</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_invoice_dialog.py" line="27" />
        <source>A4 invoice of a ticket</source>
        <translation>A4 invoice of a ticket</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_invoice_dialog.py" line="32" />
        <source>When the ticket has no customer attached</source>
        <translation>When the ticket has no customer attached</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_invoice_dialog.py" line="39" />
        <source>Ticket number</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_invoice_dialog.py" line="40" />
        <source>Customer's name</source>
        <translation>Customer's name</translation>
    </message>
</context>
<context>
    <name>TouchPanel</name>
    <message>
        <location filename="../../ui/touch_panel.py" line="87" />
        <source>Pay (F2)</source>
        <translation>Pay (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/touch_panel.py" line="88" />
        <source>Favourite</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <location filename="../../ui/touch_panel.py" line="89" />
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../ui/touch_panel.py" line="90" />
        <source>Cancel ticket</source>
        <translation>Cancel ticket</translation>
    </message>
    <message>
        <location filename="../../ui/touch_panel.py" line="153" />
        <source>%1 is a favourite.</source>
        <translation>%1 is a favourite.</translation>
    </message>
    <message>
        <location filename="../../ui/touch_panel.py" line="155" />
        <source>%1 is no longer a favourite.</source>
        <translation>%1 is no longer a favourite.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../ui/users_view.py" line="92" />
        <location filename="../../ui/users_view.py" line="110" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="93" />
        <location filename="../../ui/users_view.py" line="111" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="94" />
        <location filename="../../ui/users_view.py" line="114" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="95" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="96" />
        <location filename="../../ui/users_view.py" line="118" />
        <source>Works here</source>
        <translation>Works here</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="101" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="102" />
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="103" />
        <source>Shop manager</source>
        <translation>Shop manager</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="104" />
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="105" />
        <source>Accountant</source>
        <translation>Accountant</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="112" />
        <source>Password (empty: unchanged)</source>
        <translation>Password (empty: unchanged)</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="113" />
        <source>PIN (empty: unchanged)</source>
        <translation>PIN (empty: unchanged)</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="119" />
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="120" />
        <source>Save the user</source>
        <translation>Save the user</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="122" />
        <source>This site's users are made on the company's server; they come down here.</source>
        <translation>This site's users are made on the company's server; they come down here.</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="150" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="150" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="205" />
        <source>The user is saved.</source>
        <translation>The user is saved.</translation>
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
        <location filename="../../ui/vocabulary.py" line="41" />
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
        <location filename="../../ui/vocabulary.py" line="38" />
        <source>Transfer out</source>
        <translation>Transfer out</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="25" />
        <location filename="../../ui/vocabulary.py" line="39" />
        <source>Transfer in</source>
        <translation>Transfer in</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="26" />
        <location filename="../../ui/vocabulary.py" line="42" />
        <source>Opening stock</source>
        <translation>Opening stock</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="27" />
        <source>Returned to supplier</source>
        <translation>Returned to supplier</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="35" />
        <source>Sales ticket</source>
        <translation>Sales ticket</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="36" />
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="37" />
        <source>Goods receipt</source>
        <translation>Goods receipt</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="40" />
        <source>Stock count</source>
        <translation>Stock count</translation>
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
        <translation>box</translation>
    </message>
</context>
<context>
    <name>WarehouseView</name>
    <message>
        <location filename="../../ui/warehouse_view.py" line="311" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="312" />
        <location filename="../../ui/warehouse_view.py" line="335" />
        <location filename="../../ui/warehouse_view.py" line="345" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="313" />
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="314" />
        <source>Reorder point</source>
        <translation>Reorder point</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="315" />
        <source>Suggested order</source>
        <translation>Suggested order</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="320" />
        <source>Goods receipt</source>
        <translation>Goods receipt</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="321" />
        <source>Transfer out</source>
        <translation>Transfer out</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="257" />
        <location filename="../../ui/warehouse_view.py" line="322" />
        <source>Arriving transfers</source>
        <translation>Arriving transfers</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="323" />
        <source>Stock count</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="324" />
        <source>Reorder</source>
        <translation>Reorder</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="329" />
        <source>Scan or type a barcode or SKU (12* for twelve)</source>
        <translation>Scan or type a barcode or SKU (12* for twelve)</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="275" />
        <location filename="../../ui/warehouse_view.py" line="335" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="301" />
        <source>Reorder suggestions</source>
        <translation>Reorder suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="336" />
        <source>To branch</source>
        <translation>To branch</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="337" />
        <source>Send the transfer</source>
        <translation>Send the transfer</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="271" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="272" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="273" />
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="274" />
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="325" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="341" />
        <source>Receive the selected transfer</source>
        <translation>Receive the selected transfer</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="345" />
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="345" />
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="345" />
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="347" />
        <source>Review the variances</source>
        <translation>Review the variances</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="348" />
        <source>Post the count</source>
        <translation>Post the count</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="441" />
        <source>%1 posted.</source>
        <translation>%1 posted.</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="452" />
        <source>Line %1: the quantity is not a number.</source>
        <translation>Line %1: the quantity is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="492" />
        <source>More than on hand</source>
        <translation>More than on hand</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="493" />
        <source>Manager PIN to send it anyway</source>
        <translation>Manager PIN to send it anyway</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="518" />
        <source>%1 received as %2.</source>
        <translation>%1 received as %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/warehouse_view.py" line="523" />
        <source>%n line(s) differ from what was sent.</source>
        <translation>
            <numerusform>%n line differs from what was sent.</numerusform>
            <numerusform>%n lines differ from what was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/warehouse_view.py" line="552" />
        <source>%n line(s) with a variance; check them, then post.</source>
        <translation>
            <numerusform>%n line with a variance; check it, then post.</numerusform>
            <numerusform>%n lines with a variance; check them, then post.</numerusform>
        </translation>
    </message>
</context>
</TS>