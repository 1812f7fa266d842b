<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About micdesk</source>
        <translation>حول micdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;micdesk %1&lt;/h3&gt;&lt;p&gt;Reporting on UNIDO&apos;s work plan with middle-income countries, offline.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;&lt;p&gt;Qt %3, PySide6 %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;micdesk %1&lt;/h3&gt;&lt;p&gt;الإبلاغ عن خطة عمل اليونيدو مع البلدان المتوسطة الدخل، دون اتصال بالإنترنت.&lt;/p&gt;&lt;p&gt;مجلد البيانات: %2&lt;/p&gt;&lt;p&gt;Qt %3، PySide6 %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This installation signs final returns with key %1.</source>
        <translation>يوقّع هذا التثبيت التقارير النهائية بالمفتاح %1.</translation>
    </message>
</context>
<context>
    <name>AreaForm</name>
    <message>
        <source>Context of this work-plan row</source>
        <translation>سياق هذا البند من خطة العمل</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>UNIDO tools</source>
        <translation>أدوات اليونيدو</translation>
    </message>
    <message>
        <source>Role of MIC governments</source>
        <translation>دور حكومات البلدان المتوسطة الدخل</translation>
    </message>
    <message>
        <source>Main outcomes</source>
        <translation>النتائج الرئيسية</translation>
    </message>
    <message>
        <source>UNIDO MIC-specific outputs</source>
        <translation>نواتج اليونيدو الخاصة بالبلدان المتوسطة الدخل</translation>
    </message>
    <message>
        <source>Success indicators</source>
        <translation>مؤشرات النجاح</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>السرد</translation>
    </message>
</context>
<context>
    <name>AreaListModel</name>
    <message>
        <source>%1: %2 of %3 cells filled, %4, %5</source>
        <translation>%1: الخلايا المملوءة %2 من %3، %4، %5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>لا أخطاء</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%Ln أخطاء</numerusform>
            <numerusform>%Ln خطأً</numerusform>
            <numerusform>%Ln خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>لا تحذيرات</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%Ln تحذيرات</numerusform>
            <numerusform>%Ln تحذيرًا</numerusform>
            <numerusform>%Ln تحذير</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AskContributorDialog</name>
    <message>
        <source>Ask a contributor</source>
        <translation>طلب البيانات من جهة مساهمة</translation>
    </message>
    <message>
        <source>&amp;Whom to ask:</source>
        <translation>&amp;الجهة المطلوب منها:</translation>
    </message>
    <message>
        <source>e.g. Ministry of Environment</source>
        <translation>مثلًا: وزارة البيئة</translation>
    </message>
    <message>
        <source>&amp;Indicators they report on:</source>
        <translation>ال&amp;مؤشرات التي تبلغ عنها:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>Contributor workbook</source>
        <translation>مصنف الجهة المساهمة</translation>
    </message>
    <message>
        <source>&amp;Write the workbook</source>
        <translation>&amp;كتابة المصنف</translation>
    </message>
    <message>
        <source>Say whom you ask (a ministry or office).</source>
        <translation>حدّد الجهة التي تطلب منها (وزارة أو مكتب).</translation>
    </message>
    <message>
        <source>Tick at least one indicator.</source>
        <translation>حدّد مؤشرًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>لم يُكتب شيء: %1</translation>
    </message>
    <message>
        <source>Written: %1. Send it to %2; load it back when it returns.</source>
        <translation>كُتب: %1. أرسله إلى %2؛ وحمّله عند عودته.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Something went wrong (%1). The details are in the log: Help → Open the log folder.</source>
        <translation>حدث خطأ (%1). التفاصيل في السجل: مساعدة ← فتح مجلد السجل.</translation>
    </message>
</context>
<context>
    <name>BreakdownGrid</name>
    <message>
        <source>paste into the breakdown</source>
        <translation>اللصق في التفصيل</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) fell outside the breakdown and were left out</source>
        <translation>
            <numerusform>لا قيم خارج التفصيل</numerusform>
            <numerusform>قيمة واحدة خارج التفصيل فتُركت</numerusform>
            <numerusform>قيمتان خارج التفصيل فتُركتا</numerusform>
            <numerusform>%Ln قيم خارج التفصيل فتُركت</numerusform>
            <numerusform>%Ln قيمة خارج التفصيل فتُركت</numerusform>
            <numerusform>%Ln قيمة خارج التفصيل فتُركت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) could not be read as numbers</source>
        <translation>
            <numerusform>لا قيم غير مقروءة</numerusform>
            <numerusform>قيمة واحدة لم تُقرأ كرقم</numerusform>
            <numerusform>قيمتان لم تُقرآ كرقمين</numerusform>
            <numerusform>%Ln قيم لم تُقرأ كأرقام</numerusform>
            <numerusform>%Ln قيمة لم تُقرأ كأرقام</numerusform>
            <numerusform>%Ln قيمة لم تُقرأ كأرقام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %1 of %Ln value(s): %2.</source>
        <translation>
            <numerusform>لُصقت %1 من لا قيم: %2.</numerusform>
            <numerusform>لُصقت %1 من قيمة واحدة: %2.</numerusform>
            <numerusform>لُصقت %1 من قيمتين: %2.</numerusform>
            <numerusform>لُصقت %1 من %Ln قيم: %2.</numerusform>
            <numerusform>لُصقت %1 من %Ln قيمةً: %2.</numerusform>
            <numerusform>لُصقت %1 من %Ln قيمة: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>The country you report on. Type part of its name, in this language or in English, or its ISO code.</source>
        <translation>البلد الذي تقدّم عنه التقارير. اكتب جزءًا من اسمه، بهذه اللغة أو بالإنجليزية، أو رمزه وفق ISO.</translation>
    </message>
    <message>
        <source>No country matches: type part of its name or its code.</source>
        <translation>لا يوجد بلد مطابق: اكتب جزءًا من اسمه أو رمزه.</translation>
    </message>
    <message>
        <source>Choose your country in the list to go on.</source>
        <translation>اختر بلدك من القائمة للمتابعة.</translation>
    </message>
    <message>
        <source>e.g. %1, Kenya or KEN</source>
        <translation>مثلًا %1 أو Kenya أو KEN</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>البحث عن بلد</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <source>micdesk: the data file is damaged</source>
        <translation>micdesk: ملف البيانات تالف</translation>
    </message>
    <message>
        <source>The newest good backup is from %1.</source>
        <translation>أحدث نسخة احتياطية سليمة تعود إلى %1.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>لا توجد نسخة احتياطية سليمة يمكن استعادتها.</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found damage in %1. You can restore the newest good backup (the damaged file is kept in the backups folder), or open the data read-only and export what can still be read.</source>
        <translation>وجد فحص SQLite تلفًا في %1. يمكنك استعادة أحدث نسخة احتياطية سليمة (يُحتفظ بالملف التالف في مجلد النسخ الاحتياطية)، أو فتح البيانات للقراءة فقط وتصدير ما يمكن قراءته.</translation>
    </message>
    <message>
        <source>The data file %1 is empty or missing, but the backups folder holds earlier data. Restore the newest good backup to go on; no backup has been deleted.</source>
        <translation>ملف البيانات %1 فارغ أو مفقود، لكن مجلد النسخ الاحتياطية يحتوي على بيانات سابقة. استعد أحدث نسخة احتياطية سليمة للمتابعة؛ لم تُحذف أي نسخة احتياطية.</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;استعادة أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>فتح للقراءة &amp;فقط</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
