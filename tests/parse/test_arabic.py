"""Arabic attribution frames, one row per behaviour: (text, expected claims). Texts are written for these
tests; none is copied from a corpus."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import Claim, claims

AR_CASES = [
    pytest.param(
        "قال وزير المالية إن العجز سينخفض هذا العام.",
        [Claim("indirect", "إن العجز سينخفض هذا العام", "وزير المالية", "وزير المالية")],
        id="verb-subject-complementizer",
    ),
    pytest.param(
        "وقالت المتحدثة: \"لن نتراجع عن قرارنا\".",
        [Claim("direct", "\"لن نتراجع عن قرارنا\"", "المتحدثة", "المتحدثة")],
        id="colon-then-quotation-is-direct",
    ),
    pytest.param(
        "وأكد الوزير أن الاتفاق يمثل \"خطوة تاريخية\" للبلدين.",
        [Claim("mixed", "أن الاتفاق يمثل \"خطوة تاريخية\" للبلدين", "الوزير", "الوزير")],
        id="quoted-fragment-makes-mixed",
    ),
    pytest.param(
        "وأوضح المدير أنه تلقى\"رسالة رسمية\" من الشركة.",
        [Claim("mixed", "أنه تلقى\"رسالة رسمية\" من الشركة", "المدير", "المدير")],
        id="quote-glued-to-word",
    ),
    pytest.param(
        "وذكرت الشرطة أن المشتبه به اعتقل، مشيرة إلى أن التحقيق مستمر.",
        [Claim("indirect", "أن المشتبه به اعتقل", "الشرطة", "الشرطة"),
         Claim("indirect", "أن التحقيق مستمر", "", "الشرطة")],
        id="participle-carries-the-subject",
    ),
    pytest.param(
        "الولايات المتحدة رأت أن الحل سياسي.",
        [Claim("indirect", "أن الحل سياسي", "الولايات المتحدة", "الولايات المتحدة")],
        id="subject-before-verb",
    ),
    pytest.param(
        "ودعا النواب إلى إجراء تحقيق عاجل.",
        [Claim("indirect", "إجراء تحقيق عاجل", "النواب", "النواب")],
        id="introducer-ila-read-with-the-cue",
    ),
    pytest.param(
        "وأعرب الوزير عن قلقه البالغ من تدهور الوضع.",
        [Claim("indirect", "عن قلقه البالغ من تدهور الوضع", "الوزير", "الوزير")],
        id="introducer-an-kept-in-the-content",
    ),
    pytest.param(
        "وهدد الحزب بالانسحاب من الحكومة، فيما أعلن وزير الخارجية فؤاد حسين تأجيل الجلسة.",
        [Claim("indirect", "بالانسحاب من الحكومة", "الحزب", "الحزب"),
         Claim("indirect", "تأجيل الجلسة", "وزير الخارجية فؤاد حسين", "Fuad Hussein")],
        id="threat-with-glued-bi-ends-the-subject",
    ),
    pytest.param(
        "وقال الضابط رافضا كشف هويته إن القوات انسحبت من البلدة.",
        [Claim("indirect", "إن القوات انسحبت من البلدة", "الضابط", "الضابط")],
        id="refusing-to-be-named-is-no-cue",
    ),
    pytest.param(
        "وقال موظف طلب عدم ذكر اسمه إن المصنع أغلق أبوابه.",
        [Claim("indirect", "إن المصنع أغلق أبوابه", "موظف طلب عدم ذكر اسمه", "موظف طلب عدم ذكر اسمه")],
        id="negated-verbal-noun-is-no-cue",
    ),
    pytest.param(
        "كما نفت الشركة أيضا مسؤوليتها عن الحادث.",
        [Claim("indirect", "مسؤوليتها عن الحادث", "الشركة", "الشركة")],
        id="adverb-after-subject-is-not-the-content",
    ),
    pytest.param(
        "وهذه هي المرة الأولى التي تؤكد فيها البلدية أن المياه ملوثة.",
        [Claim("indirect", "أن المياه ملوثة", "البلدية", "البلدية")],
        id="relative-clause-with-resumptive-pronoun-reports",
    ),
    pytest.param(
        "وسارعت الوزارة إلى نفي أن تكون قواتها قد شاركت في العملية.",
        [Claim("indirect", "أن تكون قواتها قد شاركت في العملية", "الوزارة", "الوزارة")],
        id="verbal-noun-cue-takes-the-clause-subject",
    ),
    pytest.param(
        "وقال الطبيب إنه تم نقل 12 مصابا إلى المستشفى.",
        [Claim("indirect", "إنه تم نقل 12 مصابا إلى المستشفى", "الطبيب", "الطبيب")],
        id="passive-verbal-noun-is-no-cue",
    ),
    pytest.param(
        "وأصيب الرجل بجروح ونقلت زوجته إلى المستشفى قبل أن تفارق الحياة.",
        [],
        id="transport-verb-and-time-clause-report-nothing",
    ),
    pytest.param(
        "وقد اعتبرت دمشق الاتهامات \"كاذبة تماما\".",
        [Claim("mixed", "الاتهامات \"كاذبة تماما\"", "دمشق", "دمشق")],
        id="auxiliary-with-a-conjunction-is-not-a-subject",
    ),
    pytest.param(
        'وقال المدرب "إنه فخور بلاعبيه".',
        [Claim("direct", '"إنه فخور بلاعبيه"', "المدرب", "المدرب")],
        id="a-quotation-opening-with-inna-keeps-its-marks",
    ),
    pytest.param(
        'وقال الوزير في تصريحات نقلتها وكالة رويترز، إن "الاتفاق قريب".',
        [Claim("mixed", 'إن "الاتفاق قريب"', "الوزير", "الوزير")],
        id="an-outlet-named-between-the-cue-and-its-content-relays-nothing",
    ),
    pytest.param(
        "وكان مصدر أمني قد أكد أن الطريق مغلق.",
        [Claim("indirect", "أن الطريق مغلق", "مصدر أمني", "مصدر أمني")],
        id="a-leading-auxiliary-is-not-part-of-the-source",
    ),
    pytest.param(
        "وتستعد الحكومة لأداء اليمين وسط أنباء عن استقالة وزير المالية.",
        [Claim("indirect", "عن استقالة وزير المالية", "أنباء", "أنباء")],
        id="news-of-is-its-own-unnamed-source",
    ),
    pytest.param(
        'وقال البيت الأبيض إن الرئيسين اتفقا "على وجوب محاسبة المسؤولين".',
        [Claim("mixed", 'إن الرئيسين اتفقا "على وجوب محاسبة المسؤولين"', "البيت الأبيض", "White House"),
         Claim("direct", '"على وجوب محاسبة المسؤولين"', "الرئيسين", "الرئيسين")],
        id="agreement-inside-reported-words",
    ),
    pytest.param(
        "ولم تكشف الصحيفة محتوى الرسالة.",
        [],
        id="negated-cue-with-an-object-reports-nothing",
    ),
    pytest.param(
        "ولا يعتقد الخبراء أن الجفاف سينتهي قريبا.",
        [Claim("indirect", "أن الجفاف سينتهي قريبا", "الخبراء", "الخبراء")],
        id="negated-belief-with-a-complementizer-reports",
    ),
    pytest.param(
        "ووقع الطرفان الاتفاق، والذي يأمل الوسطاء أن يمهد لسلام دائم.",
        [Claim("indirect", "أن يمهد لسلام دائم", "الوسطاء", "الوسطاء")],
        id="relative-pronoun-before-a-cue-is-not-its-subject",
    ),
    pytest.param(
        "وأظهرت الفحوص أن المياه ملوثة بالرصاص.",
        [Claim("indirect", "أن المياه ملوثة بالرصاص", "الفحوص", "الفحوص")],
        id="evidence-verb-reports-what-a-test-shows",
    ),
    pytest.param(
        "وقال الوزير إن الحكومة تؤمن أن «الحوار هو الحل».",
        [Claim("mixed", "إن الحكومة تؤمن أن «الحوار هو الحل»", "الوزير", "الوزير"),
         Claim("mixed", "أن «الحوار هو الحل»", "الحكومة", "الحكومة")],
        id="belief-verb-inside-reported-words-is-a-nested-attribution",
    ),
    pytest.param(
        "وقال الوزير إنه يعتقد أن الأزمة ستنتهي قريبا.",
        [Claim("indirect", "إنه يعتقد أن الأزمة ستنتهي قريبا", "الوزير", "الوزير")],
        id="a-belief-of-the-speaker-himself-is-no-nested-attribution",
    ),
    pytest.param(
        "وأكد الوزير بقوله إن ذلك يهدد الجميع.",
        [Claim("indirect", "إن ذلك يهدد الجميع", "الوزير", "الوزير")],
        id="a-verb-and-its-noun-of-saying-are-one-report",
    ),
    pytest.param(
        "ونفى رئيس البرلمان علي حسن ما قاله الخبراء.",
        [Claim("indirect", "ما قاله الخبراء", "رئيس البرلمان علي حسن", "علي حسن")],  # (the title goes)
        id="the-name-ali-spelled-like-the-preposition-is-part-of-the-source",
    ),
    pytest.param(
        "وأكد رئيس الحزب، علي حسن، أن الانتخابات ستجري في موعدها.",
        [Claim("indirect", "أن الانتخابات ستجري في موعدها", "رئيس الحزب، علي حسن", "علي حسن")],
        id="a-name-between-commas-after-a-title-is-part-of-the-source",
    ),
    pytest.param(
        "وأكد الوزير على ضرورة الحوار.",
        [Claim("indirect", "على ضرورة الحوار", "الوزير", "الوزير")],
        id="the-preposition-ala-still-opens-the-content",
    ),
    pytest.param(
        "وذكرت الوكالة البريطانية، رويترز، أن المحادثات انتهت.",
        [Claim("indirect", "أن المحادثات انتهت", "الوكالة البريطانية، رويترز", "Reuters")],
        id="a-known-name-in-an-apposition-resolves-the-source",
    ),
    pytest.param(
        "وأعلنت الوزارة أن المفاوضات توقفت، ولكنها لم تحدد موعدا، غير أنها أكدت أن الوفد سيعود، بحسب مسؤول حكومي.",
        [Claim("indirect", "أن المفاوضات توقفت", "الوزارة", "الوزارة"),
         Claim("indirect", "غير أنها أكدت أن الوفد سيعود", "مسؤول حكومي", "مسؤول حكومي"),
         Claim("indirect", "أن الوفد سيعود", "أنها", "الوزارة")],
        id="according-after-several-reporting-clauses-backs-the-last",
    ),
    pytest.param(
        "وقال المتحدث باسم الحكومة إن الجلسة انتهت. وتزور وزيرة التجارة الكندية ماري لافال القاهرة الأسبوع المقبل. "
        "ورغم أن لافال انتقدت الاتفاق سابقا، فإنها نفت أن يكون موقفها عائقا أمام المستثمرين.",
        [Claim("indirect", "إن الجلسة انتهت", "المتحدث باسم الحكومة", "المتحدث باسم الحكومة"),
         Claim("indirect", "أن يكون موقفها عائقا أمام المستثمرين", "فإنها", "ماري لافال")],
        id="a-pronoun-refers-to-the-person-named-earlier-in-its-sentence",
    ),
    pytest.param(
        "وفي حال انهارت الهدنة، وهو ما يتوقعه المحللون، قد تتجدد المعارك.",
        [Claim("indirect", "انهارت الهدنة", "المحللون", "المحللون")],
        id="a-verb-after-wa-huwa-ma-reports-the-clause-before-it",
    ),
    pytest.param(
        "وارتفعت أسعار الوقود بشكل حاد، الأمر الذي حذر منه وزير المالية بإشارته إلى أن العجز سيتفاقم.",
        [Claim("indirect", "وارتفعت أسعار الوقود بشكل حاد", "وزير المالية", "وزير المالية"),
         Claim("indirect", "أن العجز سيتفاقم", "", "وزير المالية")],
        id="a-verb-after-al-amr-alladhi-reports-the-clause-before-it",
    ),
    pytest.param(
        "وقال الوزير: «نحن ندعم الحوار، لكن المعارضة تعتبر أن الوقت قد فات».",
        [Claim("direct", "«نحن ندعم الحوار، لكن المعارضة تعتبر أن الوقت قد فات»", "الوزير", "الوزير"),
         Claim("indirect", "أن الوقت قد فات", "المعارضة", "المعارضة")],
        id="a-named-subjects-report-inside-a-quotation-is-nested-and-indirect",
    ),
    pytest.param(
        "وقال الوزير: «أعتقد أن الوقت قد فات».",
        [Claim("direct", "«أعتقد أن الوقت قد فات»", "الوزير", "الوزير")],
        id="the-speakers-own-belief-inside-a-quotation-is-no-nested-report",
    ),
    pytest.param(
        "وتزامن ذلك مع مفاجأة فجرها رئيس اللجنة سالم حداد الذي أعلن في بيان أن التحقيق انتهى.",
        [Claim("indirect", "أن التحقيق انتهى", "رئيس اللجنة سالم حداد", "سالم حداد")],
        id="a-relative-clause-verb-with-a-complementizer-reports-for-its-antecedent",
    ),
    pytest.param(
        "وسهلت الشرطة دخول المستوطنين اليهود الذين دعوا إلى اقتحام المسجد.",
        [Claim("indirect", "اقتحام المسجد", "المستوطنين اليهود", "المستوطنين اليهود")],
        id="the-antecedent-of-a-relative-is-its-last-noun-phrase",
    ),
    pytest.param(
        "وقال المصدر الدبلوماسي الذي تحدث للصحيفة إن الأغنية كانت موضع حوار.",
        [Claim("indirect", "إن الأغنية كانت موضع حوار", "المصدر الدبلوماسي", "المصدر الدبلوماسي")],
        id="a-relative-clause-describing-the-speaker-reports-nothing",
    ),
    pytest.param(
        "وكشفت الشرطة عن اعتقال رجلين.",
        [Claim("indirect", "عن اعتقال رجلين", "الشرطة", "الشرطة")],
        id="revealing-with-an-introducer-reports",
    ),
    pytest.param(
        "في حين كشف الرئيس يوم الأحد هوية المهاجم، قائلا إن اسمه سامي.",
        [Claim("indirect", "إن اسمه سامي", "الرئيس", "الرئيس")],
        id="revealing-an-object-is-no-report-and-a-connective-is-not-the-verb",
    ),
    pytest.param(
        "وقالت الجارة إن الرجل كان يصرخ بصوت عال ويقول إن الشرطة لن تصل.",
        [Claim("indirect", "إن الرجل كان يصرخ بصوت عال ويقول إن الشرطة لن تصل", "الجارة", "الجارة"),
         Claim("indirect", "إن الشرطة لن تصل", "الرجل", "الرجل")],
        id="a-coordinated-verb-inside-reported-words-goes-on-with-their-subject",
    ),
    pytest.param(
        "وأدان الوزير أن تستهدف المدارس.",
        [Claim("indirect", "أن تستهدف المدارس", "الوزير", "الوزير")],
        id="condemning-with-a-complementizer-reports",
    ),
    pytest.param(
        "وينص القانون، الذي رحب به الوزير معتبرا أنه «خطوة مهمة»، على خفض الضرائب.",
        [Claim("mixed", "أنه «خطوة مهمة»", "الوزير", "الوزير"),
         Claim("indirect", "على خفض الضرائب", "القانون", "القانون")],
        id="a-report-inside-a-relative-aside-ends-at-its-comma-and-the-main-verb-reads-past-it",
    ),
    pytest.param(
        "وتراجعت شعبية الحزب، الأمر الذي قد ينهي الأزمة، وفقا لاستطلاعات الرأي.",
        [Claim("indirect", "الأمر الذي قد ينهي الأزمة", "استطلاعات الرأي", "استطلاعات الرأي")],
        id="according-after-a-resumptive-clause-backs-that-clause",
    ),
    pytest.param(
        "ويمكن للرئيس أن يدعو إلى انتخابات مبكرة.",
        [],
        id="a-verb-right-after-the-bare-complementizer-reports-nothing",
    ),
    pytest.param(
        "وأشار المدير إلى أن بين المصابين طفلين، نقلا عن مصادر طبية.",
        [Claim("indirect", "أن بين المصابين طفلين", "المدير", "المدير"),
         Claim("indirect", "أن بين المصابين طفلين", "مصادر طبية", "مصادر طبية")],
        id="citing-sources-after-a-report-relays-the-same-content",
    ),
    pytest.param(
        "قال وزير المالية سامي حداد إن العجز سينخفض، بحسب ما ذكر حداد.",
        [Claim("indirect", "إن العجز سينخفض", "وزير المالية سامي حداد", "سامي حداد")],
        id="according-to-the-same-speaker-again-adds-no-report",
    ),
    pytest.param(
        "ونفت الوزارة هذه الأنباء، مؤكدة أن الاجتماع لم يعقد.",
        [Claim("indirect", "هذه الأنباء", "الوزارة", "الوزارة"),
         Claim("indirect", "أن الاجتماع لم يعقد", "", "الوزارة")],
        id="a-denial-ends-at-the-comma-before-its-participle",
    ),
    pytest.param(
        "وسارع المعهد على تويتر بنفي أنه من المعارضين للاتفاق.",
        [Claim("indirect", "أنه من المعارضين للاتفاق", "المعهد", "المعهد")],
        id="a-verbal-noun-without-its-speaker-takes-the-clause-subject",
    ),
    pytest.param(
        "وقالت الوزارة إن الزيارة تأجلت. ولم تكشف الوزارة موعدها الجديد، غير أنها أكدت أن الوفد سيصل قريبا.",
        [Claim("indirect", "إن الزيارة تأجلت", "الوزارة", "الوزارة"),
         Claim("indirect", "أن الوفد سيصل قريبا", "أنها", "الوزارة")],
        id="a-negated-cue-does-not-reach-past-a-comma-for-its-complementizer",
    ),
    pytest.param(
        "أما صحيفة «الأيام» فكتبت أن «الحكومة تأخرت كثيرا».",
        [Claim("mixed", "أن «الحكومة تأخرت كثيرا»", "صحيفة «الأيام»", "صحيفة «الأيام»")],
        id="the-topic-after-amma-is-the-subject-of-the-verb-with-fa",
    ),
    pytest.param(
        "وقال الجيران إن الرجل حمل سكينا وهددهم بأنه سيقتلهم.",
        [Claim("indirect", "إن الرجل حمل سكينا وهددهم بأنه سيقتلهم", "الجيران", "الجيران"),
         Claim("indirect", "بأنه سيقتلهم", "الرجل", "الرجل")],
        id="a-threat-with-an-object-pronoun-is-a-cue",
    ),
    pytest.param(
        "ورجح مسؤول في الحكومة استقالة الوزير قريبا، لأنه \"فقد ثقة البرلمان\".",
        [Claim("mixed", "استقالة الوزير قريبا، لأنه \"فقد ثقة البرلمان\"", "مسؤول في الحكومة", "مسؤول في الحكومة")],
        id="a-quotation-inside-a-later-clause-does-not-open-the-content",
    ),
    pytest.param(
        "وحقق الإضراب تجاوبا لافتا في البلاد، فيما من المتوقع أن تنتهي الأزمة قريبا.",
        [],
        id="a-participle-after-an-indefinite-noun-is-an-adjective",
    ),
    pytest.param(
        "وفي تعليقاته للصحفيين، الثلاثاء، أوضح المتحدث أن موسكو تراقب الوضع، كما أكد أن موقف روسيا واضح.",
        [Claim("indirect", "أن موسكو تراقب الوضع", "المتحدث", "المتحدث"),
         Claim("indirect", "أن موقف روسيا واضح", "المتحدث", "المتحدث")],
        id="the-opening-verb-is-read-past-several-leading-adverbials",
    ),
    pytest.param(
        "وحذر الرئيس علي عبد الله صالح من حرب أهلية.",
        [Claim("indirect", "من حرب أهلية", "الرئيس علي عبد الله صالح", "علي عبد الله صالح")],
        id="a-name-after-a-title-is-not-the-object-of-a-warning",
    ),
    pytest.param(
        "وقال مسؤول أمريكي رفض الكشف عن اسمه إن واشنطن لن تتراجع.",
        [Claim("indirect", "إن واشنطن لن تتراجع", "مسؤول أمريكي", "مسؤول أمريكي")],
        id="refusing-to-be-named-with-a-past-verb-is-no-cue",
    ),
    pytest.param(
        "إلا أن الشركة «نفت بشدة» الاتهامات، وأوضحت أن منتجاتها آمنة.",
        [Claim("indirect", "الاتهامات", "الشركة", "الشركة"),
         Claim("indirect", "أن منتجاتها آمنة", "", "الشركة")],
        id="a-cue-in-scare-quotes-still-reports",
    ),
    pytest.param(
        "وظهر الرجل في المقطع وهو يتحدث عن الهجوم ملثما.",
        [],
        id="a-circumstantial-clause-with-wa-huwa-reports-nothing",
    ),
    pytest.param(
        "وتعارض دول المنطقة الاتفاق، وهي تعتبر أن إيران ستستفيد منه.",
        [Claim("indirect", "أن إيران ستستفيد منه", "وهي", "وهي")],
        id="wa-hiya-with-a-complementizer-still-reports",
    ),
    pytest.param(
        "وكانت شركات أوروبية قد أبدت اهتماما بالسوق، على غرار شركتي «رينو للسيارات» و«توتال».",
        [],
        id="expressing-interest-reports-nothing-and-quoted-names-later-open-nothing",
    ),
    pytest.param(
        "ووفق الإجراءات المعمول بها في الوزارة، يتعين على الموظفين تقديم طلباتهم مسبقا.",
        [],
        id="according-to-a-rule-is-no-attribution",
    ),
    pytest.param(
        "ووفقا للقانون، يحق للمتهم توكيل محام.",
        [],
        id="according-to-the-law-with-a-glued-la-is-no-attribution",
    ),
    pytest.param(
        "وقالت الشركة إن أسباب الحادث ما زالت غامضة، لكنها تلقت تقارير عن أعطال فنية.",
        [Claim("indirect", "إن أسباب الحادث ما زالت غامضة، لكنها تلقت تقارير عن أعطال فنية", "الشركة", "الشركة"),
         Claim("indirect", "عن أعطال فنية", "تقارير", "تقارير")],
        id="a-pronoun-after-a-comma-ends-the-content-only-before-its-own-verb",
    ),
    pytest.param(
        "وقال المدير إن المشروع سينتهي قريبا، داعيا الله أن يوفق العاملين فيه.",
        [Claim("indirect", "إن المشروع سينتهي قريبا", "المدير", "المدير")],
        id="a-prayer-is-no-report-but-ends-the-content-before-it",
    ),

    pytest.param(
        "ونفى رئيس البرلمان سامي حداد ما ذكره التقرير.",
        [Claim("indirect", "ما ذكره التقرير", "رئيس البرلمان سامي حداد", "سامي حداد")],
        id="title-then-name-before-an-object-is-the-subject",
    ),
    pytest.param(
        "انتقد المتحدث باسم الجيش، سامر نعيم، خطاب الوزير، إذ قال إن الخطاب \"مليء بالأكاذيب\".",
        [Claim("mixed", "إن الخطاب \"مليء بالأكاذيب\"", "المتحدث باسم الجيش، سامر نعيم",
               "سامر نعيم")],
        id="later-verb-without-subject-takes-the-opening-verbs-subject",
    ),
    pytest.param(
        "وقال الرئيس التركي ونظيره القطري إن العلاقات متينة. وأكد السفير القطري أن الدعم مستمر.",
        [Claim("indirect", "إن العلاقات متينة", "الرئيس التركي ونظيره القطري", "الرئيس التركي ونظيره القطري"),
         Claim("indirect", "أن الدعم مستمر", "السفير القطري", "السفير القطري")],
        id="a-different-office-is-a-different-person",
    ),
    pytest.param(
        "إلا أن موظفا، طلب عدم ذكر اسمه، قال: «لم نتلق رواتبنا منذ شهرين».",
        [Claim("direct", "«لم نتلق رواتبنا منذ شهرين»", "موظفا", "موظفا")],
        id="subject-before-an-unnamed-aside",
    ),
    pytest.param(
        "رغم تعهد الحكومة بخفض الأسعار.",
        [Claim("indirect", "بخفض الأسعار", "الحكومة", "الحكومة")],
        id="despite-before-a-verbal-noun-is-not-its-subject",
    ),
    pytest.param(
        "وجاءت الغارات بعيد تعهد الرئيسين \"برد قوي ومشترك\".",
        [Claim("direct", "\"برد قوي ومشترك\"", "الرئيسين", "الرئيسين")],
        id="verbal-noun-after-a-preposition-with-its-speaker-after-it",
    ),
    pytest.param(
        "وأضافت أنه صرخ في وجهها وقال لها إن المبنى سينهار.",
        [Claim("indirect", "أنه صرخ في وجهها وقال لها إن المبنى سينهار", "", ""),
         Claim("indirect", "إن المبنى سينهار", "", "")],
        id="nested-report-without-a-new-speaker-stays-in-the-content",
    ),
    pytest.param(
        "وقال الجيش إن طائرات من دون طيار قصفت المخزن.",
        [Claim("indirect", "إن طائرات من دون طيار قصفت المخزن", "الجيش", "الجيش")],
        id="unmanned-is-not-a-reporters-aside",
    ),
    pytest.param(
        "وقال الطبيب إن الوفاة طبيعية، أما الشرطة فأغلقت الملف.",
        [Claim("indirect", "إن الوفاة طبيعية", "الطبيب", "الطبيب")],
        id="amma-after-a-comma-opens-the-reporters-clause",  # (a past verb after its 'فـ'; a present or future
        # one goes on with the speaker's second point: tests/parse/test_arabic56.py)
    ),
    pytest.param(
        "أكد الوزير يوم الأحد مقتل المهاجم، بحسب وكالة رويترز.",
        [Claim("indirect", "أكد الوزير يوم الأحد مقتل المهاجم", "وكالة رويترز", "Reuters"),
         Claim("indirect", "مقتل المهاجم", "الوزير", "الوزير")],
        id="according-after-the-content-reports-the-whole-sentence",
    ),
    pytest.param(
        "وأكد مدير المستشفى سامر خليل أن الوضع مستقر. ثم نقلت وسائل إعلام عن خليل قوله إن الأدوية نفدت.",
        [Claim("indirect", "أن الوضع مستقر", "مدير المستشفى سامر خليل", "سامر خليل"),
         Claim("indirect", "إن الأدوية نفدت", "خليل", "سامر خليل")],
        id="a-short-name-reads-back-to-a-title-and-name",
    ),
    pytest.param(
        "وطلب المدير منه الخروج عند زيارة المشرفة للمبنى. وقالت المشرفة إن الطالب رفض الخروج.",
        [Claim("indirect", "إن الطالب رفض الخروج", "المشرفة", "المشرفة")],
        id="a-short-name-does-not-read-back-over-a-clause",
    ),
    pytest.param(
        "وقال المحافظ سامي حداد إن التقرير أظهر أن الوفاة طبيعية. وأضاف أن التحقيق انتهى.",
        [Claim("indirect", "إن التقرير أظهر أن الوفاة طبيعية", "المحافظ سامي حداد", "سامي حداد"),
         Claim("indirect", "أن الوفاة طبيعية", "التقرير", "التقرير"),
         Claim("indirect", "أن التحقيق انتهى", "", "سامي حداد")],
        id="a-speaker-inside-reported-words-is-not-the-next-implicit-subject",
    ),
    pytest.param(
        "وقالت البعثة إن قواتها انسحبت. وقال نائب إن الانسحاب جاء متأخرا.",
        [Claim("indirect", "إن قواتها انسحبت", "البعثة", "البعثة"),
         Claim("indirect", "إن الانسحاب جاء متأخرا", "نائب", "نائب")],
        id="an-indefinite-title-is-someone-new",
    ),
    pytest.param(
        "وشنت الشرطة حملة اعتقالات، وهو ما اعتبرته المعارضة \"تصعيدا خطيرا\".",
        [Claim("direct", "\"تصعيدا خطيرا\"", "المعارضة", "المعارضة")],
        id="cue-with-an-object-pronoun",
    ),
    pytest.param(
        "ويأتي حديث الوزير عن أن الأسعار ستنخفض بعد أسبوع من الاحتجاجات.",
        [Claim("indirect", "أن الأسعار ستنخفض بعد أسبوع من الاحتجاجات", "الوزير", "الوزير")],
        id="a-noun-of-speech-and-its-speaker",
    ),
    pytest.param(
        "وأدان النائب بشدة الهجوم ووصفه بأنه «عمل جبان».",
        [Claim("mixed", "بأنه «عمل جبان»", "النائب", "النائب")],
        id="condemning-an-object-is-no-claim-the-coordinated-description-is",
    ),
    pytest.param(
        "ندد الأمين العام للجامعة سامي حداد، الثلاثاء، بالقصف وطالب الحكومة باحترام السيادة.",
        [Claim("indirect", "الحكومة باحترام السيادة", "الأمين العام للجامعة سامي حداد",
               "سامي حداد")],
        id="a-verb-coordinated-mid-sentence-shares-the-subject-and-its-object-is-content",
    ),
    pytest.param(
        "وقالت الشرطة إن الحادث وقع ليلا وقال الضابط المسؤول - الذي رفض نشر اسمه - إن التحقيق مستمر.",
        [Claim("indirect", "إن الحادث وقع ليلا", "الشرطة", "الشرطة"),
         Claim("indirect", "إن التحقيق مستمر", "الضابط المسؤول", "الضابط المسؤول")],
        id="second-report-after-a-long-subject-ends-the-first-content",
    ),
    pytest.param(
        "ووصف الوزير الشاب مشروع القانون بأنه \"خطوة متسرعة\".",
        [Claim("mixed", "مشروع القانون بأنه \"خطوة متسرعة\"", "الوزير الشاب", "الوزير الشاب")],
        id="the-object-of-a-describing-verb-is-content",
    ),
    pytest.param(
        "وحذرت الصين مرارا اليابان من \"عواقب وخيمة\".",
        [Claim("mixed", "اليابان من \"عواقب وخيمة\"", "الصين", "الصين")],
        id="the-object-after-an-adverb-is-content",
    ),
    pytest.param(
        "كما وصف هذه الخطة بأنها غير واقعية.",
        [Claim("indirect", "هذه الخطة بأنها غير واقعية", "", "")],
        id="a-demonstrative-after-the-verb-is-the-object-not-the-subject",
    ),
    pytest.param(
        "وقال الوزير إن القرار خاطئ، متهما الإدارة بتجاهل مطالب العمال.",
        [Claim("indirect", "إن القرار خاطئ", "الوزير", "الوزير"),
         Claim("indirect", "الإدارة بتجاهل مطالب العمال", "", "الوزير")],
        id="the-object-of-an-accusing-participle-is-content",
    ),
    pytest.param(
        "وأكد موظفون لم تكشف أسماؤهم لصحيفة الوطن أن الرواتب تأخرت.",
        [Claim("indirect", "أن الرواتب تأخرت", "موظفون لم تكشف أسماؤهم", "موظفون لم تكشف أسماؤهم")],
        id="a-verb-inside-an-unnamed-source-phrase-is-no-cue",
    ),
    pytest.param(
        "وجاء في التقرير السنوي أن الصادرات تراجعت.",
        [Claim("indirect", "أن الصادرات تراجعت", "التقرير السنوي", "التقرير السنوي")],
        id="ja-a-fi-names-the-document-after-it",
    ),
    pytest.param(
        "وجاء في المرتبة الثانية فريق الوحدة.",
        [],
        id="ja-a-fi-without-a-complementizer-is-no-cue",
    ),
    pytest.param(
        "وأصدرت النقابة بيانا رسميا جاء فيه أن الإضراب سيستمر.",
        [Claim("indirect", "أن الإضراب سيستمر", "النقابة", "النقابة")],
        id="a-verb-pointing-back-to-a-document-is-the-issuers",
    ),
    pytest.param(
        "والنقابة اعتبرت أن الزيادة غير كافية.",
        [Claim("indirect", "أن الزيادة غير كافية", "النقابة", "النقابة")],
        id="a-conjunction-glued-to-a-subject-first-is-not-in-the-source",
    ),
    pytest.param(
        "أما النقابة فقد اعتبرت أن الزيادة غير كافية.",
        [Claim("indirect", "أن الزيادة غير كافية", "النقابة", "النقابة")],
        id="a-topic-marker-before-the-subject-is-not-in-the-source",
    ),
    pytest.param(
        "وقال المحلل إن البنوك مطالبة بخفض الفائدة.",
        [Claim("indirect", "إن البنوك مطالبة بخفض الفائدة", "المحلل", "المحلل")],
        id="a-participle-after-the-subject-of-that-is-a-predicate-not-a-cue",
    ),
    pytest.param(
        "ونفى المكتب الإعلامي لوزارة النقل ما تداولته الصفحات.",
        [Claim("indirect", "ما تداولته الصفحات", "المكتب الإعلامي لوزارة النقل", "المكتب الإعلامي لوزارة النقل")],
        id="a-genitive-with-li-goes-on-with-the-subject",
    ),
    pytest.param(
        "ونفت المتحدثة باسم البلدية سلمى حداد صحة تلك الروايات.",
        [Claim("indirect", "صحة تلك الروايات", "المتحدثة باسم البلدية سلمى حداد",
               "سلمى حداد")],
        id="the-name-after-a-title-ends-before-the-head-of-the-object",
    ),
    pytest.param(
        "ونفى المتحدث باسم الشرطة مازن علي صحة تلك الأنباء، مؤكدا أن الوضع هادئ.",
        [Claim("indirect", "صحة تلك الأنباء", "المتحدث باسم الشرطة مازن علي", "المتحدث باسم الشرطة مازن علي"),
         Claim("indirect", "أن الوضع هادئ", "", "المتحدث باسم الشرطة مازن علي")],
        id="a-comma-after-the-object-does-not-make-it-part-of-the-subject",
    ),
    pytest.param(
        "وقال مسؤول في وزارة الزراعة للصحيفة إن المحصول تضرر.",
        [Claim("indirect", "إن المحصول تضرر", "مسؤول في وزارة الزراعة", "مسؤول في وزارة الزراعة")],
        id="an-unnamed-source-goes-on-with-where-it-sits",
    ),
    pytest.param(
        "ونقلت الإذاعة عن مصدر بالشرطة المحلية قوله إن المحصول تضرر.",
        [Claim("indirect", "إن المحصول تضرر", "مصدر بالشرطة المحلية", "مصدر بالشرطة المحلية")],
        id="an-unnamed-source-keeps-a-glued-bi-affiliation",
    ),
    pytest.param(
        "وقالت مصادر في النقابة اليوم إن المحصول تضرر.",
        [Claim("indirect", "إن المحصول تضرر", "مصادر في النقابة", "مصادر في النقابة")],
        id="an-unnamed-source-affiliation-ends-at-a-time-word",
    ),
    pytest.param(
        "وأعلن أمس رئيس البلدية أن الطريق سيفتح.",
        [Claim("indirect", "أن الطريق سيفتح", "رئيس البلدية", "رئيس البلدية")],
        id="a-time-word-between-the-verb-and-its-subject-is-skipped",
    ),
    pytest.param(
        "وكانت البلدية قد أعلنت الشهر الماضي إغلاق الطريق.",
        [Claim("indirect", "إغلاق الطريق", "البلدية", "البلدية")],
        id="a-time-phrase-after-the-verb-is-neither-subject-nor-content",
    ),
    pytest.param(
        "وقال رئيس البلدية لرويترز \"الطريق سيفتح غدا\".",
        [Claim("direct", "\"الطريق سيفتح غدا\"", "رئيس البلدية", "رئيس البلدية")],
        id="an-outlet-glued-to-li-ends-the-subject-and-is-not-content",
    ),
    pytest.param(
        "وقال شاهد عيان فضل عدم الكشف عن هويته إن الانفجار هز الحي.",
        [Claim("indirect", "إن الانفجار هز الحي", "شاهد عيان", "شاهد عيان")],
        id="a-source-ends-before-an-unnamed-phrase-that-a-stop-word-would-cut",
    ),
    pytest.param(
        "وأكد موظف طلب عدم الكشف عن اسمه لوكالة رويترز أن الرواتب تأخرت.",
        [Claim("indirect", "أن الرواتب تأخرت", "موظف", "موظف")],
        id="asked-not-to-be-named-by-name-ends-the-source-too",
    ),
    pytest.param(
        "لكن الشركة المشغلة نفت وقوع أي تسرب، مؤكدة أن الخزانات سليمة.",
        [Claim("indirect", "وقوع أي تسرب", "الشركة المشغلة", "الشركة المشغلة"),
         Claim("indirect", "أن الخزانات سليمة", "", "الشركة المشغلة")],
        id="a-definite-subject-before-the-verb-after-a-connective-with-no-opener",
    ),
    pytest.param(
        "ونفت البلدية الاتهامات الموجهة إليها.",
        [Claim("indirect", "الاتهامات الموجهة إليها", "البلدية", "البلدية")],
        id="a-definite-feminine-plural-after-the-subject-is-the-object",
    ),
    pytest.param(
        "ونسبت الإذاعة إلى مصدر أمني قوله إن الحدود أغلقت.",
        [Claim("indirect", "إن الحدود أغلقت", "مصدر أمني", "مصدر أمني")],
        id="nasaba-ila-is-a-relay-like-naqala-an",
    ),
    pytest.param(
        "وقال الوزير إن الوضع خطير. واتهم المعارضة بالتحريض.",
        [Claim("indirect", "إن الوضع خطير", "الوزير", "الوزير"),
         Claim("indirect", "المعارضة بالتحريض", "", "الوزير")],
        id="a-verb-that-always-takes-an-object-carries-its-subject-over-one-word",
    ),
    pytest.param(
        "«سنعيد فتح المعبر غدا»، هكذا قال المحافظ للصحفيين.",
        [Claim("direct", "«سنعيد فتح المعبر غدا»", "المحافظ", "المحافظ")],
        id="a-quotation-opening-the-sentence-before-the-verb-is-the-content",
    ),
    pytest.param(
        "عمان - خاص\n«سنعيد فتح المعبر غدا»، قال المحافظ للصحفيين.\nوأضاف أن الشاحنات جاهزة.",
        [Claim("direct", "«سنعيد فتح المعبر غدا»", "المحافظ", "المحافظ"),
         Claim("indirect", "أن الشاحنات جاهزة", "", "المحافظ")],
        id="a-quotation-opening-a-line-after-a-dateline-is-the-content",
    ),
    pytest.param(
        "قال المزارعون إن المحصول تضرر، مشيرين إلى أن الخسائر كبيرة.",
        [Claim("indirect", "إن المحصول تضرر", "المزارعون", "المزارعون"),
         Claim("indirect", "أن الخسائر كبيرة", "", "المزارعون")],
        id="a-plural-participle-carries-the-plural-subject",
    ),
    pytest.param(
        "وأبلغ المحافظ الصحفيين أن الطريق سيفتح.",
        [Claim("indirect", "أن الطريق سيفتح", "المحافظ", "المحافظ")],
        id="a-definite-plural-addressee-after-a-one-word-subject-is-not-in-the-source",
    ),
    pytest.param(
        "وتساءلت النائبة: \"من يتحمل المسؤولية؟\"",
        [Claim("direct", "\"من يتحمل المسؤولية؟\"", "النائبة", "النائبة")],
        id="a-question-asked-is-reported",
    ),
    pytest.param(
        "وجاء على لسان المتحدث أن الحدود أغلقت.",
        [Claim("indirect", "أن الحدود أغلقت", "المتحدث", "المتحدث")],
        id="ja-a-ala-lisan-names-the-speaker-after-it",
    ),
    pytest.param(
        "الحدود أغلقت، على حد قول المتحدث.",
        [Claim("indirect", "الحدود أغلقت", "المتحدث", "المتحدث")],
        id="ala-hadd-qawl-is-an-according-phrase",
    ),
    pytest.param(
        "وطالب مزارعون محليون بتعويضات عن خسائرهم.",
        [Claim("indirect", "بتعويضات عن خسائرهم", "مزارعون محليون", "مزارعون محليون")],
        id="an-indefinite-subject-keeps-its-adjective",
    ),
    pytest.param(
        "ووصف نواب معارضون الموازنة بأنها منحازة.",
        [Claim("indirect", "الموازنة بأنها منحازة", "نواب معارضون", "نواب معارضون")],
        id="an-indefinite-subject-ends-before-a-definite-object",
    ),
    pytest.param(
        "وقالت القناة نقلا عن شهود عيان إن الحريق امتد إلى مبان مجاورة.",
        [Claim("indirect", "إن الحريق امتد إلى مبان مجاورة", "القناة", "القناة"),
         Claim("indirect", "إن الحريق امتد إلى مبان مجاورة", "شهود عيان", "شهود عيان")],
        id="a-relay-without-commas-ends-its-source-at-the-complementizer",
    ),
    pytest.param(
        "أكدت الهيئة العليا للانتخابات ضرورة تطبيق الشروط التي نصت عليها اللائحة.",
        [Claim("indirect", "ضرورة تطبيق الشروط التي نصت عليها اللائحة", "الهيئة العليا للانتخابات",
               "الهيئة العليا للانتخابات")],
        id="preposition-inside-a-relative-clause-opens-nothing",
    ),
    pytest.param(
        "وقال الوزير إن الدراسة التي أعدتها الجامعة في 2019 أظهرت أن المياه ملوثة.",
        [Claim("indirect", "إن الدراسة التي أعدتها الجامعة في 2019 أظهرت أن المياه ملوثة", "الوزير", "الوزير"),
         Claim("indirect", "أن المياه ملوثة", "الدراسة التي أعدتها الجامعة في 2019",
               "الدراسة التي أعدتها الجامعة في 2019")],
        id="subject-before-a-relative-clause-is-its-antecedent",
    ),
    pytest.param(
        "وكشفت وزارة الداخلية لوسائل الإعلام المحلية، أن المتهم اعتقل في منزله.",
        [Claim("indirect", "أن المتهم اعتقل في منزله", "وزارة الداخلية", "وزارة الداخلية")],
        id="media-addressee-ends-the-source",
    ),
    pytest.param(
        "وكان المجلس والحكومة قد نشرا بيانين يتحدثان فيهما عن اتفاق جديد.",
        [Claim("indirect", "عن اتفاق جديد", "المجلس والحكومة", "المجلس والحكومة")],
        id="subject-ends-before-qad-and-its-verb",
    ),
    pytest.param(
        "نفى المتحدث باسم وزارة النقل أحمد سالم ما تردد عن رفع الأسعار.",
        [Claim("indirect", "ما تردد عن رفع الأسعار", "المتحدث باسم وزارة النقل أحمد سالم",
               "أحمد سالم")],
        id="spokesman-of-a-construct-name-is-one-source",
    ),
    pytest.param(
        "واتهم الجيش السوداني قوات الدعم السريع بمنع وصول المساعدات.",
        [Claim("indirect", "قوات الدعم السريع بمنع وصول المساعدات", "الجيش السوداني", "الجيش السوداني")],
        id="known-name-after-the-subject-is-the-accused",
    ),
    pytest.param(
        "وحذر مكتب تنسيق الشؤون الإنسانية (أوتشا) من أن الوضع يتدهور.",
        [Claim("indirect", "أن الوضع يتدهور", "مكتب تنسيق الشؤون الإنسانية (أوتشا)", "OCHA")],
        id="acronym-in-brackets-belongs-to-the-name",
    ),
    pytest.param(
        "وقال الوزير (في إشارة إلى المعارضة) إن الحوار متوقف.",
        [Claim("indirect", "إن الحوار متوقف", "الوزير", "الوزير")],
        id="aside-in-brackets-ends-the-source",
    ),
    pytest.param(
        "في المقابل، انتقد خبراء اقتصاديون القرار، معتبرين أنه سيزيد الأعباء.",
        [Claim("indirect", "أنه سيزيد الأعباء", "خبراء اقتصاديون", "خبراء اقتصاديون")],
        id="definite-word-after-an-unnamed-group-is-the-object",
    ),
    pytest.param(
        "أعلن البنك المركزي، الأحد، رفع سعر الفائدة، في خطوة قال إنها تحمي العملة.",
        [Claim("indirect", "رفع سعر الفائدة", "البنك المركزي", "البنك المركزي"),
         Claim("indirect", "إنها تحمي العملة", "", "البنك المركزي")],  # (the bank carried over, not written)
        id="noun-after-a-preposition-is-not-the-speaker",
    ),
    pytest.param(
        "وأدانت الأمم المتحدة الهجوم، مؤكدة أن استهداف المدنيين جريمة حرب.",
        [Claim("indirect", "أن استهداف المدنيين جريمة حرب", "الأمم المتحدة", "United Nations")],
        id="known-name-opening-the-sentence-ends-before-its-object",
    ),
    pytest.param(
        "في حين اعتبر المرشد الإيراني علي خامنئي أن الغرب لا يوثق به.",
        [Claim("indirect", "أن الغرب لا يوثق به", "المرشد الإيراني علي خامنئي", "Ali Khamenei")],
        id="title-then-known-person-is-one-source",
    ),
    pytest.param(
        "أكدت مصادر مطلعة لـ\"العربية.نت\" أن الحكومة ستعقد جلسة طارئة غدا.",
        [Claim("indirect", "أن الحكومة ستعقد جلسة طارئة غدا", "مصادر مطلعة", "مصادر مطلعة")],
        id="full-stop-inside-a-site-name-ends-nothing",
    ),
    pytest.param(
        "وعلق أستاذ الاقتصاد بجامعة القاهرة، الدكتور علي الإدريسي، على التقرير قائلا إن الأرقام \"متوقعة\".",
        [Claim("mixed", "إن الأرقام \"متوقعة\"", "أستاذ الاقتصاد بجامعة القاهرة، الدكتور علي الإدريسي",
               "علي الإدريسي")],
        id="verb-naming-a-topic-lends-its-subject-to-the-participle",
    ),
    pytest.param(
        "غير أن نوابا معارضين شككوا في جدية الحكومة، معتبرين أن الوعود تتكرر.",
        [Claim("indirect", "أن الوعود تتكرر", "نوابا معارضين", "نوابا معارضين")],
        id="participle-after-a-subject-first-clause-takes-that-subject",
    ),
    pytest.param(
        "لكن المعارضة رفضت الخطة، معتبرة أنها غير واقعية.",
        [Claim("indirect", "أنها غير واقعية", "المعارضة", "المعارضة")],
        id="participle-after-a-definite-subject-and-its-verb",
    ),
    pytest.param(
        "نفت الوزارة وجود أي نقص، مؤكدة أن المخزون كاف.",
        [Claim("indirect", "وجود أي نقص", "الوزارة", "الوزارة"),
         Claim("indirect", "أن المخزون كاف", "", "الوزارة")],
        id="object-before-a-participle-is-the-whole-noun-phrase",
    ),
    pytest.param(
        "ورفضت الحكومة مطالب المحتجين، مؤكدة أنها غير واقعية.",
        [Claim("indirect", "أنها غير واقعية", "الحكومة", "الحكومة")],
        id="object-of-the-opening-verb-is-not-the-participles-subject",
    ),
    pytest.param(
        "وذكرت تقارير إعلامية محلية أن عدد القتلى ارتفع إلى 15.",
        [Claim("indirect", "أن عدد القتلى ارتفع إلى 15", "تقارير إعلامية محلية", "تقارير إعلامية محلية")],
        id="report-noun-opening-nothing-is-the-verbs-subject",
    ),
    pytest.param(
        "وفي حين أكدت الحكومة أن الأزمة انتهت، خرج آلاف المحتجين إلى الشوارع.",
        [Claim("indirect", "أن الأزمة انتهت", "الحكومة", "الحكومة")],
        id="content-in-a-subordinate-clause-ends-at-its-comma",
    ),
    pytest.param(
        "وكانت صحيفة \"واشنطن بوست\" قد ذكرت الأسبوع الماضي أن الإدارة تدرس خيارات عدة.",
        [Claim("indirect", "أن الإدارة تدرس خيارات عدة", "صحيفة \"واشنطن بوست\"", "The Washington Post")],
        id="medium-name-in-quotation-marks-before-the-verb",
    ),
    pytest.param(
        "وأوضح بيان صادر عن وزارة الدفاع أن القوات تتعامل بحزم مع مصادر النيران.",
        [Claim("indirect", "أن القوات تتعامل بحزم مع مصادر النيران", "بيان صادر عن وزارة الدفاع",
               "بيان صادر عن وزارة الدفاع")],
        id="statement-and-its-issuer-are-one-source",
    ),
    pytest.param(
        "وقتل المنفذ، والذي كشفت الشرطة أنه شاب في العشرين، برصاص الأمن.",
        [Claim("indirect", "أنه شاب في العشرين", "الشرطة", "الشرطة")],
        id="relative-aside-after-a-glued-conjunction-closes-at-its-comma",
    ),
    pytest.param(
        "وكان رئيس الحكومة قد استهل كلمته بالتأكيد على أن البلاد تمر بمرحلة دقيقة.",
        [Claim("indirect", "أن البلاد تمر بمرحلة دقيقة", "رئيس الحكومة", "رئيس الحكومة")],
        id="glued-masdar-reports-for-the-verbs-subject",
    ),
    pytest.param(
        "ورد عليه زعيم المعارضة بالقول إن الحكومة فشلت.",
        [Claim("indirect", "إن الحكومة فشلت", "زعيم المعارضة", "زعيم المعارضة")],
        id="answer-by-saying-after-a-pronoun-object",
    ),
    pytest.param(
        "أعلنت وزارة الداخلية، في بلاغ لها، إيقاف ثلاثة مشتبه بهم.",
        [Claim("indirect", "إيقاف ثلاثة مشتبه بهم", "وزارة الداخلية", "وزارة الداخلية")],
        id="adverbial-between-commas-is-not-the-object",
    ),
    pytest.param(
        "وبين الوزير في حديثه للصحفيين أن الوزارة أعدت خطة بديلة.",
        [Claim("indirect", "أن الوزارة أعدت خطة بديلة", "الوزير", "الوزير")],
        id="clause-opening-wa-bayyana-with-a-complementizer-reports",
    ),
    pytest.param(
        "وبين \"الغازات السامة\" و\"الأسلحة التقليدية\" فرق كبير.",
        [],
        id="between-before-quoted-names-reports-nothing",
    ),
    pytest.param(
        "من ناحيته، تساءل النائب سعد الهاشمي عن \"جدوى هذه القرارات\".",
        [Claim("mixed", "عن \"جدوى هذه القرارات\"", "النائب سعد الهاشمي", "سعد الهاشمي")],
        id="question-about-a-quoted-phrase-keeps-its-preposition",
    ),
    pytest.param(
        "وقتل المهاجم، والذي كشفت هويته على أنه شاب في العشرين، برصاص الشرطة.",
        [],
        id="identity-revealed-is-a-passive-not-a-report",
    ),
    pytest.param(
        "ونفت الوزارة في بيان لها صحة الأنباء عن إغلاق المدارس.",
        [Claim("indirect", "صحة الأنباء عن إغلاق المدارس", "الوزارة", "الوزارة")],
        id="statement-phrase-before-the-object-is-not-content",
    ),
    pytest.param(
        "ونفى الوزير في تصريحات صحفية الاتهامات.",
        [Claim("indirect", "الاتهامات", "الوزير", "الوزير")],
        id="statement-phrase-with-its-adjective-before-a-short-object",
    ),
    pytest.param(
        "ووصف زعيم المعارضة الإصلاحات بأنها مسكنات مؤقتة.",
        [Claim("indirect", "الإصلاحات بأنها مسكنات مؤقتة", "زعيم المعارضة", "زعيم المعارضة")],
        id="definite-object-after-a-construct-subject-is-content",
    ),
    pytest.param(
        "ودعا البنك المركزي المصارف إلى خفض أسعار الفائدة.",
        [Claim("indirect", "المصارف إلى خفض أسعار الفائدة", "البنك المركزي", "البنك المركزي")],
        id="addressee-before-the-introducer-is-not-the-source",
    ),
    pytest.param(
        "ودعا نائب الأمين العام إلى ضبط النفس.",
        [Claim("indirect", "ضبط النفس", "نائب الأمين العام", "نائب الأمين العام")],
        id="common-adjective-ends-the-subject-not-an-object",
    ),
    pytest.param(
        "ونشرت الجمعية على موقعها صورا قالت إنها لضحايا القصف.",
        [Claim("indirect", "إنها لضحايا القصف", "الجمعية", "الجمعية")],
        id="cue-describing-an-indefinite-object-speaks-for-the-clause-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AR_CASES)
def test_arabic_frames(text: str, expected: list[Claim]) -> None:
    assert claims(text, "ar") == expected


def test_according_to_with_conduits_names_the_outlets() -> None:
    result = parse("ووفقا لمسؤولين لم تذكر أسماءهم نقلتهم رويترز وسي إن إن، تدرس الحكومة خطة جديدة.", "ar")
    [claim] = result.attributions
    assert claim.content.text == "تدرس الحكومة خطة جديدة"
    assert claim.source_text.startswith("مسؤولين")
    assert claim.anonymous is True
    assert claim.conduits == ("Reuters", "CNN")


def test_according_to_at_the_end_reports_the_whole_clause() -> None:
    text = "ستبدأ المفاوضات الأسبوع المقبل، بحسب مصادر دبلوماسية."
    [claim] = parse(text, "ar").attributions
    assert claim.content.text == "ستبدأ المفاوضات الأسبوع المقبل"
    assert claim.source_text == "مصادر دبلوماسية"
    assert claim.anonymous


def test_relay_names_the_outlet_as_conduit_and_the_speaker_as_source() -> None:
    text = "ونقلت وكالة رويترز عن مسؤول أمني قوله إن الهجوم أحبط."
    [claim] = parse(text, "ar").attributions
    assert claim.source_text == "مسؤول أمني"
    assert claim.content.text == "إن الهجوم أحبط"
    assert claim.conduits == ("Reuters",)


def test_known_names_resolve_to_the_registry() -> None:
    [claim] = parse("وذكرت رويترز أن الاجتماع تأجل.", "ar").attributions
    assert claim.source_canonical == "Reuters"


def test_short_mention_and_title_resolve_to_the_full_name() -> None:
    text = ("قال رئيس الوزراء محمد شياع السوداني إن القوات ستنسحب. "
            "وأكد السوداني أن القرار نهائي. وقال الزعيم إن الحوار مستمر.")
    canon = [a.source_canonical for a in parse(text, "ar").attributions]
    assert len(canon) == 3
    assert len(set(canon)) == 1


def test_implicit_subject_resolves_to_the_previous_speaker() -> None:
    text = "قال المتحدث باسم الجيش إن العملية انتهت. وأضاف أن الخسائر محدودة."
    first, second = parse(text, "ar").attributions
    assert second.source is None
    assert second.source_canonical == first.source_canonical


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ارتفعت الأسعار، مما يشير إلى أن التضخم مستمر.", id="relative-clause-verb"),
        pytest.param("اقرأ المزيد: قال الوزير إن الاجتماع انتهى", id="read-more-link"),
        pytest.param("استمع الجمهور إلى أغنية \"الرجل الصاروخ\" مساء أمس.", id="quoted-title"),
        pytest.param("الولايات المتحدة | العراق | الانسحاب | التفاوض", id="tag-line"),
    ],
)
def test_arabic_non_attributions(text: str) -> None:
    assert parse(text, "ar").attributions == ()


@pytest.mark.parametrize("mention", ["منتقدو الحكومة", "تلك المصادر", "وسائل إعلام محلية", "جماعات حقوقية",
                                     "منظمات حقوقية", "مختصون", "فعاليات مدنية", "أوساط سياسية", "طلبة"])
def test_unnamed_groups_are_anonymous(mention: str) -> None:
    [claim] = parse(f"وقالت {mention} إن القرار خاطئ.", "ar").attributions
    assert claim.source_text == mention
    assert claim.anonymous


@pytest.mark.parametrize("mention", ["الخبير الاقتصادي سمير حداد", "الناشط الحقوقي سامر خليل"])
def test_an_unnamed_source_noun_before_a_name_is_a_title_not_anonymity(mention: str) -> None:
    [claim] = parse(f"وقال {mention} إن القرار خاطئ.", "ar").attributions
    assert claim.source_text == mention
    assert not claim.anonymous


@pytest.mark.parametrize("text", [
    "وقالت وكالة رويترز نقلا عن مصادر مطلعة إن المحادثات تعثرت.",
    "وذكرت وكالة رويترز، نقلا عن مصادر مطلعة، أن المحادثات تعثرت.",
])
def test_the_outlet_that_relays_unnamed_sources_is_their_conduit(text: str) -> None:
    outlet, relayed = parse(text, "ar").attributions
    assert outlet.source_canonical == "Reuters"
    assert relayed.source_text == "مصادر مطلعة"
    assert relayed.conduits == ("Reuters",)


def test_a_definite_head_noun_alone_refers_back_to_the_named_body() -> None:
    text = "أعلنت وزارة النقل أن الطريق أغلق. وأضافت الوزارة أن الإصلاحات ستستغرق أسبوعا."
    first, second = parse(text, "ar").attributions
    assert second.source_text == "الوزارة"
    assert second.source_canonical == first.source_canonical == "وزارة النقل"


def test_a_document_alone_refers_to_its_issuer_and_a_paper_alone_to_the_outlet() -> None:
    text = ("أصدرت النقابة بيانا جاء فيه أن الإضراب سيستمر. وأوضح البيان أن المفاوضات متعثرة. "
            "ونقلت صحيفة الشرق الأوسط عن مصدر قوله إن الحكومة سترد. وبحسب الصحيفة، فإن الرد سيكون مكتوبا.")
    canon = {a.source_text: a.source_canonical for a in parse(text, "ar").attributions}
    assert canon["البيان"] == "النقابة"
    assert canon["الصحيفة"] == "Asharq Al-Awsat"


def test_a_body_named_in_a_title_is_not_the_persons_name() -> None:
    text = ("أعلنت نقابة المعلمين أن الإضراب مستمر. وقال الأمين العام للنقابة سامي حداد إن الحوار متوقف. "
            "وأكدت النقابة أن مطالبها مشروعة.")
    union, secretary, again = parse(text, "ar").attributions
    assert secretary.source_canonical != union.source_canonical
    assert again.source_canonical == union.source_canonical


@pytest.mark.parametrize(("text", "outlet"), [
    ("وقال المدير في تصريح لـ\"العربية\" إن الفرق تبحث.", "Al Arabiya"),
    ("وقال المدير لـ«الوطن» إن الفرق تبحث.", "الوطن"),
    ("وقال المدير لموقع \"أخبار البلد\" إن الفرق تبحث.", "أخبار البلد"),
])
def test_a_quoted_name_after_li_is_the_outlet(text: str, outlet: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.source_text == "المدير"
    assert claim.conduits == (outlet,)


def test_an_interview_named_before_the_verb_gives_the_conduit() -> None:
    [claim] = parse("وفي مقابلة مع وكالة رويترز، اعتبر الوزير أن الخطة ناجحة.", "ar").attributions
    assert claim.source_text == "الوزير"
    assert claim.conduits == ("Reuters",)


def test_a_connective_opening_the_sentence_is_not_part_of_an_according_content() -> None:
    text = "في حين كشف المحافظ يوم الأحد اسم المهاجم، بحسب وكالة رويترز."
    claims = parse(text, "ar").attributions
    according = next(c for c in claims if c.source_canonical == "Reuters")
    assert according.content.text == "كشف المحافظ يوم الأحد اسم المهاجم"


def test_an_adverbial_phrase_after_the_opening_verb_ends_its_subject() -> None:
    """'وندد الوزير بصوت عال بالغارات، قائلا إن …': the participle's speaker is the minister, not 'الوزير بصوت عال'."""
    found = claims("وندد الوزير بصوت عال بالغارات الجوية على المدينة، قائلا إنها تهدد الاستقرار.", "ar")
    assert [(c.content, c.source) for c in found] == [("إنها تهدد الاستقرار", "الوزير")]


