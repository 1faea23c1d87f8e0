<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ur_PK">
<context>
    <name>ClassificationPage</name>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="80" />
        <source>Your classification</source>
        <translation>آپ کی درجہ بندی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="83" />
        <source>Reason for your classification (required)</source>
        <translation>آپ کی درجہ بندی کی وجہ (لازمی)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="85" />
        <source>Your &amp;classification</source>
        <translation>آپ کی درجہ بندی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="86" />
        <source>&amp;Reason (required)</source>
        <translation>وجہ (لازمی)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="112" />
        <source>(choose your classification)</source>
        <translation>(اپنی درجہ بندی چنیں)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="114" />
        <source>Suggested: %1</source>
        <translation>تجویز: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="131" />
        <source>Your choice differs from the suggestion: it will be marked as an override in the case, the approval queue and the referral's history. Say in the reason why.</source>
        <translation>آپ کا انتخاب تجویز سے مختلف ہے: کیس، منظوری کی قطار اور ریفرل کی تاریخ میں اسے تجویز سے استثنا کے طور پر نشان زد کیا جائے گا۔ وجہ میں بتائیں کہ کیوں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="135" />
        <source>Without a referral, this decision goes to a supervisor for review before it stands.</source>
        <translation>ریفرل کے بغیر یہ فیصلہ نافذ ہونے سے پہلے سپروائزر کے جائزے کے لیے جائے گا۔</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../app/ui/screening/care.py" line="64" />
        <source>The person is a child: a guardian or child-protection officer must take part in every consent.</source>
        <translation>یہ شخص بچہ ہے: ہر رضامندی میں سرپرست یا بچوں کے تحفظ کے افسر کا شامل ہونا لازم ہے۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="66" />
        <source>Explain each purpose in the person's language. Record only what the person agrees to; they may refuse any part.</source>
        <translation>ہر مقصد اس شخص کی اپنی زبان میں سمجھائیں۔ صرف وہی درج کریں جس پر وہ راضی ہو؛ وہ کسی بھی حصے سے انکار کر سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="69" />
        <source>How consent was given</source>
        <translation>رضامندی کیسے دی گئی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="70" />
        <source>Interpreter</source>
        <translation>ترجمان</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="71" />
        <source>Witness</source>
        <translation>گواہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="72" />
        <source>Guardian</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="73" />
        <source>&amp;Method</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="74" />
        <source>&amp;Interpreter</source>
        <translation>ترجمان</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="75" />
        <source>&amp;Witness (needed for verbal consent)</source>
        <translation>گواہ (زبانی رضامندی کے لیے ضروری)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="76" />
        <source>&amp;Guardian (needed for a child)</source>
        <translation>سرپرست (بچے کے لیے ضروری)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="80" />
        <source>Consents to &amp;assistance from the post and the central office</source>
        <translation>پوسٹ اور مرکزی دفتر سے مدد لینے پر رضامند ہے</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="85" />
        <source>Central office</source>
        <translation>مرکزی دفتر</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="91" />
        <source>The person &amp;declined consent</source>
        <translation>اس شخص نے رضامندی سے انکار کیا</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="107" />
        <source>Another organisation</source>
        <translation>کوئی اور ادارہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="110" />
        <source>Add &amp;organisation</source>
        <translation>ادارہ شامل کریں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="111" />
        <source>How the guardian is related to the child</source>
        <translation>سرپرست کا بچے سے رشتہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="112" />
        <source>(choose)</source>
        <translation>(چنیں)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="114" />
        <source>Could the guardian be involved in the exploitation?</source>
        <translation>کیا سرپرست استحصال میں شامل ہو سکتا ہے؟</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="116" />
        <source>Guardian's &amp;relationship</source>
        <translation>سرپرست کا رشتہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="117" />
        <source>Could this person be in&amp;volved in the exploitation?</source>
        <translation>کیا یہ شخص استحصال میں شامل ہو سکتا ہے؟</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="124" />
        <source>This guardian could be involved in the exploitation. Do not let them speak for the child: ask a child-protection officer to take the guardian's part, and record that officer instead.</source>
        <translation>یہ سرپرست استحصال میں شامل ہو سکتا ہے۔ اسے بچے کی طرف سے بات نہ کرنے دیں: بچوں کے تحفظ کے افسر سے سرپرست کا کردار ادا کرنے کو کہیں اور اس کے بجائے اس افسر کا نام درج کریں۔</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../app/ui/screening/resume.py" line="29" />
        <source>You have unfinished interviews. Continue one where you left it, or start a new one.</source>
        <translation>آپ کے کچھ انٹرویو نامکمل ہیں۔ کسی ایک کو وہیں سے جاری رکھیں جہاں چھوڑا تھا، یا نیا انٹرویو شروع کریں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/resume.py" line="33" />
        <source>Unfinished interviews</source>
        <translation>نامکمل انٹرویو</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/resume.py" line="35" />
        <source>(no name yet)</source>
        <translation>(ابھی نام درج نہیں)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/resume.py" line="36" />
        <source>[child]</source>
        <translation>[بچہ]</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/resume.py" line="37" />
        <source>%1 — step %2 of %3: %4 — saved %5</source>
        <translation>%1 — مرحلہ %2 از %3: %4 — محفوظ %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/resume.py" line="47" />
        <source>&amp;Continue this interview</source>
        <translation>یہ انٹرویو جاری رکھیں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/resume.py" line="48" />
        <source>Start a ne&amp;w interview</source>
        <translation>نیا انٹرویو شروع کریں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/resume.py" line="49" />
        <source>&amp;Discard this interview</source>
        <translation>یہ انٹرویو ختم کر دیں</translation>
    </message>