</context>
<context>
    <name>DisaggregationModel</name>
    <message>
        <source>Sum</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Your change to %1 was not saved: %2. The form shows what is stored; type the change again once the disk is ready.</source>
        <translation>لم يُحفظ تغييرك في %1: %2. يعرض النموذج ما هو محفوظ؛ اكتب التغيير مرة أخرى عندما يصبح القرص جاهزًا.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the data folder cannot be written to</source>
        <translation>لا يمكن الكتابة في مجلد البيانات</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>أبلغ القرص عن خطأ</translation>
    </message>
    <message>
        <source>the disk refused it (%1)</source>
        <translation>رفض القرص الحفظ (%1)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export %1 %2</source>
        <translation>تصدير %1 %2</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>ملف التصدير</translation>
    </message>
    <message>
        <source>&amp;Draft — can be written at any time; says DRAFT on its cover</source>
        <translation>&amp;نسخة مسودة — يمكن إعدادها في أي وقت؛ تحمل على غلافها كلمة DRAFT (مسودة)</translation>
    </message>
    <message>
        <source>&amp;Submit to UNIDO — final: no errors, and a comment on every warning</source>
        <translation>&amp;إرسال نهائي إلى اليونيدو — بلا أخطاء، ومع تعليق على كل تحذير</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>الأخطاء والتحذيرات</translation>
    </message>
    <message>
        <source>Export submission</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>A PDF of the exported workbook, to print and sign: the same rows and hash.</source>
        <translation>ملف PDF للمصنف المُصدَّر للطباعة والتوقيع: الصفوف نفسها والبصمة نفسها.</translation>
    </message>
    <message>
        <source>Export first: the PDF shows the exported workbook, with its hash.</source>
        <translation>صدِّر أولًا: يعرض ملف PDF المصنف المُصدَّر مع بصمته.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>فتح الم&amp;جلد</translation>
    </message>
    <message>
        <source>Cop&amp;y path</source>
        <translation>نسخ المسا&amp;ر</translation>
    </message>
    <message>
        <source>Open the por&amp;tal</source>
        <translation>فتح ال&amp;بوابة</translation>
    </message>
    <message>
        <source>%1 of %2 values filled (%3%).</source>
        <translation>مُلئت %1 من %2 قيم (%3%).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s) to fix.</source>
        <translation>
            <numerusform>لا أخطاء للتصحيح.</numerusform>
            <numerusform>خطأ واحد للتصحيح.</numerusform>
            <numerusform>خطآن للتصحيح.</numerusform>
            <numerusform>%Ln أخطاء للتصحيح.</numerusform>
            <numerusform>%Ln خطأً للتصحيح.</numerusform>
            <numerusform>%Ln خطأ للتصحيح.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to explain in a comment.</source>
        <translation>
            <numerusform>لا تحذيرات للشرح.</numerusform>
            <numerusform>تحذير واحد للشرح في تعليق.</numerusform>
            <numerusform>تحذيران للشرح في تعليق.</numerusform>
            <numerusform>%Ln تحذيرات للشرح في تعليق.</numerusform>
            <numerusform>%Ln تحذيرًا للشرح في تعليق.</numerusform>
            <numerusform>%Ln تحذير للشرح في تعليق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln required value(s) to fill, or to explain for a final export.</source>
        <translation>
            <numerusform>لا قيم مطلوبة.</numerusform>
            <numerusform>قيمة مطلوبة واحدة للملء، أو للشرح قبل التصدير النهائي.</numerusform>
            <numerusform>قيمتان مطلوبتان للملء، أو للشرح قبل التصدير النهائي.</numerusform>
            <numerusform>%Ln قيم مطلوبة للملء، أو للشرح قبل التصدير النهائي.</numerusform>
            <numerusform>%Ln قيمة مطلوبة للملء، أو للشرح قبل التصدير النهائي.</numerusform>
            <numerusform>%Ln قيمة مطلوبة للملء، أو للشرح قبل التصدير النهائي.</numerusform>
        </translation>
    </message>
    <message>
        <source>A final export needs every error fixed and every warning explained: %1</source>
        <translation>يتطلب التصدير النهائي تصحيح كل خطأ وشرح كل تحذير: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s) left.</source>
        <translation>
            <numerusform>لا أخطاء متبقية.</numerusform>
            <numerusform>بقي خطأ واحد.</numerusform>
            <numerusform>بقي خطآن.</numerusform>
            <numerusform>بقيت %Ln أخطاء.</numerusform>
            <numerusform>بقي %Ln خطأً.</numerusform>
            <numerusform>بقي %Ln خطأ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) left.</source>
        <translation>
            <numerusform>لا تحذيرات متبقية.</numerusform>
            <numerusform>بقي تحذير واحد.</numerusform>
            <numerusform>بقي تحذيران.</numerusform>
            <numerusform>بقيت %Ln تحذيرات.</numerusform>
            <numerusform>بقي %Ln تحذيرًا.</numerusform>
            <numerusform>بقي %Ln تحذير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>“%1” exists already in %2. Replace it?</source>
        <translation>يوجد «%1» بالفعل في %2. هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>UNIDO&apos;s questions</source>
        <translation>أسئلة اليونيدو</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of UNIDO&apos;s questions about this return are not answered. Answer them beside their fields first, or mark them “will answer later” and export now?</source>
        <translation>
            <numerusform>لا أسئلة بلا إجابة.</numerusform>
            <numerusform>سؤال واحد من اليونيدو عن هذا التقرير بلا إجابة. أتجيب عنه أولًا بجانب حقله، أم تضع عليه «ستتم الإجابة لاحقًا» وتصدّر الآن؟</numerusform>
            <numerusform>سؤالان من اليونيدو عن هذا التقرير بلا إجابة. أتجيب عنهما أولًا بجانب حقليهما، أم تضع عليهما «ستتم الإجابة لاحقًا» وتصدّر الآن؟</numerusform>
            <numerusform>%Ln أسئلة من اليونيدو عن هذا التقرير بلا إجابة. أتجيب عنها أولًا بجانب حقولها، أم تضع عليها «ستتم الإجابة لاحقًا» وتصدّر الآن؟</numerusform>
            <numerusform>%Ln سؤالًا من اليونيدو عن هذا التقرير بلا إجابة. أتجيب عنها أولًا بجانب حقولها، أم تضع عليها «ستتم الإجابة لاحقًا» وتصدّر الآن؟</numerusform>
            <numerusform>%Ln سؤال من اليونيدو عن هذا التقرير بلا إجابة. أتجيب عنها أولًا بجانب حقولها، أم تضع عليها «ستتم الإجابة لاحقًا» وتصدّر الآن؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark “will answer later” and export</source>
        <translation>ضع «ستتم الإجابة لاحقًا» وصدّر</translation>
    </message>
    <message>
        <source>Answer them first</source>
        <translation>أجب عنها أولًا</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Exported revision %1 (%2) to %3.</source>
        <translation>صُدِّرت المراجعة %1 (%2) إلى %3.</translation>
    </message>
    <message>
        <source>Removed characters that Excel cannot hold: %1</source>
        <translation>حُذفت محارف لا يقبلها Excel: %1</translation>
    </message>
    <message>
        <source>Next step: your file is “%1” in the folder %2.</source>
        <translation>الخطوة التالية: ملفك هو «%1» في المجلد %2.</translation>
    </message>
    <message>
        <source>Upload this file to %1, as it is: do not open and re-save it in Excel.</source>
        <translation>ارفع هذا الملف إلى %1 كما هو: لا تفتحه ولا تحفظه من جديد في Excel.</translation>
    </message>
    <message>
        <source>Send this file to UNIDO, as it is: do not open and re-save it in Excel.</source>
        <translation>أرسل هذا الملف إلى اليونيدو كما هو: لا تفتحه ولا تحفظه من جديد في Excel.</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>لم يُكتب شيء. %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>لم يُحفظ ملف PDF: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the PDF (%Ln page(s)) to %1.</source>
        <translation>
            <numerusform>حُفظ ملف PDF (بلا صفحات) في %1.</numerusform>
            <numerusform>حُفظ ملف PDF (صفحة واحدة) في %1.</numerusform>
            <numerusform>حُفظ ملف PDF (صفحتان) في %1.</numerusform>
            <numerusform>حُفظ ملف PDF (%Ln صفحات) في %1.</numerusform>
            <numerusform>حُفظ ملف PDF (%Ln صفحة) في %1.</numerusform>
            <numerusform>حُفظ ملف PDF (%Ln صفحة) في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFindingsModel</name>
    <message>
        <source>Error in %1: %2</source>
        <translation>خطأ في %1: %2</translation>
    </message>
    <message>
        <source>Warning in %1: %2</source>
        <translation>تحذير في %1: %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Comment (explains a warning)</source>
        <translation>تعليق (يوضّح التحذير)</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>To do in %1: enter the figure, or NA, NE or C.</source>
        <translation>مطلوب في %1: أدخل الرقم، أو NA أو NE أو C.</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>خطأ في %1: %2</translation>
    </message>
    <message>
        <source>Warning in %1: %2</source>
        <translation>تحذير في %1: %2</translation>
    </message>
    <message>
        <source>Explained in %1: %2</source>
        <translation>مشروح في %1: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to micdesk</source>
        <translation>مرحبًا بك في micdesk</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ال&amp;تالي &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>FocalPointPage</name>
    <message>
        <source>The e-mail address is not complete: it needs a name, @ and a domain, as in name@ministry.go.ke. Or leave it empty and add it later.</source>
        <translation>عنوان البريد الإلكتروني غير مكتمل: يحتاج إلى اسم و@ ونطاق، مثل name@ministry.go.ke. أو اتركه فارغًا وأضفه لاحقًا.</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>جهة التنسيق</translation>
    </message>
    <message>
        <source>Shown on the cover of every submission you export.</source>
        <translation>تظهر على غلاف كل تقرير تصدّره.</translation>
    </message>
    <message>
        <source>Focal point na&amp;me:</source>
        <translation>&amp;اسم مسؤول التنسيق:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Focal point name</source>
        <translation>اسم مسؤول التنسيق</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