def test_an_according_source_ends_before_its_relative_clause() -> None:
    """'بحسب وكالة الأنباء الرسمية التي نقلت عن …': the agency, not the agency and what it did."""
    found = claims("قتل عشرة أشخاص في القصف، بحسب وكالة الأنباء الرسمية التي نقلت عن مصدر عسكري تفاصيل الهجوم.", "ar")
    assert [(c.content, c.source) for c in found] == [("قتل عشرة أشخاص في القصف", "وكالة الأنباء الرسمية")]


@pytest.mark.parametrize(("text", "lang"), [
    ("وقالت نقابة الصيادلة إن الأزمة تعود إلى سعر الدولار.", "ar"),
    ("The teachers union said that the strike would go on.", "en"),
])
def test_source_named_by_a_body_is_an_organization(text: str, lang: str) -> None:
    assert [a.source_type for a in parse(text, lang).attributions] == ["organization"]


def test_a_verb_of_seeing_without_a_complementizer_reports_nothing() -> None:
    """'إنه رأى دبابات تدخل البلدة': he saw tanks; 'رأى أن' (he held that) is the stance verb."""
    found = claims("وقال شاهد إنه رأى دبابات تدخل البلدة فجرا. ورأت المعارضة أن الانتخابات مزورة.", "ar")
    assert [(c.content, c.source) for c in found] == [
        ("إنه رأى دبابات تدخل البلدة فجرا", "شاهد"), ("أن الانتخابات مزورة", "المعارضة")]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال شاهد عيان يدعى أحمد لرويترز إنه رأى الدبابات.", [("إنه رأى الدبابات", "شاهد عيان يدعى أحمد")]),
    ("وكان المتهم يدعى أن الشرطة عذبته.", [("أن الشرطة عذبته", "المتهم")]),
])
def test_a_present_cue_spelled_with_final_alif_maqsura_is_passive_unless_that_follows(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == expected


def test_an_interview_phrase_set_off_by_commas_is_the_occasion_not_a_second_claim() -> None:
    text = "واعتبر المحلل السياسي عبد الله الشايجي، في حديث للجزيرة نت، أن الموقف الخليجي بات أوضح."
    found = claims(text, "ar")
    assert [(c.content, c.source) for c in found] == [
        ("أن الموقف الخليجي بات أوضح", "المحلل السياسي عبد الله الشايجي")]


@pytest.mark.parametrize(("text", "expected"), [
    ("ولم يستبعد وزير المالية أن تلجأ الحكومة إلى الاقتراض.", [("أن تلجأ الحكومة إلى الاقتراض", "وزير المالية")]),
    ("وقال إن اللجنة استبعدت ثلاثة مرشحين من السباق.", [("إن اللجنة استبعدت ثلاثة مرشحين من السباق", "")]),
])
def test_ruling_out_reports_only_with_a_complementizer(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == expected


@pytest.mark.parametrize("text", [
    "\"لا نعرف إلى متى سنصمد\"، تقول فاطمة، وهي أم لخمسة أطفال.",
    "«لا نعرف إلى متى سنصمد»، يقول أحمد الذي فقد منزله.",
])
def test_a_quotation_before_a_present_tense_verb_is_what_the_subject_after_it_says(text: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.kind == "direct"
    assert claim.content.text.strip("\"«»") == "لا نعرف إلى متى سنصمد"
    assert claim.source_text in ("فاطمة", "أحمد")


@pytest.mark.parametrize("text", [
    "واتهم الجيش الحركة بتنفيذ الهجوم، وهو ما نفته الحركة.",
    "واتهم الجيش الحركة بتنفيذ الهجوم، الأمر الذي نفته الحركة في بيان.",
])
def test_a_denial_pointing_back_at_the_clause_before_reports_that_clause(text: str) -> None:
    found = claims(text, "ar")
    assert ("واتهم الجيش الحركة بتنفيذ الهجوم", "الحركة") in [(c.content, c.source) for c in found]
    assert ("الحركة بتنفيذ الهجوم", "الجيش") in [(c.content, c.source) for c in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("ووصف الوزير الاتفاق بأنه تاريخي.", ("الاتفاق بأنه تاريخي", "الوزير")),
    ("واتهمت القوات المسلحة الحركة بتنفيذ الهجوم.", ("الحركة بتنفيذ الهجوم", "القوات المسلحة")),
    ("واتهمت القوات المسلحة بتنفيذ الهجوم.", ("بتنفيذ الهجوم", "القوات المسلحة")),
])
def test_a_definite_noun_after_a_two_word_subject_is_the_object(text: str, expected: tuple[str, str]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == [expected]


@pytest.mark.parametrize(("text", "source"), [
    ("وقال رئيس لجنة التحقيق البرلمانية في سقوط الموصل حاكم الزاملي إن التقرير جاهز.",
     "رئيس لجنة التحقيق البرلمانية في سقوط الموصل حاكم الزاملي"),
    ("وقالت وزيرة التعليم في جنوب أفريقيا إن المدارس ستفتح.", "وزيرة التعليم في جنوب أفريقيا"),
    ("وقال الباحث في معهد واشنطن ديفيد شنكر إن الإدارة مترددة.", "الباحث في معهد واشنطن ديفيد شنكر"),
    ("وقال الرئيس في الاجتماع إن البلاد تمر بأزمة.", "الرئيس"),
    ("وقال الوزير في حديثه للصحفيين إن الموازنة جاهزة.", "الوزير"),
])
def test_a_title_goes_on_with_its_workplace_and_name_but_not_with_an_occasion(text: str, source: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.source_text == source


def test_a_researcher_named_with_a_place_in_his_institute_is_a_person() -> None:
    [claim] = parse("وقال الباحث في معهد واشنطن ديفيد شنكر إن الإدارة مترددة.", "ar").attributions
    assert claim.source_type == "person"


def test_a_name_of_five_words_set_off_by_commas_belongs_to_the_title_before_it() -> None:
    text = "وأكد السفير القطري في تركيا، سالم بن مبارك آل شافي، على الدور الذي تلعبه تركيا."
    [claim] = parse(text, "ar").attributions
    assert claim.source_text == "السفير القطري في تركيا، سالم بن مبارك آل شافي"


@pytest.mark.parametrize(("text", "source"), [
    ("\"نحن لا نستهدف المدنيين\"، هكذا ختم المتحدث العسكري كلمته أمام الصحفيين.", "المتحدث العسكري"),
    ("«سننتصر»، هكذا اختتمت الوزيرة خطابها.", "الوزيرة"),
])
def test_a_quotation_before_closing_a_speech_is_the_speakers_and_the_speech_is_not(text: str, source: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.kind, claim.source_text) == ("direct", source)


def test_closing_a_visit_reports_nothing() -> None:
    assert parse("وختم الرئيس زيارته إلى فرنسا أمس.", "ar").attributions == ()


@pytest.mark.parametrize(("text", "source"), [
    ("وبثت وكالة \"أعماق\" التابعة للتنظيم فيديو زعمت أنه يظهر لحظة الهجوم.", "وكالة \"أعماق\" التابعة للتنظيم"),
    ("وقالت صحيفة \"الغارديان\" البريطانية إن الحكومة تدرس العقوبات.", "صحيفة \"الغارديان\" البريطانية"),
    ("وقال مصدر دبلوماسي غربي للصحيفة إن الاجتماع قد يعقد في جنيف.", "مصدر دبلوماسي غربي"),
    ("وقال المدير العام للوكالة رافائيل غروسي إن التفتيش مستمر.", "المدير العام للوكالة رافائيل غروسي"),
])
def test_a_name_in_quotation_marks_stays_in_the_source_and_the_paper_told_does_not(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "ar")] == [source]


@pytest.mark.parametrize("second", [
    "ولفت إلى أن القاهرة تتواصل مع الجميع.",
    "ورأى أن القاهرة تتواصل مع الجميع.",
    "وزاد أن القاهرة تتواصل مع الجميع.",
])
def test_a_past_tense_verb_without_subject_goes_on_with_the_last_speaker(second: str) -> None:
    first, then = parse("وقال الوزير إن الوضع مستقر. " + second, "ar").attributions
    assert then.source_canonical == first.source_canonical == "الوزير"


def test_an_impersonal_present_tense_reports_no_one() -> None:
    assert len(parse("وقال الوزير إن الوضع مستقر. ويتوقع أن تتدخل القاهرة.", "ar").attributions) == 1


def test_according_to_what_appeared_in_a_statement_names_the_statement() -> None:
    text = "وأبدى الاتحاد الأوروبي استعداده لدعم العملية، بحسب ما جاء في بيان لمفوض السياسة الخارجية جوزيب بوريل."
    [claim] = parse(text, "ar").attributions
    assert claim.source_text == "بيان لمفوض السياسة الخارجية جوزيب بوريل"
    assert claim.cue is not None and claim.cue.text == "بحسب ما جاء في"


@pytest.mark.parametrize(("text", "expected"), [
    ("ووصفت واشنطن الاتفاق بأنه تاريخي.", ("الاتفاق بأنه تاريخي", "واشنطن")),
    ("وقد اعتبرت دمشق الاتهامات الموجهة لها \"اسطوانة مملة\".", ("الاتهامات الموجهة لها \"اسطوانة مملة\"", "دمشق")),
])
def test_a_capital_standing_for_its_government_is_the_whole_subject(text: str, expected: tuple[str, str]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == [expected]


def test_a_recording_published_by_an_agency_is_described_by_the_agency() -> None:
    text = "بثت وكالة أنباء \"أعماق\" التابعة للتنظيم فيديو زعمت أنه لمنفذ الهجوم."
    assert [c.source for c in claims(text, "ar")] == ["وكالة أنباء \"أعماق\" التابعة للتنظيم"]


def test_renewing_an_emphasis_reports_for_the_last_speaker_and_ends_his_earlier_content() -> None:
    text = ("وقال السفير إن المواطنين توجهوا إلى محلات الصرافة، بهدف دعم العملة، "
            "كما جدد أيضا التأكيد على \"الموقف الثابت\" لبلاده.")
    said, renewed = claims(text, "ar")
    assert said.content == "إن المواطنين توجهوا إلى محلات الصرافة، بهدف دعم العملة"
    assert (renewed.content, renewed.canonical) == ("على \"الموقف الثابت\" لبلاده", "السفير")


def test_renewing_trust_or_a_mandate_reports_nothing() -> None:
    assert parse("وجدد البرلمان الثقة في الحكومة.", "ar").attributions == ()


def test_a_short_name_in_quotation_marks_after_a_glued_title_noun_does_not_make_a_claim_mixed() -> None:
    [claim] = parse("وأضاف أن الرياض تدعم الحل السلمي وفقا لبنود «جنيف1» التي تركز على المؤسسات.", "ar").attributions
    assert claim.kind == "indirect"


@pytest.mark.parametrize(("text", "n"), [
    ("ورأت تلك المصادر أن استخدام ترامب للهاتف الخلوي يشير إلى تراجع نفوذ كبير الموظفين.", 1),
    ("وقالت الصحيفة إن الوزير يشير إلى أن الحكومة ستستقيل.", 2),
    ("وأضاف المصدر أن المملكة تدعو جميع الأطراف إلى الحوار.", 2),
])
def test_a_thing_that_indicates_inside_a_content_reports_nothing(text: str, n: int) -> None:
    assert len(parse(text, "ar").attributions) == n


@pytest.mark.parametrize(("text", "source"), [
    ("ونوه رئيس مجلس النواب نبيه بري بصمود الأهالي.", "رئيس مجلس النواب نبيه بري"),
    ("وأكدت الحكومة موافقتها على الخطة الجديدة.", "الحكومة"),
    ("وقال رئيس التحالف المنتهية ولايته جون نيكلسون إن التنظيم يتوسع.", "رئيس التحالف المنتهية ولايته جون نيكلسون"),
])
def test_an_indefinite_title_keeps_its_genitive_and_a_possessed_noun_ends_the_subject(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "ar")] == [source]


def test_whom_a_speaker_told_is_never_the_subject() -> None:
    text = "وكان المبعوث قد زار بيروت، حيث أكد للمسؤولين اللبنانيين أن واشنطن تعمل على منع الحرب."
    assert [c.source for c in claims(text, "ar")] == ["المبعوث"]


def test_ali_after_a_kunya_is_a_name_not_a_preposition() -> None:
    text = "ويقول أبو علي، وهو صاحب متجر في صور، لـ\"بي بي سي\": \"أغلقت المحل منذ أسبوع\"."
    assert [c.source for c in claims(text, "ar")] == ["أبو علي"]


@pytest.mark.parametrize(("text", "content"), [
    ("ونقل السفير تحيات الرئيس، مؤكدا حرص بلاده على تعزيز الشراكة.", "حرص بلاده على تعزيز الشراكة"),
    ("وقال الوزير إن الوضع مستقر، مشيرا في الوقت نفسه إلى أن الخطر قائم.", "أن الخطر قائم"),
])
def test_a_participles_object_before_its_preposition_is_part_of_the_content(text: str, content: str) -> None:
    assert claims(text, "ar")[-1].content == content


def test_an_honorific_pronoun_refers_back_to_the_dignitary() -> None:
    text = ("أكد الأمير فيصل بن فرحان وزير الخارجية أن المملكة تدعم جهود السلام. "
            "وأوضح سموه أن العلاقات بين البلدين تشهد تطورا ملحوظا.")
    first, second = parse(text, "ar").attributions
    assert second.source_text == "سموه"
    assert second.source_canonical == first.source_canonical


def test_according_to_an_outlet_relaying_a_source_names_the_source_with_the_outlet_as_conduit() -> None:
    text = "استهدف التحالف مواقع عسكرية في دير الزور، حسبما نقلت وكالة الأنباء الرسمية (سانا) عن مصدر عسكري."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.conduits, claim.anonymous) == ("مصدر عسكري", ("SANA",), True)


def test_a_resumed_clause_leaves_out_the_opening_aside() -> None:
    text = "من جهتها، اتهمت الحكومة قوات الدعم السريع بالوقوف وراء الهجوم، وهو ما نفته القوات في بيان."
    denial = next(c for c in claims(text, "ar") if c.source == "القوات")
    assert denial.content == "اتهمت الحكومة قوات الدعم السريع بالوقوف وراء الهجوم"


@pytest.mark.parametrize(("text", "kind"), [
    ("وبحسب تقديرات الأمم المتحدة، نزح أكثر من عشرة ملايين سوداني.", "document"),
    ("أما وكالة فيتش للتصنيف الائتماني فقد أبقت على تصنيفها، مشيرة إلى قوة المركز المالي.", "organization"),
])
def test_estimates_are_documents_and_an_agency_is_an_organization(text: str, kind: str) -> None:
    assert [a.source_type for a in parse(text, "ar").attributions] == [kind]


def test_a_participle_after_conveying_greetings_speaks_for_the_clause_subject() -> None:
    text = "ونقل السفير الفرنسي تحيات الرئيس إلى القيادة السعودية، مؤكدا حرص بلاده على تعزيز الشراكة."
    [claim] = claims(text, "ar")
    assert (claim.source, claim.content) == ("السفير الفرنسي", "حرص بلاده على تعزيز الشراكة")


def test_a_relay_with_its_preposition_still_leaves_the_participle_to_the_relayed_source() -> None:
    text = "ونقلت وكالة رويترز عن مسؤول قوله إن الاتفاق قريب، مضيفا أن التوقيع سيتم الأسبوع المقبل."
    first, second = parse(text, "ar").attributions
    assert second.source_canonical == first.source_canonical == "مسؤول"


def test_a_bare_title_refers_back_to_the_holder_of_that_title_not_to_the_last_speaker() -> None:
    text = ("وأكد وزير التربية والتعليم أن العام الدراسي سيبدأ في موعده. "
            "وتساءل النائب محمد الحلبوسي عن جدوى القرار. وبين الوزير أن الوزارة أعدت خطة بديلة.")
    minister, _, again = parse(text, "ar").attributions
    assert again.source_canonical == minister.source_canonical == "وزير التربية والتعليم"


def test_a_bare_title_does_not_refer_back_to_someone_with_another_title() -> None:
    text = ("وكتب زعيم التيار مقتدى الصدر: \"على الجميع تغليب مصلحة الوطن\". "
            "واعتبر النائب أن الحكومة تسير في الاتجاه الصحيح.")
    leader, deputy = parse(text, "ar").attributions
    assert deputy.source_canonical != leader.source_canonical


def test_the_statement_refers_back_to_the_statement_just_cited() -> None:
    text = ("وأصدرت المحكمة حكما بالسجن على مسؤول سابق، وفق بيان لمجلس القضاء الأعلى. "
            "وأشار البيان إلى أن المدان أدين بتهمة هدر المال العام.")
    cited, statement = parse(text, "ar").attributions
    assert statement.source_canonical == cited.source_canonical == "بيان لمجلس القضاء الأعلى"


@pytest.mark.parametrize(("text", "source"), [
    ("واعتبر النائب عن ائتلاف دولة القانون محمد الصيهود أن الحكومة تسير في الاتجاه الصحيح.",
     "النائب عن ائتلاف دولة القانون محمد الصيهود"),
    ("وأدان نائب عن المنطقة في البرلمان الصومالي الحادثة ووصفها بأنها «عمل إجرامي».",
     "نائب عن المنطقة في البرلمان الصومالي"),
])
def test_a_deputy_goes_on_with_whom_he_sits_for(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "ar")] == [source]


def test_a_tweet_with_a_participle_after_a_dateline_is_the_tweeters() -> None:
    text = "بغداد - غرد رئيس الوزراء محمد شياع السوداني على منصة إكس قائلا إن \"العراق لن يكون منطلقا للاعتداء\"."
    [claim] = parse(text, "ar").attributions
    assert claim.source_text == "رئيس الوزراء محمد شياع السوداني"


@pytest.mark.parametrize(("text", "source"), [
    ("ولم يحدد المدرب التشكيل الأساسي، مكتفيا بالقول إن \"جميع اللاعبين جاهزون\".", "المدرب"),
    ("ورفض الوزير الخوض في التفاصيل، مكتفيا بالقول إن التحقيق جار.", "الوزير"),
])
def test_content_with_saying_only_is_the_clause_subjects(text: str, source: str) -> None:
    [claim] = claims(text, "ar")
    assert claim.source == source


def test_a_bodys_name_goes_on_with_its_coordinated_last_word() -> None:
    text = "وأعلنت وزارة الصحة والسكان تسجيل 120 إصابة جديدة بالحمى، مؤكدة أن الوضع تحت السيطرة."
    announced, _ = claims(text, "ar")
    assert (announced.source, announced.content) == ("وزارة الصحة والسكان", "تسجيل 120 إصابة جديدة بالحمى")


def test_the_same_source_refers_back_to_the_one_just_cited() -> None:
    text = ("قصفت طائرة مسيرة هدفا في المنطقة، بحسب ما أعلن مسؤول تركي. "
            "وهي أول عملية مماثلة تنفذها طائرة أقلعت من قاعدة إنجرليك، وفق المصدر نفسه.")
    first, same = parse(text, "ar").attributions
    assert same.source_text == "المصدر نفسه"
    assert same.source_canonical == first.source_canonical == "مسؤول تركي"


@pytest.mark.parametrize(("text", "source"), [
    ("وانتقدت المعارضة ما وصفته بـ\"غياب رؤية واضحة\" لدى الحكومة.", "المعارضة"),
    ("وأكدت مصادر مطلعة لهسبريس أن الوزارة تعتزم إطلاق برنامج جديد.", "مصادر مطلعة"),
    ("وقال مصدر أمني لبناني إن الحكومة ستجتمع.", "مصدر أمني لبناني"),
    ("أبرز وزير الفلاحة أن الموسم الفلاحي يعرف تحسنا ملحوظا.", "وزير الفلاحة"),
])
def test_prepositions_written_apart_and_outlets_told_are_no_part_of_the_source(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "ar")] == [source]


