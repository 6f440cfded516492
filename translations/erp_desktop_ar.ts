<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CartTableModel</name>
    <message>
        <location filename="../erp_desktop/ui/cart_model.py" line="66" />
        <source>Article</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/cart_model.py" line="67" />
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/cart_model.py" line="68" />
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/cart_model.py" line="69" />
        <source>Discount</source>
        <translation>التخفيض</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/cart_model.py" line="70" />
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
</context>
<context>
    <name>CashCountDialog</name>
    <message>
        <location filename="../erp_desktop/ui/cash_count_dialog.py" line="69" />
        <source>Close the cash session</source>
        <translation>إغلاق جلسة الصندوق</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/cash_count_dialog.py" line="70" />
        <source>Expected cash</source>
        <translation>النقد المتوقع</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/cash_count_dialog.py" line="71" />
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/cash_count_dialog.py" line="72" />
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../erp_desktop/ui/login_dialog.py" line="60" />
        <location filename="../erp_desktop/ui/login_dialog.py" line="66" />
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/login_dialog.py" line="61" />
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/login_dialog.py" line="62" />
        <location filename="../erp_desktop/ui/login_dialog.py" line="64" />
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/login_dialog.py" line="63" />
        <source>Cashier PIN</source>
        <translation>الرمز السري للصراف</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/login_dialog.py" line="65" />
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="115" />
        <source>Till</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="115" />
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="115" />
        <source>Books</source>
        <translation>المحاسبة</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="122" />
        <source>&amp;Session</source>
        <translation>&amp;الجلسة</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="123" />
        <source>Log out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="124" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="125" />
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="130" />
        <source>Maghreb ERP — branch</source>
        <translation>Maghreb ERP — الفرع</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="161" />
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="161" />
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="165" />
        <source>never</source>
        <translation>أبدا</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/main_window.py" line="168" />
        <source>%1 · %2 change(s) waiting · last sync: %3</source>
        <translation>%1 · %2 تغيير(ات) في الانتظار · آخر مزامنة: %3</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="99" />
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="101" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="102" />
        <source>Cash received</source>
        <translation>النقد المستلم</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="103" />
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="104" />
        <source>Card terminal reference</source>
        <translation>مرجع جهاز الدفع</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="105" />
        <source>Cheque</source>
        <translation>شيك</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="106" />
        <source>Cheque number</source>
        <translation>رقم الشيك</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="107" />
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="108" />
        <source>Transfer reference</source>
        <translation>مرجع التحويل</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="109" />
        <source>Stamp duty</source>
        <translation>حقوق الطابع</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="110" />
        <source>Cash rounding</source>
        <translation>تقريب النقد</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="111" />
        <source>To pay</source>
        <translation>المبلغ المستحق</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="112" />
        <source>Change due</source>
        <translation>الباقي</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/payment_dialog.py" line="116" />
        <source>Cash in %1 (rate %2)</source>
        <translation>نقدا بـ %1 (السعر %2)</translation>
    </message>
</context>
<context>
    <name>PosView</name>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="139" />
        <source>Scan or type a barcode (3* for three)</source>
        <translation>امسح أو اكتب الرمز الشريطي (3* لثلاث قطع)</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="142" />
        <source>F2 Pay · F3 Find · F5 Line discount · F6 Ticket discount · F7 Hold · F8 Recall · F10 Return · F4 Open session · F9 Close session · Del Remove line</source>
        <translation>F2 دفع · F3 بحث · F5 تخفيض السطر · F6 تخفيض الوصل · F7 تعليق · F8 استرجاع · F10 إرجاع · F4 فتح الجلسة · F9 إغلاق الجلسة · Del حذف السطر</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="200" />
        <source>Discounts: %1</source>
        <translation>التخفيضات: %1</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="239" />
        <source>Discount (%)</source>
        <translation>التخفيض (%)</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="247" />
        <source>Line discount</source>
        <translation>تخفيض على السطر</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="255" />
        <source>Ticket discount</source>
        <translation>تخفيض على الوصل</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="270" />
        <source>Hold the ticket</source>
        <translation>تعليق الوصل</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="270" />
        <source>Name or note</source>
        <translation>اسم أو ملاحظة</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="275" />
        <location filename="../erp_desktop/ui/pos_view.py" line="295" />
        <source>Ticket</source>
        <translation>وصل</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="279" />
        <source>Ticket held: %1</source>
        <translation>وصل معلق: %1</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="291" />
        <source>No ticket is on hold.</source>
        <translation>لا يوجد وصل معلق.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="295" />
        <source>Recall a ticket</source>
        <translation>استرجاع وصل</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="374" />
        <source>Manager approval</source>
        <translation>موافقة المسؤول</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="374" />
        <source>Manager PIN</source>
        <translation>الرمز السري للمسؤول</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="385" />
        <source>%1 may not approve discounts.</source>
        <translation>لا يحق لـ %1 الموافقة على التخفيضات.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="395" />
        <source>Sale %1 done. Change due: %2</source>
        <translation>تم البيع %1. الباقي: %2</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="421" />
        <source>Credit note %1: %2 refunded.</source>
        <translation>إشعار دائن %1: تم رد %2.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="431" />
        <source>Open the cash session</source>
        <translation>فتح جلسة الصندوق</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="431" />
        <source>Opening float</source>
        <translation>رصيد الافتتاح</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="440" />
        <source>Cash session open.</source>
        <translation>جلسة الصندوق مفتوحة.</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/pos_view.py" line="465" />
        <source>Session closed, Z report %1. Difference: %2</source>
        <translation>أغلقت الجلسة، تقرير Z رقم %1. الفرق: %2</translation>
    </message>