</context>
<context>
    <name>FormatLocaleDialog</name>
    <message>
        <source>Number and date format</source>
        <translation>تنسيق الأرقام والتواريخ</translation>
    </message>
    <message>
        <source>&amp;Write numbers and dates as in:</source>
        <translation>اكتب الأرقام والتواريخ &amp;كما في:</translation>
    </message>
    <message>
        <source>Automatic: as the system (%1)</source>
        <translation>تلقائي: كما في النظام (%1)</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>مثال:</translation>
    </message>
    <message>
        <source>This changes only how numbers and dates are shown and typed, not the language of the interface. What you entered is stored exactly, whatever the format.</source>
        <translation>يغيّر هذا طريقة عرض الأرقام والتواريخ وكتابتها فقط، لا لغة الواجهة. ما أدخلته يُحفظ كما هو تمامًا أيًّا كان التنسيق.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>micdesk user guide</source>
        <translation>دليل استخدام micdesk</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>&amp;Reword the reason of the latest changes…</source>
        <translation>إعادة &amp;صياغة سبب التغييرات الأخيرة…</translation>
    </message>
    <message>
        <source>Changes of %1, oldest first:</source>
        <translation>تغييرات %1، من الأقدم إلى الأحدث:</translation>
    </message>
    <message>
        <source>%1 has not been changed yet.</source>
        <translation>لم تُغيَّر قيمة %1 بعد.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>By</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>HqWindow</name>
    <message>
        <source>micdesk — UNIDO: consolidate returns</source>
        <translation>micdesk — اليونيدو: توحيد التقارير</translation>
    </message>
    <message>
        <source>Returns &amp;folder:</source>
        <translation>م&amp;جلد التقارير:</translation>
    </message>
    <message>
        <source>A folder of returns (.xlsx); you can drop it here</source>
        <translation>مجلد تقارير (.xlsx)؛ يمكنك إفلاته هنا</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Accept &amp;edited files</source>
        <translation>قبول الملفات المع&amp;دَّلة</translation>
    </message>
    <message>
        <source>Also consolidate files changed by hand after export (still marked edited)</source>
        <translation>توحيد الملفات المعدَّلة يدويًا بعد التصدير أيضًا (مع بقائها موسومة بأنها معدَّلة)</translation>
    </message>
    <message>
        <source>&amp;Consolidate</source>
        <translation>&amp;توحيد</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>إل&amp;غاء</translation>
    </message>
    <message>
        <source>&amp;Open the consolidated workbook</source>
        <translation>&amp;فتح المصنف الموحَّد</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Check a template</source>
        <translation>فحص قالب</translation>
    </message>
    <message>
        <source>Filter by file, country, period or reason</source>
        <translation>التصفية حسب الملف أو البلد أو الفترة أو السبب</translation>
    </message>
    <message>
        <source>A template workbook an author is editing</source>
        <translation>مصنف قالب يحرّره مؤلف</translation>
    </message>
    <message>
        <source>Check a &amp;template…</source>
        <translation>فحص &amp;قالب…</translation>
    </message>
    <message>
        <source>Yes/no: countries answering yes. Numbers: the sum over the countries. Cumulative: the sum of each country&apos;s latest figure, never a sum across periods. Percentages are not added up. NA, NE and C are listed, never counted as zero.</source>
        <translation>نعم/لا: عدد البلدان التي أجابت بنعم. الأرقام: المجموع على البلدان. التراكمية: مجموع آخر رقم لكل بلد، لا مجموع عبر الفترات أبدًا. لا تُجمع النسب المئوية. تُدرج NA وNE وC ولا تُحسب صفرًا أبدًا.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>الخلية</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>قديم</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>Folder of returns</source>
        <translation>مجلد التقارير</translation>
    </message>
    <message>
        <source>“%1” is not a folder: choose the folder of returns.</source>
        <translation>«%1» ليس مجلدًا: اختر مجلد التقارير.</translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation>جارٍ قراءة التقارير…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>%1 من لا ملفات</numerusform>
            <numerusform>%1 من ملف واحد</numerusform>
            <numerusform>%1 من ملفين</numerusform>
            <numerusform>%1 من %Ln ملفات</numerusform>
            <numerusform>%1 من %Ln ملفًا</numerusform>
            <numerusform>%1 من %Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>أُلغي؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>None of the files is a readable micdesk return; nothing was written.</source>
        <translation>لا يوجد بين الملفات تقرير micdesk قابل للقراءة؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>تعذّرت كتابة المصنف: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) read, %1 consolidated, %2 not ok; written to %3.</source>
        <translation>
            <numerusform>لم يُقرأ أي ملف، ووُحِّد %1، و%2 غير سليمة؛ كُتب في %3.</numerusform>
            <numerusform>قُرئ ملف واحد، ووُحِّد %1، و%2 غير سليمة؛ كُتب في %3.</numerusform>
            <numerusform>قُرئ ملفان، ووُحِّد %1، و%2 غير سليمة؛ كُتب في %3.</numerusform>
            <numerusform>قُرئت %Ln ملفات، ووُحِّد %1، و%2 غير سليمة؛ كُتب في %3.</numerusform>
            <numerusform>قُرئ %Ln ملفًا، ووُحِّد %1، و%2 غير سليمة؛ كُتب في %3.</numerusform>
            <numerusform>قُرئ %Ln ملف، ووُحِّد %1، و%2 غير سليمة؛ كُتب في %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid: template “%1” version %2, %Ln indicator(s).</source>
        <translation>
            <numerusform>صالح: القالب «%1» الإصدار %2، بلا مؤشرات.</numerusform>
            <numerusform>صالح: القالب «%1» الإصدار %2، مؤشر واحد.</numerusform>
            <numerusform>صالح: القالب «%1» الإصدار %2، مؤشران.</numerusform>
            <numerusform>صالح: القالب «%1» الإصدار %2، %Ln مؤشرات.</numerusform>
            <numerusform>صالح: القالب «%1» الإصدار %2، %Ln مؤشرًا.</numerusform>
            <numerusform>صالح: القالب «%1» الإصدار %2، %Ln مؤشر.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 yes</source>
        <translation>%1 من %2 بنعم</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Template workbook</source>
        <translation>مصنف القالب</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook cannot be read: %1</source>
        <translation>لا يمكن قراءة المصنف: %1</translation>
    </message>
    <message>
        <source>Problems found: %1. The template cannot be imported as it is.</source>
        <translation>المشكلات الموجودة: %1. لا يمكن استيراد القالب كما هو.</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>القيمة:</translation>
    </message>
    <message>
        <source>Hint, breakdown, comment, source, follow-up, trend and history</source>
        <translation>التلميح والتفصيل والتعليق والمصدر والمتابعة والاتجاه والسجل</translation>
    </message>
    <message>
        <source>%1 details</source>
        <translation>تفاصيل %1</translation>
    </message>
    <message>
        <source>Blank is not zero: choose NA, NE or C when there is no figure.</source>
        <translation>الخانة الفارغة ليست صفرًا: اختر NA أو NE أو C حين لا يوجد رقم.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notation key&lt;/b&gt;: what to say when there is no figure (a blank is not zero).&lt;br&gt;&lt;b&gt;NA — not applicable&lt;/b&gt;: the indicator does not apply to your country in this period.&lt;br&gt;&lt;b&gt;NE — not estimated&lt;/b&gt;: it applies, but no figure exists or could be estimated.&lt;br&gt;&lt;b&gt;C — confidential&lt;/b&gt;: a figure exists but cannot be shared.&lt;br&gt;A cell holds a value or a key, never both.</source>
        <translation>&lt;b&gt;رمز الترميز&lt;/b&gt;: ما تقوله عندما لا يوجد رقم (الخانة الفارغة ليست صفرًا).&lt;br&gt;&lt;b&gt;NA — لا ينطبق&lt;/b&gt;: المؤشر لا ينطبق على بلدك في هذه الفترة.&lt;br&gt;&lt;b&gt;NE — غير مقدَّر&lt;/b&gt;: المؤشر ينطبق، لكن لا يوجد رقم أو تعذّر تقديره.&lt;br&gt;&lt;b&gt;C — سري&lt;/b&gt;: الرقم موجود لكن لا يمكن الإفصاح عنه.&lt;br&gt;تحتوي الخانة على قيمة أو رمز، لا على الاثنين معًا.</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>تعليق:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>للمتابعة</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>قيمة %1</translation>
    </message>
    <message>
        <source>%1 notation key</source>
        <translation>رمز الترميز لـ %1</translation>
    </message>
    <message>
        <source>%1 comment</source>
        <translation>تعليق على %1</translation>
    </message>
    <message>
        <source>%1 source</source>
        <translation>مصدر %1</translation>
    </message>
    <message>
        <source>%1 follow up</source>
        <translation>متابعة %1</translation>
    </message>
    <message>
        <source>%1 breakdown</source>
        <translation>تصنيف %1</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— بلا إجابة —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>الفترة السابقة (%1): %2</translation>
    </message>
    <message>
        <source>Prev. (%1): %2</source>
        <translation>السابقة (%1): %2</translation>
    </message>
    <message>
        <source>Baseline (%1): %2</source>
        <translation>خط الأساس (%1): %2</translation>
    </message>
    <message>
        <source>Base. (%1): %2</source>
        <translation>الأساس (%1): %2</translation>
    </message>
    <message>
        <source>Tgt. (%1): %2</source>
        <translation>الهدف (%1): %2</translation>
    </message>
    <message>
        <source>Details •</source>
        <translation>التفاصيل •</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>To explain</source>
        <translation>يحتاج إلى شرح</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>مشروح</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Target (%1): %2</source>
        <translation>الهدف (%1): %2</translation>
    </message>
    <message>
        <source>No figure?</source>
        <translation>لا يوجد رقم؟</translation>
    </message>
    <message>
        <source>Previous period (%1): %2 (converted to this version)</source>
        <translation>الفترة السابقة (%1): %2 (محوَّلة إلى هذا الإصدار)</translation>
    </message>
    <message>
        <source>Enter the breakdown: the cells must add up to the total.</source>
        <translation>أدخل التصنيف: يجب أن يساوي مجموع الخلايا المجموع الكلي.</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1: it does not match the total %2.</source>
        <translation>مجموع التصنيف %1، وهو لا يطابق المجموع الكلي %2.</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1.</source>
        <translation>مجموع التصنيف %1.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type it like %2, or NA, NE or C.</source>
        <translation>«%1» ليس رقمًا. اكتبه على هذا النحو %2، أو NA أو NE أو C.</translation>
    </message>
    <message>
        <source>Enter a whole number, not %1.</source>
        <translation>أدخل عددًا صحيحًا، لا %1.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language micdesk speaks and shows the work plan in.</source>
        <translation>لغة واجهة micdesk وخطة العمل.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
</context>
<context>
    <name>LoadContributionDialog</name>
    <message>
        <source>Load a contributor&apos;s workbook</source>
        <translation>تحميل مصنف جهة مساهمة</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>ال&amp;مصنف:</translation>
    </message>
    <message>
        <source>Contributor workbook</source>
        <translation>مصنف الجهة المساهمة</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;فحص</translation>
    </message>
    <message>
        <source>&amp;Load the valid values</source>
        <translation>&amp;تحميل القيم الصالحة</translation>
    </message>
    <message>
        <source>Where a value differs from yours:</source>
        <translation>عندما تختلف قيمة عن قيمتك:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على قيمتي</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>أخذ قيمتهم</translation>
    </message>
    <message>
        <source>Asked of %1 on %2: not back yet</source>
        <translation>طُلب من %1 في %2: لم يعد بعد</translation>
    </message>
    <message>
        <source>Asked of %1 on %2: back on %3</source>
        <translation>طُلب من %1 في %2: عاد في %3</translation>
    </message>
    <message>
        <source>No contributor has been asked yet.</source>
        <translation>لم يُطلب شيء من أي جهة مساهمة بعد.</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>لم يُحمَّل شيء: %1</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %Ln value(s) to load, %2 invalid, %3 differ from yours.</source>
        <translation>
            <numerusform>من %1: لا قيم للتحميل، وغير الصالحة: %2، والمختلفة عن قيمك: %3.</numerusform>
            <numerusform>من %1: قيمة واحدة للتحميل، وغير الصالحة: %2، والمختلفة عن قيمك: %3.</numerusform>
            <numerusform>من %1: قيمتان للتحميل، وغير الصالحة: %2، والمختلفة عن قيمك: %3.</numerusform>
            <numerusform>من %1: %Ln قيم للتحميل، وغير الصالحة: %2، والمختلفة عن قيمك: %3.</numerusform>
            <numerusform>من %1: %Ln قيمةً للتحميل، وغير الصالحة: %2، والمختلفة عن قيمك: %3.</numerusform>
            <numerusform>من %1: %Ln قيمة للتحميل، وغير الصالحة: %2، والمختلفة عن قيمك: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid cells (not loaded)</source>
        <translation>خلايا غير صالحة (لا تُحمَّل)</translation>
    </message>
    <message>
        <source>Values that differ from yours</source>
        <translation>قيم تختلف عن قيمك</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>قيم جديدة</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln value(s) from %1.</source>
        <translation>
            <numerusform>لم تُحمَّل أي قيمة من %1.</numerusform>
            <numerusform>حُمِّلت قيمة واحدة من %1.</numerusform>
            <numerusform>حُمِّلت قيمتان من %1.</numerusform>
            <numerusform>حُمِّلت %Ln قيم من %1.</numerusform>
            <numerusform>حُمِّلت %Ln قيمة من %1.</numerusform>
            <numerusform>حُمِّلت %Ln قيمة من %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadDialog</name>
    <message>
        <source>Load a submission</source>
        <translation>تحميل تقرير</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>ال&amp;مصنف:</translation>
    </message>
    <message>
        <source>Submission workbook</source>
        <translation>مصنف التقرير</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;قراءة</translation>
    </message>
    <message>
        <source>The file was edited after export. Load it anyway (every change is listed above).</source>
        <translation>عُدِّل الملف بعد تصديره. تحميله على أي حال (كل التغييرات مدرجة أعلاه).</translation>
    </message>
    <message>
        <source>&amp;Keep all mine</source>
        <translation>&amp;إبقاء كل ما لديّ</translation>
    </message>
    <message>
        <source>&amp;Take all theirs</source>
        <translation>أ&amp;خذ كل ما في الملف</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;تحميل</translation>
    </message>
    <message>
        <source>Changes and conflicts</source>
        <translation>التغييرات والتعارضات</translation>
    </message>
    <message>
        <source>Choose a submission workbook: nothing changes until you load it.</source>
        <translation>اختر مصنف تقرير: لن يتغير شيء قبل أن تحمّله.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), period %3, revision %4 (%5), exported %6: %Ln new value(s), %7, %8.</source>
        <translation>
            <numerusform>%1 (%2)، الفترة %3، المراجعة %4 (%5)، صُدِّر في %6: لا قيم جديدة، %7، %8.</numerusform>
            <numerusform>%1 (%2)، الفترة %3، المراجعة %4 (%5)، صُدِّر في %6: قيمة جديدة واحدة، %7، %8.</numerusform>
            <numerusform>%1 (%2)، الفترة %3، المراجعة %4 (%5)، صُدِّر في %6: قيمتان جديدتان، %7، %8.</numerusform>
            <numerusform>%1 (%2)، الفترة %3، المراجعة %4 (%5)، صُدِّر في %6: %Ln قيم جديدة، %7، %8.</numerusform>
            <numerusform>%1 (%2)، الفترة %3، المراجعة %4 (%5)، صُدِّر في %6: %Ln قيمةً جديدةً، %7، %8.</numerusform>
            <numerusform>%1 (%2)، الفترة %3، المراجعة %4 (%5)، صُدِّر في %6: %Ln قيمة جديدة، %7، %8.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%Ln تعارضات</numerusform>
            <numerusform>%Ln تعارضًا</numerusform>
            <numerusform>%Ln تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already the same</source>
        <translation>
            <numerusform>لا شيء متطابق أصلًا</numerusform>
            <numerusform>واحدة متطابقة أصلًا</numerusform>
            <numerusform>اثنتان متطابقتان أصلًا</numerusform>
            <numerusform>%Ln متطابقة أصلًا</numerusform>
            <numerusform>%Ln متطابقة أصلًا</numerusform>
            <numerusform>%Ln متطابقة أصلًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln value(s) and %1; %2; %3.</source>
        <translation>
            <numerusform>لم تُحمَّل أي قيمة، و%1؛ %2؛ %3.</numerusform>
            <numerusform>حُمِّلت قيمة واحدة و%1؛ %2؛ %3.</numerusform>
            <numerusform>حُمِّلت قيمتان و%1؛ %2؛ %3.</numerusform>
            <numerusform>حُمِّلت %Ln قيم و%1؛ %2؛ %3.</numerusform>
            <numerusform>حُمِّلت %Ln قيمةً و%1؛ %2؛ %3.</numerusform>
            <numerusform>حُمِّلت %Ln قيمة و%1؛ %2؛ %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln narrative(s)</source>
        <translation>
            <numerusform>لا نصوص سردية</numerusform>
            <numerusform>نص سردي واحد</numerusform>
            <numerusform>نصان سرديان</numerusform>
            <numerusform>%Ln نصوص سردية</numerusform>
            <numerusform>%Ln نصًا سرديًا</numerusform>
            <numerusform>%Ln نص سردي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept %Ln of yours</source>
        <translation>
            <numerusform>لم يُبقَ شيء من قيمك</numerusform>
            <numerusform>أُبقيت قيمة واحدة من قيمك</numerusform>
            <numerusform>أُبقيت قيمتان من قيمك</numerusform>
            <numerusform>أُبقيت %Ln قيم من قيمك</numerusform>
            <numerusform>أُبقيت %Ln قيمةً من قيمك</numerusform>
            <numerusform>أُبقيت %Ln قيمة من قيمك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) could not be loaded</source>
        <translation>
            <numerusform>لم يتعذّر تحميل أي صف</numerusform>
            <numerusform>تعذّر تحميل صف واحد</numerusform>
            <numerusform>تعذّر تحميل صفين</numerusform>
            <numerusform>تعذّر تحميل %Ln صفوف</numerusform>
            <numerusform>تعذّر تحميل %Ln صفًا</numerusform>
            <numerusform>تعذّر تحميل %Ln صف</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was exported on template version %1; version %2 is installed.</source>
        <translation>صُدِّر الملف وفق الإصدار %1 من النموذج؛ والإصدار المثبت هو %2.</translation>
    </message>
    <message>
        <source>This file cannot be read as a micdesk submission; nothing was loaded. Details: %1</source>
        <translation>تعذّرت قراءة هذا الملف بوصفه تقريرًا من micdesk؛ لم يُحمَّل شيء. التفاصيل: %1</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>لم يُحمَّل شيء: %1</translation>
    </message>