def test_a_quotation_split_by_its_cue_gives_two_direct_records_of_the_same_speaker() -> None:
    text = "\"نحن نرفض هذه الاتهامات\"، قال الوزير لرويترز، \"ولن نتراجع عن موقفنا\"."
    found = parse(text, "ar").attributions
    assert [(a.kind, a.content.text, a.source_text) for a in found] == [
        ("direct", "\"نحن نرفض هذه الاتهامات\"", "الوزير"), ("direct", "\"ولن نتراجع عن موقفنا\"", "الوزير")]
    assert {a.conduits for a in found} == {("Reuters",)}


@pytest.mark.parametrize(("text", "expected"), [
    ("وناشدت الأسرة السلطات الكشف عن مصير ابنها.", ("السلطات الكشف عن مصير ابنها", "الأسرة")),
    ("وتوعد قائد الجيش بالرد على أي اعتداء.", ("بالرد على أي اعتداء", "قائد الجيش")),
    ("وطمأن محافظ البنك المركزي المودعين بأن أموالهم في أمان.", ("بأن أموالهم في أمان", "محافظ البنك المركزي")),
    ("وقال رئيس اتحاد المزارعين إن الموسم جيد.", ("إن الموسم جيد", "رئيس اتحاد المزارعين")),
])
def test_appeals_threats_and_reassurances_report_and_whom_they_address_is_not_the_speaker(
        text: str, expected: tuple[str, str]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == [expected]


@pytest.mark.parametrize(("text", "n"), [
    ("ومنذ بدء النزاع السوري في 2011، اتهمت قوات النظام مرارا باستخدام أسلحة كيميائية.", 0),
    ("اتهمت منظمة العفو الدولية قوات النظام باستخدام أسلحة كيميائية.", 1),
    ("ووصف هذه الزيارة بأنها خطوة أولى.", 1),
])
def test_an_accusation_with_no_object_written_is_passive_and_reports_nothing(text: str, n: int) -> None:
    assert len(parse(text, "ar").attributions) == n


def test_a_known_name_in_quotation_marks_does_not_make_a_claim_mixed() -> None:
    text = "وأعلن الزاملي أن جهات سياسية تحاول حرف مسار الحقيقة في قضية سقوط الموصل بيد «داعش»."
    assert [a.kind for a in parse(text, "ar").attributions] == ["indirect"]


@pytest.mark.parametrize(("text", "expected"), [
    ("وأضاف مؤكدا نية «السعودية في تعزيز علاقتها الاقتصادية».", [("نية «السعودية في تعزيز علاقتها الاقتصادية»", "")]),
    ("وقال الوزير مؤكدا أن الخطة جاهزة.", [("أن الخطة جاهزة", "الوزير")]),
])
def test_a_participle_right_after_the_verb_or_its_subject_is_the_one_report(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == expected


def test_a_participles_own_preposition_inside_the_subject_is_not_the_cues() -> None:
    text = "وعد رئيس الوزراء الجديد المكلف بتشكيل حكومة جديدة عمر الرزاز، الخميس، بسحب مشروع قانون الضريبة."
    [claim] = claims(text, "ar")
    assert (claim.source, claim.content) == ("رئيس الوزراء الجديد المكلف بتشكيل حكومة جديدة عمر الرزاز",
                                             "بسحب مشروع قانون الضريبة")


def test_a_day_set_off_by_a_comma_at_the_end_of_a_content_is_not_part_of_it() -> None:
    text = "أعلنت الشرطة عن اعتقال رجل قرب مقر البرلمان البريطاني، الثلاثاء، وقد أسفر الحادث عن إصابات."
    assert [c.content for c in claims(text, "ar")] == ["عن اعتقال رجل قرب مقر البرلمان البريطاني"]


def test_two_known_names_side_by_side_are_the_subject_and_the_object() -> None:
    text = "في المقابل، اتهمت جماعة الحوثي التحالف بقيادة السعودية بمنع دخول الوقود."
    assert [(c.source, c.content) for c in claims(text, "ar")] == [
        ("جماعة الحوثي", "التحالف بقيادة السعودية بمنع دخول الوقود")]


@pytest.mark.parametrize(("text", "content"), [
    ("وكانت الأمم المتحدة قد وصفت الوضع في اليمن بأنه \"أسوأ أزمة\".", "الوضع في اليمن بأنه \"أسوأ أزمة\""),
    ("وقالت الشرطة إن إدارة الشقق طالبت المتهم بمغادرة الشقة.", "المتهم بمغادرة الشقة"),
])
def test_an_object_cue_after_its_subject_keeps_its_object_in_the_content(text: str, content: str) -> None:
    assert claims(text, "ar")[-1].content == content


def test_a_representative_goes_on_with_where_he_serves() -> None:
    text = "وحذر ممثل اليونيسف في اليمن من أن الأطفال هم الأكثر تضررا."
    assert [c.source for c in claims(text, "ar")] == ["ممثل اليونيسف في اليمن"]


@pytest.mark.parametrize(("text", "source", "conduits"), [
    ("أعلنت شركة \"أبل\" الأمريكية عن تراجع مبيعاتها في الصين.", "شركة \"أبل\" الأمريكية", ()),
    ("كشف تقرير صادر عن مؤسسة \"كاونتربوينت\" للأبحاث أن حصة هواوي ارتفعت.",
     "تقرير صادر عن مؤسسة \"كاونتربوينت\" للأبحاث", ()),
    ("وتوقع محللون في بنك \"مورغان ستانلي\" أن تتعافى المبيعات.", "محللون في بنك \"مورغان ستانلي\"", ()),
    ("وأشار الناطق باسم الوزارة، في تصريح لإذاعة \"موزاييك\"، إلى أن العملية نجحت.", "الناطق باسم الوزارة",
     ("موزاييك",)),
])
def test_a_quoted_name_after_its_noun_belongs_to_the_mention_and_only_an_outlet_is_a_conduit(
        text: str, source: str, conduits: tuple[str, ...]) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.conduits) == (source, conduits)


@pytest.mark.parametrize(("text", "source"), [
    ("وقال مبعوث الأمم المتحدة إلى اليمن هانس غروندبرغ إن الهدنة صامدة.",
     "مبعوث الأمم المتحدة إلى اليمن هانس غروندبرغ"),
    ("وقال السفير الأمريكي لدى إسرائيل مايك هاكابي إن الاتفاق قريب.", "السفير الأمريكي لدى إسرائيل مايك هاكابي"),
    ("وقال الوزير إلى جانب نظيره الفرنسي إن العلاقات قوية.", "الوزير"),
    ("إلى ذلك، أفاد «المرصد السوري لحقوق الإنسان» بمقتل 7 مدنيين.", "«المرصد السوري لحقوق الإنسان»"),
    ("ونقلت «رويترز» عن مصدرين أمنيين أن تعزيزات وصلت إلى المنطقة.", "مصدرين أمنيين"),
])
def test_envoys_and_ambassadors_go_on_with_their_posting_and_quoted_known_names_are_sources(
        text: str, source: str) -> None:
    assert [c.source for c in claims(text, "ar")] == [source]


def test_through_the_words_of_is_no_introducer() -> None:
    text = "وأكدت الحكومة على لسان وزير الإعلام أن الانتخابات ستجرى في موعدها."
    assert [(c.source, c.content) for c in claims(text, "ar")] == [("الحكومة", "أن الانتخابات ستجرى في موعدها")]


def test_telling_with_an_addressee_pronoun_is_a_nested_report() -> None:
    found = claims("وقال مصدر دبلوماسي إن الوزير أبلغه أن الاتفاق بات وشيكا.", "ar")
    assert [(c.source, c.content) for c in found] == [
        ("مصدر دبلوماسي", "إن الوزير أبلغه أن الاتفاق بات وشيكا"), ("الوزير", "أن الاتفاق بات وشيكا")]


@pytest.mark.parametrize(("text", "kind"), [
    ("وذكرت الصحيفة أن القوات ستنسحب.", "media"),
    ("وقالت وكالة فيتش إن التصنيف مستقر.", "organization"),
])
def test_a_paper_is_a_medium_and_an_agency_may_be_any_body(text: str, kind: str) -> None:
    assert [a.source_type for a in parse(text, "ar").attributions] == [kind]


@pytest.mark.parametrize(("text", "source", "anonymous"), [
    ("وقال كل من وزير الخارجية ووزير الدفاع إن التنسيق مستمر.", "كل من وزير الخارجية ووزير الدفاع", False),
    ("وأشار عدد من المسؤولين إلى أن الخطة تأخرت.", "عدد من المسؤولين", True),
])
def test_a_quantity_of_speakers_is_read_with_its_of_phrase(text: str, source: str, anonymous: bool) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.anonymous) == (source, anonymous)


def test_the_official_alone_refers_back_to_the_unnamed_official_named_before() -> None:
    text = ("نفى مسؤول في وزارة الدفاع الأمريكية أن تكون أي طائرة قد فقدت. "
            "وأضاف المسؤول أن \"الادعاءات لا أساس لها\".")
    first, second = parse(text, "ar").attributions
    assert second.source_canonical == first.source_canonical == "مسؤول في وزارة الدفاع الأمريكية"
    assert second.anonymous


def test_an_arabic_dateline_with_an_agency_is_no_part_of_a_content() -> None:
    text = "برلين (د ب أ) - دعت الحكومة الألمانية إلى ضبط النفس، حسب ما أفادت وكالة الأنباء الألمانية."
    according = next(a for a in parse(text, "ar").attributions if a.source_canonical == "DPA")
    assert according.content.text == "دعت الحكومة الألمانية إلى ضبط النفس"


@pytest.mark.parametrize(("text", "cue"), [
    ("وقدر صندوق النقد الدولي في تقرير حديث أن يبلغ النمو 4 في المئة.", "وقدر"),
    ("ويعد حديث وزير الدفاع عن أن التنظيم يمثل تهديدا أمرا لافتا.", "حديث"),
    ("وسارع المعهد على تويتر بنفي أنه من المعارضين للاتفاق.", "بنفي"),
])
def test_a_recent_report_is_no_talk_but_a_ministers_talk_is(text: str, cue: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.cue is not None and claim.cue.text == cue


def test_where_a_statement_was_published_is_no_part_of_the_announcement() -> None:
    text = "وأعلنت المؤسسة الوطنية للنفط في بيان نشرته على موقعها الإلكتروني استئناف الإنتاج في حقل الشرارة."
    assert [c.content for c in claims(text, "ar")] == ["استئناف الإنتاج في حقل الشرارة"]


def test_a_member_of_parliament_is_an_official() -> None:
    text = "وصرح عضو مجلس النواب عبد المنعم العرفي لـ\"سبوتنيك\" بأن البرلمان سيعقد جلسة طارئة."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.source_type) == ("عضو مجلس النواب عبد المنعم العرفي", "official")


@pytest.mark.parametrize(("text", "expected"), [
    ("ويخشى مراقبون أن تنزلق البلاد إلى حرب أهلية.", [("أن تنزلق البلاد إلى حرب أهلية", "مراقبون")]),
    ("وشكك المعهد في أن تكون الأنشطة مرتبطة ببناء طرق.", [("أن تكون الأنشطة مرتبطة ببناء طرق", "المعهد")]),
    ("ويشكك محللون في قدرة الحكومة على تنفيذ الإصلاحات.", []),
    ("ويتهم معارضون الحكومة بالفساد.", [("الحكومة بالفساد", "معارضون")]),
])
def test_fears_doubts_and_accusations_in_the_present(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال الوزير إن الحكومة ستخفض الضرائب، وهو ما اعتبره محللون خطوة إيجابية.", ("خطوة إيجابية", "محللون")),
    ("وفي حال فشلت المفاوضات، وهو ما يتوقعه المراقبون، يمكن للرئيس أن يدعو إلى انتخابات.",
     ("فشلت المفاوضات", "المراقبون")),
])
def test_a_clause_taken_up_by_a_judgement_or_an_expectation(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(c.content, c.source) for c in claims(text, "ar")]


def test_a_bare_title_does_not_refer_to_someone_named_only_later() -> None:
    text = "وأكد المتحدث أن القوات انسحبت من المدينة، الأمر الذي نفته المعارضة في بيان."
    spokesman = next(a for a in parse(text, "ar").attributions if a.source_text == "المتحدث")
    assert spokesman.source_canonical == "المتحدث"


def test_a_named_expert_before_that_is_the_source_whole_and_not_anonymous() -> None:
    [claim] = parse("اعتبر الخبير الاقتصادي عمر الكتاني أن الحكومة فشلت.", "ar").attributions
    assert (claim.source_text, claim.content.text, claim.anonymous) == (
        "الخبير الاقتصادي عمر الكتاني", "أن الحكومة فشلت", False)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("اتهمت الحكومة اليمنية المعترف بها دوليا جماعة الحوثي باحتجاز شحنات المساعدات.",
     "الحكومة اليمنية المعترف بها دوليا", "جماعة الحوثي باحتجاز شحنات المساعدات"),
    ("وتشير الورقة البحثية المنشورة في مجلة نيتشر إلى أن الجليد يذوب.",
     "الورقة البحثية المنشورة في مجلة نيتشر", "أن الجليد يذوب"),
    ("وقال المسؤول المكلف بالملف إن الحل قريب.", "المسؤول المكلف بالملف", "إن الحل قريب"),
])
def test_a_participles_complement_stays_in_the_mention(text: str, source: str, content: str) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == [(source, content)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وأوصت الدراسة بضرورة الاستثمار في البنية التحتية.", [("بضرورة الاستثمار في البنية التحتية", "الدراسة")]),
    ("وعلمت \"النهار\" من مصادر ديبلوماسية أن الموفد الفرنسي سيعود إلى بيروت.",
     [("أن الموفد الفرنسي سيعود إلى بيروت", "مصادر ديبلوماسية")]),
    ("وأعلن السوداني الحداد في الوحدات العسكرية، متوعدا الجناة بالقصاص العادل.",
     [("الحداد في الوحدات العسكرية", "السوداني"), ("الجناة بالقصاص العادل", "")]),
    ("ونقلت رويترز عن مصدرين مطلعين قولهما إن الصفقة ألغيت.", [("إن الصفقة ألغيت", "مصدرين مطلعين")]),
    ("واعترف المتهم أمام جهات التحقيق بارتكاب الجريمة.", [("بارتكاب الجريمة", "المتهم")]),
])
def test_recommendations_learning_from_sources_threats_and_confessions(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == expected


@pytest.mark.parametrize(("text", "source"), [
    ("ويعود الكاتب، فيقول إن الحل سياسي.", "الكاتب"),
    ("وصرح لـ\"العربي الجديد\" مصدر مطلع بأن الاتفاق قريب.", "مصدر مطلع"),
    ("وقال للصحفيين وزير الخارجية إن الاتفاق قريب.", "وزير الخارجية"),
    ("كشف تقرير حديث صادر عن المندوبية السامية للتخطيط أن البطالة ارتفعت.",
     "تقرير حديث صادر عن المندوبية السامية للتخطيط"),
    ("وقال محللون في بنك غولدمان ساكس في مذكرة للعملاء إن الأسعار ستنخفض.", "محللون في بنك غولدمان ساكس"),
    ("وأوضح كبير الاقتصاديين في مجموعة سيتي، أن التضخم سيتراجع.", "كبير الاقتصاديين في مجموعة سيتي"),
    ("وقال رئيس قسم الأبحاث في شركة الأنصاري للخدمات المالية، فيجاي فاليشا، إن السوق متماسكة.",
     "رئيس قسم الأبحاث في شركة الأنصاري للخدمات المالية، فيجاي فاليشا"),
])
def test_sources_from_the_arabic_qa_pass(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "ar")] == [source]


def test_a_statement_phrase_closed_by_a_comma_is_no_part_of_the_content() -> None:
    text = "وأعلنت الشرطة في بيان، اعتقال ثلاثة مشتبه بهم في مدينة الموصل شمالي العراق."
    assert [c.content for c in claims(text, "ar")] == ["اعتقال ثلاثة مشتبه بهم في مدينة الموصل شمالي العراق"]


@pytest.mark.parametrize(("text", "expected"), [
    ("ودعا الوزير الدول المستهلكة إلى تبني سياسات واقعية.", ("الدول المستهلكة إلى تبني سياسات واقعية", "الوزير")),
    ("وحث الاتحاد الأوروبي الأطراف على ضبط النفس.", ("الأطراف على ضبط النفس", "الاتحاد الأوروبي")),
    ("وحث الوزير المواطنين على الالتزام بالتعليمات.", ("المواطنين على الالتزام بالتعليمات", "الوزير")),
    ("ودعت الأمم المتحدة إلى وقف القتال.", ("وقف القتال", "الأمم المتحدة")),
    ("وأشار عبد الرحمن إلى أن بين القتلى طفلين.", ("أن بين القتلى طفلين", "عبد الرحمن")),
])
def test_whom_a_speaker_calls_on_is_part_of_the_call(text: str, expected: tuple[str, str]) -> None:
    """As the gold sets annotate 'حذرت روسيا واشنطن من …', 'وحثوا الولايات المتحدة على …'."""
    assert [(c.content, c.source) for c in claims(text, "ar")] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("وأكد الوزير حرص الإمارات على تعزيز الشراكة.", ("حرص الإمارات على تعزيز الشراكة", "الوزير")),
    ("من ناحيته، تساءل النائب سعد الهاشمي عن \"جدوى القرارات\".", ("عن \"جدوى القرارات\"", "النائب سعد الهاشمي")),
])
def test_a_construct_after_a_definite_subject_is_the_object_unless_it_is_a_name(
        text: str, expected: tuple[str, str]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == [expected]


def test_a_long_opening_prepositional_phrase_is_no_subject() -> None:
    [claim] = parse("وفي رده على سؤال حول أسعار الكهرباء، أوضح أن الحكومة لن ترفع الأسعار.", "ar").attributions
    assert claim.source is None


def test_in_his_words_after_a_content_is_no_part_of_it() -> None:
    text = "وأضاف أن المفاوضات \"وصلت إلى طريق مسدود\" على حد تعبيره."
    assert [c.content for c in claims(text, "ar")] == ["أن المفاوضات \"وصلت إلى طريق مسدود\""]


@pytest.mark.parametrize("source", ["الباحثون", "متعاملون", "مسعفون"])
def test_unnamed_professional_groups_are_anonymous(source: str) -> None:
    [claim] = parse(f"وقال {source} إن الوضع صعب.", "ar").attributions
    assert claim.anonymous


def test_a_name_with_abd_is_whole_and_a_demonstrative_opens_the_object() -> None:
    text = "نفى المتحدث باسم الحوثيين محمد عبد السلام هذه الاتهامات."
    assert [(c.source, c.content) for c in claims(text, "ar")] == [
        ("المتحدث باسم الحوثيين محمد عبد السلام", "هذه الاتهامات")]


def test_a_coordinated_ministry_title_keeps_its_holders_name() -> None:
    text = "أعلن وزير الداخلية والجماعات المحلية إبراهيم مراد، الأحد، عن إطلاق مخطط وطني لمكافحة حرائق الغابات."
    assert [(c.source, c.content) for c in claims(text, "ar")] == [
        ("وزير الداخلية والجماعات المحلية إبراهيم مراد", "عن إطلاق مخطط وطني لمكافحة حرائق الغابات")]


def test_an_office_refers_back_to_someone_named_with_an_honorific_but_not_to_another_office() -> None:
    text = ("وشدد الشيخ محمد بن عبد الرحمن آل ثاني على أن قطر ستواصل الوساطة. "
            "ولفت وزير الخارجية إلى أن الدوحة تنسق مع القاهرة. وأكد وزير المالية أن الموازنة متوازنة.")
    sheikh, office, other = parse(text, "ar").attributions
    assert office.source_canonical == sheikh.source_canonical
    assert other.source_canonical != sheikh.source_canonical


@pytest.mark.parametrize(("text", "expected"), [
    ("وطالب مصطفى المجتمع الدولي بالضغط على إسرائيل.", ("المجتمع الدولي بالضغط على إسرائيل", "مصطفى")),
    ("وطالب الرئيس المجتمع الدولي بالتدخل.", ("المجتمع الدولي بالتدخل", "الرئيس")),
    ("وطالب اتحاد النقابات الحكومة بزيادة الأجور فورا.", ("الحكومة بزيادة الأجور فورا", "اتحاد النقابات")),
    ("وطالب الوزير المستقيل الحكومة بالاعتذار.", ("الحكومة بالاعتذار", "الوزير المستقيل")),
    ("اتهمت وزارة الخارجية السودانية قوات الدعم السريع بارتكاب مجزرة في القرية.",
     ("قوات الدعم السريع بارتكاب مجزرة في القرية", "وزارة الخارجية السودانية")),
])
def test_the_object_of_a_demand_or_an_accusation_is_told_from_the_subject(
        text: str, expected: tuple[str, str]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == [expected]


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("ورد عليه النائب مصطفى بكري بأن هذه الاتهامات \"لا أساس لها من الصحة\".", "ورد عليه", "النائب مصطفى بكري"),
    ("وعقب توفيق بأن أرقام البنك الدولي تثبت ارتفاع الدين.", "وعقب", "توفيق"),
    ("وختم توفيق بالتساؤل عما إذا كانت الحكومة قادرة على السداد.", "بالتساؤل", "توفيق"),
    ("إلا أن النائبين الكندري والمويزري اعتبرا أن الرد \"غير كاف\".", "اعتبرا", "النائبين الكندري والمويزري"),
])
def test_debate_replies_and_dual_verbs_report(text: str, cue: str, source: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.cue is not None and (claim.cue.text, claim.source_text) == (cue, source)


def test_after_the_meeting_is_no_cue() -> None:
    assert [c.cue for c in parse("وعقب الاجتماع، قال الوزير إن الاتفاق قريب.", "ar").attributions
            if c.cue is not None and c.cue.text == "وعقب"] == []


@pytest.mark.parametrize(("text", "source"), [
    ("\"الوضع صعب\"، قال الوزير أيمن الصفدي.", "الوزير أيمن الصفدي"),
    ("\"الوضع صعب\"، يقول أبو خالد.", "أبو خالد"),
    ("\"الوضع صعب\"، أضافت الطبيبة سلمى الحوراني.", "الطبيبة سلمى الحوراني"),
    ("وصلت أم محمد إلى المخيم قبل عشر سنوات، وتقول إن الحياة هنا \"أصبحت أصعب\".", "أم محمد"),
])
def test_a_speaker_named_at_the_end_or_in_an_earlier_clause(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "ar")] == [source]


def test_according_to_a_body_whose_article_the_cue_took_resolves_to_it() -> None:
    [claim] = parse("ووفقا للمنظمة الدولية للهجرة، فإن عدد المهاجرين ارتفع.", "ar").attributions
    assert claim.source_canonical == "International Organization for Migration"


@pytest.mark.parametrize(("text", "source"), [
    ("وزير الخارجية، من جانبه، قال إن الحل سياسي.", "وزير الخارجية"),
    ("الرئيس الفلسطيني محمود عباس، من جهته، أكد أن الاحتلال يجب أن ينتهي.", "الرئيس الفلسطيني محمود عباس"),
])
def test_a_subject_before_an_adverbial_aside_and_its_verb(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "ar")] == [source]


def test_a_spokeswoman_for_her_body_reports_by_saying() -> None:
    [claim] = parse("واكتفت المتحدثة باسمها بالقول إن الدول ملزمة باحترام القانون.", "ar").attributions
    assert (claim.source_text, claim.content.text) == ("المتحدثة باسمها", "إن الدول ملزمة باحترام القانون")


def test_a_surname_resolves_to_the_titled_name_introduced_without_a_report() -> None:
    text = "تقدم النائب مهند الساير بسؤال إلى وزير المالية. وقال الساير إن الحكومة تأخرت."
    [claim] = parse(text, "ar").attributions
    assert claim.source_canonical == "مهند الساير"


def test_a_cue_describing_the_object_of_an_opening_cue_speaks_for_its_subject() -> None:
    text = "كشفت شركة أوبن إيه آي عن نموذج جديد للذكاء الاصطناعي قالت إنه قادر على حل مسائل معقدة."
    described = next(a for a in parse(text, "ar").attributions if a.cue is not None and a.cue.text == "قالت")
    assert (described.source_text, described.source_canonical) == ("شركة أوبن إيه آي", "OpenAI")