</context>
<context>
    <name>ProductSearchDialog</name>
    <message>
        <location filename="../erp_desktop/ui/product_search_dialog.py" line="44" />
        <source>Find an article</source>
        <translation>البحث عن منتج</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/product_search_dialog.py" line="45" />
        <source>Name in French or Arabic, barcode or SKU</source>
        <translation>الاسم بالفرنسية أو بالعربية، الرمز الشريطي أو المرجع</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="100" />
        <location filename="../erp_desktop/ui/reports_view.py" line="103" />
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="100" />
        <location filename="../erp_desktop/ui/reports_view.py" line="103" />
        <source>Name</source>
        <translation>البيان</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="100" />
        <source>Debit</source>
        <translation>مدين</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="100" />
        <source>Credit</source>
        <translation>دائن</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="102" />
        <source>Rate</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="102" />
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="102" />
        <source>Base</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="102" />
        <source>VAT</source>
        <translation>الرسم على القيمة المضافة</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="103" />
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="107" />
        <source>Trial balance</source>
        <translation>ميزان المراجعة</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="108" />
        <source>Profit and loss</source>
        <translation>حساب النتائج</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="109" />
        <source>Balance sheet</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="110" />
        <source>VAT summary</source>
        <translation>ملخص الرسم على القيمة المضافة</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="114" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="115" />
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="116" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="117" />
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="137" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="138" />
        <source>Income</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="139" />
        <source>Expenses</source>
        <translation>الأعباء</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="140" />
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="141" />
        <source>Assets</source>
        <translation>الأصول</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="142" />
        <source>Liabilities and equity</source>
        <translation>الخصوم والأموال الخاصة</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="143" />
        <source>VAT collected</source>
        <translation>الرسم المحصل</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="144" />
        <source>VAT deductible</source>
        <translation>الرسم القابل للخصم</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="145" />
        <source>VAT due</source>
        <translation>الرسم المستحق</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="146" />
        <source>Stamp duty collected</source>
        <translation>حقوق الطابع المحصلة</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="147" />
        <source>Balanced</source>
        <translation>متوازن</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="148" />
        <source>NOT BALANCED</source>
        <translation>غير متوازن</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="149" />
        <source>Result of the period</source>
        <translation>نتيجة الفترة</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/reports_view.py" line="165" />
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="76" />
        <source>Return against a receipt</source>
        <translation>إرجاع مقابل وصل</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="77" />
        <source>Scan the receipt's code or type its number</source>
        <translation>امسح رمز الوصل أو اكتب رقمه</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="78" />
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="80" />
        <source>Article</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="80" />
        <source>Sold</source>
        <translation>المباع</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="80" />
        <source>Already returned</source>
        <translation>المرتجع سابقا</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="80" />
        <source>Return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="83" />
        <source>Original tender</source>
        <translation>وسيلة الدفع الأصلية</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="83" />
        <source>Store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="83" />
        <source>Cash</source>
        <translation>نقدا</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/return_dialog.py" line="86" />
        <source>Refund by</source>
        <translation>الاسترداد عبر</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="89" />
        <source>SKU</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="90" />
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="91" />
        <source>In stock</source>
        <translation>في المخزون</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="92" />
        <source>Reorder point</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="93" />
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="98" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="99" />
        <source>Movement</source>
        <translation>الحركة</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="100" />
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="101" />
        <source>Unit cost</source>
        <translation>التكلفة الوحدوية</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="102" />
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="106" />
        <source>Search by name (French or Arabic), barcode or SKU</source>
        <translation>البحث بالاسم (بالفرنسية أو بالعربية)، الرمز الشريطي أو المرجع</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="107" />
        <source>Latest movements of the selected product</source>
        <translation>آخر حركات المنتج المختار</translation>
    </message>
    <message numerus="yes">
        <location filename="../erp_desktop/ui/stock_view.py" line="121" />
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
        <location filename="../erp_desktop/ui/stock_view.py" line="124" />
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
        <location filename="../erp_desktop/ui/stock_view.py" line="192" />
        <source>Receipt</source>
        <translation>استلام</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="193" />
        <source>Sale</source>
        <translation>بيع</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="194" />
        <source>Return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="195" />
        <source>Adjustment</source>
        <translation>تسوية</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="196" />
        <source>Count variance</source>
        <translation>فرق الجرد</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="197" />
        <source>Transfer out</source>
        <translation>تحويل صادر</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="198" />
        <source>Transfer in</source>
        <translation>تحويل وارد</translation>
    </message>
    <message>
        <location filename="../erp_desktop/ui/stock_view.py" line="199" />
        <source>Opening stock</source>
        <translation>المخزون الافتتاحي</translation>
    </message>
</context>
</TS>