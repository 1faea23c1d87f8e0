<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name></name>
    <message>
        <source>Checking the connection to the office…</source>
        <translation>دفتر سے رابطہ جانچا جا رہا ہے…</translation>
    </message>
    <message>
        <source>The office has switched off this post&apos;s connection. Nothing more can be sent: call the office.</source>
        <translation>دفتر نے اس پوسٹ کا رابطہ بند کر دیا ہے۔ اب کچھ نہیں بھیجا جا سکتا: دفتر کو فون کریں۔</translation>
    </message>
    <message>
        <source>Not connected to an office. Approved referrals wait here. What to do next: ask the office for a connection code and connect this post once (the guide explains how); until then, the office can receive referrals on a USB stick.</source>
        <translation>کسی دفتر سے رابطہ نہیں۔ منظور شدہ ریفرل یہیں انتظار کر رہے ہیں۔ آگے کیا کریں: دفتر سے رابطے کا کوڈ لیں اور اس پوسٹ کو ایک بار جوڑ دیں (طریقہ رہنما کتاب میں ہے)؛ تب تک دفتر ریفرل یو ایس بی اسٹک پر وصول کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>Connected to the office. Approved referrals are sent on their own every few minutes; press Sync now to send at once.</source>
        <translation>دفتر سے رابطہ ہے۔ منظور شدہ ریفرل ہر چند منٹ بعد خود بخود بھیجے جاتے ہیں؛ فوراً بھیجنے کے لیے «ابھی سنک کریں» دبائیں۔</translation>
    </message>
    <message>
        <source>Not connected: the office is not reachable just now. Referrals wait here and are sent when it answers. What to do next: check the network, or take them to the office on a USB stick.</source>
        <translation>رابطہ نہیں: اس وقت دفتر تک رسائی نہیں ہو رہی۔ ریفرل یہیں انتظار کرتے ہیں اور دفتر کے جواب دینے پر بھیج دیے جاتے ہیں۔ آگے کیا کریں: نیٹ ورک جانچیں، یا انہیں یو ایس بی اسٹک پر دفتر لے جائیں۔</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>آؤٹ باکس</translation>
    </message>
    <message>
        <source>Refused by this post</source>
        <translation>اس پوسٹ نے رد کیا</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ابھی سنک کریں</translation>
    </message>
    <message>
        <source>Export to USB…</source>
        <translation>یو ایس بی پر ایکسپورٹ…</translation>
    </message>
    <message>
        <source>Import from USB…</source>
        <translation>یو ایس بی سے امپورٹ…</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>دوبارہ بھیجیں</translation>
    </message>
    <message>
        <source>Send a referral the office refused again, after the office fixed what refused it</source>
        <translation>دفتر کا رد کیا ہوا ریفرل دوبارہ بھیجیں، جب دفتر وہ مسئلہ ٹھیک کر دے جس کی وجہ سے اسے رد کیا گیا</translation>
    </message>
    <message>
        <source>What this post refused to accept (office answers or USB folders that failed a check)</source>
        <translation>جو اس پوسٹ نے قبول نہیں کیا (دفتر کے جواب یا یو ایس بی فولڈر جو جانچ میں ناکام رہے)</translation>
    </message>
    <message>
        <source>Item #{} will be sent again.</source>
        <translation>نمبر {} دوبارہ بھیجا جائے گا۔</translation>
    </message>
    <message>
        <source>Wrote {} referral parcel(s) to {}.</source>
        <translation>{} ریفرل پارسل {} میں لکھ دیے گئے۔</translation>
    </message>
    <message>
        <source>Export to a folder on the USB stick</source>
        <translation>یو ایس بی اسٹک کے فولڈر میں ایکسپورٹ کریں</translation>
    </message>
    <message>
        <source>Import the office&apos;s answers from the USB stick</source>
        <translation>یو ایس بی اسٹک سے دفتر کے جوابات امپورٹ کریں</translation>
    </message>
    <message>
        <source>Imported {} receipt(s).</source>
        <translation>{} رسیدیں امپورٹ ہو گئیں۔</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>کام ہو رہا ہے…</translation>
    </message>
    <message>
        <source>The transfer failed.</source>
        <translation>منتقلی ناکام ہو گئی۔</translation>
    </message>
    <message>
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ابھی ابھی</translation>
    </message>
    <message>
        <source>{} min</source>
        <translation>{} منٹ</translation>
    </message>
    <message>
        <source>{} h</source>
        <translation>{} گھنٹے</translation>
    </message>
    <message>
        <source>{} days</source>
        <translation>{} دن</translation>
    </message>
    <message>
        <source>Nothing to do: the post is not connected to an office yet.</source>
        <translation>کرنے کو کچھ نہیں: یہ پوسٹ ابھی کسی دفتر سے منسلک نہیں۔</translation>
    </message>
    <message>
        <source>The office has revoked this post&apos;s device: ask the post admin.</source>
        <translation>دفتر نے اس پوسٹ کا آلہ منسوخ کر دیا ہے: پوسٹ ایڈمن سے رابطہ کریں۔</translation>
    </message>
    <message>
        <source>Office not reachable — will retry.</source>
        <translation>دفتر سے رابطہ نہیں ہو سکا — دوبارہ کوشش کی جائے گی۔</translation>
    </message>
    <message>
        <source>stopped early — will retry</source>
        <translation>درمیان میں رک گیا — دوبارہ کوشش کی جائے گی</translation>
    </message>
    <message>
        <source>Up to date: nothing was waiting.</source>
        <translation>سب کچھ تازہ ہے: کچھ بھی منتظر نہیں تھا۔</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>سنک ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Refused by the office: {}. Last problem: {}</source>
        <translation>دفتر نے رد کیے: {}۔ آخری مسئلہ: {}</translation>
    </message>
    <message>
        <source>Not connected to an office</source>
        <translation>کسی دفتر سے رابطہ نہیں</translation>
    </message>
    <message>
        <source>● Office connected</source>
        <translation>● دفتر سے رابطہ ہے</translation>
    </message>
    <message>
        <source>○ Office not reachable</source>
        <translation>○ دفتر تک رسائی نہیں</translation>
    </message>
    <message>
        <source>Last sync: {}</source>
        <translation>آخری سنک: {}</translation>
    </message>
    <message>
        <source>Updates: {}</source>
        <translation>اپ ڈیٹس: {}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>Sync: starting</source>
        <translation>سنک: شروع ہو رہا ہے</translation>
    </message>
    <message>
        <source>Device revoked</source>
        <translation>آلہ منسوخ کر دیا گیا</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve this referral?</source>
        <translation>کیا یہ ریفرل منظور کریں؟</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>کیس:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>فرد:</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(کوئی نام درج نہیں)</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>بچہ:</translation>
    </message>
    <message>
        <source>Yes — child-specific procedures apply</source>
        <translation>جی ہاں — بچوں کے لیے مخصوص طریقۂ کار لاگو ہے</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>ادارہ:</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>خدمات:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>فوریت:</translation>
    </message>
    <message>
        <source>Reason for approving without consent</source>
        <translation>رضامندی کے بغیر منظوری کی وجہ</translation>
    </message>
    <message>
        <source>The person&apos;s consent does not cover this referral (%1). Approve only if the person&apos;s safety requires it, and record why. This override is written to the audit log.</source>
        <translation>اس فرد کی رضامندی اس ریفرل کا احاطہ نہیں کرتی (%1)۔ صرف اسی صورت میں منظور کریں جب فرد کی حفاظت کا تقاضا ہو، اور وجہ درج کریں۔ یہ استثنا آڈٹ ریکارڈ میں لکھا جائے گا۔</translation>
    </message>
    <message>
        <source>Override and approve</source>
        <translation>استثنا کے ساتھ منظور کریں</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>منظور کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Approved: case %1, referral to %2 (%3).</source>
        <translation>منظور ہو گیا: کیس %1، %2 کے لیے ریفرل (%3)۔</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>Attachments</source>
        <translation>منسلکات</translation>
    </message>
    <message>
        <source>Scans and photos are kept inside the encrypted store. JPEG, PNG, TIFF or PDF, at most 20 MB each.</source>
        <translation>اسکین اور تصاویر خفیہ کردہ اسٹور کے اندر رکھی جاتی ہیں۔ JPEG، PNG، TIFF یا PDF، ہر فائل زیادہ سے زیادہ 20 MB۔</translation>
    </message>
    <message>
        <source>Attachments of the case</source>
        <translation>کیس کی منسلکات</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>فائل کی قسم</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>سائز (KB)</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>شامل کی گئی (UTC)</translation>
    </message>
    <message>
        <source>Kind of attachment</source>
        <translation>منسلکہ کی قسم</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>فائل شامل کریں…</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>فائل شامل کریں</translation>
    </message>
    <message>
        <source>Take from the &amp;scanner folder…</source>
        <translation>اسکینر فولڈر سے لیں…</translation>
    </message>
    <message>
        <source>Take every file waiting in the scanner folder</source>
        <translation>اسکینر فولڈر میں موجود تمام فائلیں لیں</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>دیکھیں</translation>
    </message>
    <message>
        <source>View the selected attachment</source>
        <translation>منتخب منسلکہ دیکھیں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>قسم:</translation>
    </message>
    <message>
        <source>Signed consent form</source>
        <translation>دستخط شدہ رضامندی فارم</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>دستاویز</translation>
    </message>
    <message>
        <source>Medical note</source>
        <translation>طبی نوٹ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message numerus="yes">
        <source>Files attached: %n</source>
        <translation>
            <numerusform>منسلک فائلیں: %n</numerusform>
            <numerusform>منسلک فائلیں: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanner folder is empty.</source>
        <translation>اسکینر فولڈر خالی ہے۔</translation>
    </message>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</source>
        <translation>اسکین اور تصاویر (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>Scanner folder</source>
        <translation>اسکینر فولڈر</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Case recorded</source>
        <translation>کیس درج کیا گیا</translation>
    </message>
    <message>
        <source>Case file viewed</source>
        <translation>کیس فائل دیکھی گئی</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>نوٹ شامل کیا گیا</translation>
    </message>
    <message>
        <source>Referral drafted</source>
        <translation>ریفرل کا مسودہ بنایا گیا</translation>
    </message>
    <message>
        <source>Referral edited</source>
        <translation>ریفرل میں ترمیم کی گئی</translation>
    </message>
    <message>
        <source>Referral submitted for approval</source>
        <translation>ریفرل منظوری کے لیے بھیجا گیا</translation>
    </message>
    <message>
        <source>Referral approved</source>
        <translation>ریفرل منظور کیا گیا</translation>
    </message>
    <message>
        <source>Referral returned to the officer</source>
        <translation>ریفرل افسر کو واپس کیا گیا</translation>
    </message>
    <message>
        <source>Consent overridden by a supervisor</source>
        <translation>سپروائزر نے رضامندی کے بغیر استثنا کے تحت منظوری دی</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>رضامندی درج کی گئی</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>رضامندی واپس لے لی گئی</translation>
    </message>
    <message>
        <source>Screening recorded</source>
        <translation>اسکریننگ درج کی گئی</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>کیس میں ترمیم کی گئی</translation>
    </message>
    <message>
        <source>Linked with people met together</source>
        <translation>ساتھ ملنے والے افراد سے منسلک کیا گیا</translation>
    </message>
    <message>
        <source>Taken out of its group</source>
        <translation>گروپ سے الگ کیا گیا</translation>
    </message>
    <message>
        <source>Companion recorded</source>
        <translation>ہم سفر درج کیا گیا</translation>
    </message>
    <message>
        <source>Non-punishment letter issued</source>
        <translation>سزا نہ دینے کی سفارش کا خط جاری کیا گیا</translation>
    </message>
    <message>
        <source>Referral letter issued</source>
        <translation>ریفرل خط جاری کیا گیا</translation>
    </message>
    <message>
        <source>Referral letter issued again</source>
        <translation>ریفرل خط دوبارہ جاری کیا گیا</translation>
    </message>
    <message>
        <source>Referral letter saved</source>
        <translation>ریفرل خط محفوظ کیا گیا</translation>
    </message>
    <message>
        <source>Referral letter printed</source>
        <translation>ریفرل خط پرنٹ کیا گیا</translation>
    </message>
    <message>
        <source>Screening interview completed</source>
        <translation>اسکریننگ انٹرویو مکمل ہوا</translation>
    </message>
    <message>
        <source>Referral released for sending</source>
        <translation>ریفرل بھیجنے کے لیے جاری کیا گیا</translation>
    </message>
    <message>
        <source>Decision differs from the suggestion (override)</source>
        <translation>فیصلہ تجویز سے مختلف (استثنا)</translation>
    </message>
    <message>
        <source>Decision sent for a supervisor&apos;s review</source>
        <translation>فیصلہ سپروائزر کے جائزے کے لیے بھیجا گیا</translation>
    </message>
    <message>
        <source>Decision confirmed by a supervisor</source>
        <translation>سپروائزر نے فیصلے کی توثیق کی</translation>
    </message>
    <message>
        <source>Decision returned to the officer</source>
        <translation>فیصلہ افسر کو واپس کیا گیا</translation>
    </message>
    <message>
        <source>Decision review replaced by a later decision</source>
        <translation>فیصلے کا جائزہ بعد کے فیصلے سے بدل گیا</translation>
    </message>
    <message>
        <source>No child-protection referral: a supervisor recorded why</source>
        <translation>بچوں کے تحفظ کے لیے ریفرل نہیں: سپروائزر نے وجہ درج کی</translation>
    </message>
    <message>
        <source>Interview paused for the person&apos;s wellbeing</source>
        <translation>فرد کی خیریت کے لیے انٹرویو روکا گیا</translation>
    </message>
    <message>
        <source>Transfer to another post requested</source>
        <translation>دوسری پوسٹ کو منتقلی کی درخواست کی گئی</translation>
    </message>
    <message>
        <source>Transfer to another post approved and sealed</source>
        <translation>دوسری پوسٹ کو منتقلی منظور اور مہر بند کی گئی</translation>
    </message>
    <message>
        <source>Transfer to another post not approved</source>
        <translation>دوسری پوسٹ کو منتقلی منظور نہیں کی گئی</translation>
    </message>
    <message>
        <source>Case accepted from another post</source>
        <translation>دوسری پوسٹ سے کیس قبول کیا گیا</translation>
    </message>
    <message>
        <source>Case from another post refused</source>
        <translation>دوسری پوسٹ کے کیس سے انکار کیا گیا</translation>
    </message>
</context>
<context>
    <name>CaseAgenda</name>
    <message>
        <source>Follow-up due</source>
        <translation>پیروی کی تاریخ</translation>
    </message>
    <message>
        <source>Follow-ups due today or overdue</source>
        <translation>آج کی یا تاخیر شدہ پیروی</translation>
    </message>
    <message>
        <source>Nothing is due for follow-up today.</source>
        <translation>آج کسی کیس کی پیروی باقی نہیں۔</translation>
    </message>
    <message>
        <source>Unfinished interviews</source>
        <translation>نامکمل انٹرویو</translation>
    </message>
    <message>
        <source>Con&amp;tinue an unfinished interview</source>
        <translation>نامکمل انٹرویو جاری رکھیں</translation>
    </message>
    <message>
        <source>Continue an unfinished interview</source>
        <translation>نامکمل انٹرویو جاری رکھیں</translation>
    </message>
    <message>
        <source>You have 1 unfinished interview.</source>
        <translation>آپ کا ایک انٹرویو نامکمل ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>You have %n unfinished interviews.</source>
        <translation>
            <numerusform>آپ کے %n انٹرویو نامکمل ہیں۔</numerusform>
            <numerusform>آپ کے %n انٹرویو نامکمل ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>پیروی آج</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>%1 سے تاخیر</translation>
    </message>
    <message>
        <source>referral to %1</source>
        <translation>%1 کو ریفرل</translation>
    </message>
    <message>
        <source>case</source>
        <translation>کیس</translation>
    </message>
</context>
<context>
    <name>CaseEditDialog</name>
    <message>
        <source>Correct the case details</source>
        <translation>کیس کی تفصیلات درست کریں</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>کیس کے حصے</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>شناخت</translation>
    </message>
    <message>
        <source>&amp;Encounter</source>
        <translation>ملاقات</translation>
    </message>
    <message>
        <source>Detention and in&amp;vestigation</source>
        <translation>حراست اور تفتیش</translation>
    </message>
    <message>
        <source>Why the details are corrected (required)</source>
        <translation>تفصیلات کیوں درست کی جا رہی ہیں (لازمی)</translation>
    </message>
    <message>
        <source>e.g. age assessment by the medical officer; tazkira seen</source>
        <translation>مثلاً میڈیکل افسر کا عمر کا تعین؛ تذکرہ دیکھا گیا</translation>
    </message>
    <message>
        <source>Reason for the correction:</source>
        <translation>درستی کی وجہ:</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>درستی محفوظ کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <source>Name (Urdu script)</source>
        <translation>نام (اردو رسم الخط میں)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخِ پیدائش</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>اندازاً عمر</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <source>Relation (s/o, d/o, w/o)</source>
        <translation>ولدیت / زوجیت (ولد، دختر، زوجہ)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>Father&apos;s or husband&apos;s name</source>
        <translation>والد یا شوہر کا نام</translation>
    </message>
    <message>
        <source>Father&apos;s or husband&apos;s name (Urdu script)</source>
        <translation>والد یا شوہر کا نام (اردو رسم الخط میں)</translation>
    </message>
    <message>
        <source>Province of origin</source>
        <translation>آبائی صوبہ</translation>
    </message>
    <message>
        <source>not in Pakistan / not recorded</source>
        <translation>پاکستان میں نہیں / درج نہیں</translation>
    </message>
    <message>
        <source>District of origin</source>
        <translation>آبائی ضلع</translation>
    </message>
    <message>
        <source>not abroad</source>
        <translation>بیرونِ ملک نہیں</translation>
    </message>
    <message>
        <source>Country of origin abroad</source>
        <translation>بیرونِ ملک آبائی ملک</translation>
    </message>
    <message>
        <source>Town or village abroad</source>
        <translation>بیرونِ ملک شہر یا گاؤں</translation>
    </message>
    <message>
        <source>Contact telephone</source>
        <translation>رابطے کا فون نمبر</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>ازدواجی صورتِ حال</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>رشتہ</translation>
    </message>
    <message>
        <source>Same name in Urdu script</source>
        <translation>یہی نام اردو رسم الخط میں</translation>
    </message>
    <message>
        <source>Or country of origin abroad</source>
        <translation>یا بیرونِ ملک آبائی ملک</translation>
    </message>
    <message>
        <source>Date of the encounter</source>
        <translation>ملاقات کی تاریخ</translation>
    </message>
    <message>
        <source>Place of the encounter</source>
        <translation>ملاقات کی جگہ</translation>
    </message>
    <message>
        <source>Circumstance</source>
        <translation>حالات</translation>
    </message>
    <message>
        <source>Notes on the encounter</source>
        <translation>ملاقات کے بارے میں نوٹس</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>جگہ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>The person is detained</source>
        <translation>یہ فرد حراست میں ہے</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>حراست میں</translation>
    </message>
    <message>
        <source>Detained since</source>
        <translation>کب سے حراست میں</translation>
    </message>
    <message>
        <source>Law under which the person is detained</source>
        <translation>وہ قانون جس کے تحت فرد حراست میں ہے</translation>
    </message>
    <message>
        <source>FIR or enquiry number</source>
        <translation>ایف آئی آر یا انکوائری نمبر</translation>
    </message>
    <message>
        <source>Recommend non-punishment (presumed victim in detention)</source>
        <translation>سزا نہ دینے کی سفارش (حراست میں ممکنہ متاثرہ فرد)</translation>
    </message>
    <message>
        <source>Non-punishment recommendation</source>
        <translation>سزا نہ دینے کی سفارش</translation>
    </message>
    <message>
        <source>Reason for the non-punishment recommendation</source>
        <translation>سزا نہ دینے کی سفارش کی وجہ</translation>
    </message>
    <message>
        <source>Type of exploitation</source>
        <translation>استحصال کی قسم</translation>
    </message>
    <message>
        <source>Country of exploitation</source>
        <translation>استحصال کا ملک</translation>
    </message>
    <message>
        <source>City of exploitation</source>
        <translation>استحصال کا شہر</translation>
    </message>
    <message>
        <source>Route travelled</source>
        <translation>سفر کا راستہ</translation>
    </message>
    <message>
        <source>Recruiter&apos;s relation to the person</source>
        <translation>بھرتی کرنے والے کا فرد سے رشتہ</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>حراست</translation>
    </message>
    <message>
        <source>Under which law</source>
        <translation>کس قانون کے تحت</translation>
    </message>
    <message>
        <source>Sections that apply</source>
        <translation>لاگو دفعات</translation>
    </message>
    <message>
        <source>Non-punishment</source>
        <translation>سزا نہ دینا</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>راستہ</translation>
    </message>
    <message>
        <source>Recruiter&apos;s relation</source>
        <translation>بھرتی کرنے والے کا رشتہ</translation>
    </message>
    <message>
        <source>Nothing has been changed.</source>
        <translation>کچھ بھی تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>Write the reason for the correction.</source>
        <translation>درستی کی وجہ لکھیں۔</translation>
    </message>
</context>
<context>
    <name>CaseIdentity</name>
    <message>
        <source>son of (s/o)</source>
        <translation>ولد</translation>
    </message>
    <message>
        <source>daughter of (d/o)</source>
        <translation>دختر</translation>
    </message>
    <message>
        <source>wife of (w/o)</source>
        <translation>زوجہ</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>غیر شادی شدہ</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>شادی شدہ</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>بیوہ / رنڈوا</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>طلاق یافتہ</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>علیحدگی</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>شوہر یا بیوی</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>والدین میں سے</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>اولاد</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>رشتہ دار</translation>
    </message>
    <message>
        <source>Travel companion</source>
        <translation>ہم سفر</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>ایجنٹ</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>ڈرائیور</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <source>Name (Urdu script)</source>
        <translation>نام (اردو رسم الخط میں)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخِ پیدائش</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>اندازاً عمر</translation>
    </message>
    <message>
        <source>Possibly a child</source>
        <translation>ممکنہ طور پر بچہ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبانیں</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>ولدیت / زوجیت</translation>
    </message>
    <message>
        <source>Father&apos;s or husband&apos;s name</source>
        <translation>والد یا شوہر کا نام</translation>
    </message>
    <message>
        <source>Father&apos;s or husband&apos;s name (Urdu script)</source>
        <translation>والد یا شوہر کا نام (اردو رسم الخط میں)</translation>
    </message>
    <message>
        <source>Province of origin</source>
        <translation>آبائی صوبہ</translation>
    </message>
    <message>
        <source>District of origin</source>
        <translation>آبائی ضلع</translation>
    </message>
    <message>
        <source>Country of origin abroad</source>
        <translation>بیرونِ ملک آبائی ملک</translation>
    </message>
    <message>
        <source>Town or village abroad</source>
        <translation>بیرونِ ملک شہر یا گاؤں</translation>
    </message>
    <message>
        <source>Contact telephone</source>
        <translation>رابطے کا فون نمبر</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>ازدواجی صورتِ حال</translation>
    </message>
    <message>
        <source>Date of the encounter</source>
        <translation>ملاقات کی تاریخ</translation>
    </message>
    <message>
        <source>Place of the encounter</source>
        <translation>ملاقات کی جگہ</translation>
    </message>
    <message>
        <source>Circumstance</source>
        <translation>حالات</translation>
    </message>
    <message>
        <source>Notes on the encounter</source>
        <translation>ملاقات کے بارے میں نوٹس</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>حراست میں</translation>
    </message>
    <message>
        <source>Detained since</source>
        <translation>کب سے حراست میں</translation>
    </message>
    <message>
        <source>Law of detention</source>
        <translation>حراست کا قانون</translation>
    </message>
    <message>
        <source>FIR or enquiry number</source>
        <translation>ایف آئی آر یا انکوائری نمبر</translation>
    </message>
    <message>
        <source>Sections that apply</source>
        <translation>لاگو دفعات</translation>
    </message>
    <message>
        <source>Non-punishment recommended</source>
        <translation>سزا نہ دینے کی سفارش</translation>
    </message>
    <message>
        <source>Reason for non-punishment</source>
        <translation>سزا نہ دینے کی وجہ</translation>
    </message>
    <message>
        <source>Type of exploitation</source>
        <translation>استحصال کی قسم</translation>
    </message>
    <message>
        <source>Country of exploitation</source>
        <translation>استحصال کا ملک</translation>
    </message>
    <message>
        <source>City of exploitation</source>
        <translation>استحصال کا شہر</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>راستہ</translation>
    </message>
    <message>
        <source>Recruiter&apos;s relation</source>
        <translation>بھرتی کرنے والے کا رشتہ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
</context>
<context>
    <name>CaseLifeBar</name>
    <message>
        <source>Follow-up and closure</source>
        <translation>پیروی اور کیس کی بندش</translation>
    </message>
    <message>
        <source>&amp;Follow-up date…</source>
        <translation>پیروی کی تاریخ…</translation>
    </message>
    <message>
        <source>Set the case&apos;s follow-up date</source>
        <translation>کیس کی پیروی کی تاریخ مقرر کریں</translation>
    </message>
    <message>
        <source>Close the &amp;case…</source>
        <translation>کیس بند کریں…</translation>
    </message>
    <message>
        <source>Ask to close the case</source>
        <translation>کیس بند کرنے کی درخواست کریں</translation>
    </message>
    <message>
        <source>Approve the c&amp;losure</source>
        <translation>کیس کی بندش منظور کریں</translation>
    </message>
    <message>
        <source>Approve the closure of the case</source>
        <translation>کیس کی بندش منظور کریں</translation>
    </message>
    <message>
        <source>Re-&amp;open…</source>
        <translation>دوبارہ کھولیں…</translation>
    </message>
    <message>
        <source>Re-open the closed case</source>
        <translation>بند کیس دوبارہ کھولیں</translation>
    </message>
    <message>
        <source>Re-re&amp;fer…</source>
        <translation>دوبارہ ریفر کریں…</translation>
    </message>
    <message>
        <source>Refer the person to another organisation after the decline</source>
        <translation>انکار کے بعد فرد کو کسی دوسرے ادارے کو ریفر کریں</translation>
    </message>
    <message>
        <source>Attac&amp;hments…</source>
        <translation>منسلکات…</translation>
    </message>
    <message>
        <source>Scans and photos of the case</source>
        <translation>کیس کے اسکین اور تصاویر</translation>
    </message>
    <message>
        <source>Release as an &amp;emergency…</source>
        <translation>ہنگامی ریفرل فوراً جاری کریں…</translation>
    </message>
    <message>
        <source>Release the selected referral now, without a supervisor</source>
        <translation>منتخب ریفرل سپروائزر کے بغیر ابھی جاری کریں</translation>
    </message>
    <message>
        <source>Approve the emer&amp;gency release</source>
        <translation>ہنگامی ریفرل منظور کریں</translation>
    </message>
    <message>
        <source>Approve the emergency release of the selected referral</source>
        <translation>منتخب ہنگامی ریفرل منظور کریں</translation>
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation>پیروی کی تاریخ: %1</translation>
    </message>
    <message>
        <source>Closure waiting for a supervisor: %1</source>
        <translation>بندش سپروائزر کی منظوری کی منتظر: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>بند: %1</translation>
    </message>
    <message>
        <source>EMERGENCY referral waiting for a supervisor&apos;s approval</source>
        <translation>ہنگامی ریفرل سپروائزر کی منظوری کا منتظر</translation>
    </message>
    <message>
        <source>Re-opened: %1</source>
        <translation>دوبارہ کھولا گیا: %1</translation>
    </message>
    <message>
        <source>Release as an emergency</source>
        <translation>ہنگامی ریفرل جاری کریں</translation>
    </message>
    <message>
        <source>No supervisor is present and the person cannot wait. Why? The referral is released now, with the urgency emergency, and a supervisor approves it afterwards.</source>
        <translation>کوئی سپروائزر موجود نہیں اور فرد انتظار نہیں کر سکتا۔ کیوں؟ ریفرل ہنگامی فوریت کے ساتھ ابھی جاری ہو گا اور سپروائزر بعد میں اسے منظور کرے گا۔</translation>
    </message>
    <message>
        <source>Release now</source>
        <translation>ابھی جاری کریں</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>پیروی کی تاریخ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>پیروی کی تاریخ</translation>
    </message>
    <message>
        <source>No follow-up date</source>
        <translation>پیروی کی کوئی تاریخ نہیں</translation>
    </message>
    <message>
        <source>Follow up on:</source>
        <translation>پیروی کی تاریخ:</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>کیس بند کریں</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>منظوری کی درخواست کریں</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>نتیجہ:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>کیا ہوا:</translation>
    </message>
    <message>
        <source>A supervisor other than you approves the closure.</source>
        <translation>بندش کی منظوری آپ کے علاوہ کوئی سپروائزر دے گا۔</translation>
    </message>
    <message>
        <source>Re-open the case</source>
        <translation>کیس دوبارہ کھولیں</translation>
    </message>
    <message>
        <source>Why is the case re-opened?</source>
        <translation>کیس دوبارہ کیوں کھولا جا رہا ہے؟</translation>
    </message>
    <message>
        <source>Re-open</source>
        <translation>دوبارہ کھولیں</translation>
    </message>
    <message>
        <source>Re-refer after a decline</source>
        <translation>انکار کے بعد دوبارہ ریفرل</translation>
    </message>
    <message>
        <source>Save the new draft</source>
        <translation>نیا مسودہ محفوظ کریں</translation>
    </message>
    <message>
        <source>%1 declined this referral. The new draft keeps its services and urgency and carries the reason.</source>
        <translation>%1 نے یہ ریفرل رد کر دیا۔ نئے مسودے میں وہی خدمات اور فوریت رہیں گی اور انکار کی وجہ ساتھ جائے گی۔</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <source>Why this organisation</source>
        <translation>یہ ادارہ کیوں</translation>
    </message>
    <message>
        <source>Re-referral after %1 declined (%2).</source>
        <translation>%1 کے انکار کے بعد دوبارہ ریفرل (%2)۔</translation>
    </message>
    <message>
        <source>Re-referral after %1 declined.</source>
        <translation>%1 کے انکار کے بعد دوبارہ ریفرل۔</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>ادارہ:</translation>
    </message>
    <message>
        <source>Why this organisation:</source>
        <translation>یہ ادارہ کیوں:</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Cases</source>
        <translation>کیس</translation>
    </message>
    <message>
        <source>Number of matching cases</source>
        <translation>ملنے والے کیسوں کی تعداد</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>کیس تلاش کریں</translation>
    </message>
    <message>
        <source>Search by name (either script), alias or document number</source>
        <translation>نام (اردو یا انگریزی)، عرفی نام یا دستاویز نمبر سے تلاش کریں</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>کیس کھولیں</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>منتخب کیس کھولیں</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>تلاش:</translation>
    </message>
    <message>
        <source>&amp;Incoming transfers…</source>
        <translation>آنے والی منتقلیاں…</translation>
    </message>
    <message>
        <source>Cases other posts transferred to this post</source>
        <translation>وہ کیس جو دوسری پوسٹوں نے اس پوسٹ کو منتقل کیے</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>صورتِ حال کا فلٹر</translation>
    </message>
    <message>
        <source>Classification filter</source>
        <translation>درجہ بندی کا فلٹر</translation>
    </message>
    <message>
        <source>Children or adults filter</source>
        <translation>بچوں یا بالغوں کا فلٹر</translation>
    </message>
    <message>
        <source>Children and adults</source>
        <translation>بچے اور بالغ</translation>
    </message>
    <message>
        <source>Children only</source>
        <translation>صرف بچے</translation>
    </message>
    <message>
        <source>Adults only</source>
        <translation>صرف بالغ</translation>
    </message>
    <message>
        <source>Encounters from</source>
        <translation>ملاقاتیں اس تاریخ سے</translation>
    </message>
    <message>
        <source>Encounters until</source>
        <translation>ملاقاتیں اس تاریخ تک</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>صورتِ حال:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>درجہ بندی:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>عمر:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>سے:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>تک:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>تمام</translation>
    </message>
    <message numerus="yes">
        <source>Matching cases: %n</source>
        <translation>
            <numerusform>ملنے والے کیس: %n</numerusform>
            <numerusform>ملنے والے کیس: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases match.</source>
        <translation>کوئی کیس نہیں ملا۔</translation>
    </message>
</context>
<context>
    <name>CaseSections</name>
    <message>
        <source>An organisation the office routed it to</source>
        <translation>وہ ادارہ جسے دفتر نے ریفرل بھیجا</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>مرکزی دفتر</translation>
    </message>
    <message>
        <source>Data it covers</source>
        <translation>شامل معلومات</translation>
    </message>
    <message>
        <source>Withdrawn at the office, on the person&apos;s request</source>
        <translation>فرد کی درخواست پر دفتر میں واپس لی گئی</translation>
    </message>
    <message>
        <source>No consent recorded yet.</source>
        <translation>ابھی کوئی رضامندی درج نہیں۔</translation>
    </message>
    <message>
        <source>Waiting to be sent to the office</source>
        <translation>دفتر بھیجے جانے کی منتظر</translation>
    </message>
    <message>
        <source>Received by the office</source>
        <translation>دفتر کو موصول ہو گئی</translation>
    </message>
    <message>
        <source>Organisations told to stop and delete</source>
        <translation>اداروں کو کارروائی روکنے اور معلومات حذف کرنے کی اطلاع دے دی گئی</translation>
    </message>
    <message>
        <source>Every organisation confirmed it stopped and deleted</source>
        <translation>ہر ادارے نے کارروائی روکنے اور معلومات حذف کرنے کی تصدیق کر دی</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>رضامندی کی واپسی</translation>
    </message>
    <message>
        <source>Reached the office</source>
        <translation>دفتر پہنچی</translation>
    </message>
    <message>
        <source>Confirmed stopped and deleted {0}</source>
        <translation>{0} کو کارروائی روکنے اور حذف کرنے کی تصدیق ہوئی</translation>
    </message>
    <message>
        <source>Told {0}, not confirmed yet</source>
        <translation>{0} کو اطلاع دی گئی، ابھی تصدیق نہیں ہوئی</translation>
    </message>
    <message>
        <source>No screening recorded yet.</source>
        <translation>ابھی کوئی اسکریننگ درج نہیں۔</translation>
    </message>
    <message>
        <source>Officer&apos;s reason</source>
        <translation>افسر کی وجہ</translation>
    </message>
    <message>
        <source>Engine&apos;s suggestion</source>
        <translation>نظام کی تجویز</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>تجویز سے ہٹ کر فیصلہ (استثنا)</translation>
    </message>
    <message>
        <source>The officer chose differently from the suggestion</source>
        <translation>افسر نے تجویز سے مختلف انتخاب کیا</translation>
    </message>
    <message>
        <source>Recruited, transported, transferred, harboured or received</source>
        <translation>بھرتی، منتقل، حوالے، پناہ میں رکھا یا وصول کیا گیا</translation>
    </message>
    <message>
        <source>Presumed victim</source>
        <translation>ممکنہ متاثرہ فرد</translation>
    </message>
    <message>
        <source>Not presumed a victim</source>
        <translation>ممکنہ متاثرہ فرد نہیں</translation>
    </message>
    <message>
        <source>Engine&apos;s suggestion (%1)</source>
        <translation>نظام کی تجویز (%1)</translation>
    </message>
    <message>
        <source>Rule applied</source>
        <translation>لاگو اصول</translation>
    </message>
    <message>
        <source>positive (%1)</source>
        <translation>مثبت (%1)</translation>
    </message>
    <message>
        <source>not positive</source>
        <translation>مثبت نہیں</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>انتباہ</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>حوالہ نمبر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Name (Urdu script)</source>
        <translation>نام (اردو رسم الخط)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <source>Encounter date</source>
        <translation>ملاقات کی تاریخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>صورتِ حال</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>درجہ بندی</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <source>Loading cases</source>
        <translation>کیس لوڈ ہو رہے ہیں</translation>
    </message>
    <message>
        <source>Counting cases</source>
        <translation>کیس گنے جا رہے ہیں</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>← Back to the list</source>
        <translation>فہرست پر واپس →</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>کیسوں کی فہرست پر واپس جائیں</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>کیس کا خلاصہ</translation>
    </message>
    <message>
        <source>Sections of the case file</source>
        <translation>کیس فائل کے حصے</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>ملاقاتیں</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>جگہ</translation>
    </message>
    <message>
        <source>Circumstance</source>
        <translation>حالات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>&amp;Encounters</source>
        <translation>ملاقاتیں</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>اسکریننگ</translation>
    </message>
    <message>
        <source>Screening and reasons</source>
        <translation>اسکریننگ اور وجوہات</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>S&amp;creenings</source>
        <translation>اسکریننگ</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضامندی</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>وصول کنندہ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>تاریخِ رضامندی</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>ترجمان</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>گواہ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>واپس لی گئی</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>رضامندی</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>ضروریات</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>ضرورت</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>ضروریات</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>ریفرلز</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>آڈٹ ریکارڈ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>آڈٹ ریکارڈ</translation>
    </message>
    <message>
        <source>&amp;Identity and investigation</source>
        <translation>شناخت اور تفتیش</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Name (Urdu script)</source>
        <translation>نام (اردو رسم الخط)</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>عرفی نام</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Date of birth or age</source>
        <translation>تاریخ پیدائش یا عمر</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبانیں</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <source>Child procedures</source>
        <translation>بچوں کے لیے طریقۂ کار</translation>
    </message>
    <message>
        <source>Same person at other posts</source>
        <translation>دوسری پوسٹوں پر یہی شخص</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>رضامندی درج کریں…</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>رضامندی درج کریں</translation>
    </message>
    <message>
        <source>Record &amp;withdrawal…</source>
        <translation>رضامندی کی واپسی درج کریں…</translation>
    </message>
    <message>
        <source>Record that the person withdrew the selected consent</source>
        <translation>درج کریں کہ فرد نے منتخب رضامندی واپس لے لی</translation>
    </message>
    <message>
        <source>Select a consent that is still in force.</source>
        <translation>ایسی رضامندی منتخب کریں جو ابھی نافذ ہو۔</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>رضامندی واپس لے لی گئی</translation>
    </message>
    <message>
        <source>Record why, or in the person&apos;s own words, how the consent was withdrawn.</source>
        <translation>درج کریں کہ رضامندی کیوں واپس لی گئی، یا فرد کے اپنے الفاظ میں کیسے۔</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>واپسی درج کریں</translation>
    </message>
    <message>
        <source>Recording the consent</source>
        <translation>رضامندی درج ہو رہی ہے</translation>
    </message>
    <message>
        <source>Referrals and their status history</source>
        <translation>ریفرلز اور ان کی صورتِ حال کی تاریخ</translation>
    </message>
    <message>
        <source>Organisation / status</source>
        <translation>ادارہ / صورتِ حال</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>خدمات</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <source>By</source>
        <translation>از</translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation>نیا ریفرل…</translation>
    </message>
    <message>
        <source>Draft a new referral</source>
        <translation>نئے ریفرل کا مسودہ بنائیں</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ترمیم…</translation>
    </message>
    <message>
        <source>Edit the selected referral</source>
        <translation>منتخب ریفرل میں ترمیم کریں</translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation>منظوری کے لیے بھیجیں</translation>
    </message>
    <message>
        <source>Submit the selected referral</source>
        <translation>منتخب ریفرل منظوری کے لیے بھیجیں</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>منظور کریں</translation>
    </message>
    <message>
        <source>Approve the selected referral</source>
        <translation>منتخب ریفرل منظور کریں</translation>
    </message>
    <message>
        <source>Re&amp;turn to officer…</source>
        <translation>افسر کو واپس کریں…</translation>
    </message>
    <message>
        <source>Return the selected referral</source>
        <translation>منتخب ریفرل واپس کریں</translation>
    </message>
    <message>
        <source>Issue &amp;letter…</source>
        <translation>خط جاری کریں…</translation>
    </message>
    <message>
        <source>Issue the referral letter for the selected referral</source>
        <translation>منتخب ریفرل کا خط جاری کریں</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>نیا نوٹ</translation>
    </message>
    <message>
        <source>Write a note about this case…</source>
        <translation>اس کیس کے بارے میں نوٹ لکھیں…</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>نوٹ شامل کریں</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>نوٹ شامل کریں</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>کیس کھل رہا ہے…</translation>
    </message>
    <message>
        <source>Opening the case</source>
        <translation>کیس کھل رہا ہے</translation>
    </message>
    <message>
        <source>CHILD: child-specific procedures apply</source>
        <translation>بچہ: بچوں کے لیے مخصوص طریقۂ کار لاگو ہے</translation>
    </message>
    <message>
        <source>OVERRIDE: the engine suggested %1</source>
        <translation>تجویز سے ہٹ کر فیصلہ (استثنا): نظام کی تجویز %1 تھی</translation>
    </message>
    <message>
        <source>Decision awaiting review</source>
        <translation>فیصلہ جائزے کا منتظر</translation>
    </message>
    <message>
        <source>Decision returned: %1</source>
        <translation>فیصلہ واپس کیا گیا: %1</translation>
    </message>
    <message numerus="yes">
        <source>estimated age %n</source>
        <translation>
            <numerusform>اندازاً عمر %n سال</numerusform>
            <numerusform>اندازاً عمر %n سال</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Yes: a guardian is needed for consent</source>
        <translation>ہاں: رضامندی کے لیے سرپرست ضروری ہے</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>None confirmed by the office</source>
        <translation>دفتر نے کسی کی تصدیق نہیں کی</translation>
    </message>
    <message>
        <source>%1, confirmed by the office on %2</source>
        <translation>%1، دفتر نے %2 کو تصدیق کی</translation>
    </message>
    <message>
        <source>Saving the note</source>
        <translation>نوٹ محفوظ ہو رہا ہے</translation>
    </message>
</context>
<context>
    <name>CompanionDialog</name>
    <message>
        <source>Companion</source>
        <translation>ہم سفر</translation>
    </message>
    <message>
        <source>Name or description of the companion</source>
        <translation>ہم سفر کا نام یا حلیہ</translation>
    </message>
    <message>
        <source>Relation to the person</source>
        <translation>فرد سے رشتہ</translation>
    </message>
    <message>
        <source>Held the person&apos;s passport or documents</source>
        <translation>فرد کا پاسپورٹ یا دستاویزات اس کے پاس تھیں</translation>
    </message>
    <message>
        <source>Held the documents</source>
        <translation>دستاویزات اس کے پاس تھیں</translation>
    </message>
    <message>
        <source>May be involved in the exploitation</source>
        <translation>ممکن ہے استحصال میں ملوث ہو</translation>
    </message>
    <message>
        <source>Possible exploiter</source>
        <translation>ممکنہ استحصال کنندہ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>رشتہ:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>نوٹ:</translation>
    </message>
    <message>
        <source>Record the companion</source>
        <translation>ہم سفر درج کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>رضامندی درج کریں</translation>
    </message>
    <message>
        <source>Purpose of the consent</source>
        <translation>رضامندی کا مقصد</translation>
    </message>
    <message>
        <source>Recipient organisation</source>
        <translation>وصول کنندہ ادارہ</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>مرکزی دفتر</translation>
    </message>
    <message>
        <source>How the consent was given</source>
        <translation>رضامندی کس طرح دی گئی</translation>
    </message>
    <message>
        <source>Date the consent was given</source>
        <translation>رضامندی کی تاریخ</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>ترجمان</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>گواہ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>مقصد:</translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation>وصول کنندہ:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>طریقہ:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>تاریخ:</translation>
    </message>
    <message>
        <source>Data it covers:</source>
        <translation>شامل معلومات:</translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation>ترجمان:</translation>
    </message>
    <message>
        <source>&amp;Witness:</source>
        <translation>گواہ:</translation>
    </message>
    <message>
        <source>G&amp;uardian:</source>
        <translation>سرپرست:</translation>
    </message>
    <message>
        <source>This person is a child: the guardian&apos;s name is required.</source>
        <translation>یہ فرد بچہ ہے: سرپرست کا نام لازمی ہے۔</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Nothing yet</source>
        <translation>ابھی کچھ نہیں</translation>
    </message>
    <message>
        <source>Classifications this month</source>
        <translation>اس مہینے کی درجہ بندیاں</translation>
    </message>
    <message>
        <source>Referrals by stage</source>
        <translation>مرحلے کے لحاظ سے ریفرلز</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>کھلے کیس</translation>
    </message>
    <message>
        <source>Screenings this month</source>
        <translation>اس مہینے کی اسکریننگز</translation>
    </message>
    <message>
        <source>Referrals overdue</source>
        <translation>تاخیر کا شکار ریفرلز</translation>
    </message>
    <message>
        <source>Decisions awaiting review</source>
        <translation>جائزے کے منتظر فیصلے</translation>
    </message>
    <message>
        <source>Days from encounter to referral approved (median, 90%)</source>
        <translation>ملاقات سے ریفرل کی منظوری تک دن (درمیانی قدر، نوے فیصد)</translation>
    </message>
    <message>
        <source>Days from approval to acknowledgement (median, 90%)</source>
        <translation>منظوری سے وصولی کی تصدیق تک دن (درمیانی قدر، نوے فیصد)</translation>
    </message>
    <message>
        <source>Loading the dashboard</source>
        <translation>اعداد و شمار لوڈ ہو رہے ہیں</translation>
    </message>
    <message>
        <source>This month: %1</source>
        <translation>اس مہینے: %1</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>درجہ بندی نہیں ہوئی</translation>
    </message>
    <message>
        <source>Since the post began: screenings %1, persons %2, referrals approved %3.</source>
        <translation>چوکی کے آغاز سے اب تک: اسکریننگز %1، افراد %2، منظور شدہ ریفرلز %3۔</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ابھی کوئی نہیں</translation>
    </message>
    <message>
        <source>%1 (90%: %2)</source>
        <translation>%1 (نوے فیصد: %2)</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>کیس</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>فیصلہ</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>تجویز</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>تجویز سے ہٹ کر فیصلہ (استثنا)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>صورتِ حال</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>فیصلہ کنندہ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Decision reviews</source>
        <translation>فیصلوں کا جائزہ</translation>
    </message>
    <message>
        <source>Reasons for the selected decision</source>
        <translation>منتخب فیصلے کی وجوہات</translation>
    </message>
    <message>
        <source>Which decisions to show</source>
        <translation>کون سے فیصلے دکھائیں</translation>
    </message>
    <message>
        <source>Waiting for my review</source>
        <translation>میرے جائزے کے منتظر</translation>
    </message>
    <message>
        <source>All decision reviews</source>
        <translation>فیصلوں کے تمام جائزے</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>دکھائیں:</translation>
    </message>
    <message>
        <source>Number of decisions shown</source>
        <translation>دکھائے گئے فیصلوں کی تعداد</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>کیس کھولیں</translation>
    </message>
    <message>
        <source>Open the case of the selected decision</source>
        <translation>منتخب فیصلے کا کیس کھولیں</translation>
    </message>
    <message>
        <source>&amp;Confirm the decision</source>
        <translation>فیصلے کی توثیق کریں</translation>
    </message>
    <message>
        <source>Confirm the selected decision</source>
        <translation>منتخب فیصلے کی توثیق کریں</translation>
    </message>
    <message>
        <source>Re&amp;turn to the officer…</source>
        <translation>افسر کو واپس کریں…</translation>
    </message>
    <message>
        <source>Return the selected decision to the officer with a note</source>
        <translation>منتخب فیصلہ نوٹ کے ساتھ افسر کو واپس کریں</translation>
    </message>
    <message>
        <source>Loading decisions</source>
        <translation>فیصلے لوڈ ہو رہے ہیں</translation>
    </message>
    <message numerus="yes">
        <source>Decisions: %n</source>
        <translation>
            <numerusform>فیصلے: %n</numerusform>
            <numerusform>فیصلے: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>فیصلہ: %1</translation>
    </message>
    <message>
        <source>OVERRIDE</source>
        <translation>تجویز سے ہٹ کر فیصلہ (استثنا)</translation>
    </message>
    <message>
        <source>the engine suggested %1</source>
        <translation>نظام کی تجویز %1 تھی</translation>
    </message>
    <message>
        <source>CHILD</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <source>child-specific procedures apply</source>
        <translation>بچوں کے مخصوص طریقۂ کار لاگو ہیں</translation>
    </message>
    <message>
        <source>The officer’s reason</source>
        <translation>افسر کی وجہ</translation>
    </message>
    <message>
        <source>The engine’s reasons</source>
        <translation>نظام کی وجوہات</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>جائزے کا نوٹ</translation>
    </message>
    <message>
        <source>Confirming the decision</source>
        <translation>فیصلے کی توثیق ہو رہی ہے</translation>
    </message>
    <message>
        <source>Return the decision</source>
        <translation>فیصلہ واپس کریں</translation>
    </message>
    <message>
        <source>What should the officer reconsider? The note is kept with the case.</source>
        <translation>افسر کو کس بات پر دوبارہ غور کرنا چاہیے؟ نوٹ کیس کے ساتھ محفوظ رہتا ہے۔</translation>
    </message>
    <message>
        <source>Return to the officer</source>
        <translation>افسر کو واپس کریں</translation>
    </message>
    <message>
        <source>Returning the decision</source>
        <translation>فیصلہ واپس کیا جا رہا ہے</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>The decision was not saved.</source>
        <translation>فیصلہ محفوظ نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <source>Name in Urdu</source>
        <translation>اردو میں نام</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>خدمات</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>علاقہ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>رابطہ نمبر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Filter organisations</source>
        <translation>اداروں کو فلٹر کریں</translation>
    </message>
    <message>
        <source>Filter by name, service or area</source>
        <translation>نام، خدمت یا علاقے سے فلٹر کریں</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>فلٹر:</translation>
    </message>
    <message>
        <source>Service directory</source>
        <translation>خدمات کی ڈائریکٹری</translation>
    </message>
    <message>
        <source>&amp;Add organisation…</source>
        <translation>ادارہ شامل کریں…</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>ادارہ شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ترمیم…</translation>
    </message>
    <message>
        <source>Edit the selected organisation</source>
        <translation>منتخب ادارے میں ترمیم کریں</translation>
    </message>
    <message>
        <source>Loading the directory</source>
        <translation>ڈائریکٹری لوڈ ہو رہی ہے</translation>
    </message>
    <message>
        <source>Saving the organisation</source>
        <translation>ادارہ محفوظ ہو رہا ہے</translation>
    </message>
    <message>
        <source>The directory was saved.</source>
        <translation>ڈائریکٹری محفوظ ہو گئی۔</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Score: %1%</source>
        <translation>اسکور: %1 فیصد</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>اشارے</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>پہچانے گئے</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>رہ گئے</translation>
    </message>
    <message>
        <source>Coded but not present</source>
        <translation>کوڈ کیے گئے مگر موجود نہیں</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>درجہ بندی</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>درست</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>درست نہیں</translation>
    </message>
    <message>
        <source>you chose</source>
        <translation>آپ نے چنا</translation>
    </message>
    <message>
        <source>the expert</source>
        <translation>ماہر</translation>
    </message>
    <message>
        <source>How sure the expert is</source>
        <translation>ماہر کو کتنا یقین ہے</translation>
    </message>
    <message>
        <source>Why an officer decides otherwise than the engine</source>
        <translation>افسر انجن کی تجویز سے مختلف فیصلہ کیوں کرتا ہے</translation>
    </message>
    <message>
        <source>Child procedures, consent and services</source>
        <translation>بچوں کا طریقۂ کار، رضامندی اور خدمات</translation>
    </message>
    <message>
        <source>Child procedures apply</source>
        <translation>بچوں کا طریقۂ کار لاگو ہوتا ہے</translation>
    </message>
    <message>
        <source>Adult procedures apply</source>
        <translation>بالغ افراد کا طریقۂ کار لاگو ہوتا ہے</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>چنی گئیں</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>متوقع</translation>
    </message>
    <message>
        <source>high</source>
        <translation>زیادہ</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>درمیانہ</translation>
    </message>
    <message>
        <source>low</source>
        <translation>کم</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Set up this post</source>
        <translation>اس پوسٹ کو ترتیب دیں</translation>
    </message>
    <message>
        <source>No post has been set up on this computer yet. Enter the post&apos;s details and create the first administrator account. The password protects every record stored here; it cannot be recovered if it is lost.</source>
        <translation>اس کمپیوٹر پر ابھی کوئی پوسٹ ترتیب نہیں دی گئی۔ پوسٹ کی تفصیلات درج کریں اور پہلا ایڈمنسٹریٹر اکاؤنٹ بنائیں۔ پاس ورڈ یہاں محفوظ ہر ریکارڈ کی حفاظت کرتا ہے؛ گم ہو جائے تو واپس نہیں مل سکتا۔</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>e.g. ISB</source>
        <translation>مثلاً ISB</translation>
    </message>
    <message>
        <source>Post name</source>
        <translation>پوسٹ کا نام</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>ایڈمنسٹریٹر کا یوزر نیم</translation>
    </message>
    <message>
        <source>Administrator full name</source>
        <translation>ایڈمنسٹریٹر کا پورا نام</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>پاس ورڈ دوبارہ</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>پاس ورڈ کی مضبوطی</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>پاس ورڈ کے اصول</translation>
    </message>
    <message>
        <source>Post &amp;code:</source>
        <translation>پوسٹ کوڈ:</translation>
    </message>
    <message>
        <source>Post &amp;name:</source>
        <translation>پوسٹ کا نام:</translation>
    </message>
    <message>
        <source>Admin &amp;user name:</source>
        <translation>ایڈمن کا یوزر نیم:</translation>
    </message>
    <message>
        <source>Admin &amp;full name:</source>
        <translation>ایڈمن کا پورا نام:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>پاس ورڈ:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>پاس ورڈ دوبارہ:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>مضبوطی:</translation>
    </message>
    <message>
        <source>Create the post</source>
        <translation>پوسٹ بنائیں</translation>
    </message>
    <message>
        <source>&amp;Practise first (training post)</source>
        <translation>پہلے &amp;مشق کریں (تربیتی پوسٹ)</translation>
    </message>
    <message>
        <source>Practise first (training post)</source>
        <translation>پہلے مشق کریں (تربیتی پوسٹ)</translation>
    </message>
    <message>
        <source>the two passwords must match</source>
        <translation>دونوں پاس ورڈ ایک جیسے ہونے چاہییں</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>بہت کمزور</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>کمزور</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>مناسب</translation>
    </message>
    <message>
        <source>good</source>
        <translation>اچھا</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>مضبوط</translation>
    </message>
    <message>
        <source>To continue: %1.</source>
        <translation>آگے بڑھنے کے لیے: %1۔</translation>
    </message>
    <message>
        <source>The password meets the rules.</source>
        <translation>پاس ورڈ اصولوں کے مطابق ہے۔</translation>
    </message>
    <message>
        <source>Creating the encrypted store</source>
        <translation>خفیہ کردہ اسٹور بن رہا ہے</translation>
    </message>
    <message>
        <source>Opening the store</source>
        <translation>اسٹور کھل رہا ہے</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>Met together with</source>
        <translation>جن کے ساتھ ملے</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>کیس</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <source>Met together with (cases of the same encounter):</source>
        <translation>جن کے ساتھ ملے (اسی ملاقات کے کیس):</translation>
    </message>
    <message>
        <source>Companions who are not cases</source>
        <translation>ہم سفر جو کیس نہیں ہیں</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>رشتہ</translation>
    </message>
    <message>
        <source>Held the documents</source>
        <translation>دستاویزات اس کے پاس تھیں</translation>
    </message>
    <message>
        <source>Possible exploiter</source>
        <translation>ممکنہ استحصال کنندہ</translation>
    </message>
    <message>
        <source>Companions who are not cases:</source>
        <translation>ہم سفر جو کیس نہیں ہیں:</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>درستیاں</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>By</source>
        <translation>از</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>پہلے</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>اب</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Corrections after intake:</source>
        <translation>اندراج کے بعد کی گئی درستیاں:</translation>
    </message>
    <message>
        <source>&amp;Correct details…</source>
        <translation>تفصیلات درست کریں…</translation>
    </message>
    <message>
        <source>Correct the person&apos;s or the encounter&apos;s details, with a reason</source>
        <translation>فرد یا ملاقات کی تفصیلات وجہ کے ساتھ درست کریں</translation>
    </message>
    <message>
        <source>&amp;Link with cases met together…</source>
        <translation>ساتھ ملنے والوں کے کیسوں سے منسلک کریں…</translation>
    </message>
    <message>
        <source>Link this case with others of the same encounter</source>
        <translation>اس کیس کو اسی ملاقات کے دوسرے کیسوں سے منسلک کریں</translation>
    </message>
    <message>
        <source>Add co&amp;mpanion…</source>
        <translation>ہم سفر شامل کریں…</translation>
    </message>
    <message>
        <source>Record someone travelling with the person who is not a case</source>
        <translation>فرد کے ساتھ سفر کرنے والا کوئی ایسا شخص درج کریں جو کیس نہیں</translation>
    </message>
    <message>
        <source>Non-punishment le&amp;tter…</source>
        <translation>سزا نہ دینے کی سفارش کا خط…</translation>
    </message>
    <message>
        <source>Write the non-punishment recommendation to the investigating officer</source>
        <translation>تفتیشی افسر کے نام سزا نہ دینے کی سفارش کا خط لکھیں</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Saving the correction</source>
        <translation>درستی محفوظ ہو رہی ہے</translation>
    </message>
    <message>
        <source>Child procedures</source>
        <translation>بچوں کے لیے طریقۂ کار</translation>
    </message>
    <message>
        <source>The person is now recorded as a child: child-specific procedures apply (a guardian for consent, referral to child protection). A new screening with the child&apos;s indicators is due.</source>
        <translation>اب یہ فرد بچے کے طور پر درج ہے: بچوں کے لیے مخصوص طریقۂ کار لاگو ہوتا ہے (رضامندی کے لیے سرپرست، بچوں کا تحفظ کے لیے ریفرل)۔ بچوں کے اشاریوں کے ساتھ نئی اسکریننگ ضروری ہے۔</translation>
    </message>
    <message>
        <source>The person is no longer recorded as a child. A new screening with the adult&apos;s indicators is due.</source>
        <translation>یہ فرد اب بچے کے طور پر درج نہیں۔ بالغوں کے اشاریوں کے ساتھ نئی اسکریننگ ضروری ہے۔</translation>
    </message>
    <message>
        <source>Start a new screening</source>
        <translation>نئی اسکریننگ شروع کریں</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>بعد میں</translation>
    </message>
    <message>
        <source>Non-punishment letter</source>
        <translation>سزا نہ دینے کی سفارش کا خط</translation>
    </message>
    <message>
        <source>To whom: the investigating officer&apos;s name and office.</source>
        <translation>بخدمت: تفتیشی افسر کا نام اور دفتر۔</translation>
    </message>
    <message>
        <source>Write the letter</source>
        <translation>خط لکھیں</translation>
    </message>
    <message>
        <source>Writing the letter</source>
        <translation>خط لکھا جا رہا ہے</translation>
    </message>
    <message>
        <source>Save the non-punishment letter</source>
        <translation>سزا نہ دینے کی سفارش کا خط محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <source>Link cases met together</source>
        <translation>ساتھ ملنے والوں کے کیس منسلک کریں</translation>
    </message>
    <message>
        <source>References of the other cases of this encounter, separated by spaces (e.g. ISB-2026-000012 ISB-2026-000013).</source>
        <translation>اسی ملاقات کے دوسرے کیسوں کے حوالہ نمبر، درمیان میں خالی جگہ کے ساتھ۔</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>منسلک کریں</translation>
    </message>
    <message>
        <source>Linking the cases</source>
        <translation>کیس منسلک ہو رہے ہیں</translation>
    </message>
    <message>
        <source>Recording the companion</source>
        <translation>ہم سفر درج ہو رہا ہے</translation>
    </message>
</context>
<context>
    <name>IncomingTransfersDialog</name>
    <message>
        <source>Incoming transfers</source>
        <translation>آنے والی منتقلیاں</translation>
    </message>
    <message>
        <source>Cases sent to this post</source>
        <translation>اس پوسٹ کو بھیجے گئے کیس</translation>
    </message>
    <message>
        <source>From</source>
        <translation>کہاں سے</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>ان کا حوالہ نمبر</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>صورتِ حال</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>پیغامات</translation>
    </message>
    <message>
        <source>&amp;Accept into this post</source>
        <translation>اس پوسٹ میں قبول کریں</translation>
    </message>
    <message>
        <source>Accept the selected case into this post</source>
        <translation>منتخب کیس اس پوسٹ میں قبول کریں</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>انکار کریں…</translation>
    </message>
    <message>
        <source>Refuse the selected case</source>
        <translation>منتخب کیس لینے سے انکار کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Waiting for a supervisor</source>
        <translation>سپروائزر کا منتظر</translation>
    </message>
    <message>
        <source>No case is waiting.</source>
        <translation>کوئی کیس منتظر نہیں۔</translation>
    </message>
    <message>
        <source>The action did not succeed.</source>
        <translation>یہ کام نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>Accepted: case %1.</source>
        <translation>قبول ہو گیا: کیس %1۔</translation>
    </message>
    <message>
        <source>Refuse the transfer</source>
        <translation>منتقلی سے انکار کریں</translation>
    </message>
    <message>
        <source>Why is the case refused? The office and the sending post read this: write no personal details.</source>
        <translation>کیس لینے سے انکار کیوں؟ یہ دفتر اور بھیجنے والی پوسٹ پڑھتے ہیں: کوئی ذاتی تفصیل نہ لکھیں۔</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>انکار کریں</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Open</source>
        <translation>زیرِ کارروائی</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>ریفر کیا گیا</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودہ</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>منظوری کے لیے بھیجا گیا</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>واپس کیا گیا</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>منظور شدہ</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>بھیج دیا گیا</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>موصول ہوا</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>قبول کیا گیا</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>رد کیا گیا</translation>
    </message>
    <message>
        <source>Services started</source>
        <translation>خدمات شروع ہو گئیں</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Routed to an organisation</source>
        <translation>ادارے کو بھیجا گیا</translation>
    </message>
    <message>
        <source>Receipt acknowledged</source>
        <translation>وصولی کی تصدیق ہو گئی</translation>
    </message>
    <message>
        <source>Person arrived</source>
        <translation>فرد پہنچ گیا</translation>
    </message>
    <message>
        <source>Services completed</source>
        <translation>خدمات مکمل ہو گئیں</translation>
    </message>
    <message>
        <source>Person left</source>
        <translation>فرد چلا گیا</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>مقررہ وقت گزر گیا</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt is late</source>
        <translation>وصولی کی تصدیق میں تاخیر ہے</translation>
    </message>
    <message>
        <source>Decision to accept is late</source>
        <translation>قبول کرنے کے فیصلے میں تاخیر ہے</translation>
    </message>
    <message>
        <source>Assisted</source>
        <translation>مدد فراہم کی گئی</translation>
    </message>
    <message>
        <source>Returned home</source>
        <translation>وطن واپسی</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>منتقل کیا گیا</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>رابطہ منقطع</translation>
    </message>
    <message>
        <source>Declined assistance</source>
        <translation>مدد لینے سے انکار</translation>
    </message>
    <message>
        <source>Presumed victim of trafficking</source>
        <translation>انسانی ٹریفکنگ کا ممکنہ متاثرہ فرد</translation>
    </message>
    <message>
        <source>Smuggled migrant in a vulnerable situation</source>
        <translation>کمزور حالات کا شکار اسمگل شدہ تارکِ وطن</translation>
    </message>
    <message>
        <source>Vulnerable migrant</source>
        <translation>کمزور حالات کا شکار تارکِ وطن</translation>
    </message>
    <message>
        <source>No protection concern identified</source>
        <translation>تحفظ سے متعلق کوئی تشویش سامنے نہیں آئی</translation>
    </message>
    <message>
        <source>Inconclusive: further interview needed</source>
        <translation>غیر حتمی: مزید انٹرویو درکار ہے</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>جائزے کا منتظر</translation>
    </message>
    <message>
        <source>Replaced by a later decision</source>
        <translation>بعد کے فیصلے نے اس کی جگہ لے لی</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>پناہ گاہ</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>طبی نگہداشت</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>نفسیاتی و سماجی معاونت</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>قانونی امداد</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>ترجمانی</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>خاندان کی تلاش</translation>
    </message>
    <message>
        <source>Return and reintegration</source>
        <translation>وطن واپسی اور بحالی</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>بچوں کا تحفظ</translation>
    </message>
    <message>
        <source>Medical emergency</source>
        <translation>طبی ہنگامی حالت</translation>
    </message>
    <message>
        <source>Food and clothing</source>
        <translation>خوراک اور لباس</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>حفاظت</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>معمول کے مطابق</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>ہنگامی</translation>
    </message>
    <message>
        <source>Interception</source>
        <translation>راستے میں روکا جانا</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>حراست</translation>
    </message>
    <message>
        <source>Raid</source>
        <translation>چھاپہ</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>خود رجوع</translation>
    </message>
    <message>
        <source>Referral by an NGO</source>
        <translation>این جی او کی جانب سے ریفرل</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>شناخت</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>رابطے کی تفصیلات</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>ضروریات</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>صحت</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>خاندان</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>اسکریننگ</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>حالات</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>قومی شناختی کارڈ</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>شناختی کارڈ</translation>
    </message>
    <message>
        <source>Proof of Registration card</source>
        <translation>رجسٹریشن کا ثبوت کارڈ</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>پیدائشی سرٹیفکیٹ</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>ویزا</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>خاتون</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>Transgender or gender non-conforming</source>
        <translation>خواجہ سرا یا صنفی طور پر مختلف</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>افسر</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>سپروائزر</translation>
    </message>
    <message>
        <source>Post admin</source>
        <translation>پوسٹ ایڈمن</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>امداد</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ریفرل</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>معلومات کا تبادلہ</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>تحریری</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>زبانی</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>این جی او</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>سرکاری</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>بین الاقوامی ادارہ</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>ہسپتال</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>مضبوط</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>درمیانہ</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>کمزور</translation>
    </message>
    <message>
        <source>Adult rule</source>
        <translation>بالغ کا اصول</translation>
    </message>
    <message>
        <source>Child rule</source>
        <translation>بچے کا اصول</translation>
    </message>
    <message>
        <source>Child rule (possibly a child)</source>
        <translation>بچے کا اصول (ممکنہ طور پر بچہ)</translation>
    </message>
    <message>
        <source>A. Deceptive recruitment</source>
        <translation>الف۔ دھوکے سے بھرتی</translation>
    </message>
    <message>
        <source>B. Coercive recruitment</source>
        <translation>ب۔ جبری بھرتی</translation>
    </message>
    <message>
        <source>C. Recruitment by abuse of vulnerability</source>
        <translation>ج۔ کمزوری سے فائدہ اٹھا کر بھرتی</translation>
    </message>
    <message>
        <source>D. Exploitation</source>
        <translation>د۔ استحصال</translation>
    </message>
    <message>
        <source>E. Coercion at destination</source>
        <translation>ہ۔ منزل پر جبر</translation>
    </message>
    <message>
        <source>F. Abuse of vulnerability at destination</source>
        <translation>و۔ منزل پر کمزوری سے فائدہ اٹھانا</translation>
    </message>
    <message>
        <source>Consent overridden: %1</source>
        <translation>رضامندی کا استثنا: %1</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Referral letter</source>
        <translation>ریفرل خط</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>خط کی زبان</translation>
    </message>
    <message>
        <source>English and Urdu</source>
        <translation>انگریزی اور اردو</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگریزی</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>Password for the saved file (optional)</source>
        <translation>محفوظ فائل کا پاس ورڈ (اختیاری)</translation>
    </message>
    <message>
        <source>optional: the saved file opens only with it</source>
        <translation>اختیاری: محفوظ فائل صرف اسی سے کھلے گی</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>پاس ورڈ:</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>خط کا پیش منظر</translation>
    </message>
    <message>
        <source>&amp;Issue letter</source>
        <translation>خط جاری کریں</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>محفوظ کریں…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>پرنٹ کریں…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Only a supervisor can issue referral letters.</source>
        <translation>ریفرل خط صرف سپروائزر جاری کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>Issuing the letter</source>
        <translation>خط جاری ہو رہا ہے</translation>
    </message>
    <message>
        <source>&amp;Issue again</source>
        <translation>دوبارہ جاری کریں</translation>
    </message>
    <message>
        <source>Letter %1 issued. Check it, then save or print it.</source>
        <translation>خط %1 جاری ہو گیا۔ اسے دیکھ لیں، پھر محفوظ یا پرنٹ کریں۔</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحہ %1 از %2</translation>
    </message>
    <message>
        <source>Save the referral letter</source>
        <translation>ریفرل خط محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>پی ڈی ایف فائلیں (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the letter</source>
        <translation>خط محفوظ ہو رہا ہے</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 میں محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Printing the letter</source>
        <translation>خط پرنٹ ہو رہا ہے</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Work in progress</source>
        <translation>کام جاری ہے</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیش رفت</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>سائن اِن صارف</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>اہم کام</translation>
    </message>
    <message>
        <source>New screening…</source>
        <translation>نئی اسکریننگ…</translation>
    </message>
    <message>
        <source>Find a case</source>
        <translation>کیس تلاش کریں</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>لاک کریں</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>حصہ %1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>The guided screening is not installed in this version.</source>
        <translation>اس ورژن میں رہنمائی والی اسکریننگ شامل نہیں ہے۔</translation>
    </message>
    <message>
        <source>You have 1 unfinished interview. Continue it from the Cases screen.</source>
        <translation>آپ کا ایک انٹرویو نامکمل ہے۔ اسے کیسوں کی اسکرین سے جاری رکھیں۔</translation>
    </message>
    <message numerus="yes">
        <source>You have %n unfinished interviews. Continue them from the Cases screen.</source>
        <translation>
            <numerusform>آپ کے %n انٹرویو نامکمل ہیں۔ انہیں کیسوں کی اسکرین سے جاری رکھیں۔</numerusform>
            <numerusform>آپ کے %n انٹرویو نامکمل ہیں۔ انہیں کیسوں کی اسکرین سے جاری رکھیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing records past their retention period</source>
        <translation>مقررہ مدت پوری ہونے والے ریکارڈ حذف کیے جا رہے ہیں</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) past their retention period were removed.</source>
        <translation>
            <numerusform>مقررہ مدت پوری ہونے پر %n ریکارڈ حذف کر دیا گیا۔</numerusform>
            <numerusform>مقررہ مدت پوری ہونے پر %n ریکارڈ حذف کر دیے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Records past their retention period could not be removed now; they will be at the next unlock.</source>
        <translation>مقررہ مدت پوری ہونے والے ریکارڈ اس وقت حذف نہیں ہو سکے؛ اگلی بار ان لاک کرنے پر حذف ہو جائیں گے۔</translation>
    </message>
    <message numerus="yes">
        <source>No activity: NRM Desk locks in %n second(s). Press any key or move the mouse to stay signed in.</source>
        <translation>
            <numerusform>کوئی سرگرمی نہیں: این آر ایم ڈیسک %n سیکنڈ میں لاک ہو جائے گا۔ سائن اِن رہنے کے لیے کوئی بٹن دبائیں یا ماؤس ہلائیں۔</numerusform>
            <numerusform>کوئی سرگرمی نہیں: این آر ایم ڈیسک %n سیکنڈ میں لاک ہو جائے گا۔ سائن اِن رہنے کے لیے کوئی بٹن دبائیں یا ماؤس ہلائیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>کام ہو رہا ہے…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>پیغام ہٹائیں</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>یوزر نیم یا پاس ورڈ غلط ہے۔</translation>
    </message>
    <message>
        <source>This account is not active; ask the post admin.</source>
        <translation>یہ اکاؤنٹ فعال نہیں ہے؛ پوسٹ ایڈمن سے رابطہ کریں۔</translation>
    </message>
    <message>
        <source>The post is locked.</source>
        <translation>پوسٹ لاک ہے۔</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>نوٹ خالی نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>Say what the officer should change when returning a referral.</source>
        <translation>ریفرل واپس کرتے وقت بتائیں کہ افسر کو کیا تبدیل کرنا ہے۔</translation>
    </message>
    <message>
        <source>You cannot approve a referral you drafted; another supervisor must approve it.</source>
        <translation>آپ اپنا بنایا ہوا ریفرل منظور نہیں کر سکتے؛ کوئی دوسرا سپروائزر اسے منظور کرے۔</translation>
    </message>
    <message>
        <source>You cannot review a referral you drafted.</source>
        <translation>آپ اپنے بنائے ہوئے ریفرل کا جائزہ نہیں لے سکتے۔</translation>
    </message>
    <message>
        <source>The post code must be 2 to 6 letters, e.g. ISB.</source>
        <translation>پوسٹ کوڈ 2 سے 6 انگریزی حروف کا ہو، مثلاً ISB۔</translation>
    </message>
    <message>
        <source>The post name and the admin&apos;s user name are required.</source>
        <translation>پوسٹ کا نام اور ایڈمن کا یوزر نیم لازمی ہیں۔</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 characters without spaces.</source>
        <translation>یوزر نیم 1 سے 64 حروف کا ہو اور اس میں خالی جگہ نہ ہو۔</translation>
    </message>
    <message>
        <source>You cannot remove your own admin rights; ask another admin.</source>
        <translation>آپ اپنے ایڈمن اختیارات خود ختم نہیں کر سکتے؛ کسی دوسرے ایڈمن سے کہیں۔</translation>
    </message>
    <message>
        <source>The post must keep at least one active admin.</source>
        <translation>پوسٹ پر کم از کم ایک فعال ایڈمن ہونا ضروری ہے۔</translation>
    </message>
    <message>
        <source>services: Choose one or more services from the list.</source>
        <translation>خدمات: فہرست سے ایک یا زیادہ خدمات منتخب کریں۔</translation>
    </message>
    <message>
        <source>The idle-lock period must be 1 to 60 minutes.</source>
        <translation>خودکار لاک کا وقفہ 1 سے 60 منٹ ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>guardian: A child&apos;s consent needs the guardian&apos;s name.</source>
        <translation>سرپرست: بچے کی رضامندی کے لیے سرپرست کا نام ضروری ہے۔</translation>
    </message>
    <message>
        <source>The screening decision differs from the engine&apos;s suggestion (override).</source>
        <translation>اسکریننگ کا فیصلہ نظام کی تجویز سے مختلف ہے (استثنا)۔</translation>
    </message>
    <message>
        <source>You cannot review your own decision; another supervisor must review it.</source>
        <translation>آپ اپنے فیصلے کا جائزہ نہیں لے سکتے؛ کوئی دوسرا سپروائزر جائزہ لے۔</translation>
    </message>
    <message>
        <source>Say what the officer should reconsider when returning a decision.</source>
        <translation>فیصلہ واپس کرتے وقت بتائیں کہ افسر کس بات پر دوبارہ غور کرے۔</translation>
    </message>
    <message>
        <source>a child&apos;s consent needs a guardian</source>
        <translation>بچے کی رضامندی کے لیے سرپرست ضروری ہے</translation>
    </message>
    <message>
        <source>no active consent to refer this person to this organisation</source>
        <translation>اس فرد کو اس ادارے کے پاس بھیجنے کی کوئی مؤثر رضامندی موجود نہیں</translation>
    </message>
    <message>
        <source>This case was transferred to another post; it is read-only here.</source>
        <translation>یہ کیس دوسری پوسٹ کو منتقل کر دیا گیا ہے؛ یہاں اسے صرف پڑھا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>This post is not enrolled with the office (or was revoked).</source>
        <translation>یہ پوسٹ دفتر کے ساتھ رجسٹرڈ نہیں (یا اس کی رجسٹریشن منسوخ کر دی گئی)۔</translation>
    </message>
    <message>
        <source>A transfer of this case is already under way.</source>
        <translation>اس کیس کی منتقلی پہلے سے جاری ہے۔</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Something went wrong and the action was not completed. The details are in the log.</source>
        <translation>کچھ غلط ہو گیا اور کام مکمل نہیں ہوا۔ تفصیل لاگ میں موجود ہے۔</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>ادارے میں ترمیم</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>ادارہ شامل کریں</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>انگریزی میں نام</translation>
    </message>
    <message>
        <source>Name in Urdu</source>
        <translation>اردو میں نام</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>علاقہ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>رابطہ نمبر</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>ادارے کی قسم</translation>
    </message>
    <message>
        <source>&amp;Name (English):</source>
        <translation>نام (انگریزی):</translation>
    </message>
    <message>
        <source>Name (&amp;Urdu):</source>
        <translation>نام (اردو):</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>علاقہ:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>رابطہ نمبر:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>قسم:</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>خدمات:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>use at least 10 characters</source>
        <translation>کم از کم 10 حروف استعمال کریں</translation>
    </message>
    <message>
        <source>do not include the user name</source>
        <translation>یوزر نیم شامل نہ کریں</translation>
    </message>
    <message>
        <source>use more different characters</source>
        <translation>زیادہ مختلف حروف استعمال کریں</translation>
    </message>
</context>
<context>
    <name>ReferralActions</name>
    <message>
        <source>Saving the referral</source>
        <translation>ریفرل محفوظ ہو رہا ہے</translation>
    </message>
    <message>
        <source>Submitting the referral</source>
        <translation>ریفرل بھیجا جا رہا ہے</translation>
    </message>
    <message>
        <source>Approving the referral</source>
        <translation>ریفرل منظور ہو رہا ہے</translation>
    </message>
    <message>
        <source>Return the referral</source>
        <translation>ریفرل واپس کریں</translation>
    </message>
    <message>
        <source>What should the officer change before submitting again?</source>
        <translation>دوبارہ بھیجنے سے پہلے افسر کو کیا تبدیل کرنا چاہیے؟</translation>
    </message>
    <message>
        <source>Return to the officer</source>
        <translation>افسر کو واپس کریں</translation>
    </message>
    <message>
        <source>Returning the referral</source>
        <translation>ریفرل واپس کیا جا رہا ہے</translation>
    </message>
</context>
<context>
    <name>ReferralDraftDialog</name>
    <message>
        <source>New referral</source>
        <translation>نیا ریفرل</translation>
    </message>
    <message>
        <source>Edit the referral</source>
        <translation>ریفرل میں ترمیم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>ادارہ:</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>خدمات:</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>فوریت:</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>ریفرل کی وجہ</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>وجہ:</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>مسودہ محفوظ کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>ریفرلز</translation>
    </message>
    <message>
        <source>Status history of the selected referral</source>
        <translation>منتخب ریفرل کی صورتِ حال کی تاریخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>صورتِ حال</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>کیس</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>خدمات</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>مسودہ ساز</translation>
    </message>
    <message>
        <source>Screening decision</source>
        <translation>اسکریننگ کا فیصلہ</translation>
    </message>
    <message>
        <source>Override of the suggestion</source>
        <translation>تجویز سے ہٹ کر فیصلہ (استثنا)</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>بھیجا گیا</translation>
    </message>
    <message>
        <source>By</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Which referrals to show</source>
        <translation>کون سے ریفرلز دکھائے جائیں</translation>
    </message>
    <message>
        <source>Waiting for my approval</source>
        <translation>میری منظوری کے منتظر</translation>
    </message>
    <message>
        <source>Emergency releases to approve</source>
        <translation>منظوری کے منتظر ہنگامی ریفرل</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>تمام ریفرلز</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>دکھائیں:</translation>
    </message>
    <message>
        <source>Number of referrals shown</source>
        <translation>دکھائے گئے ریفرلز کی تعداد</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>کیس کھولیں</translation>
    </message>
    <message>
        <source>Open the case of the selected referral</source>
        <translation>منتخب ریفرل کا کیس کھولیں</translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation>منظوری کے لیے بھیجیں</translation>
    </message>
    <message>
        <source>Submit the selected referral</source>
        <translation>منتخب ریفرل منظوری کے لیے بھیجیں</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>منظور کریں</translation>
    </message>
    <message>
        <source>Approve the selected referral</source>
        <translation>منتخب ریفرل منظور کریں</translation>
    </message>
    <message>
        <source>Re&amp;turn to officer…</source>
        <translation>افسر کو واپس کریں…</translation>
    </message>
    <message>
        <source>Return the selected referral</source>
        <translation>منتخب ریفرل واپس کریں</translation>
    </message>
    <message>
        <source>Loading referrals</source>
        <translation>ریفرلز لوڈ ہو رہے ہیں</translation>
    </message>
    <message numerus="yes">
        <source>Referrals: %n (showing the first %1)</source>
        <translation>
            <numerusform>ریفرلز: %n (پہلے %1 دکھائے جا رہے ہیں)</numerusform>
            <numerusform>ریفرلز: %n (پہلے %1 دکھائے جا رہے ہیں)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals: %n</source>
        <translation>
            <numerusform>ریفرلز: %n</numerusform>
            <numerusform>ریفرلز: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>کردار تبدیل کریں</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>نیا کردار</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>صارف:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>کردار:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Interface language</source>
        <translation>انٹرفیس کی زبان</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>Minutes without activity before the app locks</source>
        <translation>ایپ لاک ہونے سے پہلے غیر فعالیت کے منٹ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Save the idle-lock period</source>
        <translation>خودکار لاک کا وقفہ محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>لاک ہونے کا وقفہ:</translation>
    </message>
    <message>
        <source>Lock after (set by the post admin):</source>
        <translation>لاک ہونے کا وقفہ (پوسٹ ایڈمن مقرر کرتا ہے):</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>ڈیٹا فولڈر</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>ڈیٹا فولڈر:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>سائن اِن بطور:</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>سائن اِن صارف</translation>
    </message>
    <message>
        <source>The language and the window size are remembered on this computer. The idle-lock period is a setting of the post, stored in its encrypted store.</source>
        <translation>زبان اور ونڈو کا سائز اسی کمپیوٹر پر یاد رکھے جاتے ہیں۔ خودکار لاک کا وقفہ پوسٹ کی ترتیب ہے اور اس کے خفیہ کردہ اسٹور میں محفوظ ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>Saved: the app locks after %n min without activity.</source>
        <translation>
            <numerusform>محفوظ ہو گیا: ایپ %n منٹ غیر فعال رہنے پر لاک ہو جائے گی۔</numerusform>
            <numerusform>محفوظ ہو گیا: ایپ %n منٹ غیر فعال رہنے پر لاک ہو جائے گی۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsZone</name>
    <message>
        <source>Pakistan Standard Time (UTC+5)</source>
        <translation>پاکستان کا معیاری وقت (عالمی وقت +5)</translation>
    </message>
    <message>
        <source>Coordinated Universal Time (UTC)</source>
        <translation>عالمی معیاری وقت</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>waiting</source>
        <translation>منتظر</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>پہنچ گیا</translation>
    </message>
    <message>
        <source>refused by the office</source>
        <translation>دفتر نے رد کر دیا</translation>
    </message>
    <message>
        <source>%n delivered</source>
        <translation>%n پہنچ گئے</translation>
    </message>
    <message>
        <source>%n refused by the office: select it below to see why, and press Send again once the office has fixed it.</source>
        <translation>دفتر نے %n رد کیے: وجہ دیکھنے کے لیے نیچے منتخب کریں، اور دفتر کے ٹھیک کرنے کے بعد «دوبارہ بھیجیں» دبائیں۔</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>پارسل</translation>
    </message>
    <message>
        <source>State</source>
        <translation>صورتِ حال</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>کوششیں</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>آخری کوشش</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخری خرابی</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>پہنچنے کا وقت</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>%n referral(s) sent</source>
        <translation>%n ریفرل بھیجے گئے</translation>
    </message>
    <message>
        <source>%n update(s) received</source>
        <translation>%n اطلاعات موصول ہوئیں</translation>
    </message>
    <message>
        <source>%n still waiting</source>
        <translation>%n ابھی منتظر</translation>
    </message>
    <message>
        <source>%n referral(s) waiting to be sent</source>
        <translation>%n ریفرل بھیجے جانے کے منتظر</translation>
    </message>
</context>
<context>
    <name>TextPromptDialog</name>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>TRAINING</source>
        <translation>تربیت</translation>
    </message>
    <message>
        <source>NRM Desk — TRAINING</source>
        <translation>NRM Desk — تربیت</translation>
    </message>
    <message>
        <source>TRAINING · practice post · synthetic cases only</source>
        <translation>تربیت · مشقی پوسٹ · صرف فرضی کیس</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>تربیتی موڈ</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;مشق</translation>
    </message>
    <message>
        <source>To practise first, enter your user name and a password twice.</source>
        <translation>پہلے مشق کے لیے اپنا یوزر نیم اور دو بار پاس ورڈ درج کریں۔</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Practice scenarios</source>
        <translation>مشق کے کیس</translation>
    </message>
    <message>
        <source>Scenario narrative</source>
        <translation>کیس کا بیان</translation>
    </message>
    <message>
        <source>&amp;Start practice screening</source>
        <translation>مشقی اسکریننگ &amp;شروع کریں</translation>
    </message>
    <message>
        <source>Start practice screening</source>
        <translation>مشقی اسکریننگ شروع کریں</translation>
    </message>
    <message>
        <source>TRAINING — practice post: synthetic cases only. Read the narrative (or hear it from the trainer), then run the screening interview as you would for a real person; the feedback compares your answers with an expert&apos;s.</source>
        <translation>تربیت — مشقی پوسٹ: صرف فرضی کیس۔ بیان پڑھیں (یا ٹرینر سے سنیں)، پھر اسکریننگ انٹرویو ویسے ہی کریں جیسے کسی حقیقی فرد کے لیے کرتے؛ فیڈ بیک آپ کے جوابات کا ماہر کے جوابات سے موازنہ کرتا ہے۔</translation>
    </message>
    <message>
        <source>What the person says</source>
        <translation>فرد کیا بتاتا ہے</translation>
    </message>
    <message>
        <source>What the officer observes</source>
        <translation>افسر کیا دیکھتا ہے</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <source>Practice screening — TRAINING</source>
        <translation>مشقی اسکریننگ — تربیت</translation>
    </message>
</context>
<context>
    <name>TransferBar</name>
    <message>
        <source>Transfer to another post</source>
        <translation>دوسری پوسٹ کو منتقلی</translation>
    </message>
    <message>
        <source>Trans&amp;fer to another post…</source>
        <translation>دوسری پوسٹ کو منتقل کریں…</translation>
    </message>
    <message>
        <source>Transfer this case to another post</source>
        <translation>یہ کیس دوسری پوسٹ کو منتقل کریں</translation>
    </message>
    <message>
        <source>Approve the transfer</source>
        <translation>منتقلی منظور کریں</translation>
    </message>
    <message>
        <source>Approve the transfer of this case</source>
        <translation>اس کیس کی منتقلی منظور کریں</translation>
    </message>
    <message>
        <source>Do not approve…</source>
        <translation>منظور نہ کریں…</translation>
    </message>
    <message>
        <source>Do not approve the transfer of this case</source>
        <translation>اس کیس کی منتقلی منظور نہ کریں</translation>
    </message>
    <message>
        <source>Transfer to %1 waits for a supervisor&apos;s approval.</source>
        <translation>%1 کو منتقلی سپروائزر کی منظوری کی منتظر ہے۔</translation>
    </message>
    <message>
        <source>The transfer to %1 was not approved: %2</source>
        <translation>%1 کو منتقلی منظور نہیں ہوئی: %2</translation>
    </message>
    <message>
        <source>TRANSFERRED to %1: approved, waiting to be sent. This case is read-only here.</source>
        <translation>%1 کو منتقل: منظور شدہ، بھیجے جانے کی منتظر۔ یہاں یہ کیس صرف پڑھا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>TRANSFERRED to %1: at the office. This case is read-only here.</source>
        <translation>%1 کو منتقل: دفتر میں۔ یہاں یہ کیس صرف پڑھا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>TRANSFERRED to %1: delivered, waiting for the post to accept it. This case is read-only here.</source>
        <translation>%1 کو منتقل: پہنچ گئی، اس پوسٹ کی قبولیت کی منتظر۔ یہاں یہ کیس صرف پڑھا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>TRANSFERRED to %1: accepted there. This case is read-only here.</source>
        <translation>%1 کو منتقل: وہاں قبول کر لیا گیا۔ یہاں یہ کیس صرف پڑھا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>The transfer to %1 was refused: %2. The case stays here.</source>
        <translation>%1 نے منتقلی سے انکار کیا: %2۔ کیس یہیں رہے گا۔</translation>
    </message>
    <message>
        <source>Do not approve the transfer</source>
        <translation>منتقلی منظور نہ کریں</translation>
    </message>
    <message>
        <source>Why does the case stay at this post?</source>
        <translation>کیس اسی پوسٹ پر کیوں رہے؟</translation>
    </message>
    <message>
        <source>Do not approve</source>
        <translation>منظور نہ کریں</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer to another post</source>
        <translation>دوسری پوسٹ کو منتقلی</translation>
    </message>
    <message>
        <source>Receiving post</source>
        <translation>وصول کرنے والی پوسٹ</translation>
    </message>
    <message>
        <source>Why the case moves</source>
        <translation>کیس منتقل ہونے کی وجہ</translation>
    </message>
    <message>
        <source>Receiving post:</source>
        <translation>وصول کرنے والی پوسٹ:</translation>
    </message>
    <message>
        <source>Why the case moves:</source>
        <translation>کیس منتقل ہونے کی وجہ:</translation>
    </message>
    <message>
        <source>Once a supervisor approves, the whole case is sealed for that post and goes with the next sync; it becomes read-only here.</source>
        <translation>سپروائزر کی منظوری کے بعد پورا کیس صرف اسی پوسٹ کے لیے مہر بند ہو کر اگلے سنک کے ساتھ جاتا ہے؛ یہاں یہ صرف پڑھا جا سکے گا۔</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>منتقل کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>NRM Desk is locked</source>
        <translation>این آر ایم ڈیسک لاک ہے</translation>
    </message>
    <message>
        <source>Sign in with your own user name and password. Records stay encrypted until you do.</source>
        <translation>اپنے یوزر نیم اور پاس ورڈ سے سائن اِن کریں۔ تب تک تمام ریکارڈ خفیہ رہیں گے۔</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>یوزر نیم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>یوزر نیم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>پاس ورڈ:</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>انتظار کا وقت</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ان لاک کریں</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>اپنا یوزر نیم اور پاس ورڈ درج کریں۔</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>پاس ورڈ کی جانچ ہو رہی ہے</translation>
    </message>
    <message>
        <source>Wrong user name or password. The user name looked like a password, so it was cleared: type your user name, then Tab, then your password.</source>
        <translation>یوزر نیم یا پاس ورڈ غلط ہے۔ یوزر نیم کے خانے میں لکھا گیا متن پاس ورڈ جیسا تھا، اس لیے اسے مٹا دیا گیا: پہلے اپنا یوزر نیم لکھیں، پھر ٹیب دبائیں، پھر اپنا پاس ورڈ۔</translation>
    </message>
    <message>
        <source>Wrong user name or password. Check the keyboard language and Caps Lock.</source>
        <translation>یوزر نیم یا پاس ورڈ غلط ہے۔ کی بورڈ کی زبان اور کیپس لاک چیک کریں۔</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>پاس ورڈ کی جانچ ہو رہی ہے…</translation>
    </message>
    <message numerus="yes">
        <source>Several wrong passwords were entered. Please wait: %n s…</source>
        <translation>
            <numerusform>کئی بار غلط پاس ورڈ درج ہوا۔ براہ کرم انتظار کریں: %n سیکنڈ…</numerusform>
            <numerusform>کئی بار غلط پاس ورڈ درج ہوا۔ براہ کرم انتظار کریں: %n سیکنڈ…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Reset password</source>
        <translation>پاس ورڈ ری سیٹ کریں</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>صارف شامل کریں</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>یوزر نیم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>نیا پاس ورڈ</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>نیا پاس ورڈ دوبارہ</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>پاس ورڈ کے اصول</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>یوزر نیم:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>پورا نام:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>کردار:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>پاس ورڈ:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>دوبارہ:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>the two passwords must match</source>
        <translation>دونوں پاس ورڈ ایک جیسے ہونے چاہییں</translation>
    </message>
    <message>
        <source>enter a user name</source>
        <translation>یوزر نیم درج کریں</translation>
    </message>
    <message>
        <source>To continue: %1.</source>
        <translation>آگے بڑھنے کے لیے: %1۔</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User name</source>
        <translation>یوزر نیم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>صورتِ حال</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>غیر فعال</translation>
    </message>
    <message>
        <source>Users of this post</source>
        <translation>اس پوسٹ کے صارفین</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>صارف شامل کریں…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>صارف شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>پاس ورڈ ری سیٹ کریں…</translation>
    </message>
    <message>
        <source>Reset the selected user&apos;s password</source>
        <translation>منتخب صارف کا پاس ورڈ ری سیٹ کریں</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>کردار تبدیل کریں…</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s role</source>
        <translation>منتخب صارف کا کردار تبدیل کریں</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>غیر فعال کریں</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the selected user</source>
        <translation>منتخب صارف کو غیر فعال یا دوبارہ فعال کریں</translation>
    </message>
    <message>
        <source>Loading users</source>
        <translation>صارفین لوڈ ہو رہے ہیں</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>دوبارہ فعال کریں</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>محفوظ ہو رہا ہے</translation>
    </message>
    <message>
        <source>The user was added.</source>
        <translation>صارف شامل ہو گیا۔</translation>
    </message>
    <message>
        <source>The password was reset.</source>
        <translation>پاس ورڈ ری سیٹ ہو گیا۔</translation>
    </message>
    <message>
        <source>The role was changed.</source>
        <translation>کردار تبدیل ہو گیا۔</translation>
    </message>
    <message>
        <source>The account was reactivated.</source>
        <translation>اکاؤنٹ دوبارہ فعال ہو گیا۔</translation>
    </message>
    <message>
        <source>The account was deactivated.</source>
        <translation>اکاؤنٹ غیر فعال ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sections</source>
        <translation>حصے</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>کیس</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>ریفرلز</translation>
    </message>
    <message>
        <source>Decision re&amp;views</source>
        <translation>فیصلوں کا جائزہ</translation>
    </message>
    <message>
        <source>Service &amp;directory</source>
        <translation>خدمات کی ڈائریکٹری</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>صارفین</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>سنک</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>اعداد و شمار</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>ترتیبات</translation>
    </message>
</context>
<context>
    <name>ZoneRow</name>
    <message>
        <source>Time zone of the post</source>
        <translation>پوسٹ کا ٹائم زون</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Save the time zone</source>
        <translation>ٹائم زون محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>ٹائم زون:</translation>
    </message>
    <message>
        <source>Time zone (set by the post admin):</source>
        <translation>ٹائم زون (پوسٹ ایڈمن طے کرتا ہے):</translation>
    </message>
    <message>
        <source>Saved: times are shown in the post&apos;s time zone.</source>
        <translation>محفوظ ہو گیا: اوقات پوسٹ کے ٹائم زون میں دکھائے جاتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
</TS>