@pytest.mark.parametrize(("text", "source"), [
    ("وانتقد رئيس الفريق الاشتراكي عبد الرحيم شهيد المشروع، معتبرا أنه \"يفتقر إلى الرؤية\".",
     "رئيس الفريق الاشتراكي عبد الرحيم شهيد"),
    ("واستقبل الملك الوفد، مؤكدا أن العلاقات متينة.", "الملك"),
])
def test_a_participles_speaker_is_the_opening_subject_without_its_object(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "ar")] == [source]


@pytest.mark.parametrize(("text", "source", "source_type"), [
    ("وقال المفوض العام لوكالة الأونروا فيليب لازاريني إن الوضع في غزة كارثي.",
     "المفوض العام لوكالة الأونروا فيليب لازاريني", "official"),
    ("وقال المتحدث لوكالة رويترز إن الوضع في غزة كارثي.", "المتحدث", "official"),
])
def test_a_body_glued_to_the_clitic_la_belongs_to_the_title_unless_it_is_an_outlet(
        text: str, source: str, source_type: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.source_type) == (source, source_type)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ودعا رئيس غرفة تجارة عمان خليل الحاج توفيق الحكومة إلى تخفيض الضرائب.",
     "رئيس غرفة تجارة عمان خليل الحاج توفيق", "الحكومة إلى تخفيض الضرائب"),
    ("وطالب النائب صالح العرموطي الحكومة بتقديم استقالتها.", "النائب صالح العرموطي", "الحكومة بتقديم استقالتها"),
    ("وحث الأمين العام أنطونيو غوتيريش الأطراف على ضبط النفس.", "الأمين العام أنطونيو غوتيريش",
     "الأطراف على ضبط النفس"),
    ("ودعا الوزير عماد الناصر إلى ضبط الأسعار.", "الوزير عماد الناصر", "ضبط الأسعار"),
])
def test_the_object_after_a_title_and_its_holders_name_is_what_was_called_for(
        text: str, source: str, content: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == (source, content)


@pytest.mark.parametrize("text", [
    "وقال ضابط في الجيش، طلب عدم الكشف عن اسمه، إن القوات تقدمت.",
    "وقال موظف، فضل عدم ذكر اسمه، إن الرواتب تأخرت.",
])
def test_an_aside_that_withholds_the_name_makes_the_speaker_anonymous(text: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.anonymous


def test_aqib_inside_a_clause_is_the_preposition_after_not_a_cue() -> None:
    text = "وأكدت النائبة العامة في تصريح صحافي عقب الجلسة أن النيابة ستواصل ملاحقة المتهمين."
    assert [a.cue.text for a in parse(text, "ar").attributions if a.cue] == ["وأكدت"]


def test_aqib_opening_a_clause_is_the_verb_commented() -> None:
    assert [a.cue.text for a in parse("كما عقب المتحدث بأن القرار نهائي.", "ar").attributions if a.cue] == ["عقب"]


@pytest.mark.parametrize(("text", "source_type"), [
    ("وقالت القوات المسلحة الأردنية إنها أحبطت محاولة تهريب.", "government"),
    ("وأكد البلدان في بيان مشترك أن العلاقات متينة.", "government"),
    ("وتوقعت المديرية العامة للأرصاد الجوية أن تهطل أمطار غزيرة.", "government"),
    ("وأعلن مصرف الإمارات العربية المتحدة المركزي أن الودائع ارتفعت.", "organization"),
    ("وقالت مجموعة الاتصالات إن أرباحها ارتفعت.", "organization"),
])
def test_armed_forces_directorates_and_banks_are_bodies_not_persons(text: str, source_type: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.source_type == source_type


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("ورد الوزير بأن وزارته أحدثت أكثر من 20 ألف منصب.", "ورد", "الوزير", "بأن وزارته أحدثت أكثر من 20 ألف منصب"),
    ("وأصر الرئيس على أن الانتخابات ستجري في موعدها.", "وأصر", "الرئيس", "أن الانتخابات ستجري في موعدها"),
    ("والحكومات من جهتها تصر على أن الدعم عبء.", "تصر", "الحكومات", "أن الدعم عبء"),
    ("كتب الصحفي البريطاني روبرت فيسك ذات مرة أن الحرب لا تنتهي.", "كتب", "الصحفي البريطاني روبرت فيسك",
     "أن الحرب لا تنتهي"),
])
def test_replies_insistence_and_asides_without_commas(text: str, cue: str, source: str, content: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.cue.text if claim.cue else "", claim.source_text, claim.content.text) == (cue, source, content)


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("وأشار الوزير إلى أن سعر الصرف استقر، مرجعا ذلك إلى تحسن تدفق الحوالات.", "مرجعا",
     "ذلك إلى تحسن تدفق الحوالات"),
    ("وقال رئيس البلدية إن البلدية لم تتسلم أي دفعة، محملا الحكومة مسؤولية الأزمة.", "محملا",
     "الحكومة مسؤولية الأزمة"),
])
def test_participles_of_blaming_and_ascribing_report_for_the_speaker(text: str, cue: str, content: str) -> None:
    first, second = parse(text, "ar").attributions
    assert second.cue is not None and (second.cue.text, second.content.text) == (cue, content)
    assert second.source_canonical == first.source_canonical and first.content.end < second.cue.start


def test_the_envoy_of_the_secretary_general_is_not_the_secretary_general() -> None:
    text = "حذرت الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا هانا تيتيه، الثلاثاء، من أن الوضع هش."
    [claim] = parse(text, "ar").attributions
    assert claim.source_text == "الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا هانا تيتيه"
    assert claim.source_canonical != "UN Secretary-General" and claim.source_type == "official"


@pytest.mark.parametrize(("text", "source"), [
    ("وقال القيادي في حركة حماس أسامة حمدان إن المفاوضات متوقفة.", "القيادي في حركة حماس أسامة حمدان"),
    ("وأفاد مصدر في دائرة صحة نينوى لشفق نيوز بأن الإصابات ارتفعت.", "مصدر في دائرة صحة نينوى"),
])
def test_a_party_figure_or_a_source_goes_on_with_where_they_sit(text: str, source: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.source_text == source


@pytest.mark.parametrize("text", [
    "وجاء في البيان أن الجانبين اتفقا على تسريع إنجاز مشروع أنبوب \"ساوث إتش 2\" للغاز.",
    "وأعلنت اللجنة رفع درجة الاستعداد تحسبا لوصول الإعصار المداري \"شكتي\" خلال يومين.",
    "وقال الوزير إن قوات الأمن اعتقلت 14 مشتبها بانتمائهم إلى تنظيم «داعش» الإرهابي.",
    "وذكر بيان للجيش أنه قتل 6 عناصر من جماعة \"أنصار الفجر\" المسلحة.",
])
def test_the_quoted_name_of_a_pipeline_or_a_cyclone_makes_no_quotation(text: str) -> None:
    assert {a.kind for a in parse(text, "ar").attributions} == {"indirect"}


@pytest.mark.parametrize(("text", "source", "content"), [
    ("أعلنت اللجنة الوطنية لإدارة الحالات الطارئة في سلطنة عمان، صباح الخميس، رفع درجة الاستعداد.",
     "اللجنة الوطنية لإدارة الحالات الطارئة", "رفع درجة الاستعداد"),
    ("وحثت شرطة عمان السلطانية المواطنين على تجنب عبور الأودية.", "شرطة عمان السلطانية",
     "المواطنين على تجنب عبور الأودية"),
    ("ونفى الناطق باسم الحكومة الحسين ولد مدو هذه الاتهامات.", "الناطق باسم الحكومة الحسين ولد مدو",
     "هذه الاتهامات"),
])
def test_a_bodys_genitives_and_a_holders_name_stay_in_the_subject_before_an_object(
        text: str, source: str, content: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == (source, content)


@pytest.mark.parametrize(("text", "content"), [
    ("اتهمت الحكومة الجماعة بعرقلة وصول المساعدات، فيما لم يصدر تعليق فوري عن الجماعة.",
     "الجماعة بعرقلة وصول المساعدات"),
    ("وقال شهود إن القصف استمر طوال الليل، ولم يتسن التحقق من ذلك بشكل مستقل.", "إن القصف استمر طوال الليل"),
])
def test_the_reporters_no_comment_and_unverified_notes_end_the_content(text: str, content: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.content.text == content


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ورحب زعيم المعارضة بالنتائج، واصفا العملية الانتخابية بأنها \"جرت في أجواء من الهدوء\".", "زعيم المعارضة",
     "العملية الانتخابية بأنها \"جرت في أجواء من الهدوء\""),
    ("رحبت جمعية الشفافية الكويتية بالحكم، معتبرة إياه \"رسالة واضحة\" للفاسدين.", "جمعية الشفافية الكويتية",
     "إياه \"رسالة واضحة\" للفاسدين"),
])
def test_a_participle_after_welcoming_something_speaks_for_the_welcomer_and_keeps_its_object(
        text: str, source: str, content: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == (source, content)


def test_a_dative_pronoun_after_the_verb_is_whom_he_told_not_the_speaker() -> None:
    text = "وسأل الصحفي الوزير عن الخطة. فقال له الوزير إن الخطة جاهزة."
    said = [a for a in parse(text, "ar").attributions if a.cue is not None and a.cue.text == "فقال"]
    assert [a.source_text for a in said] == ["الوزير"]


@pytest.mark.parametrize(("text", "source"), [
    ("وقال مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة إن الحدود آمنة.",
     "مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة"),
    ("وقال مصدر في الوزارة للصحفيين إن الخطة جاهزة.", "مصدر في الوزارة"),
])
def test_an_unnamed_sources_body_keeps_its_genitive_but_not_whom_he_told(text: str, source: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.source_text == source


def test_what_he_described_as_stays_whole_in_the_content() -> None:
    [claim] = parse("وختم المبعوث كلمته منتقدا ما وصفه بالتدخلات الخارجية.", "ar").attributions
    assert claim.content.text == "ما وصفه بالتدخلات الخارجية"


def test_a_name_after_a_dash_belongs_to_the_subject_and_the_time_aside_to_neither() -> None:
    text = "أعلنت القوات المسلحة الأردنية - الجيش العربي، فجر اليوم الجمعة، إحباط محاولة تهريب."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == ("القوات المسلحة الأردنية - الجيش العربي", "إحباط محاولة تهريب")


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وطالبت منسقة الشؤون الإنسانية في اليمن جوليان هارنيس المانحين بالوفاء بتعهداتهم.",
     "منسقة الشؤون الإنسانية في اليمن جوليان هارنيس", "المانحين بالوفاء بتعهداتهم"),
    ("ودعا الأمين العام للجامعة أحمد أبو الغيط إلى التهدئة.", "الأمين العام للجامعة أحمد أبو الغيط", "التهدئة"),
])
def test_a_foreign_holders_name_after_the_office_and_its_place_then_the_object(
        text: str, source: str, content: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == (source, content)


def test_a_body_named_by_a_word_of_its_name_and_a_report_naming_a_government_are_told_apart() -> None:
    text = ("وأفاد تقرير مشترك للأمم المتحدة والحكومة اليمنية بأن الملايين يعانون من الجوع. ومن جانبها، اتهمت "
            "الحكومة اليمنية الحوثيين بعرقلة المساعدات. وحذرت المديرية العامة للأرصاد الجوية من أمطار غزيرة. "
            "وتوقعت الأرصاد أن تستمر الأمطار حتى الأحد.")
    canonicals = [a.source_canonical for a in parse(text, "ar").attributions]
    assert canonicals == ["تقرير مشترك للأمم المتحدة والحكومة اليمنية", "الحكومة اليمنية",
                          "المديرية العامة للأرصاد الجوية", "المديرية العامة للأرصاد الجوية"]


def test_a_relative_is_expected_to_reports_nothing() -> None:
    text = "وأعلنت اللجنة رفع درجة الاستعداد تحسبا لوصول الإعصار الذي يتوقع أن يضرب السواحل خلال 48 ساعة."
    assert [a.cue.text for a in parse(text, "ar").attributions if a.cue] == ["وأعلنت"]


@pytest.mark.parametrize(("text", "anonymous"), [
    ("وقالت المشرفة على المبنى إن الطالب كان يتحدث بطريقة عنصرية.", True),
    ("وقال المتهم إنه كان يمازح زملاءه.", True),
    ("وقالت السعودية إن الأسد فقد شرعيته.", False),
    ("وقال المهندس المجلي إن المشروع اكتمل.", False),
])
def test_a_person_named_only_by_common_nouns_is_unnamed(text: str, anonymous: bool) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.anonymous is anonymous


def test_the_latter_is_the_last_one_named_not_the_last_speaker() -> None:
    text = "من جانبه، اتهم الجيش السوداني قوات الدعم السريع بمنع وصول المساعدات، بينما نفت الأخيرة ذلك في بيان."
    denied = [a for a in parse(text, "ar").attributions if a.cue is not None and a.cue.text == "نفت"]
    assert [a.source_canonical for a in denied] == ["Rapid Support Forces"]


def test_an_according_phrases_source_told_a_quoted_outlet_is_relayed_by_it() -> None:
    text = "وبحسب ما أفادت به مصادر محلية لـ\"العربي الجديد\"، فإن الاشتباكات اندلعت."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.conduits) == ("مصادر محلية", ("Al-Araby Al-Jadeed",))


def test_this_is_what_he_said_after_a_quotation_reports_it_with_the_full_name() -> None:
    text = "\"لن نتراجع عن مطالبنا\"، هذا ما قاله رئيس النقابة خالد العبسي في مؤتمر صحفي عقده أمس."
    [claim] = parse(text, "ar").attributions
    assert (claim.kind, claim.source_text, claim.content.text) == (
        "direct", "رئيس النقابة خالد العبسي", "\"لن نتراجع عن مطالبنا\"")


def test_what_someone_said_about_a_topic_is_no_report_of_its_own() -> None:
    assert [c.source for c in claims("ونفى الوزير ما قاله النائب عن الفساد.", "ar")] == ["الوزير"]


def test_a_name_with_abd_after_a_title_stays_whole_before_the_introducer() -> None:
    text = "وأعرب وزير الخارجية المصري بدر عبد العاطي عن قلق بلاده إزاء التصعيد."
    assert [c.source for c in claims(text, "ar")] == ["وزير الخارجية المصري بدر عبد العاطي"]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وكتب الرئيس الأمريكي دونالد ترامب على منصته \"تروث سوشيال\": \"سنفرض رسوما جمركية جديدة\".",
     "الرئيس الأمريكي دونالد ترامب", "\"سنفرض رسوما جمركية جديدة\""),
    ("وذكر بيان صادر عن مكتب رئيس الوزراء أن الاجتماع تناول سبل التعاون.", "بيان صادر عن مكتب رئيس الوزراء",
     "أن الاجتماع تناول سبل التعاون"),
])
def test_a_platforms_quoted_name_and_an_issuers_construct_chain(text: str, source: str, content: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == (source, content)


def test_a_surname_with_the_article_after_a_first_name_is_named_not_unnamed() -> None:
    text = ("وقال مدير الأصول فيصل الحسن إن السوق تعافى. قدم المحامي منير الزغلامي برنامجه. "
            "وتعهد الزغلامي بأن يعمل للجميع.")
    assert not any(a.anonymous for a in parse(text, "ar").attributions)


def test_aqib_after_a_quoted_outlet_is_still_the_preposition() -> None:
    text = "وقال ناجي في تصريحات خاصة لـ\"اليوم السابع\" عقب الجلسة: \"نثق في عدالة المحكمة، وننتظر البراءة\"."
    [claim] = parse(text, "ar").attributions
    assert (claim.kind, claim.source_text) == ("direct", "ناجي")


@pytest.mark.parametrize("text", [
    "وأضاف الفريق السنغالي الهدف الثاني في الدقيقة 88.",
    "وتابع آلاف المشجعين المباراة عبر شاشات عملاقة.",
])
def test_adding_a_goal_or_following_a_match_reports_nothing(text: str) -> None:
    assert parse(text, "ar").attributions == ()


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("وعزا محللون هذا الأداء إلى عودة السيولة الأجنبية.", "وعزا", "هذا الأداء إلى عودة السيولة الأجنبية"),
    ("ونبه الوزير إلى أن المخاطر كبيرة.", "ونبه", "أن المخاطر كبيرة"),
    ("وقال الخبير إن القطاع واعد، منبها في حديث لـ\"الشرق الأوسط\" إلى أن نجاح المشروع مرهون بالتمويل.", "منبها",
     "أن نجاح المشروع مرهون بالتمويل"),
])
def test_ascribing_and_warning_verbs_report(text: str, cue: str, content: str) -> None:
    found = [a for a in parse(text, "ar").attributions if a.cue is not None and a.cue.text == cue]
    assert [a.content.text for a in found] == [content]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ونفى العميد تركي المالكي صحة ادعاءات الجماعة.", "العميد تركي المالكي", "صحة ادعاءات الجماعة"),
    ("وذكّر عضو الهيئة محمد التليلي المنصري المرشحين بضرورة احترام قواعد الإنفاق.",
     "عضو الهيئة محمد التليلي المنصري", "المرشحين بضرورة احترام قواعد الإنفاق"),
])
def test_surnames_of_origin_close_a_titled_name_before_the_object(text: str, source: str, content: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == (source, content)


def test_a_trade_and_a_name_before_an_object_taking_cue_stay_the_speaker() -> None:
    text = "في المقابل، حذر الخبير الاقتصادي حجاج بوخضور من \"المبالغة في التفاؤل\"."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == ("الخبير الاقتصادي حجاج بوخضور", "من \"المبالغة في التفاؤل\"")


def test_which_x_denied_reports_the_earlier_claim_and_which_was_not_confirmed_reports_nothing() -> None:
    text = "وادعى الجيش أن المستشفى يستخدم \"مركزا للقيادة\"، وهو ما نفاه أبو صفية جملة وتفصيلا."
    claimed, denied = parse(text, "ar").attributions
    assert (denied.source_text, denied.content.text) == ("أبو صفية", claimed.content.text)
    text = "نقلت رويترز عن دبلوماسيين أن المفاوضات تعثرت، وهو ما لم تؤكده الدوحة."
    assert [(c.source, c.content) for c in claims(text, "ar")] == [("دبلوماسيين", "أن المفاوضات تعثرت")]


def test_which_the_opposition_doubted_takes_its_subject_after_the_resumptive_pronoun() -> None:
    text = "وقالت الحكومة إن الانتخابات ستجري في موعدها، وهو ما شككت فيه المعارضة."
    assert [c.source for c in claims(text, "ar")] == ["الحكومة", "المعارضة"]


@pytest.mark.parametrize(("text", "content"), [
    ("واتهمت الوزارة في بيان المعارضة بالتحريض.", "المعارضة بالتحريض"),
    ("اتهمت \"قسد\" في بيان صادر عن مركزها الإعلامي الحكومة السورية بـ\"تحريك خلايا\".",
     "الحكومة السورية بـ\"تحريك خلايا\""),
    ("غير أن وجهاء في قبيلة العكيدات نفوا في تسجيل مصور أي صلة لهم بدمشق.", "أي صلة لهم بدمشق"),
])
def test_where_an_accusation_or_denial_was_made_is_no_part_of_its_object(text: str, content: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.content.text == content


def test_its_headquarters_is_no_participle_of_acknowledging() -> None:
    text = "وذكر المرصد، ومقره بريطانيا ويعتمد على شبكة من المصادر، أن الاشتباكات تركزت في الريف."
    assert [(c.source, c.content) for c in claims(text, "ar")] == [("المرصد", "أن الاشتباكات تركزت في الريف")]


def test_according_to_what_market_data_showed_names_the_data() -> None:
    text = "وارتفعت أسعار خام برنت بنحو واحد في المئة، وفق ما أظهرته بيانات السوق."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.source_type) == ("بيانات السوق", "document")


@pytest.mark.parametrize("text", [
    "ونقلت صحيفة هآرتس عن ضابط كبير في القيادة الجنوبية قوله إن العملية ستستمر.",
    "وطالبت مجموعة من المحتجين بالإفراج عن المعتقلين.",
])
def test_an_officer_or_a_group_of_protesters_is_unnamed(text: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.anonymous


def test_a_relative_after_a_comma_reports_for_the_named_person_before_it() -> None:
    text = ("وفاز عدد من المرشحين، أبرزهم النقابي السابق رضا الكافي، الذي اعتبر في منشور على صفحته أن "
            "\"الوعود الكبيرة لا تصنع تنمية\".")
    [claim] = parse(text, "ar").attributions
    assert claim.source_text == "النقابي السابق رضا الكافي"


def test_she_after_a_woman_named_by_a_verb_that_reports_nothing_is_that_woman() -> None:
    text = ("وقال الباحث كريستيان فولسترا إن الشعاب صامدة. من جانبها، رحبت الدكتورة سارة الحربي بنتائج "
            "الدراسة، لكنها لفتت إلى أن العينات محدودة.")
    pointed = [a for a in parse(text, "ar").attributions if a.cue is not None and a.cue.text == "لفتت"]
    assert [a.source_canonical for a in pointed] == ["سارة الحربي"]  # (names30: no honorific)


def test_a_cue_describing_the_object_of_a_coordinated_verb_speaks_for_the_clause_subject() -> None:
    text = "فقد أعلنت قوات الدعم السريع سيطرتها على المقر، ونشرت مقاطع مصورة قالت إنها تظهر عناصرها داخل المقر."
    said = [a for a in parse(text, "ar").attributions if a.cue is not None and a.cue.text == "قالت"]
    assert [(a.source_text, a.source_canonical) for a in said] == [("", "Rapid Support Forces")]


def test_a_fronted_subject_keeps_its_speech_across_an_aside_giving_his_name() -> None:
    text = "إلا أن المتحدث باسم المحتجين، ويدعى محمد الطوارقي، أكد أن مطالبهم \"اجتماعية بحتة\"."
    assert [c.source for c in claims(text, "ar")] == ["المتحدث باسم المحتجين، ويدعى محمد الطوارقي"]


def test_a_laws_quoted_name_inside_the_content_is_no_quotation() -> None:
    content = "التزام حكومته بإقرار قانون \"الفجوة المالية\" قبل نهاية العام"
    [claim] = parse("وكان رئيس الحكومة نواف سلام قد أكد الشهر الماضي " + content + ".", "ar").attributions
    assert (claim.kind, claim.content.text) == ("indirect", content)


def test_reported_about_opens_its_content_at_an() -> None:
    text = "وذكرت الهيئة أن ربان سفينة أبلغ عن انفجار \"على مسافة من السفينة\" على بعد 70 ميلا."
    told = [a for a in parse(text, "ar").attributions if a.cue is not None and a.cue.text == "أبلغ"]
    assert [(a.kind, a.content.text) for a in told] == [
        ("mixed", "عن انفجار \"على مسافة من السفينة\" على بعد 70 ميلا")]


def test_a_blessing_after_a_name_is_no_part_of_the_mention() -> None:
    text = "أكد صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة، حفظه الله، أن الإمارات ماضية في دعم السلام."
    assert [c.source for c in claims(text, "ar")] == ["صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة"]


def test_a_quoted_title_ending_in_a_question_mark_does_not_end_the_sentence() -> None:
    text = "ويرى الاقتصادي المصري جلال أمين، رحمه الله، في كتابه \"ماذا حدث للمصريين؟\" أن الطبقة الوسطى تدفع الثمن."
    assert [c.content for c in claims(text, "ar")] == ["أن الطبقة الوسطى تدفع الثمن"]


def test_and_he_points_out_goes_on_for_the_expert_quoted_before() -> None:
    text = ("يرى الباحث في مركز الأهرام للدراسات السياسية والاستراتيجية الدكتور محمد عز العرب أن المشهد معقد. "
            "ويشير إلى أن القاهرة تحرص على إبقاء قنوات التواصل مفتوحة.")
    first, second = parse(text, "ar").attributions
    assert first.source_text == "الباحث في مركز الأهرام للدراسات السياسية والاستراتيجية الدكتور محمد عز العرب"
    assert (second.cue is not None and second.cue.text, second.source_canonical) == ("ويشير", first.source_canonical)


def test_a_body_goes_on_with_the_known_city_it_is_in() -> None:
    text = "وسارع معهد العلوم والأمن الدولي في واشنطن على تويتر بنفي أنه من المعارضين للاتفاق."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.source_type) == ("معهد العلوم والأمن الدولي في واشنطن", "organization")


def test_a_cue_describing_the_statement_a_body_replied_with_speaks_for_the_body() -> None:
    text = "وردت حركة حماس على ذلك ببيان اعتبرت فيه أن \"الاحتلال يكذب\"."
    assert [(c.source, c.content) for c in claims(text, "ar")] == [("حركة حماس", "أن \"الاحتلال يكذب\"")]


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("وقالت الباحثة إن الحل صعب. وأوضحت للجزيرة نت أن أي تسوية تتطلب وساطة.", "وأوضحت", ""),
    ("وحمل النائب الحكومة المسؤولية. وقال لرووداو: \"الخاسر الأكبر كان المواطن\".", "وقال", ""),
    ("وقال رئيس الاتحاد فوزي لقجع إن المنتخب جاهز. وأردف لقجع أن الاتحاد سيوفر كل الإمكانيات.", "وأردف", "لقجع"),
])
def test_an_outlet_glued_to_la_after_the_verb_is_whom_the_speaker_told(text: str, cue: str, source: str) -> None:
    found = [a for a in parse(text, "ar").attributions if a.cue is not None and a.cue.text == cue]
    assert [a.source_text for a in found] == [source]


@pytest.mark.parametrize("text", [
    "وأشار ضابط المباحث بيده إلى الطابعات المضبوطة.",
    "وقال أحد الركاب إنه سمع صوت انفجار، قبل أن يعلن قائد الطائرة عن العودة.",
])
def test_pointing_with_the_hand_and_a_time_clause_report_nothing(text: str) -> None:
    assert [a.cue.text for a in parse(text, "ar").attributions if a.cue] in ([], ["وقال"])


def test_a_circumstantial_clause_after_the_verb_is_not_its_subject() -> None:
    text = "وأضافت وهي تشير بيدها إلى جدران الشقة: \"هنا ربيت أولادي\"."
    assert [(c.kind, c.source) for c in claims(text, "ar")] == [("direct", "")]


@pytest.mark.parametrize("text", [
    "وقال متحدث باسم المطار إن الرحلات استؤنفت.",
    "وقال أحد الركاب إنه سمع انفجارا.",
])
def test_a_spokesman_for_a_body_and_one_of_the_passengers_are_unnamed(text: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.anonymous


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("وأشاد الوزير بالنتائج، عادا ذلك \"إنجازا كبيرا\".", "عادا", "ذلك \"إنجازا كبيرا\""),
    ("وأكد الوزير أن المجلس ناقش الأوضاع، مجددا التأكيد على ضرورة وقف إطلاق النار.", "مجددا التأكيد",
     "على ضرورة وقف إطلاق النار"),
    ("وأنكر المتهم علمه بالقرار.", "وأنكر", "علمه بالقرار"),
])
def test_considering_reaffirming_and_denying_knowledge_report(text: str, cue: str, content: str) -> None:
    found = [a for a in parse(text, "ar").attributions if a.cue is not None and a.cue.text == cue]
    assert [a.content.text for a in found] == [content]


def test_and_he_said_after_issuing_a_decision_takes_the_subject_without_the_decision() -> None:
    text = ("من جانبه، أصدر محافظ الإسكندرية الفريق أحمد خالد حسن سعيد قرارا بإيقاف رئيس الحي عن العمل، "
            "وقال في بيان إن التحقيق سيستمر.")
    assert [c.source for c in claims(text, "ar")] == ["محافظ الإسكندرية الفريق أحمد خالد حسن سعيد"]


def test_a_club_is_an_organization() -> None:
    [claim] = parse("أعلن نادي الهلال السعودي تعاقده مع المهاجم.", "ar").attributions
    assert claim.source_type == "organization"


def test_an_adverb_in_quotation_marks_is_no_content() -> None:
    text = "نفت وزارة التربية الوطنية، مساء الأحد، \"جملة وتفصيلا\" ما تداولته صفحات على مواقع التواصل."
    assert [(c.kind, c.content) for c in claims(text, "ar")] == [("indirect", "ما تداولته صفحات على مواقع التواصل")]


@pytest.mark.parametrize("text", [
    "استمعت النيابة إلى 12 شاهدا، أكد أغلبهم أنهم سمعوا أصواتا.",
    "ويرى متتبعون أن الملف معقد.",
])
def test_most_of_them_and_followers_are_unnamed(text: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.anonymous


@pytest.mark.parametrize(("text", "content"), [
    ("جمع الرجل ثروته في قطاع البناء، وبحسب الوزارة، فإن ثروته تتجاوز مليار دولار.", "فإن ثروته تتجاوز مليار دولار"),
    ("تراجعت الصادرات هذا العام، ووفقا لمصادر مطلعة، ستعلن الحكومة خطة دعم جديدة.", "ستعلن الحكومة خطة دعم جديدة"),
    ("ستبدأ المفاوضات الأسبوع المقبل، بحسب مصادر دبلوماسية.", "ستبدأ المفاوضات الأسبوع المقبل"),
])
def test_an_according_phrase_joined_by_and_after_a_comma_opens_the_clause_after_it(text: str, content: str) -> None:
    assert [c.content for c in claims(text, "ar")] == [content]


@pytest.mark.parametrize(("text", "expected"), [
    ("وأكد وزير الخارجية أهمية الحوار بين البلدين.", ("أهمية الحوار بين البلدين", "وزير الخارجية")),
    ("وأكدت وزيرة الصحة هالة السعيد ضرورة الالتزام بالإجراءات.",
     ("ضرورة الالتزام بالإجراءات", "وزيرة الصحة هالة السعيد")),
    ("وأعلن وزير الداخلية حمزة الطاهر إغلاق الحدود.", ("إغلاق الحدود", "وزير الداخلية حمزة الطاهر")),
    ("وأعلن وزير الداخلية محمد عبد الله إغلاق الحدود.", ("إغلاق الحدود", "وزير الداخلية محمد عبد الله")),
    ("وأكد وزير الخارجية سامح شكري أهمية الحوار.", ("أهمية الحوار", "وزير الخارجية سامح شكري")),
])
def test_a_noun_and_its_genitive_after_a_title_and_its_holder_is_the_object(
        text: str, expected: tuple[str, str]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("وأكد الوزير ضرورة الإسراع في الإصلاحات وأن الحكومة \"لن تتراجع\".",
     [("mixed", "ضرورة الإسراع في الإصلاحات وأن الحكومة \"لن تتراجع\"", "الوزير")]),
    ("وأظهر الكشف الطبي عدم وجود شبهة جنائية وأن سبب الوفاة توقف القلب.",
     [("indirect", "عدم وجود شبهة جنائية وأن سبب الوفاة توقف القلب", "الكشف الطبي")]),
])
def test_an_object_joined_to_a_second_clause_by_wa_anna_is_one_content(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(c.kind, c.content, c.source) for c in claims(text, "ar")] == expected


@pytest.mark.parametrize("text", [
    "ويتضمن القانون المعروف بـ«قانون من أين لك هذا» عقوبات مشددة على الموظفين الذين يخفون ثرواتهم.",
    "وتعرض مسرحية «قال الراوي» على خشبة مسرح المدينة ابتداء من الخميس المقبل.",
    "ووصف الأطباء للمرضى محاليل الإماهة الفموية بعد نفاد المحاليل الوريدية.",
    "ورفع المشجعون لافتة عملاقة كتب عليها «ديما مغرب».",
])
def test_a_title_a_banner_an_adjective_or_a_prescription_reports_nothing(text: str) -> None:
    assert parse(text, "ar").attributions == ()


@pytest.mark.parametrize("text", [
    "وقالت الوزيرة مشددة على أن الحكومة لن تتراجع.",
    "ورحبت موغيريني بالاتفاق معتبرة أنه «إشارة أمل».",
])
def test_a_feminine_participle_after_a_definite_subject_or_a_name_still_reports(text: str) -> None:
    assert len(parse(text, "ar").attributions) >= 1


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال النائب وسام حداد إن البرلمان معطل، وطالب بعقد جلسات مفتوحة.",
     [("إن البرلمان معطل", "وسام حداد"), ("بعقد جلسات مفتوحة", "وسام حداد")]),
    ("وطالب برلمانيون الحكومة بإجراء تحقيق.", [("الحكومة بإجراء تحقيق", "برلمانيون")]),
])
def test_a_glued_introducer_right_after_a_coordinated_verb_opens_the_content(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.content.text, a.source_canonical) for a in parse(text, "ar").attributions] == expected


def test_the_same_source_refers_to_the_earlier_source_with_that_head_not_the_latest_speaker() -> None:
    text = ("كشف مصدر حزبي مطلع أن الأمين العام سيترشح. وقال وزير المالية إن الميزانية جاهزة. "
            "وأضاف المصدر ذاته أن الحزب سيعقد مؤتمره.")
    last = parse(text, "ar").attributions[-1]
    assert (last.source_canonical, last.anonymous) == ("مصدر حزبي مطلع", True)


@pytest.mark.parametrize(("text", "lang", "anonymous"), [
    ("وقال أحد السكان، ويدعى فهد العبيدي، إن القصف استمر طوال الليل.", "ar", False),
    ("وقال أحد السكان إن القصف استمر طوال الليل.", "ar", True),
    ("A resident named Joe Hill said the shelling went on all night.", "en", False),
    ("An official named in the report said he had resigned.", "en", True),
])
def test_a_source_described_then_named_is_not_anonymous(text: str, lang: str, anonymous: bool) -> None:
    [claim] = parse(text, lang).attributions
    assert claim.anonymous is anonymous


@pytest.mark.parametrize(("text", "expected"), [
    ("وأفاد شهود عيان للجزيرة بسماع دوي ثلاثة انفجارات.", ("بسماع دوي ثلاثة انفجارات", "شهود عيان")),
    ("وأكد مسؤولون للصحفيين استمرار المفاوضات.", ("استمرار المفاوضات", "مسؤولون")),
])
def test_whom_they_told_after_the_subject_is_neither_source_nor_content(text: str, expected: tuple[str, str]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("ونفى مصدر مطلع ما تداولته وسائل إعلام عن انسحاب أحد الوفود.",
     ("ما تداولته وسائل إعلام عن انسحاب أحد الوفود", "مصدر مطلع")),
    ("ونفى مصدر مطلع هذه الأنباء.", ("هذه الأنباء", "مصدر مطلع")),
    ("من جهته، نفى مصدر مطلع على سير المفاوضات، طلب عدم الكشف عن هويته، ما تداولته وسائل إعلام.",
     ("ما تداولته وسائل إعلام", "مصدر مطلع على سير المفاوضات")),
])
def test_an_unnamed_source_with_its_adjective_is_read_whole_before_the_object(
        text: str, expected: tuple[str, str]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == [expected]


@pytest.mark.parametrize(("text", "content", "conduits"), [
    ("ونفى الوزير لرويترز وجود خلافات.", "وجود خلافات", ("Reuters",)),
    ("ونفى الوزير في حديث لقناة الجزيرة وجود خلافات.", "وجود خلافات", ("Al Jazeera",)),
    ("وأكد الوزير لقناة الجزيرة استمرار المفاوضات.", "استمرار المفاوضات", ("Al Jazeera",)),
    ("وأكد سكان لوكالة الأنباء بسماع إطلاق نار كثيف.", "بسماع إطلاق نار كثيف", ("وكالة الأنباء",)),
    ("وأفاد شهود لوكالة الأنباء الرسمية بانقطاع الكهرباء.", "بانقطاع الكهرباء", ("وكالة الأنباء الرسمية",)),
    ("ونفى المتحدث لصحيفة محلية وجود أزمة.", "وجود أزمة", ("صحيفة محلية",)),
    ("أعلنت الشركة عن إطلاق نموذج لغوي عربي جديد.", "عن إطلاق نموذج لغوي عربي جديد", ()),
])
def test_the_outlet_told_before_an_object_is_its_conduit_and_no_outlet_is_read_inside_the_object(
        text: str, content: str, conduits: tuple[str, ...]) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.content.text, claim.conduits) == (content, conduits)


