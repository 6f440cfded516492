<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CartTableModel</name>
    <message>
        <location filename="../../ui/cart_model.py" line="92" />
        <source>Article</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="93" />
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="94" />
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="95" />
        <source>Discount</source>
        <translation>التخفيض</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="96" />
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
</context>
<context>
    <name>CashCountDialog</name>
    <message>
        <location filename="../../ui/cash_count_dialog.py" line="69" />
        <source>Close the cash session</source>
        <translation>إغلاق جلسة الصندوق</translation>
    </message>
    <message>
        <location filename="../../ui/cash_count_dialog.py" line="70" />
        <source>Expected cash</source>
        <translation>النقد المتوقع</translation>
    </message>
    <message>
        <location filename="../../ui/cash_count_dialog.py" line="71" />
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <location filename="../../ui/cash_count_dialog.py" line="72" />
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <location filename="../../ui/catalog_view.py" line="80" />
        <source>SKU</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="81" />
        <source>Name</source>
        <translation>البيان</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="82" />
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="83" />
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="84" />
        <source>Tax class</source>
        <translation>فئة الرسم</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="85" />
        <source>Price mode</source>
        <translation>طريقة السعر</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="89" />
        <source>Name (French or Arabic), SKU or barcode</source>
        <translation>الاسم (بالفرنسية أو العربية) أو المرجع أو الرمز الشريطي</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="90" />
        <source>New product</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="91" />
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="119" />
        <source>The catalog and its prices are edited at head office; they come down here.</source>
        <translation>يعدل الكتالوج وأسعاره في المقر؛ ثم تصل إلى هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="138" />
        <source>Tax included</source>
        <translation>شامل الرسم</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="138" />
        <source>Tax excluded</source>
        <translation>دون الرسم</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/customer_dialog.py" line="66" />
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="67" />
        <source>Name (French or Arabic) or phone</source>
        <translation>الاسم (بالفرنسية أو بالعربية) أو الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="68" />
        <source>Customer name</source>
        <translation>اسم الزبون</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="69" />
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="70" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="71" />
        <source>Create and attach</source>
        <translation>إنشاء وربط</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="94" />
        <source>credit %1</source>
        <translation>رصيد %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/dashboard_view.py" line="110" />
        <location filename="../../ui/dashboard_view.py" line="159" />
        <source>Cashier</source>
        <translation>الصراف</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="110" />
        <location filename="../../ui/dashboard_view.py" line="172" />
        <source>Sales today</source>
        <translation>مبيعات اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="113" />
        <source>Payment method</source>
        <translation>وسيلة الدفع</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="113" />
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="158" />
        <source>Register</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="160" />
        <source>Opened</source>
        <translation>فتحت</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="161" />
        <source>Closed</source>
        <translation>أغلقت</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="162" />
        <source>Expected cash</source>
        <translation>النقد المتوقع</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="163" />
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="164" />
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="168" />
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="168" />
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="168" />
        <source>Reorder point</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="168" />
        <source>Fell low</source>
        <translation>نزل تحت الحد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="173" />
        <source>Tickets</source>
        <translation>الوصولات</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="174" />
        <source>Average ticket</source>
        <translation>متوسط الوصل</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="175" />
        <source>Sales this week</source>
        <translation>مبيعات الأسبوع</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="188" />
        <source>Cash sessions</source>
        <translation>جلسات الصندوق</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="189" />
        <source>Low stock this week</source>
        <translation>مخزون منخفض هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="243" />
        <source>Low stock: %1 has %2 left (reorder point %3).</source>
        <translation>مخزون منخفض: بقي %2 من %1 (حد إعادة الطلب %3).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="267" />
        <source>Sales by hour</source>
        <translation>المبيعات حسب الساعة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="275" />
        <source>Last seven days</source>
        <translation>الأيام السبعة الأخيرة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="283" />
        <source>Cash</source>
        <translation>نقدا</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="284" />
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="285" />
        <source>Cheque</source>
        <translation>شيك</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="286" />
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="287" />
        <source>Store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="313" />
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="72" />
        <source>Welcome</source>
        <translation>مرحبا</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="75" />
        <source>This PC has no branch data yet. Try the demo branch, or join your company's server with the address and the one-time token head office gave you.</source>
        <translation>لا توجد بعد بيانات فرع على هذا الجهاز. جرب الفرع التجريبي، أو انضم إلى خادم شركتك بالعنوان ورمز الاستعمال الواحد الذي سلمه لك المقر.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="79" />
        <source>Try the demo branch</source>
        <translation>تجربة الفرع التجريبي</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="80" />
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81" />
        <source>One-time token</source>
        <translation>رمز الاستعمال الواحد</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="82" />
        <source>Join the company</source>
        <translation>الانضمام إلى الشركة</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="103" />
        <source>Building the demo branch (a minute)…</source>
        <translation>إنشاء الفرع التجريبي (دقيقة)…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="110" />
        <source>Joining the company and receiving its data…</source>
        <translation>الانضمام إلى الشركة واستلام بياناتها…</translation>
    </message>
