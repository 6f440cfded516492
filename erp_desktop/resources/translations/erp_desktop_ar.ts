<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AttendanceView</name>
    <message>
        <location filename="../../ui/attendance_view.py" line="152" />
        <location filename="../../ui/attendance_view.py" line="162" />
        <source>Employee</source>
        <translation>العامل</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="153" />
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="154" />
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="155" />
        <source>Planned (h)</source>
        <translation>المقرر (سا)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="156" />
        <source>Worked (h)</source>
        <translation>المنجز (سا)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="157" />
        <source>Late (min)</source>
        <translation>التأخر (د)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="158" />
        <source>Overtime (h)</source>
        <translation>إضافية (سا)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="162" />
        <source>Clocked in</source>
        <translation>سجل الدخول</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="165" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="166" />
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="167" />
        <source>Days without a clock-out</source>
        <translation>أيام بلا تسجيل خروج</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="168" />
        <source>Correct the clock-out…</source>
        <translation>تصحيح الخروج…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="86" />
        <source>Backups of this PC</source>
        <translation>النسخ الاحتياطية لهذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="87" />
        <location filename="../../ui/backup_dialog.py" line="101" />
        <source>Folder or USB key</source>
        <translation>مجلد أو مفتاح USB</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="88" />
        <source>Every (hours)</source>
        <translation>كل (ساعات)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="89" />
        <source>Backups kept</source>
        <translation>النسخ المحتفظ بها</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="90" />
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="91" />
        <source>Save the schedule</source>
        <translation>حفظ الجدول</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="92" />
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="116" />
        <source>No backup yet on this replica.</source>
        <translation>لا توجد نسخة احتياطية لهذه النسخة المحلية بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="119" />
        <source>Last backup: %1</source>
        <translation>آخر نسخة احتياطية: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="142" />
        <source>The schedule is saved.</source>
        <translation>تم حفظ الجدول.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="156" />
        <source>Backing up…</source>
        <translation>جار النسخ الاحتياطي…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="162" />
        <source>Backed up: %1</source>
        <translation>تم النسخ: %1</translation>
    </message>