</context>
<context>
    <name>LoadPlanModel</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>%1 (comment: %2)</source>
        <translation>%1 (تعليق: %2)</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>أخذ ما في الملف</translation>
    </message>
    <message>
        <source>%1 narrative: %2</source>
        <translation>سرد %1: %2</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>ما لديّ (هذا الحاسوب)</translation>
    </message>
    <message>
        <source>Theirs (the file)</source>
        <translation>ما في الملف</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>الاختيار</translation>
    </message>
</context>
<context>
    <name>LoadReviewDialog</name>
    <message>
        <source>Load a UNIDO review</source>
        <translation>تحميل مراجعة اليونيدو</translation>
    </message>
    <message>
        <source>&amp;Review workbook:</source>
        <translation>مصنف ال&amp;مراجعة:</translation>
    </message>
    <message>
        <source>UNIDO review workbook</source>
        <translation>مصنف مراجعة اليونيدو</translation>
    </message>
    <message>
        <source>Review workbook</source>
        <translation>مصنف المراجعة</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>ت&amp;حقق</translation>
    </message>
    <message>
        <source>Kee&amp;p the questions to answer</source>
        <translation>احتفظ &amp;بالأسئلة للإجابة عنها</translation>
    </message>
    <message>
        <source>The review was edited after UNIDO wrote it: &amp;load it anyway</source>
        <translation>عُدِّلت المراجعة بعد أن كتبتها اليونيدو: حمّلها &amp;على أي حال</translation>
    </message>
    <message>
        <source>UNIDO&apos;s questions</source>
        <translation>أسئلة اليونيدو</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>لم يُحمَّل شيء: %1</translation>
    </message>
    <message>
        <source>Keep the questions to answer them beside their fields.</source>
        <translation>احتفظ بالأسئلة لتجيب عنها بجانب حقولها.</translation>
    </message>
    <message numerus="yes">
        <source>UNIDO&apos;s questions about %1 %2, revision %3: %Ln question(s).</source>
        <translation>
            <numerusform>أسئلة اليونيدو عن %1 %2، المراجعة %3: لا أسئلة.</numerusform>
            <numerusform>أسئلة اليونيدو عن %1 %2، المراجعة %3: سؤال واحد.</numerusform>
            <numerusform>أسئلة اليونيدو عن %1 %2، المراجعة %3: سؤالان.</numerusform>
            <numerusform>أسئلة اليونيدو عن %1 %2، المراجعة %3: %Ln أسئلة.</numerusform>
            <numerusform>أسئلة اليونيدو عن %1 %2، المراجعة %3: %Ln سؤالًا.</numerusform>
            <numerusform>أسئلة اليونيدو عن %1 %2، المراجعة %3: %Ln سؤال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) from UNIDO to answer in %1 %2.</source>
        <translation>
            <numerusform>لا أسئلة من اليونيدو في %1 %2.</numerusform>
            <numerusform>سؤال واحد من اليونيدو بانتظار الإجابة في %1 %2.</numerusform>
            <numerusform>سؤالان من اليونيدو بانتظار الإجابة في %1 %2.</numerusform>
            <numerusform>%Ln أسئلة من اليونيدو بانتظار الإجابة في %1 %2.</numerusform>
            <numerusform>%Ln سؤالًا من اليونيدو بانتظار الإجابة في %1 %2.</numerusform>
            <numerusform>%Ln سؤال من اليونيدو بانتظار الإجابة في %1 %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Number and &amp;date format…</source>
        <translation>تنسيق الأرقام و&amp;التواريخ…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;دليل الاستخدام</translation>
    </message>
    <message>
        <source>What&apos;s &amp;this?</source>
        <translation>ما &amp;هذا؟</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>&amp;Problems panel</source>
        <translation>لوحة ال&amp;مشكلات</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>&amp;Country: </source>
        <translation>ال&amp;بلد: </translation>
    </message>
    <message>
        <source> &amp;Period: </source>
        <translation> ال&amp;فترة: </translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>فترة التقرير</translation>
    </message>
    <message>
        <source>Work-plan rows</source>
        <translation>بنود خطة العمل</translation>
    </message>
    <message>
        <source>Read-only: the data file is damaged. Export what you need, then restore a backup.</source>
        <translation>للقراءة فقط: ملف البيانات تالف. صدّر ما تحتاج إليه، ثم استعد نسخة احتياطية.</translation>
    </message>
    <message>
        <source>micdesk</source>
        <translation>micdesk</translation>
    </message>
    <message>
        <source>%1 %2 — %3 — micdesk</source>
        <translation>%1 %2 — %3 — micdesk</translation>
    </message>
    <message>
        <source>%1 is outside the periods you can start: from %2 to %3.</source>
        <translation>%1 خارج الفترات التي يمكنك بدؤها: من %2 إلى %3.</translation>
    </message>
    <message>
        <source>There is no submission for %1 %2 yet. Start an empty one?</source>
        <translation>لا يوجد تقرير لـ %1 %2 بعد. هل تبدأ تقريرًا فارغًا؟</translation>
    </message>
    <message>
        <source>Start a new period?</source>
        <translation>بدء فترة جديدة؟</translation>
    </message>
    <message>
        <source>Every change is saved as soon as you leave a field.</source>
        <translation>يُحفظ كل تغيير بمجرد مغادرة الحقل.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <source>%1 of %2 cells filled (%3%)</source>
        <translation>الخلايا المملوءة %1 من %2 (%3%)</translation>
    </message>
    <message>
        <source>The reason now reads “%1”. Type the new wording: it replaces the old one for every change since the last export.</source>
        <translation>السبب الآن: «%1». اكتب الصياغة الجديدة: ستحل محل القديمة في كل تغيير منذ آخر تصدير.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Changes saved by another program were loaded.</source>
        <translation>تم تحميل التغييرات التي حفظها برنامج آخر.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Pro&amp;gress made in the period</source>
        <translation>ما أُ&amp;حرز من تقدم خلال الفترة</translation>
    </message>
    <message>
        <source>Ch&amp;allenges met</source>
        <translation>التحديات التي &amp;واجهتها</translation>
    </message>
    <message>
        <source>Support &amp;needed from UNIDO</source>
        <translation>ال&amp;دعم المطلوب من اليونيدو</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 حرفًا</translation>
    </message>
    <message>
        <source>At most %1 characters: shorten the text to save it.</source>
        <translation>%1 حرفًا على الأكثر: اختصر النص لحفظه.</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <source>Reporting period</source>
        <translation>فترة الإبلاغ</translation>
    </message>
    <message>
        <source>The period you report on now; you can switch periods later.</source>
        <translation>الفترة التي تقدّم التقرير عنها الآن؛ يمكنك تغيير الفترة لاحقًا.</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;فترة الإبلاغ:</translation>
    </message>