</context>
<context>
    <name>EncounterPage</name>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="73" />
        <source>Date of the encounter</source>
        <translation>ملاقات کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="74" />
        <source>&amp;Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="75" />
        <source>&amp;Place</source>
        <translation>جگہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="75" />
        <source>Place</source>
        <translation>جگہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="76" />
        <source>e.g. Islamabad airport, departures</source>
        <translation>مثلاً اسلام آباد ایئرپورٹ، روانگی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="77" />
        <source>&amp;How the person was met</source>
        <translation>یہ شخص کیسے ملا</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="78" />
        <source>How the person was met</source>
        <translation>یہ شخص کیسے ملا</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="79" />
        <source>Interview &amp;language</source>
        <translation>انٹرویو کی زبان</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="81" />
        <source>Interview language</source>
        <translation>انٹرویو کی زبان</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="82" />
        <source>&amp;Interpreter (if any)</source>
        <translation>ترجمان (اگر ہو)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="83" />
        <source>Interpreter</source>
        <translation>ترجمان</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="86" />
        <source>Notes about the encounter</source>
        <translation>ملاقات کے بارے میں نوٹ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="88" />
        <source>N&amp;otes</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="97" />
        <source>Interviewing officer is a &amp;woman or a man</source>
        <translation>انٹرویو کرنے والا افسر خاتون ہے یا مرد</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="99" />
        <source>Interviewing officer's gender</source>
        <translation>انٹرویو کرنے والے افسر کی جنس</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="99" />
        <source>(not recorded)</source>
        <translation>(درج نہیں)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="100" />
        <source>The person asked to be interviewed &amp;by</source>
        <translation>فرد نے انٹرویو کے لیے کس کو مانگا</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="102" />
        <source>Whom the person asked to be interviewed by</source>
        <translation>فرد نے کس سے انٹرویو کروانے کی درخواست کی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="103" />
        <source>(not asked)</source>
        <translation>(پوچھا نہیں گیا)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="109" />
        <source>The person asked for an officer of the other gender: hand the interview to such an officer if at all possible, or write in the notes why not.</source>
        <translation>فرد نے دوسری جنس کے افسر کی درخواست کی ہے: اگر کسی طرح ممکن ہو تو انٹرویو ایسے افسر کے حوالے کریں، ورنہ نوٹس میں وجہ لکھیں۔</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="200" />
        <source>The pre-screen recommends a full screening interview:</source>
        <translation>ابتدائی جانچ مکمل اسکریننگ انٹرویو کی سفارش کرتی ہے:</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="204" />
        <source>The pre-screen found no reason for a full screening. You may still screen.</source>
        <translation>ابتدائی جانچ میں مکمل اسکریننگ کی کوئی وجہ نہیں ملی۔ آپ پھر بھی اسکریننگ کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="205" />
        <source>Screen for these kinds of exploitation (one or more):</source>
        <translation>استحصال کی ان اقسام کے لیے جانچ کریں (ایک یا زیادہ):</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="210" />
        <source>[provisional]</source>
        <translation>[عارضی]</translation>
    </message>
    <message>
        <source>How the indicators are recorded:</source>
        <translation>اشارے کس طرح درج کیے جائیں:</translation>
    </message>
    <message>
        <source>Ask the questions one by one (each question once, whatever the lists)</source>
        <translation>سوال ایک ایک کر کے پوچھیں (ہر سوال صرف ایک بار، چاہے جتنی فہرستیں چنی گئی ہوں)</translation>
    </message>
    <message>
        <source>Officer's coding: after a free narrative interview, tick the indicators found, each with its source</source>
        <translation>افسر کی درجہ بندی: آزادانہ گفتگو پر مبنی انٹرویو کے بعد ملنے والے اشارے نشان زد کریں، ہر ایک کے ماخذ کے ساتھ</translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="148" />
        <source>Document number</source>
        <translation>دستاویز نمبر</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="149" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="150" />
        <source>Name in Urdu script</source>
        <translation>اردو رسم الخط میں نام</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="151" />
        <source>Other name</source>
        <translation>دوسرا نام</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="186" />
        <source>Name in the other script</source>
        <translation>دوسرے رسم الخط میں نام</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="186" />
        <source>Name with a family or tribal name more or less</source>
        <translation>نام، خاندانی یا قبائلی نام کے فرق کے ساتھ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="186" />
        <source>Father&apos;s or husband&apos;s name</source>
        <translation>والد یا شوہر کا نام</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="152" />
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="153" />
        <source>Age</source>
        <translation>عمر</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="153" />
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="154" />
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="160" />
        <source>These records may be the same person. Compare them with the person in front of you; link the interview to a record, or confirm that this is a new person.</source>
        <translation>ہو سکتا ہے یہ ریکارڈ اسی شخص کے ہوں۔ سامنے موجود شخص سے ان کا موازنہ کریں؛ انٹرویو کو کسی ریکارڈ سے جوڑیں، یا تصدیق کریں کہ یہ نیا شخص ہے۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="166" />
        <source>Same person as %1 (%2) — matched: %3</source>
        <translation>وہی شخص جو %1 (%2) میں ہے — مطابقت: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="169" />
        <source>differs: %1</source>
        <translation>فرق: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="171" />
        <source>A ne&amp;w person: none of these records</source>
        <translation>نیا شخص: ان میں سے کوئی ریکارڈ نہیں</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../../app/ui/screening/care.py" line="160" />
        <source>Needs marked 'suggested' come from the vulnerability answers; untick any that do not apply.</source>
        <translation>'تجویز کردہ' ضروریات کمزوری کے جوابات سے لی گئی ہیں؛ جو لاگو نہ ہوں ان کا نشان ہٹا دیں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="166" />
        <source>(suggested)</source>
        <translation>(تجویز کردہ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="169" />
        <source>Note on %1</source>
        <translation>%1 پر نوٹ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="170" />
        <source>note (optional)</source>
        <translation>نوٹ (اختیاری)</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="100" />
        <source>&amp;Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="100" />
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="102" />
        <source>Family name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="103" />
        <source>Name in &amp;Urdu script</source>
        <translation>اردو رسم الخط میں نام</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="104" />
        <source>Name in Urdu script</source>
        <translation>اردو رسم الخط میں نام</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="105" />
        <source>Other names (&amp;comma between)</source>
        <translation>دوسرے نام (درمیان میں کاما)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="106" />
        <source>Other names</source>
        <translation>دوسرے نام</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="107" />
        <source>&amp;Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="107" />
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="109" />
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="110" />
        <source>year-month-day, if known</source>
        <translation>سال-مہینہ-دن، اگر معلوم ہو</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="111" />
        <source>Estimated &amp;age</source>
        <translation>اندازاً عمر</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="112" />
        <source>Estimated age in years</source>
        <translation>اندازاً عمر، سالوں میں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="113" />
        <source>years, when there is no date of birth</source>
        <translation>سال، جب تاریخ پیدائش معلوم نہ ہو</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="114" />
        <source>May be under 18 (age uncertain): treat as a child</source>
        <translation>عمر 18 سال سے کم ہو سکتی ہے (عمر غیر یقینی): بچہ سمجھیں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="101" />
        <source>Famil&amp;y name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="108" />
        <source>Date of b&amp;irth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="117" />
        <source>Nationali&amp;ty (country code)</source>
        <translation>قومیت (ملک کا کوڈ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="118" />
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="119" />
        <source>Lan&amp;guages spoken (codes)</source>
        <translation>بولی جانے والی زبانیں (کوڈ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="120" />
        <source>Languages spoken</source>
        <translation>بولی جانے والی زبانیں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="126" />
        <source>&amp;Document</source>
        <translation>دستاویز</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="127" />
        <source>Document type</source>
        <translation>دستاویز کی قسم</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="128" />
        <source>Document nu&amp;mber</source>
        <translation>دستاویز نمبر</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="129" />
        <source>Document number</source>
        <translation>دستاویز نمبر</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="130" />
        <source>Issued by (country code)</source>
        <translation>جاری کرنے والا ملک (کوڈ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/forms.py" line="131" />
        <source>Document issued by</source>
        <translation>دستاویز جاری کرنے والا</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../app/ui/screening/questions.py" line="41" />
        <source>%1 indicator (for the officer only)</source>
        <translation>%1 اشاریہ (صرف افسر کے لیے)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/questions.py" line="66" />
        <source>&amp;Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/questions.py" line="66" />
        <source>N&amp;o</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/questions.py" line="66" />
        <source>Not asked / unknown</source>
        <translation>نہیں پوچھا / نامعلوم</translation>
    </message>
    <message>
        <source>Ask each part separately:</source>
        <translation>ہر حصہ الگ الگ پوچھیں:</translation>
    </message>
    <message>
        <source>%1: where this came from</source>
        <translation>%1: یہ بات کہاں سے معلوم ہوئی</translation>
    </message>
    <message>
        <source>If yes, this came from:</source>
        <translation>اگر ہاں، تو یہ بات کہاں سے معلوم ہوئی:</translation>
    </message>
    <message>
        <source>The %1 text is not yet reviewed by a native speaker: check its meaning with the interpreter.</source>
        <translation>%1 متن کا ابھی کسی اہلِ زبان نے جائزہ نہیں لیا: اس کا مطلب ترجمان کے ساتھ جانچ لیں۔</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../app/ui/screening/questions.py" line="94" />
        <source>Read each question in the person's language. Grades and notes are for you, not for the person. Leave a question as 'Not asked / unknown' if it was not asked.</source>
        <translation>ہر سوال اس شخص کی زبان میں پڑھیں۔ درجے اور نوٹ آپ کے لیے ہیں، اس شخص کے لیے نہیں۔ جو سوال نہ پوچھا گیا ہو اسے 'نہیں پوچھا / نامعلوم' پر رہنے دیں۔</translation>
    </message>
    <message>
        <source>Questions already asked for another list are not repeated: the answer counts for every list. For each yes, say where it came from.</source>
        <translation>جو سوال کسی دوسری فہرست کے لیے پوچھے جا چکے ہیں وہ دہرائے نہیں جاتے: جواب ہر فہرست کے لیے شمار ہوتا ہے۔ ہر 'ہاں' کے لیے بتائیں کہ یہ بات کہاں سے معلوم ہوئی۔</translation>
    </message>
</context>
<context>
    <name>RecipientBox</name>
    <message>
        <location filename="../../app/ui/screening/care.py" line="42" />
        <source>Consents to be &amp;referred here</source>
        <translation>یہاں ریفر کیے جانے پر رضامند ہے</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="43" />
        <source>Referral consent: %1</source>
        <translation>ریفرل کی رضامندی: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="45" />
        <source>Consents to &amp;share data</source>
        <translation>معلومات کے تبادلے پر رضامند ہے</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="46" />
        <source>Data sharing consent: %1</source>
        <translation>معلومات کے تبادلے کی رضامندی: %1</translation>
    </message>
</context>
<context>
    <name>ReferralBox</name>
    <message>
        <location filename="../../app/ui/screening/care.py" line="191" />
        <location filename="../../app/ui/screening/care.py" line="195" />
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="201" />
        <source>Services</source>
        <translation>خدمات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="202" />
        <location filename="../../app/ui/screening/care.py" line="203" />
        <source>Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="204" />
        <source>Reason for the referral</source>
        <translation>ریفرل کی وجہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="205" />
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="210" />
        <source>Remove this referral</source>
        <translation>یہ ریفرل ہٹا دیں</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../../app/ui/screening/care.py" line="234" />
        <source>Services suggested from the needs and the vulnerability answers: %1</source>
        <translation>ضروریات اور کمزوری کے جوابات سے تجویز کردہ خدمات: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="235" />
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="239" />
        <source>&amp;Add a referral</source>
        <translation>ریفرل شامل کریں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="270" />
        <source>Referral %1</source>
        <translation>ریفرل %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/care.py" line="272" />
        <source>No referral consent is recorded for this organisation: a supervisor cannot approve it without an override.</source>
        <translation>اس ادارے کے لیے ریفرل کی رضامندی درج نہیں: سپروائزر اسے استثنا کے بغیر منظور نہیں کر سکتا۔</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="99" />
        <source>Check the summary, then press Finish to save the case. Until then the interview stays saved as unfinished work.</source>
        <translation>خلاصہ دیکھ لیں، پھر کیس محفوظ کرنے کے لیے مکمل کریں دبائیں۔ تب تک انٹرویو نامکمل کام کے طور پر محفوظ رہے گا۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="102" />
        <source>Person: %1</source>
        <translation>شخص: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="103" />
        <source>Classification: %1 — %2</source>
        <translation>درجہ بندی: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="108" />
        <source>The interview will be added to the existing case %1.</source>
        <translation>یہ انٹرویو پہلے سے موجود کیس %1 میں شامل کیا جائے گا۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="165" />
        <source>Override: the engine suggested %1.</source>
        <translation>تجویز سے ہٹ کر فیصلہ (استثنا): نظام کی تجویز %1 تھی۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="168" />
        <source>This decision will wait for a supervisor's review.</source>
        <translation>یہ فیصلہ سپروائزر کے جائزے کا انتظار کرے گا۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="180" />
        <source>No referral to child protection. A supervisor recorded why: %1</source>
        <translation>بچوں کے تحفظ کے لیے ریفرل نہیں۔ سپروائزر نے وجہ درج کی: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="183" />
        <source>This is a child: the case cannot be finished without a referral to child protection. Go back and add one, or ask a supervisor to record why there is none.</source>
        <translation>یہ بچہ ہے: بچوں کے تحفظ کے لیے ریفرل کے بغیر کیس مکمل نہیں ہو سکتا۔ واپس جا کر ریفرل شامل کریں، یا سپروائزر سے کہیں کہ وہ اس کی وجہ درج کرے۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="185" />
        <source>A &amp;supervisor records why…</source>
        <translation>سپروائزر وجہ درج کرے…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="187" />
        <source>A supervisor records why the child is not referred</source>
        <translation>سپروائزر درج کرے کہ بچے کا ریفرل کیوں نہیں ہوا</translation>
    </message>
</context>
<context>
    <name>ScreeningEngine</name>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="18" />
        <source>The engine suggests: %1</source>
        <translation>نظام کی تجویز: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="19" />
        <source>presumed victim</source>
        <translation>ممکنہ متاثرہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="20" />
        <source>rule not met</source>
        <translation>اصول پورا نہیں ہوا</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="21" />
        <source>%1 applied: %2</source>
        <translation>%1 لاگو: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="22" />
        <source>This list is provisional: its items are not yet confirmed against the source.</source>
        <translation>یہ فہرست عارضی ہے: اس کے اشاریوں کی ابھی اصل ماخذ سے تصدیق نہیں ہوئی۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="24" />
        <source>No indicator list was screened.</source>
        <translation>کسی اشاریہ فہرست پر جانچ نہیں کی گئی۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="25" />
        <source>Immediate needs: %1 (urgency: %2)</source>
        <translation>فوری ضروریات: %1 (فوریت: %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="26" />
        <source>%1: positive by %2</source>
        <translation>%1: مثبت (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="27" />
        <source>%1: not positive</source>
        <translation>%1: مثبت نہیں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="39" />
        <source>Protective child rule (an act and exploitation): %1</source>
        <translation>بچے کے تحفظ کا اصول (عمل اور استحصال): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="40" />
        <source>A child is a victim when there is an act (recruited, transported, transferred, harboured or received: yes or unknown) and exploitation (D); no means are needed. Act: %1. Exploitation: %2.</source>
        <translation>بچہ متاثرہ فرد ہے جب کوئی عمل ہو (بھرتی، منتقل، حوالے، پناہ میں رکھا یا وصول کیا گیا: ہاں یا نامعلوم) اور استحصال (د) ہو؛ ذرائع کی ضرورت نہیں۔ عمل: %1۔ استحصال: %2۔</translation>
    </message>
</context>
<context>
    <name>ScreeningLabels</name>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="10" />
        <source>Identity</source>
        <translation>شناخت</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="11" />
        <source>Contact details</source>
        <translation>رابطے کی تفصیل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="12" />
        <source>Health</source>
        <translation>صحت</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="13" />
        <source>Screening</source>
        <translation>اسکریننگ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="14" />
        <source>Family</source>
        <translation>خاندان</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="15" />
        <source>Circumstances</source>
        <translation>حالات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="15" />
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="16" />
        <source>Passport</source>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="17" />
        <source>National identity card</source>
        <translation>قومی شناختی کارڈ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="18" />
        <source>CNIC</source>
        <translation>شناختی کارڈ (CNIC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="19" />
        <source>PoR card</source>
        <translation>پی او آر کارڈ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="20" />
        <source>Birth certificate</source>
        <translation>پیدائش کا سرٹیفکیٹ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="21" />
        <source>Visa</source>
        <translation>ویزا</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="22" />
        <source>Psychosocial support</source>
        <translation>نفسیاتی و سماجی مدد</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="23" />
        <source>Legal aid</source>
        <translation>قانونی امداد</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="24" />
        <source>Interpretation</source>
        <translation>ترجمانی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="25" />
        <source>Family tracing</source>
        <translation>خاندان کی تلاش</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="26" />
        <source>Return and reintegration</source>
        <translation>وطن واپسی اور بحالی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="27" />
        <source>Child protection</source>
        <translation>بچوں کا تحفظ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="28" />
        <source>Shelter</source>
        <translation>پناہ گاہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="29" />
        <location filename="../../app/ui/screening/texts.py" line="77" />
        <source>Medical care</source>
        <translation>طبی نگہداشت</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="30" />
        <source>Medical emergency</source>
        <translation>طبی ہنگامی حالت</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="31" />
        <source>Food and clothing</source>
        <translation>خوراک اور کپڑے</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="32" />
        <source>Safety</source>
        <translation>حفاظت</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="33" />
        <source>Central office</source>
        <translation>مرکزی دفتر</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="34" />
        <source>Same as the interface</source>
        <translation>وہی جو انٹرفیس کی ہے</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="35" />
        <source>English</source>
        <translation>انگریزی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="36" />
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="37" />
        <source>Pashto</source>
        <translation>پشتو</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="38" />
        <source>Dari</source>
        <translation>دری</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="39" />
        <source>Individual factors</source>
        <translation>انفرادی عوامل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="40" />
        <source>Household and family</source>
        <translation>گھر اور خاندان</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="41" />
        <source>Community</source>
        <translation>برادری</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="42" />
        <source>Structural factors</source>
        <translation>ڈھانچہ جاتی عوامل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="43" />
        <source>The journey</source>
        <translation>سفر</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="44" />
        <source>Immediate needs and risks</source>
        <translation>فوری ضروریات اور خطرات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="45" />
        <source>Presumed victim of trafficking</source>
        <translation>انسانی ٹریفکنگ کا ممکنہ متاثرہ فرد</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="46" />
        <source>Smuggled migrant in a vulnerable situation</source>
        <translation>کمزور حالات کا شکار اسمگل شدہ تارکِ وطن</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="47" />
        <source>Vulnerable migrant</source>
        <translation>کمزور حالات کا شکار تارکِ وطن</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="48" />
        <source>No protection concern identified</source>
        <translation>تحفظ سے متعلق کوئی تشویش سامنے نہیں آئی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="49" />
        <source>Inconclusive: further interview needed</source>
        <translation>غیر حتمی: مزید انٹرویو درکار ہے</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="50" />
        <source>Assistance</source>
        <translation>مدد</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="51" />
        <source>Referral</source>
        <translation>ریفرل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="52" />
        <source>Data sharing</source>
        <translation>معلومات کا تبادلہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="53" />
        <source>Written</source>
        <translation>تحریری</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="54" />
        <source>Verbal</source>
        <translation>زبانی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="55" />
        <source>strong</source>
        <translation>مضبوط</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="56" />
        <source>medium</source>
        <translation>درمیانہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="57" />
        <source>weak</source>
        <translation>کمزور</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="58" />
        <source>Adult rule</source>
        <translation>بالغ کا اصول</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="59" />
        <source>Child rule</source>
        <translation>بچے کا اصول</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="60" />
        <source>Child rule (possibly a child)</source>
        <translation>بچے کا اصول (ممکنہ طور پر بچہ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="61" />
        <source>Interception</source>
        <translation>راستے میں روکا جانا</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="62" />
        <source>Detention</source>
        <translation>حراست</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="63" />
        <source>Raid</source>
        <translation>چھاپہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="64" />
        <source>Self-referral</source>
        <translation>خود رجوع کیا</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="65" />
        <source>Referral by an NGO</source>
        <translation>کسی غیر سرکاری تنظیم نے بھیجا</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="66" />
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="67" />
        <source>Female</source>
        <translation>خاتون</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="68" />
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="69" />
        <source>Transgender or gender non-conforming</source>
        <translation>خواجہ سرا یا صنفی طور پر مختلف</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="70" />
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="71" />
        <source>Routine</source>
        <translation>معمول</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="72" />
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="73" />
        <source>Emergency</source>
        <translation>ہنگامی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="74" />
        <source>standard</source>
        <translation>معمول</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="75" />
        <source>high</source>
        <translation>زیادہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="76" />
        <source>immediate</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="78" />
        <source>Unaccompanied or separated child</source>
        <translation>اکیلا یا اپنوں سے بچھڑا ہوا بچہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="79" />
        <source>Pregnancy or recent birth</source>
        <translation>حمل یا حال ہی میں ولادت</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="80" />
        <source>Disability or serious condition</source>
        <translation>معذوری یا سنگین بیماری</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="81" />
        <source>In danger now</source>
        <translation>اس وقت خطرے میں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="82" />
        <source>No safe place to stay tonight</source>
        <translation>آج رات رہنے کی کوئی محفوظ جگہ نہیں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="83" />
        <source>Severe distress</source>
        <translation>شدید ذہنی پریشانی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="84" />
        <source>Needs an interpreter</source>
        <translation>ترجمان کی ضرورت ہے</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="85" />
        <source>Wishes to return home</source>
        <translation>گھر واپس جانا چاہتا ہے</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="89" />
        <source>A. Deceptive recruitment</source>
        <translation>الف۔ دھوکے سے بھرتی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="90" />
        <source>B. Coercive recruitment</source>
        <translation>ب۔ جبری بھرتی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="91" />
        <source>C. Recruitment by abuse of vulnerability</source>
        <translation>ج۔ کمزوری سے فائدہ اٹھا کر بھرتی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="92" />
        <source>D. Exploitation</source>
        <translation>د۔ استحصال</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="93" />
        <source>E. Coercion at destination</source>
        <translation>ہ۔ منزل پر جبر</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="94" />
        <source>F. Abuse of vulnerability at destination</source>
        <translation>و۔ منزل پر کمزوری سے فائدہ اٹھانا</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="98" />
        <source>Encounter</source>
        <translation>ملاقات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="99" />
        <source>The person</source>
        <translation>متعلقہ شخص</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="100" />
        <source>Possible existing record</source>
        <translation>ممکنہ موجودہ ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="101" />
        <source>Quick pre-screen</source>
        <translation>فوری ابتدائی جانچ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="102" />
        <source>Indicator lists</source>
        <translation>اشاریوں کی فہرستیں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="103" />
        <source>Trafficking indicators</source>
        <translation>انسانی ٹریفکنگ کے اشاریے</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="104" />
        <source>Vulnerability and immediate needs</source>
        <translation>کمزوری اور فوری ضروریات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="105" />
        <source>Suggestion and your decision</source>
        <translation>تجویز اور آپ کا فیصلہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="106" />
        <source>Consent</source>
        <translation>رضامندی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="107" />
        <source>Needs</source>
        <translation>ضروریات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="108" />
        <source>Referrals</source>
        <translation>ریفرل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="109" />
        <source>Review and finish</source>
        <translation>جائزہ اور تکمیل</translation>
    </message>
    <message>
        <source>Trafficking indicators: officer's coding</source>
        <translation>انسانی ٹریفکنگ کے اشارے: افسر کی درجہ بندی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="86" />
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="87" />
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="88" />
        <source>No preference</source>
        <translation>کوئی خاص خواہش نہیں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="89" />
        <source>A woman officer</source>
        <translation>خاتون افسر</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="90" />
        <source>A man officer</source>
        <translation>مرد افسر</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="91" />
        <source>Parent</source>
        <translation>والدین میں سے ایک</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="92" />
        <source>Other relative</source>
        <translation>دیگر رشتہ دار</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="93" />
        <source>Legal guardian</source>
        <translation>قانونی سرپرست</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="94" />
        <source>Child-protection officer</source>
        <translation>بچوں کے تحفظ کا افسر</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="95" />
        <source>The person is distressed</source>
        <translation>فرد پریشان ہے</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="96" />
        <source>The person asked to stop</source>
        <translation>فرد نے رکنے کو کہا</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="97" />
        <source>The person needs a psychologist first</source>
        <translation>فرد کو پہلے ماہرِ نفسیات کی ضرورت ہے</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="118" />
        <source>What was done to the person</source>
        <translation>فرد کے ساتھ کیا کیا گیا</translation>
    </message>
</context>
<context>
    <name>ScreeningMessages</name>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="114" />
        <source>Enter the date.</source>
        <translation>تاریخ درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="115" />
        <source>Enter the date as year-month-day, e.g. 2026-11-28.</source>
        <translation>تاریخ سال-مہینہ-دن کی صورت میں درج کریں، مثلاً 2026-11-28۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="116" />
        <source>The date cannot be in the future.</source>
        <translation>تاریخ آنے والے وقت کی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="117" />
        <source>Enter where the person was met (e.g. Islamabad airport, departures).</source>
        <translation>درج کریں کہ یہ شخص کہاں ملا (مثلاً اسلام آباد ایئرپورٹ، روانگی)۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="118" />
        <source>Choose how the person came into contact with the post.</source>
        <translation>منتخب کریں کہ یہ شخص پوسٹ سے کیسے رابطے میں آیا۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="119" />
        <source>Choose the interview language from the list.</source>
        <translation>فہرست سے انٹرویو کی زبان منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="120" />
        <source>Enter the person's given name in Latin letters, as they say it or as in a document.</source>
        <translation>اس شخص کا نام انگریزی حروف میں درج کریں، جیسے وہ بتائے یا جیسے دستاویز میں ہو۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="122" />
        <source>Enter the estimated age as a whole number of years from 0 to 120.</source>
        <translation>اندازاً عمر 0 سے 120 تک پورے سالوں میں درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="123" />
        <source>Choose the nationality from the list of countries (e.g. PK, AF).</source>
        <translation>ملکوں کی فہرست سے قومیت منتخب کریں (مثلاً پاکستان، افغانستان)۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="124" />
        <source>Enter the document number, or remove the empty document.</source>
        <translation>دستاویز نمبر درج کریں، یا خالی دستاویز ہٹا دیں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="125" />
        <source>Link the interview to one of the records shown, or confirm this is a new person.</source>
        <translation>انٹرویو کو دکھائے گئے ریکارڈ میں سے کسی ایک سے جوڑیں، یا تصدیق کریں کہ یہ نیا شخص ہے۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="127" />
        <source>Answer yes, no, or leave the question as not answered.</source>
        <translation>ہاں یا نہیں میں جواب دیں، یا سوال کو بغیر جواب کے چھوڑ دیں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="128" />
        <source>The pre-screen recommends a full screening: choose at least one indicator list.</source>
        <translation>ابتدائی جانچ مکمل اسکریننگ کی سفارش کرتی ہے: کم از کم ایک اشاریہ فہرست منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="130" />
        <source>Choose a classification.</source>
        <translation>درجہ بندی منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="131" />
        <source>Write the reason for this classification; it is required.</source>
        <translation>اس درجہ بندی کی وجہ لکھیں؛ یہ لازمی ہے۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="132" />
        <source>Record the person's consent for each purpose and organisation, or record that they declined.</source>
        <translation>ہر مقصد اور ادارے کے لیے اس شخص کی رضامندی درج کریں، یا درج کریں کہ اس نے انکار کیا۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="134" />
        <source>Consent is recorded as both given and declined; remove one.</source>
        <translation>رضامندی دی گئی اور انکار، دونوں درج ہیں؛ ایک ہٹا دیں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="135" />
        <source>The same purpose and recipient are recorded twice.</source>
        <translation>ایک ہی مقصد اور وصول کنندہ دو بار درج ہے۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="136" />
        <source>Verbal consent needs a witness: enter the witness's name.</source>
        <translation>زبانی رضامندی کے لیے گواہ ضروری ہے: گواہ کا نام درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="137" />
        <source>The person is a child: enter the guardian who took part in the consent.</source>
        <translation>یہ شخص بچہ ہے: رضامندی میں شامل سرپرست کا نام درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="139" />
        <source>An interpreter is needed: enter who interpreted the consent.</source>
        <translation>ترجمان کی ضرورت ہے: درج کریں کہ رضامندی کا ترجمہ کس نے کیا۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="140" />
        <source>Consent cannot be dated in the future.</source>
        <translation>رضامندی کی تاریخ آنے والے وقت کی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="141" />
        <source>Consent to share data must say which data may be shared.</source>
        <translation>معلومات کے تبادلے کی رضامندی میں بتائیں کہ کون سی معلومات دی جا سکتی ہیں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="142" />
        <source>Choose the recipient from the service directory, or the central office.</source>
        <translation>وصول کنندہ سروس ڈائریکٹری سے منتخب کریں، یا مرکزی دفتر۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="143" />
        <source>Choose the need from the list.</source>
        <translation>فہرست سے ضرورت منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="144" />
        <source>This need is recorded twice.</source>
        <translation>یہ ضرورت دو بار درج ہے۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="145" />
        <source>Choose the organisation from the service directory.</source>
        <translation>سروس ڈائریکٹری سے ادارہ منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="146" />
        <source>Choose one or more services to request.</source>
        <translation>درخواست کے لیے ایک یا زیادہ خدمات منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="147" />
        <source>Refer to each organisation once; add the services to one referral.</source>
        <translation>ہر ادارے کو ایک ہی بار ریفر کریں؛ خدمات ایک ہی ریفرل میں شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="148" />
        <source>Choose the urgency: routine, urgent or emergency.</source>
        <translation>فوریت منتخب کریں: معمول، فوری یا ہنگامی۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="149" />
        <source>Say why the person is referred to this organisation.</source>
        <translation>بتائیں کہ اس شخص کو اس ادارے کے پاس کیوں ریفر کیا جا رہا ہے۔</translation>
    </message>
    <message>
        <source>Choose where this indicator came from.</source>
        <translation>منتخب کریں کہ یہ اشارہ کہاں سے معلوم ہوا۔</translation>
    </message>
    <message>
        <source>Tick indicators from the chosen lists only.</source>
        <translation>صرف چنی گئی فہرستوں کے اشارے نشان زد کریں۔</translation>
    </message>
    <message>
        <source>This indicator is ticked twice.</source>
        <translation>یہ اشارہ دو بار نشان زد ہے۔</translation>
    </message>
    <message>
        <source>Choose how the indicators are recorded: questions or officer's coding.</source>
        <translation>منتخب کریں کہ اشارے کس طرح درج ہوں: سوالات یا افسر کی درجہ بندی۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="164" />
        <source>Answer whether the person was recruited, transported, transferred, harboured or received: yes, no or unknown.</source>
        <translation>بتائیں کہ کیا فرد کو بھرتی کیا گیا، منتقل کیا گیا، حوالے کیا گیا، پناہ میں رکھا گیا یا وصول کیا گیا: ہاں، نہیں یا نامعلوم۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="166" />
        <source>Say how the guardian is related to the child.</source>
        <translation>بتائیں کہ سرپرست کا بچے سے کیا رشتہ ہے۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="167" />
        <source>Answer whether the guardian could be involved in the exploitation: yes, no or unknown.</source>
        <translation>بتائیں کہ کیا سرپرست استحصال میں شامل ہو سکتا ہے: ہاں، نہیں یا نامعلوم۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="169" />
        <source>This guardian could be involved in the exploitation: ask a child-protection officer to take the guardian's part in the consent instead.</source>
        <translation>یہ سرپرست استحصال میں شامل ہو سکتا ہے: رضامندی میں سرپرست کا کردار ادا کرنے کے لیے بچوں کے تحفظ کے افسر سے کہیں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="171" />
        <source>This is a child: add a referral to child protection, or ask a supervisor to record why there is none.</source>
        <translation>یہ بچہ ہے: بچوں کے تحفظ کے لیے ریفرل شامل کریں، یا سپروائزر سے کہیں کہ وہ اس کی وجہ درج کرے۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="173" />
        <source>Write why the child is not referred to child protection (at least a sentence).</source>
        <translation>لکھیں کہ بچے کو بچوں کے تحفظ کے ادارے کے پاس کیوں نہیں بھیجا گیا (کم از کم ایک جملہ)۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="175" />
        <source>The supervisor's user name or password is wrong.</source>
        <translation>سپروائزر کا صارف نام یا پاس ورڈ غلط ہے۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/texts.py" line="176" />
        <source>Only an active supervisor can record why a child is not referred.</source>
        <translation>صرف فعال سپروائزر ہی درج کر سکتا ہے کہ بچے کا ریفرل کیوں نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>ScreeningReasons</name>
    <message>
        <source>The ILO 2009 adult rule is met on %1: dimensions %2 positive</source>
        <translation>آئی ایل او 2009 کا بالغ افراد کا قاعدہ %1 پر پورا ہوتا ہے: پہلو %2 مثبت</translation>
    </message>
    <message>
        <source>The ILO 2009 child rule is met on %1: dimensions %2 positive</source>
        <translation>آئی ایل او 2009 کا بچوں کا قاعدہ %1 پر پورا ہوتا ہے: پہلو %2 مثبت</translation>
    </message>
    <message>
        <source>The ILO 2009 child rule is not met: no recruitment dimension (A, B or C) is positive</source>
        <translation>آئی ایل او 2009 کا بچوں کا قاعدہ پورا نہیں ہوتا: بھرتی کا کوئی پہلو (الف، ب یا ج) مثبت نہیں</translation>
    </message>
    <message>
        <source>Under 18 or possibly under 18: child-specific procedures and a referral to child protection apply</source>
        <translation>18 سال سے کم یا ممکنہ طور پر 18 سال سے کم: بچوں کے مخصوص طریقۂ کار اور بچوں کے تحفظ کے لیے ریفرل لازم ہیں</translation>
    </message>
    <message>
        <source>%1: %2 indicator(s) found, but the combination rule is not met: %3; positive dimension(s): %4</source>
        <translation>%1: %2 اشاریے ملے، لیکن مجموعی قاعدہ پورا نہیں ہوتا: %3؛ مثبت پہلو: %4</translation>
    </message>
    <message>
        <source>%1: %2 indicator(s) found, but the combination rule is not met: %3; no dimension is positive</source>
        <translation>%1: %2 اشاریے ملے، لیکن مجموعی قاعدہ پورا نہیں ہوتا: %3؛ کوئی پہلو مثبت نہیں</translation>
    </message>
    <message>
        <source>Vulnerability answers of yes: %1</source>
        <translation>کمزور حالات کے جائزے میں ہاں کے جواب: %1</translation>
    </message>
    <message>
        <source>Smuggling factor(s) answered yes: %1</source>
        <translation>اسمگلنگ کے عوامل جن کا جواب ہاں تھا: %1</translation>
    </message>
    <message>
        <source>Risk factor(s) answered yes: %1</source>
        <translation>خطرے کے عوامل جن کا جواب ہاں تھا: %1</translation>
    </message>
    <message>
        <source>Immediate needs: %1</source>
        <translation>فوری ضروریات: %1</translation>
    </message>
    <message>
        <source>No indicator list was screened</source>
        <translation>کسی اشاریوں کی فہرست پر اسکریننگ نہیں ہوئی</translation>
    </message>
    <message>
        <source>%1: %2 of %3 indicator questions not asked</source>
        <translation>%1: %3 میں سے %2 اشاریوں کے سوالات نہیں پوچھے گئے</translation>
    </message>
    <message>
        <source>The vulnerability assessment was not done</source>
        <translation>کمزور حالات کا جائزہ نہیں لیا گیا</translation>
    </message>
    <message>
        <source>The vulnerability assessment is mostly unanswered: %1 of %2 questions not answered</source>
        <translation>کمزور حالات کے جائزے کے زیادہ تر سوالات کا جواب نہیں ملا: %2 میں سے %1 سوالات بغیر جواب</translation>
    </message>
    <message>
        <source>Nothing has been screened yet</source>
        <translation>ابھی کوئی اسکریننگ نہیں ہوئی</translation>
    </message>
    <message>
        <source>The screening is not complete: a further interview is needed</source>
        <translation>اسکریننگ مکمل نہیں: مزید انٹرویو کی ضرورت ہے</translation>
    </message>
    <message>
        <source>Screened on %1: no trafficking indicator found</source>
        <translation>%1 پر اسکریننگ ہوئی: انسانی ٹریفکنگ کا کوئی اشاریہ نہیں ملا</translation>
    </message>
    <message>
        <source>Vulnerability assessment: %1 of %2 questions answered; no risk or smuggling factor and no immediate need answered yes</source>
        <translation>کمزور حالات کا جائزہ: %2 میں سے %1 سوالات کے جواب ملے؛ خطرے یا اسمگلنگ کے کسی عامل اور کسی فوری ضرورت کا جواب ہاں نہیں تھا</translation>
    </message>
    <message>
        <source>Protective child rule %1: the act was %2; %3</source>
        <translation>بچوں کے تحفظ کا قاعدہ %1: عمل کے بارے میں جواب: %2؛ %3</translation>
    </message>
    <message>
        <source>met</source>
        <translation>پورا ہوتا ہے</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>پورا نہیں ہوتا</translation>
    </message>
    <message>
        <source>answered yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>answered no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>not asked (treated as unknown)</source>
        <translation>نہیں پوچھا گیا (نامعلوم سمجھا گیا)</translation>
    </message>
    <message>
        <source>no exploitation (D) found</source>
        <translation>استحصال (د) نہیں ملا</translation>
    </message>
    <message>
        <source>protective item</source>
        <translation>تحفظ کا اشاریہ</translation>
    </message>
    <message>
        <source>%1: exploitation (D) positive (%2)</source>
        <translation>%1: استحصال (د) مثبت (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (makes exploitation (D) positive)</source>
        <translation>%1: %2 (اس سے استحصال (د) مثبت ہو جاتا ہے)</translation>
    </message>
    <message>
        <source>%1 strong</source>
        <translation>%1 مضبوط</translation>
    </message>
    <message>
        <source>%1 medium</source>
        <translation>%1 درمیانہ</translation>
    </message>
    <message>
        <source>%1 weak</source>
        <translation>%1 کمزور</translation>
    </message>
    <message>
        <source>one of A, B or C; and D; and one of E or F</source>
        <translation>الف، ب یا ج میں سے کوئی ایک؛ اور د؛ اور ہ یا و میں سے کوئی ایک</translation>
    </message>
    <message>
        <source>one of A, B or C; and D</source>
        <translation>الف، ب یا ج میں سے کوئی ایک؛ اور د</translation>
    </message>
    <message>
        <source>an act (yes or unknown) and D</source>
        <translation>عمل (ہاں یا نامعلوم) اور د</translation>
    </message>
    <message>
        <source>the list is provisional: not yet confirmed against its source</source>
        <translation>فہرست عارضی ہے: ابھی اپنے ماخذ سے تصدیق شدہ نہیں</translation>
    </message>
    <message>
        <source>a child was screened with a list for adults</source>
        <translation>بچے کی اسکریننگ بالغوں کی فہرست سے ہوئی</translation>
    </message>
    <message>
        <source>an adult was screened with a list for children</source>
        <translation>بالغ فرد کی اسکریننگ بچوں کی فہرست سے ہوئی</translation>
    </message>
    <message>
        <source>the age is not known</source>
        <translation>عمر معلوم نہیں</translation>
    </message>
</context>
<context>
    <name>ScreeningWizard</name>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="52" />
        <source>Screening interview</source>
        <translation>اسکریننگ انٹرویو</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="74" />
        <source>CHILD — child-specific procedures apply: a guardian or child-protection officer must be present, and the child's best interests come first.</source>
        <translation>بچہ — بچوں کے لیے مخصوص طریقۂ کار لاگو ہے: سرپرست یا بچوں کے تحفظ کے افسر کا موجود ہونا لازم ہے، اور بچے کا بہترین مفاد سب سے مقدم ہے۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="78" />
        <source>Error</source>
        <translation>خرابی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="82" />
        <source>Interview page</source>
        <translation>انٹرویو کا صفحہ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="98" />
        <source>Save and close</source>
        <translation>محفوظ کر کے بند کریں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="99" />
        <source>The interview stays saved; continue it later from New screening.</source>
        <translation>انٹرویو محفوظ رہے گا؛ بعد میں نئی اسکریننگ سے اسے جاری رکھیں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="100" />
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="101" />
        <source>Previous step (Alt+B)</source>
        <translation>پچھلا مرحلہ (Alt+B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="102" />
        <source>Next</source>
        <translation>آگے</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="103" />
        <source>Check this step and go on (Alt+N)</source>
        <translation>یہ مرحلہ جانچ کر آگے بڑھیں (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="105" />
        <source>Finish and save the case</source>
        <translation>مکمل کریں اور کیس محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="106" />
        <source>Alt+F</source>
        <translation>Alt+F</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="146" />
        <source>Something went wrong and the step was not saved. Your earlier answers are kept.</source>
        <translation>کچھ غلط ہو گیا اور یہ مرحلہ محفوظ نہیں ہوا۔ آپ کے پچھلے جوابات محفوظ ہیں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="178" />
        <source>Unfinished interviews</source>
        <translation>نامکمل انٹرویو</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="182" />
        <source>Discard interview</source>
        <translation>انٹرویو ختم کریں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="183" />
        <source>Discard this unfinished interview? Its answers will be deleted and cannot be recovered.</source>
        <translation>کیا یہ نامکمل انٹرویو ختم کر دیا جائے؟ اس کے جوابات حذف ہو جائیں گے اور واپس نہیں آ سکیں گے۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="203" />
        <source>Step %1 of %2</source>
        <translation>مرحلہ %1 از %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="226" />
        <source>Provisional instrument: %1 (version %2). %3</source>
        <translation>عارضی سوالنامہ: %1 (ورژن %2)۔ %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="267" />
        <source>The case %1 is saved, with its screening, consent, needs and referral drafts.</source>
        <translation>کیس %1 اپنی اسکریننگ، رضامندی، ضروریات اور ریفرل مسودوں سمیت محفوظ ہو گیا ہے۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="272" />
        <source>Screening saved</source>
        <translation>اسکریننگ محفوظ ہو گئی</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="275" />
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="112" />
        <source>Pause and refer to a psychologist…</source>
        <translation>روکیں اور ماہرِ نفسیات کے پاس بھیجیں…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/wizard.py" line="114" />
        <source>Save the interview, record the pause and its reason (Alt+P)</source>
        <translation>انٹرویو محفوظ کریں، وقفہ اور اس کی وجہ درج کریں (Alt+P)</translation>
    </message>
</context>
<context>
    <name>CodingPage</name>
    <message>
        <source>After a free narrative interview, tick each indicator the person's story, your observation, a document or a third party showed, and say which. Indicators not ticked count as not asked, never as a no.</source>
        <translation>آزادانہ گفتگو پر مبنی انٹرویو کے بعد ہر وہ اشارہ نشان زد کریں جو فرد کی اپنی بات، آپ کے مشاہدے، کسی دستاویز یا کسی تیسرے فرد سے سامنے آیا، اور بتائیں کہ کہاں سے۔ جو اشارے نشان زد نہیں ہوئے وہ 'نہیں پوچھا گیا' شمار ہوں گے، کبھی 'نہیں' نہیں۔</translation>
    </message>
</context>
<context>
    <name>CodingRow</name>
    <message>
        <source>%1 indicator (for the officer only)</source>
        <translation>%1 اشارہ (صرف افسر کے لیے)</translation>
    </message>
    <message>
        <source>%1: where this came from</source>
        <translation>%1: یہ بات کہاں سے معلوم ہوئی</translation>
    </message>
    <message>
        <source>Note (optional): what was said, seen or read</source>
        <translation>نوٹ (اختیاری): کیا کہا گیا، دیکھا گیا یا پڑھا گیا</translation>
    </message>
    <message>
        <source>%1: note</source>
        <translation>%1: نوٹ</translation>
    </message>
</context>
<context>
    <name>IndicatorSources</name>
    <message>
        <source>The person's own account</source>
        <translation>فرد کا اپنا بیان</translation>
    </message>
    <message>
        <source>The officer's observation</source>
        <translation>افسر کا مشاہدہ</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>کوئی دستاویز</translation>
    </message>
    <message>
        <source>A third party</source>
        <translation>کوئی تیسرا فرد</translation>
    </message>
</context>
<context>
    <name>ActPage</name>
    <message>
        <location filename="../../app/ui/screening/act.py" line="20" />
        <source>Was the person recruited, transported, transferred, harboured or received by someone — for example brought to a place, moved across a border, kept or handed over?</source>
        <translation>کیا کسی نے اس فرد کو بھرتی کیا، منتقل کیا، آگے حوالے کیا، پناہ میں رکھا یا وصول کیا — مثلاً کسی جگہ لایا گیا، سرحد پار لے جایا گیا، کہیں رکھا گیا یا کسی کے سپرد کیا گیا؟</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/act.py" line="23" />
        <source>Ask in the person's own words; it does not matter whether they agreed. Answer 'unknown' when it is not clear yet.</source>
        <translation>فرد کے اپنے الفاظ میں پوچھیں؛ اس سے فرق نہیں پڑتا کہ فرد راضی تھا یا نہیں۔ اگر ابھی واضح نہ ہو تو «نامعلوم» چنیں۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/act.py" line="26" />
        <source>For a child, this act together with exploitation is enough: no force, deception or abuse of vulnerability is needed (Palermo Protocol, article 3(c)).</source>
        <translation>بچے کے لیے یہ عمل اور استحصال کافی ہیں: زبردستی، دھوکے یا کمزوری سے فائدہ اٹھانے کی ضرورت نہیں (پالرمو پروٹوکول، دفعہ ۳ (ج))۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/act.py" line="33" />
        <source>Act: %1</source>
        <translation>عمل: %1</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../app/ui/screening/pause.py" line="26" />
        <source>Pause the interview</source>
        <translation>انٹرویو روکیں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/pause.py" line="28" />
        <source>The person's wellbeing comes first. The interview is saved as it is and can be continued later, by you or after the person has seen a psychologist.</source>
        <translation>فرد کی خیریت سب سے پہلے ہے۔ انٹرویو جیسا ہے ویسا محفوظ ہو جاتا ہے اور بعد میں جاری رکھا جا سکتا ہے، آپ کی طرف سے یا فرد کے ماہرِ نفسیات سے ملنے کے بعد۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/pause.py" line="33" />
        <source>Why the interview is paused</source>
        <translation>انٹرویو کیوں روکا گیا</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/pause.py" line="37" />
        <source>Note on the pause (optional)</source>
        <translation>وقفے پر نوٹ (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/pause.py" line="38" />
        <source>&amp;Refer the person to a psychologist (psychosocial support is added to the needs)</source>
        <translation>فرد کو ماہرِ نفسیات کے پاس بھیجیں (ضروریات میں نفسیاتی و سماجی معاونت شامل ہو جاتی ہے)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/pause.py" line="41" />
        <source>&amp;Why</source>
        <translation>کیوں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/pause.py" line="42" />
        <source>&amp;Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/pause.py" line="48" />
        <source>Pause and save</source>
        <translation>روکیں اور محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="203" />
        <source>No referral to child protection</source>
        <translation>بچوں کے تحفظ کے لیے ریفرل نہیں</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="205" />
        <source>A supervisor signs with their own user name and password. The reason is kept in the case and the audit log.</source>
        <translation>سپروائزر اپنے صارف نام اور پاس ورڈ سے دستخط کرتا ہے۔ وجہ کیس اور آڈٹ لاگ میں محفوظ رہتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="208" />
        <source>Supervisor's user name</source>
        <translation>سپروائزر کا صارف نام</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="211" />
        <source>Supervisor's password</source>
        <translation>سپروائزر کا پاس ورڈ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="214" />
        <source>Why the child is not referred to child protection</source>
        <translation>بچے کو بچوں کے تحفظ کے ادارے کے پاس کیوں نہیں بھیجا گیا</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="215" />
        <source>Supervisor's &amp;user name</source>
        <translation>سپروائزر کا صارف نام</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="216" />
        <source>&amp;Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screening/decision.py" line="217" />
        <source>&amp;Why</source>
        <translation>کیوں</translation>
    </message>
</context>
<context>
    <name>DimensionLetters</name>
    <message>
        <source>A</source>
        <translation>الف</translation>
    </message>
    <message>
        <source>B</source>
        <translation>ب</translation>
    </message>
    <message>
        <source>C</source>
        <translation>ج</translation>
    </message>
    <message>
        <source>D</source>
        <translation>د</translation>
    </message>
    <message>
        <source>E</source>
        <translation>ہ</translation>
    </message>
    <message>
        <source>F</source>
        <translation>و</translation>
    </message>
</context>
<context>
    <name>ReviewAnswers</name>
    <message>
        <source>What was recorded</source>
        <translation>کیا درج کیا گیا</translation>
    </message>
    <message>
        <source>Met on %1 at %2 (%3); interview in %4.</source>
        <translation>ملاقات %1 کو %2 میں (%3)؛ انٹرویو کی زبان: %4۔</translation>
    </message>
    <message>
        <source>Age: %1; sex: %2; nationality: %3; languages: %4; documents: %5.</source>
        <translation>عمر: %1؛ جنس: %2؛ قومیت: %3؛ زبانیں: %4؛ دستاویزات: %5۔</translation>
    </message>
    <message>
        <source>Pre-screen, answered yes:</source>
        <translation>ابتدائی جانچ، جن کا جواب ہاں تھا:</translation>
    </message>
    <message>
        <source>Indicator lists: %1</source>
        <translation>اشاریوں کی فہرستیں: %1</translation>
    </message>
    <message>
        <source>Indicators found: %1</source>
        <translation>ملنے والے اشاریے: %1</translation>
    </message>
    <message>
        <source>Vulnerability, answered yes:</source>
        <translation>کمزور حالات، جن کا جواب ہاں تھا:</translation>
    </message>
    <message>
        <source>Recruited, transported, transferred, harboured or received: %1</source>
        <translation>بھرتی کیا گیا، منتقل کیا گیا، حوالے کیا گیا، پناہ میں رکھا گیا یا وصول کیا گیا: %1</translation>
    </message>
    <message>
        <source>Consent: the person declined.</source>
        <translation>رضامندی: فرد نے انکار کیا۔</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>رضامندی:</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>ضروریات: %1</translation>
    </message>
    <message>
        <source>Referral drafts:</source>
        <translation>ریفرل کے مسودے:</translation>
    </message>
    <message>
        <source>this post (assistance)</source>
        <translation>یہ پوسٹ (معاونت)</translation>
    </message>
</context>
</TS>