</context>
<context>
    <name>BusinessCustomerDialog</name>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="49" />
        <source>None agreed (the law's default)</source>
        <translation>لا شروط متفق عليها (الأجل القانوني)</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="50" />
        <source>Cash</source>
        <translation>نقدا</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="51" />
        <source>30 days net</source>
        <translation>30 يوما صافية</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="52" />
        <source>45 days net</source>
        <translation>45 يوما صافية</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="53" />
        <source>60 days net</source>
        <translation>60 يوما صافية</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="54" />
        <source>End of month + 15 days</source>
        <translation>نهاية الشهر + 15 يوما</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="55" />
        <source>End of month + 30 days</source>
        <translation>نهاية الشهر + 30 يوما</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="56" />
        <source>Half at 30 days, half at 60</source>
        <translation>النصف بعد 30 يوما والنصف بعد 60</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="164" />
        <source>New business customer</source>
        <translation>عميل مهني جديد</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="166" />
        <source>Business customer</source>
        <translation>عميل مهني</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="169" />
        <source>&amp;Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="170" />
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="171" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="172" />
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="173" />
        <source>Billing address</source>
        <translation>عنوان الفوترة</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="174" />
        <source>Delivery address</source>
        <translation>عنوان التسليم</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="175" />
        <source>Payment &amp;terms</source>
        <translation>شروط الدفع</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="176" />
        <source>Credit limit</source>
        <translation>سقف الائتمان</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="177" />
        <source>Passing the limit blocks (else it warns)</source>
        <translation>تجاوز السقف يمنع البيع (وإلا ينبه فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="178" />
        <source>Discount (%)</source>
        <translation>التخفيض (%)</translation>
    </message>
    <message>
        <location filename="../../ui/business_customer_dialog.py" line="179" />
        <source>Account currency (empty: the company's)</source>
        <translation>عملة الحساب (فارغ: عملة الشركة)</translation>
    </message>
</context>
<context>
    <name>BusinessCustomersView</name>
    <message>
        <location filename="../../ui/business_customers_view.py" line="84" />
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="85" />
        <source>Legal identifiers</source>
        <translation>المعرفات القانونية</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="86" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="87" />
        <source>Terms</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="88" />
        <source>Credit limit</source>
        <translation>سقف الائتمان</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="89" />
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="93" />
        <source>Name (French or Arabic) or phone</source>
        <translation>الاسم (بالفرنسية أو بالعربية) أو الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="94" />
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <location filename="../../ui/business_customers_view.py" line="95" />
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
</context>
<context>
    <name>BusinessDocumentsView</name>
    <message>
        <location filename="../../ui/business_documents_view.py" line="185" />
        <source>All documents</source>
        <translation>كل الوثائق</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="186" />
        <source>Quote</source>
        <translation>عرض أسعار</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="187" />
        <source>Sales order</source>
        <translation>طلبية عميل</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="188" />
        <source>Delivery note</source>
        <translation>سند تسليم</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="189" />
        <source>Invoice</source>
        <translation>فاتورة</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="190" />
        <source>Credit note</source>
        <translation>إشعار دائن</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="195" />
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="196" />
        <source>Issued</source>
        <translation>صادرة</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="197" />
        <source>Ordered</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="198" />
        <source>To deliver</source>
        <translation>للتسليم</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="199" />
        <source>Partly delivered</source>
        <translation>مسلمة جزئيا</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="200" />
        <source>Delivered</source>
        <translation>مسلمة</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="201" />
        <source>Invoiced</source>
        <translation>مفوترة</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="202" />
        <source>Partly credited</source>
        <translation>إشعار دائن جزئي</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="203" />
        <source>Credited</source>
        <translation>إشعار دائن كلي</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="204" />
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="209" />
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="210" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="211" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="212" />
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="213" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="214" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="219" />
        <source>Designation</source>
        <translation>التعيين</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="220" />
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="221" />
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="222" />
        <source>Discount</source>
        <translation>التخفيض</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="223" />
        <source>Amount excl. tax</source>
        <translation>المبلغ دون رسم</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="224" />
        <source>Left</source>
        <translation>الباقي</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="229" />
        <source>New quote</source>
        <translation>عرض أسعار جديد</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="230" />
        <source>New order</source>
        <translation>طلبية جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="231" />
        <source>Invoice services</source>
        <translation>فوترة خدمات</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="232" />
        <source>Invoice a ticket…</source>
        <translation>فوترة تذكرة…</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="233" />
        <source>Order it</source>
        <translation>تحويل إلى طلبية</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="234" />
        <source>Deliver…</source>
        <translation>تسليم…</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="235" />
        <source>Invoice…</source>
        <translation>فوترة…</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="236" />
        <source>Credit note…</source>
        <translation>إشعار دائن…</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="237" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="238" />
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="242" />
        <source>&amp;Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="243" />
        <source>&amp;Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="343" />
        <source>follows %1</source>
        <translation>تابعة لـ %1</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="346" />
        <source>followed by %1</source>
        <translation>تليها %1</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="354" />
        <source>due %1</source>
        <translation>الاستحقاق %1</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="388" />
        <source>%1 issued</source>
        <translation>صدرت %1</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="433" />
        <source>Deliver the order</source>
        <translation>تسليم الطلبية</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="436" />
        <source>Invoice what was delivered</source>
        <translation>فوترة ما تم تسليمه</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="439" />
        <source>Credit note against the invoice</source>
        <translation>إشعار دائن على الفاتورة</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="448" />
        <source>Cancel the document</source>
        <translation>إلغاء الوثيقة</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="450" />
        <source>Cancel %1? An invoice is reversed in the books; nothing is deleted.</source>
        <translation>إلغاء %1؟ تعكس الفاتورة في الحسابات؛ لا يحذف شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="458" />
        <source>%1 cancelled</source>
        <translation>أُلغيت %1</translation>
    </message>
    <message>
        <location filename="../../ui/business_documents_view.py" line="470" />
        <source>Printed to %1</source>
        <translation>طبعت في %1</translation>
    </message>
</context>
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
        <location filename="../../ui/catalog_view.py" line="97" />
        <source>SKU</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="98" />
        <source>Name</source>
        <translation>البيان</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="99" />
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="100" />
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="101" />
        <source>Tax class</source>
        <translation>فئة الرسم</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="102" />
        <source>Price mode</source>
        <translation>طريقة السعر</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="106" />
        <source>Name (French or Arabic), SKU or barcode</source>
        <translation>الاسم (بالفرنسية أو العربية) أو المرجع أو الرمز الشريطي</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="107" />
        <source>New product</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="108" />
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="109" />
        <source>Import a file…</source>
        <translation>استيراد ملف…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="138" />
        <source>The catalog and its prices are edited at head office; they come down here.</source>
        <translation>يعدل الكتالوج وأسعاره في المقر؛ ثم تصل إلى هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="157" />
        <source>Tax included</source>
        <translation>شامل الرسم</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="157" />
        <source>Tax excluded</source>
        <translation>دون الرسم</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="193" />
        <source>Import products</source>
        <translation>استيراد المنتجات</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="195" />
        <source>Products (*.csv *.xlsx)</source>
        <translation>المنتجات (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="221" />
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="227" />
        <source>Nothing was imported; correct the file:</source>
        <translation>لم يُستورد شيء؛ صحّح الملف:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog_view.py" line="232" />
        <source>Imported: %1 new product(s), %2 changed, %3 new categories, %4 pictures.</source>
        <translation>تم الاستيراد: %1 منتج جديد، %2 معدّل، %3 فئة جديدة، %4 صورة.</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../../ui/category_dialog.py" line="66" />
        <source>New category</source>
        <translation>فئة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/category_dialog.py" line="66" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/category_dialog.py" line="70" />
        <source>Name</source>
        <translation>البيان</translation>
    </message>
    <message>
        <location filename="../../ui/category_dialog.py" line="70" />
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../ui/category_dialog.py" line="70" />
        <source>Place on the till's grid</source>
        <translation>الترتيب في شبكة الصندوق</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/shop_setup/wizard.py" line="40" />
        <location filename="../../ui/shop_setup/wizard.py" line="44" />
        <source>Check and set up</source>
        <translation>التحقق والإعداد</translation>
    </message>
</context>
<context>
    <name>ClockLeaveDialog</name>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="39" />
        <source>Ask for leave</source>
        <translation>طلب عطلة</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="41" />
        <source>Annual leave</source>
        <translation>عطلة سنوية</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="42" />
        <source>Sick leave</source>
        <translation>عطلة مرضية</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="43" />
        <source>Maternity leave</source>
        <translation>عطلة الأمومة</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="44" />
        <source>Unpaid leave</source>
        <translation>عطلة بدون أجر</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="75" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="76" />
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="77" />
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="78" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="79" />
        <source>Number (faster)</source>
        <translation>رقم التسجيل (أسرع)</translation>
    </message>
    <message>
        <location filename="../../ui/clock_leave_dialog.py" line="80" />
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
</context>
<context>
    <name>ClockPinDialog</name>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="134" />
        <source>Clock PIN and shift</source>
        <translation>الرمز السري للتسجيل والدوام</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="138" />
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="140" />
        <source>No shift</source>
        <translation>بدون دوام</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="144" />
        <source>Clock PIN</source>
        <translation>الرمز السري للتسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="145" />
        <source>Shift</source>
        <translation>الدوام</translation>
    </message>
</context>
<context>
    <name>ClockView</name>
    <message>
        <location filename="../../ui/clock_view.py" line="105" />
        <source>Employee</source>
        <translation>العامل</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="105" />
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="105" />
        <source>In since</source>
        <translation>حاضر منذ</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="109" />
        <source>Your number (optional) and PIN, then Enter to clock in or F9 to clock out</source>
        <translation>رقم تسجيلك (اختياري) ورمزك السري، ثم Enter لتسجيل الدخول أو F9 لتسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="111" />
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="112" />
        <source>Number (faster)</source>
        <translation>رقم التسجيل (أسرع)</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="113" />
        <source>Clock in (Enter)</source>
        <translation>دخول (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="114" />
        <source>Clock out (F9)</source>
        <translation>خروج (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="115" />
        <source>Ask for leave…</source>
        <translation>طلب عطلة…</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="116" />
        <source>In now</source>
        <translation>الحاضرون الآن</translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="164" />
        <source>Good morning, %1: in at %2.</source>
        <translation>صباح الخير %1: دخول على %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clock_view.py" line="167" />
        <source>%n minute(s) late.</source>
        <translation>
            <numerusform>بلا تأخر.</numerusform>
            <numerusform>تأخر دقيقة واحدة.</numerusform>
            <numerusform>تأخر دقيقتين.</numerusform>
            <numerusform>تأخر %n دقائق.</numerusform>
            <numerusform>تأخر %n دقيقة.</numerusform>
            <numerusform>تأخر %n دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clock_view.py" line="170" />
        <source>Goodbye, %1: out at %2.</source>
        <translation>إلى اللقاء %1: خروج على %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clock_view.py" line="173" />
        <source>%n minute(s) of overtime.</source>
        <translation>
            <numerusform>بلا وقت إضافي.</numerusform>
            <numerusform>دقيقة إضافية واحدة.</numerusform>
            <numerusform>دقيقتان إضافيتان.</numerusform>
            <numerusform>%n دقائق إضافية.</numerusform>
            <numerusform>%n دقيقة إضافية.</numerusform>
            <numerusform>%n دقيقة إضافية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="60" />
        <source>The company and the shop</source>
        <translation>الشركة والمتجر</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="63" />
        <source>The legal identifiers are checked by the rules of the country; leave empty the ones you do not have yet.</source>
        <translation>تدقق المعرفات القانونية حسب قواعد البلد؛ اترك فارغا ما ليس لديك بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="68" />
        <source>Company name</source>
        <translation>اسم الشركة</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="69" />
        <source>Company name in Arabic</source>
        <translation>اسم الشركة بالعربية</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="70" />
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="71" />
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="72" />
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="73" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="74" />
        <source>Shop code</source>
        <translation>رمز المتجر</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="75" />
        <source>Shop name</source>
        <translation>اسم المتجر</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="76" />
        <source>Shop name in Arabic</source>
        <translation>اسم المتجر بالعربية</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/company_page.py" line="77" />
        <source>Register code</source>
        <translation>رمز الصندوق</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/attendance_view.py" line="51" />
        <source>Correct a clock-out</source>
        <translation>تصحيح تسجيل خروج</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="71" />
        <source>Employee</source>
        <translation>العامل</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="72" />
        <source>Clocked in</source>
        <translation>سجل الدخول</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="73" />
        <source>Clock-out day</source>
        <translation>يوم الخروج</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="74" />
        <source>Clock-out time</source>
        <translation>ساعة الخروج</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_view.py" line="75" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>CreditOverrideDialog</name>
    <message>
        <location filename="../../ui/credit_override.py" line="56" />
        <source>Credit limit</source>
        <translation>سقف الائتمان</translation>
    </message>
    <message>
        <location filename="../../ui/credit_override.py" line="57" />
        <source>A manager may allow it with their PIN:</source>
        <translation>يمكن للمسؤول السماح بذلك برمزه السري:</translation>
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
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../ui/customer_display.py" line="41" />
        <source>Welcome</source>
        <translation>مرحبا</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="42" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="43" />
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="44" />
        <source>Your change</source>
        <translation>الباقي لكم</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="45" />
        <source>Thank you, see you soon</source>
        <translation>شكرا، إلى اللقاء</translation>
    </message>
</context>
<context>
    <name>CustomerTabs</name>
    <message>
        <location filename="../../ui/customer_tabs.py" line="191" />
        <location filename="../../ui/customer_tabs.py" line="200" />
        <location filename="../../ui/customer_tabs.py" line="209" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="192" />
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="193" />
        <location filename="../../ui/customer_tabs.py" line="209" />
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="194" />
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="195" />
        <source>Amount or points</source>
        <translation>المبلغ أو النقاط</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="201" />
        <location filename="../../ui/customer_tabs.py" line="256" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="202" />
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="203" />
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="204" />
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="205" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="209" />
        <source>Movement</source>
        <translation>الحركة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="209" />
        <location filename="../../ui/customer_tabs.py" line="217" />
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="213" />
        <source>Purchase</source>
        <translation>شراء</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="214" />
        <source>Return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="215" />
        <source>Invoice</source>
        <translation>فاتورة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="216" />
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="218" />
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="219" />
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="220" />
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="221" />
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="222" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="223" />
        <source>Earned</source>
        <translation>المكتسب</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="224" />
        <source>Redeemed</source>
        <translation>مستعملة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="225" />
        <source>Expired</source>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="226" />
        <source>Adjusted</source>
        <translation>معدلة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="227" />
        <source>Merged in</source>
        <translation>واردة بالدمج</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="228" />
        <source>Merged out</source>
        <translation>منقولة بالدمج</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="229" />
        <source>Individual</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="230" />
        <source>Business</source>
        <translation>مؤسسة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="231" />
        <source>Open</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="232" />
        <source>In progress</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="233" />
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="234" />
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="235" />
        <source>Closed</source>
        <translation>أغلقت</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="240" />
        <source>SMS</source>
        <translation>رسائل قصيرة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="241" />
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="242" />
        <source>Phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="243" />
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="244" />
        <source>Post</source>
        <translation>البريد</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="249" />
        <source>Profile</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="249" />
        <source>Timeline</source>
        <translation>السجل الزمني</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="249" />
        <source>Interactions</source>
        <translation>التفاعلات</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="249" />
        <source>Loyalty</source>
        <translation>الولاء</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="255" />
        <source>Name</source>
        <translation>البيان</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="257" />
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="258" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="259" />
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="260" />
        <source>Consent to be contacted</source>
        <translation>الموافقة على الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="261" />
        <source>Custom fields</source>
        <translation>حقول مخصصة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="262" />
        <source>History</source>
        <translation>سجل المشتريات</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="274" />
        <source>What was said or done</source>
        <translation>ما قيل أو ما تم</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="275" />
        <source>Follow-up date (optional)</source>
        <translation>تاريخ المتابعة (اختياري)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="276" />
        <source>Log</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="277" />
        <source>Record consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="278" />
        <source>Agrees</source>
        <translation>يوافق</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="279" />
        <source>Withdraws</source>
        <translation>يسحب موافقته</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="280" />
        <source>Edit the tags</source>
        <translation>تعديل الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="281" />
        <source>Tags separated by commas, Enter to save</source>
        <translation>وسوم مفصولة بفواصل، Enter للحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="291" />
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="292" />
        <source>Complaint: next status</source>
        <translation>الشكوى: الحالة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="342" />
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="342" />
        <source>withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="344" />
        <source>never asked</source>
        <translation>لم يطلب أبدا</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="355" />
        <source>%1 purchases, lifetime value %2, open balance %3, last visit %4 at %5</source>
        <translation>%1 مشتريات، القيمة الإجمالية %2، الرصيد المستحق %3، آخر زيارة %4 في %5</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="394" />
        <source>Balance: %1 points, of which %2 may be spent today</source>
        <translation>الرصيد: %1 نقطة، منها %2 قابلة للاستعمال اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="400" />
        <source>Overdraft at %1 on %2: %3 points spent beyond the balance</source>
        <translation>تجاوز في %1 بتاريخ %2: استعملت %3 نقطة فوق الرصيد</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="444" />
        <source>Export the timeline</source>
        <translation>تصدير السجل الزمني</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="446" />
        <source>CSV, numbers with a dot (*.csv)</source>
        <translation>CSV، أرقام بنقطة عشرية (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_tabs.py" line="479" />
        <source>at the till, by %1</source>
        <translation>في الصندوق، بواسطة %1</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../ui/customers_view.py" line="85" />
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="86" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="87" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="88" />
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="89" />
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="93" />
        <source>Search by name (French or Arabic) or phone</source>
        <translation>البحث بالاسم (بالفرنسية أو العربية) أو الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="94" />
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="144" />
        <source>%1 customer(s)</source>
        <translation>%1 زبون</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="167" />
        <source>Export the customers</source>
        <translation>تصدير الزبائن</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="169" />
        <source>CSV, numbers with a dot (*.csv)</source>
        <translation>CSV، أرقام بنقطة عشرية (*.csv)</translation>
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
    <name>DeskTools</name>
    <message>
        <location filename="../../ui/desk_table.py" line="132" />
        <source>Filter (Ctrl+F)</source>
        <translation>تصفية (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_table.py" line="133" />
        <source>Export… (Ctrl+Shift+E)</source>
        <translation>تصدير… (Ctrl+Shift+E)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk_table.py" line="182" />
        <source>%n row(s)</source>
        <translation>
            <numerusform>لا أسطر</numerusform>
            <numerusform>سطر واحد</numerusform>
            <numerusform>سطران</numerusform>
            <numerusform>%n أسطر</numerusform>
            <numerusform>%n سطرا</numerusform>
            <numerusform>%n سطر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/desk_table.py" line="184" />
        <source>Totals: %1</source>
        <translation>المجاميع: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk_table.py" line="193" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_table.py" line="194" />
        <source>CSV, numbers with a dot (*.csv)</source>
        <translation>CSV، أرقام بنقطة عشرية (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_table.py" line="196" />
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
</context>
<context>
    <name>EmployeesView</name>
    <message>
        <location filename="../../ui/employees_view.py" line="167" />
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="168" />
        <source>Full name</source>
        <translation>الاسم واللقب</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="169" />
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="170" />
        <source>Job</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="171" />
        <location filename="../../ui/employees_view.py" line="177" />
        <source>Contract</source>
        <translation>العقد</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="172" />
        <source>Base salary today</source>
        <translation>الأجر الأساسي اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="178" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="179" />
        <source>Base salary</source>
        <translation>الأجر الأساسي</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="180" />
        <source>Hours a month</source>
        <translation>الساعات في الشهر</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="181" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="185" />
        <source>Hire…</source>
        <translation>توظيف…</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="186" />
        <source>New terms…</source>
        <translation>شروط جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="187" />
        <source>Family situation…</source>
        <translation>الحالة العائلية…</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="188" />
        <source>End the contract…</source>
        <translation>إنهاء العقد…</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="189" />
        <source>Clock PIN and shift…</source>
        <translation>الرمز السري والدوام…</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="267" />
        <source>Choose an employee to see the file.</source>
        <translation>اختر عاملا لعرض ملفه.</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="273" />
        <source>%1 dependant(s), %2 child(ren)</source>
        <translation>%1 شخص مكفول، %2 طفل</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="284" />
        <source>Hiring</source>
        <translation>التوظيف</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="285" />
        <source>Raise</source>
        <translation>زيادة</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="286" />
        <source>Promotion</source>
        <translation>ترقية</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="287" />
        <source>New hours</source>
        <translation>ساعات جديدة</translation>
    </message>
</context>
<context>
    <name>EndContractDialog</name>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="110" />
        <source>End the contract</source>
        <translation>إنهاء العقد</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="114" />
        <source>Contract</source>
        <translation>العقد</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="115" />
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="71" />
        <source>New family situation</source>
        <translation>حالة عائلية جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="77" />
        <source>Single</source>
        <translation>أعزب</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="78" />
        <source>Married</source>
        <translation>متزوج</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="79" />
        <source>Divorced</source>
        <translation>مطلق</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="80" />
        <source>Widowed</source>
        <translation>أرمل</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="85" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="86" />
        <source>Family situation</source>
        <translation>الحالة العائلية</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="87" />
        <source>Dependants</source>
        <translation>الأشخاص المكفولون</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="88" />
        <source>Dependent children</source>
        <translation>الأطفال المكفولون</translation>
    </message>
    <message>
        <location filename="../../ui/employee_change_dialogs.py" line="89" />
        <source>Head of family</source>
        <translation>رب الأسرة</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="92" />
        <source>Welcome</source>
        <translation>مرحبا</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="95" />
        <source>This PC has no branch data yet. Try the demo branch, join your company's server with the address and the one-time token head office gave you, or set up this shop alone (it can join a chain later).</source>
        <translation>لا توجد بيانات على هذا الجهاز بعد. جرّب الفرع التجريبي، أو انضم إلى خادم شركتك بالعنوان والرمز الصالح لمرة واحدة الذي أعطاك إياه المقر، أو أعدّ هذا المتجر وحده (يمكنه الانضمام إلى سلسلة لاحقا).</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="100" />
        <source>Try the demo branch</source>
        <translation>تجربة الفرع التجريبي</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="101" />
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="102" />
        <source>One-time token</source>
        <translation>رمز الاستعمال الواحد</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="103" />
        <source>Join the company</source>
        <translation>الانضمام إلى الشركة</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="104" />
        <source>Set up this shop alone</source>
        <translation>إعداد هذا المتجر وحده</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="105" />
        <location filename="../../ui/first_run.py" line="140" />
        <source>Restore a backup (a new PC)…</source>
        <translation>استعادة نسخة احتياطية (جهاز جديد)…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="128" />
        <source>Building the demo branch (a minute)…</source>
        <translation>إنشاء الفرع التجريبي (دقيقة)…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="135" />
        <source>Joining the company and receiving its data…</source>
        <translation>الانضمام إلى الشركة واستلام بياناتها…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="140" />
        <source>Backups (*.sqlite3)</source>
        <translation>النسخ الاحتياطية (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="151" />
        <source>Restoring the backup…</source>
        <translation>جار استعادة النسخة الاحتياطية…</translation>
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
    <name>GridPlaceFields</name>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="100" />
        <location filename="../../ui/grid_place_fields.py" line="124" />
        <source>(in no tab of the till's grid)</source>
        <translation>(خارج تبويبات شبكة الصندوق)</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="101" />
        <source>New category…</source>
        <translation>فئة جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="102" />
        <source>Edit the category…</source>
        <translation>تعديل الفئة…</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="103" />
        <source>Choose a picture…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="104" />
        <source>Remove the picture</source>
        <translation>إزالة الصورة</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="164" />
        <source>Picture of the product</source>
        <translation>صورة المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="166" />
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.gif)</source>
        <translation>صور (*.jpg *.jpeg *.png *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="177" />
        <source>%1 cannot be read.</source>
        <translation>تعذرت قراءة %1.</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="180" />
        <source>%1 is not a picture.</source>
        <translation>%1 ليس صورة.</translation>
    </message>
    <message>
        <location filename="../../ui/grid_place_fields.py" line="209" />
        <source>No picture</source>
        <translation>لا صورة</translation>
    </message>
</context>
<context>
    <name>HireDialog</name>
    <message>
        <location filename="../../ui/hire_dialog.py" line="55" />
        <source>Hire an employee</source>
        <translation>توظيف عامل</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="89" />
        <source>No shift</source>
        <translation>بدون دوام</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="94" />
        <source>Woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="94" />
        <source>Man</source>
        <translation>رجل</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="99" />
        <source>Single</source>
        <translation>أعزب</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="100" />
        <source>Married</source>
        <translation>متزوج</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="101" />
        <source>Divorced</source>
        <translation>مطلق</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="102" />
        <source>Widowed</source>
        <translation>أرمل</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="112" />
        <source>Permanent (CDI)</source>
        <translation>عقد غير محدد المدة</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="113" />
        <source>Fixed term (CDD)</source>
        <translation>عقد محدد المدة</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="139" />
        <source>Employee number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="140" />
        <source>First name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="141" />
        <source>Last name</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="142" />
        <source>First name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="143" />
        <source>Last name in Arabic</source>
        <translation>اللقب بالعربية</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="144" />
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="145" />
        <source>Born on</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="146" />
        <source>National identity number</source>
        <translation>رقم التعريف الوطني</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="147" />
        <source>Social-security number</source>
        <translation>رقم الضمان الاجتماعي</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="148" />
        <source>Family situation</source>
        <translation>الحالة العائلية</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="149" />
        <source>Dependants</source>
        <translation>الأشخاص المكفولون</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="150" />
        <source>Dependent children</source>
        <translation>الأطفال المكفولون</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="151" />
        <source>Head of family</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="152" />
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="153" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="154" />
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="155" />
        <source>Job</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="156" />
        <source>Job in Arabic</source>
        <translation>المنصب بالعربية</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="157" />
        <source>Hired on</source>
        <translation>تاريخ التوظيف</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="158" />
        <source>Contract</source>
        <translation>العقد</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="159" />
        <source>Contract number</source>
        <translation>رقم العقد</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="160" />
        <source>Ends on (CDD)</source>
        <translation>تاريخ الانتهاء (عقد محدد المدة)</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="161" />
        <source>Trial period ends on</source>
        <translation>نهاية فترة التجربة</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="162" />
        <source>Hours a week</source>
        <translation>الساعات في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="163" />
        <source>Monthly base salary</source>
        <translation>الأجر الأساسي الشهري</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="164" />
        <source>Bank</source>
        <translation>البنك</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="165" />
        <source>Bank account (RIB)</source>
        <translation>الحساب البنكي (RIB)</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="166" />
        <source>Shift</source>
        <translation>الدوام</translation>
    </message>
    <message>
        <location filename="../../ui/hire_dialog.py" line="167" />
        <source>Clock PIN</source>
        <translation>الرمز السري للتسجيل</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="138" />
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="139" />
        <location filename="../../ui/purchasing/invoices_tab.py" line="167" />
        <source>Supplier's number</source>
        <translation>رقم المورد</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="140" />
        <source>Supplier</source>
        <translation>المورد</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="141" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="142" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="143" />
        <source>Match</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="147" />
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="147" />
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="147" />
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="147" />
        <source>Invoiced</source>
        <translation>مفوترة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="151" />
        <source>not on the order</source>
        <translation>خارج الطلبية</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="152" />
        <source>not received</source>
        <translation>غير مستلم</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="153" />
        <source>more than received</source>
        <translation>أكثر من المستلم</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="154" />
        <source>price differs from the order</source>
        <translation>السعر يختلف عن الطلبية</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="159" />
        <source>matched</source>
        <translation>مطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="160" />
        <source>blocked</source>
        <translation>موقوفة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="161" />
        <source>accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="165" />
        <source>Accept the difference…</source>
        <translation>قبول الفارق…</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="166" />
        <source>Order</source>
        <translation>الطلبية</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="168" />
        <source>Freight</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="169" />
        <source>Enter the invoice</source>
        <translation>تسجيل الفاتورة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="171" />
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="171" />
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="171" />
        <source>Unit price (excl. VAT)</source>
        <translation>سعر الوحدة (دون الرسم)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="246" />
        <source>agrees</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="274" />
        <source>Accept the difference</source>
        <translation>قبول الفارق</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="275" />
        <source>Why is %1 accepted as it is?</source>
        <translation>لماذا تُقبل %1 كما هي؟</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="282" />
        <source>%1 may now be paid.</source>
        <translation>يمكن الآن دفع %1.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="326" />
        <source>Line %1 is not a number.</source>
        <translation>السطر %1 ليس رقمًا.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/invoices_tab.py" line="338" />
        <source>%1 entered: %2.</source>
        <translation>سُجّلت %1: %2.</translation>
    </message>
</context>
<context>
    <name>JoinChainDialog</name>
    <message>
        <location filename="../../ui/join_dialog.py" line="55" />
        <source>Join a chain</source>
        <translation>الانضمام إلى سلسلة</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="58" />
        <source>This shop becomes a branch of the company: its catalog goes up (products the company already sells become the company's), then its whole history, with its numbers. From then on it syncs like any branch.</source>
        <translation>يصبح هذا المتجر فرعا للشركة: يُرسل كتالوجه (المنتجات التي تبيعها الشركة تصبح منتجاتها)، ثم تاريخه كله بأرقامه. وبعدها يتزامن كأي فرع.</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="63" />
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="64" />
        <source>Invitation from head office</source>
        <translation>دعوة من المقر</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="65" />
        <source>Join the chain</source>
        <translation>الانضمام إلى السلسلة</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="78" />
        <source>Joining: the catalog, then the history…</source>
        <translation>جار الانضمام: الكتالوج ثم التاريخ…</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="86" />
        <source>Joined: %1 products were already the company's, %2 joined its catalog; %3 changes sent. Log in again.</source>
        <translation>تم الانضمام: %1 منتجات كانت للشركة، و%2 انضمت إلى كتالوجها؛ أُرسل %3 تغييرا. أعد تسجيل الدخول.</translation>
    </message>
</context>
<context>
    <name>LeaveRequestDialog</name>
    <message>
        <location filename="../../ui/leave_view.py" line="66" />
        <source>Leave request</source>
        <translation>طلب عطلة</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="95" />
        <source>Employee</source>
        <translation>العامل</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="96" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="97" />
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="98" />
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="99" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>LeaveView</name>
    <message>
        <location filename="../../ui/leave_view.py" line="188" />
        <source>Annual leave</source>
        <translation>عطلة سنوية</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="189" />
        <source>Sick leave</source>
        <translation>عطلة مرضية</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="190" />
        <source>Maternity leave</source>
        <translation>عطلة الأمومة</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="191" />
        <source>Unpaid leave</source>
        <translation>عطلة بدون أجر</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="196" />
        <location filename="../../ui/leave_view.py" line="218" />
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="197" />
        <location filename="../../ui/leave_view.py" line="217" />
        <source>Approved</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="198" />
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="199" />
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="204" />
        <location filename="../../ui/leave_view.py" line="214" />
        <source>Employee</source>
        <translation>العامل</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="205" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="206" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="207" />
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="208" />
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="209" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="215" />
        <source>Leave year</source>
        <translation>سنة العطلة</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="216" />
        <source>Earned</source>
        <translation>المكتسب</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="219" />
        <source>Available</source>
        <translation>المتاح</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="223" />
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="223" />
        <source>Public holiday</source>
        <translation>عطلة رسمية</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="223" />
        <source>On leave</source>
        <translation>في عطلة</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="226" />
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="227" />
        <source>New request…</source>
        <translation>طلب جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="228" />
        <source>Approve</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="229" />
        <source>Refuse</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="230" />
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="231" />
        <source>Balances</source>
        <translation>الأرصدة</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="232" />
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location filename="../../ui/leave_view.py" line="310" />
        <source>(computed date)</source>
        <translation>(تاريخ محسوب)</translation>
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
        <location filename="../../ui/main_window.py" line="278" />
        <source>Dashboard</source>
        <translation>لوحة القيادة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279" />
        <location filename="../../ui/main_window.py" line="301" />
        <source>Till</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280" />
        <source>Clock in/out</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281" />
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282" />
        <source>Leave</source>
        <translation>العطل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283" />
        <source>Employees</source>
        <translation>العمال</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284" />
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285" />
        <source>Payroll</source>
        <translation>الأجور</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286" />
        <source>My payslips</source>
        <translation>كشوف أجري</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287" />
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288" />
        <source>Warehouse</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <location filename="../../ui/main_window.py" line="304" />
        <source>Purchasing</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290" />
        <source>Books</source>
        <translation>المحاسبة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291" />
        <source>Catalog</source>
        <translation>الكتالوج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292" />
        <source>Quotes and invoices</source>
        <translation>العروض والفواتير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293" />
        <source>Business customers</source>
        <translation>العملاء المهنيون</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>Receivables</source>
        <translation>ديون الزبائن</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>Customers</source>
        <translation>الزبائن</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>Pipeline</source>
        <translation>الفرص التجارية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>Inventory</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303" />
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <source>Accounting</source>
        <translation>المحاسبة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306" />
        <source>HR &amp; payroll</source>
        <translation>الموارد البشرية والأجور</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <source>CRM</source>
        <translation>علاقات الزبائن</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308" />
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313" />
        <source>&amp;Session</source>
        <translation>&amp;الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314" />
        <source>Log out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315" />
        <source>Receipt printer of this register…</source>
        <translation>طابعة وصولات هذا الصندوق…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316" />
        <location filename="../../ui/main_window.py" line="359" />
        <source>Thermal printer (ESC/POS) of this register…</source>
        <translation>الطابعة الحرارية (ESC/POS) لهذا الصندوق…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317" />
        <source>Synchronization…</source>
        <translation>المزامنة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318" />
        <source>Backups…</source>
        <translation>النسخ الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319" />
        <source>Join a chain…</source>
        <translation>الانضمام إلى سلسلة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321" />
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>Maghreb ERP — branch</source>
        <translation>Maghreb ERP — الفرع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>Branch %1 · register %2 · %3</source>
        <translation>الفرع %1 · الصندوق %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222" />
        <source>Branch %1 · %2</source>
        <translation>الفرع %1 · %2</translation>
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
        <translation>هذا الجهاز ليس صندوقا: لا توجد طابعة وصولات لاختيارها.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343" />
        <location filename="../../ui/main_window.py" line="368" />
        <source>Receipts of %1 print on %2.</source>
        <translation>وصولات %1 تطبع على %2.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360" />
        <source>IP address (port 9100) or device (/dev/usb/lp0, /dev/ttyS0, COM1)</source>
        <translation>عنوان IP (المنفذ 9100) أو الجهاز (/dev/usb/lp0، /dev/ttyS0، COM1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412" />
        <source>%1 change(s) refused by the server: see Synchronization.</source>
        <translation>%1 تغيير(ات) رفضها الخادم: انظر المزامنة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440" />
        <source>This shop runs alone, with no server</source>
        <translation>هذا المتجر يعمل وحده، دون خادم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443" />
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445" />
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450" />
        <source>never</source>
        <translation>أبدا</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453" />
        <source>%1 · %2 change(s) waiting · last sync: %3</source>
        <translation>%1 · %2 تغيير(ات) في الانتظار · آخر مزامنة: %3</translation>
    </message>
</context>
<context>
    <name>MyPayslipsView</name>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="99" />
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="99" />
        <source>Run</source>
        <translation>الكشف</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="99" />
        <source>Gross</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="99" />
        <source>Net to pay</source>
        <translation>الصافي الواجب دفعه</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="102" />
        <source>My payslips</source>
        <translation>كشوف أجري</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="103" />
        <source>Open the payslip (PDF)</source>
        <translation>فتح كشف الأجر (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="104" />
        <source>Show my payslips</source>
        <translation>عرض كشوف أجري</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="136" />
        <source>Your payslips are kept on the company's server: show them with your password.</source>
        <translation>كشوف أجرك محفوظة على خادم الشركة: اعرضها بكلمة مرورك.</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="156" />
        <source>Asking the server…</source>
        <translation>جارٍ سؤال الخادم…</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="178" />
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="181" />
        <source>Your payslips are on the company's server: this PC needs the network to show them. Try again once it is back.</source>
        <translation>كشوف أجرك على خادم الشركة: يحتاج هذا الحاسوب إلى الشبكة لعرضها. أعد المحاولة عند عودتها.</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="196" />
        <source>(corrective)</source>
        <translation>(تصحيحي)</translation>
    </message>
    <message>
        <location filename="../../ui/my_payslips_view.py" line="209" />
        <source>No payslip: your account is not an employee's, or none was paid yet.</source>
        <translation>لا يوجد كشف أجر: حسابك ليس حساب أجير، أو لم تُصرف أي أجور بعد.</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="140" />
        <source>New quote</source>
        <translation>عرض أسعار جديد</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="141" />
        <source>New sales order</source>
        <translation>طلبية عميل جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="142" />
        <source>New invoice of services</source>
        <translation>فاتورة خدمات جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="145" />
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="146" />
        <source>Article</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="147" />
        <source>SKU or barcode, 12*code for 12</source>
        <translation>المرجع أو الرمز الشريطي، 12*الرمز لـ 12</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="148" />
        <source>Service, price excl. tax, VAT %</source>
        <translation>الخدمة، السعر دون رسم، نسبة الرسم</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="149" />
        <source>Description of the service</source>
        <translation>وصف الخدمة</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="150" />
        <source>Price (empty: the catalog's)</source>
        <translation>السعر (فارغ: سعر الكتالوج)</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="151" />
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="152" />
        <source>Add service</source>
        <translation>إضافة الخدمة</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="153" />
        <source>Remove the line</source>
        <translation>حذف السطر</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="156" />
        <source>Designation</source>
        <translation>التعيين</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="157" />
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="158" />
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="159" />
        <source>Discount (% or amount)</source>
        <translation>التخفيض (% أو مبلغ)</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../ui/numeric_keypad.py" line="62" />
        <source>Enter: add the article typed</source>
        <translation>إدخال: أضف السلعة المكتوبة</translation>
    </message>
    <message>
        <location filename="../../ui/numeric_keypad.py" line="63" />
        <source>Clear what is typed</source>
        <translation>امسح ما كتب</translation>
    </message>
    <message>
        <location filename="../../ui/numeric_keypad.py" line="64" />
        <source>Erase the last character</source>
        <translation>احذف آخر حرف</translation>
    </message>
    <message>
        <location filename="../../ui/numeric_keypad.py" line="65" />
        <source>Quantity: 3 × then the article</source>
        <translation>الكمية: 3 × ثم السلعة</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="92" />
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="93" />
        <source>Supplier</source>
        <translation>المورد</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="94" />
        <source>For branch</source>
        <translation>للفرع</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="95" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="96" />
        <source>Expected on</source>
        <translation>متوقعة في</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="97" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="102" />
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="103" />
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="104" />
        <source>partially received</source>
        <translation>مستلمة جزئيًا</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="105" />
        <source>received</source>
        <translation>مستلمة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="106" />
        <source>closed</source>
        <translation>مقفلة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="107" />
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="111" />
        <source>Orders from the reorder suggestions</source>
        <translation>طلبيات من اقتراحات إعادة التموين</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="112" />
        <source>Send the order</source>
        <translation>إرسال الطلبية</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="113" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="114" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="115" />
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/purchasing/orders_tab.py" line="177" />
        <source>%n draft order(s) made; check them, then send.</source>
        <translation>
            <numerusform>لم تُنشأ أي طلبية.</numerusform>
            <numerusform>أُنشئت مسودة طلبية واحدة؛ راجعها ثم أرسلها.</numerusform>
            <numerusform>أُنشئت مسودتا طلبية؛ راجعهما ثم أرسلهما.</numerusform>
            <numerusform>أُنشئت %n مسودات طلبيات؛ راجعها ثم أرسلها.</numerusform>
            <numerusform>أُنشئت %n مسودة طلبية؛ راجعها ثم أرسلها.</numerusform>
            <numerusform>أُنشئت %n مسودة طلبية؛ راجعها ثم أرسلها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="193" />
        <source>%1 sent.</source>
        <translation>أُرسلت %1.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="202" />
        <source>Manager approval</source>
        <translation>موافقة المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="203" />
        <source>%1 is above the amount a manager must approve.</source>
        <translation>%1 يتجاوز المبلغ الذي يجب أن يوافق عليه مسؤول.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="205" />
        <source>Manager PIN</source>
        <translation>الرمز السري للمسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="226" />
        <source>%1 is now %2.</source>
        <translation>%1 أصبحت %2.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="240" />
        <source>Save the order as PDF</source>
        <translation>حفظ الطلبية بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/orders_tab.py" line="252" />
        <source>Saved to %1.</source>
        <translation>حُفظ في %1.</translation>
    </message>
</context>
<context>
    <name>PasswordAgainDialog</name>
    <message>
        <location filename="../../ui/password_again_dialog.py" line="41" />
        <source>Your password</source>
        <translation>كلمة المرور الخاصة بك</translation>
    </message>
    <message>
        <location filename="../../ui/password_again_dialog.py" line="44" />
        <source>Your payslips are kept on the company's server. Type the password of %1 again to read them here.</source>
        <translation>كشوف أجرك محفوظة على خادم الشركة. أدخل كلمة مرور %1 مرة أخرى لقراءتها هنا.</translation>
    </message>
</context>
<context>
    <name>PayablesTab</name>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="92" />
        <location filename="../../ui/purchasing/payables_tab.py" line="117" />
        <source>Supplier</source>
        <translation>المورد</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="93" />
        <source>Not yet due</source>
        <translation>غير مستحق</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="94" />
        <source>1-30 days</source>
        <translation>1-30 يوما</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="95" />
        <source>31-60 days</source>
        <translation>31-60 يوما</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="96" />
        <source>61-90 days</source>
        <translation>61-90 يوما</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="97" />
        <source>Over 90 days</source>
        <translation>أكثر من 90 يوما</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="98" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="99" />
        <source>Overdue</source>
        <translation>المتأخر</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="100" />
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="101" />
        <source>Next week</source>
        <translation>الأسبوع القادم</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="102" />
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="107" />
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="108" />
        <source>Cheque</source>
        <translation>شيك</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="109" />
        <source>Traite (bill of exchange)</source>
        <translation>كمبيالة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="110" />
        <source>Cash</source>
        <translation>نقدا</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="118" />
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="119" />
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="120" />
        <source>Cheque or traite number</source>
        <translation>رقم الشيك أو الكمبيالة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="121" />
        <source>Traite due on</source>
        <translation>تاريخ استحقاق الكمبيالة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="131" />
        <source>Pay</source>
        <translation>دفع</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="191" />
        <source>The amount is not a number.</source>
        <translation>المبلغ ليس رقمًا.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/payables_tab.py" line="207" />
        <source>%1 paid: %2.</source>
        <translation>دُفع %1: %2.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/payment_dialog.py" line="134" />
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="136" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="137" />
        <source>Cash received</source>
        <translation>النقد المستلم</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="138" />
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="139" />
        <source>Card terminal reference</source>
        <translation>مرجع جهاز الدفع</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="140" />
        <source>Cheque</source>
        <translation>شيك</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="141" />
        <source>Cheque number</source>
        <translation>رقم الشيك</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="142" />
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="143" />
        <source>Transfer reference</source>
        <translation>مرجع التحويل</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="144" />
        <source>Stamp duty</source>
        <translation>حقوق الطابع</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="145" />
        <source>Cash rounding</source>
        <translation>تقريب النقد</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="146" />
        <source>To pay</source>
        <translation>المبلغ المستحق</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="147" />
        <source>Change due</source>
        <translation>الباقي</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="150" />
        <source>Store credit (%1 available)</source>
        <translation>رصيد المتجر (%1 متاح)</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="154" />
        <source>On account</source>
        <translation>على الحساب</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="156" />
        <source>Loyalty points (%1 held)</source>
        <translation>نقاط الوفاء (%1 مكتسبة)</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="159" />
        <source>Worth</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="162" />
        <source>Cash in %1 (rate %2)</source>
        <translation>نقدا بـ %1 (السعر %2)</translation>
    </message>
</context>
<context>
    <name>PaymentEntryDialog</name>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="125" />
        <source>Receive a payment</source>
        <translation>تحصيل دفعة</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="127" />
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="128" />
        <source>Means of payment</source>
        <translation>وسيلة الدفع</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="129" />
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="130" />
        <source>Reference (terminal, transfer)</source>
        <translation>المرجع (الجهاز، التحويل)</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="131" />
        <source>Bank</source>
        <translation>البنك</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="132" />
        <source>Cheque or traite number</source>
        <translation>رقم الشيك أو الكمبيالة</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="133" />
        <location filename="../../ui/payment_entry_dialog.py" line="151" />
        <source>Due on</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="137" />
        <source>Cash</source>
        <translation>نقدا</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="138" />
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="139" />
        <source>Cheque</source>
        <translation>شيك</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="140" />
        <source>Traite</source>
        <translation>كمبيالة</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="141" />
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="151" />
        <source>Invoice</source>
        <translation>فاتورة</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="151" />
        <source>Open</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="151" />
        <source>Allocated</source>
        <translation>المخصص</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="153" />
        <source>Oldest first</source>
        <translation>الأقدم أولا</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="154" />
        <source>Record the payment</source>
        <translation>تسجيل الدفعة</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="155" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="272" />
        <source>Left on the account: %1</source>
        <translation>المتبقي في الحساب: %1</translation>
    </message>
    <message>
        <location filename="../../ui/payment_entry_dialog.py" line="280" />
        <source>Choose the customer and type the amount.</source>
        <translation>اختر الزبون وأدخل المبلغ.</translation>
    </message>
</context>
<context>
    <name>PayrollAdjustmentsDialog</name>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="57" />
        <source>Advances and hours</source>
        <translation>التسبيقات والساعات</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="65" />
        <source>Employee</source>
        <translation>العامل</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="66" />
        <source>Advance</source>
        <translation>تسبيق</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="67" />
        <source>Hours off</source>
        <translation>ساعات الغياب</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="68" />
        <source>Overtime hours</source>
        <translation>الساعات الإضافية</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="69" />
        <source>Bonus</source>
        <translation>منحة</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="70" />
        <source>Deduction</source>
        <translation>اقتطاع</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_adjustments_dialog.py" line="130" />
        <source>Row %1: not a number.</source>
        <translation>السطر %1: ليس رقما.</translation>
    </message>
</context>
<context>
    <name>PayrollView</name>
    <message>
        <location filename="../../ui/payroll_view.py" line="166" />
        <source>Run</source>
        <translation>الكشف</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="167" />
        <location filename="../../ui/payroll_view.py" line="187" />
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="168" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="169" />
        <source>Employees</source>
        <translation>العمال</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="170" />
        <location filename="../../ui/payroll_view.py" line="177" />
        <source>Gross</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="171" />
        <location filename="../../ui/payroll_view.py" line="180" />
        <source>Net to pay</source>
        <translation>الصافي الواجب دفعه</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="176" />
        <source>Employee</source>
        <translation>العامل</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="178" />
        <source>Contributions</source>
        <translation>الاشتراكات</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="179" />
        <source>Income tax</source>
        <translation>الضريبة على الدخل</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="184" />
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="184" />
        <source>Base</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="184" />
        <source>Rate</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="184" />
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="188" />
        <source>Prepare the run</source>
        <translation>تحضير كشف الأجور</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="189" />
        <source>Prepare a corrective run</source>
        <translation>تحضير كشف تصحيحي</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="190" />
        <source>Post the run</source>
        <translation>تسجيل كشف الأجور</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="191" />
        <source>Advances and hours…</source>
        <translation>التسبيقات والساعات…</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="192" />
        <source>Print the payslip…</source>
        <translation>طباعة كشف الراتب…</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="193" />
        <source>Transfer order (CSV)…</source>
        <translation>أمر التحويل (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="194" />
        <source>Declaration (CSV)…</source>
        <translation>التصريح (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="206" />
        <source>Corrective</source>
        <translation>تصحيحي</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="206" />
        <source>Monthly</source>
        <translation>شهري</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="264" />
        <location filename="../../ui/payroll_view.py" line="428" />
        <source>Run %1 (%2)</source>
        <translation>كشف الأجور %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="285" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="406" />
        <source>Nobody can be paid yet:</source>
        <translation>لا يمكن دفع أي أجر بعد:</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="410" />
        <source>Prepared, not posted: review the payslips, then post.</source>
        <translation>محضر وغير مسجل: راجع كشوف الرواتب ثم سجل.</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="430" />
        <source>Run %1 posted.</source>
        <translation>تم تسجيل كشف الأجور %1.</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="439" />
        <source>Save the payslip</source>
        <translation>حفظ كشف الراتب</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="459" />
        <source>Save the transfer order</source>
        <translation>حفظ أمر التحويل</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="477" />
        <location filename="../../ui/payroll_view.py" line="515" />
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="480" />
        <source>Not in the file: %1</source>
        <translation>غير موجود في الملف: %1</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="485" />
        <source>Overpaid, to take back: %1</source>
        <translation>مبلغ زائد يسترجع: %1</translation>
    </message>
    <message>
        <location filename="../../ui/payroll_view.py" line="498" />
        <source>Save the declaration</source>
        <translation>حفظ التصريح</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="67" />
        <source>The first users</source>
        <translation>المستخدمون الأوائل</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="70" />
        <source>The owner may do everything: the catalog and prices, the users, the books and the closing of months. Cashiers log in with their PIN.</source>
        <translation>يمكن للمالك القيام بكل شيء: الكتالوج والأسعار والمستخدمين والحسابات وإقفال الأشهر. يدخل الصرافون برمزهم السري.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="75" />
        <location filename="../../ui/shop_setup/people_page.py" line="97" />
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="76" />
        <location filename="../../ui/shop_setup/people_page.py" line="97" />
        <source>Full name</source>
        <translation>الاسم واللقب</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="77" />
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="78" />
        <source>PIN (4 to 8 digits, optional)</source>
        <translation>الرمز السري (من 4 إلى 8 أرقام، اختياري)</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="79" />
        <location filename="../../ui/shop_setup/people_page.py" line="97" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="84" />
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="85" />
        <source>Cashier</source>
        <translation>الصراف</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="86" />
        <source>Shop manager</source>
        <translation>مسير المتجر</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="87" />
        <source>Warehouse</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="88" />
        <source>Accountant</source>
        <translation>المحاسب</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="97" />
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="99" />
        <source>Add this user</source>
        <translation>إضافة هذا المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/people_page.py" line="100" />
        <source>Remove the selected user</source>
        <translation>حذف المستخدم المحدد</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <location filename="../../ui/pipeline_view.py" line="94" />
        <source>Lead</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="95" />
        <source>Qualified</source>
        <translation>مؤهلة</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="96" />
        <source>Proposal</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="97" />
        <source>Negotiation</source>
        <translation>تفاوض</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="98" />
        <source>Won</source>
        <translation>مربوحة</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="99" />
        <source>Lost</source>
        <translation>خاسرة</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="105" />
        <source>Due today: next activities and follow-ups</source>
        <translation>مستحق اليوم: الأنشطة القادمة والمتابعات</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_view.py" line="134" />
        <source>%1 expected, %2 weighted</source>
        <translation>%1 متوقع، %2 مرجح</translation>
    </message>
</context>
<context>
    <name>PosView</name>
    <message>
        <location filename="../../ui/pos_view.py" line="212" />
        <source>Scan or type a barcode (3* for three)</source>
        <translation>امسح أو اكتب الرمز الشريطي (3* لثلاث قطع)</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="215" />
        <source>F2 Pay · F3 Find · F5 Line discount · F6 Ticket discount · F7 Hold · F8 Recall · F10 Return · F11 X report · F12 Reprint · F4 Open session · F9 Close session · Ctrl+K Customer · 4* Enter Quantity · Ctrl+P Price · Del Remove line · Ctrl+Del Cancel ticket</source>
        <translation>F2 دفع · F3 بحث · F5 تخفيض السطر · F6 تخفيض الوصل · F7 تعليق · F8 استرجاع · F10 إرجاع · F11 تقرير X · F12 إعادة الطباعة · F4 فتح الجلسة · F9 إغلاق الجلسة · Ctrl+K الزبون · 4* Entrée الكمية · Ctrl+P السعر · Del حذف السطر · Ctrl+Del إلغاء الوصل</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="221" />
        <source>Ctrl+D Customer display · Ctrl+Shift+D its language</source>
        <translation>Ctrl+D شاشة الزبون · Ctrl+Shift+D لغتها</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="223" />
        <source>Ctrl+I A4 invoice</source>
        <translation>Ctrl+I فاتورة A4</translation>
    </message>
    <message>
        <location filename="../../ui/pos_view.py" line="226" />
        <source>No cash session is open on this register: press F4 to open one.</source>
        <translation>لا توجد جلسة صندوق مفتوحة في هذا الصندوق: اضغط F4 لفتح جلسة.</translation>
    </message>
    <message>
        <location filename="../../ui/till_ticket.py" line="82" />
        <source>Discounts: %1</source>
        <translation>التخفيضات: %1</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="108" />
        <source>Change the price</source>
        <translation>تغيير السعر</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="109" />
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="138" />
        <source>Cancel the ticket</source>
        <translation>إلغاء الوصل</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="139" />
        <source>Remove every line of this ticket?</source>
        <translation>حذف كل أسطر هذا الوصل؟</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="146" />
        <source>Ticket cancelled.</source>
        <translation>أُلغي الوصل.</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="158" />
        <source>Discount (%)</source>
        <translation>التخفيض (%)</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="168" />
        <source>Line discount</source>
        <translation>تخفيض على السطر</translation>
    </message>
    <message>
        <location filename="../../ui/till_lines.py" line="177" />
        <source>Ticket discount</source>
        <translation>تخفيض على الوصل</translation>
    </message>
    <message>
        <location filename="../../ui/till_customer.py" line="65" />
        <source>Customer: %1</source>
        <translation>الزبون: %1</translation>
    </message>
    <message>
        <location filename="../../ui/till_customer.py" line="68" />
        <source>store credit %1</source>
        <translation>رصيد %1</translation>
    </message>
    <message>
        <location filename="../../ui/till_customer.py" line="72" />
        <source>on account</source>
        <translation>على الحساب</translation>
    </message>
    <message>
        <location filename="../../ui/till_customer.py" line="74" />
        <source>%1 points</source>
        <translation>%1 نقطة</translation>
    </message>
    <message>
        <location filename="../../ui/till_held.py" line="31" />
        <source>Hold the ticket</source>
        <translation>تعليق الوصل</translation>
    </message>
    <message>
        <location filename="../../ui/till_held.py" line="32" />
        <source>Name or note</source>
        <translation>اسم أو ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/till_held.py" line="39" />
        <location filename="../../ui/till_held.py" line="67" />
        <source>Ticket</source>
        <translation>وصل</translation>
    </message>
    <message>
        <location filename="../../ui/till_held.py" line="43" />
        <source>Ticket held: %1</source>
        <translation>وصل معلق: %1</translation>
    </message>
    <message>
        <location filename="../../ui/till_held.py" line="61" />
        <source>No ticket is on hold.</source>
        <translation>لا يوجد وصل معلق.</translation>
    </message>
    <message>
        <location filename="../../ui/till_held.py" line="66" />
        <source>Recall a ticket</source>
        <translation>استرجاع وصل</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="128" />
        <source>Manager approval</source>
        <translation>موافقة المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="129" />
        <source>Manager PIN</source>
        <translation>الرمز السري للمسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="141" />
        <source>%1 may not change prices.</source>
        <translation>لا يحق لـ %1 تغيير الأسعار.</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="143" />
        <source>%1 may not approve discounts.</source>
        <translation>لا يحق لـ %1 الموافقة على التخفيضات.</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="180" />
        <source>Change due: %1</source>
        <translation>الباقي للزبون: %1</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="183" />
        <source>Sale %1 done. Change due: %2</source>
        <translation>تم البيع %1. الباقي: %2</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="189" />
        <source>%1 left on account.</source>
        <translation>%1 على الحساب.</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="195" />
        <source>Over the credit limit: %1 owed of %2.</source>
        <translation>تجاوز سقف الائتمان: %1 مستحقة من أصل %2 مسموح بها.</translation>
    </message>
    <message>
        <location filename="../../ui/till_payment.py" line="200" />
        <source>%1 points used.</source>
        <translation>استعملت %1 نقطة.</translation>
    </message>
    <message>
        <location filename="../../ui/till_printing.py" line="41" />
        <source>The receipt printer did not answer (%1); the receipt is saved as %2.</source>
        <translation>طابعة الوصولات لا تستجيب (%1)؛ حفظ الوصل في %2.</translation>
    </message>
    <message>
        <location filename="../../ui/till_printing.py" line="65" />
        <source>X report printed.</source>
        <translation>طبع تقرير X.</translation>
    </message>
    <message>
        <location filename="../../ui/till_printing.py" line="89" />
        <source>Duplicate of %1.</source>
        <translation>نسخة من %1.</translation>
    </message>
    <message>
        <location filename="../../ui/till_returns.py" line="48" />
        <source>Credit note %1: %2 refunded.</source>
        <translation>إشعار دائن %1: تم رد %2.</translation>
    </message>
    <message>
        <location filename="../../ui/till_returns.py" line="54" />
        <source>%1 back on account.</source>
        <translation>أُعيد %1 إلى حساب الزبون.</translation>
    </message>
    <message>
        <location filename="../../ui/till_returns.py" line="55" />
        <source>%1 given back in points.</source>
        <translation>أُعيدت قيمة %1 نقاطَ ولاء.</translation>
    </message>
    <message>
        <location filename="../../ui/till_session.py" line="35" />
        <source>Open the cash session</source>
        <translation>فتح جلسة الصندوق</translation>
    </message>
    <message>
        <location filename="../../ui/till_session.py" line="36" />
        <source>Opening float</source>
        <translation>رصيد الافتتاح</translation>
    </message>
    <message>
        <location filename="../../ui/till_session.py" line="50" />
        <source>Cash session open.</source>
        <translation>جلسة الصندوق مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../ui/till_session.py" line="79" />
        <source>Session closed, Z report %1. Difference: %2</source>
        <translation>أغلقت الجلسة، تقرير Z رقم %1. الفرق: %2</translation>
    </message>
    <message>
        <location filename="../../ui/customer_display.py" line="186" />
        <source>Customer display: %1</source>
        <translation>شاشة الزبون: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_invoice_dialog.py" line="61" />
        <source>Invoice of ticket %1 saved as %2.</source>
        <translation>حفظت فاتورة التذكرة %1 في %2.</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_invoice_dialog.py" line="85" />
        <source>The A4 printer did not answer (%1); the invoice is saved as %2.</source>
        <translation>طابعة A4 لا تجيب (%1)؛ حفظت الفاتورة في %2.</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="120" />
        <source>New product</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="120" />
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="122" />
        <source>Name</source>
        <translation>البيان</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="123" />
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="124" />
        <source>SKU</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="125" />
        <source>Barcode to add</source>
        <translation>رمز شريطي يضاف</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="126" />
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="127" />
        <source>Price (%1)</source>
        <translation>السعر (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="128" />
        <source>Tax class</source>
        <translation>فئة الرسم</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="129" />
        <source>Price mode</source>
        <translation>طريقة السعر</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="130" />
        <source>Reorder point</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="131" />
        <source>Category (till's grid)</source>
        <translation>الفئة (شبكة الصندوق)</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="132" />
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="137" />
        <source>Tax included</source>
        <translation>شامل الرسم</translation>
    </message>
    <message>
        <location filename="../../ui/product_editor_dialog.py" line="137" />
        <source>Tax excluded</source>
        <translation>دون الرسم</translation>
    </message>
</context>
<context>
    <name>ProductGrid</name>
    <message>
        <location filename="../../ui/product_grid.py" line="160" />
        <source>Favourites</source>
        <translation>المفضلة</translation>
    </message>
    <message>
        <location filename="../../ui/product_grid.py" line="208" />
        <source>No favourite yet: tap ☆ with a line selected to star its article.</source>
        <translation>لا مفضلة بعد: المس ☆ مع سطر محدد لإضافة سلعته.</translation>
    </message>
    <message>
        <location filename="../../ui/product_grid.py" line="210" />
        <source>No article in this category.</source>
        <translation>لا سلعة في هذه الفئة.</translation>
    </message>
</context>
<context>
    <name>ProductSearchDialog</name>
    <message>
        <location filename="../../ui/product_search_dialog.py" line="48" />
        <source>Find an article</source>
        <translation>البحث عن منتج</translation>
    </message>
    <message>
        <location filename="../../ui/product_search_dialog.py" line="49" />
        <source>Name in French or Arabic, barcode or SKU</source>
        <translation>الاسم بالفرنسية أو بالعربية، الرمز الشريطي أو المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/product_search_dialog.py" line="114" />
        <source>available %1</source>
        <translation>المتاح %1</translation>
    </message>
    <message>
        <location filename="../../ui/product_search_dialog.py" line="116" />
        <source>(%1 reserved)</source>
        <translation>(%1 محجوز)</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="77" />
        <source>The products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="80" />
        <source>Import them from a CSV file or an Excel workbook (save the template, fill it in, import it), or type them in. Prices include VAT unless their price mode is tax_excluded; the tax class is one of the country's. You may also add products later.</source>
        <translation>استوردها من ملف CSV أو مصنف Excel (احفظ النموذج واملأه ثم استورده)، أو اكتبها. الأسعار شاملة الرسم ما لم تكن طريقة السعر tax_excluded؛ وفئة الرسم من فئات البلد. يمكنك أيضا إضافة منتجات لاحقا.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="86" />
        <source>Save the template…</source>
        <translation>حفظ النموذج…</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="87" />
        <source>Import a file…</source>
        <translation>استيراد ملف…</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="88" />
        <source>Add a line</source>
        <translation>إضافة سطر</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="91" />
        <source>SKU</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="92" />
        <source>Name</source>
        <translation>البيان</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="93" />
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="94" />
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="95" />
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="96" />
        <source>Tax class</source>
        <translation>فئة الرسم</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="97" />
        <source>Barcode</source>
        <translation>الرمز الشريطي</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="98" />
        <source>Reorder point</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="99" />
        <source>Price mode</source>
        <translation>طريقة السعر</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="100" />
        <source>Quantity on the shelf</source>
        <translation>الكمية على الرف</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="101" />
        <source>Unit cost</source>
        <translation>التكلفة الوحدوية</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="113" />
        <source>Save the template</source>
        <translation>حفظ النموذج</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="120" />
        <source>Import a file</source>
        <translation>استيراد ملف</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="120" />
        <source>Products (*.csv *.xlsx)</source>
        <translation>المنتجات (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/products_page.py" line="192" />
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
</context>
<context>
    <name>PurchaseReceiptPanel</name>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="101" />
        <source>Purchase order</source>
        <translation>طلبية الشراء</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="102" />
        <source>Supplier</source>
        <translation>المورد</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="103" />
        <source>Last delivery of the order</source>
        <translation>آخر تسليم للطلبية</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="104" />
        <source>Post the receipt</source>
        <translation>تسجيل الاستلام</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="106" />
        <location filename="../../ui/purchase_receipt_panel.py" line="141" />
        <source>No order (market purchase)</source>
        <translation>دون طلبية (شراء من السوق)</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="109" />
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="110" />
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="111" />
        <source>Unit cost (excl. VAT)</source>
        <translation>التكلفة الوحدوية دون رسم</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="112" />
        <source>VAT %</source>
        <translation>الرسم %</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="178" />
        <source>not ordered</source>
        <translation>غير مطلوب</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="198" />
        <source>Line %1: the quantity or the cost is not a number.</source>
        <translation>السطر %1: الكمية أو التكلفة ليست رقمًا.</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="248" />
        <source>Substitute</source>
        <translation>بديل</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="249" />
        <source>%1 is not on the order. It replaces:</source>
        <translation>%1 ليس في الطلبية. وهو يعوض:</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="259" />
        <source>Manager approval</source>
        <translation>موافقة المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="260" />
        <source>Manager PIN to accept it</source>
        <translation>الرقم السري للمسؤول لقبوله</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="278" />
        <source>%1 posted.</source>
        <translation>تم تسجيل %1.</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="281" />
        <source>more than ordered</source>
        <translation>أكثر من المطلوب</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="282" />
        <source>short</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="283" />
        <source>substitute</source>
        <translation>بديل</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_receipt_panel.py" line="286" />
        <source>%1: %2 received, %3 ordered (%4).</source>
        <translation>%1: استلم %2، طلب %3 (%4).</translation>
    </message>
</context>
<context>
    <name>PurchasingView</name>
    <message>
        <location filename="../../ui/purchasing/purchasing_view.py" line="51" />
        <source>Suppliers</source>
        <translation>الموردون</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/purchasing_view.py" line="52" />
        <source>Purchase orders</source>
        <translation>طلبيات الشراء</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/purchasing_view.py" line="53" />
        <source>Supplier invoices</source>
        <translation>فواتير الموردين</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/purchasing_view.py" line="54" />
        <source>Payables</source>
        <translation>ديون الموردين</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/purchasing_view.py" line="55" />
        <source>Supplier returns</source>
        <translation>المرتجعات إلى الموردين</translation>
    </message>
</context>
<context>
    <name>QuantitiesDialog</name>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="385" />
        <source>Designation</source>
        <translation>التعيين</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="385" />
        <source>Left</source>
        <translation>الباقي</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="385" />
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="387" />
        <source>The goods come back into stock</source>
        <translation>تعود السلع إلى المخزون</translation>
    </message>
</context>
<context>
    <name>QuickCashBar</name>
    <message>
        <location filename="../../ui/quick_cash_bar.py" line="54" />
        <source>Exact</source>
        <translation>بالضبط</translation>
    </message>
</context>
<context>
    <name>ReceivablesView</name>
    <message>
        <location filename="../../ui/receivables_view.py" line="146" />
        <location filename="../../ui/receivables_view.py" line="158" />
        <location filename="../../ui/receivables_view.py" line="168" />
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="147" />
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="148" />
        <source>Not yet due</source>
        <translation>غير مستحق</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="149" />
        <source>1-30 days</source>
        <translation>1-30 يوما</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="150" />
        <source>31-60 days</source>
        <translation>31-60 يوما</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="151" />
        <source>61-90 days</source>
        <translation>61-90 يوما</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="152" />
        <source>Over 90 days</source>
        <translation>أكثر من 90 يوما</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="153" />
        <source>Total owed</source>
        <translation>مجموع المستحق</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="159" />
        <source>Invoice</source>
        <translation>فاتورة</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="160" />
        <location filename="../../ui/receivables_view.py" line="172" />
        <source>Due on</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="161" />
        <source>Days late</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="162" />
        <source>Overdue</source>
        <translation>المتأخر</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="167" />
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="169" />
        <source>Means</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="170" />
        <source>Bank</source>
        <translation>البنك</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="171" />
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="173" />
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="174" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="178" />
        <source>As of</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="179" />
        <source>Receive a payment…</source>
        <translation>تحصيل دفعة…</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="180" />
        <source>Statement…</source>
        <translation>الكشف…</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="181" />
        <source>Apply the credit on account</source>
        <translation>تخصيص الرصيد الدائن للزبون</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="182" />
        <source>Reminder letter…</source>
        <translation>رسالة تذكير…</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="183" />
        <source>Aged receivables</source>
        <translation>أعمار الديون</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="184" />
        <source>Overdue invoices</source>
        <translation>الفواتير المتأخرة</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="185" />
        <source>Cheques and traites</source>
        <translation>الشيكات والكمبيالات</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="186" />
        <source>Deposited at the bank</source>
        <translation>مودع في البنك</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="187" />
        <source>Cleared</source>
        <translation>محصل</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="188" />
        <source>Bounced</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="200" />
        <source>Cash</source>
        <translation>نقدا</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="201" />
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="202" />
        <source>Cheque</source>
        <translation>شيك</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="203" />
        <source>Traite</source>
        <translation>كمبيالة</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="204" />
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="208" />
        <source>In hand</source>
        <translation>في الحافظة</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="208" />
        <source>At the bank</source>
        <translation>في البنك</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="250" />
        <source>All customers</source>
        <translation>كل الزبائن</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="306" />
        <location filename="../../ui/receivables_view.py" line="347" />
        <source>Choose a customer in the aged receivables first.</source>
        <translation>اختر زبونا من أعمار الديون أولا.</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="319" />
        <source>Choose an overdue invoice first.</source>
        <translation>اختر فاتورة متأخرة أولا.</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="322" />
        <source>Save the reminder</source>
        <translation>حفظ التذكير</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="322" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="339" />
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="353" />
        <location filename="../../ui/receivables_view.py" line="368" />
        <source>Recorded: %1</source>
        <translation>تم التسجيل: %1</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_view.py" line="361" />
        <source>Choose a cheque or a traite first.</source>
        <translation>اختر شيكا أو كمبيالة أولا.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports_view.py" line="143" />
        <location filename="../../ui/reports_view.py" line="149" />
        <location filename="../../ui/reports_view.py" line="153" />
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="143" />
        <location filename="../../ui/reports_view.py" line="153" />
        <source>Name</source>
        <translation>البيان</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="143" />
        <location filename="../../ui/reports_view.py" line="150" />
        <source>Debit</source>
        <translation>مدين</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="143" />
        <location filename="../../ui/reports_view.py" line="151" />
        <source>Credit</source>
        <translation>دائن</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="145" />
        <source>Rate</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="145" />
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="145" />
        <source>Base</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="145" />
        <source>VAT</source>
        <translation>الرسم على القيمة المضافة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="148" />
        <source>Date and document</source>
        <translation>التاريخ والوثيقة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="153" />
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="157" />
        <source>Trial balance</source>
        <translation>ميزان المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="158" />
        <source>Profit and loss</source>
        <translation>حساب النتائج</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="159" />
        <source>Balance sheet</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="160" />
        <source>VAT summary</source>
        <translation>ملخص الرسم على القيمة المضافة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="161" />
        <source>Journal</source>
        <translation>اليومية</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="165" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="166" />
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="167" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="168" />
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="171" />
        <source>Whole company (server)</source>
        <translation>الشركة كلها (الخادم)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="191" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="192" />
        <source>Income</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="193" />
        <source>Expenses</source>
        <translation>الأعباء</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="194" />
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="195" />
        <source>Assets</source>
        <translation>الأصول</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="196" />
        <source>Liabilities and equity</source>
        <translation>الخصوم والأموال الخاصة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="197" />
        <source>VAT collected</source>
        <translation>الرسم المحصل</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="198" />
        <source>VAT deductible</source>
        <translation>الرسم القابل للخصم</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="199" />
        <source>VAT due</source>
        <translation>الرسم المستحق</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="200" />
        <source>Stamp duty collected</source>
        <translation>حقوق الطابع المحصلة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="201" />
        <source>Balanced</source>
        <translation>متوازن</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="202" />
        <source>NOT BALANCED</source>
        <translation>غير متوازن</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="203" />
        <source>Result of the period</source>
        <translation>نتيجة الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="204" />
        <source>The latest %1 lines; choose a shorter period to see all.</source>
        <translation>آخر %1 سطر؛ اختر فترة أقصر لرؤية الكل.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="221" />
        <source>Company books</source>
        <translation>محاسبة الشركة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="222" />
        <source>Your password</source>
        <translation>كلمة المرور الخاصة بك</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="237" />
        <source>This report is only kept at the branch.</source>
        <translation>هذا التقرير متوفر في الفرع فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="269" />
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="277" />
        <source>CSV, numbers with a dot (*.csv)</source>
        <translation>CSV، أرقام بنقطة عشرية (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="278" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="281" />
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
    <name>ReturnsTab</name>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="108" />
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="109" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="110" />
        <source>Supplier</source>
        <translation>المورد</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="111" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="112" />
        <location filename="../../ui/purchasing/returns_tab.py" line="119" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="113" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="117" />
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="118" />
        <source>Return goods of receipt</source>
        <translation>إرجاع بضاعة الاستلام</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="120" />
        <source>Damaged, past its date, not ordered…</source>
        <translation>تالف، منتهي الصلاحية، غير مطلوب…</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="121" />
        <source>Send back to the supplier</source>
        <translation>إرجاع إلى المورد</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="123" />
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="123" />
        <source>Left to return</source>
        <translation>المتبقي للإرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="123" />
        <source>Quantity to return</source>
        <translation>الكمية المرجعة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="163" />
        <source>Return before invoice</source>
        <translation>إرجاع قبل الفاتورة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="163" />
        <source>Debit note</source>
        <translation>إشعار مدين</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="230" />
        <source>A quantity is not a number.</source>
        <translation>إحدى الكميات ليست رقما.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="235" />
        <source>Type the quantity to send back of a line.</source>
        <translation>أدخل الكمية المراد إرجاعها لسطر.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="241" />
        <source>%1 made: %2 sent back to the supplier.</source>
        <translation>تم إنشاء %1: أُرجع %2 إلى المورد.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="258" />
        <source>Save the return as PDF</source>
        <translation>حفظ الإرجاع بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/returns_tab.py" line="270" />
        <source>Saved to %1.</source>
        <translation>حُفظ في %1.</translation>
    </message>
</context>
<context>
    <name>ShopSetupWizard</name>
    <message>
        <location filename="../../ui/shop_setup/wizard.py" line="74" />
        <location filename="../../ui/shop_setup/wizard.py" line="79" />
        <source>Set up this shop</source>
        <translation>إعداد هذا المتجر</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/wizard.py" line="138" />
        <source>Fix these before setting up the shop:</source>
        <translation>صحح ما يلي قبل إعداد المتجر:</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/wizard.py" line="142" />
        <source>Ready: %1 users, %2 products. Finish sets up the shop; then log in and sell.</source>
        <translation>جاهز: %1 مستخدمين، %2 منتجات. إنهاء يعدّ المتجر؛ ثم ادخل وبع.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_setup/wizard.py" line="158" />
        <source>Setting up the shop…</source>
        <translation>جار إعداد المتجر…</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../ui/statement_dialog.py" line="86" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="87" />
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="88" />
        <source>Movement</source>
        <translation>الحركة</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="89" />
        <source>Debit</source>
        <translation>مدين</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="90" />
        <source>Credit</source>
        <translation>دائن</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="91" />
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="96" />
        <source>Invoice</source>
        <translation>فاتورة</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="97" />
        <source>Credit note</source>
        <translation>إشعار دائن</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="98" />
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="99" />
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="100" />
        <source>Bounced cheque or traite</source>
        <translation>شيك أو كمبيالة مرفوضة</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="101" />
        <source>Ticket on account</source>
        <translation>تذكرة على الحساب</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="105" />
        <source>Statement of account</source>
        <translation>كشف حساب</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="106" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="107" />
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="108" />
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="109" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="151" />
        <source>Brought forward</source>
        <translation>الرصيد المرحل</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="165" />
        <source>Balance due</source>
        <translation>الرصيد المستحق</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="170" />
        <source>Save the statement</source>
        <translation>حفظ الكشف</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="170" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/statement_dialog.py" line="179" />
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>StockDocumentsPanel</name>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="75" />
        <source>Stock documents</source>
        <translation>وثائق المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="103" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="104" />
        <location filename="../../ui/stock_documents_panel.py" line="132" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="105" />
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="106" />
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="107" />
        <location filename="../../ui/stock_documents_panel.py" line="133" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="108" />
        <source>Lines</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="109" />
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="110" />
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="115" />
        <source>Sent here</source>
        <translation>مرسل إلى هنا</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="116" />
        <source>Every kind</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="120" />
        <source>Every status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="121" />
        <source>Posted</source>
        <translation>مرحّل</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="122" />
        <source>In transit</source>
        <translation>في الطريق</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="123" />
        <source>Received</source>
        <translation>مستلم</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="134" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/stock_documents_panel.py" line="135" />
        <source>To</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <location filename="../../ui/stock_view.py" line="119" />
        <source>SKU</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="120" />
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="121" />
        <source>In stock</source>
        <translation>في المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="122" />
        <source>Reorder point</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="123" />
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="124" />
        <source>Reserved</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="125" />
        <source>Available</source>
        <translation>المتاح</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="130" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="131" />
        <source>Movement</source>
        <translation>الحركة</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="132" />
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="133" />
        <source>Unit cost</source>
        <translation>التكلفة الوحدوية</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="134" />
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="138" />
        <source>Search by name (French or Arabic), barcode or SKU</source>
        <translation>البحث بالاسم (بالفرنسية أو بالعربية)، الرمز الشريطي أو المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="76" />
        <location filename="../../ui/stock_view.py" line="139" />
        <source>Latest movements of the selected product</source>
        <translation>آخر حركات المنتج المختار</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="140" />
        <source>Shelf labels (Ctrl+E)</source>
        <translation>ملصقات الرفوف (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_view.py" line="155" />
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
        <location filename="../../ui/stock_view.py" line="158" />
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
        <location filename="../../ui/stock_view.py" line="207" />
        <source>Select the products to label first.</source>
        <translation>اختر أولا السلع التي تريد ملصقاتها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_view.py" line="214" />
        <source>%n shelf label(s) saved as %1.</source>
        <translation>
            <numerusform>لا ملصقات</numerusform>
            <numerusform>حفظ ملصق واحد في %1.</numerusform>
            <numerusform>حفظ ملصقان في %1.</numerusform>
            <numerusform>حفظت %n ملصقات في %1.</numerusform>
            <numerusform>حفظ %n ملصقا في %1.</numerusform>
            <numerusform>حفظ %n ملصق في %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="256" />
        <source>No other branch has any.</source>
        <translation>لا يتوفر في أي فرع آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="259" />
        <source>Available elsewhere: %1</source>
        <translation>متوفر في فروع أخرى: %1</translation>
    </message>
</context>
<context>
    <name>SuppliersTab</name>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="140" />
        <location filename="../../ui/purchasing/suppliers_tab.py" line="164" />
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="141" />
        <location filename="../../ui/purchasing/suppliers_tab.py" line="165" />
        <source>Name</source>
        <translation>البيان</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="142" />
        <location filename="../../ui/purchasing/suppliers_tab.py" line="166" />
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="143" />
        <location filename="../../ui/purchasing/suppliers_tab.py" line="167" />
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="144" />
        <location filename="../../ui/purchasing/suppliers_tab.py" line="168" />
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="145" />
        <source>Terms</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="146" />
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="152" />
        <source>%1 days</source>
        <translation>%1 يومًا</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="154" />
        <source>%1 days end of month</source>
        <translation>%1 يومًا نهاية الشهر</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="155" />
        <source>Cash</source>
        <translation>نقدا</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="160" />
        <source>Code or name (French or Arabic)</source>
        <translation>الرمز أو الاسم (بالفرنسية أو العربية)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="169" />
        <source>Payment terms</source>
        <translation>شروط الدفع</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="170" />
        <source>Legal identifiers (nif=…, rc=…)</source>
        <translation>المعرفات القانونية (nif=…، rc=…)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="171" />
        <source>Bank account (RIB, RIP or IBAN)</source>
        <translation>الحساب البنكي (RIB أو RIP أو IBAN)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="178" />
        <source>SKU</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="179" />
        <source>Supplier's reference</source>
        <translation>مرجع المورد</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="180" />
        <source>Last price (excl. VAT)</source>
        <translation>آخر سعر (دون الرسم)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="181" />
        <source>Lead time (days)</source>
        <translation>مدة التسليم (أيام)</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="182" />
        <source>Pack</source>
        <translation>العبوة</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="185" />
        <source>Add a product</source>
        <translation>إضافة منتج</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="186" />
        <source>New supplier</source>
        <translation>مورد جديد</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="187" />
        <source>Save the supplier</source>
        <translation>حفظ المورد</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="188" />
        <source>Suppliers are edited at head office; they come down here.</source>
        <translation>يُعدَّل الموردون في المقر؛ ثم يصلون إلى هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/purchasing/suppliers_tab.py" line="326" />
        <source>%1 saved; it goes to every branch.</source>
        <translation>حُفظ %1؛ سيصل إلى كل الفروع.</translation>
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
    <name>TermsDialog</name>
    <message>
        <location filename="../../ui/employees_view.py" line="57" />
        <source>New terms from a date</source>
        <translation>شروط جديدة ابتداء من تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="76" />
        <source>Contract</source>
        <translation>العقد</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="77" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="78" />
        <source>Monthly base salary</source>
        <translation>الأجر الأساسي الشهري</translation>
    </message>
    <message>
        <location filename="../../ui/employees_view.py" line="79" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>TicketInvoiceDialog</name>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="457" />
        <source>Invoice a till ticket</source>
        <translation>فوترة تذكرة صندوق</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="458" />
        <source>&amp;Ticket number</source>
        <translation>رقم التذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/business_document_dialogs.py" line="459" />
        <source>&amp;Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_invoice_dialog.py" line="27" />
        <source>A4 invoice of a ticket</source>
        <translation>فاتورة A4 لتذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_invoice_dialog.py" line="32" />
        <source>When the ticket has no customer attached</source>
        <translation>إذا لم يرفق زبون بالتذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_invoice_dialog.py" line="39" />
        <source>Ticket number</source>
        <translation>رقم التذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/ticket_invoice_dialog.py" line="40" />
        <source>Customer's name</source>
        <translation>اسم الزبون</translation>
    </message>
</context>
<context>
    <name>TouchPanel</name>
    <message>
        <location filename="../../ui/touch_panel.py" line="87" />
        <source>Pay (F2)</source>
        <translation>ادفع (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/touch_panel.py" line="88" />
        <source>Favourite</source>
        <translation>مفضلة</translation>
    </message>
    <message>
        <location filename="../../ui/touch_panel.py" line="89" />
        <source>Remove line</source>
        <translation>احذف السطر</translation>
    </message>
    <message>
        <location filename="../../ui/touch_panel.py" line="90" />
        <source>Cancel ticket</source>
        <translation>ألغ التذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/touch_panel.py" line="153" />
        <source>%1 is a favourite.</source>
        <translation>%1 ضمن المفضلة.</translation>
    </message>
    <message>
        <location filename="../../ui/touch_panel.py" line="155" />
        <source>%1 is no longer a favourite.</source>
        <translation>%1 لم تعد ضمن المفضلة.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../ui/users_view.py" line="92" />
        <location filename="../../ui/users_view.py" line="110" />
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="93" />
        <location filename="../../ui/users_view.py" line="111" />
        <source>Full name</source>
        <translation>الاسم واللقب</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="94" />
        <location filename="../../ui/users_view.py" line="114" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="95" />
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="96" />
        <location filename="../../ui/users_view.py" line="118" />
        <source>Works here</source>
        <translation>يعمل هنا</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="101" />
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="102" />
        <source>Cashier</source>
        <translation>الصراف</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="103" />
        <source>Shop manager</source>
        <translation>مسير المتجر</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="104" />
        <source>Warehouse</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="105" />
        <source>Accountant</source>
        <translation>المحاسب</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="112" />
        <source>Password (empty: unchanged)</source>
        <translation>كلمة المرور (فارغة: دون تغيير)</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="113" />
        <source>PIN (empty: unchanged)</source>
        <translation>الرمز السري (فارغ: دون تغيير)</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="119" />
        <source>New user</source>
        <translation>مستخدم جديد</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="120" />
        <source>Save the user</source>
        <translation>حفظ المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="122" />
        <source>This site's users are made on the company's server; they come down here.</source>
        <translation>يُنشأ مستخدمو هذا الموقع على خادم الشركة؛ ثم يصلون إلى هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="150" />
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="150" />
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/users_view.py" line="205" />
        <source>The user is saved.</source>
        <translation>تم حفظ المستخدم.</translation>
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
        <location filename="../../ui/vocabulary.py" line="41" />
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
        <location filename="../../ui/vocabulary.py" line="38" />
        <source>Transfer out</source>
        <translation>تحويل صادر</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="25" />
        <location filename="../../ui/vocabulary.py" line="39" />
        <source>Transfer in</source>
        <translation>تحويل وارد</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="26" />
        <location filename="../../ui/vocabulary.py" line="42" />
        <source>Opening stock</source>
        <translation>المخزون الافتتاحي</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="27" />
        <source>Returned to supplier</source>
        <translation>مرتجع إلى المورد</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="35" />
        <source>Sales ticket</source>
        <translation>تذكرة بيع</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="36" />
        <source>Credit note</source>
        <translation>إشعار دائن</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="37" />
        <source>Goods receipt</source>
        <translation>استلام البضائع</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="40" />
        <source>Stock count</source>
        <translation>الجرد</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="50" />
        <location filename="../../ui/vocabulary.py" line="51" />
        <source>pce</source>
        <translation>قطعة</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="52" />
        <source>kg</source>
        <translation>كغ</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="53" />
        <source>g</source>
        <translation>غ</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="54" />
        <source>l</source>
        <translation>ل</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="55" />
        <source>m</source>
        <translation>م</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary.py" line="56" />
        <source>box</source>
        <translation>علبة</translation>
    </message>
</context>
<context>
    <name>WarehouseView</name>
    <message>
        <location filename="../../ui/warehouse_view.py" line="311" />
        <source>SKU</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="312" />
        <location filename="../../ui/warehouse_view.py" line="335" />
        <location filename="../../ui/warehouse_view.py" line="345" />
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="313" />
        <source>In stock</source>
        <translation>في المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="314" />
        <source>Reorder point</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="315" />
        <source>Suggested order</source>
        <translation>الطلب المقترح</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="320" />
        <source>Goods receipt</source>
        <translation>استلام البضائع</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="321" />
        <source>Transfer out</source>
        <translation>تحويل صادر</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="257" />
        <location filename="../../ui/warehouse_view.py" line="322" />
        <source>Arriving transfers</source>
        <translation>التحويلات الواردة</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="323" />
        <source>Stock count</source>
        <translation>الجرد</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="324" />
        <source>Reorder</source>
        <translation>إعادة التموين</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="329" />
        <source>Scan or type a barcode or SKU (12* for twelve)</source>
        <translation>امسح أو اكتب الرمز الشريطي أو المرجع (12* لاثنتي عشرة قطعة)</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="275" />
        <location filename="../../ui/warehouse_view.py" line="335" />
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="301" />
        <source>Reorder suggestions</source>
        <translation>اقتراحات إعادة التموين</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="336" />
        <source>To branch</source>
        <translation>إلى الفرع</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="337" />
        <source>Send the transfer</source>
        <translation>إرسال التحويل</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="271" />
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="272" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="273" />
        <source>Sent on</source>
        <translation>أرسل في</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="274" />
        <source>Lines</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="325" />
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="341" />
        <source>Receive the selected transfer</source>
        <translation>استلام التحويل المختار</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="345" />
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="345" />
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="345" />
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="347" />
        <source>Review the variances</source>
        <translation>مراجعة الفروق</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="348" />
        <source>Post the count</source>
        <translation>تسجيل الجرد</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="441" />
        <source>%1 posted.</source>
        <translation>تم تسجيل %1.</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="452" />
        <source>Line %1: the quantity is not a number.</source>
        <translation>السطر %1: الكمية ليست عددا.</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="492" />
        <source>More than on hand</source>
        <translation>أكثر من المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="493" />
        <source>Manager PIN to send it anyway</source>
        <translation>الرمز السري للمسؤول لإرساله رغم ذلك</translation>
    </message>
    <message>
        <location filename="../../ui/warehouse_view.py" line="518" />
        <source>%1 received as %2.</source>
        <translation>استلم %1 برقم %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/warehouse_view.py" line="523" />
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
        <location filename="../../ui/warehouse_view.py" line="552" />
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