</context>
<context>
    <name>QueryItem</name>
    <message>
        <source>UNIDO asks: %1</source>
        <translation>تسأل اليونيدو: %1</translation>
    </message>
    <message>
        <source>UNIDO saw: %1</source>
        <translation>القيمة التي رأتها اليونيدو: %1</translation>
    </message>
    <message>
        <source>changed since: now %1</source>
        <translation>تغيّرت منذ ذلك الحين: الآن %1</translation>
    </message>
    <message>
        <source>Your answer (or correct the value and press Answer)</source>
        <translation>إجابتك (أو صحّح القيمة واضغط «أجب»)</translation>
    </message>
    <message>
        <source>Answer to UNIDO</source>
        <translation>الإجابة لليونيدو</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>أجب</translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation>غيّر الإجابة</translation>
    </message>
    <message>
        <source>Will answer later</source>
        <translation>سأجيب لاحقًا</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>أعد الفتح</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>تمت الإجابة</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for the change</source>
        <translation>سبب التغيير</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the history, where you can reword it):</source>
        <translation>ال&amp;سبب (يُحفظ في السجل، ويمكنك إعادة صياغته هناك):</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>made by a micdesk whose data format is version %1</source>
        <translation>أنشأه إصدار من micdesk تنسيق بياناته هو الإصدار %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Replace the current data with the backup from %1? What you entered since then is kept in a new backup, not in the data you will work on.</source>
        <translation>هل تريد استبدال البيانات الحالية بالنسخة الاحتياطية المؤرخة %1؟ ما أدخلته منذ ذلك الحين يُحفظ في نسخة احتياطية جديدة، لا في البيانات التي ستعمل عليها.</translation>
    </message>
    <message>
        <source>&amp;Backups of %1, newest first. micdesk takes one each day, before each schema upgrade and before each restore.</source>
        <translation>&amp;النسخ الاحتياطية لـ %1، الأحدث أولًا. يُنشئ micdesk نسخة كل يوم، وقبل كل ترقية للمخطط، وقبل كل استعادة.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message numerus="yes">
        <source>%1 of %Ln country(ies) reported (%2 %)</source>
        <translation>
            <numerusform>أبلغ %1 من لا بلدان (%2 %)</numerusform>
            <numerusform>أبلغ %1 من بلد واحد (%2 %)</numerusform>
            <numerusform>أبلغ %1 من بلدين (%2 %)</numerusform>
            <numerusform>أبلغ %1 من %Ln بلدان (%2 %)</numerusform>
            <numerusform>أبلغ %1 من %Ln بلدًا (%2 %)</numerusform>
            <numerusform>أبلغ %1 من %Ln بلد (%2 %)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigningKeysDialog</name>
    <message>
        <source>Signing keys</source>
        <translation>مفاتيح التوقيع</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>هذا التثبيت</translation>
    </message>
    <message>
        <source>&amp;Save my public key…</source>
        <translation>&amp;حفظ مفتاحي العام…</translation>
    </message>
    <message>
        <source>&amp;Make a new key pair…</source>
        <translation>إ&amp;نشاء زوج مفاتيح جديد…</translation>
    </message>
    <message>
        <source>UNIDO template keys trusted here</source>
        <translation>مفاتيح قوالب اليونيدو الموثوق بها هنا</translation>
    </message>
    <message>
        <source>&amp;Trust a key file…</source>
        <translation>ال&amp;ثقة بملف مفتاح…</translation>
    </message>
    <message>
        <source>&amp;Accept only templates signed by UNIDO</source>
        <translation>&amp;قبول القوالب الموقّعة من اليونيدو فقط</translation>
    </message>
    <message>
        <source>Final returns exported here are signed with key %1. Send your public key to UNIDO once, so that UNIDO can tell your returns from forgeries.</source>
        <translation>تُوقَّع التقارير النهائية المصدَّرة من هنا بالمفتاح %1. أرسل مفتاحك العام إلى اليونيدو مرة واحدة، لكي تميّز تقاريرك من التقارير المزوّرة.</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (ملغى)</translation>
    </message>
    <message>
        <source>None: templates are checked for changes, not for who signed them.</source>
        <translation>لا شيء: يُتحقَّق من عدم تغيير القوالب، لا ممّن وقّعها.</translation>
    </message>
    <message>
        <source>Save my public key</source>
        <translation>حفظ مفتاحي العام</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>المفاتيح العامة (*.pub)</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>لم يُحفظ المفتاح: %1</translation>
    </message>
    <message>
        <source>Saved your public key to %1.</source>
        <translation>حُفظ مفتاحك العام في %1.</translation>
    </message>
    <message>
        <source>Make a new key pair</source>
        <translation>إنشاء زوج مفاتيح جديد</translation>
    </message>
    <message>
        <source>Returns exported from now on will be signed with a new key, which UNIDO must register before it recognises them. Returns already sent stay verifiable. Make a new key pair?</source>
        <translation>ستُوقَّع التقارير المصدَّرة من الآن فصاعدًا بمفتاح جديد، يجب أن تسجّله اليونيدو قبل أن تتعرّف عليها. وتظل التقارير المرسلة سابقًا قابلة للتحقق. هل تريد إنشاء زوج مفاتيح جديد؟</translation>
    </message>
    <message>
        <source>New key pair made: save your new public key for UNIDO.</source>
        <translation>أُنشئ زوج مفاتيح جديد: احفظ مفتاحك العام الجديد لليونيدو.</translation>
    </message>
    <message>
        <source>Trust a UNIDO key</source>
        <translation>الثقة بمفتاح لليونيدو</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key; nothing was changed.</source>
        <translation>%1 ليس مفتاحًا عامًا من نوع Ed25519؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Templates signed by key %1 are now trusted.</source>
        <translation>أصبحت القوالب الموقّعة بالمفتاح %1 موثوقًا بها الآن.</translation>
    </message>
</context>
<context>
    <name>StartupShell</name>
    <message>
        <source>micdesk</source>
        <translation>micdesk</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Opening the data file…</source>
        <translation>جارٍ فتح ملف البيانات…</translation>
    </message>