def test_a_name_with_and_inside_it_before_an_about_content_is_the_whole_source() -> None:
    text = "أعلنت الهيئة السعودية للبيانات والذكاء الاصطناعي عن إطلاق نموذج جديد."
    assert [(c.source, c.content) for c in claims(text, "ar")] == [
        ("الهيئة السعودية للبيانات والذكاء الاصطناعي", "عن إطلاق نموذج جديد")]


@pytest.mark.parametrize(("text", "source", "conduits"), [
    ("وقال محللون اقتصاديون للأناضول إن الأسعار سترتفع.", "محللون اقتصاديون", ("Anadolu Agency",)),
    ("وقال خبراء للجزيرة نت إن الأسعار سترتفع.", "خبراء", ("Al Jazeera",)),
])
def test_an_outlet_told_with_the_article_assimilated_is_the_conduit_not_part_of_the_source(
        text: str, source: str, conduits: tuple[str, ...]) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.conduits) == (source, conduits)


@pytest.mark.parametrize(("text", "content"), [
    ("ودعا المركز في نشرته اليومية السكان إلى تجنب التعرض لأشعة الشمس.", "السكان إلى تجنب التعرض لأشعة الشمس"),
    ("وطالبت الوزارة في بيانها الشركات بالالتزام بالقانون.", "الشركات بالالتزام بالقانون"),
    ("ونفت الوزارة في بيانها الرسمي صحة الأنباء.", "صحة الأنباء"),
    ("ودعا الوزير في كلمته إلى الحوار.", "الحوار"),
])
def test_where_it_was_said_between_the_subject_and_the_object_is_skipped(text: str, content: str) -> None:
    assert [c.content for c in claims(text, "ar")] == [content]


def test_a_possessed_noun_after_a_name_is_the_opening_verbs_object_not_part_of_the_speaker() -> None:
    text = "وأبدى مدرب المنتخب باباكار ندياي ثقته في لاعبيه، وقال إن الفريق جاهز."
    assert [c.source for c in claims(text, "ar")] == ["مدرب المنتخب باباكار ندياي"]


@pytest.mark.parametrize(("text", "lang"), [
    ("وقال مسؤول أمني لرويترز إن الهجوم أحبط. وأضاف أن التحقيقات مستمرة.", "ar"),
    ("A police official told Reuters the attack was foiled. He added that the inquiry continues.", "en"),
])
def test_the_same_speaker_going_on_speaks_through_the_same_outlet(text: str, lang: str) -> None:
    assert [a.conduits for a in parse(text, lang).attributions] == [("Reuters",), ("Reuters",)]


def test_a_new_speaker_does_not_inherit_the_outlet() -> None:
    text = "وقال مسؤول أمني لرويترز إن الهجوم أحبط. وقال وزير الداخلية إن الوضع مستقر."
    assert [a.conduits for a in parse(text, "ar").attributions] == [("Reuters",), ()]


@pytest.mark.parametrize(("text", "expected"), [
    ("ونفت الوزارة هذه المزاعم جملة وتفصيلا.", ("هذه المزاعم", "الوزارة")),
    ("ونفى المتحدث باسم الجيش العميد يحيى رسول هذه المزاعم جملة وتفصيلا.",
     ("هذه المزاعم", "المتحدث باسم الجيش العميد يحيى رسول")),
    ("ونفى الوزير بشكل قاطع وجود خلافات.", ("وجود خلافات", "الوزير")),
    ("ونفت الشركة هذه الاتهامات بشدة.", ("هذه الاتهامات", "الشركة")),
])
def test_a_demonstrative_opens_the_object_and_an_adverb_of_manner_is_no_part_of_it(
        text: str, expected: tuple[str, str]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == [expected]


@pytest.mark.parametrize(("text", "canonical"), [
    ("قال الرئيس إن الوضع مستقر.\n\nوأشار التقرير، الذي أعدته لجنة مستقلة، إلى أن الفساد منتشر.", "التقرير"),
    ("قالت وزارة الصحة في بيان إن الوضع مستقر. وأضاف البيان أن الإصابات تراجعت.", "وزارة الصحة"),
])
def test_a_document_alone_is_the_last_speakers_only_when_such_a_document_was_named_before(
        text: str, canonical: str) -> None:
    assert parse(text, "ar").attributions[-1].source_canonical == canonical


@pytest.mark.parametrize(("text", "canonical"), [
    ("وبيّن رئيس هيئة الأركان أن القوات جاهزة. وقال الرئيس إن الإعمار سيبدأ.", "الرئيس"),
    ("قال الرئيس السوري بشار الأسد إن الحرب انتهت. وأضاف الرئيس أن الإعمار سيبدأ.", "Bashar al-Assad"),
])
def test_the_president_alone_is_not_the_head_of_a_body_named_before(text: str, canonical: str) -> None:
    assert parse(text, "ar").attributions[-1].source_canonical == canonical


def test_the_latter_with_no_known_name_before_it_is_not_an_unnamed_source() -> None:
    text = "واتهمت المعارضة الحكومة بتزوير الانتخابات، وهو ما نفته الأخيرة."
    assert not any(a.anonymous for a in parse(text, "ar").attributions)


@pytest.mark.parametrize(("mention", "anonymous"), [
    ("البعثة الأممية", False),
    ("الأمن العام اللبناني", False),
    ("بعض النواب", True),
    ("أحدهما", True),
    ("خبير الأرصاد عبد الله الدرسي", False),
    ("خبير اقتصادي", True),
    ("منتقدو الرئيس التركي رجب طيب أردوغان", True),
])
def test_bodies_named_people_and_unnamed_members_are_told_apart(mention: str, anonymous: bool) -> None:
    [claim] = parse(f"وقال {mention} إن الوضع خطير.", "ar").attributions
    assert claim.anonymous is anonymous


@pytest.mark.parametrize(("text", "source", "anonymous"), [
    ("وقال طالب في الجامعة إنه لم يتلق أي رد.", "طالب في الجامعة", True),
    ("وأكد مهندس في إدارة السدود أن السد سليم.", "مهندس في إدارة السدود", True),
    ("وقال الطبيب محمد علي إن الحالة مستقرة.", "الطبيب محمد علي", False),
    ("وقال المهندس المجلي إن المشروع اكتمل.", "المهندس المجلي", False),
])
def test_a_person_described_by_a_common_noun_alone_is_unnamed_and_a_verb_form_after_said_is_the_subject(
        text: str, source: str, anonymous: bool) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.anonymous) == (source, anonymous)


@pytest.mark.parametrize("text", [
    "ووقع الهجوم في حي شنه مسلحون يعتقد أنهم ينتمون إلى تنظيم داعش.",
    "وقالت البعثة في تغريدة إنها \"تتابع بقلق\" الوضع، وإنها على تواصل مع السلطات.",
    "ونفى الأمن العام، في بيان، ما نسب إلى الوزير السوري.",
])
def test_passives_and_a_verb_inside_a_quoted_fragment_make_no_claim_of_their_own(text: str) -> None:
    assert len(parse(text, "ar").attributions) <= 1
    assert all(a.cue is not None and a.cue.text in ("وقالت", "ونفى") for a in parse(text, "ar").attributions)


def test_according_to_what_one_of_them_said_names_him_as_an_unnamed_source() -> None:
    [claim] = parse("وتوقف الاتفاق بعد أن أثيرت شكوك، وفق ما قاله أحدهم لوكالة الصحافة الفرنسية.", "ar").attributions
    assert (claim.source_text, claim.anonymous, claim.conduits) == ("أحدهم", True, ("AFP",))


@pytest.mark.parametrize(("text", "content"), [
    ("غير أن قوات الدعم السريع نفت في بيان نشرته على تطبيق تلغرام هذه الاتهامات.", "هذه الاتهامات"),
    ("بدوره، رأى الخبير سامي حداد، في حديث لإذاعة \"موزاييك إف إم\"، أن \"الاقتصاد عاجز\".",
     "أن \"الاقتصاد عاجز\""),
])
def test_where_it_was_published_or_broadcast_with_a_name_is_skipped_before_the_content(text: str, content: str) -> None:
    assert claims(text, "ar")[-1].content == content


def test_a_short_quotation_right_before_that_is_a_name_in_the_subject() -> None:
    text = "أظهر استطلاع للرأي أجرته \"الدولية للمعلومات\" أن 61 في المئة من اللبنانيين يريدون الهجرة."
    assert [(c.kind, c.content) for c in claims(text, "ar")] == [
        ("indirect", "أن 61 في المئة من اللبنانيين يريدون الهجرة")]


@pytest.mark.parametrize("text", [
    "أعلنت شركة إعمار المدرجة في سوق دبي المالي عن تراجع أرباحها.",
    "أعلنت شركة \"نخيل الخليج للتطوير\" المدرجة في سوق دبي المالي عن تراجع أرباحها.",
])
def test_a_participle_and_its_complement_after_a_company_name_belong_to_the_source(text: str) -> None:
    [claim] = claims(text, "ar")
    assert (claim.source.endswith("في سوق دبي المالي"), claim.content) == (True, "عن تراجع أرباحها")


@pytest.mark.parametrize(("text", "canonical"), [
    ("وأفادت وكالة أنباء الإمارات بأن الشيخ حمدان بن راشد النعيمي اعتمد الخطة، مؤكدا سموه أن \"الإمارات ماضية\".",
     "حمدان بن راشد النعيمي"),  # (names30: the canonical name drops the honorific)
    ("استقبل الأمير فيصل بن عبدالله بن سعود الوفد. ونوه سموه بالدعم، مؤكدا أن المنطقة تشهد نهضة.",
     "فيصل بن عبدالله بن سعود"),
    ("واختتم الاجتماع، مؤكدا الوزير أن الحكومة ماضية في الإصلاح.", "الوزير"),
])
def test_his_highness_and_a_title_after_a_participle_name_who_asserts_it(text: str, canonical: str) -> None:
    assert parse(text, "ar").attributions[-1].source_canonical == canonical


def test_a_quoted_bloc_name_inside_the_subject_is_no_quotation() -> None:
    text = "ورد عضو تكتل \"الجمهورية القوية\" النائب غياث يزبك على الوزير، قائلا إن \"الاتهامات باطلة\"."
    assert [c.kind for c in claims(text, "ar")] == ["mixed"]


@pytest.mark.parametrize("opening", ["غير أن", "لكن"])
def test_a_coordinated_verb_goes_on_with_the_noun_the_clause_opens_with(opening: str) -> None:
    text = f"وقال الدفاع إن موكله بريء. {opening} المحكمة رفضت الدفوع، وأوضحت أن الأدلة كافية."
    assert parse(text, "ar").attributions[-1].source_canonical == "المحكمة"


@pytest.mark.parametrize("object_", ["الأنباء", "تقارير عن تكلفة المشروع"])
def test_a_spokesman_who_refused_to_comment_is_the_one_who_only_said(object_: str) -> None:
    text = f"ورفض متحدث باسم الهيئة التعليق على {object_}، واكتفى بالقول إن \"التفاصيل ستعلن في حينها\"."
    last = parse(text, "ar").attributions[-1]
    assert (last.source_canonical, last.anonymous) == ("متحدث باسم الهيئة", True)


@pytest.mark.parametrize(("text", "expected"), [
    ("13:55 - الحكومة تنفي ما وصفته بـ\"الشائعات\" بشأن إخلاء المدينة، وتقول إن الوضع \"تحت السيطرة\".",
     [("ما وصفته بـ\"الشائعات\" بشأن إخلاء المدينة", "الحكومة"), ("\"الشائعات\"", "الحكومة"),
      ("إن الوضع \"تحت السيطرة\"", "الحكومة")]),
    ("الحكومة تنفي الشائعات بشأن إخلاء المدينة.", [("الشائعات بشأن إخلاء المدينة", "الحكومة")]),
])
def test_a_present_tense_after_the_subject_a_sentence_opens_with_reports_its_object(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.content.text, a.source_canonical) for a in parse(text, "ar").attributions] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ونفى الوزير وجود أي نقص.", ("وجود أي نقص", "الوزير")),
    ("نفى المتحدث وجود أي نقص، مؤكدا أن المخزون كاف.", ("وجود أي نقص", "المتحدث")),
    ("أعلن رئيس المجلس رفعها إلى الثلاثاء المقبل.", ("رفعها إلى الثلاثاء المقبل", "رئيس المجلس")),
])
def test_a_noun_no_name_can_be_opens_the_object_after_a_definite_subject(text: str, expected: tuple[str, str]) -> None:
    assert (claims(text, "ar")[0].content, claims(text, "ar")[0].source) == expected


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وكتبت إحدى المستخدمات: \"لن نسكت\".", "إحدى المستخدمات", "\"لن نسكت\""),
    ("وحذر علماء شاركوا في الدراسة من أن الجفاف سيتفاقم.", "علماء شاركوا في الدراسة", "أن الجفاف سيتفاقم"),
])
def test_one_of_a_group_and_scientists_described_by_a_verb_are_unnamed(text: str, source: str, content: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text, claim.anonymous) == (source, content, True)


@pytest.mark.parametrize(("text", "source"), [
    ("المندوب الدائم للبلاد، الذي تحدث في نهاية الجلسة، نفى أي مسؤولية لبلاده عن الهجوم.", "المندوب الدائم للبلاد"),
    ("فالخبيرة في شؤون المياه، الدكتورة سارة أوتينو، تقول إن الحرب مكلفة.",
     "الخبيرة في شؤون المياه، الدكتورة سارة أوتينو"),
    ("الوزير، الذي تولى منصبه قبل ستة أشهر فقط، اعترف بوجود \"تراكمات كبيرة\".", "الوزير"),
])
def test_a_subject_before_its_verb_across_a_relative_clause_or_a_name_between_commas(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "ar")] == [source]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وأشار دبلوماسي غربي في الرياض، تحدث إلى «الشرق الأوسط» شرط عدم ذكر اسمه، إلى أن واشنطن تدرس الخيارات.",
     "دبلوماسي غربي في الرياض", "أن واشنطن تدرس الخيارات"),
    ("وعلمت «الشرق الأوسط» أن الاجتماع المقبل سيعقد في الرياض.", "«الشرق الأوسط»",
     "أن الاجتماع المقبل سيعقد في الرياض"),
])
def test_an_outlet_in_quotation_marks_is_named_and_an_aside_telling_it_is_skipped(
        text: str, source: str, content: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == (source, content)
    assert "Asharq Al-Awsat" in (claim.source_canonical, *claim.conduits)


def test_the_middle_east_without_quotation_marks_is_no_outlet() -> None:
    [claim] = parse("وقال الوزير إن الشرق الأوسط يمر بمرحلة صعبة.", "ar").attributions
    assert claim.conduits == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("ويبدو أن هذا الرأي يتعزز، بحسب ما يقوله مقربون من الرئاسة.", [("مقربون من الرئاسة", True)]),
    ("ويقول الصحفي سامي حداد إن \"الصفقة شبه منتهية\"، بحسب ما نشره على حسابه في منصة إكس.",
     [("الصحفي سامي حداد", False)]),
])
def test_according_to_what_they_say_or_what_he_published(text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(a.source_text, a.anonymous) for a in parse(text, "ar").attributions] == expected


def test_a_second_clause_joined_by_wa_anna_after_a_comma_goes_on_with_the_same_speech() -> None:
    text = "وقالت النيابة إن الأفعال \"ثابتة بالوثائق\"، وأن الخبرة المحاسبية كشفت عن اختلالات كبيرة."
    assert [(c.source, c.content) for c in claims(text, "ar")] == [
        ("النيابة", "إن الأفعال \"ثابتة بالوثائق\"، وأن الخبرة المحاسبية كشفت عن اختلالات كبيرة"),
        ("الخبرة المحاسبية", "عن اختلالات كبيرة")]


def test_the_writers_own_opinion_after_a_comma_ends_the_content() -> None:
    text = "يكتب المؤرخ سامي حداد أن القرن العشرين كان \"قرنا قصيرا\"، وأظن أن قرننا هذا سيكون أقصر."
    assert [c.content for c in claims(text, "ar")] == ["أن القرن العشرين كان \"قرنا قصيرا\""]


@pytest.mark.parametrize(("text", "expected"), [
    ("وتطالب منظمات بيئية الحكومات بخفض الانبعاثات.", ("الحكومات بخفض الانبعاثات", "منظمات بيئية")),
    ("وطالب نواب معارضون الحكومة بالاستقالة.", ("الحكومة بالاستقالة", "نواب معارضون")),
])
def test_an_adjective_after_an_indefinite_subject_is_no_introducer_and_the_definite_word_after_is_the_object(
        text: str, expected: tuple[str, str]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == [expected]


@pytest.mark.parametrize(("text", "canonical"), [
    ("وقالت الوزارة إن الأسعار مستقرة. وكانت قد قالت في وقت سابق إن الأزمة ستنتهي.", "الوزارة"),
    ("وقال علي الجبوري إن الموازنة تأخرت.", "علي الجبوري"),
])
def test_an_auxiliary_and_its_particle_are_no_subject_and_ali_after_said_is_a_name(text: str, canonical: str) -> None:
    assert parse(text, "ar").attributions[-1].source_canonical == canonical


def test_a_demonstrative_alone_after_the_verb_is_its_object_and_the_speaker_carries_over() -> None:
    text = "وقال الوزير إن الأسعار ستنخفض. وعزا ذلك إلى تراجع الطلب."
    last = parse(text, "ar").attributions[-1]
    assert (last.content.text, last.source_canonical) == ("ذلك إلى تراجع الطلب", "الوزير")


@pytest.mark.parametrize(("text", "expected"), [
    ("وارتفع التضخم إلى 12 في المئة وفق بيانات البنك المركزي.",
     [("بيانات البنك المركزي", "وارتفع التضخم إلى 12 في المئة")]),
    ("وقتل 12 شخصا بحسب مصادر طبية.", [("مصادر طبية", "وقتل 12 شخصا")]),
    ("وتعمل الحكومة وفق خطة واضحة.", []),
])
def test_figures_or_sources_closing_a_sentence_without_a_comma_back_the_clause_before(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source_text, a.content.text) for a in parse(text, "ar").attributions] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وخلصت دراسة حديثة إلى أن التلوث يقتل الملايين.", ("دراسة حديثة", "أن التلوث يقتل الملايين")),
    ("لكن خبراء لم يشاركوا في الدراسة نبهوا إلى أن النتائج أولية.",
     ("خبراء لم يشاركوا في الدراسة", "أن النتائج أولية")),
])
def test_a_study_concluding_and_experts_warning_report(text: str, expected: tuple[str, str]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == [expected]


def test_an_impersonal_present_tense_right_after_a_comma_is_a_passive() -> None:
    assert parse("وقتل 12 شخصا في الهجوم، يعتقد أنهم من المدنيين.", "ar").attributions == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("ويصيب المرض أكثر من 55 مليون شخص حول العالم، ويتوقع أن يتضاعف هذا العدد.", []),
    ("وعاد اللاعبون بقوة وأضافوا ثلاثة أهداف في الشوط الثاني.", []),
    ("وقال الباحث في الشؤون الأمنية علي الجبوري إن التنظيم يعيد ترتيب صفوفه.",
     [("الباحث في الشؤون الأمنية علي الجبوري", False)]),
    ("وأكد علي الجبوري أن التنظيم يعيد ترتيب صفوفه.", [("علي الجبوري", False)]),
])
def test_passives_scoring_goals_and_the_name_ali_before_a_surname(text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(a.source_text, a.anonymous) for a in parse(text, "ar").attributions] == expected


def test_a_dateline_of_two_cities_is_no_subject() -> None:
    text = ("كييف/واشنطن (رويترز) - قال الرئيس الأوكراني إن القوات الروسية شنت أكبر هجوم، "
            "وطالب الحلفاء الغربيين بتسريع تسليم أنظمة الدفاع الجوي.")
    assert [a.source_canonical for a in parse(text, "ar").attributions] == ["الرئيس الأوكراني"] * 2


@pytest.mark.parametrize(("text", "source"), [
    ("وقال السناتور جيه.دي. فانس إن الأوروبيين \"يجب أن يتحملوا العبء\".", "السناتور جيه.دي. فانس"),
    ("وقال الرئيس الأسبق جورج دبليو. بوش إن الحرب كانت ضرورية.", "الرئيس الأسبق جورج دبليو. بوش"),
])
def test_latin_initials_spelled_in_arabic_letters_do_not_end_the_sentence(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "ar")] == [source]


def test_setting_a_condition_with_a_complementizer_reports_and_ends_the_content_before_it() -> None:
    text = "قال الوزير إن بلاده مستعدة لاستئناف المحادثات، لكنه اشترط أن تنسحب القوات أولا."
    assert [(a.content.text, a.source_canonical) for a in parse(text, "ar").attributions] == [
        ("إن بلاده مستعدة لاستئناف المحادثات", "الوزير"), ("أن تنسحب القوات أولا", "الوزير")]


@pytest.mark.parametrize(("text", "expected"), [
    ("القاهرة - كتب محمود السيد: أكد وزير المالية أن العجز سينخفض.", [("وزير المالية", "أن العجز سينخفض")]),
    ("تونس - كتبت سلوى الماجري: ارتفعت أسعار الخضر في الأسواق.", []),
    ("كتب الوزير: \"لن نتراجع\".", [("الوزير", "\"لن نتراجع\"")]),
    ("وأعرب أيمن حسين عن سعادته بالفوز، مهديا الهدفين إلى الجماهير.", [("أيمن حسين", "عن سعادته بالفوز")]),
])
def test_a_byline_reports_nothing_and_a_participle_of_the_speakers_own_act_ends_the_content(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source_text, a.content.text) for a in parse(text, "ar").attributions] == expected


@pytest.mark.parametrize(("mention", "anonymous"), [("مرجع أمني", True), ("البطريرك الماروني", False)])
def test_an_unnamed_authority_and_a_religious_office(mention: str, anonymous: bool) -> None:
    [claim] = parse(f"وقال {mention} إن الوضع هادئ.", "ar").attributions
    assert claim.anonymous is anonymous


def test_a_relays_preposition_inside_what_was_learned_is_not_the_relay() -> None:
    [claim] = parse("وعلمت الصحيفة أن الوزير سيلتقي عددا من النواب.", "ar").attributions
    assert (claim.source_text, claim.content.text) == ("الصحيفة", "أن الوزير سيلتقي عددا من النواب")


@pytest.mark.parametrize(("text", "expected"), [
    ("وأشاد وزير الطاقة والبنية التحتية بالاتفاقية.", ("وزير الطاقة والبنية التحتية", "بالاتفاقية")),
    ("وأشاد وزير الطاقة والمياه بالاتفاقية.", ("وزير الطاقة والمياه", "بالاتفاقية")),
    ("وأكد وزير الطاقة والمياه أهمية الحوار.", ("وزير الطاقة والمياه", "أهمية الحوار")),
])
def test_a_portfolio_of_two_joined_by_wa_stays_in_the_title(text: str, expected: tuple[str, str]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال الوزير إن الشركة تأمل في الحصول على التمويل \"قبل نهاية الصيف\".",
     [("الوزير", "إن الشركة تأمل في الحصول على التمويل \"قبل نهاية الصيف\"")]),
    ("وقال المصدر إن الحركة أبدت استعدادها لبحث \"ترتيبات مؤقتة\" في الجنوب.",
     [("المصدر", "إن الحركة أبدت استعدادها لبحث \"ترتيبات مؤقتة\" في الجنوب")]),
    ("وأبدى المدرب رغبته في ضم \"لاعب هداف\" خلال الصيف.", []),
    ("ويضيف أستاذ الاقتصاد في جامعة الكويت \"لا أحد يملك الحل\".",
     [("أستاذ الاقتصاد في جامعة الكويت", "\"لا أحد يملك الحل\"")]),
    ("والنائبة تقول في حديثها لبي بي سي \"لن نصوت على الموازنة\".",
     [("النائبة", "\"لن نصوت على الموازنة\"")]),
])
def test_a_quoted_fragment_inside_the_object_of_a_verb_needing_an_opener_is_no_quotation_of_its_own(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == expected


@pytest.mark.parametrize(("told", "outlet"), [("للصحيفة", "Al-Ghad"), ("للموقع", "Axios")])
def test_an_outlet_noun_with_the_article_after_the_source_is_the_outlet_named_before(told: str, outlet: str) -> None:
    text = ("ونقلت صحيفة الغد عن مسؤولين أن الميناء سيغلق. " if outlet == "Al-Ghad" else
            "ونقل موقع أكسيوس عن مسؤولين قولهم إن الميناء سيغلق. ") + f"وقال أحد المسؤولين {told} إن القرار نهائي."
    last = parse(text, "ar").attributions[-1]
    assert (last.source_text, last.content.text, last.conduits) == ("أحد المسؤولين", "إن القرار نهائي", (outlet,))


def test_a_title_of_office_does_not_mean_an_expert_named_with_an_honorific() -> None:
    text = ("ويرى الخبير المالي الدكتور سامي الفخراني أن العجز مقلق. "
            "وأكد رئيس الوزراء أن الحكومة ستخفض الإنفاق.")
    assert [a.source_canonical for a in parse(text, "ar").attributions] == [
        "سامي الفخراني", "رئيس الوزراء"]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال الناطق باسم هيئة الكهرباء سامر العلي إن الأعطال كثيرة. وعزا المسؤول الانقطاع إلى الحر.",
     ["سامر العلي"] * 2),
    ("وقالت المتحدثة باسم البلدية إن الطرق مغلقة. وأشارت المسؤولة إلى أن الفرق تعمل.",
     ["المتحدثة باسم البلدية"] * 2),
    ("وقال مسؤول في البلدية إن الطرق مغلقة. وأضاف المسؤول أن الفرق تعمل.", ["مسؤول في البلدية"] * 2),
])
def test_the_official_alone_is_the_official_who_spoke_last(text: str, expected: list[str]) -> None:
    assert [a.source_canonical for a in parse(text, "ar").attributions] == expected


def test_a_feminine_title_alone_refers_to_the_woman_who_spoke_not_a_man_named_before() -> None:
    text = ("وقال المهندس علي الراشد إن المضخات متوقفة. وقالت الناطقة باسم الشركة إن الإصلاح بدأ. "
            "ولن تعود المياه قبل الغد، على حد قول المتحدثة.")
    assert [a.source_canonical for a in parse(text, "ar").attributions] == [
        "علي الراشد", "الناطقة باسم الشركة", "الناطقة باسم الشركة"]


@pytest.mark.parametrize("mention", ["الطبيب علي الحكيمي", "المهندس علي الراشد"])
def test_the_first_name_ali_is_no_preposition_and_names_the_source(mention: str) -> None:
    [claim] = parse(f"وقال {mention} إن الوضع صعب.", "ar").attributions
    assert (claim.source_text, claim.anonymous) == (mention, False)


@pytest.mark.parametrize("honorific", ["معاليها", "سعادتها"])
def test_a_feminine_honorific_pronoun_refers_back_to_the_woman_named(honorific: str) -> None:
    text = (f"وقالت معالي الدكتورة هند الفارس وزيرة التعليم إن العام الدراسي سيبدأ مبكرا. "
            f"وأضافت {honorific} أن المناهج جاهزة.")
    first, second = parse(text, "ar").attributions
    assert (second.source_text, second.source_canonical) == (honorific, first.source_canonical)


@pytest.mark.parametrize(("text", "source"), [
    ("وقال أحد أقارب الضحية، رافضا الكشف عن اسمه، إن الأسرة تطالب بالقصاص.", "أحد أقارب الضحية"),
    ("وقال أحد سكان القرية إن الأسرة تطالب بالقصاص.", "أحد سكان القرية"),
    ("وقال أحد العمال، شريطة عدم ذكر اسمه، إن الأسرة تطالب بالقصاص.", "أحد العمال"),
])
def test_one_of_a_group_refusing_to_be_named_between_commas_is_an_unnamed_source(text: str, source: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.source_text.startswith(source)  # (the aside may stay in the mention: it is what makes it unnamed)
    assert (claim.content.text, claim.anonymous) == ("إن الأسرة تطالب بالقصاص", True)


@pytest.mark.parametrize("opening", ["إلا أن", "لكن", "غير أن"])
def test_a_title_in_construct_before_the_verb_after_a_connective_is_the_subject(opening: str) -> None:
    text = f"{opening} وزير النقل نفى هذه الأنباء، مؤكدا أن المشروع مستمر."
    assert [(c.source, c.content) for c in claims(text, "ar")] == [
        ("وزير النقل", "هذه الأنباء"), ("", "أن المشروع مستمر")]


@pytest.mark.parametrize(("text", "source"), [
    ("واعترف مدرب الفريق جان بلان بأن الدفاع أخطأ.", "مدرب الفريق جان بلان"),
    ("وأقرت المديرة سارة بلقاسم بأن الموازنة لا تكفي.", "المديرة سارة بلقاسم"),
])
def test_a_name_starting_with_the_cues_preposition_before_bi_anna_stays_in_the_source(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "ar")] == [source]


@pytest.mark.parametrize(("text", "expected"), [
    ("وأشاد المدرب كارلوس مارتينيز بأداء فريقه، وقال إن الفوز مستحق.",
     [("المدرب كارلوس مارتينيز", "بأداء فريقه"), ("المدرب كارلوس مارتينيز", "إن الفوز مستحق")]),
    ("وقال الوزير إن الحوار مستمر. واعتصم المعلمون أمام الوزارة، وقالوا إن رواتبهم تأخرت.",
     [("الوزير", "إن الحوار مستمر"), ("المعلمون", "إن رواتبهم تأخرت")]),
])
def test_the_opening_verbs_subject_speaks_for_and_said_after_a_comma(text: str,
                                                                       expected: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == expected


@pytest.mark.parametrize("mention", ["اقتصاديون", "المحللون"])
def test_economists_and_analysts_as_a_group_are_unnamed(mention: str) -> None:
    [claim] = parse(f"ويرى {mention} أن التضخم سيتراجع.", "ar").attributions
    assert (claim.source_text, claim.anonymous) == (mention, True)


@pytest.mark.parametrize(("text", "expected"), [
    ("أقر مجلس الشورى مشروع قانون الضرائب بعد نقاش طويل.", []),
    ("وأقرت الوزارة بحدوث تأخير في صرف الرواتب.", [("الوزارة", "بحدوث تأخير في صرف الرواتب")]),
    ("وأقر المجلس بالإجماع بوجود نقص في التمويل.", [("المجلس", "بوجود نقص في التمويل")]),
    ("وأقر الوزير بأن الخطة تعثرت.", [("الوزير", "بأن الخطة تعثرت")]),
])
def test_aqarra_with_a_plain_object_passes_a_law_and_reports_only_what_bi_opens(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ودعت الهيئة المجتمع المدني إلى المشاركة في الحوار.",
     [("الهيئة", "المجتمع المدني إلى المشاركة في الحوار")]),
    ("ودعت الوزارة المختصة إلى الحذر.", [("الوزارة المختصة", "الحذر")]),
])
def test_a_masculine_definite_noun_after_a_feminine_subject_is_the_object_not_its_adjective(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == expected


def test_a_trade_alone_or_with_its_nationality_refers_back_to_the_speaker_with_that_trade() -> None:
    text = ("وقال المدرب الإسباني خوان رويث إن اللاعبين تعبوا. وقال مدرب الوحدة كريم سالم إن الحكم أخطأ. "
            "وأضاف المدرب الجزائري أن الفريق سيعود. وقال الخبير التحكيمي حسن عادل إن القرار صحيح. "
            "وأوضح الخبير أن اللقطة واضحة.")
    assert [a.source_canonical for a in parse(text, "ar").attributions] == [
        "خوان رويث", "كريم سالم", "كريم سالم",
        "حسن عادل", "حسن عادل"]


def test_a_body_alone_is_not_the_member_whose_mention_names_it() -> None:
    text = "وأكد النائب سالم العتيبي، عضو لجنة الطاقة، أن الأسعار سترتفع. وأوضح أن اللجنة أوصت بخفض الدعم."
    assert [a.source_canonical for a in parse(text, "ar").attributions][-1] == "اللجنة"


@pytest.mark.parametrize(("text", "speaker"), [
    ("وطالب محامي المدعي بتعويض كامل عن الأضرار، وقال إن موكله خسر عمله.", "محامي المدعي"),
    ("وطلب محامي الدفاع تأجيل الجلسة، مشيرا إلى أن موكله مريض.", "محامي الدفاع"),
    ("وطلب محامي الشركة إحالة ملفها إلى الخبراء، مؤكدا أن العقود سليمة.", "محامي الشركة"),
])
def test_the_complement_after_a_titles_genitive_is_no_part_of_the_speaker_carried_on(text: str, speaker: str) -> None:
    assert parse(text, "ar").attributions[-1].source_canonical == speaker


@pytest.mark.parametrize(("text", "count"), [
    ("وأضاف الباحث في اتصال هاتفي مع الجزيرة.نت: \"الأرقام لا تكذب\".", 1),
    ("وقال المدير إن المصنع أغلق.وأضاف أن العمال سيعودون.", 2),
])
def test_a_sites_suffix_after_a_full_stop_ends_no_sentence(text: str, count: int) -> None:
    assert len(parse(text, "ar").attributions) == count


@pytest.mark.parametrize(("text", "source", "conduits"), [
    ("وبحسب ما أعلنته الشرطة في بيان نشرته على موقعها، فإن المشتبه به فر.", "الشرطة", ()),
    ("ووفقا لمسؤول في تصريح لرويترز، فإن المشتبه به فر.", "مسؤول", ("Reuters",)),
])
def test_where_it_was_said_after_an_according_phrase_is_no_part_of_the_source(
        text: str, source: str, conduits: tuple[str, ...]) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text, claim.conduits) == (source, "فإن المشتبه به فر", conduits)