</context>
<context>
    <name>GlobalInvoiceAction</name>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="48" />
        <source>Issue today's global invoice</source>
        <translation>إصدار الفاتورة الإجمالية لليوم</translation>
    </message>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="49" />
        <source>One invoice for today's till tickets, with its stamp duty</source>
        <translation>فاتورة واحدة لتذاكر الصندوق لهذا اليوم، بمعلوم الطابع</translation>
    </message>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="66" />
        <source>Global invoice</source>
        <translation>الفاتورة الإجمالية</translation>
    </message>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="67" />
        <source>Global invoice %1 issued.</source>
        <translation>صدرت الفاتورة الإجمالية %1.</translation>
    </message>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="68" />
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="97" />
        <source>Save the global invoice</source>
        <translation>حفظ الفاتورة الإجمالية</translation>
    </message>
    <message>
        <location filename="../../ui/global_invoice_action.py" line="99" />
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="89" />
        <location filename="../../ui/login_dialog.py" line="96" />
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="90" />
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="91" />
        <location filename="../../ui/login_dialog.py" line="94" />
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="92" />
        <source>Cashier PIN</source>
        <translation>الرمز السري للصراف</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="93" />
        <source>User (optional)</source>
        <translation>المستخدم (اختياري)</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="95" />
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="225" />
        <source>Dashboard</source>
        <translation>لوحة القيادة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>Till</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227" />
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <source>Warehouse</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229" />
        <source>Books</source>
        <translation>المحاسبة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <source>Catalog</source>
        <translation>الكتالوج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238" />
        <source>&amp;Session</source>
        <translation>&amp;الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239" />
        <source>Log out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240" />
        <source>Receipt printer of this register…</source>
        <translation>طابعة وصولات هذا الصندوق…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <location filename="../../ui/main_window.py" line="282" />
        <source>Thermal printer (ESC/POS) of this register…</source>
        <translation>الطابعة الحرارية (ESC/POS) لهذا الصندوق…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>Synchronization…</source>
        <translation>المزامنة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>Maghreb ERP — branch</source>
        <translation>Maghreb ERP — الفرع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>Branch %1 · register %2 · %3</source>
        <translation>الفرع %1 · الصندوق %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>Branch %1 · %2</source>
        <translation>الفرع %1 · %2</translation>
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
        <translation>هذا الجهاز ليس صندوقا: لا توجد طابعة وصولات لاختيارها.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <location filename="../../ui/main_window.py" line="291" />
        <source>Receipts of %1 print on %2.</source>
        <translation>وصولات %1 تطبع على %2.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283" />
        <source>IP address (port 9100) or device (/dev/usb/lp0, /dev/ttyS0, COM1)</source>
        <translation>عنوان IP (المنفذ 9100) أو الجهاز (/dev/usb/lp0، /dev/ttyS0، COM1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319" />
        <source>%1 change(s) refused by the server: see Synchronization.</source>
        <translation>%1 تغيير(ات) رفضها الخادم: انظر المزامنة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349" />
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351" />
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356" />
        <source>never</source>
        <translation>أبدا</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359" />
        <source>%1 · %2 change(s) waiting · last sync: %3</source>
        <translation>%1 · %2 تغيير(ات) في الانتظار · آخر مزامنة: %3</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/payment_dialog.py" line="116" />
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="118" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="119" />
        <source>Cash received</source>
        <translation>النقد المستلم</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="120" />
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="121" />
        <source>Card terminal reference</source>
        <translation>مرجع جهاز الدفع</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="122" />
        <source>Cheque</source>
        <translation>شيك</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="123" />
        <source>Cheque number</source>
        <translation>رقم الشيك</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="124" />
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="125" />
        <source>Transfer reference</source>
        <translation>مرجع التحويل</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="126" />
        <source>Stamp duty</source>
        <translation>حقوق الطابع</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="127" />
        <source>Cash rounding</source>
        <translation>تقريب النقد</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="128" />
        <source>To pay</source>
        <translation>المبلغ المستحق</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="129" />
        <source>Change due</source>
        <translation>الباقي</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="132" />
        <source>Store credit (%1 available)</source>
        <translation>رصيد المتجر (%1 متاح)</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="137" />
        <source>Cash in %1 (rate %2)</source>
        <translation>نقدا بـ %1 (السعر %2)</translation>
    </message>
</context>
<context>
    <name>PosView</name>
    <message>
        <location filename="../../ui/pos_view.py" line="192" />
        <source>Scan or type a barcode (3* for three)</source>
        <translation>امسح أو اكتب الرمز الشريطي (3* لثلاث قطع)</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="195" />
        <source>F2 Pay · F3 Find · F5 Line discount · F6 Ticket discount · F7 Hold · F8 Recall · F10 Return · F11 X report · F12 Reprint · F4 Open session · F9 Close session · Ctrl+K Customer · 4* Enter Quantity · Ctrl+P Price · Del Remove line · Ctrl+Del Cancel ticket</source>
        <translation>F2 دفع · F3 بحث · F5 تخفيض السطر · F6 تخفيض الوصل · F7 تعليق · F8 استرجاع · F10 إرجاع · F11 تقرير X · F12 إعادة الطباعة · F4 فتح الجلسة · F9 إغلاق الجلسة · Ctrl+K الزبون · 4* Entrée الكمية · Ctrl+P السعر · Del حذف السطر · Ctrl+Del إلغاء الوصل</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="202" />
        <source>No cash session is open on this register: press F4 to open one.</source>
        <translation>لا توجد جلسة صندوق مفتوحة في هذا الصندوق: اضغط F4 لفتح جلسة.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="298" />
        <source>Discounts: %1</source>
        <translation>التخفيضات: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="357" />
        <source>Change the price</source>
        <translation>تغيير السعر</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="358" />
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="386" />
        <source>Cancel the ticket</source>
        <translation>إلغاء الوصل</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="387" />
        <source>Remove every line of this ticket?</source>
        <translation>حذف كل أسطر هذا الوصل؟</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="394" />
        <source>Ticket cancelled.</source>
        <translation>أُلغي الوصل.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="403" />
        <source>Discount (%)</source>
        <translation>التخفيض (%)</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="411" />
        <source>Line discount</source>
        <translation>تخفيض على السطر</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="419" />
        <source>Ticket discount</source>
        <translation>تخفيض على الوصل</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="446" />
        <source>Customer: %1</source>
        <translation>الزبون: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="449" />
        <source>store credit %1</source>
        <translation>رصيد %1</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="458" />
        <source>Hold the ticket</source>
        <translation>تعليق الوصل</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="458" />
        <source>Name or note</source>
        <translation>اسم أو ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="464" />
        <location filename="../../ui/pos_view.py" line="486" />
        <source>Ticket</source>
        <translation>وصل</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="468" />
        <source>Ticket held: %1</source>
        <translation>وصل معلق: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="482" />
        <source>No ticket is on hold.</source>
        <translation>لا يوجد وصل معلق.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="486" />
        <source>Recall a ticket</source>
        <translation>استرجاع وصل</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="580" />
        <source>Manager approval</source>
        <translation>موافقة المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="580" />
        <source>Manager PIN</source>
        <translation>الرمز السري للمسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="591" />
        <source>%1 may not change prices.</source>
        <translation>لا يحق لـ %1 تغيير الأسعار.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="593" />
        <source>%1 may not approve discounts.</source>
        <translation>لا يحق لـ %1 الموافقة على التخفيضات.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="607" />
        <source>Change due: %1</source>
        <translation>الباقي للزبون: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="609" />
        <source>Sale %1 done. Change due: %2</source>
        <translation>تم البيع %1. الباقي: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="638" />
        <source>The receipt printer did not answer (%1); the receipt is saved as %2.</source>
        <translation>طابعة الوصولات لا تستجيب (%1)؛ حفظ الوصل في %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="659" />
        <source>X report printed.</source>
        <translation>طبع تقرير X.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="682" />
        <source>Duplicate of %1.</source>
        <translation>نسخة من %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="715" />
        <source>Credit note %1: %2 refunded.</source>
        <translation>إشعار دائن %1: تم رد %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="725" />
        <source>Open the cash session</source>
        <translation>فتح جلسة الصندوق</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="725" />
        <source>Opening float</source>
        <translation>رصيد الافتتاح</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="735" />
        <source>Cash session open.</source>
        <translation>جلسة الصندوق مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="764" />
        <source>Session closed, Z report %1. Difference: %2</source>
        <translation>أغلقت الجلسة، تقرير Z رقم %1. الفرق: %2</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="115" />
        <source>New product</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="115" />
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="117" />
        <source>Name</source>
        <translation>البيان</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="118" />
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="119" />
        <source>SKU</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="120" />
        <source>Barcode to add</source>
        <translation>رمز شريطي يضاف</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="121" />
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="122" />
        <source>Price (%1)</source>
        <translation>السعر (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="123" />
        <source>Tax class</source>
        <translation>فئة الرسم</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="124" />
        <source>Price mode</source>
        <translation>طريقة السعر</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="125" />
        <source>Reorder point</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="129" />
        <source>Tax included</source>
        <translation>شامل الرسم</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="129" />
        <source>Tax excluded</source>
        <translation>دون الرسم</translation>
    </message>
</context>
<context>
    <name>ProductSearchDialog</name>
    <message>
        <location filename="../../ui/product_search_dialog.py" line="44" />
        <source>Find an article</source>
        <translation>البحث عن منتج</translation>
    </message>
    <message>
        <location filename="../../ui/product_search_dialog.py" line="45" />
        <source>Name in French or Arabic, barcode or SKU</source>
        <translation>الاسم بالفرنسية أو بالعربية، الرمز الشريطي أو المرجع</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports_view.py" line="123" />
        <location filename="../../ui/reports_view.py" line="129" />
        <location filename="../../ui/reports_view.py" line="133" />
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="123" />
        <location filename="../../ui/reports_view.py" line="133" />
        <source>Name</source>
        <translation>البيان</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="123" />
        <location filename="../../ui/reports_view.py" line="130" />
        <source>Debit</source>
        <translation>مدين</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="123" />
        <location filename="../../ui/reports_view.py" line="131" />
        <source>Credit</source>
        <translation>دائن</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="125" />
        <source>Rate</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="125" />
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="125" />
        <source>Base</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="125" />
        <source>VAT</source>
        <translation>الرسم على القيمة المضافة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="128" />
        <source>Date and document</source>
        <translation>التاريخ والوثيقة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="133" />
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="137" />
        <source>Trial balance</source>
        <translation>ميزان المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="138" />
        <source>Profit and loss</source>
        <translation>حساب النتائج</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="139" />
        <source>Balance sheet</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="140" />
        <source>VAT summary</source>
        <translation>ملخص الرسم على القيمة المضافة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="141" />
        <source>Journal</source>
        <translation>اليومية</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="145" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="146" />
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="147" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="148" />
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="150" />
        <source>Whole company (server)</source>
        <translation>الشركة كلها (الخادم)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="170" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="171" />
        <source>Income</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="172" />
        <source>Expenses</source>
        <translation>الأعباء</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="173" />
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="174" />
        <source>Assets</source>
        <translation>الأصول</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="175" />
        <source>Liabilities and equity</source>
        <translation>الخصوم والأموال الخاصة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="176" />
        <source>VAT collected</source>
        <translation>الرسم المحصل</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="177" />
        <source>VAT deductible</source>
        <translation>الرسم القابل للخصم</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="178" />
        <source>VAT due</source>
        <translation>الرسم المستحق</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="179" />
        <source>Stamp duty collected</source>
        <translation>حقوق الطابع المحصلة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="180" />
        <source>Balanced</source>
        <translation>متوازن</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="181" />
        <source>NOT BALANCED</source>
        <translation>غير متوازن</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="182" />
        <source>Result of the period</source>
        <translation>نتيجة الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="183" />
        <source>The latest %1 lines; choose a shorter period to see all.</source>
        <translation>آخر %1 سطر؛ اختر فترة أقصر لرؤية الكل.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="200" />
        <source>Company books</source>
        <translation>محاسبة الشركة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="201" />
        <source>Your password</source>
        <translation>كلمة المرور الخاصة بك</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="216" />
        <source>This report is only kept at the branch.</source>
        <translation>هذا التقرير متوفر في الفرع فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="248" />
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="256" />
        <source>CSV, numbers with a dot (*.csv)</source>
        <translation>CSV، أرقام بنقطة عشرية (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="257" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="260" />
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/return_dialog.py" line="78" />
        <source>Return against a receipt</source>
        <translation>إرجاع مقابل وصل</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="79" />
        <source>Scan the receipt's code or type its number</source>
        <translation>امسح رمز الوصل أو اكتب رقمه</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="80" />
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="82" />
        <source>Article</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="82" />
        <source>Sold</source>
        <translation>المباع</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="82" />
        <source>Already returned</source>
        <translation>المرتجع سابقا</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="82" />
        <source>Return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="85" />
        <source>Original tender</source>
        <translation>وسيلة الدفع الأصلية</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="85" />
        <source>Store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="85" />
        <source>Cash</source>
        <translation>نقدا</translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="88" />
        <source>Refund by</source>
        <translation>الاسترداد عبر</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <location filename="../../ui/stock_view.py" line="96" />
        <source>SKU</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="97" />
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="98" />
        <source>In stock</source>
        <translation>في المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="99" />
        <source>Reorder point</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="100" />
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="105" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="106" />
        <source>Movement</source>
        <translation>الحركة</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="107" />
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="108" />
        <source>Unit cost</source>
        <translation>التكلفة الوحدوية</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="109" />
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="113" />
        <source>Search by name (French or Arabic), barcode or SKU</source>
        <translation>البحث بالاسم (بالفرنسية أو بالعربية)، الرمز الشريطي أو المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="114" />
        <source>Latest movements of the selected product</source>
        <translation>آخر حركات المنتج المختار</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_view.py" line="128" />
        <source>%n product(s); highlighted: at or under the reorder point</source>
        <translation>
            <numerusform>لا منتجات</numerusform>
            <numerusform>منتج واحد</numerusform>
            <numerusform>منتجان</numerusform>
            <numerusform>%n منتجات</numerusform>
            <numerusform>%n منتجا</numerusform>
            <numerusform>%n منتج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_view.py" line="131" />
        <source>%n product(s) found</source>
        <translation>
            <numerusform>لم يعثر على أي منتج</numerusform>
            <numerusform>عثر على منتج واحد</numerusform>
            <numerusform>عثر على منتجين</numerusform>
            <numerusform>عثر على %n منتجات</numerusform>
            <numerusform>عثر على %n منتجا</numerusform>
            <numerusform>عثر على %n منتج</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="204" />
        <source>No other branch has any.</source>
        <translation>لا يتوفر في أي فرع آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="207" />
        <source>Available elsewhere: %1</source>
        <translation>متوفر في فروع أخرى: %1</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../ui/sync_panel.py" line="70" />
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="70" />
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="70" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="102" />
        <source>Synchronization</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="103" />
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="104" />
        <source>One-time token</source>
        <translation>رمز الاستعمال الواحد</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="105" />
        <source>Enroll this PC</source>
        <translation>تسجيل هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="106" />
        <source>Synchronize now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="107" />
        <source>Send the refused changes again</source>
        <translation>إعادة إرسال التغييرات المرفوضة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="108" />
        <source>Changes the server refused</source>
        <translation>التغييرات التي رفضها الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="143" />
        <source>Server: %1 · %2 change(s) waiting</source>
        <translation>الخادم: %1 · %2 تغيير(ات) في الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="152" />
        <source>Sending: %1 of %2</source>
        <translation>الإرسال: %1 من %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="152" />
        <source>Receiving: %1 of %2</source>
        <translation>الاستلام: %1 من %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="174" />
        <source>This PC is enrolled.</source>
        <translation>هذا الجهاز مسجل.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="196" />
        <source>Done: %1 sent, %2 refused, %3 received.</source>
        <translation>تم: أرسل %1، رفض %2، استلم %3.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../ui/vocabulary.py" line="19" />
        <source>Receipt</source>
        <translation>استلام</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="20" />
        <source>Sale</source>
        <translation>بيع</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="21" />
        <source>Return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="22" />
        <location filename="../../ui/vocabulary.py" line="40" />
        <source>Adjustment</source>
        <translation>تسوية</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="23" />
        <source>Count variance</source>
        <translation>فرق الجرد</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="24" />
        <location filename="../../ui/vocabulary.py" line="37" />
        <source>Transfer out</source>
        <translation>تحويل صادر</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="25" />
        <location filename="../../ui/vocabulary.py" line="38" />
        <source>Transfer in</source>
        <translation>تحويل وارد</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="26" />
        <location filename="../../ui/vocabulary.py" line="41" />
        <source>Opening stock</source>
        <translation>المخزون الافتتاحي</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="34" />
        <source>Sales ticket</source>
        <translation>تذكرة بيع</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="35" />
        <source>Credit note</source>
        <translation>إشعار دائن</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="36" />
        <source>Goods receipt</source>
        <translation>استلام البضائع</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="39" />
        <source>Stock count</source>
        <translation>الجرد</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="49" />
        <location filename="../../ui/vocabulary.py" line="50" />
        <source>pce</source>
        <translation>قطعة</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="51" />
        <source>kg</source>
        <translation>كغ</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="52" />
        <source>g</source>
        <translation>غ</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="53" />
        <source>l</source>
        <translation>ل</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="54" />
        <source>m</source>
        <translation>م</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="55" />
        <source>box</source>
        <translation>علبة</translation>
    </message>
</context>
<context>
    <name>WarehouseView</name>
    <message>
        <location filename="../../ui/warehouse_view.py" line="242" />
        <source>SKU</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="243" />
        <location filename="../../ui/warehouse_view.py" line="264" />
        <location filename="../../ui/warehouse_view.py" line="273" />
        <location filename="../../ui/warehouse_view.py" line="284" />
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="244" />
        <source>In stock</source>
        <translation>في المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="245" />
        <source>Reorder point</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="246" />
        <source>Suggested order</source>
        <translation>الطلب المقترح</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="251" />
        <source>Goods receipt</source>
        <translation>استلام البضائع</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="252" />
        <source>Transfer out</source>
        <translation>تحويل صادر</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="253" />
        <source>Arriving transfers</source>
        <translation>التحويلات الواردة</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="254" />
        <source>Stock count</source>
        <translation>الجرد</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="255" />
        <source>Reorder</source>
        <translation>إعادة التموين</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="259" />
        <source>Scan or type a barcode or SKU (12* for twelve)</source>
        <translation>امسح أو اكتب الرمز الشريطي أو المرجع (12* لاثنتي عشرة قطعة)</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="265" />
        <location filename="../../ui/warehouse_view.py" line="273" />
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="266" />
        <source>Unit cost (excl. VAT)</source>
        <translation>التكلفة الوحدوية دون رسم</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="267" />
        <source>VAT %</source>
        <translation>الرسم %</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="270" />
        <source>Post the receipt</source>
        <translation>تسجيل الاستلام</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="274" />
        <source>To branch</source>
        <translation>إلى الفرع</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="275" />
        <source>Send the transfer</source>
        <translation>إرسال التحويل</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="278" />
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="278" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="278" />
        <source>Lines</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="280" />
        <source>Receive the selected transfer</source>
        <translation>استلام التحويل المختار</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="284" />
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="284" />
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="284" />
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="286" />
        <source>Review the variances</source>
        <translation>مراجعة الفروق</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="287" />
        <source>Post the count</source>
        <translation>تسجيل الجرد</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="369" />
        <source>%1 posted.</source>
        <translation>تم تسجيل %1.</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="380" />
        <source>Line %1: the quantity is not a number.</source>
        <translation>السطر %1: الكمية ليست عددا.</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="397" />
        <source>Every line needs its unit cost.</source>
        <translation>كل سطر يحتاج إلى تكلفته الوحدوية.</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="438" />
        <source>More than on hand</source>
        <translation>أكثر من المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="439" />
        <source>Manager PIN to send it anyway</source>
        <translation>الرمز السري للمسؤول لإرساله رغم ذلك</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="463" />
        <source>%1 received as %2.</source>
        <translation>استلم %1 برقم %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/warehouse_view.py" line="468" />
        <source>%n line(s) differ from what was sent.</source>
        <translation>
            <numerusform>لا فرق مع المرسل</numerusform>
            <numerusform>سطر واحد يختلف عن المرسل</numerusform>
            <numerusform>سطران يختلفان عن المرسل</numerusform>
            <numerusform>%n أسطر تختلف عن المرسل</numerusform>
            <numerusform>%n سطرا يختلف عن المرسل</numerusform>
            <numerusform>%n سطر يختلف عن المرسل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/warehouse_view.py" line="497" />
        <source>%n line(s) with a variance; check them, then post.</source>
        <translation>
            <numerusform>لا يوجد فرق؛ يمكنك التسجيل.</numerusform>
            <numerusform>سطر واحد به فرق؛ راجعه ثم سجل.</numerusform>
            <numerusform>سطران بهما فرق؛ راجعهما ثم سجل.</numerusform>
            <numerusform>%n أسطر بها فروق؛ راجعها ثم سجل.</numerusform>
            <numerusform>%n سطرا بها فروق؛ راجعها ثم سجل.</numerusform>
            <numerusform>%n سطر بها فروق؛ راجعها ثم سجل.</numerusform>
        </translation>
    </message>
</context>
</TS>