</context>
<context>
    <name>SubmissionPdf</name>
    <message>
        <source>FINAL — submitted to UNIDO</source>
        <translation>نهائي — مقدَّم إلى اليونيدو</translation>
    </message>
    <message>
        <source>DRAFT — work in progress, not a submission to UNIDO</source>
        <translation>مسودة — عمل جارٍ، وليست تقديمًا إلى اليونيدو</translation>
    </message>
    <message>
        <source>UNIDO–MIC work plan submission</source>
        <translation>تقرير خطة العمل بين اليونيدو والبلدان المتوسطة الدخل</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>جهة التنسيق</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1، الإصدار %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>الاكتمال</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 cells)</source>
        <translation>%1% (%2 من %3 خلية)</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>وقت التصدير (UTC)</translation>
    </message>
    <message>
        <source>Submission UUID</source>
        <translation>المعرّف UUID للتقرير</translation>
    </message>
    <message>
        <source>micdesk version</source>
        <translation>إصدار micdesk</translation>
    </message>
    <message>
        <source>SHA-256 of the data</source>
        <translation>بصمة SHA-256 للبيانات</translation>
    </message>
    <message>
        <source>Signed by installation key</source>
        <translation>موقَّع بمفتاح التثبيت</translation>
    </message>
    <message>
        <source>Notation keys: %1. A blank cell was not reported.</source>
        <translation>رموز التدوين: %1. الخلية الفارغة لم يُبلَّغ عنها.</translation>
    </message>
    <message>
        <source>Approved for submission to UNIDO</source>
        <translation>موافَق على تقديمه إلى اليونيدو</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Completeness: %1% (%2 of %3 cells)</source>
        <translation>الاكتمال: %1% (%2 من %3 خلية)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم المحرز</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>التحديات</translation>
    </message>
    <message>
        <source>Support needed from UNIDO</source>
        <translation>الدعم المطلوب من اليونيدو</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Open problems (%1)</source>
        <translation>مشكلات قائمة (%1)</translation>
    </message>
    <message>
        <source>Open problems: none</source>
        <translation>مشكلات قائمة: لا توجد</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>المراجعة %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>SubmissionStatusLine</name>
    <message>
        <source>Reword…</source>
        <translation>إعادة الصياغة…</translation>
    </message>
    <message>
        <source>Reword the reason given for the changes since the export</source>
        <translation>إعادة صياغة السبب المذكور للتغييرات منذ التصدير</translation>
    </message>
    <message>
        <source>Not exported yet</source>
        <translation>لم يُصدَّر بعد</translation>
    </message>
    <message>
        <source>Final r%1, exported %2</source>
        <translation>نهائي r%1، صُدِّر في %2</translation>
    </message>
    <message>
        <source>Draft r%1, exported %2</source>
        <translation>مسودة r%1، صُدِّرت في %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) since</source>
        <translation>
            <numerusform>لا تغييرات منذ ذلك</numerusform>
            <numerusform>تغيير واحد منذ ذلك</numerusform>
            <numerusform>تغييران منذ ذلك</numerusform>
            <numerusform>%Ln تغييرات منذ ذلك</numerusform>
            <numerusform>%Ln تغييرًا منذ ذلك</numerusform>
            <numerusform>%Ln تغيير منذ ذلك</numerusform>
        </translation>
    </message>
    <message>
        <source>no change since</source>
        <translation>لا تغيير منذ ذلك</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>لا أخطاء</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%Ln أخطاء</numerusform>
            <numerusform>%Ln خطأً</numerusform>
            <numerusform>%Ln خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to explain</source>
        <translation>
            <numerusform>لا تحذيرات للشرح</numerusform>
            <numerusform>تحذير واحد للشرح</numerusform>
            <numerusform>تحذيران للشرح</numerusform>
            <numerusform>%Ln تحذيرات للشرح</numerusform>
            <numerusform>%Ln تحذيرًا للشرح</numerusform>
            <numerusform>%Ln تحذير للشرح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln required value(s) to fill</source>
        <translation>
            <numerusform>لا قيم مطلوبة للملء</numerusform>
            <numerusform>قيمة مطلوبة واحدة للملء</numerusform>
            <numerusform>قيمتان مطلوبتان للملء</numerusform>
            <numerusform>%Ln قيم مطلوبة للملء</numerusform>
            <numerusform>%Ln قيمة مطلوبة للملء</numerusform>
            <numerusform>%Ln قيمة مطلوبة للملء</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing left to fix</source>
        <translation>لا شيء آخر للتصحيح</translation>
    </message>
    <message>
        <source>Reason: “%1”</source>
        <translation>السبب: «%1»</translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <source>Import a template update</source>
        <translation>استيراد تحديث للنموذج</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>ال&amp;مصنف:</translation>
    </message>
    <message>
        <source>Template workbook</source>
        <translation>مصنف النموذج</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;فحص</translation>
    </message>
    <message>
        <source>&amp;Apply the update</source>
        <translation>&amp;تطبيق التحديث</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Choose the template workbook UNIDO sent you; nothing changes until you apply it.</source>
        <translation>اختر مصنف النموذج الذي أرسلته إليك اليونيدو؛ لن يتغير شيء قبل أن تطبّقه.</translation>
    </message>
    <message>
        <source>Signed by UNIDO key %1.</source>
        <translation>موقّع بمفتاح اليونيدو %1.</translation>
    </message>
    <message>
        <source>Unsigned: nothing proves this template comes from UNIDO. Apply it only if you trust where it came from.</source>
        <translation>غير موقّع: لا شيء يثبت أن هذا القالب صادر عن اليونيدو. لا تطبّقه إلا إذا كنت تثق بمصدره.</translation>
    </message>
    <message>
        <source>“%1” version %2 is a new template; it will be installed beside yours.</source>
        <translation>«%1» الإصدار %2 نموذج جديد؛ سيُثبَّت إلى جانب نموذجك.</translation>
    </message>
    <message>
        <source>“%1”: version %2 → %3. These are the changes; entered values are never deleted.</source>
        <translation>«%1»: الإصدار %2 ← %3. هذه هي التغييرات؛ لا تُحذف القيم المدخلة أبدًا.</translation>
    </message>
    <message>
        <source>Areas added</source>
        <translation>المجالات المضافة</translation>
    </message>
    <message>
        <source>Areas removed</source>
        <translation>المجالات المحذوفة</translation>
    </message>
    <message>
        <source>Areas relabelled</source>
        <translation>المجالات المعاد تسميتها</translation>
    </message>
    <message>
        <source>Indicators added</source>
        <translation>المؤشرات المضافة</translation>
    </message>
    <message>
        <source>Indicators removed (their values are archived, not deleted)</source>
        <translation>المؤشرات المحذوفة (تُؤرشف قيمها ولا تُحذف)</translation>
    </message>
    <message>
        <source>Indicators replaced (their values move)</source>
        <translation>المؤشرات المستبدلة (تُنقل قيمها)</translation>
    </message>
    <message>
        <source>Indicators relabelled</source>
        <translation>المؤشرات المعاد تسميتها</translation>
    </message>
    <message>
        <source>Indicators changed</source>
        <translation>المؤشرات المعدّلة</translation>
    </message>
    <message>
        <source>Template settings changed</source>
        <translation>إعدادات النموذج المعدّلة</translation>
    </message>
    <message>
        <source>Choice lists changed</source>
        <translation>قوائم الخيارات المعدّلة</translation>
    </message>
    <message>
        <source>Disaggregations changed</source>
        <translation>التصنيفات المعدّلة</translation>
    </message>
    <message>
        <source>Your entered values (%1)</source>
        <translation>القيم التي أدخلتها (%1)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… و%1 أخرى</translation>
    </message>
    <message>
        <source>Why values are flagged for review</source>
        <translation>أسباب وسم القيم للمراجعة</translation>
    </message>
    <message>
        <source>No changes to areas, indicators or lists.</source>
        <translation>لا تغييرات في المجالات أو المؤشرات أو القوائم.</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>نُقلت: %1</translation>
    </message>
    <message>
        <source>Converted: %1</source>
        <translation>حُوِّلت: %1</translation>
    </message>
    <message>
        <source>Summed: %1</source>
        <translation>جُمعت: %1</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>قُسِّمت: %1</translation>
    </message>
    <message>
        <source>To review: %1</source>
        <translation>للمراجعة: %1</translation>
    </message>
    <message>
        <source>(crosswalk row %1)</source>
        <translation>(الصف %1 من جدول التناظر)</translation>
    </message>
    <message>
        <source>(crosswalk rows %1)</source>
        <translation>(الصفوف %1 من جدول التناظر)</translation>
    </message>
    <message>
        <source>%1: values carried by the crosswalk</source>
        <translation>%1: القيم المنقولة بجدول التناظر</translation>
    </message>
    <message>
        <source>Installed version %1. Values: %2 before, %3 after (%4 moved, %5 archived, %6 restored, %7 flagged for review); nothing deleted.</source>
        <translation>ثُبِّت الإصدار %1. القيم: %2 قبل، و%3 بعد (المنقولة: %4، المؤرشفة: %5، المسترجعة: %6، الموسومة للمراجعة: %7)؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>The workbook cannot be read; nothing was changed. Details: %1</source>
        <translation>تعذّرت قراءة المصنف؛ لم يتغير شيء. التفاصيل: %1</translation>
    </message>
    <message>
        <source>Problems found (%1)</source>
        <translation>المشكلات المكتشفة (%1)</translation>
    </message>
    <message>
        <source>The workbook has problems; nothing was changed.</source>
        <translation>في المصنف مشكلات؛ لم يتغير شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) move to a replacing indicator</source>
        <translation>
            <numerusform>لا قيم تُنقل إلى مؤشر بديل</numerusform>
            <numerusform>قيمة واحدة تُنقل إلى مؤشر بديل</numerusform>
            <numerusform>قيمتان تُنقلان إلى مؤشر بديل</numerusform>
            <numerusform>%Ln قيم تُنقل إلى مؤشر بديل</numerusform>
            <numerusform>%Ln قيمةً تُنقل إلى مؤشر بديل</numerusform>
            <numerusform>%Ln قيمة تُنقل إلى مؤشر بديل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) are archived (kept, not deleted)</source>
        <translation>
            <numerusform>لا قيم تُؤرشف</numerusform>
            <numerusform>قيمة واحدة تُؤرشف (تُحفظ ولا تُحذف)</numerusform>
            <numerusform>قيمتان تُؤرشفان (تُحفظان ولا تُحذفان)</numerusform>
            <numerusform>%Ln قيم تُؤرشف (تُحفظ ولا تُحذف)</numerusform>
            <numerusform>%Ln قيمةً تُؤرشف (تُحفظ ولا تُحذف)</numerusform>
            <numerusform>%Ln قيمة تُؤرشف (تُحفظ ولا تُحذف)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) come back from the archive</source>
        <translation>
            <numerusform>لا قيم تُسترجع من الأرشيف</numerusform>
            <numerusform>قيمة واحدة تُسترجع من الأرشيف</numerusform>
            <numerusform>قيمتان تُسترجعان من الأرشيف</numerusform>
            <numerusform>%Ln قيم تُسترجع من الأرشيف</numerusform>
            <numerusform>%Ln قيمةً تُسترجع من الأرشيف</numerusform>
            <numerusform>%Ln قيمة تُسترجع من الأرشيف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) are flagged for review</source>
        <translation>
            <numerusform>لا قيم توسم للمراجعة</numerusform>
            <numerusform>قيمة واحدة توسم للمراجعة</numerusform>
            <numerusform>قيمتان توسمان للمراجعة</numerusform>
            <numerusform>%Ln قيم توسم للمراجعة</numerusform>
            <numerusform>%Ln قيمةً توسم للمراجعة</numerusform>
            <numerusform>%Ln قيمة توسم للمراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Values before the import: %1; after it: %2 (nothing deleted)</source>
        <translation>القيم قبل الاستيراد: %1، وبعده: %2 (لا يُحذف شيء)</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>لم يتغير شيء: %1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>%1 (converted)</source>
        <translation>%1 (محوَّلة)</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>لا أخطاء</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%Ln أخطاء</numerusform>
            <numerusform>%Ln خطأً</numerusform>
            <numerusform>%Ln خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to explain</source>
        <translation>
            <numerusform>لا تحذيرات للشرح</numerusform>
            <numerusform>تحذير واحد للشرح</numerusform>
            <numerusform>تحذيران للشرح</numerusform>
            <numerusform>%Ln تحذيرات للشرح</numerusform>
            <numerusform>%Ln تحذيرًا للشرح</numerusform>
            <numerusform>%Ln تحذير للشرح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln explained</source>
        <translation>
            <numerusform>لا شيء مشروح</numerusform>
            <numerusform>واحد مشروح</numerusform>
            <numerusform>اثنان مشروحان</numerusform>
            <numerusform>%Ln مشروحة</numerusform>
            <numerusform>%Ln مشروحًا</numerusform>
            <numerusform>%Ln مشروح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) to fill</source>
        <translation>
            <numerusform>لا قيم للملء</numerusform>
            <numerusform>قيمة واحدة للملء</numerusform>
            <numerusform>قيمتان للملء</numerusform>
            <numerusform>%Ln قيم للملء</numerusform>
            <numerusform>%Ln قيمة للملء</numerusform>
            <numerusform>%Ln قيمة للملء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln UNIDO question(s) to answer</source>
        <translation>
            <numerusform>لا أسئلة من اليونيدو</numerusform>
            <numerusform>سؤال واحد من اليونيدو بانتظار الإجابة</numerusform>
            <numerusform>سؤالان من اليونيدو بانتظار الإجابة</numerusform>
            <numerusform>%Ln أسئلة من اليونيدو بانتظار الإجابة</numerusform>
            <numerusform>%Ln سؤالًا من اليونيدو بانتظار الإجابة</numerusform>
            <numerusform>%Ln سؤال من اليونيدو بانتظار الإجابة</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every value passes the checks.</source>
        <translation>لا مشكلات: اجتازت كل القيم عمليات التحقق.</translation>
    </message>
    <message>
        <source>%1. Click one to go to its field.</source>
        <translation>%1. انقر على أحدها للانتقال إلى حقله.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Texts not saved</source>
        <translation>نصوص لم تُحفظ</translation>
    </message>
    <message>
        <source>UNIDO asks</source>
        <translation>تسأل اليونيدو</translation>
    </message>
    <message>
        <source>UNIDO asks about %1: %2</source>
        <translation>تسأل اليونيدو عن %1: %2</translation>
    </message>
    <message>
        <source>will answer later</source>
        <translation>ستتم الإجابة لاحقًا</translation>
    </message>
    <message>
        <source>Not saved in %1: “%2” is not a number. Correct or clear it.</source>
        <translation>لم يُحفظ في %1: «%2» ليس رقمًا. صحّحه أو امسحه.</translation>
    </message>
</context>
<context>
    <name>WorkbookPathRow</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;اختيار…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Export submission…</source>
        <translation>&amp;تصدير التقرير…</translation>
    </message>
    <message>
        <source>Write the submission workbook for UNIDO (draft or final)</source>
        <translation>إعداد مصنف التقرير لليونيدو (مسودة أو نهائي)</translation>
    </message>
    <message>
        <source>&amp;Import template…</source>
        <translation>&amp;استيراد نموذج…</translation>
    </message>
    <message>
        <source>Install a new work-plan template version from UNIDO</source>
        <translation>تثبيت إصدار جديد من نموذج خطة العمل وارد من اليونيدو</translation>
    </message>
    <message>
        <source>&amp;Load submission…</source>
        <translation>ت&amp;حميل تقرير…</translation>
    </message>
    <message>
        <source>Merge the values of a submission workbook into this store</source>
        <translation>دمج قيم مصنف تقرير في هذه البيانات</translation>
    </message>
    <message>
        <source>Add a &amp;country…</source>
        <translation>إضافة &amp;بلد…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>استعادة &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Replace the data with one of the automatic backups</source>
        <translation>استبدال البيانات بإحدى النسخ الاحتياطية التلقائية</translation>
    </message>
    <message>
        <source>Ask a contri&amp;butor…</source>
        <translation>طلب البيانات من جهة م&amp;ساهمة…</translation>
    </message>
    <message>
        <source>Write a workbook for another ministry with just the indicators it owns</source>
        <translation>كتابة مصنف لوزارة أخرى يضم المؤشرات التي تتولاها فقط</translation>
    </message>
    <message>
        <source>Load a con&amp;tributor&apos;s workbook…</source>
        <translation>تحميل مصنف جهة مسا&amp;همة…</translation>
    </message>
    <message>
        <source>Check a returned contributor workbook and load it</source>
        <translation>فحص المصنف الذي أعادته جهة مساهمة وتحميله</translation>
    </message>
    <message>
        <source>Load a UNIDO re&amp;view…</source>
        <translation>تحميل &amp;مراجعة اليونيدو…</translation>
    </message>
    <message>
        <source>Read UNIDO&apos;s questions about a return, to answer them beside their fields</source>
        <translation>قراءة أسئلة اليونيدو عن تقرير للإجابة عنها بجانب حقولها</translation>
    </message>
    <message>
        <source>Signing &amp;keys…</source>
        <translation>م&amp;فاتيح التوقيع…</translation>
    </message>
    <message>
        <source>This installation&apos;s key for returns, and the UNIDO keys trusted here</source>
        <translation>مفتاح هذا التثبيت للتقارير، ومفاتيح اليونيدو الموثوق بها هنا</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>Go to the next &amp;problem</source>
        <translation>الانتقال إلى ال&amp;مشكلة التالية</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>فتح مجلد ال&amp;سجل</translation>
    </message>
    <message>
        <source>The log of what went wrong, to send to whoever supports you</source>
        <translation>سجل ما حدث من أخطاء، لإرساله إلى من يقدّم لك الدعم</translation>
    </message>
    <message>
        <source>&amp;About micdesk</source>
        <translation>&amp;حول micdesk</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>change %1</source>
        <translation>تغيير %1</translation>
    </message>
    <message>
        <source>change the narrative “%1” of %2</source>
        <translation>تغيير سرد «%1» في %2</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>%1 is below the minimum %2.</source>
        <translation>%1 أقل من الحد الأدنى %2.</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2.</source>
        <translation>%1 أعلى من الحد الأقصى %2.</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1, but the total is %2.</source>
        <translation>مجموع التصنيف %1، لكن المجموع الكلي %2.</translation>
    </message>
    <message>
        <source>The stored value “%1” does not fit this indicator any more.</source>
        <translation>القيمة المحفوظة «%1» لم تعد تناسب هذا المؤشر.</translation>
    </message>
    <message>
        <source>Required: enter the figure, or NA, NE or C if there is none.</source>
        <translation>مطلوب: أدخل الرقم، أو NA أو NE أو C إن لم يوجد.</translation>
    </message>
    <message>
        <source>The cumulative value %1 is below the previous period&apos;s %2: explain it in a comment.</source>
        <translation>القيمة التراكمية %1 أقل من قيمة الفترة السابقة %2: وضّح ذلك في تعليق.</translation>
    </message>
    <message>
        <source>%1 is more than three times the previous period&apos;s %2: confirm it in a comment.</source>
        <translation>%1 أكبر من ثلاثة أضعاف قيمة الفترة السابقة %2: أكّد ذلك في تعليق.</translation>
    </message>
    <message>
        <source>To review after a template update: %1</source>
        <translation>للمراجعة بعد تحديث النموذج: %1</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Notation key</source>
        <translation>رمز الترميز</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Follow-up flag</source>
        <translation>علامة المتابعة</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>رمز المؤشر</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Loaded file</source>
        <translation>ملف محمَّل</translation>
    </message>
    <message>
        <source>Template update</source>
        <translation>تحديث النموذج</translation>
    </message>
    <message>
        <source>Template update (crosswalk)</source>
        <translation>تحديث النموذج (جدول التناظر)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>load</name>
    <message>
        <source>Not loadable: %1 row %2 (%3): %4</source>
        <translation>لا يمكن تحميله: %1، الصف %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>narrative</name>
    <message>
        <source>Progress made in the period</source>
        <translation>ما أُحرز من تقدم خلال الفترة</translation>
    </message>
    <message>
        <source>Challenges met</source>
        <translation>التحديات التي واجهتها</translation>
    </message>
    <message>
        <source>Support needed from UNIDO</source>
        <translation>الدعم المطلوب من اليونيدو</translation>
    </message>