@pytest.mark.parametrize(("text", "expected"), [
    ("وأكد المدير جاهزية المستشفى، وقال إن الأسرة متوفرة.",
     [("المدير", "جاهزية المستشفى"), ("المدير", "إن الأسرة متوفرة")]),
    ("ونفى الرئيس التنفيذي وجود خسائر، وقال إن الأرباح ارتفعت.",
     [("الرئيس التنفيذي", "وجود خسائر"), ("الرئيس التنفيذي", "إن الأرباح ارتفعت")]),
])
def test_an_object_closed_by_a_comma_before_and_said_is_reported_and_no_part_of_the_speaker(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.canonical, c.content) for c in claims(text, "ar")] == expected


@pytest.mark.parametrize("occasion", ["في بيان", "في تصريح صحفي", "خلال مؤتمر صحفي", "في منشور على حسابه"])
def test_a_title_with_its_post_and_a_name_runs_up_to_where_it_was_said(occasion: str) -> None:
    text = f"وقال سفير الأردن في مصر أمجد العضايلة {occasion} إن التعاون مستمر."
    assert [c.source for c in claims(text, "ar")] == ["سفير الأردن في مصر أمجد العضايلة"]


@pytest.mark.parametrize(("text", "content"), [
    ("وقال المتحدث إن الشركة ستدفع تعويضات، لكنه لم يحدد قيمتها.", "إن الشركة ستدفع تعويضات"),
    ("وأكدت الوزيرة أن الحكومة ستدعم المزارعين، ولكنها لم تكشف حجم الدعم.", "أن الحكومة ستدعم المزارعين"),
])
def test_what_the_speaker_left_out_is_the_writers_words_not_the_content(text: str, content: str) -> None:
    assert [c.content for c in claims(text, "ar")] == [content]


@pytest.mark.parametrize("text", [
    "وكانت وكالة بلومبرغ قد نقلت عن أشخاص مطلعين قولهم إن الشركة ستبيع حصتها.",
    "وكانت بلومبرغ نقلت عن أشخاص مطلعين أن الشركة ستبيع حصتها.",
])
def test_the_outlet_written_before_a_relay_verb_is_the_conduit(text: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.conduits) == ("أشخاص مطلعين", ("Bloomberg",))


def test_an_outlet_noun_alone_before_a_relay_is_the_outlet_named_before() -> None:
    text = "ذكرت وكالة الأنباء السعودية أن الوفد وصل. ونقلت الوكالة عن مسؤول قوله إن المحادثات بدأت."
    assert parse(text, "ar").attributions[-1].conduits == ("Saudi Press Agency",)


@pytest.mark.parametrize(("text", "source"), [
    ("وأعلن المصرف المركزي الشهر الماضي أن الاحتياطي ارتفع.", "المصرف المركزي"),
    ("وقال النائب المستقل سامر يونس في تجمع شعبي إن القانون ظالم.", "النائب المستقل سامر يونس"),
    ("وقالت الهيئة المكلفة بالملف إن التحقيق انتهى.", "الهيئة المكلفة بالملف"),
])
def test_an_adjective_in_mim_is_no_participle_before_a_time_word_or_an_occasion(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "ar")] == [source]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("واتهم البرلمان المنتهية ولايته الحكومة بالتقصير.", "البرلمان المنتهية ولايته", "الحكومة بالتقصير"),
    ("واتهمت حملة المرشح المنتهية ولايته منافسيه بشراء الأصوات.", "حملة المرشح المنتهية ولايته",
     "منافسيه بشراء الأصوات"),
    ("وطالب رئيس المجلس المنتهية ولايته النواب بالحضور.", "رئيس المجلس المنتهية ولايته", "النواب بالحضور"),
])
def test_the_noun_after_a_feminine_participle_agreeing_with_it_belongs_to_the_subject(
        text: str, source: str, content: str) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == [(source, content)]


@pytest.mark.parametrize(("text", "conduits"), [
    ("ونقلت صحيفة الرصيف الجديد عن مصادر أمنية أن المعبر أغلق.", ("الرصيف الجديد",)),
    ("وقال مسؤول لموقع الأخبار إن المعبر أغلق.", ("الأخبار",)),
    ("وأكد مصدر حكومي لوكالة الأنباء الرسمية أن المعبر أغلق.", ("وكالة الأنباء الرسمية",)),
])
def test_an_outlet_noun_and_the_definite_words_after_it_name_an_unknown_conduit(
        text: str, conduits: tuple[str, ...]) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.conduits == conduits


@pytest.mark.parametrize(("text", "content"), [
    ("وحثت الهيئة المستثمرين على التريث.", "المستثمرين على التريث"),
    ("وحث المجلس اللاجئين على التسجيل.", "اللاجئين على التسجيل"),
    ("ودعت الهيئة المستثمرين إلى التريث.", "المستثمرين إلى التريث"),
])
def test_urging_keeps_the_plural_addressee_in_the_content_as_calling_on_does(text: str, content: str) -> None:
    assert [c.content for c in claims(text, "ar")] == [content]


@pytest.mark.parametrize(("text", "kind", "content"), [
    ("ويأمل المدرب في تحقيق الفوز \"أمام جماهيرنا\".", "mixed", "في تحقيق الفوز \"أمام جماهيرنا\""),
    ("وتأمل الهيئة في افتتاح المتحف \"في الربيع\".", "mixed", "في افتتاح المتحف \"في الربيع\""),
    ("وقال المدرب في مؤتمر صحفي \"سنقاتل حتى النهاية\".", "direct", "\"سنقاتل حتى النهاية\""),
])
def test_what_a_verb_of_hoping_hopes_for_before_a_quotation_is_part_of_the_content(
        text: str, kind: str, content: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.kind, claim.content.text) == (kind, content)


@pytest.mark.parametrize("text", ["رأي: هل تنجو الطبقة الوسطى؟", "تحليل: لماذا تأخر الإصلاح؟"])
def test_a_columns_rubric_before_a_colon_is_no_cue(text: str) -> None:
    assert parse(text, "ar").attributions == ()


def test_the_verb_ra_a_before_its_subject_and_a_colon_still_reports() -> None:
    [claim] = parse("ورأى الخبير: \"الأزمة طويلة\".", "ar").attributions
    assert (claim.source_text, claim.content.text) == ("الخبير", "\"الأزمة طويلة\"")


@pytest.mark.parametrize(("text", "source"), [
    ("وقال مؤسس المنصة، كريم داود: \"بدأنا من غرفة صغيرة\".", "مؤسس المنصة، كريم داود"),
    ("وقالت رئيسة الجمعية، هدى سالم: \"لن نتوقف\".", "رئيسة الجمعية، هدى سالم"),
    ("وقال المدرب، مبتسما: \"لن نتوقف\".", "المدرب"),
])
def test_a_name_between_a_comma_and_the_colon_before_a_quotation_belongs_to_the_speaker(text: str, source: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.source_text == source


@pytest.mark.parametrize(("text", "contents"), [
    ("وقالت الطبيبة إن المريض فقد ذاكرة الطفولة.", ["إن المريض فقد ذاكرة الطفولة"]),
    ("وأكد الخبير أن الحاسوب لا يملك ذاكرة.", ["أن الحاسوب لا يملك ذاكرة"]),
    ("وتحدثت المديرة عن الموسم، ذاكرة أن الأرباح تضاعفت.", ["عن الموسم", "أن الأرباح تضاعفت"]),
])
def test_the_noun_memory_is_no_participle_of_mentioning_without_a_clause_after_it(
        text: str, contents: list[str]) -> None:
    assert [c.content for c in claims(text, "ar")] == contents


def test_zaid_is_a_first_name_before_the_object_of_a_title() -> None:
    [claim] = parse("وحث المدير زيد العلي الموظفين على الالتزام.", "ar").attributions
    assert (claim.source_text, claim.content.text) == ("المدير زيد العلي", "الموظفين على الالتزام")


@pytest.mark.parametrize("capital", ["واشنطن", "موسكو"])
def test_a_capital_before_an_informing_verb_in_a_clause_is_its_subject_not_the_addressee(capital: str) -> None:
    text = f"وأكد دبلوماسي أن {capital} أبلغت الوسطاء برفضها للمقترح."
    assert [(c.source, c.content) for c in claims(text, "ar")][-1] == (capital, "برفضها للمقترح")  # (whom it told
    # is out of the content, as after the verb: 'وأبلغت واشنطن الوسطاء برفضها')


def test_an_interviews_answers_are_the_interviewees_words_and_its_questions_no_ones() -> None:
    text = ("مقابلة: مديرة الميناء تتحدث عن التوسعة\n\nحاورها: رامي يوسف\n\n"
            "قالت مديرة الميناء نادية الشامي إن الرصيف الجديد سيفتتح قريبا.\n\n"
            "س: متى تصل أول سفينة إلى الرصيف الجديد؟\nج: ننتظرها في الخريف، والعمل يسير بلا تأخير.\n\n"
            "يوسف: وهل سترتفع رسوم التفريغ؟\n\nالشامي: لا نية لرفعها قبل العام المقبل.\n\n"
            "الشامي: \"الميناء للجميع\".\n\nوقال الشامي: \"سنفتح رصيفا آخر\".")
    found = [(a.content.text, a.source_canonical) for a in parse(text, "ar").attributions]
    who = "نادية الشامي"
    assert ("ننتظرها في الخريف، والعمل يسير بلا تأخير.", who) in found
    assert ("لا نية لرفعها قبل العام المقبل.", who) in found
    assert ("\"الميناء للجميع\"", who) in found
    assert all("؟" not in content for content, _ in found)  # the questions are the interviewer's
    said = [a for a in parse(text, "ar").attributions if "آخر" in a.content.text]
    assert [a.cue.text if a.cue else "" for a in said] == ["وقال"]  # a cue before the colon: no label


@pytest.mark.parametrize("text", [
    "تقرير اقتصادي\n\nالرباط: ارتفعت صادرات الحمضيات هذا الموسم.",
    "وزار الوزير سامي العلي المعرض.\n\nالداخلية: القبض على ثلاثة مشتبه بهم.",
])
def test_a_dateline_or_a_body_before_a_colon_is_no_speakers_turn(text: str) -> None:
    assert not [a for a in parse(text, "ar").attributions if a.content.text.startswith(("ارتفعت", "القبض"))]


@pytest.mark.parametrize(("mention", "canonical"), [
    ("صحيفة الشرق", None),  # one letter off a short name ('الشروق') names another paper
    ("صحيفة الشروق", "Al-Shorouk"),
    ("وكالة فرانس بريس", "AFP"),  # a misspelling in a long name still links
])
def test_a_letter_off_a_short_outlet_name_links_to_no_other_outlet(mention: str, canonical: str | None) -> None:
    from attribution.registry import Registry
    entry = Registry.default().match(mention)
    assert (entry.canonical if entry else None) == canonical
    text = f"ونقلت {mention} عن مسؤول أن المعبر سيغلق غدا."
    [claim] = parse(text, "ar").attributions
    assert "Al-Shorouk" not in claim.conduits or canonical == "Al-Shorouk"


@pytest.mark.parametrize(("text", "found"), [
    ("وذهب الخبير الاقتصادي سامر الحلبي إلى أن الأسعار ستستقر قبل نهاية العام.",
     [("الخبير الاقتصادي سامر الحلبي", "أن الأسعار ستستقر قبل نهاية العام")]),
    ("ويذهب المؤرخ إلى أن المدينة أقدم مما يعتقد.", [("المؤرخ", "أن المدينة أقدم مما يعتقد")]),
    ("وذهب الوزير إلى العاصمة لحضور القمة.", []),
    ("ويذهب الأطفال إلى المدارس صباحا، وتذهب الأمهات إلى الأسواق.", []),
    ("وذهبت اللجنة إلى أبعد من ذلك في تقريرها.", []),
    ("وذهب المدرب المساعد إلى القول إن الحكم أخطأ.", [("المدرب المساعد", "إن الحكم أخطأ")]),
    ("وذهبت الصحيفة إلى القول بأن الحكومة فقدت ثقة الشارع.", [("الصحيفة", "بأن الحكومة فقدت ثقة الشارع")]),
    ("وذهب الوزير إلى القاعة لإلقاء كلمته.", []),
])
def test_a_verb_of_going_holds_a_view_only_before_ila_anna_or_ila_al_qawl_anna(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == found


def test_an_answer_goes_to_the_interviewee_named_without_a_cue_not_to_the_credited_interviewer() -> None:
    text = ("حوار مع مدرب المنتخب\n\nأجرى الحوار: وليد سمير\n\n"
            "التقينا مدرب المنتخب الوطني عادل الرفاعي بعد عودة الفريق من المعسكر.\n\n"
            "س: هل الفريق جاهز للبطولة؟\nج: نعم، اللاعبون في أفضل حالاتهم.\n\n"
            "س/ ومتى تعلن القائمة؟\nج/ بعد المباراة الودية.")
    found = [(a.content.text, a.source_canonical) for a in parse(text, "ar").attributions]
    assert found == [("نعم، اللاعبون في أفضل حالاتهم.", "عادل الرفاعي"),
                     ("بعد المباراة الودية.", "عادل الرفاعي")]


def test_an_outlet_told_with_its_adjectives_leaves_the_speaker_carried_over() -> None:
    text = "قال وزير النقل كريم الساعدي إن الطريق سيفتتح. وقال لموقع إخباري محلي إن الأعمال شارفت على الانتهاء."
    first, second = parse(text, "ar").attributions
    assert second.source is None
    assert second.source_canonical == first.source_canonical
    assert second.conduits == ("موقع إخباري محلي",)
    [told] = parse("وصرح لصحيفة إخبارية مصدر مطلع بأن الموعد تأجل.", "ar").attributions
    assert (told.source_text, told.conduits) == ("مصدر مطلع", ("صحيفة إخبارية",))


@pytest.mark.parametrize(("text", "found"), [
    ("واتهم الحزب الحاكم الحكومة بالتقصير في ملف الكهرباء.",
     [("الحزب الحاكم", "الحكومة بالتقصير في ملف الكهرباء")]),
    ("وطالبت الجهة المعنية البلديات بإزالة المخالفات.",
     [("الجهة المعنية", "البلديات بإزالة المخالفات")]),
])
def test_a_listed_definite_adjective_after_the_subject_belongs_to_it(text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("وأكدت الهيئة المعنية حرصها على تنظيم السوق.", [("الهيئة المعنية", "حرصها على تنظيم السوق")]),
    ("وأكد المدير حرصه على سلامة العاملين.", [("المدير", "حرصه على سلامة العاملين")]),
    ("وقال مدير مكتبه إن اللقاء تأجل.", [("مدير مكتبه", "إن اللقاء تأجل")]),
])
def test_a_noun_with_a_possessive_pronoun_after_the_subject_opens_the_object(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == found


@pytest.mark.parametrize(("text", "source"), [
    ("وندد الناطق بالتصعيد، مضيفا بلهجة غاضبة: «لن نسكت بعد اليوم».", "الناطق"),
    ("وانتقد المحافظ قرار المجلس، مؤكدا بنبرة واضحة: «القرار لن ينفذ».", "المحافظ"),
    ("ورفض رئيس الجمعية الاقتراح مضيفا بلهجة حادة: «هذا غير مقبول».", "رئيس الجمعية"),
])
def test_an_adding_participle_takes_the_sentences_subject_without_its_object(text: str, source: str) -> None:
    [claim] = claims(text, "ar")
    assert (claim.kind, claim.source) == ("direct", source)


def test_a_possessed_noun_after_wa_is_coordinated_with_the_subject() -> None:
    [claim] = claims("وأكد الوزير الأردني ونظيره العراقي على أهمية التعاون.", "ar")
    assert claim.source == "الوزير الأردني ونظيره العراقي"


@pytest.mark.parametrize(("text", "source"), [
    ("وهاجم المحافظ المعارضة، مضيفا بلهجة حادة: «لن نتراجع».", "المحافظ"),
    ("وانتقد المدرب المنظومة التحكيمية، مؤكدا أن فريقه ظلم.", "المدرب"),
    ("وقال الرئيس المنتخب إن الحكومة ستتشكل قريبا.", "الرئيس المنتخب"),
])
def test_a_feminine_word_after_a_masculine_title_is_the_object_not_its_adjective(text: str, source: str) -> None:
    [claim] = claims(text, "ar")
    assert claim.source == source


def test_a_feminine_outlet_told_keeps_its_agreeing_adjectives() -> None:
    text = "قال المحافظ إن الجسر سيفتتح. وأضاف لقناة فضائية خاصة إن التمويل متوفر."
    first, second = parse(text, "ar").attributions
    assert second.source is None
    assert second.source_canonical == first.source_canonical
    assert second.conduits == ("قناة فضائية خاصة",)


@pytest.mark.parametrize(("text", "conduits"), [
    ("وصرح المتحدث لموقع إلكتروني بأن الحوار مستمر.", ("موقع إلكتروني",)),
    ("وقال المتحدث لموقع إلكتروني إخباري إن الحوار مستمر.", ("موقع إلكتروني إخباري",)),
])
def test_a_word_spelled_with_hamza_under_alif_after_an_outlet_noun_is_no_outlet_name(
        text: str, conduits: tuple[str, ...]) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.conduits) == ("المتحدث", conduits)


@pytest.mark.parametrize(("text", "found"), [
    ("وحذر الأمين العام للنقابة، منصف الكرماني، من أن الإضراب سيتسع.",
     [("الأمين العام للنقابة، منصف الكرماني", "أن الإضراب سيتسع")]),
    ("وحذرت وزيرة الصحة، منى الشريف، من أن الوباء ينتشر.", [("وزيرة الصحة، منى الشريف", "أن الوباء ينتشر")]),
    ("وكشف المدير، عنتر السالمي، عن خطة جديدة للنقل.", [("المدير، عنتر السالمي", "عن خطة جديدة للنقل")]),
])
def test_a_name_that_begins_like_the_cues_preposition_is_no_introducer(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == found


@pytest.mark.parametrize(("text", "source"), [
    ("ونقلت وكالة الأنباء عن محافظ البنك، سليم الفارس، قوله إن الفائدة لن تتغير.", "محافظ البنك، سليم الفارس"),
    ("نقلت صحيفة \"الوطن\" عن وزير الصحة، الدكتور سالم البدوي، تأكيده أن المستشفيات جاهزة.",
     "وزير الصحة، الدكتور سالم البدوي"),
    ("ونقلت الوكالة عن المتحدث، أمس، قوله إن الهدنة صامدة.", "المتحدث"),
])
def test_a_name_between_commas_after_the_relayed_source_belongs_to_it(text: str, source: str) -> None:
    [claim] = claims(text, "ar")
    assert claim.source == source


@pytest.mark.parametrize(("text", "anonymous"), [
    ("ويرى متابعون للشأن الرياضي أن الفريق بحاجة إلى تجديد.", True),
    ("وقال متابع للملف إن القرار تأخر.", True),
    ("ويرى المتابعون أن المدرب باق.", True),
    ("وقال المتابع الرياضي سمير الوادي إن المدرب باق.", False),
])
def test_followers_of_a_field_are_an_unnamed_source(text: str, anonymous: bool) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.anonymous is anonymous


@pytest.mark.parametrize(("text", "found"), [
    ("ولم يستبعد مسؤول في الوزارة، فضل عدم ذكر اسمه، أن تلجأ الحكومة إلى تحديد الأسعار.",
     [(True, "أن تلجأ الحكومة إلى تحديد الأسعار")]),
    ("ولم يستبعد مصدر، طلب عدم الكشف عن هويته، أن تتأجل الانتخابات.", [(True, "أن تتأجل الانتخابات")]),
    ("ولم تكشف الصحيفة محتوى الرسالة، غير أنها أكدت أن الوفد وصل.", [(False, "أن الوفد وصل")]),
])
def test_a_negated_stance_verb_reports_across_an_aside_that_leaves_its_source_unnamed(
        text: str, found: list[tuple[bool, str]]) -> None:
    assert [(a.anonymous, a.content.text) for a in parse(text, "ar").attributions] == found


@pytest.mark.parametrize(("text", "source"), [
    ("وانتقد وزير الخارجية نائب الرئيس، مضيفا أن تصريحاته لا تخدم السلام.", "وزير الخارجية"),
    ("وانتقد الوزير نائب الرئيس، مضيفا أن تصريحاته لا تخدم السلام.", "الوزير"),
    ("وهاجم رئيس البرلمان وزير المالية، مؤكدا أن الميزانية غير واقعية.", "رئيس البرلمان"),
    ("وانتقد رئيس الحزب الحاكم، مؤكدا أن الميزانية غير واقعية.", "رئيس الحزب الحاكم"),
])
def test_a_title_and_its_genitive_after_a_complete_title_are_the_object_not_the_speakers_name(
        text: str, source: str) -> None:
    [claim] = claims(text, "ar")
    assert claim.source == source


@pytest.mark.parametrize(("text", "canonical"), [
    ("حذرت منظمة الصحة العالمية من انتشار الوباء. وقال ممثل المنظمة في البلاد إن 300 حالة سجلت. "
     "ووفق المنظمة، فإن نقص المياه يزيد الخطر.", "World Health Organization"),
    ("ونقلت صحيفة \"صدى الوادي\" عن خبراء قولهم إن الحقل كبير. وأضافت الصحيفة أن الإنتاج سيبدأ قريبا.",
     "صحيفة \"صدى الوادي\""),
    ("وقال الوزير لصحيفة «الفجر» إن الخطة جاهزة. وبحسب الصحيفة، فإن التنفيذ سيبدأ قريبا.", "صحيفة «الفجر»"),
])
def test_a_definite_body_noun_alone_refers_to_the_body_named_before_not_its_member_or_nobody(
        text: str, canonical: str) -> None:
    assert parse(text, "ar").attributions[-1].source_canonical == canonical


@pytest.mark.parametrize(("text", "found"), [
    ("وأكد سموه أهمية تعزيز الشراكة.", [("سموه", "أهمية تعزيز الشراكة")]),
    ("وأضافت معاليها أن الوزارة ستتابع الملف.", [("معاليها", "أن الوزارة ستتابع الملف")]),
])
def test_an_honorific_pronoun_is_the_whole_subject_before_the_object(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == found


@pytest.mark.parametrize(("text", "canonical"), [
    ("استقبل سمو ولي العهد وفدا من رجال الأعمال. وأكد سموه أهمية تعزيز الشراكة.", "ولي العهد"),
    ("استقبل صاحب السمو الشيخ حمد بن راشد وفدا. وأكد سموه أهمية تعزيز الشراكة.", "حمد بن راشد"),
])
def test_his_highness_refers_to_the_title_written_after_sumuw(text: str, canonical: str) -> None:
    assert parse(text, "ar").attributions[-1].source_canonical == canonical


@pytest.mark.parametrize(("text", "found"), [
    ("وأكد الوزير خلال اللقاء أهمية تعزيز الشراكة.", [("الوزير", "أهمية تعزيز الشراكة")]),
    ("استقبل المحافظ الوفد، وأكد المحافظ خلال الاجتماع الثنائي ضرورة التنسيق.",
     [("المحافظ", "ضرورة التنسيق")]),
    ("ونفى الوزير في المؤتمر وجود أي خلاف.", [("الوزير", "وجود أي خلاف")]),
    ("وقال الوزير في الاجتماع إن الخطة جاهزة.", [("الوزير", "إن الخطة جاهزة")]),
])
def test_the_occasion_between_the_subject_and_the_object_is_not_all_that_is_left(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == found


@pytest.mark.parametrize(("later", "canonical"), [
    ("وقال رئيس النادي إن الجهاز الفني مسؤول.", "رئيس النادي"),
    ("وقال المدرب إن الجهاز الفني مسؤول.", "سامي الحمادي"),
    ("وقال الحمادي إن الجهاز الفني مسؤول.", "سامي الحمادي"),
])
def test_a_title_holder_of_the_same_body_is_not_the_professional_named_before(later: str, canonical: str) -> None:
    text = "قال مدرب نادي الواحة، سامي الحمادي، إن الفريق قدم مباراة كبيرة. " + later
    assert parse(text, "ar").attributions[-1].source_canonical == canonical


@pytest.mark.parametrize(("later", "content"), [
    ("كما طالب بتشكيل لجنة تحقيق.", "بتشكيل لجنة تحقيق"),
    ("كما اتهم الحكومة بالفشل في إدارة الأزمة.", "الحكومة بالفشل في إدارة الأزمة"),
    ("كما أكد أن الحكومة فشلت.", "أن الحكومة فشلت"),
])
def test_a_verb_after_kama_opening_the_sentence_carries_the_speaker_over(later: str, content: str) -> None:
    text = "قال زعيم المعارضة سليم الكناني إن الوعود لا تصدق. " + later
    first, second = parse(text, "ar").attributions
    assert (second.source_text, second.source_canonical, second.content.text) == (
        "", first.source_canonical, content)


def test_a_subject_written_after_kama_and_the_verb_still_speaks() -> None:
    [claim] = claims("وأعلنت المتحدثة أن الوفد وصل، كما أشارت سلمى العبيدي إلى أن المحادثات تبدأ غدا.", "ar")[1:]
    assert (claim.source, claim.content) == ("سلمى العبيدي", "أن المحادثات تبدأ غدا")


@pytest.mark.parametrize(("text", "found"), [
    ("نفت السفارة الأمريكية في بغداد الاتهامات الموجهة إليها.",
     [("السفارة الأمريكية في بغداد", "الاتهامات الموجهة إليها")]),
    ("نفى المتحدث في المؤتمر الاتهامات الموجهة إليه.", [("المتحدث", "الاتهامات الموجهة إليه")]),
])
def test_the_capital_a_body_sits_in_belongs_to_the_subject_before_the_object(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims("قال المحافظ إن الوضع مستقر. " + text, "ar")[1:]] == found


@pytest.mark.parametrize(("text", "found"), [
    ("نفى مسؤول في الوزارة الاتهامات الموجهة إليها.", [("مسؤول في الوزارة", "الاتهامات الموجهة إليها")]),
    ("وقال مسؤول في القوات المسلحة إن الهدنة صامدة.", [("مسؤول في القوات المسلحة", "إن الهدنة صامدة")]),
])
def test_a_definite_plural_after_an_unnamed_sources_workplace_opens_the_object(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims("قال المحافظ إن الوضع مستقر. " + text, "ar")[1:]] == found


def test_a_definite_body_noun_refers_to_the_body_cited_most_not_the_latest_named() -> None:
    text = ("أعلنت منظمة النور للإغاثة أن المساعدات وصلت إلى المخيمات. وقالت منظمة النور للإغاثة إن الاحتياجات "
            "كبيرة. وأشارت منظمة الأمل الطبية إلى نقص الأدوية. وقال وزير الصحة إن المستشفيات مكتظة. ووفق المنظمة، "
            "فإن عدد النازحين ارتفع.")
    assert parse(text, "ar").attributions[-1].source_canonical == "منظمة النور للإغاثة"


@pytest.mark.parametrize(("text", "canonical"), [
    ("قالت منظمة النور للإغاثة إن المساعدات وصلت. وقالت منظمة الأمل الطبية إن الأدوية نفدت. "
     "ووفق المنظمة، فإن عدد المرضى ارتفع.", "منظمة الأمل الطبية"),
    ("قالت منظمة النور للإغاثة إن المساعدات وصلت. وقالت منظمة النور للإغاثة إن المخيمات مكتظة. "
     "وقالت منظمة الأمل الطبية إن الأدوية نفدت. وأضافت المنظمة أن عدد المرضى ارتفع.", "منظمة الأمل الطبية"),
    ("قالت وزارة الصحة إن اللقاحات وصلت. وقالت وزارة الصحة إن المستشفيات جاهزة. وقالت وزارة التعليم إن المدارس "
     "ستغلق. وأكدت الوزارة أن الامتحانات تأجلت.", "وزارة التعليم"),
])
def test_a_definite_body_noun_refers_to_the_latest_body_when_none_is_cited_more_or_it_just_spoke(
        text: str, canonical: str) -> None:
    assert parse(text, "ar").attributions[-1].source_canonical == canonical


@pytest.mark.parametrize(("text", "source"), [
    ("وقال 14 من أصل 17 اقتصاديا إن التضخم سيرتفع.", "14 من أصل 17 اقتصاديا"),
    ("وقال ثلاثة من بين خمسة محللين إن الأسعار سترتفع.", "ثلاثة من بين خمسة محللين"),
    ("ويرى سبعة من كل عشرة ناخبين أن الاقتصاد يتراجع.", "سبعة من كل عشرة ناخبين"),
])
def test_a_count_out_of_a_group_of_unnamed_people_is_the_whole_anonymous_source(text: str, source: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.anonymous) == (source, True)


@pytest.mark.parametrize(("text", "found"), [
    ("وطالب الوزير بإلحاح بفتح تحقيق.", [("الوزير", "بفتح تحقيق")]),
    ("وحذر الخبراء بوضوح من انهيار العملة.", [("الخبراء", "من انهيار العملة")]),
    ("وأكد الوزير بوضوح أن الخطة جاهزة.", [("الوزير", "أن الخطة جاهزة")]),
    ("ودعت النقابة بحزم إلى زيادة الأجور.", [("النقابة", "زيادة الأجور")]),
])
def test_a_manner_adverb_with_bi_between_the_subject_and_the_introducer_is_neither(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == found


@pytest.mark.parametrize(("later", "found"), [
    ("وطالب الحكومة بالاستقالة.", ("", "رئيس الحزب", "الحكومة بالاستقالة")),
    ("وحث الحكومة على الاستقالة.", ("", "رئيس الحزب", "الحكومة على الاستقالة")),
    ("ودعا الحكومة الجديدة إلى الاستقالة.", ("", "رئيس الحزب", "الحكومة الجديدة إلى الاستقالة")),
    ("وطالبت الحكومة بالتحقيق.", ("الحكومة", "الحكومة", "بالتحقيق")),
    ("وطالب الحزب بالتحقيق.", ("الحزب", "الحزب", "بالتحقيق")),
])
def test_a_feminine_body_after_a_masculine_verb_is_its_object_and_the_speaker_goes_on(
        later: str, found: tuple[str, str, str]) -> None:
    claim = parse("قال رئيس الحزب إن الانتخابات مزورة. " + later, "ar").attributions[-1]
    assert (claim.source_text, claim.source_canonical, claim.content.text) == found


@pytest.mark.parametrize(("later", "found"), [
    ("ودعا المزارعين إلى ترشيد المياه.", ("", "مدير الهيئة", "المزارعين إلى ترشيد المياه")),
    ("كما دعا المزارعين إلى ترشيد المياه.", ("", "مدير الهيئة", "المزارعين إلى ترشيد المياه")),
    ("ودعا المسافرين القادمين إلى التسجيل.", ("", "مدير الهيئة", "المسافرين القادمين إلى التسجيل")),
    ("ودعا المهندسون إلى ترشيد المياه.", ("المهندسون", "المهندسون", "ترشيد المياه")),
    ("ودعا الأمين العام إلى ترشيد المياه.", ("الأمين العام", "الأمين العام", "ترشيد المياه")),
])
def test_a_sound_plural_in_the_oblique_after_a_verb_of_calling_is_its_object_and_the_speaker_goes_on(
        later: str, found: tuple[str, str, str]) -> None:
    claim = parse("قال مدير الهيئة إن الموسم جاف. " + later, "ar").attributions[-1]
    assert (claim.source_text, claim.source_canonical, claim.content.text) == found


@pytest.mark.parametrize(("text", "source", "anonymous"), [
    ("وقال مدير المدرسة فادي نصار لمراسلنا إن الدوام سيستأنف غدا.", "مدير المدرسة فادي نصار", False),
    ("وتشير استطلاعات رأي إلى أن نصف السكان يؤيدون المشروع.", "استطلاعات رأي", True),
    ("ويرى أكاديميون أن المنهج الجديد طموح.", "أكاديميون", True),
    ("وقال عدد من المشاركين إن الورشة كانت مفيدة.", "عدد من المشاركين", True),
])
def test_a_reporter_told_a_poll_of_opinion_and_unnamed_academics(text: str, source: str, anonymous: bool) -> None:
    claim = parse(text, "ar").attributions[0]
    assert (claim.source_text, claim.anonymous) == (source, anonymous)


@pytest.mark.parametrize(("opening", "later", "speaker"), [
    ("قال شيخ الطريقة سالم العدوي إن الاحتفال سيقام غدا.", "وقال رئيس اللجنة إن الترتيبات اكتملت.", "رئيس اللجنة"),
    ("قال أمير المنطقة سالم العدوي إن الاحتفال سيقام غدا.", "وقال رئيس اللجنة إن الترتيبات اكتملت.", "رئيس اللجنة"),
    ("قال الشيخ سالم العدوي إن الاحتفال سيقام غدا.", "وقال رئيس اللجنة إن الترتيبات اكتملت.",
     "سالم العدوي"),  # (names30: the canonical name drops the honorific)
])
def test_an_honorific_in_construct_with_a_definite_word_is_an_office_no_later_title_takes_over(
        opening: str, later: str, speaker: str) -> None:
    assert parse(opening + " " + later, "ar").attributions[-1].source_canonical == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("نشرت دار النشر الوطنية فهرسا جديدا. وقالت الدار إن الكتب ستوزع مجانا.", "دار النشر الوطنية"),
    ("افتتحت هيئة الطرق جسرا. ووقعت هيئة المياه عقدا. وقالت الهيئة إن العمل مستمر.", "هيئة المياه"),
    ("ذكرت مصادر أن الهيئة تدرس الأمر. وقالت الهيئة إن العمل مستمر.", "الهيئة"),
])
def test_a_definite_body_noun_alone_is_the_body_last_written_with_it_though_it_said_nothing(
        text: str, speaker: str) -> None:
    claim = parse(text, "ar").attributions[-1]
    assert (claim.source_canonical, claim.anonymous) == (speaker, False)


@pytest.mark.parametrize(("later", "speaker"), [
    ("لكن المزارعين اعترضوا على القرار، وقالوا إنه مجحف.", "المزارعين"),
    ("غير أن السكان تظاهروا أمام البلدية، وقالوا إن المياه مقطوعة.", "السكان"),
    ("واعترض أولياء أمور على القرار، وقالوا إنه مجحف.", "أولياء"),
    ("ورحب نواب المعارضة بالقرار، وقالوا إنه متأخر.", "نواب المعارضة"),
])
def test_a_plural_verb_after_a_comma_takes_the_plural_subject_of_its_sentence_not_the_last_speaker(
        later: str, speaker: str) -> None:
    claim = parse("قال المحافظ إن الخطة جاهزة. " + later, "ar").attributions[-1]
    assert claim.source_text == speaker
    assert claim.source_canonical != "المحافظ"


@pytest.mark.parametrize(("text", "source", "content"), [
    ('وقال المحلل في بنك الاستثمار "الريادة" سامي حداد إن "النمو سيتباطأ".',
     'المحلل في بنك الاستثمار "الريادة" سامي حداد', 'إن "النمو سيتباطأ"'),
    ('وقالت الباحثة في شركة "آفاق" منى بدير إن الطلب يتراجع.',
     'الباحثة في شركة "آفاق" منى بدير', "إن الطلب يتراجع"),
])
def test_a_quoted_name_of_a_body_inside_a_speakers_workplace_is_part_of_the_mention_not_words(
        text: str, source: str, content: str) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == [(source, content)]


@pytest.mark.parametrize(("later", "found"), [
    ("وأكد هو الآخر أهمية الحوار بين الطرفين.", ("هو الآخر", "وزير الخارجية", "أهمية الحوار بين الطرفين")),
    ("وقال هو الآخر إن الحوار ضروري.", ("هو الآخر", "وزير الخارجية", "إن الحوار ضروري")),
    ("وقال وزير المالية هو الآخر إن الميزانية متوازنة.", ("وزير المالية", "وزير المالية", "إن الميزانية متوازنة")),
])
def test_a_pronoun_with_al_akhar_is_he_too(later: str, found: tuple[str, str, str]) -> None:
    claim = parse("قال وزير الخارجية إن المفاوضات مستمرة. " + later, "ar").attributions[-1]
    assert (claim.source_text, claim.source_canonical, claim.content.text) == found


@pytest.mark.parametrize(("text", "source"), [
    ("وقالت بعثة الأمم المتحدة في الصومال إن الوضع الأمني تحسن.", "بعثة الأمم المتحدة في الصومال"),
    ("وقالت بعثة الاتحاد الأوروبي في العراق إن الانتخابات ستجرى.", "بعثة الاتحاد الأوروبي في العراق"),
    ("وقالت هيئة الأرصاد في تنبيه عاجل إن الأمطار ستهطل.", "هيئة الأرصاد"),
    ("وقال مكتب المنظمة في جنوب السودان إن المساعدات وصلت.", "مكتب المنظمة في جنوب السودان"),
    ("وقالت بعثة الأمم المتحدة في بيان إن الوضع تحسن.", "بعثة الأمم المتحدة"),
    ("وقالت بعثة الأمم المتحدة في وقت لاحق إن الوضع تحسن.", "بعثة الأمم المتحدة"),
    ("وقالت بعثة الأمم المتحدة في المقابل إن الوضع تحسن.", "بعثة الأمم المتحدة"),
])
def test_the_place_a_body_works_in_right_before_the_content_belongs_to_the_mention(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "ar")] == [source]


@pytest.mark.parametrize(("text", "found"), [
    ("نفت بعثة الأمم المتحدة في الصومال الاتهامات الموجهة إليها.",
     [("بعثة الأمم المتحدة في الصومال", "الاتهامات الموجهة إليها")]),
])
def test_the_definite_place_a_body_works_in_belongs_to_the_subject_before_the_object(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("نفت الوزارة في المقابل الاتهامات الموجهة إليها.", [("الوزارة", "الاتهامات الموجهة إليها")]),
    ("وأكدت الحكومة في الوقت نفسه أن الحوار مستمر.", [("الحكومة", "أن الحوار مستمر")]),
])
def test_an_adverbial_with_fi_between_the_subject_and_the_object_is_neither(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("ويتقدم المرشح بفارق كبير بحسب آخر استطلاعات الرأي.", [("آخر استطلاعات الرأي", "ويتقدم المرشح بفارق كبير")]),
    ("وارتفع عدد الضحايا إلى مئة بحسب أحدث حصيلة رسمية.", [("أحدث حصيلة رسمية", "وارتفع عدد الضحايا إلى مئة")]),
    ("ويصل القطار في الموعد بحسب الجدول.", []),
])
def test_the_latest_polls_or_toll_closing_a_sentence_without_a_comma_are_its_source(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == found


@pytest.mark.parametrize(("text", "anonymous"), [
    ("وبحسب أحدث استطلاعات الرأي، يتقدم المرشح بفارق كبير.", True),
    ("وبحسب استطلاعات الرأي، يتقدم المرشح بفارق كبير.", True),
    ("وبحسب استطلاع أجرته جامعة القدس، يتقدم المرشح بفارق كبير.", False),
])
def test_polls_no_one_is_named_for_are_an_unnamed_source(text: str, anonymous: bool) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.anonymous is anonymous


@pytest.mark.parametrize(("text", "found"), [
    ("وكشف مصدر مطلع على الملف أن الاتفاق سيوقع الشهر المقبل.",
     [("مصدر مطلع على الملف", "أن الاتفاق سيوقع الشهر المقبل")]),
    ("وأكد مصدر مطلع على سير المفاوضات أن الجولة المقبلة ستعقد في جنيف.",
     [("مصدر مطلع على سير المفاوضات", "أن الجولة المقبلة ستعقد في جنيف")]),
    ("وأكد الوزير على أهمية الحوار.", [("الوزير", "على أهمية الحوار")]),
])
def test_what_an_unnamed_source_knows_of_belongs_to_the_mention_and_is_no_introducer(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == found


@pytest.mark.parametrize(("later", "content"), [
    ("وأفيد بأن قوات الأمن طوقت المنطقة بالكامل.", "بأن قوات الأمن طوقت المنطقة بالكامل"),
    ("كما أفيد عن سقوط قتلى في الاشتباكات.", "عن سقوط قتلى في الاشتباكات"),
    ("وقيل إن الوزير سيستقيل.", "إن الوزير سيستقيل"),
])
def test_a_passive_verb_of_reporting_reports_for_no_one_named(later: str, content: str) -> None:
    claim = parse("قال المحافظ إن الوضع مستقر. " + later, "ar").attributions[-1]
    assert (claim.content.text, claim.source_text, claim.source_canonical) == (content, "", "")


def test_a_body_noun_closing_a_sentence_is_no_place_to_read() -> None:
    assert claims("0\nقال الجيش", "ar") == []


@pytest.mark.parametrize(("text", "found"), [
    ("وأشارت الوكالة نقلا عن شهود إلى أن النيران امتدت إلى المباني المجاورة.",
     [("الوكالة", "أن النيران امتدت إلى المباني المجاورة"), ("شهود", "أن النيران امتدت إلى المباني المجاورة")]),
    ("وشددت الصحيفة نقلا عن مصادر مطلعة على أن القرار نهائي.",
     [("الصحيفة", "أن القرار نهائي"), ("مصادر مطلعة", "أن القرار نهائي")]),
])
def test_a_relayed_source_ends_before_the_verbs_preposition_and_complementizer(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("ودعت الأمم المتحدة جميع الأطراف إلى ضبط النفس.", [("الأمم المتحدة", "جميع الأطراف إلى ضبط النفس")]),
    ("وحث الوزير كل المواطنين على الالتزام بالتعليمات.", [("الوزير", "كل المواطنين على الالتزام بالتعليمات")]),
    ("وقال أحد كبار المسؤولين إن الخطة جاهزة.", [("أحد كبار المسؤولين", "إن الخطة جاهزة")]),
])
def test_a_quantifier_after_a_definite_subject_opens_the_object(text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == found


def test_a_verb_of_going_on_before_a_present_cue_is_no_subject() -> None:
    claim = parse("قال الوزير إن الأسعار ستنخفض. ومضى يقول إن الحكومة ستدعم المزارعين.", "ar").attributions[-1]
    assert (claim.source_text, claim.source_canonical, claim.content.text) == (
        "", "الوزير", "إن الحكومة ستدعم المزارعين")


@pytest.mark.parametrize("text", [
    "وبحسب ما أفادت وكالة الأنباء الرسمية نقلا عن مصدر أمني، فإن المهاجمين اعتقلوا.",
    "واعتقل المهاجمون، بحسب ما أفادت وكالة الأنباء الرسمية نقلا عن مصدر أمني.",
])
def test_an_according_phrase_relaying_a_source_names_the_source_with_the_outlet_as_conduit(text: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.anonymous, claim.conduits) == ("مصدر أمني", True, ("وكالة الأنباء الرسمية",))


@pytest.mark.parametrize(("text", "found"), [
    ("وسبق أن أكد الوزير أن الحوار مستمر.", [("الوزير", "أن الحوار مستمر")]),
    ("وطلب الوزير أن يؤكد المسؤولون التزامهم.", []),
])
def test_a_past_verb_after_sabaqa_an_reports_and_a_subjunctive_after_an_does_not(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("وأشار التقرير إلى أن معدلات البطالة ارتفعت بين الشباب.",
     [("التقرير", "أن معدلات البطالة ارتفعت بين الشباب")]),
    ("ووفقا لوزارة الداخلية، فقد اعتقل ثلاثة أشخاص في المداهمة.",
     [("وزارة الداخلية", "فقد اعتقل ثلاثة أشخاص في المداهمة")]),
    ("ونقلت وكالة الأنباء الرسمية عن مصدر حكومي قوله إن الاجتماع تأجل.", [("مصدر حكومي", "إن الاجتماع تأجل")]),
    ("وبحسب مصادر مطلعة، فإن المفاوضات وصلت إلى طريق مسدود.",
     [("مصادر مطلعة", "فإن المفاوضات وصلت إلى طريق مسدود")]),
    ("وأفاد شهود عيان بأن الانفجار وقع قرب السوق المركزي.", [("شهود عيان", "بأن الانفجار وقع قرب السوق المركزي")]),
    ("وصرح مدير المستشفى لوكالة الأنباء بأن حالة المصابين مستقرة.",
     [("مدير المستشفى", "بأن حالة المصابين مستقرة")]),
    ("وقالت الوزارة في بيان إن الحدود ستفتح أمام المسافرين.", [("الوزارة", "إن الحدود ستفتح أمام المسافرين")]),
    ("ونقلا عن مسؤول في الشركة، فإن المصنع سيغلق لمدة أسبوعين.",
     [("مسؤول في الشركة", "فإن المصنع سيغلق لمدة أسبوعين")]),
    ("وقال الناطق العسكري إن الرئيس أكد أن القوات لن تنسحب.",
     [("الناطق العسكري", "إن الرئيس أكد أن القوات لن تنسحب"), ("الرئيس", "أن القوات لن تنسحب")]),
    ("وأضاف الوزير: \"لن نسمح بتكرار ما حدث\".", [("الوزير", "\"لن نسمح بتكرار ما حدث\"")]),
    ("وأكدت مصادر أمنية لـ\"الجزيرة\" أن المهاجمين فروا إلى الجبال.",
     [("مصادر أمنية", "أن المهاجمين فروا إلى الجبال")]),
    ("وبحسب بيان صادر عن الرئاسة، فإن الرئيس سيزور ثلاث دول.",
     [("بيان صادر عن الرئاسة", "فإن الرئيس سيزور ثلاث دول")]),
    ("ووفق ما نقلته وكالة رويترز عن مسؤولين، فإن الصفقة ألغيت.", [("مسؤولين", "فإن الصفقة ألغيت")]),
    ("\"نحن مستعدون للحوار\"، قال رئيس الوفد، \"لكننا لن نقبل الشروط المسبقة\".",
     [("رئيس الوفد", "\"نحن مستعدون للحوار\""), ("رئيس الوفد", "\"لكننا لن نقبل الشروط المسبقة\"")]),
    ("ونسبت الصحيفة إلى مسؤول كبير قوله إن الحكومة ستستقيل.", [("مسؤول كبير", "إن الحكومة ستستقيل")]),
    ("وجاء في البيان أن الوزارة ستتخذ إجراءات صارمة.", [("البيان", "أن الوزارة ستتخذ إجراءات صارمة")]),
    ("وقال أمس وزير الخارجية إن الحوار مستمر.", [("وزير الخارجية", "إن الحوار مستمر")]),
    ("وفي تصريح لقناة العربية، قال الوزير إن الحوار مستمر.", [("الوزير", "إن الحوار مستمر")]),
    ("وكتب الرئيس في تغريدة على تويتر أن الاتفاق تاريخي.", [("الرئيس", "أن الاتفاق تاريخي")]),
    ("وأعلنت وزارة الداخلية، في بيان، أنها اعتقلت خمسة مشتبه بهم.",
     [("وزارة الداخلية", "أنها اعتقلت خمسة مشتبه بهم")]),
])
def test_common_arabic_news_constructions(text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == found


def test_an_according_phrase_between_the_subject_and_the_complementizer_is_a_second_source() -> None:
    assert [(c.source, c.content) for c in claims("وقالت الشاهدة وفقا لسجلات الشرطة إن الرجل هرب.", "ar")] == [
        ("الشاهدة", "إن الرجل هرب"), ("سجلات الشرطة", "إن الرجل هرب")]


@pytest.mark.parametrize(("text", "source"), [
    ("وقالت المشرفة على المبنى إن الرجل هرب.", "المشرفة على المبنى"),
    ("وقال المسؤول عن الملف إن المفاوضات متعثرة.", "المسؤول عن الملف"),
    ("وقال المعهد على تويتر إن الدراسة نشرت.", "المعهد"),
])
def test_a_participle_heading_the_subject_keeps_its_complement(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "ar")] == [source]


@pytest.mark.parametrize(("text", "found"), [
    ("وارتفع عدد الضحايا إلى مئة وفقا لمصادر طبية.", [("مصادر طبية", "وارتفع عدد الضحايا إلى مئة")]),
    ("ويصل القطار في الموعد وفقا للجدول.", []),
])
def test_an_unnamed_source_glued_to_the_according_li_closing_a_sentence_reports_it(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("وتضمنت الإجراءات ضرورة تسجيل المرشحين.", [("الإجراءات", "ضرورة تسجيل المرشحين")]),
    ("كما تضمنت التعليمات ضرورة الالتزام بالمواعيد.", [("التعليمات", "ضرورة الالتزام بالمواعيد")]),
    ("وتضمنت العقوبة دفع غرامة كبيرة.", []),
    ("وندد البيان بالهجوم.", []),
])
def test_a_written_rule_states_the_bare_object_of_its_verb(text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.source, c.content) for c in claims(text, "ar")] == found


