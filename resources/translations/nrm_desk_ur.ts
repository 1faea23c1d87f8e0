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
        <source>Central office</source>
        <translation>مرکزی دفتر</translation>
    </message>
    <message>
        <source>Data it covers</source>
        <translation>شامل معلومات</translation>
    </message>
    <message>
        <source>No consent recorded yet.</source>
        <translation>ابھی کوئی رضامندی درج نہیں۔</translation>
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
        <source>When (UTC)</source>
        <translation>کب (UTC)</translation>
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
        <source>&amp;Audit trail</source>
        <translation>آڈٹ ریکارڈ</translation>
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
        <source>Saving the note</source>
        <translation>نوٹ محفوظ ہو رہا ہے</translation>
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
        <source>When (UTC)</source>
        <translation>کب (عالمی وقت)</translation>
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
        <source>Submitted (UTC)</source>
        <translation>بھیجنے کا وقت (UTC)</translation>
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
        <source>When (UTC)</source>
        <translation>کب (UTC)</translation>
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
        <source>Which referrals to show</source>
        <translation>کون سے ریفرلز دکھائے جائیں</translation>
    </message>
    <message>
        <source>Waiting for my approval</source>
        <translation>میری منظوری کے منتظر</translation>
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
        <source>Se&amp;ttings</source>
        <translation>ترتیبات</translation>
    </message>
</context>
</TS>