</context>
<context>
    <name>notation</name>
    <message>
        <source>NA — not applicable</source>
        <translation>NA — لا ينطبق</translation>
    </message>
    <message>
        <source>NE — not estimated</source>
        <translation>NE — غير مقدَّر</translation>
    </message>
    <message>
        <source>C — confidential</source>
        <translation>C — سري</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>“%1” is not an annual reporting period such as %2.</source>
        <translation>«%1» ليست فترة إبلاغ سنوية مثل %2.</translation>
    </message>
    <message>
        <source>“%1” is not a half-yearly reporting period such as %2.</source>
        <translation>«%1» ليست فترة إبلاغ نصف سنوية مثل %2.</translation>
    </message>
</context>
<context>
    <name>refusals</name>
    <message>
        <source>%1 is not a finite number.</source>
        <translation>%1 ليس رقمًا منتهيًا.</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>يقبل %1 عددًا صحيحًا، لا «%2».</translation>
    </message>
    <message>
        <source>%1 takes a number, not “%2”.</source>
        <translation>يقبل %1 رقمًا، لا «%2».</translation>
    </message>
    <message>
        <source>%1 takes a finite number, not “%2”.</source>
        <translation>يقبل %1 رقمًا منتهيًا، لا «%2».</translation>
    </message>
    <message>
        <source>%1 takes yes or no, not “%2”.</source>
        <translation>يقبل %1 «نعم» أو «لا»، لا «%2».</translation>
    </message>
    <message>
        <source>%1 takes text, not “%2”.</source>
        <translation>يقبل %1 نصًا، لا «%2».</translation>
    </message>
    <message>
        <source>%1 takes one of %2, not “%3”.</source>
        <translation>يقبل %1 أحد الخيارات %2، لا «%3».</translation>
    </message>
    <message>
        <source>%1 takes some of %2, not “%3”.</source>
        <translation>يقبل %1 بعض الخيارات %2، لا «%3».</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: «%2» ليس رقمًا.</translation>
    </message>
    <message>
        <source>%1: “%2” is not yes or no.</source>
        <translation>%1: «%2» ليس «نعم» أو «لا».</translation>
    </message>
    <message>
        <source>There is no indicator %1 in template %2, version %3.</source>
        <translation>لا يوجد مؤشر %1 في النموذج %2، الإصدار %3.</translation>
    </message>
    <message>
        <source>Indicator %1 has no cell “%2”.</source>
        <translation>لا توجد في المؤشر %1 خلية «%2».</translation>
    </message>
    <message>
        <source>%1: a cell holds a value or a notation key, not both.</source>
        <translation>%1: تحتوي الخلية على قيمة أو رمز ترميز، لا على كليهما.</translation>
    </message>
    <message>
        <source>This data is open read-only because the data file is damaged: export what you need, then restore a backup (File → Restore a backup).</source>
        <translation>فُتحت هذه البيانات للقراءة فقط لأن ملف البيانات تالف: صدّر ما تحتاج إليه، ثم استعد نسخة احتياطية (ملف ← استعادة نسخة احتياطية).</translation>
    </message>
    <message>
        <source>The narrative “%1” of %2 has %3 characters; at most %4 are allowed.</source>
        <translation>يحتوي السرد «%1» في %2 على %3 حرفًا؛ والحد الأقصى المسموح به %4.</translation>
    </message>
    <message>
        <source>UNIDO received %1 in final revision %2. Say why it changes: one reason covers every change until your next export.</source>
        <translation>تلقّت اليونيدو %1 في المراجعة النهائية %2. اذكر سبب التغيير: سبب واحد يشمل كل التغييرات حتى التصدير التالي.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-1 alpha-3 country code such as KEN.</source>
        <translation>«%1» ليس رمز بلد ثلاثي الأحرف وفق المعيار ISO 3166-1 مثل KEN.</translation>
    </message>
    <message>
        <source>%1 is on the template “%2”, which is not installed: import it first (File → Import template…).</source>
        <translation>يستند %1 إلى النموذج «%2» غير المثبت: استورده أولًا (ملف ← استيراد نموذج…).</translation>
    </message>
    <message>
        <source>%1 was edited after it was exported; nothing was loaded. Check the changes listed and accept the edited file to load it.</source>
        <translation>عُدِّل %1 بعد تصديره؛ لم يُحمَّل شيء. راجع التغييرات المدرجة واقبل الملف المعدَّل لتحميله.</translation>
    </message>
    <message>
        <source>%1 conflicts need a choice: keep yours or take theirs.</source>
        <translation>تعارضات تحتاج إلى اختيار: %1 (الإبقاء على ما لديك أو أخذ ما في الملف).</translation>
    </message>
    <message>
        <source>The submission was removed since the file was read; read it again.</source>
        <translation>حُذف التقرير منذ قراءة الملف؛ اقرأ الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>None of the values in %1 can go into the installed template (%2 not loadable); nothing was loaded.</source>
        <translation>لا يمكن إدخال أي من القيم في %1 في القالب المثبت (%2 غير قابلة للتحميل)؛ لم يُحمَّل شيء.</translation>
    </message>
    <message>
        <source>The data changed since the file was read; read it again.</source>
        <translation>تغيّرت البيانات منذ قراءة الملف؛ اقرأ الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 changed since the file was read; read it again.</source>
        <translation>تغيّر %1 منذ قراءة الملف؛ اقرأ الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>The narrative “%1” of %2 changed since the file was read; read it again.</source>
        <translation>تغيّر السرد «%1» في %2 منذ قراءة الملف؛ اقرأ الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>There is no area %1 in version %2 of the template.</source>
        <translation>لا يوجد مجال %1 في الإصدار %2 من النموذج.</translation>
    </message>
    <message>
        <source>“%1” is not a narrative field (%2).</source>
        <translation>«%1» ليس حقلًا من حقول السرد (%2).</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 are allowed.</source>
        <translation>%1 حرفًا؛ والحد الأقصى المسموح به %2.</translation>
    </message>
    <message>
        <source>%1: the signature does not match: the template was changed after it was signed. Nothing was changed.</source>
        <translation>%1: التوقيع غير مطابق: عُدِّل القالب بعد توقيعه. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 is signed by key %2, which is not a trusted UNIDO key. Nothing was changed.</source>
        <translation>%1 موقّع بالمفتاح %2، وهو ليس مفتاحًا موثوقًا لليونيدو. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 is signed by key %2, which UNIDO has revoked. Nothing was changed.</source>
        <translation>%1 موقّع بالمفتاح %2، الذي ألغته اليونيدو. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 is unsigned, and this installation accepts only templates signed by UNIDO. Nothing was changed.</source>
        <translation>%1 غير موقّع، وهذا التثبيت لا يقبل إلا القوالب الموقّعة من اليونيدو. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>defusedxml is not installed, so workbooks cannot be read safely; reinstall micdesk.</source>
        <translation>defusedxml غير مثبّت، لذا لا يمكن قراءة المصنفات بأمان؛ أعد تثبيت micdesk.</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: لا يوجد ملف بهذا الاسم.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: تتعذّر قراءة الملف (%2).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workbook file.</source>
        <translation>%1 مجلد، وليس ملف مصنف.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; only workbook files are read.</source>
        <translation>%1 ليس ملفًا عاديًا؛ لا تُقرأ إلا ملفات المصنفات.</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB, more than the %3 MB limit.</source>
        <translation>%1: حجم الملف %2 ميغابايت، وهو أكبر من الحد البالغ %3 ميغابايت.</translation>
    </message>
    <message>
        <source>%1 is password-protected (encrypted) or an old .xls file: save it as an unprotected .xlsx workbook.</source>
        <translation>%1 محمي بكلمة مرور (مشفّر) أو ملف ‎.xls قديم: احفظه مصنفًا ‎.xlsx غير محمي.</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (it is not a zip package).</source>
        <translation>%1 ليس مصنف ‎.xlsx (ليس حزمة zip).</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated (%2).</source>
        <translation>%1 تالف أو مبتور (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: a part of it has an unreadable name.</source>
        <translation>%1 تالف: لأحد أجزائه اسم لا يمكن قراءته.</translation>
    </message>
    <message>
        <source>%1 has %2 parts, too many for a workbook.</source>
        <translation>يحتوي %1 على %2 جزءًا، وهذا أكثر مما يحتمله مصنف.</translation>
    </message>
    <message>
        <source>%1: the part %2 is encrypted; save the workbook without a password.</source>
        <translation>%1: الجزء %2 مشفّر؛ احفظ المصنف بلا كلمة مرور.</translation>
    </message>
    <message>
        <source>%1: the part %2 is compressed in a way micdesk does not read (%3); save it again from Excel or LibreOffice.</source>
        <translation>%1: الجزء %2 مضغوط بطريقة لا يقرؤها micdesk (%3)؛ احفظه مرة أخرى من Excel أو LibreOffice.</translation>
    </message>
    <message>
        <source>%1: the part %2 expands %3 times (a zip bomb?); refused.</source>
        <translation>%1: الجزء %2 يتمدد %3 مرة (قنبلة zip؟)؛ مرفوض.</translation>
    </message>
    <message>
        <source>%1: the part %2 is %3 MB unpacked, more than the %4 MB limit.</source>
        <translation>%1: حجم الجزء %2 بعد فك الضغط %3 ميغابايت، وهو أكبر من الحد البالغ %4 ميغابايت.</translation>
    </message>
    <message>
        <source>%1 expands to %2 MB, more than the %3 MB limit.</source>
        <translation>يتمدد %1 إلى %2 ميغابايت، وهو أكبر من الحد البالغ %3 ميغابايت.</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (there is no workbook inside).</source>
        <translation>%1 ليس مصنف ‎.xlsx (لا يوجد مصنف بداخله).</translation>
    </message>
    <message>
        <source>%1 contains macros: save it as a plain .xlsx workbook without macros.</source>
        <translation>يحتوي %1 على وحدات ماكرو: احفظه مصنف ‎.xlsx عاديًا بلا وحدات ماكرو.</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has more than %3 rows; refused.</source>
        <translation>%1: تحتوي الورقة %2 على أكثر من %3 صف؛ مرفوض.</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells beyond column %3; refused.</source>
        <translation>يحتوي %1 على أكثر من %2 خلية بعد العمود %3؛ مرفوض.</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has a cell at %3, beyond the %4 columns micdesk reads; refused.</source>
        <translation>%1: في الورقة %2 خانة عند %3، خارج الأعمدة الـ%4 التي يقرؤها micdesk؛ مرفوض.</translation>
    </message>
    <message>
        <source>%1 has more than %2 formatted cells beyond the columns micdesk reads: clear their formatting.</source>
        <translation>يحتوي %1 على أكثر من %2 خانة منسّقة خارج الأعمدة التي يقرؤها micdesk: امسح تنسيقها.</translation>
    </message>
    <message>
        <source>%1 has more than %2 different texts; refused.</source>
        <translation>يحتوي %1 على أكثر من %2 نص مختلف؛ مرفوض.</translation>
    </message>
    <message>
        <source>%1 has more than %2 cell formats; refused.</source>
        <translation>يحتوي %1 على أكثر من %2 تنسيق خانات؛ مرفوض.</translation>
    </message>
    <message>
        <source>%1 declares XML entities, a possible attack on the program reading it; refused (%2).</source>
        <translation>يعلن %1 عن كيانات XML، وهو هجوم محتمل على البرنامج الذي يقرؤه؛ مرفوض (%2).</translation>
    </message>
    <message>
        <source>%1: the sheet %2 cannot be read (%3).</source>
        <translation>%1: تتعذّر قراءة الورقة %2 (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>تتعذّر قراءة %1 (%2).</translation>
    </message>
    <message>
        <source>The template “%1” changed since the check (now version %2): check the workbook again. Nothing was changed.</source>
        <translation>تغيّر النموذج «%1» منذ الفحص (الإصدار الآن %2): افحص المصنف مرة أخرى. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is not above the installed version %3; nothing was changed.</source>
        <translation>الإصدار %1 من «%2» ليس أعلى من الإصدار المثبت %3؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The import would change the number of values (%1 → %2); nothing was changed.</source>
        <translation>سيغيّر الاستيراد عدد القيم (%1 → %2)؛ لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>The cell “%1” is no longer part of the breakdown of %2.</source>
        <translation>لم تعد الخلية «%1» جزءًا من تصنيف %2.</translation>
    </message>
    <message>
        <source>The cell “%1” is no longer part of the breakdown of %2 (“%3”).</source>
        <translation>لم تعد الخلية «%1» جزءًا من تصنيف %2 («%3»).</translation>
    </message>
    <message>
        <source>“%1” is no longer in the choice list “%2”.</source>
        <translation>لم تعد «%1» ضمن قائمة الخيارات «%2».</translation>
    </message>
    <message>
        <source>“%1” is not a whole number, which %2 now takes.</source>
        <translation>«%1» ليس عددًا صحيحًا، وهو ما يقبله %2 الآن.</translation>
    </message>
    <message>
        <source>“%1” is not a number, which %2 now takes.</source>
        <translation>«%1» ليس رقمًا، وهو ما يقبله %2 الآن.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage, which %2 now takes.</source>
        <translation>«%1» ليس نسبة مئوية، وهو ما يقبله %2 الآن.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no, which %2 now takes.</source>
        <translation>«%1» ليس «نعم» أو «لا»، وهو ما يقبله %2 الآن.</translation>
    </message>
    <message>
        <source>“%1” is not of the kind %2, which %3 now takes.</source>
        <translation>«%1» ليس من النوع %2، وهو ما يقبله %3 الآن.</translation>
    </message>
    <message>
        <source>%1 is below the new minimum %2.</source>
        <translation>%1 أقل من الحد الأدنى الجديد %2.</translation>
    </message>
    <message>
        <source>%1 is above the new maximum %2.</source>
        <translation>%1 أعلى من الحد الأقصى الجديد %2.</translation>
    </message>
    <message>
        <source>Not moved to %1, which replaces %2: %1 already has a value here.</source>
        <translation>لم تُنقل إلى %1 الذي يحل محل %2: لدى %1 قيمة هنا بالفعل.</translation>
    </message>
    <message>
        <source>Rounded to %1: %2 takes whole numbers; the exact converted value is %3.</source>
        <translation>قُرِّب إلى %1: لا يقبل %2 إلا أعدادًا صحيحة؛ القيمة المحوَّلة الدقيقة هي %3.</translation>
    </message>
    <message>
        <source>Not summed: a part is missing or is a notation key (%1). Enter %2 by hand.</source>
        <translation>لم يُجمع: أحد الأجزاء مفقود أو رمز ترميز (%1). أدخل %2 يدويًا.</translation>
    </message>
    <message>
        <source>%1 was %2: split it by hand between %3.</source>
        <translation>كانت قيمة %1 هي %2: وزّعها يدويًا بين %3.</translation>
    </message>
    <message>
        <source>The crosswalk would write %1 here, but %2 already has a value of its own.</source>
        <translation>كان جدول التناظر سيكتب %1 هنا، لكن لدى %2 قيمة خاصة به بالفعل.</translation>
    </message>
    <message>
        <source>The data are open read-only: nothing was recorded.</source>
        <translation>البيانات مفتوحة للقراءة فقط: لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>%1 is UNIDO&apos;s review for %2; this store reports for %3. Nothing was loaded.</source>
        <translation>%1 هو مراجعة اليونيدو لـ %2؛ وهذه البيانات تخص %3. لم يُحمَّل شيء.</translation>
    </message>
    <message>
        <source>%1 asks about the return of %2 %3, revision %4, which was not exported from this store. Nothing was loaded.</source>
        <translation>%1 يسأل عن تقرير %2 %3، المراجعة %4، الذي لم يُصدَّر من هذه البيانات. لم يُحمَّل شيء.</translation>
    </message>
    <message>
        <source>%1 names another country or period than the return it asks about (%2 %3). Nothing was loaded.</source>
        <translation>%1 يذكر بلدًا أو فترة غير التقرير الذي يسأل عنه (%2 %3). لم يُحمَّل شيء.</translation>
    </message>
    <message>
        <source>%1 asks about revision %2, but that return is revision %3 here, or holds other data. Nothing was loaded.</source>
        <translation>%1 يسأل عن المراجعة %2، لكن هذا التقرير هنا هو المراجعة %3 أو يحوي بيانات أخرى. لم يُحمَّل شيء.</translation>
    </message>
    <message>
        <source>%1 asks about revision %2; UNIDO&apos;s review of revision %3 is loaded already. Nothing was loaded.</source>
        <translation>%1 يسأل عن المراجعة %2؛ ومراجعة اليونيدو للمراجعة %3 محمّلة بالفعل. لم يُحمَّل شيء.</translation>
    </message>
    <message>
        <source>The queries of %1 are loaded already; your answers are kept.</source>
        <translation>أسئلة %1 محمّلة بالفعل؛ وإجاباتك محفوظة.</translation>
    </message>
    <message>
        <source>%1 was edited after UNIDO wrote it (its hash no longer matches). Load it only if you trust the change.</source>
        <translation>عُدِّل %1 بعد أن كتبته اليونيدو (لم تعد البصمة مطابقة). حمّله فقط إن كنت تثق بالتعديل.</translation>
    </message>
    <message>
        <source>%1: %2 is not a field of the installed template. Nothing was loaded.</source>
        <translation>%1: %2 ليس حقلًا في النموذج المثبّت. لم يُحمَّل شيء.</translation>
    </message>
    <message>
        <source>%1: the query id “%2” is empty, too long or used twice. Nothing was loaded.</source>
        <translation>%1: معرّف السؤال «%2» فارغ أو طويل جدًا أو مستخدم مرتين. لم يُحمَّل شيء.</translation>
    </message>
    <message>
        <source>%1 holds no query. Nothing was loaded.</source>
        <translation>لا يحوي %1 أي سؤال. لم يُحمَّل شيء.</translation>
    </message>
    <message>
        <source>UNIDO asked no query “%1” about this return.</source>
        <translation>لم تطرح اليونيدو سؤالًا «%1» عن هذا التقرير.</translation>
    </message>
    <message>
        <source>Write an answer, or change the value UNIDO asked about.</source>
        <translation>اكتب إجابة، أو غيّر القيمة التي سألت عنها اليونيدو.</translation>
    </message>
    <message>
        <source>The answer is longer than %1 characters.</source>
        <translation>الإجابة أطول من %1 حرف.</translation>
    </message>
</context>
<context>
    <name>sizes</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 غيغابايت</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>daily backup</source>
        <translation>نسخة احتياطية يومية</translation>
    </message>
    <message>
        <source>before micdesk updated the data file</source>
        <translation>قبل أن يحدّث micdesk ملف البيانات</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>damaged data, kept before a restore</source>
        <translation>بيانات تالفة، حُفظت قبل استعادة</translation>
    </message>
    <message>
        <source>after an export</source>
        <translation>بعد تصدير</translation>
    </message>
    <message>
        <source>made on request</source>
        <translation>أُنشئت عند الطلب</translation>
    </message>
    <message>
        <source>A micdesk command (%1) is writing to this data folder:
%2</source>
        <translation>يكتب أمر من أوامر micdesk (%1) في مجلد البيانات هذا:
%2</translation>
    </message>
    <message>
        <source>Try again when it has finished.</source>
        <translation>أعد المحاولة عند انتهائه.</translation>
    </message>
    <message>
        <source>micdesk is already open on this data folder:
%1</source>
        <translation>micdesk مفتوح بالفعل على مجلد البيانات هذا:
%1</translation>
    </message>
    <message>
        <source>It runs as process %1 on %2.</source>
        <translation>يعمل بوصفه العملية %1 على %2.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>لا توجد نسخة احتياطية سليمة يمكن استعادتها.</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>count</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>t</source>
        <translation>طن</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>ميغاواط ساعة</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
</TS>