@pytest.mark.parametrize(("text", "source", "conduits"), [
    ("وأبلغ الوزير البرلمان أن الميزانية ستتأخر.", "الوزير", ()),
    ("وأبلغت وزارة الخارجية السفير أن الاتفاق ألغي.", "وزارة الخارجية", ()),
    ("وأبلغ مسؤول أمريكي رويترز أن المحادثات فشلت.", "مسؤول أمريكي", ("Reuters",)),
    ("وأخبر الرئيس الصحفيين بأن الحرب انتهت.", "الرئيس", ()),
    ("وأبلغ وزير الخارجية الأمريكي البرلمان أن الاتفاق ألغي.", "وزير الخارجية الأمريكي", ()),
    ("أبلغت الإدارة موظفيها بأن الفرع سيغلق.", "الإدارة", ()),
    ("وأبلغ المدرب لاعبيهم أن المباراة تأجلت.", "المدرب", ()),
    ("وأبلغ مسؤول رفيع المراسلين بأن الزيارة ألغيت.", "مسؤول رفيع", ()),
    ("أبلغ مصدر دبلوماسي الصحافيين أن القمة ستعقد.", "مصدر دبلوماسي", ()),
    ("وأبلغ ضابط أمني وكالة الأنباء أن الحدود أغلقت.", "ضابط أمني", ("وكالة الأنباء",)),
])
def test_whom_a_verb_of_telling_addresses_is_no_part_of_its_subject(
        text: str, source: str, conduits: tuple[str, ...]) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.conduits) == (source, conduits)


@pytest.mark.parametrize("text", [
    "طرابلس - وفقا لمسؤول في وزارة الصحة، فإن المستشفى سيفتح أبوابه الشهر المقبل.",
    "دمشق (سانا) - وبحسب مسؤول في وزارة الصحة، فإن المستشفى سيفتح أبوابه الشهر المقبل.",
])
def test_an_according_phrase_right_after_the_dateline_opens_its_clause(text: str) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == [
        ("فإن المستشفى سيفتح أبوابه الشهر المقبل", "مسؤول في وزارة الصحة")]


@pytest.mark.parametrize(("text", "expected"), [
    ("ونفى المتحدث أي صلة بالحادث.", ("أي صلة بالحادث", "المتحدث")),
    ("ونفى المتحدث باسم البلدية أي تقصير في الصيانة.", ("أي تقصير في الصيانة", "المتحدث باسم البلدية")),
    ("ونفت النقابة أي مسؤولية عن الإضراب.", ("أي مسؤولية عن الإضراب", "النقابة")),
])
def test_any_after_the_subject_opens_the_denied_object(text: str, expected: tuple[str, str]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == [expected]


@pytest.mark.parametrize("text", [
    "وقالت المخابرات العامة إن الخلية كانت تخطط لهجمات.",
    "وتعتقد الاستخبارات البريطانية أن الخلية كانت تخطط لهجمات.",
    "وأعلن جهاز الرقابة أن الخلية كانت تخطط لهجمات.",
])
def test_an_intelligence_service_is_a_government_body_not_an_unnamed_person(text: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_type, claim.anonymous) == ("government", False)


def test_a_deputy_of_a_ministry_is_an_official_and_the_ministry_after_him_is_the_body() -> None:
    result = parse("صرح وكيل وزارة النقل بأن الطريق سيفتتح قريبا. وقالت الوزارة لاحقا إن الأشغال تأخرت.", "ar")
    deputy, ministry = result.attributions
    assert (deputy.source_type, deputy.source_canonical) == ("official", "وكيل وزارة النقل")
    assert "وكيل" not in ministry.source_canonical  # the ministry, not its deputy


@pytest.mark.parametrize(("text", "expected"), [
    ("وتوصل الفريق البحثي إلى أن النحل يميز الألوان.", [("أن النحل يميز الألوان", "الفريق البحثي")]),
    ("وتوصلت اللجنة إلى أن الحادث نجم عن خطأ بشري.", [("أن الحادث نجم عن خطأ بشري", "اللجنة")]),
    ("وتوصل الطرفان إلى اتفاق لتبادل الأسرى.", []),
    ("وخلص الاجتماع إلى توصيات عدة.", []),
])
def test_reaching_a_conclusion_reports_only_a_that_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == expected


@pytest.mark.parametrize("text", [
    "وقال موظف في البلدية، طالبا عدم كشف هويته، إن الرواتب تأخرت.",
    "وقال موظف في البلدية، مفضلا عدم نشر اسمه، إن الرواتب تأخرت.",
    "وقال موظف في البلدية، تحدث شريطة عدم ذكر اسمه، إن الرواتب تأخرت.",
])
def test_an_aside_keeping_the_source_unnamed_is_neither_source_nor_a_report(text: str) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == [("إن الرواتب تأخرت", "موظف في البلدية")]


@pytest.mark.parametrize(("text", "country"), [
    ("قال وزير الداخلية العراقي إن الحدود آمنة. وأكد العراق أن التعاون مستمر.", "العراق"),
    ("قال سفير اليمن إن الهدنة صامدة. وأعلن اليمن أن الموانئ ستفتح.", "اليمن"),
])
def test_a_country_named_with_the_article_is_itself_not_an_earlier_officials_title(text: str, country: str) -> None:
    last = parse(text, "ar").attributions[-1]
    assert (last.source_canonical, last.anonymous) == (country, False)


@pytest.mark.parametrize("link", ["للمزيد: دراسة تحذر من تراجع المخزون", "طالع أيضا: وزير يؤكد أن الموسم ناجح"])
def test_a_link_to_another_story_is_furniture(link: str) -> None:
    text = f"قال المزارعون إن الموسم جيد.\n{link}"
    assert [c.content for c in claims(text, "ar")] == ["إن الموسم جيد"]


@pytest.mark.parametrize(("text", "expected"), [
    ("ووصف المدير الرسوم المفروضة على الطلاب بأنها مرتفعة.", ("الرسوم المفروضة على الطلاب بأنها مرتفعة", "المدير")),
    ("ووصف رئيس البلدية الوضع في الحي بأنه مقلق.", ("الوضع في الحي بأنه مقلق", "رئيس البلدية")),
    ("ووصف المتحدث باسم النقابة الإجراءات المتخذة ضد العمال بأنها ظالمة.",
     ("الإجراءات المتخذة ضد العمال بأنها ظالمة", "المتحدث باسم النقابة")),
])
def test_the_object_of_describing_keeps_its_prepositional_complement(text: str, expected: tuple[str, str]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("واتهم الناطق باسم البلدية الشركة بالتأخير.", ("الشركة بالتأخير", "الناطق باسم البلدية")),
    ("وطالب المتحدث باسم الاتحاد الأندية بالالتزام.", ("الأندية بالالتزام", "المتحدث باسم الاتحاد")),
])
def test_bism_after_a_spokesman_is_no_introducer(text: str, expected: tuple[str, str]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("وبحسب الصحيفة، التي تصدر في العاصمة، فإن المصنع سيغلق.", ("فإن المصنع سيغلق", "الصحيفة")),
    ("ووفقا للإذاعة، التي نقلت عن موظفين في المصنع، فإن المصنع سيغلق.", ("فإن المصنع سيغلق", "موظفين في المصنع")),
])
def test_a_relative_aside_after_an_according_phrase_is_not_content(text: str, expected: tuple[str, str]) -> None:
    assert [(c.content, c.source) for c in claims(text, "ar")] == [expected]


def test_an_indefinite_body_after_the_subjects_adjective_opens_the_accused() -> None:
    assert [(c.content, c.source) for c in claims("واتهم المتحدث باسم الشرطة المحلية شركة النقل بالإهمال.", "ar")] \
        == [("شركة النقل بالإهمال", "المتحدث باسم الشرطة المحلية")]


@pytest.mark.parametrize(("text", "source"), [
    ("وانتقدت الوزارة القرار، مؤكدة أنه غير قانوني.", "الوزارة"),
    ("ورفضت النقابة الاتفاق، ووصفته بأنه مجحف.", "النقابة"),
    ("ورحبت الحكومة الجديدة، وقالت إن الاتفاق مهم.", "الحكومة الجديدة"),
])
def test_a_body_keeps_its_adjective_but_not_its_object_before_the_comma(text: str, source: str) -> None:
    assert [c.canonical for c in claims(text, "ar")] == [source]


@pytest.mark.parametrize("dateline", ["أبوظبي في 29 نوفمبر / وام /", "الدوحة في 3 مارس 2026 /قنا/"])
def test_a_gulf_agency_dateline_between_slashes_is_not_the_subject(dateline: str) -> None:
    text = dateline + " أكد رئيس الهيئة أن المشروع سيكتمل العام المقبل."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == ("رئيس الهيئة", "أن المشروع سيكتمل العام المقبل")


@pytest.mark.parametrize("pronoun", ["معاليه", "معاليها"])
def test_his_excellency_refers_back_to_the_excellency_named_outside_any_report(pronoun: str) -> None:
    text = ("استقبل معالي وزير الطاقة والمعادن الدكتور سالم بن حمد الهاشمي وفدا من المستثمرين. "
            f"وأوضح {pronoun} أن الوزارة ستطرح ثلاث مناقصات جديدة.")
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.source_canonical) == (pronoun, "سالم بن حمد الهاشمي")


def test_many_people_are_an_unnamed_source_and_no_later_title_refers_to_them() -> None:
    text = "يعتقد كثيرون أن الأسعار ستنخفض قريبا. وقال الوزير إن الانخفاض لن يحدث قبل الصيف."
    many, minister = parse(text, "ar").attributions
    assert (many.source_text, many.anonymous) == ("كثيرون", True)
    assert (minister.source_text, minister.source_canonical) == ("الوزير", "الوزير")


@pytest.mark.parametrize("verb", ["أرى", "نرى"])
def test_the_columnists_own_view_is_a_stance_of_its_own(verb: str) -> None:
    text = f"يعتقد البعض أن الإصلاح سهل، لكننا {verb} أن الطريق طويل."
    claims_ = parse(text, "ar").attributions
    assert [c.content.text for c in claims_] == ["أن الإصلاح سهل", "أن الطريق طويل"]


def test_a_word_with_the_genitive_lam_goes_on_with_the_title_and_the_name_stays_whole() -> None:
    text = "تحدث رئيس الاتحاد العربي للسباحة سامي البناء عن خطط الموسم."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == ("رئيس الاتحاد العربي للسباحة سامي البناء", "عن خطط الموسم")


@pytest.mark.parametrize(("agency", "source"), [
    ("وكالة موديز", "وكالة موديز"),
    ("الوكالة", "الوكالة"),
    ("وكالة الأنباء الرسمية", "وكالة الأنباء الرسمية"),
])
def test_a_bodys_subject_ends_before_the_definite_object_of_its_verb(agency: str, source: str) -> None:
    text = f"رفعت {agency} التقييم الائتماني للشركة، مشيرة إلى تحسن أرباحها."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == (source, "تحسن أرباحها")


@pytest.mark.parametrize("genitive", ["بلاده", "بلادها"])
def test_a_noun_with_a_possessed_genitive_after_a_definite_subject_opens_the_object(genitive: str) -> None:
    text = f"وأكد الوزير حرص {genitive} على تنفيذ الاتفاق."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == ("الوزير", f"حرص {genitive} على تنفيذ الاتفاق")


@pytest.mark.parametrize("speaker", ["الوزير الضيف", "المدرب الضيف"])
def test_the_visiting_side_is_described_not_the_object(speaker: str) -> None:
    text = f"وأعرب {speaker} عن ارتياحه لنتائج الزيارة."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == (speaker, "عن ارتياحه لنتائج الزيارة")


@pytest.mark.parametrize(("speaker", "pronoun", "saying"), [("الوزير", "عنه", "قوله"), ("الوزيرة", "عنها", "قولها")])
def test_relayed_from_a_pronoun_the_speaker_goes_on_and_the_outlet_is_the_conduit(
        speaker: str, pronoun: str, saying: str) -> None:
    text = f"تحدث {speaker} عن الموازنة الجديدة. ونقلت رويترز {pronoun} {saying} إن العجز سيتراجع."
    relayed = parse(text, "ar").attributions[-1]
    assert (relayed.content.text, relayed.source_text, relayed.source_canonical, relayed.conduits) == \
        ("إن العجز سيتراجع", "", speaker, ("Reuters",))


@pytest.mark.parametrize(("aside", "cue"), [
    ("في معرض رده على سؤال أحد النواب", "أكد"),
    ("عبر صفحته على منصة إكس", "أكد"),
    ("في حديث له على هامش الندوة", "شدد"),
])
def test_a_preposition_inside_an_aside_between_commas_is_not_the_verbs(aside: str, cue: str) -> None:
    text = f"{cue} رئيس البلدية، {aside}، أن أشغال الطريق ستنتهي قريبا."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == ("رئيس البلدية", "أن أشغال الطريق ستنتهي قريبا")


def test_a_sports_channel_whose_name_holds_in_is_the_outlet_not_a_complementizer() -> None:
    text = "كشف حارس المرمى، في تصريحات لقناة بي إن سبورتس، أنه سيعتزل نهاية الموسم."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text, claim.conduits) == \
        ("حارس المرمى", "أنه سيعتزل نهاية الموسم", ("beIN Sports",))


@pytest.mark.parametrize(("speaker", "rest", "content"), [
    ("صاحب السمو الملكي ولي العهد", "بالمبادرة التي أطلقتها الجمعية.", "بالمبادرة التي أطلقتها الجمعية"),
    ("المحافظ", "بجهود فرق الإنقاذ.", "بجهود فرق الإنقاذ"),
    ("المحافظ", "إلى أن فرق الإنقاذ ما زالت تعمل.", "أن فرق الإنقاذ ما زالت تعمل"),
])
def test_nawwaha_commends_with_bi_and_points_out_with_ila(speaker: str, rest: str, content: str) -> None:
    [claim] = parse(f"نوه {speaker} {rest}", "ar").attributions
    assert (claim.source_text, claim.content.text) == (speaker, content)


@pytest.mark.parametrize("speaker", ["الرئيس", "الرئيس سعيد المنصوري"])
def test_a_stance_noun_before_a_country_without_the_article_opens_the_object(speaker: str) -> None:
    text = f"وأكد {speaker} حرص تونس على دعم الحوار."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == (speaker, "حرص تونس على دعم الحوار")


@pytest.mark.parametrize(("phrase", "source"), [
    ("وفقا لوزارة الصحة", "وزارة الصحة"),
    ("بحسب المنظمة", "المنظمة"),
])
def test_an_according_phrase_naming_a_body_closes_the_clause_before_it_without_a_comma(
        phrase: str, source: str) -> None:
    text = f"أصيب 14 عاملا في حريق بالمصنع {phrase}."
    [claim] = parse(text, "ar").attributions
    assert (claim.content.text, claim.source_text) == ("أصيب 14 عاملا في حريق بالمصنع", source)


def test_an_according_phrase_without_a_comma_before_a_comma_clause_reports_the_words_before_it() -> None:
    text = "أصيب 14 عاملا في حريق بالمصنع وفقا للدفاع المدني، فيما تواصل فرق الإطفاء عملها."
    [claim] = parse(text, "ar").attributions
    assert claim.content.text == "أصيب 14 عاملا في حريق بالمصنع"


def test_wafqan_between_commas_is_no_conjunction_and_reports_the_clause_before_it() -> None:
    text = "ارتفع عدد المصابين إلى 30، وفقا لوزارة الصحة، في حين ما زالت فرق الإنقاذ تبحث عن مفقودين."
    [claim] = parse(text, "ar").attributions
    assert (claim.content.text, claim.source_text) == ("ارتفع عدد المصابين إلى 30", "وزارة الصحة")


@pytest.mark.parametrize("between", ["", "وقال مسؤول أوروبي إن الاتحاد يدرس الأمر. "])
def test_a_title_with_the_adjective_of_a_named_official_refers_back_to_that_official(between: str) -> None:
    text = ("قال المنسق الأممي للشؤون الإنسانية كريم العلي إن المساعدات وصلت. "
            f"{between}وأضاف المسؤول الأممي أن الحاجات ما زالت كبيرة.")
    last = parse(text, "ar").attributions[-1]
    assert (last.source_text, last.source_canonical, last.anonymous) == \
        ("المسؤول الأممي", "كريم العلي", False)


def test_a_title_with_another_adjective_stays_unnamed() -> None:
    text = ("قال المنسق الأممي للشؤون الإنسانية كريم العلي إن المساعدات وصلت. "
            "وأضاف المسؤول الأوروبي أن الحاجات ما زالت كبيرة.")
    last = parse(text, "ar").attributions[-1]
    assert (last.source_canonical, last.anonymous) == ("المسؤول الأوروبي", True)


def test_an_according_phrase_right_after_a_relative_clause_backs_that_clause() -> None:
    text = "وتدعم كل المؤشرات المرشحة التي تتقدم بفارق كبير بحسب آخر استطلاعات الرأي، والتي تعد الأوفر حظا."
    [claim] = parse(text, "ar").attributions
    assert (claim.content.text, claim.source_text) == ("تتقدم بفارق كبير", "آخر استطلاعات الرأي")


def test_a_word_glued_to_bi_right_after_a_first_name_is_the_surname_when_the_introducer_comes_later() -> None:
    text = "وأشاد وزير الثقافة كريم بوزيد، خلال افتتاح المعرض، بمشاركة الناشرين الشباب."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == ("وزير الثقافة كريم بوزيد", "بمشاركة الناشرين الشباب")


@pytest.mark.parametrize(("subject", "between"), [("أرقام رسمية", "، الخميس، "), ("البيانات", " ")])
def test_figures_show_their_object_without_a_complementizer(subject: str, between: str) -> None:
    text = f"أظهرت {subject}{between}ارتفاع صادرات التمور بنسبة 8 في المئة."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == (subject, "ارتفاع صادرات التمور بنسبة 8 في المئة")


@pytest.mark.parametrize("text", ["أظهر المهاجم مستوى لافتا في الشوط الثاني.", "قدم الحارس أداء لافتا أمام الضيوف."])
def test_a_participle_after_an_accusative_without_its_alif_is_an_adjective(text: str) -> None:
    assert parse(text, "ar").attributions == ()


def test_his_highness_after_a_speech_read_by_the_crown_prince_is_the_crown_prince() -> None:
    text = ("أكد الملك أن الدولة ماضية في الإصلاح. جاء ذلك في كلمة ألقاها نيابة عنه ولي العهد أمام المجلس. "
            "وأعرب سموه عن شكره للأعضاء.")
    last = parse(text, "ar").attributions[-1]
    assert (last.source_text, last.source_canonical) == ("سموه", "ولي العهد")


def test_the_verbs_own_preposition_after_a_long_aside_between_commas_opens_the_content() -> None:
    text = "وأشاد رئيس الاتحاد، خلال حفل أقيم مساء الجمعة في مقر النادي بحضور عدد من اللاعبين، بتضحيات الجماهير."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == ("رئيس الاتحاد", "بتضحيات الجماهير")


def test_figures_with_their_issuer_and_a_day_between_commas_show_the_object_after() -> None:
    text = "أظهرت أرقام صادرة عن هيئة الإحصاء، الثلاثاء، تراجع عدد السياح بنسبة 4 في المئة."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == \
        ("أرقام صادرة عن هيئة الإحصاء", "تراجع عدد السياح بنسبة 4 في المئة")


def test_a_local_authority_is_a_body_not_an_unnamed_person() -> None:
    [claim] = parse("واتهمت السلطة المحلية المهربين بإشعال الحريق.", "ar").attributions
    assert (claim.source_text, claim.anonymous) == ("السلطة المحلية", False)


@pytest.mark.parametrize(("mention", "later", "anonymous"), [
    ("نائب عن حزب الخضر", "", True),
    ("نائب في البرلمان", "", True),
    ("نائب عن حزب الخضر", " وقال النائب سامي العتيبي إن الحزب سيصوت ضد القانون.", False),
])
def test_an_indefinite_title_before_a_preposition_leaves_its_holder_unnamed_unless_named_next(
        mention: str, later: str, anonymous: bool) -> None:
    text = f"رأى {mention} أن القانون يمس الحريات.{later}"
    first = parse(text, "ar").attributions[0]
    assert (first.source_text, first.anonymous) == (mention, anonymous)


@pytest.mark.parametrize(("marker", "outlet"), [("لجريدة", "المنارة"), ("لمجلة", "الأفق الجديد")])
def test_a_paper_or_a_magazine_told_is_the_conduit_not_part_of_the_source(marker: str, outlet: str) -> None:
    text = f"وقال مصدر أمني {marker} {outlet} إن التحقيق ما زال جاريا."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.anonymous, claim.conduits) == ("مصدر أمني", True, (outlet,))


def test_a_cue_word_before_allah_is_part_of_a_name() -> None:
    text = "قال المحلل سامي فضل الله إن الأسواق ستتعافى. وأشار فضل الله إلى أن الطلب يتحسن."
    first, second = parse(text, "ar").attributions
    assert (first.source_text, second.source_canonical) == ("المحلل سامي فضل الله", "سامي فضل الله")


def test_a_document_an_agency_saw_is_the_source_and_the_agency_its_conduit() -> None:
    text = "كشفت مسودة اطلعت عليها وكالة رويترز أن الضرائب سترتفع. وجاء في المسودة أن الزيادة تبدأ في يناير."
    first, second = parse(text, "ar").attributions
    assert (first.source_text, first.conduits) == ("مسودة", ("Reuters",))
    assert second.source_canonical != "Reuters"


def test_the_document_named_again_is_the_document_not_the_outlet_that_saw_it() -> None:
    text = "أظهرت وثيقة اطلعت عليها رويترز أن المصنع سيغلق. وجاء في الوثيقة أن العمال سيعوضون."
    second = parse(text, "ar").attributions[1]
    assert (second.source_text, second.source_canonical) == ("الوثيقة", "وثيقة")


def test_recent_after_an_indefinite_report_is_an_adjective_not_a_talk() -> None:
    text = "وأشار البنك الدولي في تقرير حديث إلى أن النمو سيتباطأ."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == ("البنك الدولي", "أن النمو سيتباطأ")


def test_a_rating_agency_is_known_by_its_name() -> None:
    [claim] = parse("وقالت وكالة موديز للتصنيف الائتماني إن التصنيف مستقر.", "ar").attributions
    assert claim.source_canonical == "Moody's"


@pytest.mark.parametrize("rest", ["وسط مخاوف من ارتفاع الحصيلة", "في حين تتواصل عمليات البحث"])
def test_an_according_phrase_mid_sentence_ends_where_the_sentence_goes_on(rest: str) -> None:
    text = f"غرق 40 مهاجرا قبالة السواحل وفقا لوزارة الداخلية {rest}."
    [claim] = parse(text, "ar").attributions
    assert (claim.content.text, claim.source_text) == ("غرق 40 مهاجرا قبالة السواحل", "وزارة الداخلية")


@pytest.mark.parametrize(("verb", "rest", "speaker"), [
    ("لخص", "رئيس النقابة موقف العمال من القرار", "رئيس النقابة"),
    ("اختصر", "رئيس الوزراء موقف حكومته", "رئيس الوزراء"),
])
def test_with_these_words_after_an_opening_quotation_the_verb_reports_it(verb: str, rest: str, speaker: str) -> None:
    text = f'"لن نقبل بأنصاف الحلول"، بهذه الكلمات {verb} {rest}.'
    [claim] = parse(text, "ar").attributions
    assert (claim.kind, claim.content.text, claim.source_text) == ("direct", '"لن نقبل بأنصاف الحلول"', speaker)


def test_summing_up_with_no_quotation_before_reports_nothing() -> None:
    assert parse("لخص الوزير خطة الحكومة في ثلاث نقاط.", "ar").attributions == ()


def test_a_masdar_in_bi_after_a_first_name_with_its_object_is_what_was_called_for() -> None:
    first = parse("وطالب سمير بتعديل القانون وأشاد بجهود اللجنة.", "ar").attributions[0]
    assert (first.source_text, first.content.text) == ("سمير", "بتعديل القانون")


@pytest.mark.parametrize("volunteer", ["متطوع في الهلال الأحمر", "مسعف في المدينة"])
def test_a_volunteer_or_a_paramedic_left_unnamed_is_anonymous(volunteer: str) -> None:
    [claim] = parse(f"وقال {volunteer} إن الطرق مقطوعة.", "ar").attributions
    assert (claim.source_text, claim.anonymous) == (volunteer, True)


def test_a_spanish_radio_told_is_the_conduit_and_its_name_not_the_content() -> None:
    [claim] = parse("ونفى مصدر في النادي لإذاعة كادينا سير وجود أي مفاوضات.", "ar").attributions
    assert (claim.source_text, claim.content.text, claim.conduits) == \
        ("مصدر في النادي", "وجود أي مفاوضات", ("Cadena SER",))


@pytest.mark.parametrize("rest", ["على الخسارة", "على أداء الحكام"])
def test_after_an_opening_quotation_the_coach_ends_before_what_he_commented_on(rest: str) -> None:
    [claim] = parse(f'"كانت مباراة صعبة علينا"، هكذا علق المدرب {rest}.', "ar").attributions
    assert (claim.kind, claim.source_text) == ("direct", "المدرب")


def test_a_trade_noun_keeps_the_party_it_acts_for_after_an() -> None:
    [claim] = parse("وأضاف المحامي عن الشركة أن الجلسة تأجلت.", "ar").attributions
    assert claim.source_text == "المحامي عن الشركة"


def test_a_country_written_with_alif_hamza_lam_is_named_not_anonymous() -> None:
    [claim] = parse("وطالبت ألبانيا بعقد اجتماع عاجل للمجلس.", "ar").attributions
    assert (claim.source_text, claim.anonymous) == ("ألبانيا", False)


@pytest.mark.parametrize("subject", ["وزارة النقل", "هيئة الطيران المدني"])
def test_denying_the_truth_of_reports_the_truth_opens_the_object(subject: str) -> None:
    text = f"نفت {subject} صحة الأخبار المنشورة عن إلغاء الرحلات إلى المدينة."
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text) == (subject, "صحة الأخبار المنشورة عن إلغاء الرحلات إلى المدينة")


def test_the_ministry_after_the_latest_toll_it_announced_is_the_ministry() -> None:
    text = ("أعلنت وزارة الصحة في غزة مقتل عشرة أشخاص. وبحسب آخر حصيلة أعلنتها الوزارة، فإن بين القتلى طفلين. "
            "وقالت الوزارة إن المستشفيات بلا وقود.")
    last = parse(text, "ar").attributions[-1]
    assert (last.source_text, last.source_canonical) == ("الوزارة", "Gaza Health Ministry")


@pytest.mark.parametrize("outlet", ["لوكالة الأنباء العراقية", "لقناة محلية"])
def test_the_name_ali_before_a_surname_and_the_outlet_told_is_the_name(outlet: str) -> None:
    [claim] = parse(f"وقال عضو اللجنة المالية علي الموسوي {outlet} إن الموازنة تأخرت.", "ar").attributions
    assert claim.source_text == "عضو اللجنة المالية علي الموسوي"


def test_a_member_for_a_bloc_keeps_his_an_when_the_question_has_its_own() -> None:
    [claim] = parse("وتساءل النائب عن كتلة الوفاق سامي الحداد عن سبب تأخر المشروع.", "ar").attributions
    assert (claim.source_text, claim.content.text) == ("النائب عن كتلة الوفاق سامي الحداد", "عن سبب تأخر المشروع")


def test_a_member_asking_about_something_keeps_the_an_as_the_question() -> None:
    [claim] = parse("وتساءل النائب عن سبب تأخر المشروع.", "ar").attributions
    assert (claim.source_text, claim.content.text) == ("النائب", "عن سبب تأخر المشروع")


def test_a_report_of_a_committee_shows_its_object_after_the_committee_name() -> None:
    [claim] = parse("وأظهر تقرير لجنة الرقابة غياب أي خطة للصيانة.", "ar").attributions
    assert (claim.source_text, claim.content.text) == ("تقرير لجنة الرقابة", "غياب أي خطة للصيانة")


def test_a_city_after_fi_is_where_the_body_sits_not_the_noun_of_the_denied_object() -> None:
    [claim] = parse("ونفى الدفاع المدني في جدة هذه المزاعم.", "ar").attributions
    assert (claim.source_text, claim.content.text) == ("الدفاع المدني في جدة", "هذه المزاعم")


@pytest.mark.parametrize("mention", ["آخرين", "كثيرين"])
def test_others_and_many_in_the_accusative_are_unnamed(mention: str) -> None:
    [claim] = parse(f"لكن {mention} يعتقدون أن الخطة لن تنجح.", "ar").attributions
    assert (claim.source_text, claim.anonymous) == (mention, True)


def test_a_country_after_a_known_leaders_name_is_whom_he_called_on() -> None:
    [claim] = parse("ودعا الرئيس الأمريكي دونالد ترامب كندا إلى خفض الرسوم.", "ar").attributions
    assert (claim.source_text, claim.content.text) == ("الرئيس الأمريكي دونالد ترامب", "كندا إلى خفض الرسوم")


def test_an_according_phrase_between_commas_before_the_object_is_not_part_of_it() -> None:
    text = "وأكد الوزير، وفقا للبيان، ضرورة تسريع المشروع."
    first = parse(text, "ar").attributions[0]
    assert (first.source_text, first.content.text) == ("الوزير", "ضرورة تسريع المشروع")


def test_asking_a_quoted_question_after_a_colon_is_reported() -> None:
    text = 'قال النائب إن الميناء متوقف. وسأل: "لماذا لم تتحرك الحكومة؟".'
    last = parse(text, "ar").attributions[-1]
    assert (last.kind, last.content.text, last.cue.text, last.source_canonical) == \
        ("direct", '"لماذا لم تتحرك الحكومة؟"', "وسأل", "النائب")


def test_asking_someone_about_something_reports_nothing() -> None:
    assert parse("وسأل المراسل الوزير عن موعد الافتتاح.", "ar").attributions == ()


@pytest.mark.parametrize("text", ["بالتأكيد، البلد يحتاج إلى الاستقرار.", "- بالتأكيد سنعود إلى الملعب قريبا."])
def test_a_sentence_opening_with_certainly_reports_nothing(text: str) -> None:
    assert parse(text, "ar").attributions == ()


@pytest.mark.parametrize("opening", ["وختم كلمته بالتأكيد على", "واختتم حديثه مؤكدا"])
def test_his_own_speech_before_the_participle_is_its_object_and_the_speaker_carries_over(opening: str) -> None:
    text = f"قال المحافظ إن الطرق سالكة. {opening} أن الفرق جاهزة."
    last = parse(text, "ar").attributions[-1]
    assert (last.source_text, last.source_canonical, last.content.text) == ("", "المحافظ", "أن الفرق جاهزة")


def test_a_surname_named_earlier_takes_no_definite_genitive_so_the_object_follows_it() -> None:
    text = "انتقد النائب سامي كوراني خطة الموازنة. واتهم كوراني الوزارة المالية بإخفاء الأرقام."
    last = parse(text, "ar").attributions[-1]
    assert (last.source_text, last.content.text) == ("كوراني", "الوزارة المالية بإخفاء الأرقام")


def test_the_participle_speaker_is_the_surname_before_a_non_cue_verbs_object() -> None:
    text = "قال الناطق باسم الشرطة فادي حداد إن الطريق مغلق. ووجه حداد تحذيرا للسائقين، داعيا إياهم إلى الصبر."
    last = parse(text, "ar").attributions[-1]
    assert (last.source_text, last.cue.text) == ("حداد", "داعيا")


def test_a_mosque_university_named_alone_is_an_organization_not_an_unnamed_person() -> None:
    last = parse("وقال الأزهر في بيان إن الصلح خير.", "ar").attributions[-1]
    assert (last.source_text, last.anonymous) == ("الأزهر", False)


@pytest.mark.parametrize(("phrase", "outlet"), [("وفقا لوكالة الأنباء الأردنية", "وكالة الأنباء الأردنية"),
                                                ("وفقا لصحيفة الرأي", "صحيفة الرأي")])
def test_according_to_an_outlet_glued_to_its_preposition_makes_the_outlet_the_source(phrase: str, outlet: str) -> None:
    text = f"قال الوزير إن المعبر سيفتح غدا، {phrase}."
    outer = next(a for a in parse(text, "ar").attributions if a.cue.text.startswith("وفقا"))
    assert (outer.source_text, outer.content.text) == (outlet, "قال الوزير إن المعبر سيفتح غدا")


@pytest.mark.parametrize("opener", ["بأن", "أن"])
def test_the_speaker_inside_a_reported_clause_starts_after_its_complementizer(opener: str) -> None:
    text = f"وأفاد المراسل {opener} سكانا قالوا إن الجسر انهار ليلا."
    inner = parse(text, "ar").attributions[-1]
    assert (inner.source_text, inner.cue.text, inner.content.text) == ("سكانا", "قالوا", "إن الجسر انهار ليلا")


def test_a_religious_ruling_with_a_complementizer_is_reported() -> None:
    last = parse("وأفتت لجنة الفتوى بأن الزكاة تجب في هذا المال.", "ar").attributions[-1]
    assert (last.source_text, last.cue.text, last.content.text) == \
        ("لجنة الفتوى", "وأفتت", "بأن الزكاة تجب في هذا المال")


@pytest.mark.parametrize("told", ['لـ"الأخبار"', "للصحفيين"])
def test_a_fathers_name_ali_after_a_first_name_stays_in_the_source_before_whom_he_told(told: str) -> None:
    first = parse(f"وقال الوزير حسن علي {told} إن اللجنة ستجتمع.", "ar").attributions[0]
    assert first.source_text == "الوزير حسن علي"


@pytest.mark.parametrize("outlet", ["التلفزيون الرسمي", "التلفزيون"])
def test_state_television_named_by_its_noun_is_an_outlet_not_an_unnamed_source(outlet: str) -> None:
    first = parse(f"وقال {outlet} إن الطرق أغلقت.", "ar").attributions[0]
    assert (first.source_text, first.anonymous) == (outlet, False)


def test_according_to_the_agency_resolves_to_the_agency_named_before_though_the_cue_took_its_lam() -> None:
    result = parse("أعلنت وكالة الأنباء الوطنية تأجيل المؤتمر. ووفقا للوكالة، فإن الموعد الجديد لم يحدد.", "ar")
    second = result.attributions[1]
    assert (second.source_text, second.source_canonical) == ("لوكالة", "وكالة الأنباء الوطنية")


@pytest.mark.parametrize(("opening", "cue", "speaker"), [
    ("زار الوزير كريم ناصر المصنع الجديد.", "وأضاف", "كريم ناصر"),
    ("افتتحت المديرة سلمى الحربي المعرض.\n", "وأضافت", "سلمى الحربي"),
    ("افتتحت المديرة سلمى الحربي المعرض.", "وأضاف", ""),
    ("ارتفعت الأسعار في الأسواق.", "وأضاف", ""),
    ("استقبل المحافظ المدير كريم ناصر في مكتبه.", "وأضاف", ""),
])
def test_a_subjectless_cue_with_no_one_cited_before_carries_the_named_subject_of_the_sentence_before(
        opening: str, cue: str, speaker: str) -> None:
    first = parse(f"{opening} {cue} أن العمل سيستمر حتى الصيف.", "ar").attributions[0]
    assert (first.source_text, first.source_canonical) == ("", speaker)


def test_a_subjectless_cue_after_a_sentence_naming_someone_new_carries_that_person_not_the_last_speaker() -> None:
    result = parse("قال المحافظ إن الطريق سيفتح غدا. والتقى وزير النقل سامي عيسى وفدا من المقاولين. "
                   "وأضاف أن المشروع سينجز في الموعد.", "ar")
    assert [a.source_canonical for a in result.attributions] == ["المحافظ", "سامي عيسى"]


@pytest.mark.parametrize(("opening", "speaker"), [
    ("نشر الوزير تغريدة على حسابه قال فيها", "الوزير"),
    ("أصدرت الهيئة بيانا على موقعها الرسمي قالت فيه", "الهيئة"),
    ("وعقد المحافظ مؤتمرا صحفيا قال فيه", "المحافظ"),
])
def test_a_verb_pointing_back_to_a_post_or_a_briefing_past_where_it_appeared_reports_for_its_author(
        opening: str, speaker: str) -> None:
    first = parse(f"{opening} إن المشروع سيكتمل قريبا.", "ar").attributions[0]
    assert (first.source_text, first.content.text) == (speaker, "إن المشروع سيكتمل قريبا")


@pytest.mark.parametrize("relative", ["نشره على صفحته في فيسبوك", "نشره النادي على موقعه", "أصدرته اللجنة أمس"])
def test_according_to_a_statement_someone_published_the_source_is_the_statement(relative: str) -> None:
    first = parse(f"وبحسب بيان {relative}، فإن المباراة ستقام في موعدها.", "ar").attributions[0]
    assert (first.source_text, first.content.text) == ("بيان", "فإن المباراة ستقام في موعدها")


@pytest.mark.parametrize(("body", "obj"), [
    ("وزارة النقل والمواصلات والاتصالات", "عدم وجود أعطال"),
    ("الهيئة الوطنية للسياحة والتراث الشعبي", "إطلاق موسم جديد"),
    ("الهيئة العامة للموانئ والملاحة", "إغلاق الميناء مؤقتا"),
])
def test_a_body_with_coordinated_portfolios_is_all_the_subject_before_an_object(body: str, obj: str) -> None:
    first = parse(f"أكدت {body} {obj}.", "ar").attributions[0]
    assert (first.source_text, first.content.text) == (body, obj)


@pytest.mark.parametrize(("sentence", "speaker", "content"), [
    ("وطالب النائب شعيب المويزري الحكومة بالاستقالة.", "النائب شعيب المويزري", "الحكومة بالاستقالة"),
    ("وطالب النائب مهلهل المضف الحكومة بتقديم جدول زمني.", "النائب مهلهل المضف", "الحكومة بتقديم جدول زمني"),
    ("وطالب الوزير ممثلي الشركات الكبرى بالالتزام.", "الوزير", "ممثلي الشركات الكبرى بالالتزام"),
    ("وطالب الوزير نواب البرلمان الأوروبي بالتصويت.", "الوزير", "نواب البرلمان الأوروبي بالتصويت"),
])
def test_an_unlisted_first_name_and_surname_after_a_title_are_the_holder_not_the_object(
        sentence: str, speaker: str, content: str) -> None:
    first = parse(sentence, "ar").attributions[0]
    assert (first.source_text, first.content.text) == (speaker, content)


@pytest.mark.parametrize(("sentence", "speaker", "content"), [
    ("وأكد الشمري الالتزام بالاتفاق.", "الشمري", "الالتزام بالاتفاق"),
    ("ونفى الزهراني الاتهامات الموجهة إليه.", "الزهراني", "الاتهامات الموجهة إليه"),
    ("وأعلن النادي الأهلي التعاقد مع المدافع.", "النادي الأهلي", "التعاقد مع المدافع"),
])
def test_a_surname_of_origin_alone_on_first_mention_does_not_run_into_a_definite_object(
        sentence: str, speaker: str, content: str) -> None:
    first = parse(sentence, "ar").attributions[0]
    assert (first.source_text, first.content.text) == (speaker, content)


@pytest.mark.parametrize("occasion", ["في إحاطة صحفية", "في مداخلة تلفزيونية", "في إفادة أمام اللجنة"])
def test_a_briefing_after_the_speakers_name_is_where_he_spoke_not_part_of_him(occasion: str) -> None:
    first = parse(f"وقال الوزير سالم العتيبي {occasion} إن عدد الحالات تراجع.", "ar").attributions[0]
    assert first.source_text == "الوزير سالم العتيبي"


@pytest.mark.parametrize("body", ["الحماية المدنية", "الحماية المدنية الجزائرية", "الوقاية المدنية"])
def test_civil_protection_is_a_government_body_not_an_unnamed_source(body: str) -> None:
    first = parse(f"أعلنت {body} أن الحريق أخمد.", "ar").attributions[0]
    assert (first.source_text, first.anonymous, first.source_type) == (body, False, "government")


@pytest.mark.parametrize(("aside", "conduits"), [
    ("تحدث شريطة عدم الكشف عن هويته", ()),
    ("تحدث لرويترز شريطة عدم الكشف عن هويته", ("Reuters",)),
])
def test_an_aside_on_the_terms_of_an_unnamed_source_names_no_outlet_and_reports_nothing(
        aside: str, conduits: tuple[str, ...]) -> None:
    result = parse(f"قال مسؤول في الميناء، {aside}، إن السفينة غادرت.", "ar")
    assert [(a.source_text, a.anonymous, a.conduits) for a in result.attributions] == \
        [("مسؤول في الميناء", True, conduits)]


def test_the_title_alone_after_an_unnamed_holder_of_it_is_that_holder_not_a_named_one_before() -> None:
    result = parse("وقال النائب فارس الحمدان إن القانون سيمر. في المقابل، قال نائب في البرلمان، طلب عدم ذكر اسمه، "
                   "إن التصويت سيؤجل. وأشار النائب إلى أن الكتل لم تتفق بعد.", "ar")
    last = result.attributions[-1]
    assert (last.source_text, last.source_canonical, last.anonymous) == ("النائب", "نائب في البرلمان", True)


@pytest.mark.parametrize("title", ["نائبة", "مرشحة", "مراسلة"])
def test_a_feminine_title_keeps_where_she_sits_in_the_mention(title: str) -> None:
    first = parse(f"قالت {title} في البرلمان إن الجلسة تأجلت.", "ar").attributions[0]
    assert first.source_text == f"{title} في البرلمان"


@pytest.mark.parametrize("answer", ["فأجاب بأن", "فقال إن"])
def test_the_one_asked_answers_not_the_reporter_who_asked(answer: str) -> None:
    result = parse(f"قال المدرب إن الفريق جاهز. وسأله أحد الصحفيين عن المهاجم المصاب، {answer} اللاعب سيعود قريبا.",
                   "ar")
    last = result.attributions[-1]
    assert (last.source_text, last.source_canonical) == ("", "المدرب")


def test_answered_reports_with_a_complementizer_for_the_one_asked_before() -> None:
    first = parse("سئل الناطق باسم البلدية عن موعد الافتتاح، فأجاب بأن الأعمال لم تنته.", "ar").attributions[0]
    assert (first.source_text, first.cue.text, first.content.text) == \
        ("الناطق باسم البلدية", "فأجاب", "بأن الأعمال لم تنته")


def test_the_document_noun_refers_past_someone_named_by_that_document_to_the_document() -> None:
    result = parse("أظهر تقرير جديد أن البطالة تراجعت. وقال معد التقرير الدكتور سامر الخطيب إن الأرقام مشجعة. "
                   "وأوصى التقرير بزيادة برامج التدريب.", "ar")
    last = result.attributions[-1]
    assert (last.source_text, last.source_canonical) == ("التقرير", "تقرير جديد")


@pytest.mark.parametrize(("body", "obj"), [
    ("وزارة الصحة في المغرب", "تسجيل إصابات جديدة"),
    ("الشرطة في العاصمة", "ضبط شحنة مخدرات"),
])
def test_where_a_body_sits_is_part_of_it_before_an_object_with_no_article(body: str, obj: str) -> None:
    result = parse(f"وصل الوفد أمس إلى المدينة.\nأعلنت {body} {obj}.\n", "ar")
    assert [(a.source_text, a.content.text) for a in result.attributions] == [(body, obj)]


def test_a_title_alone_is_not_read_as_the_end_of_a_name_written_before_it() -> None:
    result = parse("وانتقد النائب فهد الراشد الوزير بشدة. ورد الوزير بأن الوزارة تطبق القانون.", "ar")
    last = result.attributions[-1]
    assert (last.source_text, last.source_canonical) == ("الوزير", "الوزير")


@pytest.mark.parametrize(("sentence", "content"), [
    ("ونصحت الخبيرة ليلى حداد المسافرين بتأجيل رحلاتهم.", "المسافرين بتأجيل رحلاتهم"),
    ("ونصح المتحدث المواطنين بعدم الخروج.", "المواطنين بعدم الخروج"),
])
def test_advising_reports_whom_and_what_it_advises(sentence: str, content: str) -> None:
    first = parse(sentence, "ar").attributions[0]
    assert first.content.text == content


def test_a_title_with_the_adjective_of_the_body_the_official_heads_is_that_official() -> None:
    result = parse("قال رئيس جماعة الواحة إن الطريق سيفتح. وأكد المسؤول الجماعي أن الأشغال ستنتهي.", "ar")
    last = result.attributions[-1]
    assert (last.source_canonical, last.anonymous) == ("رئيس جماعة الواحة", False)


@pytest.mark.parametrize("obj", ["جميع الأطراف", "الأطراف"])
def test_whom_a_subject_written_first_calls_on_is_part_of_the_call(obj: str) -> None:
    result = parse(f"وأكد المصدر أن الحكومة تدعو {obj} إلى ضبط النفس.", "ar")
    inner = result.attributions[-1]
    assert (inner.source_text, inner.content.text) == ("الحكومة", f"{obj} إلى ضبط النفس")


def test_one_of_a_group_with_a_broken_plural_is_unnamed_and_its_singular_refers_back_to_it() -> None:
    result = parse("وقال أحد الشهود لوكالة محلية إن الانفجار كان قويا. وأكد الشاهد أن النيران امتدت. "
                   "وأوضح الطبيب أن الجرحى في حالة حرجة.", "ar")
    assert [(a.source_canonical, a.anonymous) for a in result.attributions] == \
        [("أحد الشهود", True), ("أحد الشهود", True), ("الطبيب", True)]


def test_a_quoted_name_after_a_title_noun_and_its_genitive_is_part_of_the_subject() -> None:
    result = parse('وصل الوفد أمس.\nأعلنت شركة الطيران "سما" عن إطلاق خط جديد.\n', "ar")
    first = result.attributions[0]
    assert (first.source_text, first.content.text, first.kind) == \
        ('شركة الطيران "سما"', "عن إطلاق خط جديد", "indirect")


@pytest.mark.parametrize("aside", ["في بيان", "في بلاغ نشرته على صفحتها الرسمية"])
def test_whom_a_body_calls_on_after_an_aside_on_where_it_said_so_is_part_of_the_call(aside: str) -> None:
    first = parse(f"ودعت البلدية، {aside}، السكان إلى ترشيد استهلاك المياه.", "ar").attributions[0]
    assert (first.source_text, first.content.text) == ("البلدية", "السكان إلى ترشيد استهلاك المياه")


def test_the_preposition_of_the_occasion_before_a_complementizer_opens_nothing() -> None:
    first = parse("وأكد الوزير خلال رده على أسئلة النواب أن الميزانية كافية.", "ar").attributions[0]
    assert (first.source_text, first.content.text) == ("الوزير", "أن الميزانية كافية")


def test_a_bare_place_name_after_a_body_before_what_it_announced_is_where_the_body_sits() -> None:
    result = parse("وصل الوفد أمس إلى المدينة.\nأعلن البنك المركزي في عدن عن إجراءات جديدة.\n", "ar")
    assert [(a.source_text, a.content.text) for a in result.attributions] == \
        [("البنك المركزي في عدن", "عن إجراءات جديدة")]


def test_after_a_bodys_coordinated_last_word_a_noun_and_its_genitive_open_the_object() -> None:
    result = parse("وصل الوفد.\nأكدت الهيئة العامة للنقل والمواصلات سلامة الحافلات العاملة في المدن.\n", "ar")
    assert [(a.source_text, a.content.text) for a in result.attributions] == \
        [("الهيئة العامة للنقل والمواصلات", "سلامة الحافلات العاملة في المدن")]


def test_his_excellency_is_the_minister_with_the_surname_the_article_writes_alone_after_a_cue() -> None:
    result = parse("رفع معالي وزير النقل سالم الحربان الشكر للقيادة. وأوضح معاليه أن الطرق ستفتتح قريبا. "
                   "وأضاف الحربان أن العمل مستمر.", "ar")
    assert [a.source_canonical for a in result.attributions] == ["سالم الحربان"] * 2


@pytest.mark.parametrize(("sentence", "expected"), [
    ("ونصح الصيدلي المرضى بتناول الدواء بعد الأكل.", ("الصيدلي", "المرضى بتناول الدواء بعد الأكل")),
    ("وحثت البلدية الجرحى على مراجعة المستوصف.", ("البلدية", "الجرحى على مراجعة المستوصف")),
    ("وطالبت الدول الكبرى الطرفين بوقف القتال.", ("الدول الكبرى", "الطرفين بوقف القتال")),
])
def test_a_plural_in_alef_maqsura_after_the_subject_is_whom_the_verb_calls_on(
        sentence: str, expected: tuple[str, str]) -> None:
    first = parse(sentence, "ar").attributions[0]
    assert (first.source_text, first.content.text) == expected


@pytest.mark.parametrize(("sentence", "asked"), [
    ("وسأل المراسلون المحافظ عن موعد افتتاح الجسر، فقال إنه سيفتتح في الصيف.", "المحافظ"),
    ("وسأل الصحفيون وزير المالية عن العجز، فقال إنه سيتراجع.", "وزير المالية"),
    ("وسأل أحد الطلاب العميد عن الامتحانات، فقال إنها ستؤجل.", "العميد"),
])
def test_after_a_verb_of_asking_with_its_subject_written_the_one_asked_answers(sentence: str, asked: str) -> None:
    first = parse(sentence, "ar").attributions[0]
    assert first.source_canonical == asked


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وأكد الوزير الموقف الراسخ للدولة من قضايا الجوار.", ("الوزير", "الموقف الراسخ للدولة من قضايا الجوار")),
    ("وأكدت الوزارة الأهمية البالغة للتلقيح.", ("الوزارة", "الأهمية البالغة للتلقيح")),
    ("وأكد الوزير المنتدب الموقف الراسخ للدولة.", ("الوزير المنتدب", "الموقف الراسخ للدولة")),
])
def test_a_definite_noun_of_a_stance_after_the_subject_opens_what_was_affirmed(
        sentence: str, expected: tuple[str, str]) -> None:
    first = parse(sentence, "ar").attributions[0]
    assert (first.source_text, first.content.text) == expected


def test_a_noun_of_a_stance_whose_root_opens_with_the_article_letters_opens_the_object() -> None:
    first = parse("وأكدت الوزيرة التزام البلدية بتنظيف الشواطئ.", "ar").attributions[0]
    assert (first.source_text, first.content.text) == ("الوزيرة", "التزام البلدية بتنظيف الشواطئ")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("ودعت الهيئة الوطنية للغابات الزوار إلى إطفاء النيران.",
     ("الهيئة الوطنية للغابات", "الزوار إلى إطفاء النيران")),
    ("وحث المركز الوطني للرصد البحارة على توخي الحذر.", ("المركز الوطني للرصد", "البحارة على توخي الحذر")),
    ("ودعت الهيئة العليا للرياضة الاتحادات إلى تسوية ديونها.",
     ("الهيئة العليا للرياضة", "الاتحادات إلى تسوية ديونها")),
])
def test_what_a_body_is_for_is_part_of_its_name_before_whom_it_calls_on(
        sentence: str, expected: tuple[str, str]) -> None:
    first = parse(sentence, "ar").attributions[0]
    assert (first.source_text, first.content.text) == expected


@pytest.mark.parametrize(("sentence", "outlet"), [
    ("ونقلت إذاعة نداء الجنوب عن مسؤول قوله إن المعبر سيفتح.", "نداء الجنوب"),
    ("ونقلت قناة تونس الغد عن مسؤول قوله إن المعبر سيفتح.", "تونس الغد"),
])
def test_an_outlet_named_by_a_plain_word_and_its_definite_genitive_is_the_conduit(sentence: str, outlet: str) -> None:
    [claim] = parse(sentence, "ar").attributions
    assert (claim.source_text, claim.conduits) == ("مسؤول", (outlet,))


def test_a_transcript_label_that_opens_several_turns_is_their_speaker() -> None:
    # an invented radio transcript: the host's question is no one's record, each of the guest's turns is hers
    text = ("المديرة: سنفتح ثلاث مدارس جديدة في الخريف.\n"
            "المقدم: ومتى يبدأ التسجيل؟\n"
            "المديرة: يبدأ التسجيل في أول الشهر المقبل.")
    got = [(a.source.text, a.content.text) for a in parse(text, "ar").attributions]
    assert got == [("المديرة", "سنفتح ثلاث مدارس جديدة في الخريف."),
                   ("المديرة", "يبدأ التسجيل في أول الشهر المقبل.")]


def test_a_label_opening_one_paragraph_is_still_no_speaker_of_its_own() -> None:
    text = "ارتفعت الأسعار في الأسواق هذا الأسبوع.\nالخلفية: تراجع الإنتاج المحلي منذ الصيف الماضي."
    assert parse(text, "ar").attributions == ()


@pytest.mark.parametrize("tail", ["غير مؤكدة", "ليست مؤكدة بعد"])
def test_a_negated_participle_is_an_adjective_inside_the_content(tail: str) -> None:
    text = f"وقال مراقبون إن أرقام المشاركة {tail}."
    [claim] = parse(text, "ar").attributions
    assert claim.content.text == f"إن أرقام المشاركة {tail}"


@pytest.mark.parametrize("opening", ["بحسب مصادر في الميناء", "وبحسب مصادر في الميناء", "وفقا لمصادر في الميناء"])
def test_an_according_phrase_without_a_comma_ends_at_fa_inna(opening: str) -> None:
    [claim] = parse(f"{opening} فإن السفينة ستغادر فجر الغد.", "ar").attributions
    assert (claim.source.text, claim.content.text) == ("مصادر في الميناء", "فإن السفينة ستغادر فجر الغد")


def test_a_posts_closing_hashtags_are_not_part_of_what_it_reports() -> None:
    [claim] = parse("أكد مدير الميناء أن العبّارة ستبحر يوم الجمعة #الجزر #سفر", "ar").attributions
    assert claim.content.text == "أن العبّارة ستبحر يوم الجمعة"


def test_a_live_blogs_repeated_labels_are_no_speakers() -> None:
    text = ("تحديث: ارتفع عدد المصابين إلى تسعة.\n"
            "تحديث: قال الدفاع المدني إن النيران أخمدت.\n"
            "عاجل: أغلقت الشرطة الطريق الساحلي.\n"
            "عاجل: فتحت الشرطة الطريق مجددا.")
    got = [(a.source.text, a.content.text) for a in parse(text, "ar").attributions]
    assert got == [("الدفاع المدني", "إن النيران أخمدت")]


@pytest.mark.parametrize(("text", "source_type"), [
    ("وأعلن المصرف المركزي أن أسعار الفائدة ستبقى دون تغيير حتى الربيع.", "government"),
    ("وأعلن البنك المركزي الأوروبي أن أسعار الفائدة ستبقى دون تغيير حتى الربيع.", "organization"),
])
def test_a_state_central_bank_is_government_and_the_european_one_an_organization(text: str, source_type: str) -> None:
    assert [a.source_type for a in parse(text, "ar").attributions] == [source_type]


@pytest.mark.parametrize("opener", ["ومنها", "ومن بينها", "بما في ذلك"])
def test_named_members_after_a_comma_are_no_part_of_the_body_s_mention(opener: str) -> None:
    text = f"وقالت شركات العبّارات، {opener} شركة بحرين وشركة سلوى، إن الأسعار سترتفع الشهر المقبل."
    assert [c.source for c in claims(text, "ar")] == ["شركات العبّارات"]
